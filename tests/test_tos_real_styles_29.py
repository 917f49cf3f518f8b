"""Rows from the styles read for tos-real-styles-29: quotations near a terms document that are not its wording — a text
message a lender sent, an email's subject line, an in-app notice about the new terms, a purpose someone gives for a
clause, a thing the writer names after "a" in a sentence about what the terms now require — beside the terms' own
wording in the same places. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Pesaflow changes its terms"


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A text sent or received is a phone message, however close the terms are.
    (("The terms and conditions of several loan apps let lenders reach a borrower's contacts. One text sent to a "
      "borrower's sister read: “Tell your brother to repay Pesaflow today before we act.”",), []),
    (("Pesaflow's loan agreement lets it contact borrowers' friends. The text received by her neighbour said: "
      "“Your contact owes us money, please remind him.”",), []),
    # The document's own text, a part of it, stays the document's.
    (("Pesaflow's loan agreement is nine pages long. The text says: “We may contact people saved in your phone if "
      "a repayment is late.”",),
     ["We may contact people saved in your phone if a repayment is late."]),
    (("Pesaflow's terms and conditions changed in May. One line reads: “We may share your repayment history with "
      "credit bureaus.”",),
     ["We may share your repayment history with credit bureaus."]),
])  # fmt: skip
def test_a_text_someone_sent_is_not_the_documents_text(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # An email's subject line names the policy as a headline does: the message's words.
    (("Streamly updated its privacy policy in March. The email's subject line read “We're updating our privacy "
      "policy”.",), []),
    (("Streamly updated its privacy policy in March. Its subject line said “Changes to our terms of service”, and "
      "most people deleted it.",), []),
    # "The last line" of the policy is the policy's.
    (("Streamly updated its privacy policy in March. The last line reads “We may update this policy at any time.”",),
     ["We may update this policy at any time."]),
])  # fmt: skip
def test_a_subject_line_is_the_messages(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A pop-up about the new terms: "the notice" after it is the pop-up, the terms it is about notwithstanding.
    (("Users woke up to an in-app notice on Monday about Kopa's new terms of service.",
      "“Kopa is updating its terms and privacy policy,” the notice read."), []),
    (("A banner appeared on Tuesday regarding the updated privacy policy. “Tap to review what's new,” the notice said.",),
     []),
    # A pop-up that links to a privacy notice, then that notice: the document's words.
    (("A pop-up on Monday linked to Kopa's new privacy notice. “We may share trip data with insurers,” the notice "
      "reads.",), ["We may share trip data with insurers,"]),
    # A document named again after the pop-up's sentence is what "the notice" stands for.
    (("Users saw a pop-up about Kopa's new terms of service. Kopa has also published a new privacy notice.",
      "“We may keep trip records for five years,” the notice reads."), ["We may keep trip records for five years,"]),
])  # fmt: skip
def test_a_notice_on_screen_about_the_terms_is_the_message(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # What a clause or the terms are for, as someone explains it, is no wording of theirs.
    ("Nuvo's terms of service changed. Nuvo said the clause had been added to “protect our community from scams”.", []),
    ("Nuvo's terms of service changed. The new terms, Nuvo says, were designed to “give people more control”.", []),
    ("Les conditions d'utilisation de Nuvo ont changé. Elles ont été conçues pour « protéger les plus jeunes ».", []),
    # Wording a clause was changed to, or that the terms say, stays theirs.
    ("Nuvo's terms of service changed. The clause was changed to “We may suspend accounts without notice”.",
     ["We may suspend accounts without notice"]),
    ("Nuvo's terms of service were updated. They now say Nuvo may use uploads “to improve our moderation tools”.",
     ["to improve our moderation tools"]),
])  # fmt: skip
def test_a_purpose_given_for_a_clause_is_not_its_wording(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A short quotation after "a" in the writer's sentence names a thing the terms bring: a fee, a course, a check.
    (("Nuvo's new terms took effect on Monday. Borrowers must now pay a “convenience fee” of 5% on each loan.",), []),
    (("Nuvo's new terms of service took effect. Drivers must now complete a “safety course” first.",), []),
    (("Die Nutzungsbedingungen von Nuvo haben sich geändert. Nutzer müssen jetzt eine „Gebühr für Eilzahlungen“ "
      "entrichten.",), []),
    # A licence users grant, or data the company keeps, after "a" is the terms' wording.
    (("Nuvo's new terms took effect on Monday. Users must now grant Nuvo a “perpetual, worldwide licence” to their "
      "posts.",), ["perpetual, worldwide licence"]),
    (("Nuvo's new privacy policy took effect on Monday. Nuvo now collects a “precise location history” from every "
      "phone.",), ["precise location history"]),
    # A longer fragment after "a" binds as a clause does.
    (("Nuvo's new terms took effect on Monday. Users must now keep a “record of every payment made through the app” "
      "for six months.",), ["record of every payment made through the app"]),
])  # fmt: skip
def test_a_thing_the_writer_names_after_an_article_is_not_a_clause(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found
