"""Every pipeline component is registered here, so any name in config.*.cfg is one search away."""

from . import checks, entities, extensions, figures, people, quotes, sentences, tokenizer  # noqa: F401  (importing registers)
from .summarizer import component as summarizer  # noqa: F401
from .ner import component as ner_component  # noqa: F401  (pantau_ner)
from .tone import component as tone_component  # noqa: F401  (pantau_tone)

extensions.register()
