"""The paragraph after a clause set off as its own block is the writer's, not more of the clause, when it exclaims
("Just by uploading them! In other words, “…”", a photo agency's blog under a magazine's terms), when it speaks of the
company from outside ("Email them before May 15th or you're bound for good.", a forum PSA under an arbitration
opt-out) or when only a date's "May" made it bind ("Users who joined before May 2023 are covered too."). A clause that
goes on in the terms' voice stays one, also when its "they" stands for partners or members it names."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


OPT_OUT = (
    "You may reject this arbitration agreement by emailing us within 30 days of first accepting these Terms."
)
LICENCE = (
    "By uploading any photo you grant us a perpetual, royalty-free licence to use it in any publication."
)
SHARING = "We share your device identifiers with advertising partners so that they can measure our campaigns."

PAGE = "Pellmark's new terms\n\nPellmark has changed its terms of service. The relevant bit, copied from the terms:\n\n{clause}\n\n{after}\n"


@pytest.mark.parametrize(
    ("clause", "after"),
    [
        (
            LICENCE,
            "Just by uploading them! In other words, “thanks for the pictures, you will not see them again.”",
        ),
        (LICENCE, "Just by uploading them! You keep nothing and we keep everything."),
        (OPT_OUT, "Email them before May 15th or you're bound for good."),
        (OPT_OUT, "Send them the email today, you won't get another chance."),
        (OPT_OUT, "They really don't want you to know about this."),
        (SHARING, "Users who joined before May 2023 are covered too."),
    ],
)
def test_the_writers_paragraph_after_a_clause_is_not_the_clause(clause: str, after: str) -> None:
    assert _quotes(PAGE.format(clause=clause, after=after)) == [clause]


@pytest.mark.parametrize(
    ("clause", "after"),
    [
        (SHARING, "Advertising partners may set cookies on your device. They may use these to show you ads."),
        (SHARING, "Other members may see your posts, and they may share them with people outside Pellmark."),
        (SHARING, "You may ask us to stop sharing your identifiers with them at any time."),
        (OPT_OUT, "IMPORTANT! Your email must include your username and say that you decline arbitration."),
        (OPT_OUT, "You may also opt out by letter, which must reach us by 31 May."),
    ],
)
def test_a_clause_that_goes_on_stays_the_clause(clause: str, after: str) -> None:
    assert _quotes(PAGE.format(clause=clause, after=after)) == [clause, after]


@pytest.mark.parametrize(
    ("after", "quote"),
    [
        (
            "In other words, the terms say you “waive any claim for lost photos.”",
            "waive any claim for lost photos.",
        ),
        (
            "The terms also say that “we may sell prints of any photo you upload.”",
            "we may sell prints of any photo you upload.",
        ),
    ],
)
def test_a_quotation_the_terms_are_said_to_hold_stays_theirs(after: str, quote: str) -> None:
    assert _quotes(PAGE.format(clause=LICENCE, after=after)) == [LICENCE, quote]
