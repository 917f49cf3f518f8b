"""The comments pane: each comment under its header, threads that fold, a badge counting annotations.

A comment cut for length (`Comment.continues` on its pieces after the first) is one post here: one
header, its pieces following under it, folded, filtered, counted and badged as one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parsers import Article, Comment
from parsers.model import post_count
from tui.formatting import show_date
from tui.layout import BLANK, Layout, Paragraph
from tui.marks import Shown, shown_text
from tui.safe import safe_str
from tui.threads import Thread
from tui.widgets.text_pane import STEP_UNITS, TextPane

if TYPE_CHECKING:
    from annotations import Annotation
    from tui.marks import ShownUnits

INDENT = 2
FOLDED = "▸ "
READING = "Reading the comments…"


def comment_header(comment: Comment) -> str:
    """ "Author · date", in our words around the page's; a date we could not read, as the page wrote it."""
    when = show_date(comment.published) or safe_str(comment.date_text)
    return " · ".join(part for part in (comment.author or "Someone", when) if part)


def plural(count: int, word: str) -> str:
    """ "1 reply", "3 replies" for the words we use."""
    return (
        f"{count} {word}"
        if count == 1
        else f"{count} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"
    )


def post_heads(comments: Iterable[Comment]) -> dict[str, str]:
    """Each piece after the first of a cut comment, mapped to the post it continues (the first piece)."""
    heads: dict[str, str] = {}
    head: str | None = None
    for comment in comments:
        if comment.continues and head is not None:
            heads[comment.id] = head
        else:
            head = comment.id
    return heads


@dataclass(frozen=True, slots=True)
class CommentsPlan:
    """The comments pane's paragraphs for an article, wrapped ahead: pure work that a worker can do.

    Thousands of comments take a tenth of a second to lay out; handed over whole, the pane only
    takes them in. The worker lets go of what it made once it posts it.
    """

    comments: tuple[Comment, ...]
    thread: Thread
    layout: Layout
    headers: dict[str, int]
    """Each post's header paragraph, by the post's (first piece's) id."""
    texts: dict[str, int]
    heads: dict[str, str]
    """The post each continuing piece belongs to (`post_heads`)."""
    shown: dict[int, Shown]
    """Each comment's text as the pane draws it before annotations, by paragraph."""


def plan_comments(article: Article, width: int | None = None) -> CommentsPlan:
    """The paragraphs of an article's comments (headers and texts), wrapped at `width` when given."""
    comments, thread = article.comments, Thread.of(article.comments)
    paragraphs = [Paragraph("count", plural(post_count(comments), "comment"), "muted")]
    headers: dict[str, int] = {}
    texts: dict[str, int] = {}
    heads = post_heads(comments)
    for comment in comments:
        indent = INDENT * thread.depth[comment.id]
        if comment.id in heads:
            paragraphs[-1].gap = 0  # the post goes on: its pieces read as one text under one header
        else:
            headers[comment.id] = len(paragraphs)
            paragraphs.append(
                Paragraph(f"h:{comment.id}", comment_header(comment), "comment-header", indent=indent, gap=0)
            )
        texts[comment.id] = len(paragraphs)
        paragraphs.append(Paragraph(comment.id, comment.text, "comment", indent=indent, unit_id=comment.id))
    if not comments:
        paragraphs.append(Paragraph("empty", "No comments.", "muted"))
    layout = Layout(paragraphs)
    if width:
        layout.lines(width)
    shown = {index: shown_text(paragraphs[index].text) for index in texts.values()}
    return CommentsPlan(comments, thread, layout, headers, texts, heads, shown)


class CommentsView(TextPane):
    """The reader comments of the article, with a cursor comment that `z`, `}` and `{` act on."""

    COMPONENT_CLASSES = {"pane--comment-header", "pane--badge"}

    def __init__(self, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.comments: tuple[Comment, ...] = ()
        self.position: dict[str, int] = {}
        self.thread = Thread.of(())
        self.headers: dict[str, int] = {}
        self.texts: dict[str, int] = {}
        self.heads: dict[str, str] = {}
        self.owner: dict[int, str] = {}
        self.counts: Counter[str] = Counter()
        self.collapsed: set[str] = set()
        self.only_annotated = False
        self.cursor: str | None = None

    def set_article(self, article: Article, plan: CommentsPlan | None = None) -> None:
        """Attributes down: the comments of a new article, laid out ahead when a worker did it (annotations follow)."""
        if plan is None or plan.comments is not article.comments:
            plan = plan_comments(article)
        self._forget(article.comments, plan.thread)
        self.headers, self.texts, self.heads = plan.headers, plan.texts, plan.heads
        self.owner = {index: self.post(cid) for cid, index in [*self.headers.items(), *self.texts.items()]}
        self.fill(plan.layout, {comment.id: comment.links for comment in article.comments}, plan.shown)

    def set_count(self, article: Article, *, reading: bool = False) -> None:
        """Attributes down: only how many comments a new article has (or that they are being read), while
        the text above is painted first."""
        self._forget(())
        count = READING if reading else plural(post_count(article.comments), "comment")
        self.fill([Paragraph("count", count, "muted")])

    def _forget(self, comments: tuple[Comment, ...], thread: Thread | None = None) -> None:
        """The state of the comments shown before, made that of `comments` (none folded, no cursor)."""
        self.comments = comments
        self.position = {comment.id: number for number, comment in enumerate(comments)}
        self.thread = thread or Thread.of(comments)
        self.counts, self.collapsed, self.only_annotated, self.cursor = Counter(), set(), False, None
        self.headers, self.texts, self.heads, self.owner = {}, {}, {}, {}

    def post(self, comment_id: str) -> str:
        """The post a comment is part of: its own id, or the first piece's for a continuing piece."""
        return self.heads.get(comment_id, comment_id)

    def _title(self) -> str:
        total = plural(len(self.headers), "comment")
        if self.only_annotated:
            shown = sum(1 for c in self.comments if self.counts[c.id])
            return f"{total}; showing the {shown} with annotations (* shows all)"
        return total

    def annotation_steps(
        self, annotations: Iterable[Annotation], hidden: Collection[str], made: ShownUnits | None = None
    ) -> Iterator[None]:
        """Badges count each comment's visible annotations (only those that change are redrawn), a few
        headers a step; then glyphs go in as in any pane."""
        annotations = list(annotations)
        before = self.counts
        self.counts = Counter(
            self.post(a.unit_id)
            for a in annotations
            if a.kind not in hidden and self.post(a.unit_id) in self.headers
        )
        changed = sorted(
            (cid for cid in before.keys() | self.counts.keys() if before[cid] != self.counts[cid]),
            key=self.position.__getitem__,
        )
        if self.layout_.paragraphs:  # no title before comments are shown (an article that failed to open)
            self.update_paragraph(0, self._title())
        for first in range(0, len(changed), STEP_UNITS):
            for comment_id in changed[first : first + STEP_UNITS]:
                self._update_header(self._comment(comment_id))
            anchor = self._anchor()
            self.relayout()
            self._restore(anchor)
            yield
        yield from super().annotation_steps(annotations, hidden, made)

    def _update_header(self, comment: Comment) -> None:
        """Header text: author and date, the badge, and how much a folded thread hides."""
        text = comment_header(comment)
        spans: list[tuple[int, int, str]] = []
        if count := self.counts[comment.id]:
            badge = f" {plural(count, 'annotation')} "
            spans.append((len(text) + 2, len(text) + 2 + len(badge), "badge"))
            text = f"{text}  {badge}"
        lead = ""
        if comment.id in self.collapsed:
            lead = FOLDED
            replies = len(self.thread.descendants(comment.id))
            text += f"  ({plural(replies, 'reply')} folded)" if replies else "  (folded)"
        index = self.headers[comment.id]
        header = self.layout_.paragraphs[index]
        header.spans = tuple(spans)
        gap = 1 if comment.id in self.collapsed else 0  # its text is folded away with the replies
        if gap != header.gap:
            header.gap = gap
            self.layout_.changed(index)
        self.update_paragraph(index, text, lead)

    # -- what is shown --------------------------------------------------------------------

    def _apply_order(self) -> None:
        if not self.collapsed and not self.only_annotated:
            self.set_order(None)
            return
        hidden = self.thread.folded_away(self.collapsed)
        order = [0]
        for comment in self.comments:
            post = self.post(comment.id)
            if post in hidden or (self.only_annotated and not self.counts[post]):
                continue
            if post == comment.id:
                order.append(self.headers[post])
            if post not in self.collapsed:
                order.append(self.texts[comment.id])
        self.set_order(order)

    def is_shown(self, comment_id: str) -> bool:
        """Whether a comment's header (its post's) is on the pane (not folded away or filtered out)."""
        return self.headers.get(self.post(comment_id), -1) in self.lines.first_line

    def toggle_thread(self) -> str | None:
        """Fold or unfold the thread under the cursor; returns the comment it acted on."""
        comment_id = self.current()
        if comment_id is None:
            return None
        self.collapsed.symmetric_difference_update({comment_id})
        self._update_header(self._comment(comment_id))
        self._apply_order()
        self.move_cursor(comment_id)
        return comment_id

    def toggle_only_annotated(self) -> bool:
        """Show only the comments with annotations, or all again; returns whether the filter is on."""
        self.only_annotated = not self.only_annotated
        self.update_paragraph(0, self._title())
        self._apply_order()
        if self.cursor and not self.is_shown(self.cursor):
            self.cursor = None
            self.set_emphasis({})
        return self.only_annotated

    def reveal(self, comment_id: str) -> None:
        """Unfold every thread that hides a comment (a jump to its annotation needs it on screen)."""
        comment_id = self.post(comment_id)
        folding = {comment_id, *self.thread.ancestors(comment_id)} & self.collapsed
        if folding:
            self.collapsed -= folding
            for folded in folding:
                self._update_header(self._comment(folded))
            self._apply_order()

    def _comment(self, comment_id: str) -> Comment:
        return self.comments[self.position[comment_id]]

    # -- the cursor -----------------------------------------------------------------------

    def current(self) -> str | None:
        """The cursor comment, else the first comment at the top of the pane."""
        if self.cursor is not None and self.is_shown(self.cursor):
            return self.cursor
        top = int(self.scroll_offset.y)
        for line in range(top, len(self.lines)):
            index = self.lines.paragraph[line]
            if index != BLANK and index in self.owner:
                return self.owner[index]
        return None

    def move_cursor(self, comment_id: str | None, *, scroll: bool = False) -> None:
        """Put the cursor on a comment (its post's header drawn as the cursor)."""
        comment_id = self.post(comment_id) if comment_id else None
        self.cursor = comment_id
        self.set_emphasis({self.headers[comment_id]: "cursor"} if comment_id else {})
        if comment_id and scroll:
            self.scroll_to_line(self.lines.first_line.get(self.headers[comment_id]), top=True)

    def step_thread(self, forward: bool) -> str | None:
        """Move the cursor to the next (or previous) top-level comment shown; None at either end."""
        shown = [c.id for c in self.comments if c.id in self.headers and self.is_shown(c.id)]
        position = {cid: number for number, cid in enumerate(shown)}
        current = self.current()
        where = position.get(current, -1) if current is not None else -1
        # Without a cursor the comment at the top of the pane is where the reader is: it counts.
        if forward:
            after = where if self.cursor is not None else where - 1
            candidates = (cid for cid in shown[after + 1 :] if self._is_head(cid))
        else:
            candidates = (cid for cid in reversed(shown[:where] if where > 0 else []) if self._is_head(cid))
        target = next(candidates, None)
        if target is not None:
            self.move_cursor(target, scroll=True)
        return target

    def _is_head(self, comment_id: str) -> bool:
        """A comment `}` stops at: a top-level one, or any shown one while filtering."""
        return self.only_annotated or self.thread.is_top_level(comment_id)
