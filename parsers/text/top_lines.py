"""The shapes of lines at the top of a page saved as text that need no header read: a site's menu, a
board member's card, a writer's bare role or handle, a document's label, the title said again, a notice
over the headline, chunks between blanks."""

from __future__ import annotations

from parsers.text import vocabulary as vocab
from parsers.text.lines import Line
from parsers.text.title_shape import folded, is_headline_like, reads_as_body


def is_member_line(text: str) -> bool:
    """Whether a line is a board member's statistics label ("Joined", "Registered:"), never a title."""
    return text.strip(" :").casefold() in vocab.MEMBER_WORDS


def chunk_starts(lines: list[Line], end: int) -> list[int]:
    """Where the chunks of `lines[:end]` start, last first; a page with no blank lines has a chunk a line."""
    starts = [
        index for index in range(end) if index == 0 or lines[index].number != lines[index - 1].number + 1
    ]
    return list(range(end))[::-1] if starts == [0] else starts[::-1]


def is_bare_role(text: str) -> bool:
    """A writer's role with no article ("Technical Reviewer", "Staff Writer") over the date: the card of a
    writer the page does not name, not a title (a title with a job word has one: "Ask the Analyst")."""
    words = text.casefold().split()
    return bool(vocab.AUTHOR_ROLE.match(text)) and not any(word in vocab.ARTICLES for word in words)


def is_handle(text: str) -> bool:
    """A single lower-case word: a user's handle over a "Posted DATE" line, never a title."""
    return len(text.split()) == 1 and text == text.lower()


def in_top_menu(lines: list[Line], index: int) -> bool:
    """Whether the line at `index` is an item of the site's menu at the very top ("Stories", "Slash
    Boxes", "Comments"): a run of short lines with no blank between, from the page's first line on. A
    "Comments" there names a section of the site, not the start of this page's comments."""
    start = lines[0].number
    end = index
    while end + 1 < len(lines) and lines[end + 1].number == lines[end].number + 1:
        end += 1
    block = lines[: end + 1]
    return (
        all(line.number == start + at for at, line in enumerate(block))
        and len(block) >= vocab.TOP_MENU_MIN_LINES
        and all(len(line.text.split()) <= vocab.TOP_MENU_ITEM_MAX_WORDS for line in block)
    )


def in_ticker(lines: list[Line], index: int) -> bool:
    """Whether the headline-like line at `index` is one of a run of them with no blank line between, at
    least TICKER_MIN_LINES long, each printed once: a ticker or a list of other stories, none of them the
    page's title (a headline over subheads printed twice is one story's). The run is looked for within
    TICKER_MIN_LINES lines either side, so the test stays short."""
    run = {folded(lines[index].text)}
    for step in (-1, 1):
        at = index
        while len(run) < vocab.TICKER_MIN_LINES and 0 <= at + step < len(lines):
            near = lines[at + step]
            if abs(near.number - lines[at].number) != 1 or not is_headline_like(near.text):
                break
            if folded(near.text) in run:
                return False  # a line printed twice: one story's headline and subheads, repeated
            run.add(folded(near.text))
            at += step
    return len(run) >= vocab.TICKER_MIN_LINES


def stands_over_headline(lines: list[Line], index: int) -> bool:
    """Whether a paragraph at the top is no start of the body but stands over the headline: a notice about
    the page ("JavaScript is disabled …", "This article is more than 3 years old"), or a standfirst
    printed above the headline that comes again right under it."""
    if vocab.PAGE_NOTICE.match(lines[index].text):
        return True
    if index + 2 >= len(lines) or not is_headline_like(lines[index + 1].text):
        return False
    return folded(lines[index + 2].text) == folded(lines[index].text)


def headline_printed_twice(lines: list[Line], index: int) -> int | None:
    """The line under the headline-like line at `index` that the page prints twice within a few lines
    (a headline over its reading time or share bar, then again), when the line at `index` is printed only
    once: that line is the page's headline, and the one at `index` a tagline or a site's call over it
    ("Finden Sie jetzt Ihren Anwalt zum Thema DSGVO!" over "DSGVO: Das sollten Sie unbedingt beachten!")."""
    end = min(len(lines), index + 1 + vocab.HEADLINE_REPEAT_LINES)
    own = folded(lines[index].text)
    if any(folded(lines[at].text) == own for at in range(index + 1, end)):
        return None
    for at in range(index + 1, end):
        text = lines[at].text
        if reads_as_body(text):
            return None
        below = range(at + 1, min(len(lines), at + 1 + vocab.HEADLINE_REPEAT_LINES))
        if _apart_headline(lines, index, at) and any(
            folded(lines[again].text) == folded(text) for again in below
        ):
            return at
    return None


def _apart_headline(lines: list[Line], index: int, at: int) -> bool:
    """Whether the line at `at` may be the headline under the line at `index`: headline-like, set apart from
    it by a blank line (a run of lines with none is one unit: a kicker over its subheads), and no name of
    capitalised words only ("Wilson Sonsini Goodrich & Rosati", a firm printed twice under its headline).
    A short Korean line printed twice is a photo's caption ("NAME 기관 직함" as alt text, then again), no
    headline: only a headline of four words or more counts here."""
    text = lines[at].text
    capitalised = all(word[:1].isupper() or not word[:1].isalpha() for word in text.split())
    apart = lines[at].number - lines[index].number > at - index
    return is_headline_like(text, short_korean=False) and apart and not capitalised


def repeats_title(text: str, title: str | None) -> bool:
    """Whether a line says the title again, after its "Topic:"/"Subject:" label: a board's first post
    under the topic "Topic: Cancelled Plan Refunds" repeats "Cancelled Plan Refunds" over its date."""
    if title is None:
        return False
    label, colon, rest = title.partition(":")
    shown = rest if colon and len(label.split()) <= vocab.LABEL_MAX_WORDS else title
    return folded(text) == folded(shown)


def is_label(text: str) -> bool:
    """Whether a short line is a document's label ("Media Statement", "Press release"), not a name and
    not a headline. A role ("Staff Writer") is one only right under a name: "The Ghost Writer" or "Ask
    the Analyst" over a date is a title."""
    words = text.split()
    return 1 <= len(words) <= vocab.LABEL_MAX_WORDS and words[-1].strip(":").casefold() in vocab.LABEL_WORDS
