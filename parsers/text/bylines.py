"""A byline line at the top of a page saved as text: "By NAME | DATE", "Posted on DATE by NAME"."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.dates import is_date_only, parse_date
from parsers.model import DateValue
from parsers.text import vocabulary as vocab
from parsers.text.ledger import MetadataKind
from parsers.text.lines import Line
from parsers.text.names import is_handle_or_name, names_people_after_preposition, split_authors


@dataclass(frozen=True, slots=True)
class Byline:
    """What a "By NAME | DATE" line says: its names, its date, and whether the whole line is metadata."""

    authors: tuple[str, ...]
    date: DateValue | None
    updated: bool
    kind: MetadataKind | None
    """"byline" when the line may leave the text; None when its date part is no date ("5 min read")."""
    cjk: bool = False
    """Read as a Chinese, Japanese or Korean byline of labelled fields or a reporter's name."""


def read_byline(line: Line) -> Byline | None:
    """Read a "By NAME | DATE" or "Posted on DATE by NAME" line; None when it names nobody.

    A byline whose date part is no date ("By Ann Lee | 5 min read"), or that goes on past it
    ("… @09:05AM from the watched-every-mile dept."), gives its names and date but stays in the
    text: only what the metadata holds may leave it.
    """
    if len(line.text) > vocab.MAX_META_LINE:
        return None
    text = vocab.BYLINE_TRAILER.sub("", line.text)
    department = vocab.STORY_DEPARTMENT.search(text)
    text = text[: department.start()].rstrip() if department else text
    if (blog := _blog_byline(text)) is not None:
        return blog
    for pattern in vocab.BYLINE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        authors = split_authors(match.group("authors"))
        if match.group("date") is None and not names_people_after_preposition(text, authors):
            return None  # "Von der Leyen warnt Plattformen", "Por qué Meta paga tanto": a headline
        if pattern is vocab.RELATIVE_BYLINE and not all(map(is_handle_or_name, authors)):
            continue  # "by the way 3 days ago it broke": a sentence; a name of words is capitalised
        date_text, updated = _date_part(match.group("date"))
        date = parse_date(date_text) if date_text and is_date_only(date_text) else None
        if authors:
            whole = (date_text is None or date is not None) and department is None
            kind: MetadataKind | None = "byline" if whole else None
            return Byline(tuple(authors), date, updated, kind)
    return _nameless_byline(text) or _cjk_byline(text) or _korean_byline(text) or _arabic_byline(text)


def _blog_byline(text: str) -> Byline | None:
    """A Korean blog host's "by HANDLE 2025. 3. 19.": the handle and the date, the line staying in the text."""
    match = vocab.BLOG_BYLINE.match(text)
    if match is None or not (authors := split_authors(match.group("authors"))):
        return None
    return Byline(tuple(authors), parse_date(match.group("date")), False, None, cjk=True)


def _cjk_byline(text: str) -> Byline | None:
    """A Chinese or Japanese byline of labelled fields ("作者:李明 王芳", "2017年02月13日 来源:《…》"): the
    names after an author label (set apart from them by a space or a mark) and the date, before the first
    label or after a "when" label. The line leaves the text only when it says nothing else (no source, no
    editor, no role after the names)."""
    labels = list(vocab.CJK_BYLINE_LABEL.finditer(text))
    if not labels:
        return None
    lead = text[: labels[0].start()].strip()
    authors: list[str] = []
    date: DateValue | None = None
    rest = False
    if lead:
        date = parse_date(lead) if is_date_only(lead) else None
        rest = date is None
    for label, following in zip(labels, [*labels[1:], None], strict=True):
        mark = vocab.CJK_BYLINE_MARK.match(text, label.end())
        value = text[mark.end() if mark else label.end() : following.start() if following else len(text)]
        value = value.strip()
        if label.group("author") and mark is not None and mark.end() == label.end():
            rest = True  # the label opens a word ("记者手记", "作者的话", "记者获悉，…"): no name follows it
        elif label.group("author"):
            names, leftover = _cjk_names(value)
            authors += names
            if leftover and is_date_only(leftover):  # "作者:陈立 2024-03-08"
                date, leftover = date or parse_date(leftover), ""
            rest = rest or bool(leftover) or not names
        elif label.group("when") and value and is_date_only(value):
            date = date or parse_date(value)
        else:
            rest = True
    if not authors and date is None:
        return None
    return Byline(tuple(authors), date, False, None if rest else ("byline" if authors else "date"), cjk=True)


def _cjk_names(value: str) -> tuple[list[str], str]:
    """The Chinese names opening `value` ("李明 王芳"), and what follows them ("腾讯研究院…", a date)."""
    names: list[str] = []
    at = 0
    for part in vocab.CJK_NAME_SEPARATOR.finditer(value + " "):
        word = value[at : part.start()]
        if word and vocab.CJK_NAME.fullmatch(word) is None:
            return names, value[at:].strip()
        if word:
            names.append(word)
        at = part.end()
    return names, ""


def _korean_byline(text: str) -> Byline | None:
    """A Korean reporter's byline ("김철수 기자", "[이데일리 이후섭 기자]", "한빛일보 정다은 기자"): a name
    opening on a surname; outside brackets, an outlet's name before it. Its mail or anything after it
    keeps the line in the text."""
    match = vocab.KOREAN_BYLINE.match(text)
    if match is None or not _korean_name(match.group("authors")):
        return None
    outlet = match.group("outlet")
    if outlet and not match.group("bracket") and not outlet.endswith(vocab.KOREAN_OUTLET_ENDS):
        return None  # "폭행당한 방송 기자": a headline ending on the word for reporter
    return Byline((match.group("authors"),), None, False, None if match.group("rest") else "byline", cjk=True)


def _arabic_byline(text: str) -> Byline | None:
    """An Arabic byline ("كتبت - نورا فخرى", "بقلم: سارة يوسف"): the name after the writing verb or label."""
    match = vocab.ARABIC_BYLINE.match(text)
    return None if match is None else Byline((match.group("authors"),), None, False, "byline")


def _korean_name(name: str) -> bool:
    """Whether a run of Hangul syllables opens on a Korean surname: a person's name, not a noun."""
    return name[0] in vocab.KOREAN_SURNAMES or name[:2] in vocab.KOREAN_DOUBLE_SURNAMES


def _nameless_byline(text: str) -> Byline | None:
    """A byline's label over its date with no name ("By | October 23rd, 2016"): the date, read as a date
    line's; None unless the rest is a date."""
    match = vocab.NAMELESS_BYLINE.match(text)
    if match is None or not is_date_only(date_text := match.group("date")):
        return None
    date = parse_date(date_text)
    return None if date is None else Byline((), date, False, "date")


def _date_part(text: str | None) -> tuple[str | None, bool]:
    """A byline's date text without its "Updated"/"Published" label, and whether it is an update."""
    if text is None:
        return None, False
    if match := vocab.UPDATED_LINE.match(text):
        return match.group("date"), True
    if match := vocab.PUBLISHED_LINE.match(text):
        return match.group("date"), False
    return text, False
