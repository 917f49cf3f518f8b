"""The tail of a page saved as text: reader comments, who answers whom, and what else stands there."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from parsers.dates import find_date
from parsers.model import Comment, DateValue
from parsers.text import header_forms as forms
from parsers.text import vocabulary as vocab
from parsers.text.body import Draft, drafts_of
from parsers.text.comment_headers import HEADER_MAX_CHARS, CommentHeader, read_header
from parsers.text.ledger import Ledger, MetadataKind, drop, furniture_rule, read_into_metadata
from parsers.text.lines import Line, UnitBuilder, join_lines
from parsers.text.posts import PostStart, author_under, post_starts, quotations
from parsers.text.thread_words import QUOTE_LEAD

__all__ = ["CommentHeader", "Tail", "first_header_index", "next_texts", "read_header", "read_tail"]


@dataclass(slots=True)
class _Draft:
    header: CommentHeader
    indent: int
    meta_lines: list[tuple[Line, MetadataKind, int]]
    """Lines read into metadata, each with how many of its first characters were (0: all of it)."""
    builder: UnitBuilder = field(default_factory=UnitBuilder)
    parent: int | None = None
    paragraph_open: bool = False
    one_line_header: bool = False
    """Whether the last line read was a one-line header ("NAME says: text") that started this comment."""
    marked_open: bool = False
    """Whether the last line read was a "> " line quoting someone: a line under it with no mark is the reply to it."""


@dataclass(slots=True)
class _Thread:
    """The comments read so far, and what threading the next one needs, kept as it goes.

    `open_parents` holds the indexes of the comments a new one may answer by indent: each
    less indented than the one above it on the stack, so finding the nearest less indented
    comment pops what no later comment can answer. `by_author` holds each author's latest
    comment before the current one. Both keep threading linear in the number of comments.
    """

    drafts: list[_Draft] = field(default_factory=list)
    open_parents: list[int] = field(default_factory=list)
    by_author: dict[str, int] = field(default_factory=dict)

    def add(self, draft: _Draft) -> None:
        """Append a new comment and find the one it answers."""
        if self.drafts:
            self.by_author[self.drafts[-1].header.author.casefold()] = len(self.drafts) - 1
        while self.open_parents and self.drafts[self.open_parents[-1]].indent >= draft.indent:
            self.open_parents.pop()
        draft.parent = self._parent_of(draft)
        self.open_parents.append(len(self.drafts))
        self.drafts.append(draft)

    def _parent_of(self, draft: _Draft) -> int | None:
        """The comment a new one answers: the one it names, the nearest less indented, or the previous."""
        if draft.header.target and (named := self.latest_by(draft.header.target)) is not None:
            return named
        if self.open_parents:
            return self.open_parents[-1]
        if draft.header.replies and self.drafts:
            return len(self.drafts) - 1
        return None

    def latest_by(self, author: str) -> int | None:
        """The latest comment by `author` before the current one."""
        return self.by_author.get(author.casefold())

    def latest_of(self, author: str) -> int | None:
        """The latest comment by `author`, the current one included."""
        if self.drafts and self.drafts[-1].header.author.casefold() == author.casefold():
            return len(self.drafts) - 1
        return self.latest_by(author)


def _add_text(draft: _Draft, line: Line, thread: _Thread) -> None:
    """Add a line of text, or a "Reply to NAME" note, to the comment being read.

    A quote header ("Quote from: NAME on DATE") opening the comment stays in its text, and
    makes the comment an answer to NAME's latest one.
    """
    if not draft.builder.length and (match := forms.REPLY_TO.match(line.text)):
        target = thread.latest_by(match.group("author"))
        if target is not None:
            draft.parent = target
            draft.meta_lines.append((line, "comment header", 0))
            return
    if not draft.builder.length and (quoted := forms.QUOTE_HEADER.match(line.text)):
        target = thread.latest_by(quoted.group("author"))
        if target is not None:
            draft.parent = target
    lead = QUOTE_LEAD.match(line.text) is not None
    marked = line.text.startswith(">")
    # "> we may share your data" then "That's boilerplate.": the reply under a quoted line is a paragraph of its own.
    replies = draft.marked_open and not marked
    separator = " " if draft.paragraph_open and not lead and not replies else "\n\n"
    draft.builder.add_line(line, separator)
    draft.one_line_header = False
    draft.marked_open = marked
    # A quotation's lead line is a paragraph of its own: the quotation under it starts the next, as in the body.
    draft.paragraph_open = not lead


def _reply_note(text: str, thread: _Thread) -> CommentHeader | None:
    """A line after a comment's text that starts an answer to an earlier author, whose own name is not shown.

    "Reply to NAME" is read into the metadata; a quote header ("Quote from: NAME on DATE") stays
    in the new comment's text, since a comment does not quote its own author.
    """
    if len(text) > HEADER_MAX_CHARS:
        return None
    if (match := forms.REPLY_TO.match(text)) and thread.latest_of(match.group("author")) is not None:
        return CommentHeader("", None, True, False, match.group("author"))
    if (match := forms.QUOTE_HEADER.match(text)) and thread.latest_of(match.group("author")) is not None:
        return CommentHeader("", None, True, False, match.group("author"), keeps_line=True)
    return None


def _opens_quote(current: _Draft, header: CommentHeader) -> bool:
    """Whether an undated header line is a line of the open comment's text.

    An undated "NAME wrote:" right under the comment's header opens a quotation in its text; "NAME
    says: text" right under it, or running on from its text with no blank line between, is the
    commenter quoting someone ("Google says: we don't buy loyalty data. Sure."): a comment does not
    end before its first line, nor a new one start inside a paragraph. But a one-line header right
    after a line that was one too starts a new comment: a thread of one-line comments with no blank
    lines between them ("kiri says: …" / "Bob says: …") is one comment per line.
    """
    if not current.header.author or header.published is not None or header.needs_date or header.keeps_line:
        return False
    if header.text_from:
        if current.one_line_header:
            return False
        return not current.builder.length or current.paragraph_open
    return not current.builder.length


def _read_date_line(draft: _Draft, line: Line) -> None:
    """The line under an undated header holds its date."""
    old = draft.header
    if old.next_date is not None and old.next_date[0] == line.text:
        published: DateValue | None = old.next_date[1]
    else:  # a dropped line stood between: the date is read from this one
        found = find_date(line.text)
        published = found[0] if found else None
    draft.header = replace(old, published=published, needs_date=False, next_date=None, date_text=line.text)
    draft.meta_lines.append((line, "date", 0))


@dataclass(frozen=True, slots=True)
class Tail:
    """What follows the article body: the comments, and the blocks of every other line there."""

    comments: tuple[Comment, ...]
    drafts: list[Draft]


def _start(header: CommentHeader, line: Line, thread: _Thread, indent: int | None = None) -> _Draft:
    """A new comment from its header line, added to the thread at the line's indent unless told another."""
    meta: list[tuple[Line, MetadataKind, int]] = []
    if not header.keeps_line:
        meta.append((line, "comment header", header.text_from))
    if indent is None:  # a reply's mark with no indent to show it ("ㄴ 답글 NAME DATE") is a level deeper
        indent = line.indent + 1 if header.reply_lead else line.indent
    draft = _Draft(header, indent, meta)
    answered = thread.latest_of(header.target) if header.target is not None and not header.author else None
    thread.add(draft)
    if answered is not None:
        draft.parent = answered
    if header.text_from or header.keeps_line:
        draft.builder.add_line(line, skip=header.text_from)
        draft.paragraph_open = True
        draft.one_line_header = bool(header.text_from)
    return draft


def _start_post(post: PostStart, line: Line, thread: _Thread, roles: dict[int, bool]) -> _Draft:
    """A new comment from a board post's first line; `roles` learns which of its next lines are text."""
    header = CommentHeader(post.author, post.published, False, False, date_text=post.date_text)
    header = replace(
        header, author_after=post.author_after, keeps_line=post.header_lines[0] in post.text_lines
    )
    for index in post.header_lines[1:]:
        roles[index] = index in post.text_lines
    draft = _start(header, line, thread, post.depth)
    draft.paragraph_open = False  # a post number kept in the text is a paragraph of its own
    return draft


def _post_line(draft: _Draft, line: Line, is_text: bool, thread: _Thread) -> None:
    """A line of a board post's opening block: a rank, statistics, a subject or a number stay in its text."""
    if is_text:
        _add_text(draft, line, thread)
        draft.paragraph_open = False  # a subject is a paragraph of its own
    else:
        draft.meta_lines.append((line, "comment header", 0))


def _take_author(draft: _Draft, line: Line) -> bool:
    """Read the author of a board post from the line under its number ("NAME writes..."), if that line names one."""
    author = author_under(line.text)
    draft.header = replace(draft.header, author=author or "", author_after=False)
    if author is not None:
        draft.meta_lines.append((line, "comment header", 0))
    return author is not None


def _board_line(
    index: int,
    line: Line,
    current: _Draft | None,
    board: tuple[dict[int, PostStart], dict[int, bool]],
    thread: _Thread,
) -> _Draft | None:
    """The comment a board post's header line leaves open, or None when the line is no such line."""
    starts, roles = board
    if (post := starts.get(index)) is not None:
        return _start_post(post, line, thread, roles)
    if current is None:
        return None
    if (is_text := roles.pop(index, None)) is not None:
        _post_line(current, line, is_text, thread)
        return current
    if current.header.author_after and _take_author(current, line):
        return current
    return None


def read_tail(lines: list[Line | None], ledger: Ledger) -> Tail:
    """Read the lines after the body: comments, furniture (recorded in `ledger`), and the rest as blocks."""
    thread = _Thread()
    current: _Draft | None = None
    rest: list[Line | None] = []
    following = next_texts(lines)
    board: tuple[dict[int, PostStart], dict[int, bool]] = (post_starts(lines), {})
    quoting = quotations(lines)
    unwrapped = unwrapped_lines(lines)
    opened = False  # a comments heading stood above
    for index, line in enumerate(lines):
        if line is None:
            if current is not None:
                current.paragraph_open = False
            rest.append(None)
            continue
        if vocab.COMMENT_FORM_ANY.match(line.text) or vocab.SECTION_MARKER_ANY.match(line.text):
            current = None  # the comment form or a new section ends the comment above
        if (rule := furniture_rule(line.text, in_tail=True, in_comment=current is not None)) is not None:
            opened = opened or rule.name == vocab.THREAD_HEADING_RULE
            drop(ledger, line.number, rule)
            rest.append(None)
            continue
        if (post := _board_line(index, line, current, board, thread)) is not None:
            current = post
            rest.append(None)
            continue
        header = read_header(line.text, following[index], True, opened or bool(thread.drafts))
        if header is None and (current is None or current.builder.length):
            header = _reply_note(line.text, thread)
        if header is not None and current is not None and (index in quoting or _opens_quote(current, header)):
            if (quoted := thread.latest_by(header.author)) is not None:
                current.parent = quoted
            _add_text(current, line, thread)
            rest.append(None)
        elif header is not None:
            current = _start(header, line, thread)
            rest.append(None)
        elif current is None:
            rest.append(line)
        elif current.header.needs_date and len(current.meta_lines) == 1:
            _read_date_line(current, line)
        else:
            if index in unwrapped and not _ends_in_colon(current):
                current.paragraph_open = False  # a line not wrapped by hand is a paragraph, as in the body
            _add_text(current, line, thread)
    return _finish(thread.drafts, rest, ledger)


def _finish(drafts: list[_Draft], rest: list[Line | None], ledger: Ledger) -> Tail:
    """Number the comments that hold text; a header with no text under it stays a block."""
    kept = [draft for draft in drafts if draft.builder.text.strip()]
    kept_ids = {id(draft) for draft in kept}
    blocks = drafts_of(rest)
    for draft in drafts:
        if id(draft) in kept_ids:
            for line, kind, head in draft.meta_lines:
                read_into_metadata(ledger, line.number, kind, head)
        else:
            blocks.extend(Draft("paragraph", *join_lines([line])) for line, _kind, _head in draft.meta_lines)
    return Tail(_number(drafts, kept), blocks)


def _number(drafts: list[_Draft], kept: list[_Draft]) -> tuple[Comment, ...]:
    """Comments with ids c0, c1, ... for the drafts that hold text."""
    ids = {id(draft): f"c{index}" for index, draft in enumerate(kept)}
    comments = []
    for draft in kept:
        parent = drafts[draft.parent] if draft.parent is not None else None
        comments.append(
            Comment(
                id=ids[id(draft)],
                text=draft.builder.text,
                parent_id=ids.get(id(parent)) if parent is not None else None,
                author=draft.header.author or None,
                published=draft.header.published,
                offsets=draft.builder.offsets(),
                date_text=draft.header.date_text,
            )
        )
    return tuple(comments)


def first_header_index(lines: list[Line | None], start: int) -> int | None:
    """The index of the first dated comment header or board post at or after `start`."""
    following = next_texts(lines)
    first_post = min((index for index in post_starts(lines) if index >= start), default=None)
    while first_post is not None and first_post > start and _is_tail_furniture(lines[first_post - 1]):
        first_post -= 1  # a post's depth line ("level 2") over it belongs with it
    for index in range(start, len(lines) if first_post is None else first_post):
        line = lines[index]
        if line is not None and read_header(line.text, following[index], False):
            return index
    return first_post


def _ends_in_colon(draft: _Draft) -> bool:
    """Whether the comment's text so far ends in a colon: the next line is what it leads into."""
    parts = draft.builder.parts
    return bool(parts) and parts[-1].endswith(":")


def unwrapped_lines(lines: list[Line | None]) -> set[int]:
    """The lines of the runs that were not wrapped by hand (a line too long for that): each is a paragraph."""
    found: set[int] = set()
    run: list[int] = []
    longest = 0
    for index, line in enumerate([*lines, None]):
        if line is not None:
            run.append(index)
            longest = max(longest, len(line.text))
            continue
        if longest > vocab.WRAPPED_LINE_MAX_CHARS:
            found.update(run)
        run, longest = [], 0
    return found


def _is_tail_furniture(line: Line | None) -> bool:
    """Whether a line is furniture where comments stand."""
    return line is not None and furniture_rule(line.text, in_tail=True) is not None


def next_texts(lines: list[Line | None]) -> list[str | None]:
    """For each line, the text of the next non-blank line after it."""
    following: list[str | None] = [None] * len(lines)
    upcoming: str | None = None
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        line = lines[index]
        if line is not None:
            upcoming = line.text
    return following
