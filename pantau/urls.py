"""URL normalisation shared by the crawler and the store: one article, one key."""

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMS = {"fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "_ga", "ref", "src"}
# Session IDs make one page look like endless different URLs (a crawler trap).
SESSION_PARAMS = {"sid", "sessionid", "session_id", "sessid", "phpsessid", "jsessionid", "aspsessionid", "cfid", "cftoken"}
SESSION_PATH_PARAM = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#;]*", re.IGNORECASE)


def _keep(key: str) -> bool:
    k = key.lower()
    return k not in TRACKING_PARAMS and k not in SESSION_PARAMS and not k.startswith(TRACKING_PREFIXES)


def strip_session_ids(url: str) -> str:
    """The URL without session-ID query parameters or `;jsessionid=` path parameters."""
    parts = urlsplit(url)
    path = SESSION_PATH_PARAM.sub("", parts.path)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in pairs if k.lower() not in SESSION_PARAMS]
    if path == parts.path and len(query) == len(pairs):
        return url
    return urlunsplit(parts._replace(path=path, query=urlencode(query)))


@lru_cache(maxsize=8192)  # a crawl asks for the same URL's key several times (discovery, store, lookups)
def normalize_url(url: str) -> str:
    """Drop tracking and session parameters and the fragment, lowercase the host, sort the query."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _keep(k)]
    path = SESSION_PATH_PARAM.sub("", parts.path) or "/"
    cleaned = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(query), ""))
    return canonicalize_url(cleaned)
