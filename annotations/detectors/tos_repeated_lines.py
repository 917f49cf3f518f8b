"""Lines set off with no quotation marks that repeat a piece of terms wording found elsewhere on the page.

A poster going through a clause fragment by fragment sets each fragment on a line of its own, with their gloss
under it ("you grant the company a worldwide" / "They can use it anywhere."), and a blogger walking through a
policy sets off a sentence and, further down, the whole sentence it opened ("That sounds fine until you read the
whole sentence: …"). Such a line is the document's when its words, case, punctuation and spacing set aside, lie
inside wording already found to be the document's and are fewer than it: a repeat, as a quotation that repeats
found wording is (tos_quotes._repeats). Not a line of one word, nor a heading or a defined term in capitals ("Your
Content"), which GUIDELINES leaves out, nor a line that quotes, nor one the findings already cover. Nor a line that
asks ("At any time?": the poster's question about the words), nor one that only names a document ("Terms of Service",
"Privacy policy": a site's link under the article, whose clause names its documents).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

from annotations.detectors.quotes import marks
from annotations.detectors.tos_blocks import Paragraph, has_words, marker_end
from annotations.detectors.tos_clause_context import asks
from annotations.detectors.tos_mentions import document_mentions
from annotations.detectors.tos_vocabulary import role_phrases
from annotations.detectors.tos_wording import Wordings, normal_wording
from annotations.model import Finding

__all__ = ["repeated_lines"]

# The fewest words of a repeated line: "perpetual, irrevocable" is a fragment, a single word is not.
MIN_REPEAT_WORDS = 2
# The most characters of a line read as a repeat: a fragment or a sentence, not a whole set-off section; a page of
# thousands of long paragraphs is not searched for each.
MAX_REPEAT_CHARS = 400
# The most lines a page is searched for: each is one search through the page's terms wording.
MAX_REPEAT_LINES = 400
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised_only(text: str) -> bool:
    """Whether every word of a line opens on a capital: a heading or a defined term ("Your Content"). Read up to
    the first word that does not: a line of prose gives itself away at its second word."""
    found = False
    for word in _WORD.finditer(text):
        if not word.group()[0].isupper():
            return False
        found = True
    return found


def _names_document(line: str) -> bool:
    """Whether a line only names a document, with at most a determiner ("Terms of Service", "Privacy policy", "Our
    privacy policy"): a link or a heading, not a piece of the wording that names it."""
    named = document_mentions(line, named_only=True)
    if len(named) != 1:
        return False
    rest = _WORD.findall(line[: named[0].start] + " " + line[named[0].end :])
    return all(word.casefold() in role_phrases("determiner") for word in rest)


class _Covered:
    """Where the findings lie, by unit: asked whether one lies in a paragraph, in the time of a binary search (a page
    of thousands of paragraphs and findings is not compared pair by pair)."""

    def __init__(self, findings: list[Finding]) -> None:
        spans: dict[str, list[tuple[int, int]]] = {}
        for finding in findings:
            spans.setdefault(finding.unit_id, []).append((finding.start, finding.end))
        self.starts: dict[str, list[int]] = {}
        self.reach: dict[
            str, list[int]
        ] = {}  # the furthest end of the findings up to each, in order of start
        for unit, found in spans.items():
            found.sort()
            self.starts[unit] = [start for start, _ in found]
            self.reach[unit] = list(accumulate((end for _, end in found), max))

    def __call__(self, paragraph: Paragraph) -> bool:
        starts = self.starts.get(paragraph.unit.id)
        if not starts:
            return False
        before = bisect_left(starts, paragraph.end)  # the findings that start before the paragraph ends
        return before > 0 and self.reach[paragraph.unit.id][before - 1] > paragraph.start


def repeated_lines(
    found: list[Paragraph], wordings: list[str], findings: list[Finding]
) -> Iterator[tuple[Paragraph, int, int, int]]:
    """Each set-off line (paragraph, start and end in its unit) that repeats part of a wording in `wordings`, and the
    index of the first wording that holds it, longer than the line."""
    if not wordings:
        return
    covered, searched = _Covered(findings), 0
    held: Wordings | None = None  # built at the first line to search: most pages have none
    for paragraph in found:
        if (
            paragraph.end - paragraph.start > MAX_REPEAT_CHARS
            or paragraph.unit.kind == "title"
            or covered(paragraph)
        ):
            continue
        start = marker_end(paragraph.unit.text, paragraph.start)
        line = paragraph.unit.text[start : paragraph.end]
        if (
            not has_words(line, MIN_REPEAT_WORDS)
            or marks().pattern.search(line)
            or _capitalised_only(line)
            or asks(line)  # "At any time?": the poster asking about the words, not repeating them
        ):
            continue
        searched += 1
        if searched > MAX_REPEAT_LINES:
            return
        held = held or Wordings(wordings)
        index = held.first_holding(line)
        # Whether the line only names a document is asked of a line the wording holds only: most lines it does not,
        # and looking for documents in a line costs more than the search.
        if (
            index is not None
            and len(normal_wording(wordings[index])) > len(normal_wording(line))
            and not _names_document(line)
        ):
            yield paragraph, start, paragraph.end, index
