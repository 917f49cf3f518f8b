"""Board posts whose author and date stand apart from the post, over several lines.

A member block ("NAME", a rank, "Joined DATE · Messages N") or a post number line ("« Reply #2
on: DATE »", "Reply #1 · posted DATE") opens a post; `post_starts` finds them all in one pass,
each looking at most two lines back, so a thread of any length is read in linear time. The
words are data in `board_words`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.dates import date_only, find_date
from parsers.model import DateValue
from parsers.sanitize import clean_inline
from parsers.text import board_words as board
from parsers.text import thread_words as thread
from parsers.text import vocabulary as vocab
from parsers.text.body import is_heading_like
from parsers.text.furniture_rules import FURNITURE_BY_NAME
from parsers.text.header_forms import HANDLE_LIKE
from parsers.text.ledger import furniture_rule
from parsers.text.lines import Line
from parsers.text.names import is_name

_EXPANDER = FURNITURE_BY_NAME["quote-expander"].pattern
# "· 5 hr. ago": Reddit puts the separator between name and age on the age's own line.
_DATE_SEPARATORS = "·•|–— "
# "obi.eze": a dot between two word characters, as a handle holds one and a sentence does not.
_INNER_DOT = re.compile(r"\w\.\w")


@dataclass(frozen=True, slots=True)
class PostStart:
    """The lines that open one board post: who wrote it, when, and what each line is."""

    author: str
    """The author, or "" when it is on the line under the post number (`author_after`)."""
    published: DateValue | None
    date_text: str | None
    header_lines: tuple[int, ...]
    """Indexes of the lines that open the post, in order: name, rank, statistics, subject, number, date."""
    text_lines: tuple[int, ...] = ()
    """Those of them that stay in the post's text: all but the name and a date line alone, since a rank,
    a member's statistics, a subject or a post number say more than who and when."""
    author_after: bool = False
    depth: int | None = None
    """How deep the post stands in its thread when a depth line over it says so ("level 2"), else None."""


def _is_member_name(text: str) -> bool:
    """A user name alone on its line: a handle (one token) or a person's name."""
    if len(text) > board.BOARD_LINE_MAX_CHARS or furniture_rule(text, in_tail=True) is not None:
        return False
    first = text.split()[0].casefold()
    if first in vocab.NOT_NAMES or vocab.SENTENCE_END.search(text):
        return False
    return len(text.split()) == 1 or is_name(text)


def _is_rank(text: str) -> bool:
    """A member's rank under the name: a few words, no sentence ("Well-Known Member", "Moderator")."""
    return (
        len(text.split()) <= board.RANK_MAX_WORDS
        and is_heading_like(text)
        and not any(c.isdigit() for c in text)
    )


def _member_line(text: str) -> bool:
    """A member's statistics line: "Joined 14 Mar 2016 · Messages 3,412"."""
    if len(text) > board.BOARD_LINE_MAX_CHARS:
        return False
    match = board.MEMBER_LINE.match(text)
    return match is not None and (
        bool(match.group("counts").strip()) or date_only(match.group("date")) is not None
    )


def _date(text: str) -> tuple[DateValue | None, str]:
    """The date a post number line gives, and its words as written."""
    found = find_date(text)
    return (found[0] if found else None), text.strip()


def _text(lines: list[Line | None], index: int) -> str | None:
    """The text of line `index`, None for a blank line or one before the start."""
    line = lines[index] if index >= 0 else None
    return line.text if line is not None else None


def _opens_chunk(lines: list[Line | None], at: int) -> bool:
    """Whether the line at `at` starts its run of lines: a post's header lines stand apart from the text above."""
    if at <= 0:
        return at == 0
    above = lines[at - 1]
    # A furniture line above ("level 2" over a Reddit reply) is no text the header could belong to.
    return above is None or furniture_rule(above.text, in_tail=True) is not None


def _member_block(lines: list[Line | None], at: int) -> PostStart | None:
    """The post opened by the member block whose statistics line is at `at`, with the date line under it."""
    above, two_above = _text(lines, at - 1), _text(lines, at - 2)
    if above is None:
        return None
    text: tuple[int, ...]
    if (
        two_above is not None
        and _opens_chunk(lines, at - 2)
        and _is_member_name(two_above)
        and _is_rank(above)
    ):
        author, header, text = two_above, [at - 2, at - 1, at], (at - 1, at)
    elif _opens_chunk(lines, at - 1) and _is_member_name(above):
        author, header, text = above, [at - 1, at], (at,)
    else:
        return None
    published, date_text = None, None
    under = _text(lines, at + 1) if at + 1 < len(lines) else None
    if (
        under is not None
        and len(under) <= board.BOARD_LINE_MAX_CHARS
        and (value := date_only(under)) is not None
    ):
        published, date_text = value, under
        header.append(at + 1)
    return PostStart(clean_inline(author) or author, published, date_text, tuple(header), text)


def _smf_post(lines: list[Line | None], at: int, date_text: str) -> PostStart:
    """The post opened by an SMF number line at `at`: its author and subject are on the lines above.

    A member block may stand between the name and the subject (a rank, stars, "Posts: 214"), and
    the first post's name may stand right under the thread's "Author Topic:" line.
    """
    published, date_text = _date(date_text)
    subject = _text(lines, at - 1)
    subject_like = subject is not None and (board.SUBJECT_LINE.match(subject) or is_heading_like(subject))
    if subject_like and (block := _smf_member_block(lines, at - 2)) is not None:
        name = _text(lines, block[0]) or ""
        return PostStart(name, published, date_text, (*block, at - 1, at), (*block[1:], at - 1, at))
    if subject is not None and _opens_chunk(lines, at - 1) and _is_member_name(subject):
        return PostStart(subject, published, date_text, (at - 1, at), (at,))
    return PostStart("", published, date_text, (at,), (at,))


def _slashdot_post(lines: list[Line | None], at: int, text: str) -> PostStart | None:
    """The comment whose Slashdot header ("by NAME ( 123 ) on DATE (#N)") is at `at`, with its subject above.

    The subject ("Re:Six years? (Score:5, Insightful)") stays in the comment's text; the date may be
    on the line under the header ("by NAME ( 123 ) writes:" over "on DATE (#N)").
    """
    match = next((m for pattern in board.SLASHDOT_BYLINES if (m := pattern.match(text))), None)
    if match is None:
        return None
    header, date_text = [at], match.group("date")
    under = _text(lines, at + 1) if at + 1 < len(lines) else None
    if date_text is None and under is not None and (dated := board.SLASHDOT_DATE_LINE.match(under)):
        header, date_text = [at, at + 1], dated.group("date")
    subject = _text(lines, at - 1)
    text_lines: tuple[int, ...] = ()
    if subject is not None and _opens_chunk(lines, at - 1) and board.SLASHDOT_SUBJECT.match(subject):
        header, text_lines = [at - 1, *header], (at - 1,)
    published = _date(date_text)[0] if date_text else None
    author = clean_inline(match.group("author")) or match.group("author")
    return PostStart(author, published, date_text, tuple(header), text_lines)


def _smf_member_block(lines: list[Line | None], end: int) -> tuple[int, ...] | None:
    """The member block ending at `end` (or over one blank line there): its name first, then its rank and statistics."""
    if end >= 0 and lines[end] is None:
        end -= 1
    start = end
    while start > 0 and end - start < board.SMF_MEMBER_MAX_LINES and lines[start - 1] is not None:
        if board.TOPIC_LINE.match(_text(lines, start - 1) or ""):
            break
        start -= 1
    name = _text(lines, start)
    if start < 0 or name is None or not _is_member_name(name):
        return None
    above = _text(lines, start - 1)
    if not (_opens_chunk(lines, start) or (above is not None and board.TOPIC_LINE.match(above))):
        return None
    rest = range(start + 1, end + 1)
    if not all(board.SMF_MEMBER_LINE.match(text := _text(lines, i) or "") or _is_rank(text) for i in rest):
        return None
    return (start, *rest)


def _posted_under_name(lines: list[Line | None], at: int, date_text: str) -> PostStart | None:
    """The post of the user named alone on the line over a "Posted DATE" line (Invision boards)."""
    name = _text(lines, at - 1)
    if name is None or not _opens_chunk(lines, at - 1) or not board.USER_LINE.match(name):
        return None
    if name.split()[0].casefold() in vocab.NOT_NAMES or furniture_rule(name, in_tail=True) is not None:
        return None
    # The whole line is the date as written: "Posted" is the page's word on when, kept with it.
    return PostStart(name, date_only(date_text), _text(lines, at), (at - 1, at))


def post_start_at(lines: list[Line | None], at: int) -> PostStart | None:
    """The post that the line at `at` shows opens, if any (the post may start a line or two above)."""
    text = _text(lines, at)
    if text is None or len(text) > board.BOARD_LINE_MAX_CHARS:
        return None
    if _member_line(text):
        return _member_block(lines, at)
    if (match := board.SMF_POST_LINE.match(text)) is not None:
        return _smf_post(lines, at, match.group("date"))
    if (match := board.NUMBER_OVER_AUTHOR.match(text)) is not None:
        published, date_text = _date(match.group("date")) if match.group("date") else (None, None)
        return PostStart("", published, date_text, (at,), (at,), author_after=True)
    if text[:3].casefold() == "by " and (post := _slashdot_post(lines, at, text)) is not None:
        return post
    if (match := vocab.PUBLISHED_LINE.match(text)) is not None and _is_date_label(text, match.group("date")):
        return _posted_under_name(lines, at, match.group("date"))
    return _dated_under_handle(lines, at)


def _is_date_line(text: str) -> bool:
    """A line that is a date alone: written in full, relative ("2h", "5 days ago") or short ("Jan 5")."""
    if len(text) > board.DATE_LINE_MAX_CHARS or len(text.split()) > board.DATE_LINE_MAX_WORDS:
        return False
    text = text.lstrip(_DATE_SEPARATORS)
    return (
        bool(board.SHORT_DAY.match(text) or thread.RELATIVE_DATE_ALONE.match(text))
        or date_only(text) is not None
    )


def _dated_under_handle(lines: list[Line | None], at: int) -> PostStart | None:
    """The post of the user whose handle stands alone over a date line (Discourse: "lena_k" over "Jan 5").

    The line is a handle (lower case, or holding a digit, "_" or an inner dot), alone or before the
    user's full name ("lena_k Lena Kowalczyk", see `_named_after`): a capitalised word over a date is as
    likely a caption or a heading. The user's title or trust level may stand between the
    handle and the date ("Regular", "Leader", "Trust Level 3"); it stays in the post's text, as a rank does.
    """
    text = _text(lines, at) or ""
    name_at = at - 1
    if _handle_at(lines, name_at) is None:
        name_at = at - 2
        if not _is_user_title(_text(lines, at - 1)) or _handle_at(lines, name_at) is None:
            return None
    if not _is_date_line(text):
        return None
    text = text.lstrip(_DATE_SEPARATORS)
    depth = board.DEPTH_LINE.match(_text(lines, name_at - 1) or "")
    header, kept = tuple(range(name_at, at + 1)), tuple(range(name_at + 1, at))
    name = _text(lines, name_at) or ""
    return PostStart(name, date_only(text), text, header, kept, depth=int(depth.group(1)) if depth else None)


def _handle_at(lines: list[Line | None], at: int) -> str | None:
    """The user's handle on line `at`, alone or before the user's full name ("lena_k Lena Kowalczyk"),
    starting its run of lines; the line as written, or None when it is no handle."""
    name = _text(lines, at)
    if name is None or not _opens_chunk(lines, at):
        return None
    handle, *full_name = name.split()
    if full_name and not _named_after(handle, full_name):
        return None
    if not (handle == handle.lower() or HANDLE_LIKE.match(handle)) or not board.USER_LINE.match(handle):
        return None
    if handle.casefold() in vocab.NOT_NAMES or furniture_rule(name, in_tail=True):
        return None
    return name


def _named_after(handle: str, words: list[str]) -> bool:
    """Whether `words` are a person's name written after a handle: a few capitalised words, the handle
    a handle for sure ("obi.eze", "lena_k") or starting as the name does ("marcus Marcus Hill").

    "via Reuters" over a date is a credit, not a user: its first word neither looks like a handle nor
    starts as the name does. A capitalised first word holding a digit ("Q4 Earnings Call", "G7 Summit
    Recap") opens a heading: before a name, a handle has no capital letter unless it holds "_" or an
    inner dot.
    """
    if len(words) > vocab.NAME_MAX_WORDS or not all(_name_word(word) for word in words):
        return False
    if handle != handle.lower() and "_" not in handle and _INNER_DOT.search(handle) is None:
        return False
    return bool(HANDLE_LIKE.match(handle)) or handle[:1].casefold() == words[0][:1].casefold()


def _name_word(word: str) -> bool:
    """A capitalised word of a person's name: "Kowalczyk", "O'Neill", "J."."""
    return word[:1].isupper() and board.NAME_WORD.match(word) is not None


def _is_user_title(text: str | None) -> bool:
    """A forum user's title or trust level under the handle: "Regular", "Leader", "Trust Level 3"."""
    return text is not None and (board.TRUST_LEVEL.match(text) is not None or _is_rank(text))


def _is_date_label(text: str, date_text: str) -> bool:
    """A short "Posted DATE" line whose date reads."""
    return len(text.split()) <= vocab.DATE_LABEL_MAX_WORDS and date_only(date_text) is not None


def post_starts(lines: list[Line | None]) -> dict[int, PostStart]:
    """Every board post opened in `lines`, by the index of its first line."""
    found: dict[int, PostStart] = {}
    taken = -1
    for at in range(len(lines)):
        start = post_start_at(lines, at) if _may_open(lines[at]) else None
        if start is not None and start.header_lines[0] > taken:
            found[start.header_lines[0]] = start
            taken = start.header_lines[-1]
    return found


def _may_open(line: Line | None) -> bool:
    """A cheap test first: a post's opening line starts with one of a few words, or is a short line with a digit."""
    if line is None:
        return False
    text = line.text
    if board.BOARD_LINE_START.match(text) is not None or vocab.PUBLISHED_LINE.match(text) is not None:
        return True
    return len(text) <= board.DATE_LINE_MAX_CHARS and any(char.isdigit() for char in text)


def author_under(text: str) -> str | None:
    """The author a line under a post number names ("kerrigan_nsw writes...", "brisket_bob"), or None."""
    if len(text) > board.BOARD_LINE_MAX_CHARS or (match := board.AUTHOR_UNDER_NUMBER.match(text)) is None:
        return None
    author = match.group("author")
    names_itself = match.end("author") < len(text) or len(author.split()) == 1 or is_name(author)
    if not names_itself or author.split()[0].casefold() in vocab.NOT_NAMES:
        return None
    return clean_inline(author) or author


def quotations(lines: list[Line | None]) -> set[int]:
    """The lines followed, in their run of lines, by a quote expander ("Click to expand..."): a quotation's lines.

    A "NAME said:" among them opens a quotation inside the post that holds it, never a new post.
    """
    found: set[int] = set()
    expander_below = False
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line is None:
            expander_below = False
        elif _EXPANDER.match(line.text):
            expander_below = True
        elif expander_below:
            found.add(index)
    return found
