"""Wording beside a document's name that is not the document's: a spokesperson's or the company's account of what
the terms hold ("A spokesperson said that the updated policy contains “…”"), what a law requires of a privacy policy
("Under Article 12 of the GDPR, the privacy policy “shall …”"), the items a law lists under a lead-in ("…, which
provides that the controller shall give the following:"), and "the provision of the required information" (a
supplying, no clause). The document's own wording beside them stays its own."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


PAGE = "Pellmark rewrites its rules\n\nPellmark changed its terms of service and its privacy policy this week.\n\n{body}\n"

NOT_THE_DOCUMENT = [
    "A spokesperson said that the updated policy contains “only the ordinary rules for a photo service”.",
    "The company insisted the new terms were “nothing out of the ordinary for the sector”.",
    "Its lawyer told reporters on Monday that the terms held “no surprises for careful readers”.",
    "Under Article 12 of the GDPR, the privacy policy “shall be given in a short and plain form”.",
    "The GDPR requires that a privacy notice “be written in clear and plain language”.",
    "The guide reminds firms to take “fitting technical steps” in relation to the provision of the required information.",
]


@pytest.mark.parametrize("body", NOT_THE_DOCUMENT)
def test_a_speakers_account_or_a_laws_wording_is_no_terms_quote(body: str) -> None:
    assert _quotes(PAGE.format(body=body)) == []


THE_DOCUMENT = [
    (
        "Critics point out that the terms give Pellmark “a lasting licence to every upload”.",
        ["a lasting licence to every upload"],
    ),
    (
        "The company updated the terms on Monday, and the terms now give Pellmark “the right to reuse any upload”.",
        ["the right to reuse any upload"],
    ),
    (
        "In its decision, the regulator noted that Pellmark's privacy policy told users their photos would stay "
        "“private to you and your friends”.",
        ["private to you and your friends"],
    ),
    (
        "Under the GDPR, Pellmark's privacy policy says users “may object to profiling at any time”.",
        ["may object to profiling at any time"],
    ),
    (
        "The new privacy policy reads: “We may keep your photos for two years.”",
        ["We may keep your photos for two years."],
    ),
    (
        "The provision of the terms that drew most anger says Pellmark may “reuse any upload in adverts”.",
        ["reuse any upload in adverts"],
    ),
]


@pytest.mark.parametrize(("body", "expected"), THE_DOCUMENT)
def test_the_documents_own_wording_stays(body: str, expected: list[str]) -> None:
    assert _quotes(PAGE.format(body=body)) == expected


LIST_PAGE = (
    "What a privacy notice must hold\n\nPellmark's privacy notice runs to forty pages. This follows from Article 13 "
    "of the GDPR, which provides that the controller shall give the following:\n\n"
    "- the identity and the contact details of the controller;\n"
    "- the purposes of the processing the personal data are meant for.\n"
)

CLAUSE_PAGE = (
    "What a privacy notice holds\n\nPellmark's privacy notice runs to forty pages, written for the GDPR. "
    "Its opening section states the following:\n\n"
    "- We collect the photos you upload and the names you tag;\n"
    "- We may share your contact details with our payment partner.\n"
)


def test_items_a_law_provides_under_a_lead_in_are_no_clauses() -> None:
    assert _quotes(LIST_PAGE) == []


def test_items_the_document_states_under_a_lead_in_stay_clauses() -> None:
    assert _quotes(CLAUSE_PAGE) == [
        "We collect the photos you upload and the names you tag;",
        "We may share your contact details with our payment partner.",
    ]


POINTED = (
    "Pellmark adds a cancellation fee\n\nPellmark members were asked to accept new terms on Monday.\n\n"
    "{lead}\n\nWhere a buyer could not bargain over it and it leans against them, a term has no effect.\n\n"
    "Pellmark did not answer questions.\n"
)


def test_a_provision_pointing_back_to_a_law_sets_off_the_laws_text() -> None:
    lead = "Advocates point to the unfair terms rules of the Australian Consumer Law. The relevant provision says:"
    assert _quotes(POINTED.format(lead=lead)) == []


@pytest.mark.parametrize(
    "lead",
    [
        "The Australian Consumer Law is strict, but Pellmark's terms of service go their own way. "
        "The relevant provision says:",
        "Members were surprised by the new terms of service. The relevant provision says:",
    ],
)
def test_a_provision_pointing_back_to_the_terms_stays_theirs(lead: str) -> None:
    assert _quotes(POINTED.format(lead=lead)) == [
        "Where a buyer could not bargain over it and it leans against them, a term has no effect."
    ]
