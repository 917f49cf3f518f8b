"""Rows from the styles read for tos-real-styles-23: pages that name a terms document and quote people —
spokespeople, regulators, company blog posts and FAQ answers — beside clauses relayed from the terms. Every
text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Zoomly changes its terms"


@pytest.mark.parametrize(("paragraph", "found"), [
    # The full stop inside the marks closed the quotation's sentence: the next sentence's speaker did not say it.
    ("The privacy policy says data is kept “for as long as necessary.” Zoomly's spokesperson said that means "
     "“no longer than 90 days.”", ["for as long as necessary."]),
    ("The terms say users “must be at least 16.” A spokesperson added that the age is new.",
     ["must be at least 16."]),
    # A comma inside the marks goes on to the speaker who closes the sentence.
    ("The privacy policy changed in May. “We keep data for as long as necessary,” Zoomly's spokesperson said.", []),
    ("The privacy policy changed in May. “We keep data for as long as necessary,” said Mara Jensen, its counsel.",
     []),
])  # fmt: skip
def test_a_quotation_that_closed_its_sentence_is_not_the_next_speakers(
    paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # Another source ABOUT the document speaks: an FAQ, a statement, a notice, a help article, a note.
    ("The company's FAQ on the new privacy policy says: “We don't use your messages for advertising.”", []),
    ("The EDPB's statement on the privacy policy said companies “must not bundle consent with the terms.”", []),
    ("In an FAQ about the terms of service, Zoomly explains that it “only uses data to improve the service.”", []),
    ("Zoomly sent users a notice about its new privacy policy: “We're updating our Privacy Policy on 1 May.”", []),
    ("The company's response to questions about the terms of service: “We comply with all applicable laws.”", []),
    ("The company's help centre article on the terms of service reads: “You can delete your data at any time.”", []),
    ("Zoomly ha spiegato in una nota sui termini di servizio che «nulla cambia per gli utenti».", []),
    # The company's explanation, clarification or note on the document, then "the company said" (techradar.com on
    # a software maker's terms change, in our words).
    ("In its explanation of the terms changes, Zoomly said, “To be clear, we need a narrow licence to run the app.”",
     []),
    ("In a clarification of the privacy policy, the company wrote: “Nothing changes for paying customers.”", []),
    ("In a note on the new terms of service, Zoomly said: “We never sell your recordings.”", []),
    # The document itself, or a numbered part of it, still hands over.
    ("Article 5 of the terms of service says users “must keep their password secret.”",
     ["must keep their password secret."]),
    ("In its updated privacy policy, Zoomly says it “may share your information with affiliates.”",
     ["may share your information with affiliates."]),
    ("On Reddit, users quoted the privacy policy: “We may share aggregated data with partners.”",
     ["We may share aggregated data with partners."]),
])  # fmt: skip
def test_a_source_about_the_document_speaks_not_the_document(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # Someone else is the subject: the participle after the document is theirs.
    ("Zoomly's chief executive defended the terms of service on Tuesday, saying the company “has always "
     "respected user privacy.”", []),
    ("The minister criticised the privacy policy, noting that users “had no real choice.”", []),
    # A company before it is no other source: its document's words.
    ("Zoomly changed its terms of service this month, noting that it “may use service data for any purpose.”",
     ["may use service data for any purpose."]),
])  # fmt: skip
def test_a_participle_after_the_document_is_its_subjects(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A company or a person named after a comma speaks last: what the colon hands over is their answer.
    (("Asked whether the privacy policy lets the company sell data, Zoomly said:",
      "“No. We have never sold personal data and never will.”"), []),
    (("Asked whether the new terms of service ban resale, the company replied:",
      "Resale has always been allowed and nothing changes."), []),
    # An aside the document's own verb goes on after: the document's words.
    (("The terms of service, Zoomly says, now read:", "We may suspend any account that breaks these rules."),
     ["We may suspend any account that breaks these rules."]),
    (("The privacy policy, Zoomly said, now states that it “may share data with affiliates”.",),
     ["may share data with affiliates"]),
])  # fmt: skip
def test_a_named_speaker_after_the_documents_clause_takes_the_colon(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A company or a person speaking before the document, with no verb of the document after it: their words.
    ("Zoomly responded to the criticism of its terms of service in a LinkedIn post: “We hear you.”", []),
    ("Here is what Zoomly told us about the new terms of use: “The update is about clarity, not new rights.”", []),
    # Inside the document, a piece of it passed on, or the document's own verb: the document's words.
    ("CashDey tells borrowers in its terms and conditions that “the Company may disclose your loan status”.",
     ["the Company may disclose your loan status"]),
    ("One Reddit user posted the relevant part of the terms of service: “We may suspend accounts without notice.”",
     ["We may suspend accounts without notice."]),
    ("Zoomly told users the privacy policy now reads: “We may share data with affiliates.”",
     ["We may share data with affiliates."]),
])  # fmt: skip
def test_a_speaker_before_the_document_keeps_the_quotation(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found
