"""Reader comments in a page saved as text: headers, their text, and who answers whom."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.dates import find_date, is_date_only, parse_date
from parsers.model import Comment, DateValue
from parsers.sanitize import clean_inline
from parsers.text import vocabulary as vocab
from parsers.text.header import is_furniture
from parsers.text.lines import Line, UnitBuilder


@dataclass(frozen=True, slots=True)
class CommentHeader:
    """A recognised comment header line."""

    author: str
    published: DateValue | None
    replies: bool
    needs_date: bool
    target: str | None = None


@dataclass(slots=True)
class _Draft:
    header: CommentHeader
    indent: int
    builder: UnitBuilder = field(default_factory=UnitBuilder)
    parent: int | None = None
    paragraph_open: bool = False


def _author(match: re.Match[str]) -> str | None:
    """The author a header names, unless it is a sentence's subject rather than a name."""
    author = clean_inline(match.group("author"))
    if not author or author.split()[0].casefold() in vocab.NOT_NAMES:
        return None
    return author


def read_header(text: str, next_text: str | None, in_comments: bool) -> CommentHeader | None:
    """The comment header `text` is, or None; `next_text` may hold its date."""
    if len(text) > 120:
        return None
    text = vocab.HEADER_TRAILER.sub("", text)
    for pattern in vocab.COMMENT_HEADER_WITH_DATE:
        match = pattern.match(text)
        if match and is_date_only(match.group("date")) and (author := _author(match)):
            published = parse_date(match.group("date"))
            replies = bool(vocab.REPLY_VERBS.search(text))
            return CommentHeader(author, published, replies, False, match.group("target"))
    match = vocab.COMMENT_HEADER_NO_DATE.match(text)
    if match and (author := _author(match)):
        dated_next = next_text is not None and is_date_only(next_text)
        if dated_next or in_comments:
            replies = bool(vocab.REPLY_VERBS.search(text))
            return CommentHeader(author, None, replies, dated_next, match.group("target"))
    return None


def _parent_of(drafts: list[_Draft], indent: int, header: CommentHeader) -> int | None:
    """The comment a new one answers: the one it names, the nearest less indented, or the previous."""
    if header.target and (named := _reply_target(drafts, header.target)) is not None:
        return named
    for index in range(len(drafts) - 1, -1, -1):
        if drafts[index].indent < indent:
            return index
    if header.replies and drafts:
        return len(drafts) - 1
    return None


def _reply_target(drafts: list[_Draft], name: str) -> int | None:
    """The latest comment by `name`."""
    folded = name.casefold()
    for index in range(len(drafts) - 1, -1, -1):
        if drafts[index].header.author.casefold() == folded:
            return index
    return None


def _add_text(draft: _Draft, line: Line, drafts: list[_Draft]) -> None:
    """Add a line of text, or a "Reply to NAME" note, to the comment being read."""
    if not draft.builder.length and (match := vocab.REPLY_TO.match(line.text)):
        target = _reply_target(drafts[:-1], match.group("author"))
        if target is not None:
            draft.parent = target
            return
    separator = " " if draft.paragraph_open else "\n\n"
    draft.builder.add_line(line, separator)
    draft.paragraph_open = True


def read_comments(lines: list[Line | None], in_comments: bool = False) -> tuple[Comment, ...]:
    """Every comment in `lines`, in page order."""
    drafts: list[_Draft] = []
    skip_date_line = False
    following = next_texts(lines)
    for index, line in enumerate(lines):
        if line is None:
            if drafts:
                drafts[-1].paragraph_open = False
            continue
        header = read_header(line.text, following[index], in_comments or bool(drafts))
        if header is not None:
            draft = _Draft(header, line.indent)
            draft.parent = _parent_of(drafts, line.indent, header)
            drafts.append(draft)
            skip_date_line = header.needs_date
            continue
        if not drafts or is_furniture(line.text):
            continue
        if skip_date_line:
            skip_date_line = False
            found = find_date(line.text)
            old = drafts[-1].header
            drafts[-1].header = CommentHeader(
                old.author, found[0] if found else None, old.replies, False, old.target
            )
            continue
        _add_text(drafts[-1], line, drafts)
    return _number(drafts)


def _number(drafts: list[_Draft]) -> tuple[Comment, ...]:
    """Comments with ids c0, c1, ... for the drafts that hold text."""
    kept = [draft for draft in drafts if draft.builder.text.strip()]
    ids = {id(draft): f"c{index}" for index, draft in enumerate(kept)}
    comments = []
    for draft in kept:
        parent = drafts[draft.parent] if draft.parent is not None else None
        comments.append(
            Comment(
                id=ids[id(draft)],
                text=draft.builder.text,
                parent_id=ids.get(id(parent)) if parent is not None else None,
                author=draft.header.author,
                published=draft.header.published,
                offsets=draft.builder.offsets(),
            )
        )
    return tuple(comments)


def first_header_index(lines: list[Line | None], start: int) -> int | None:
    """The index of the first comment header at or after `start`."""
    following = next_texts(lines)
    for index in range(start, len(lines)):
        line = lines[index]
        if line is not None and read_header(line.text, following[index], False):
            return index
    return None


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
