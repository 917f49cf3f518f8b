"""A document named inside a relative clause on someone else is what that someone did with it: "The association,
which went through the terms line by line, said they were “…”", "A lawyer who read the privacy policy told us it
was “…”". The verb of saying after the clause is the speaker's, and so is the quotation (tos_relative). Pages of
this shape: consumer groups and lawyers reviewing an app's terms (francebleu.fr, usine-digitale.fr). Every text
here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

_TITLE = "Consumer group files a complaint over Plumo's rules\n\nThe app changed its fine print in March.\n\n"


def _quotes(text: str) -> list[str]:
    return [note.text for note in annotate(parse_text(_TITLE + text)).annotations if note.kind == "tos_quote"]


@pytest.mark.parametrize("text", [
    "The consumer association, which went through the terms of service line by line, said they were “written to "
    "confuse anyone who reads them”.",
    "A lawyer who studied the privacy policy for a week told us it was “far longer than it needs to be”.",
    "Mira Hale, whose team compared the old and new terms of service, said the update was “a quiet land grab”.",
    "L'association, qui a lu les conditions d'utilisation, a déclaré qu'elles étaient « illisibles pour un "
    "enfant ».",
])  # fmt: skip
def test_a_speaker_who_read_the_document_speaks_for_themselves(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Plumo's terms of service, which run to 40 pages, say users “may not record any call without consent”.",
     ["may not record any call without consent"]),
    ("Users who accept the new terms of service agree that Plumo “may keep call logs for two years”.",
     ["may keep call logs for two years"]),
    ("The group, which is based in Lyon, said the privacy policy states that Plumo “may sell contact lists”.",
     ["may sell contact lists"]),
    ("The section of the privacy policy which covers contacts says “we may read your address book”.",
     ["we may read your address book"]),
    ("The watchdog is looking into a delivery app whose privacy notice says contact lists “may be kept for five "
     "years”.", ["may be kept for five years"]),
    ("That was the claim against Plumo, whose new privacy policy said users could “leave at any time”.",
     ["leave at any time"]),
])  # fmt: skip
def test_the_document_itself_still_speaks(text: str, found: list[str]) -> None:
    assert _quotes(text) == found
