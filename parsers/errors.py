"""Errors the core raises, each with a message in plain words for the user."""

from __future__ import annotations


class SourceError(Exception):
    """A source could not be read, fetched or parsed; `str(error)` is one plain line."""


class FetchError(SourceError):
    """The network, the server or a fetch limit stopped the download."""


class NetworkError(FetchError):
    """The page could not be reached: DNS, refused connection, timeout, deadline or TLS.

    Only this kind of failure lets a saved copy stand in for the page.
    """


class HttpStatusError(FetchError):
    """The server answered with an error status (4xx or 5xx)."""

    def __init__(self, message: str, status: int, retry_after: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class UnreadableDocument(SourceError):
    """The document holds no text to read: empty, whitespace only, or binary."""
