""" "According to <a piece or a change of the document> <its name and a generic noun>, <a clause of time or condition>,
you …" reports what the document says of its pronoun subject, as "According to the terms, you …" does: "According to a
recent update in Zoomly's terms of service agreement, when you use Zoomly for calls, you give the company “…”" (the
shape of an Indian tech policy site's report on a video-call app's terms, medianama.com). Words invented here."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Zoomly's terms let it train AI on your calls"
GRANT = "a perpetual, worldwide, royalty-free and transferable licence to use what you record"


@pytest.mark.parametrize("lead", [
    "According to a recent update in Zoomly's terms of service agreement, when you use Zoomly for calls, you give the company",
    "According to Zoomly's terms of service agreement, you give the company",
    "According to a recent change to the privacy policy page, once you join a call, you grant Zoomly",
])  # fmt: skip
def test_a_pronoun_after_a_piece_a_tail_or_a_clause_of_time_reports_the_wording(lead: str) -> None:
    assert article_quotes(TITLE, f"{lead} “{GRANT}” for any purpose.") == [GRANT]


@pytest.mark.parametrize("lead", [
    # Someone speaks in the clause of time, or after it.
    "According to a recent update in Zoomly's terms, when you ask support, they say the company wants",
    "According to Zoomly's terms of service agreement, when asked, a spokesperson said users give the company",
    # A regulator's review stands between the preposition and the change: its words.
    "According to the ICO's review of changes to Zoomly's terms, you give the company",
])  # fmt: skip
def test_a_speaker_or_a_source_in_between_keeps_it_out(lead: str) -> None:
    assert article_quotes(TITLE, f"{lead} “{GRANT}” for any purpose.") == []
