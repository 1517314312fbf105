"""Doc attributes the components fill. Each holds plain, JSON-ready values in the CLI's shapes."""

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "published": None,  # datetime.date the article was published (anchors relative dates)
    "title_end": 0,  # character offset where the title ends and the body starts
    "figures": None,  # list[dict]: see nlp/figures
    "checks": None,  # list[dict]: figures that do not add up, see nlp/checks
    "entities": None,  # list[dict]: text, label, canonical, start, end
    "people": None,  # list[dict]: name, role, organisation
    "quotes": None,  # list[dict]: speaker, text, kind
    "summary": None,  # list[str]
    "tone": None,  # list[dict]: target, tone, score (Indonesian pipeline only; nlp/tone)
}


def register():
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_text(doc) -> str:
    """doc.text, kept in doc.user_data after the first call: Doc.text joins every token each
    time, and the components read it many times. No component changes a Doc's tokens."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
