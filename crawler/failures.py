"""What went wrong with a request, as a fetch_errors kind and message; the exceptions we raise."""

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectError, ConnectionDone, ConnectionLost, TimeoutError as TxTimeoutError
from twisted.web.client import ResponseFailed, ResponseNeverReceived

from .frontier import request_done


class RefusedAddress(IgnoreRequest):
    """The address guard would not connect: a non-public address and no allow_private."""


class RedirectRefused(IgnoreRequest):
    """A redirect loop, a chain too long, or a redirect off the outlet's domains."""


class AlreadyStored(IgnoreRequest):
    """A resumed article request whose article is in the store already: not an error."""


def classify(failure) -> tuple[str, str, int | None]:
    """(kind, message, HTTP status) for a download failure, as fetch_errors records it."""
    value = failure.value
    if failure.check(HttpError):
        response = value.response
        retry_after = response.headers.get("Retry-After")
        note = f" (Retry-After: {retry_after.decode('latin-1')})" if retry_after else ""
        return "http", f"HTTP {response.status}{note}", response.status
    if failure.check(RefusedAddress):
        return "refused", str(value), None
    if failure.check(RedirectRefused):
        return "redirect", str(value), None
    if failure.check(IgnoreRequest):
        message = str(value)
        if "robots.txt" in message:
            return "robots", message, None
        if "max redirections" in message:
            return "redirect", message, None
        if "DOWNLOAD_MAXSIZE" in message:  # HttpCompressionMiddleware: a decompression bomb
            return "too_large", message, None
        return "ignored", message or "dropped by a filter", None
    if failure.check(DownloadCancelledError):  # Scrapy cancels a body growing past DOWNLOAD_MAXSIZE
        return "too_large", str(value) or "download cancelled: the body grew past DOWNLOAD_MAXSIZE", None
    if failure.check(CannotResolveHostError):
        return "dns", str(value), None
    if failure.check(DownloadTimeoutError, TxTimeoutError):
        return "timeout", str(value), None
    if failure.check(ResponseDataLossError):
        return "truncated", str(value) or "the connection closed before the whole body arrived", None
    if failure.check(DownloadConnectionRefusedError, DownloadFailedError, ConnectError, ConnectionLost,
                     ConnectionDone, ResponseFailed, ResponseNeverReceived):
        return "connection", f"{type(value).__name__}: {value}", None
    return type(value).__name__, str(value), None


def done(crawler, request):
    """Tell the frontier a durable request is finished without an item."""
    crawler.signals.send_catch_log(signal=request_done, request=request)
