"""Alerts as a JSON POST to an incoming webhook, in a shape Slack and Microsoft Teams both take.

Slack reads `blocks` (header, the alert in mrkdwn, a link) and shows `text` in notifications;
a Teams incoming webhook shows `text` and ignores the rest. Everything from the web is escaped
for Slack's mrkdwn (no link, mention or <!channel> can form from a headline), and only http(s)
links are sent.

Transient failures (no connection, timeouts, 429 and 5xx) are retried within the pass with
exponential backoff (urllib3 Retry; a Retry-After of up to a minute is waited out); what still
fails is reported to the caller, which keeps the alert for the next pass.
"""

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .reports.digest import safe_url

TIMEOUT = 20  # seconds per try
RETRY_STATUSES = (429, 500, 502, 503, 504)
RETRY_AFTER_MAX = 60


class WebhookError(RuntimeError):
    """The webhook did not take the message; the text says why (status and body, or the error)."""


def mrkdwn(text) -> str:
    """Slack's three control characters escaped: web text cannot form a link or a mention."""
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def payload(alert: dict, open_label: str) -> dict:
    url = safe_url(alert.get("url"))
    # Slack reads `text` as mrkdwn too (notifications); Teams shows the entities as the characters
    text = mrkdwn(f"{alert['title']}\n{alert['text']}") + (f"\n{url}" if url else "")
    blocks = [
        {"type": "header", "text": {"type": "plain_text", "text": _cut(alert["title"], 150), "emoji": False}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _cut(mrkdwn(alert["text"]), 3000)}},
    ]
    context = [{"type": "mrkdwn", "text": f"Pantau · {mrkdwn(alert['rule'])}"}]
    if url:
        link = url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C")
        context.insert(0, {"type": "mrkdwn", "text": f"<{link}|{mrkdwn(open_label)}>"})
    blocks.append({"type": "context", "elements": context})
    return {"text": text, "blocks": blocks}


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def session(retries: int, backoff: float) -> requests.Session:
    """A session that retries a POST `retries` times: at once, then after 2×backoff, 4×backoff …"""
    retry = Retry(total=retries, backoff_factor=backoff, status_forcelist=RETRY_STATUSES, allowed_methods=None,
                  redirect=False, raise_on_status=False, respect_retry_after_header=True,
                  retry_after_max=RETRY_AFTER_MAX)
    s = requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    return s


def post(url: str, body: dict, http: requests.Session) -> int:
    """POST the JSON body; returns the number of tries it took. Raises WebhookError."""
    try:
        response = http.post(url, json=body, timeout=TIMEOUT)
    except requests.RequestException as e:
        raise WebhookError(f"{_where(url)}: {type(e).__name__}: {e}") from None
    tries = 1 + len(response.raw.retries.history) if getattr(response.raw, "retries", None) else 1
    if not 200 <= response.status_code < 300:
        raise WebhookError(f"{_where(url)}: HTTP {response.status_code} {response.text[:200].strip()}")
    return tries


def _where(url: str) -> str:
    """The webhook's host only: the path of a Slack or Teams webhook URL is its secret."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"webhook {parts.scheme}://{parts.netloc}"
