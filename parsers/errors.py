"""Errors the core raises, each with a message in plain words for the user."""

from __future__ import annotations


class SourceError(Exception):
    """A source could not be read, fetched or parsed; `str(error)` is one plain line."""


class FetchError(SourceError):
    """The network, the server or a fetch limit stopped the download."""


class UnreadableDocument(SourceError):
    """The document holds no text to read: empty, whitespace only, or binary."""
