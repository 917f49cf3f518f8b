"""Messages the workers send up to the reading screen; each names the article it is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from tui.sources import Opened

if TYPE_CHECKING:
    from textual.content import Content

    from annotations import Annotated
    from tui.library.opening import OpenedLibrary
    from tui.marks import ShownUnits
    from tui.sources import Loaded
    from tui.widgets.comments_view import CommentsPlan


class ArticleOpened(Message):
    """A source was read and parsed: paint it now, annotations follow."""

    def __init__(self, opened: Opened, token: int) -> None:
        super().__init__()
        self.opened = opened
        self.token = token


class ArticleCompleted(Message):
    """The rest of a long text page opened as `token` was read: `opened` holds the whole article."""

    def __init__(
        self, opened: Opened, token: int, plan: CommentsPlan | None = None, problem: str | None = None
    ) -> None:
        super().__init__()
        self.opened = opened
        self.token = token
        self.plan = plan
        """The comments pane's layout, made by the worker (None: the pane makes it)."""
        self.problem = problem
        """One sentence when the rest could not be read: `opened` is then the top alone."""


class _WorkerAnnotations(Message):
    """Annotations from the worker for the article opened as `token`, with what it made ahead for the screen."""

    def __init__(self, token: int, labels: dict[str, Content] | None, made: ShownUnits | None) -> None:
        super().__init__()
        self.token = token
        self.labels = labels
        """The annotation list's labels by id, made by the worker (None: the screen makes them)."""
        self.made = made
        """The annotated units' shown texts, made by the worker (None: the panes make them)."""


class ArticleLoaded(_WorkerAnnotations):
    """The article opened as `token` is annotated (and, fetched, saved in the library)."""

    def __init__(
        self,
        loaded: Loaded,
        token: int = 0,
        labels: dict[str, Content] | None = None,
        made: ShownUnits | None = None,
    ) -> None:
        super().__init__(token, labels, made)
        self.loaded = loaded


class AnnotationsSoFar(_WorkerAnnotations):
    """Some of the annotations of the article opened as `token` (its body's), the rest to follow."""

    def __init__(
        self,
        annotated: Annotated,
        token: int,
        labels: dict[str, Content] | None = None,
        made: ShownUnits | None = None,
    ) -> None:
        super().__init__(token, labels, made)
        self.annotated = annotated


class AnnotationFailed(Message):
    """Annotating failed; the article stays readable. `reason` is one plain line."""

    def __init__(self, reason: str, token: int) -> None:
        super().__init__()
        self.reason = reason
        self.token = token


class LoadFailed(Message):
    """A source could not be opened; `reason` is one plain line."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__()
        self.source = source
        self.reason = reason


class ReadingStarted(Message):
    """The reading screen is past an article's first frame (drawn, or the source failed): later work may start."""


class LibraryOpened(Message):
    """The library, opened by the app's worker once reading started (or why it could not be)."""

    def __init__(self, opened: OpenedLibrary) -> None:
        super().__init__()
        self.opened = opened
