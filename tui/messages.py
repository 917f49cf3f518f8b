"""Messages the loading worker sends up to the screen."""

from __future__ import annotations

from textual.message import Message

from tui.sources import Loaded


class ArticleLoaded(Message):
    """A source was read, parsed and annotated."""

    def __init__(self, loaded: Loaded) -> None:
        super().__init__()
        self.loaded = loaded


class LoadFailed(Message):
    """A source could not be opened; `reason` is one plain line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__()
        self.source = source
        self.reason = reason
