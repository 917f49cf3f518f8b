"""Review of tosrec30's reader-thread quotes (revtos40's findings, landed by the integrator): a quotation that the next
sentence gives to someone ("That is what support told me."), a song or a slogan, and a fragment that tells what may
befall the company ("may soon “face a class action”") are no terms. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import quotes_found

from parsers.model import Unit

_THREAD_TITLE = "Pixlo rewrites its terms of service"
_THREAD_ARTICLE = (
    "Pixlo has published new terms of service. They take effect next month and cover its photo backup."
)
_NAMED = 'Their new terms of service say "you grant Pixlo a worldwide licence to your uploads". No thanks.'
_LICENCE = "you grant Pixlo a worldwide licence to your uploads"
_SCAN = "We may scan your photos for safety."


def _thread(*comments: str) -> tuple[Unit, ...]:
    """A title, one paragraph of article and the comments under it."""
    units = [Unit("title", "title", _THREAD_TITLE), Unit("b0", "block", _THREAD_ARTICLE)]
    units += [Unit(f"c{index}", "comment", comment) for index, comment in enumerate(comments)]
    return tuple(units)


@pytest.mark.parametrize(
    ("comment", "found"),
    [
        # Words the next sentence gives to someone, and a song: no terms (tosrec30's comment quotations).
        ('They changed it again. "We will refund you within 30 days." That is what support told me.', []),
        ('As the song goes, "we will, we will rock you".', []),
        ('Their slogan was always "we will never let you down". Sure.', []),
        # The terms, with the next sentence naming them or the poster's reaction: theirs.
        (f'They changed it again. "{_SCAN}" That is what the terms say now.', [_SCAN]),
        (f'They changed it again. "{_SCAN}" Great.', [_SCAN]),
    ],
)  # fmt: skip
def test_review_40_thread(comment: str, found: list[str]) -> None:
    assert quotes_found(_thread(_NAMED, comment)) == [_LICENCE, *found]


_CLAUSE = (
    'Pixlo rewrote its terms of service. The terms say "Pixlo may use uploaded photos to train its tools".'
)
_TRAIN = "Pixlo may use uploaded photos to train its tools"


@pytest.mark.parametrize(
    ("after", "found"),
    [
        ('The company may soon "face a class action".', []),
        (
            'Photos may now "be kept for as long as Pixlo needs them".',
            ["be kept for as long as Pixlo needs them"],
        ),
    ],
)
def test_a_fragment_of_what_may_befall_the_company_is_no_terms(after: str, found: list[str]) -> None:
    units = (
        Unit("title", "title", "Pixlo rewrites its terms of service"),
        Unit("b0", "block", f"{_CLAUSE} {after}"),
    )
    assert quotes_found(units) == [_TRAIN, *found]
