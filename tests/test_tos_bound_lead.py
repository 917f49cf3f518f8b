"""A paragraph ending on a bare colon that names no document ("One change stands out:", "On commence en douceur :"),
on a page that names one: the paragraph set off below it is the document's clause when it binds as terms do, past a
heading line; not when the lead is someone else's or the writer's summary, nor when the paragraph below binds nobody
or opens on someone else (tos_bound.bound_lead). Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "Pebblo's seller agreement, read so you don't have to"
TERMS = "Pebblo rewrote its seller agreement in April. Most of it is routine."

_units = partial(page_units, title=TITLE)

MATCHES = [
    (
        (TERMS, "One change stands out:", "You must answer every buyer message within two working days."),
        ["You must answer every buyer message within two working days."],
    ),
    (
        (TERMS, "And then this:", "You waive any claim against Pebblo for listings lost in an outage."),
        ["You waive any claim against Pebblo for listings lost in an outage."],
    ),
    # A heading line between the colon and the clause.
    (
        (
            TERMS,
            "Then there is more:",
            "Your photos",
            "You grant Pebblo a royalty-free licence over every photo in a listing.",
        ),
        ["You grant Pebblo a royalty-free licence over every photo in a listing."],
    ),
    (
        (
            "Les conditions générales de Pebblo ont changé en avril.",
            "On commence en douceur :",
            "Vous renoncez à toute action collective contre Pebblo.",
        ),
        ["Vous renoncez à toute action collective contre Pebblo."],
    ),
]

NO_MATCH = [
    # Someone else's lead, and the writer's own summary.
    (
        TERMS,
        "A spokesperson put it this way:",
        "You must answer every buyer message within two working days.",
    ),
    (TERMS, "Here is what changed:", "You must now answer every buyer message within two working days."),
    # The paragraph below binds nobody, or opens on someone else, or asks.
    (TERMS, "One change stands out:", "The new deadline for your replies is two working days."),
    (TERMS, "One change stands out:", "Critics say you must now answer within two working days."),
    (TERMS, "One change stands out:", "So you must answer every message within two working days?"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_a_binding_paragraph_under_a_bare_colon_is_the_documents(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCH)
def test_a_paragraph_under_someone_elses_colon_or_binding_nobody_is_left_alone(
    paragraphs: tuple[str, ...],
) -> None:
    assert quotes_found(_units(*paragraphs)) == []


def test_a_quotation_under_a_bare_colon_binding_nobody_is_left_alone() -> None:
    """Under a bare colon, a quotation set off alone is the document's only when it binds (bound_run): the
    company's reassurance is not."""
    units = _units(
        TERMS, "The company explains the following:", "“Nothing about how we treat sellers has changed.”"
    )
    assert quotes_found(units) == []


def test_a_bare_colon_on_a_page_naming_no_document_hands_over_to_nothing() -> None:
    units = page_units(
        "Pebblo held its seller day in April.",
        "One change stands out:",
        "You must answer every buyer message within two working days.",
        title="Pebblo's seller day",
    )
    assert quotes_found(units) == []


# Under a bare colon, a paragraph that opens on a clause's own number reads as the clause with no binding word; a
# bullet, which the writer's own lists use as often, does not; and the paragraph after, opening on the writer's
# opinion or an interjection, is the writer's even in "you" or "we" (tos_blocks.continues_block).
@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "(ii) The licence lets sellers list goods only from their own registered shop.",
            ["The licence lets sellers list goods only from their own registered shop."],
        ),
        (
            "7.3 Pebblo keeps a copy of every message sent through the app.",
            ["Pebblo keeps a copy of every message sent through the app."],
        ),
        ("• Pebblo keeps a copy of every message sent through the app.", []),
        ("(ii) I would never sell anything under rules like these.", []),
    ],
)
def test_a_numbered_clause_under_a_bare_colon_reads_as_the_documents(
    clause: str, expected: list[str]
) -> None:
    assert quotes_found(_units(TERMS, "One change stands out:", clause, "That is a big change.")) == expected


@pytest.mark.parametrize(
    "after",
    [
        "In our view, clauses of this kind remain risky for your shop.",
        "Bon, là, on annonce la couleur : pas question de revendre vos articles.",
    ],
)
def test_an_opinion_after_a_set_off_clause_is_the_writers(after: str) -> None:
    clause = "You must answer every buyer message within two working days."
    found = quotes_found(_units(TERMS, "One change stands out:", clause, after))
    assert found == [clause]


@pytest.mark.parametrize(("lead", "clause", "found"), [
    # A law's text set off under a lead that names the law: not a company's document.
    ("The statute is blunt:",
     "(ii) A controller shall erase personal data without undue delay where the data are no longer needed.", []),
    ("Article 17 GDPR reads in part:",
     "(a) the personal data are no longer necessary in relation to the purposes for which they were collected;", []),
    # A numbered part of the document, or the document itself, still hands over.
    ("Article 5 of the terms of service reads in part:", "(a) you may not copy the service or sell access to it;",
     ["you may not copy the service or sell access to it;"]),
    ("The new terms are blunt:", "(ii) Zoomly may erase your content without notice where your account is closed.",
     ["Zoomly may erase your content without notice where your account is closed."]),
])  # fmt: skip
def test_a_law_set_off_under_its_own_lead_is_no_document(lead: str, clause: str, found: list[str]) -> None:
    units = page_units(lead, clause, title="What the new privacy policy changes for users")
    assert quotes_found(units) == found
