"""A company's notice of a change, quoted or pasted, is no terms (tos_notice_wording): pages quote the banner under a
screenshot's caption or paste the email a user received, and it names the document as a thing apart ("We have made
some updates to our Terms of Service", "read the updated terms", "within 30 days of receiving this email"). The
patterns of https://blog.wincenworks.com/2024/10/19/x-nee-twitters-terms-of-service, https://vuink.com (Roku's
dispute terms) and https://anglocelticconnections.ca/2023/12/07/giving-up-rights-to-23andme. Clauses that speak of
their own changes ("We may update these Terms") stay found. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_notice_wording import announces_change

TITLE = "Fenwick changes its terms again"

_units = partial(page_units, title=TITLE)

NOTICES = [
    # A notice pasted under a paragraph about the update, with no lead-in; the writer's line after it stays the writer's.
    (
        "Over the weekend Fenwick pushed a mandatory update to its terms of service. Owners can accept it or stop "
        "using the TV.",
        "Many owners are angry about the arbitration clause, though it has been there since 2021.",
        "We wanted to tell you that we have made changes to our Dispute Terms, which explain how you can settle "
        "disputes with Fenwick. We encourage you to read the updated Dispute Terms. By continuing to use our devices, "
        "you agree to these updated terms.",
        "You can still opt out by letter.",
    ),
    # Set off under a colon: the notice asks users to read the terms, it is not them.
    (
        "Fenwick's terms of service changed on Monday, and owners must accept them to keep watching:",
        "We encourage you to read the updated Terms of Service. If you keep using your TV after 3 March, you agree "
        "to the new terms.",
        "Owners can still opt out by letter.",
    ),
    # Quoted inline as the company's words about its own change.
    (
        "Under the new terms of service, Fenwick says “we've updated our Privacy Policy to explain how we use viewing data.”",
    ),
]

CLAUSES = [
    # The terms on their own changes: a clause, found as before.
    (
        (
            "Fenwick's terms of service now state: \"We may update these Terms at any time, and your continued use of "
            'the service means you accept them."',
        ),
        [
            "We may update these Terms at any time, and your continued use of the service means you accept them."
        ],
    ),
    # A clause that refers to another document by name.
    (
        (
            'The revised terms of service say: "Your use of the app is also subject to our Privacy Policy, which we '
            'may change from time to time."',
        ),
        ["Your use of the app is also subject to our Privacy Policy, which we may change from time to time."],
    ),
]

WORDING = [
    ("We have made some updates to our Terms of Service.", True),
    ("we’ve updated our privacy policy to explain how we use cookies", True),
    ("We're updating our Terms of Use on 1 May.", True),
    ("We launched updates to our Terms of Service today.", True),
    ("We encourage you to read the revised Fenwick Terms in full.", True),
    ("Tell us within 30 days of receiving this email.", True),
    ("We may update these Terms from time to time.", False),
    ("If we make changes to these Terms, we will notify you.", False),
    ("You should review this Privacy Policy periodically.", False),
    ("We have the right to change the service at any time.", False),
]


@pytest.mark.parametrize("paragraphs", NOTICES)
def test_a_companys_notice_of_a_change_is_no_terms(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(_units(*paragraphs)) == []


@pytest.mark.parametrize(("paragraphs", "expected"), CLAUSES)
def test_a_clause_on_its_own_changes_is_still_found(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize(("wording", "expected"), WORDING)
def test_notice_wording_is_told_from_clause_wording(wording: str, expected: bool) -> None:
    assert announces_change(wording) is expected


# Only a document compared with is named before the quotation ("Like most terms of service documents, …"): the
# attribution reads no document there instead of failing (https://mindgruve.com/blog/social-media/the-instagram-terms-debacle).
COMPARED_ONLY = [
    (
        "Like most Terms of Service documents, Fenwick’s updates were lengthy, but there was a key section in "
        "particular that ignited the angry frenzy. “To fund the free tier,” it read, “you agree that sponsors may show "
        "your photos next to their products without paying you.”",
        "you agree that sponsors may show your photos next to their products without paying you.",
    ),
    (
        "Like most terms of service documents, Fenwick’s updates were long. “To fund the free tier,” it read, “you "
        "agree that sponsors may show your photos without paying you.”",
        "you agree that sponsors may show your photos without paying you.",
    ),
]


@pytest.mark.parametrize(("paragraph", "clause"), COMPARED_ONLY)
def test_a_lead_naming_only_documents_compared_with_is_read_without_failing(
    paragraph: str, clause: str
) -> None:
    assert clause in quotes_found(_units(paragraph))
