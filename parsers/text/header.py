"""The top of a page saved as text: its title, standfirst, byline and dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from parsers.dates import date_only, find_date, is_date_only, parse_date
from parsers.model import DateValue
from parsers.sanitize import clean_inline
from parsers.text import vocabulary as vocab
from parsers.text.bylines import Byline, read_byline
from parsers.text.comment_headers import credit_line
from parsers.text.comment_headers import read_header as read_comment_header
from parsers.text.ledger import MetadataKind, furniture_rule, is_thread_heading
from parsers.text.lines import Line
from parsers.text.names import is_name
from parsers.text.title_shape import (
    folded,
    is_date_label,
    is_headline_like,
    is_title_like,
    leads_in,
    reads_as_body,
    site_label_line,
    site_name_over_headline,
    unspaced_wraps_on,
)
from parsers.text.top_lines import (
    chunk_starts,
    headline_printed_twice,
    in_ticker,
    in_top_menu,
    is_bare_role,
    is_handle,
    is_label,
    is_member_line,
    repeats_title,
    stands_over_headline,
)


@dataclass(slots=True)
class Header:
    """What the lines under the title say about the article, and which lines said it."""

    authors: list[str] = field(default_factory=list)
    published: DateValue | None = None
    updated: DateValue | None = None
    consumed: dict[int, MetadataKind] = field(default_factory=dict)
    title: str | None = None
    """The page's title: a line under it that repeats it (a board post's subject) names no one."""

    def add_date(self, value: DateValue | None, *, updated: bool = False) -> bool:
        """Record a date: the first is the publication date, a later or "updated" one the update."""
        if value is None:
            return False
        if updated or self.published is not None:
            self.updated = self.updated or value
        else:
            self.published = value
        return True


@dataclass(frozen=True, slots=True)
class TitleSpot:
    """Where the title, the standfirst and the byline are, as indexes into the non-blank lines."""

    title: int | None
    standfirst: tuple[int, ...] = ()
    header_from: int | None = None


def _take_byline(byline: Byline | None, header: Header) -> MetadataKind | None:
    """Put a byline's names and date into the header; what the line is, when it may leave the text."""
    if byline is None:
        return None
    header.authors.extend(byline.authors)
    header.add_date(byline.date, updated=byline.updated)
    return byline.kind


def _dated(line: Line, header: Header, next_line: Line | None) -> MetadataKind | None:
    """Read an "Updated • DATE", "Published: DATE", date-only or name line into the header."""
    text = line.text
    if len(text) > vocab.MAX_META_LINE:
        return None
    if (match := vocab.UPDATED_LINE.match(text)) and is_date_only(match.group("date")):
        return "date" if header.add_date(parse_date(match.group("date")), updated=True) else None
    if (match := vocab.PUBLISHED_LINE.match(text)) and is_date_only(match.group("date")):
        return "date" if header.add_date(parse_date(match.group("date"))) else None
    if match and (both := _published_and_updated(match.group("date"))) is not None:
        header.add_date(both[0])
        return "date" if header.add_date(both[1], updated=True) else None
    if is_date_only(text):
        found = find_date(text)
        return "date" if header.add_date(found[0] if found else None) else None
    return _author_card(text, header, next_line)


def _published_and_updated(text: str) -> tuple[DateValue, DateValue] | None:
    """A publication line's date part that goes on to the update's ("2021.07.28 17:41 수정 2021.07.28
    18:02"): both dates, when each part is a date and nothing else."""
    split = vocab.UPDATED_INSIDE.search(text)
    if split is None or not split.start():
        return None
    updated = vocab.UPDATED_LINE.match(text[split.end() :])
    published = date_only(text[: split.start()])
    if published is None or updated is None or (later := date_only(updated.group("date"))) is None:
        return None
    return published, later


def _author_card(text: str, header: Header, next_line: Line | None) -> MetadataKind | None:
    """A name alone over a date line or over the writer's role ("Technology Reporter"): the author
    (the role line stays in the text: the metadata does not hold it). A document's label or name over
    the date ("Media Statement", "Privacy Policy") names no one."""
    if header.authors:
        return None
    if (
        not is_name(text)
        or is_label(text)
        or text.split()[-1].casefold() in vocab.DOCUMENT_NAME_WORDS
        or is_date_label(text)
        or repeats_title(text, header.title)
        or vocab.AUTHOR_ROLE.match(text)
        or vocab.MEMBER_RANK.match(text)
        or next_line is None
        or len(next_line.text) > vocab.MAX_META_LINE
    ):
        return None
    following = next_line.text
    if is_date_only(following) or _starts_dated(following) or vocab.AUTHOR_ROLE.match(following):
        header.authors.append(clean_inline(text) or text)
        return "author"
    return None


def _starts_dated(text: str) -> bool:
    """Whether a line is an "Updated DATE"-like line."""
    return bool(vocab.UPDATED_LINE.match(text) or vocab.PUBLISHED_LINE.match(text))


def read_header(lines: list[Line], title: str | None = None) -> Header:
    """Read the byline and dates from the first lines of `lines`, recording the lines read.

    Only the lines right under the title count, with at most one paragraph (a standfirst) before
    the byline: a date further down, under the body's first paragraph, is a comment's ("Ramesh K
    says:" over "March 12, 2025 at 11:04 am") or the body's, never the article's.
    """
    header = Header(title=title)
    zone = lines[: vocab.HEADER_ZONE_LINES]
    after_prose = False  # a standfirst was passed: the byline or a date must stand right under it
    for index, line in enumerate(zone):
        byline = read_byline(line)  # read once: prose or not, and the header, both ask
        prose = not header.consumed and _is_prose(zone, index, byline)
        if vocab.SECTION_MARKER_ANY.match(line.text) or (prose and index):
            break  # a paragraph below the first line is the body: a date under it is a comment's
        if is_member_line(line.text):
            break  # a board member's "Joined" over the day they joined: no date of the article
        next_line = zone[index + 1] if index + 1 < len(zone) else None
        kind = _header_line(line, header, next_line, byline)
        if kind == "role":
            pass  # the writer's role under the name: it stays in the text, and the date may follow it
        elif kind is not None:
            header.consumed[line.number] = kind
        elif (header.consumed or header.authors or after_prose) and furniture_rule(line.text) is None:
            break  # a byline further down ("by dustyowl 11 days ago" under a post) is a reply's
        after_prose = after_prose or prose
    return header


def _header_line(
    line: Line, header: Header, next_line: Line | None, byline: Byline | None
) -> MetadataKind | Literal["role"] | None:
    """Read a byline, a date line or an author card's name into `header`: what the line is; "role" for
    the writer's role right under the name (it stays in the text); None when it is no header line."""
    kind = _take_byline(byline, header) or _dated(line, header, next_line) or _credit(line, header)
    if kind is None and header.authors and vocab.AUTHOR_ROLE.match(line.text):
        return "role"
    return kind


def _credit(line: Line, header: Header) -> MetadataKind | None:
    """A "NAME | DATE" credit under the title ("Girard Kelly | April 11, 2019"): the writer and the date."""
    credit = None if header.authors or header.published else credit_line(line.text)
    if credit is None:
        return None
    header.authors.append(credit[0])
    header.add_date(credit[1])
    return "byline"


def _is_prose(lines: list[Line], index: int, byline: Byline | None) -> bool:
    """Whether a line (whose `byline` was read) is running text: no title-like line, no furniture, no
    byline or date line.

    A byline whose date part is no date ("Von Jana Kessler | 14.03.2025, 11:20 Uhr | Lesezeit")
    still names its authors: it is no prose.
    """
    text = lines[index].text
    if is_title_like(text) or furniture_rule(text) is not None or _opens_header(lines, index, byline):
        return False
    return byline is None


def _opens_header(lines: list[Line], index: int, byline: Byline | None, wiki: bool = True) -> bool:
    """Whether the line at `index` is a byline, a date line, or a short "Published …" label line.

    A label line counts even when its date is in a form no date reader knows ("Publié le
    08/09/2023"): it still marks where the header starts, so the title is the line above it. So does a
    wiki's source line under its page's name ("From Wikipedia, the free encyclopedia"), which stays,
    and a Chinese, Japanese or Korean byline that stays ("2023-05-12 来源:经济日报"), where `wiki` allows
    it (above the running text: under a paragraph of it the line is quoted, or a reporter's sign-off).
    """
    text = lines[index].text
    if len(text.split()) <= vocab.DATE_LABEL_MAX_WORDS and (
        vocab.PUBLISHED_LINE.match(text)
        or vocab.UPDATED_LINE.match(text)
        or (wiki and vocab.WIKI_SOURCE.match(text))
    ):
        return True
    scratch = Header()
    next_line = lines[index + 1] if index + 1 < len(lines) else None
    return bool(
        _take_byline(byline, scratch)
        or (wiki and _labelled_fields(byline))
        or _dated(lines[index], scratch, next_line)
        or _credit(lines[index], scratch)
    )


def _labelled_fields(byline: Byline | None) -> bool:
    """Whether a Chinese, Japanese or Korean byline that stays in the text ("2023-05-12 来源:经济日报",
    "김철수 기자 kim@example.kr") still names someone or gives a date: it marks the header all the same."""
    return byline is not None and byline.kind is None and bool(byline.authors or byline.date) and byline.cjk


def _title_above(lines: list[Line], byline_at: int, page: list[Line]) -> TitleSpot | None:
    """The title and standfirst in the chunks of headline-like lines right above the byline (`lines` opens
    the `page`, searched for a site's name)."""
    starts = chunk_starts(lines, byline_at)
    chain: list[list[int]] = []
    end = byline_at
    for start in starts[: vocab.TITLE_CHAIN_CHUNKS]:
        if not is_headline_like(" ".join(line.text for line in lines[start:end])):
            break
        chain.insert(0, list(range(start, end)))
        end = start
    while chain and len(chain[0]) > 1:
        chain.pop(0)  # a title is one line: a taller chunk above the title is no part of it
    texts = [folded(" ".join(lines[index].text for index in group)) for group in chain]
    if len(texts) == 2 and texts[0] != texts[1] and texts[0].endswith(texts[1]):
        chain.pop(0)  # "HomeNewsThe headline" above "The headline": a breadcrumb glued to a repeat
    elif len(chain) == 2 and len(chain[1]) == 1 and site_name_over_headline(lines, chain[0][0], page):
        chain.pop(0)  # the site's name, not the title with the headline as its standfirst
    if chain:
        title, rest = chain[0][0], [index for group in chain[1:] for index in group]
        repeats = len(texts) == 2 and texts[0] == texts[1]
        return TitleSpot(title, () if repeats else tuple(rest), byline_at)
    above = byline_at - 1
    if (
        starts
        and starts[0] == above
        and is_title_like(lines[above].text)
        and not is_handle(lines[above].text)
        and not is_member_line(lines[above].text)
        and not vocab.MEMBER_RANK.match(lines[above].text)
        and not is_bare_role(lines[above].text)
        and not is_date_label(lines[above].text)
        and not vocab.SECTION_MARKER_ANY.match(lines[above].text)
        and not _names_byline(lines[above].text, lines[byline_at])
    ):
        return TitleSpot(above, (), byline_at)
    return None


def _names_byline(text: str, line: Line) -> bool:
    """Whether a short line over a byline only names its writer ("Admire Moyo" over "By Admire Moyo,
    news editor"): the writer's card, not the title, which stands above it."""
    byline = read_byline(line)
    return byline is not None and folded(text) in {folded(author) for author in byline.authors}


def locate_title(lines: list[Line]) -> TitleSpot:
    """Where the title, standfirst and byline are among the non-blank lines; no title when none is clear.

    The title is the headline-like line that stands right above the byline, with at most one
    standfirst between them; without a byline, the first headline-like line near the top that is no
    byline or date line and stands above the body's first paragraph.
    """
    top = lines[: vocab.TITLE_SEARCH_LINES]
    if opens_with_thread(top):
        return TitleSpot(None)  # a thread saved alone: its posts are comments, none a title or a byline
    end = next(
        (
            i
            for i, line in enumerate(top)
            if i and vocab.SECTION_MARKER_ANY.match(line.text) and not in_top_menu(top, i)
        ),
        None,
    )
    top = top[:end] if end else top
    # a wiki's source line marks the header only above the first paragraph of running text
    body_at = next((index for index, line in enumerate(top) if reads_as_body(line.text)), len(top))
    byline_at = next(
        (
            index
            for index, line in enumerate(top)
            if _opens_header(top, index, read_byline(line), wiki=index < body_at)
            and not (index == 0 and is_date_only(line.text))  # a masthead's date of today, over everything
        ),
        None,
    )
    if byline_at is not None and (spot := _title_above(top, byline_at, lines)) is not None:
        return _headline_under_label(top, spot, byline_at)
    named_at = None
    for index, line in enumerate(top[: vocab.TITLE_TOP_LINES]):
        if is_member_line(line.text):
            break  # a board member's card ("Joined", "Messages"): the post under it is no title
        if _wraps_on(top, index):
            break  # a paragraph wrapped at a fixed width (a mail, a list archive): the body has begun
        byline = read_byline(line)
        if byline is not None or index == byline_at:  # "by NAME 12 days ago" names the poster: no title
            named_at = index if named_at is None else named_at
            if _names_poster(line, byline):
                break  # and no line under the poster's is one: it opens the post, or a comment
        elif in_ticker(top, index):
            pass  # a ticker's headline, or another story's: no title of this page
        elif is_headline_like(line.text) and not _opens_header(top, index, byline):
            if site_name_over_headline(top, index, lines):
                index += 1
            elif (twice := headline_printed_twice(top, index)) is not None:
                index = twice
            return TitleSpot(index, (), index + 1)
        elif _headline_with_header_tail(top, index):
            return TitleSpot(index, (), index + 1)
        if (reads_as_body(line.text) and not stands_over_headline(top, index)) or leads_in(line.text):
            break  # the body has begun: a byline under it is a reply's or a list's, not the article's
    return TitleSpot(None, (), named_at)


def _headline_with_header_tail(lines: list[Line], index: int) -> bool:
    """Whether a line ending as a site's header lines do ("…のロゴ", "…マニュアル", "… logo") is the headline
    all the same: headline-like but for that ending, with no headline-like line right under it for it to
    stand over ("Twitter swaps its blue bird for a new logo" over the first paragraph)."""
    if not site_label_line(lines[index].text) or not is_headline_like(lines[index].text, header_tails=False):
        return False
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    return not is_headline_like(below, header_tails=False)


def _names_poster(line: Line, byline: Byline | None) -> bool:
    """Whether a byline or header line names someone ("by dustyowl 11 days ago", "Tom Reed | 4 May 2023"),
    not a date alone."""
    return bool(byline is not None and byline.authors) or credit_line(line.text) is not None


def opens_with_thread(lines: list[Line]) -> bool:
    """Whether the page opens on a comments heading right over a comment's header ("Comments" over
    "Tom Reed | 4 May 2023"): a thread with no article above it."""
    if len(lines) < 2 or not is_thread_heading(lines[0].text):
        return False
    following = lines[2].text if len(lines) > 2 else None
    return read_comment_header(lines[1].text, following, False, True) is not None


def _wraps_on(lines: list[Line], index: int) -> bool:
    """Whether the line at `index` is the first of a paragraph wrapped at a fixed width, as mails and list
    archives are: long, ending on no mark, and the next line (no blank between) goes on in lower case
    to the end of a sentence or as long again ("… not separate from" over "it."). A byline or date under
    a headline ("by Ann Lee", "via the Harbour Ledger newsroom") goes on nothing. So does a Chinese or
    Japanese line that the next goes on from mid-sentence (title_shape.unspaced_wraps_on)."""
    if index + 1 >= len(lines) or lines[index + 1].number != lines[index].number + 1:
        return False
    text, following = lines[index].text, lines[index + 1].text
    if unspaced_wraps_on(text, following):
        return True
    return (
        len(text) >= vocab.WRAPPED_LINE_MIN_CHARS
        and (text[-1].isalnum() or text[-1] == ",")
        and following[:1].islower()
        and (len(following) >= vocab.WRAPPED_LINE_MIN_CHARS or following.endswith((".", "!", "?", ":", ";")))
        and not _opens_header(lines, index + 1, read_byline(lines[index + 1]))
    )


def _headline_under_label(lines: list[Line], spot: TitleSpot, byline_at: int) -> TitleSpot:
    """A document's label over the date ("Media Statement", "Press release") is no title: the headline is
    the first headline-like line under the date and byline lines, when one stands right there."""
    if spot.title is None or spot.standfirst or not is_label(lines[spot.title].text):
        return spot
    scratch = Header()
    for index in range(byline_at, min(len(lines), byline_at + vocab.HEADER_ZONE_LINES)):
        line = lines[index]
        next_line = lines[index + 1] if index + 1 < len(lines) else None
        if is_headline_like(line.text) and not _opens_header(lines, index, read_byline(line)):
            return TitleSpot(index, (), byline_at)
        if not (_header_line(line, scratch, next_line, read_byline(line)) or is_label(line.text)):
            break
    return spot
