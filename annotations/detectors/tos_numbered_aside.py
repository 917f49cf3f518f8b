"""A clause numbered after the last one set off, past the writer's aside between them.

A blogger touring a service's terms sets its clauses off one by one under their own numbers and says what each means
in between ("2.1/ … vous nous accordez une licence …", "Je ne suis pas juriste, mais …", "2.2/ Lorsque vous supprimez
…"). The aside ends the clause, but a paragraph a little further on that opens on a later number of the same depth is
the same document's next clause, when it reads as a clause itself (numbered_clause: no quotation marks, no law, and
words that bind as terms do). A writer's own points, numbered "1." or "2)", are no clause numbers (tos_unled_block).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from annotations.detectors.tos_blocks import Paragraph
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_unled_block import numbered_clause
from annotations.detectors.tos_wording import is_heading_line

__all__ = ["NumberedClause", "after_aside", "aged", "numbered_at", "numbered_heading"]

# Paragraphs of the writer's own between one numbered clause and the next that still go on with it.
MAX_ASIDE_PARAGRAPHS = 2
# A clause's own number opening a paragraph, read for its parts: two or three ("2.1", "4.3.2"), then a stop, a slash or
# nothing. Only dotted numbers follow one another; "§ 5" and "(b)" are tos_unled_block's alone.
_NUMBER = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2}){1,2})[./]?[ \t]+(?=\w)")

# A numbered part's heading: its number first ("11. Licenza sui Contenuti", "§ 4 Nutzungsrechte", "第3条（情報の共有）").
_PART_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}[.)]?[ \t]|§[ \t]?\d{1,3}[ \t]|第[0-9０-９一二三四五六七八九十]{1,3}条)"
)


@dataclass(frozen=True, slots=True)
class NumberedClause:
    """The number of the last numbered clause set off, whose it is, and how many paragraphs were read since."""

    number: tuple[int, ...]
    source: Source
    since: int = 0


def numbered_at(text: str, source: Source) -> NumberedClause | None:
    """The numbered clause a set-off paragraph of `source`'s opens with, if its text opens on a clause's number."""
    found = _NUMBER.match(text)
    return NumberedClause(_parts(found.group(1)), source) if found else None


def aged(last: NumberedClause | None) -> NumberedClause | None:
    """The last numbered clause one paragraph further back."""
    return replace(last, since=last.since + 1) if last is not None else None


def after_aside(last: NumberedClause | None, paragraph: Paragraph, page: Page) -> Source | None:
    """The document a paragraph goes on with when it opens on a clause number after `last`'s, of the same depth, within
    MAX_ASIDE_PARAGRAPHS of it ("2.2/ …" after "2.1/ …" and an aside), and reads as a clause itself."""
    if last is None or last.since > MAX_ASIDE_PARAGRAPHS:
        return None
    found = _NUMBER.match(paragraph.text)
    if found is None:
        return None
    number = _parts(found.group(1))
    if len(number) != len(last.number) or number <= last.number:
        return None
    return last.source if numbered_clause(paragraph, page) else None


def numbered_heading(paragraph: Paragraph) -> bool:
    """Whether a paragraph is a numbered part's heading alone on its line, between the lead and the part's first
    numbered clause ("11. Licenza sui Contenuti concessa dall'utente" over "11.1 L'utente …"): it hands on."""
    return _PART_HEADING.match(paragraph.text) is not None and is_heading_line(paragraph, elided=True)


def _parts(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))
