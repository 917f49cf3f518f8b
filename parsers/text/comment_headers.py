"""Which line of a thread is a comment header, and what it says: its author, its date, whom it answers.

The word lists are data in `thread_words` and `vocabulary`; `comments` reads the thread with these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.dates import date_only, parse_machine_date
from parsers.model import DateValue
from parsers.sanitize import clean_inline
from parsers.text import header_forms as forms
from parsers.text import thread_words as thread
from parsers.text import vocabulary as vocab
from parsers.text.names import is_handle_or_name, is_proper_name

# Longest line that may be a comment header.
HEADER_MAX_CHARS = 120
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class CommentHeader:
    """A recognised comment header line."""

    author: str
    published: DateValue | None
    replies: bool
    needs_date: bool
    target: str | None = None
    next_date: tuple[str, DateValue] | None = None
    """When the date is on the next line: that line's text and the date read from it (read once)."""
    text_from: int = 0
    """Where the comment's text starts on the header's own line ("NAME wrote: text"); 0 when it does not."""
    keeps_line: bool = False
    """The line is a quote header ("Quote from: NAME") that starts the comment and stays in its text."""
    date_text: str | None = None
    """The date as the header writes it ("5 hours ago"), whether or not a date could be read from it."""
    author_after: bool = False
    """A board's post number line: the author's name is on the line under it ("NAME writes...")."""
    labelled: bool = False
    """A label names the writer ("작성자: 라온 · 2024.05.02"): the line is a credit wherever it stands."""
    reply_lead: bool = False
    """A reply's mark or word opens the line ("ㄴ 답글 NAME DATE"): the comment is one level deeper."""


def _author(match: re.Match[str], thread_open: bool, named: str | None = None) -> str | None:
    """The author a header names (`named`: the name part, when it is not the match's author group), unless
    it is a sentence's subject rather than a name, or, before the thread opens, a digest's credit line: a
    word opening on a dash inside the name part ("ZDNet - Campbell Kwan | …"). Under a comments heading or
    another comment's header the dash sets off the commenter's place or role ("Ann Lee - Berlin | 3 May
    2023"); so does it anywhere before a member's rank ("Bob Roe – Moderator | 4 May 2023")."""
    # A threaded view's arrow before the name ("‣ name") marks a reply; indent already threads it.
    author = (clean_inline(named or match.group("author")) or "").lstrip(thread.REPLY_MARKS).strip()
    words = author.split()
    if not words or words[0].casefold() in vocab.NOT_NAMES or _date_label(words[-1]):
        return None
    dashed = [at for at, word in enumerate(words) if at and word[0] in vocab.CREDIT_DASHES]
    role = " ".join(words[dashed[0] :]).lstrip(vocab.CREDIT_DASHES).strip() if dashed else ""
    if dashed and not thread_open and not vocab.MEMBER_RANK.match(role):
        return None
    return author


def _date_label(word: str) -> bool:
    """Whether a header's last name word is a date's label ("보도 일시 | 2022. 12. 14.", "Datum | …")."""
    return word in thread.WIDE_DATE_WORDS or word.casefold() in vocab.DATE_LABEL_WORDS


def _dashed_part(match: re.Match[str], text: str) -> tuple[str, str] | None:
    """A name, a dash and a role or place before the date ("Bob Roe – Moderator | 4 May 2023"): the name
    part with its role ("Bob Roe – Moderator") and the date part ("4 May 2023"); None for other headers."""
    if text[match.end("author") : match.start("date")].strip() not in tuple(thread.PART_DASHES):
        return None
    part = thread.DASHED_PART.match(match.group("date"))
    if part is None or not _commenter_and_part(match.group("author"), part.group("part")):
        return None
    return text[match.start("author") : match.start("date") + part.end("part")], part.group("date")


def _commenter_and_part(name: str, part: str) -> bool:
    """Whether a dashed header's name part is a commenter's name or handle and the part after the dash a
    member's rank or a place ("Bob Roe – Moderator", "Ann Lee — Berlin"), not a timeline's entry ("Terms
    changed – quietly | 3 May 2023")."""
    name = (clean_inline(name) or "").lstrip(thread.REPLY_MARKS).strip()
    if not name or not is_handle_or_name(name):
        return False
    return vocab.MEMBER_RANK.match(part) is not None or is_proper_name(part)


def _date_words(date_text: str, published: DateValue | None) -> str:
    """The words of a header's date part that say when: a relative age without a flair before it."""
    if published is None and (age := thread.RELATIVE_DATE_ANYWHERE.search(date_text)) is not None:
        return age.group(0)
    return date_text.strip()


def _date_of(date_text: str) -> tuple[bool, DateValue | None]:
    """Whether `date_text` is a date, and its value: a relative one ("5 hours ago") has none."""
    if (written := date_only(date_text)) is not None:
        # A machine form (RFC 2822, a compact ISO day) reads first, as parse_date does.
        machine = parse_machine_date(date_text)
        return True, written if machine is None else machine
    return thread.RELATIVE_DATE_ALONE.match(date_text) is not None, None


def _dated_header(text: str, thread_open: bool) -> CommentHeader | None:
    """A header naming its author and a date, calendar or relative, on its own line."""
    # A dated header's date has a digit, or stands after a separator ("· yesterday"); each form
    # is tried only on a line holding what it needs.
    dated = _DIGIT.search(text) is not None
    for pattern, needs in zip(
        forms.COMMENT_HEADER_WITH_DATE, forms.COMMENT_HEADER_WITH_DATE_NEEDS, strict=True
    ):
        match = pattern.match(text) if needs.search(text) else None
        if match is None or not (dated or pattern is forms.COMMENT_HEADER_WITH_DATE[-1]):
            continue
        named, date_text = None, match.group("date")
        is_date, published = _date_of(date_text)
        if not is_date and (dashed := _dashed_part(match, text)) is not None:
            named, date_text = dashed
            is_date, published = _date_of(date_text)
        if pattern is forms.COMMENT_HEADER_HYPHENED and not _is_person(match.group("author")):
            continue  # "Update - 3 May 2023": a spaced hyphen sets off only a person's name from the date
        if is_date and (author := _author(match, thread_open, named)):
            replies = bool(forms.REPLY_VERBS.search(text))
            when = _date_words(date_text, published)
            return CommentHeader(author, published, replies, False, match.group("target"), date_text=when)
    if dated and (wide := _wide_header(text, thread_open)) is not None:
        return wide
    for pattern in (forms.COMMENT_HEADER_AGE, forms.COMMENT_HEADER_POST_BY):
        holds = "»" in text if pattern is forms.COMMENT_HEADER_POST_BY else dated
        match = pattern.match(text) if holds else None
        if match and (author := _author(match, thread_open)):
            is_date, published = _date_of(match.group("date"))
            if is_date:
                when = _date_words(match.group("date"), published)
                return CommentHeader(author, published, False, False, date_text=when)
    return None


def _wide_header(text: str, thread_open: bool) -> CommentHeader | None:
    """A Korean or Japanese board's header: a nickname and a numeric date ("달빛토끼 2024.05.02 14:03"). A
    label naming the writer ("작성자: 라온 · …", "名前：名無しさん …") makes it one anywhere; a bare name
    counts only in a thread (a comments heading or a comment's header above), when it is written in
    Hangul, kana or Chinese characters, or is a handle ("kestrel_88"), and is no date's label."""
    match = forms.COMMENT_HEADER_WIDE.match(text) if forms.COMMENT_HEADER_WIDE_NEEDS.search(text) else None
    if match is None:
        return None
    author, labelled = match.group("author"), match.group("label") is not None
    if author.casefold() in vocab.NOT_NAMES or _date_label(author):
        return None
    named = thread.WIDE_NAME_SCRIPT.search(author) is not None or forms.HANDLE_LIKE.match(author) is not None
    if not (labelled or (thread_open and named)):
        return None
    published = date_only(match.group("date"))
    if published is None:
        return None
    lead = match.group("lead") is not None or match.group("word") is not None
    return CommentHeader(
        author, published, lead, False, date_text=match.group("date"), labelled=labelled, reply_lead=lead
    )


def _header_with_text(text: str, thread_open: bool) -> CommentHeader | None:
    """A header with the comment's text after it on the same line: "NAME wrote: text", "NAME 5 hours ago Text"."""
    match = forms.COMMENT_HEADER_VERB_TEXT.match(text) if ":" in text else None
    if match is None and _DIGIT.search(text):
        match = forms.COMMENT_HEADER_AGE_TEXT.match(text)
        if match and match.group("text")[0].islower():  # a sentence going on, not a comment starting
            match = None
    if match is None or not (author := _author(match, thread_open)):
        return None
    replies = bool(forms.REPLY_VERBS.search(text[: match.start("text")]))
    groups = match.groupdict()
    return CommentHeader(
        author,
        None,
        replies,
        False,
        groups.get("target"),
        text_from=match.start("text"),
        date_text=groups.get("date"),
    )


def read_header(
    text: str, next_text: str | None, in_comments: bool, thread_open: bool = False
) -> CommentHeader | None:
    """The comment header `text` is, or None; `next_text` may hold its date.

    Outside the comments (`in_comments` false) only headers that cannot be prose count: a dated
    one, or "HANDLE wrote:" with a user handle. Among comments, "NAME wrote:" and a header with
    the comment's text after it on the same line count too. `thread_open`: a comments heading or a
    comment's header stands above, so a dash in the name part is no digest's credit.
    """
    if len(text) > HEADER_MAX_CHARS:
        return _header_with_text(text, thread_open) if in_comments else None
    if forms.HEADER_TRAILER_MARK.search(text):
        text = forms.HEADER_TRAILER.sub("", text)
    if (header := _dated_header(text, thread_open)) is not None:
        return header
    match = forms.COMMENT_HEADER_NO_DATE.match(text) if text.endswith(":") else None
    if match and (author := _author(match, thread_open)):
        next_date = None
        if next_text is not None and (value := date_only(next_text)) is not None:
            next_date = (next_text, value)
        if next_date is not None or in_comments or forms.HANDLE_LIKE.match(author):
            replies = bool(forms.REPLY_VERBS.search(text))
            return CommentHeader(
                author,
                None,
                replies,
                next_date is not None,
                match.group("target"),
                next_date,
                date_text=next_date[0] if next_date is not None else None,
            )
    return _header_with_text(text, thread_open) if in_comments else None


def credit_line(text: str) -> tuple[str, DateValue] | None:
    """A line of a dated comment header's shape naming a person and a calendar day ("Girard Kelly | April
    11, 2019"), or labelled as the writer's ("작성자: 라온 · 2024.05.02"): the name and the day, which under
    an article's title (and standfirst) are its writer's and its date. A handle ("pdxgreg | 2 May 2023"), an
    age ("5 hours ago") or a digest's credit ("ZDNet - Ola Berg | …") is none."""
    header = read_header(text, None, in_comments=False)
    if header is None or header.published is None or header.replies:
        return None
    if not (header.labelled or _is_person(header.author)):
        return None
    return header.author, header.published


def _is_person(author: str) -> bool:
    """Capitalised words of a person's name, two to four of them."""
    words = author.split()
    return 2 <= len(words) <= vocab.NAME_MAX_WORDS and bool(vocab.NAME_LINE.match(author))


def label_words(text: str) -> list[str]:
    """The words of a comment header line that are its labels (`header_forms.HEADER_LABELS`), neither the
    names it reads nor its date: "says", "Reply to", "parent", "next", "231 Beiträge"."""
    return [word for label in forms.HEADER_LABELS.finditer(text) for word in label.group(0).split()]
