"""A law's mentions as spans: widened to the provisions that belong to them ("Article 17 of the
GDPR"), the provisions left with no name, and overlaps resolved (the longest span kept)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate

from annotations.detectors import law_provisions as provisions_
from annotations.detectors.law_noun_provisions import noun_provisions

# (start, end, law id or None for a law the knowledge base does not hold)
Span = tuple[int, int, "str | None"]


def with_provisions(
    text: str, mentions: list[Span], alone: re.Pattern[str] | None = None
) -> tuple[list[Span], list[Span]]:
    """Mentions widened to the provisions that belong to them, and the provisions left with no name
    (`alone`: provision words that count alone in this article)."""
    found = provisions_.provisions(text)
    nouns = noun_provisions(text)  # "Anayasa'nın 13. maddesi", "Kanun'un 15/1 maddesi"
    if not found and not mentions and not nouns:
        return [], []  # most comments: nothing to join
    inside = _containing(mentions)
    ends = [provision.end for provision in found]  # provisions never overlap: ends ascend with starts
    starts = [provision.start for provision in found]
    joined: list[Span] = []
    used: set[int] = set()
    for start, end, law_id in _with_rules(text, mentions):
        # A part named with no number ("the Schedule to the DPDP Act") is no provision reference: the name alone is
        # the law. With a numbered provision before it ("Part 2 of the Schedule to the DPDP Act"), or numbered by an
        # ordinal word ("the Seventh Schedule to the Constitution of India"), it is one span with the name.
        part, by_ordinal = provisions_.unnumbered_before(text, start)
        before = bisect_right(ends, part) - 1
        if (
            before >= 0
            and before not in used
            and not inside(found[before].start, found[before].end)
            and provisions_.joins(text, found[before].end, part)
        ):
            start = found[before].start
            used.add(before)
            end = provisions_.parts_after_name(text, end)  # "artigo 51 do CDC, incisos I, VII, XV"
        elif by_ordinal:
            start = part
        end = provisions_.number_date(text, end)  # "Decreto N° 206" + " del 27 de marzo de 2017"
        after = provisions_.after_name(text, end)
        close = provisions_.citation_tail(text, after)
        if close > after:
            close = provisions_.after_name(text, close)  # "Lei nº 13.709" + "/2018" + ", art. 52"
        used.update(range(bisect_left(starts, end), bisect_left(starts, close)))
        joined.append((start, close, law_id))
        bracketed = provisions_.after_bracket(text, end) if after == end else None
        if bracketed is not None:
            joined.append((*bracketed, law_id))  # "Kanunu'nun (KVKK) 5. maddesinin c bendi"
    bare: list[Span] = []
    for start, end, law_id, whole in nouns:
        if not any(s < end and start < e for s, e, _ref in joined):
            (joined if whole else bare).append((start, end, law_id))
    joined = without_overlaps(joined)
    joined_starts = [start for start, _end, _ref in joined]
    named: list[Span] = []
    for index, provision in enumerate(found):
        previous = bisect_left(joined_starts, provision.end) - 1  # the last mention starting before its end
        if index in used or (previous >= 0 and joined[previous][1] > provision.start):
            continue
        since = joined[previous][1] if previous >= 0 else 0
        named_end = provisions_.acronym_after(text, provision)
        if named_end > provision.end:
            named_end = provisions_.parts_after_name(text, named_end)
            named.append((provision.start, named_end, None))  # "Section 11 of the CPA": a law by its acronym
        elif provisions_.terms_after(text, provision):
            continue  # "§ 5 AGB": a section of a company's general terms
        elif provisions_.is_citation_mark(text, provision, since) or provisions_.standing(
            text, provision, since, alone
        ):
            bare.append((provision.start, provision.end, None))
    return without_overlaps(joined + named), bare


def _with_rules(text: str, mentions: list[Span]) -> list[Span]:
    """The mentions (in order of start), each with the words naming its implementing rules before it as part of it
    ("the Implementing Rules and Regulations of the Data Privacy Act"), and no mention left inside those words."""
    kept: list[Span] = []
    for start, end, law_id in mentions:
        rules = provisions_.rules_before(text, start)
        while rules < start and kept and kept[-1][0] >= rules:
            kept.pop()  # "Implementing Rules", read as a name of its own inside the rules' words
        kept.append((rules, end, law_id))
    return kept


def _containing(mentions: list[Span]) -> Callable[[int, int], bool]:
    """Whether a provision is part of a mention already ("§ 501.171" of "Fla. Stat. § 501.171"):
    then it belongs to that citation, not to the next one in a list. One bisection a question: the
    furthest end among the mentions starting at or before it."""
    ordered = sorted(mentions)
    starts = [start for start, _end, _law in ordered]
    furthest = list(accumulate((end for _start, end, _law in ordered), max))

    def inside(start: int, end: int) -> bool:
        at = bisect_right(starts, start) - 1
        return at >= 0 and furthest[at] >= end

    return inside


def without_overlaps(spans: list[Span]) -> list[Span]:
    """Keep the longest of overlapping spans, one with a knowledge-base law on a tie, then the earliest."""
    if len(spans) < 2:
        return list(spans)
    kept_starts: list[int] = []
    kept: list[Span] = []
    for span in sorted(spans, key=lambda item: (-(item[1] - item[0]), item[2] is None, item[0])):
        at = bisect_left(kept_starts, span[0])
        if at < len(kept) and kept[at][0] < span[1]:
            continue  # a kept span starts inside this one
        if at > 0 and kept[at - 1][1] > span[0]:
            continue  # the kept span before this one runs into it
        kept_starts.insert(at, span[0])
        kept.insert(at, span)
    return kept
