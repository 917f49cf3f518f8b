"""A citation's whole official title, up to the short name the page defines for it: "Regulation (EU) 2016/679 of
the European Parliament and of the Council of 27 April 2016 on the protection of natural persons ... (“GDPR”)",
"law No. 78-17 of 6 January 1978 on information technology, files and freedoms (the “French Data Protection
Act”)". After a citation a lower-case subject is otherwise the article's own description (law_titles.subject_end);
a definition in brackets right after it shows the page is writing out the title. The words are
law_citations.toml's (roles title_issuer, title_date, title_subject_link)."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.law_context import DEFINITION
from annotations.knowledge import vocabulary

CITATIONS = "law_citations.toml"
# How far a title may run from its subject link to the bracket that defines its short name.
MAX_TITLE_CHARS = 320
# What a title never holds: a sentence's end, a clause break, a line break, a bracket or a quotation mark.
_TITLE_BREAK = re.compile(r"[.;:!?()\[\]\n\"“”«»]")


@cache
def _opening() -> re.Pattern[str]:
    """The issuer and the date a title may open with, then the subject's link and a lower-case word."""

    def role(name: str) -> str:
        return "|".join(entry.regex for entry in vocabulary(CITATIONS).role(name))

    dates = vocabulary(CITATIONS).role("title_date")
    date = "|".join(
        rf"(?:{'|'.join(map(re.escape, entry.get('title_links')))})\s(?:{entry.regex})" for entry in dates
    )
    return re.compile(
        rf"(?:,?[ \t](?:{role('title_issuer')}))?(?:,?[ \t](?:{date}))?,?[ \t]"
        rf"(?:{role('title_subject_link')})[ \t](?=[a-z])"
    )


def defined_title_end(text: str, end: int) -> int:
    """Where the citation ending at `end` ends with its title written out: before the bracket that defines the
    title's short name, when an issuer, a date or a subject link opens the title; else `end`."""
    opening = _opening().match(text, end)
    if opening is None:
        return end
    limit = min(len(text), opening.end() + MAX_TITLE_CHARS)
    stop = _TITLE_BREAK.search(text, opening.end(), limit)
    if stop is None or text[stop.start()] != "(":
        return end
    title_end = len(text[: stop.start()].rstrip(" \t,"))
    if title_end <= opening.end() or not DEFINITION.match(text, title_end):
        return end
    return title_end
