"""The plain-text parser: a web page saved as text becomes an Article with source offsets."""

from __future__ import annotations

from parsers.model import Article, Metadata
from parsers.sanitize import clean_text
from parsers.text import vocabulary as vocab
from parsers.text.body import Draft, chunk_to_drafts, folded, number_blocks
from parsers.text.comments import first_header_index, read_comments
from parsers.text.header import is_furniture, locate_title, read_header
from parsers.text.lines import Line, chunks, join_lines, split_lines

__all__ = ["parse_text"]


def _region_ends(lines: list[Line | None], start: int) -> tuple[int, int, int]:
    """Where the body ends, where comments start, and where the comment form begins."""
    body_end = len(lines)
    for index in range(start, len(lines)):
        line = lines[index]
        if line is not None and vocab.END_OF_BODY_ANY.match(line.text):
            body_end = index
            break
    header_at = first_header_index(lines, start)
    if header_at is not None and header_at < body_end:
        body_end = header_at
    comments_start = body_end
    form_start = len(lines)
    for index in range(comments_start, len(lines)):
        line = lines[index]
        if line is not None and vocab.COMMENT_FORM_ANY.match(line.text) and index > comments_start:
            form_start = index
            break
    return body_end, comments_start, form_start


def _body(lines: list[Line | None], consumed: set[int], title: str) -> list[Draft]:
    """The body's blocks from the lines between the header and the end of the body."""
    kept = [line if line is not None and line.number not in consumed else None for line in lines]
    kept = [line if line is None or not is_furniture(line.text) else None for line in kept]
    seen = [folded(title)]
    drafts: list[Draft] = []
    for chunk in chunks(kept):
        drafts.extend(chunk_to_drafts(chunk, seen))
    return drafts


def parse_text(text: str, url: str | None = None) -> Article:
    """Parse a page saved as plain text; offsets are code points of `text`, a leading BOM removed."""
    text = clean_text(text.removeprefix("\ufeff"))
    lines = split_lines(text)
    present = [line for line in lines if line is not None]
    if not present:
        return Article(Metadata(url=url, page_kind="unknown"))
    title_index, standfirst = locate_title(present)
    title_line = present[title_index]
    title_at = title_line.number
    title, title_offsets = join_lines([title_line])
    description, description_offsets = join_lines([present[index] for index in standfirst])
    header = read_header(present[title_index + 1 :])
    header.consumed.update(present[index].number for index in standfirst)
    body_start = max(header.consumed, default=title_at) + 1
    body_end, comments_start, form_start = _region_ends(lines, body_start)
    drafts = _body(lines[title_at + 1 : body_end], header.consumed, title)
    comment_lines = lines[comments_start:form_start]
    comments = read_comments(comment_lines, in_comments=comments_start < len(lines))
    blocks = number_blocks(drafts)
    metadata = Metadata(
        title=title,
        authors=tuple(dict.fromkeys(header.authors)),
        published=header.published,
        updated=header.updated,
        url=url,
        page_kind="article" if blocks else "unknown",
        title_offsets=title_offsets,
        description=description or None,
        description_offsets=description_offsets if description else None,
    )
    return Article(metadata=metadata, blocks=blocks, comments=comments)
