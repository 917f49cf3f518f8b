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


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A law as the sentence's matter: its wording, whatever the sentence binds.
    (("Nuvo's privacy policy changed in May. The GDPR is clear: consent must be “freely given”.",), []),
    (("Nuvo's privacy policy changed in May. Under the Privacy Act 1988, organisations must take “reasonable steps to "
      "protect the data they hold”.",), []),
    # A law some other words name, and the company's update binding: the terms'.
    (("Nuvo's privacy policy changed in May. Under the update, Nuvo may “keep your photos for a year after you "
      "leave”.",), ["keep your photos for a year after you leave"]),
    # What a law or a guide requires a policy to contain is the requirement's wording.
    (("Your privacy policy must now include “the categories of recipients” of personal data, as the new rules "
      "require.",), []),
    (("Nuvo's privacy policy now lists “the categories of recipients” of personal data.",),
     ["the categories of recipients"]),
    # Wording given as what terms in general hold.
    (("Most terms of service contain some version of “we are not liable for anything”, but courts do not always "
      "agree.",), []),
])  # fmt: skip
def test_a_law_a_requirement_or_a_generic_example_is_not_the_terms(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # The company's email, set off under a lead-in that names it, is the email.
    (("Nuvo's new terms of service are out.", "Here is what the company told users in its email:",
      "We are updating our terms to reflect new features. You do not need to do anything."), []),
    (("Nuvo's new terms of service are out.", "Here is what the new terms say:",
      "We may suspend your account at any time if you break these terms."),
     ["We may suspend your account at any time if you break these terms."]),
    # "It" after a sentence whose subject is the company, with a past-tense verb of saying, is the company.
    (("Nuvo published new terms on Monday. It promised users “more control than ever before”.",), []),
    (("Nuvo published new terms on Monday. It said users would get “more control than ever before”.",), []),
    (("Nuvo published new terms on Monday. It says users must “agree to settle disputes by arbitration”.",),
     ["agree to settle disputes by arbitration"]),
    (("The old terms were published in 2019. It said Nuvo may “share data with partners”.",),
     ["share data with partners"]),
    # The company confirming what the terms bind is the company's account of them.
    (("Nuvo's privacy policy changed in May. Nuvo may now use posts to train its “large language models”, the "
      "company confirmed.",), []),
    (("Nuvo's privacy policy changed in May. Nuvo may now use posts to train its “large language models”.",),
     ["large language models"]),
])  # fmt: skip
def test_the_company_speaking_about_its_terms_is_not_the_terms(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A colon inside quotation marks is the quotation's: no lead-in to the words after it.
    ("Nuvo's privacy policy changed in May. A banner reads “Update: new terms apply from June” at the top of the app.",
     []),
    ("Nuvo's privacy policy now has a “Last updated: 4 May 2024” line at the top.", ["Last updated: 4 May 2024"]),
    ("Nuvo's terms of service say: “Note: we may suspend accounts without notice.”",
     ["Note: we may suspend accounts without notice."]),
])  # fmt: skip
def test_a_colon_inside_a_quotation_leads_to_nothing_after_it(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A banner or a tagline on or above the document speaks, not the document.
    ("The banner above Nuvo's privacy policy promises that Nuvo “puts people first”.", []),
    ("A tagline on Nuvo's terms page says the app is “built for trust”.", []),
    ("The first line of Nuvo's privacy policy promises that Nuvo “will never sell your personal data”.",
     ["will never sell your personal data"]),
    # What a finding says the document failed to give or lacked is the finding's wording.
    ("Investigators said Nuvo's privacy policy failed to give users “adequate notice” of the change.", []),
    ("The court found that Nuvo's terms of service did not provide “clear and conspicuous” disclosure.", []),
    # A quotation further on, after what the document lacks, is still the document's.
    ("Nuvo's privacy policy does not give users a way to object, but it does say Nuvo may “sell aggregated data to "
     "partners”.", ["sell aggregated data to partners"]),
    ("Nuvo's privacy policy gives users “30 days to object” before the change applies.", ["30 days to object"]),
])  # fmt: skip
def test_a_banner_over_the_document_or_a_finding_of_what_it_lacks_is_not_its_wording(
    paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


_IN_FORCE = "Nuvo's new terms of service took effect on Monday."


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A short fragment in the writer's sentence of what users must now do, holding none of the nouns terms deal in,
    # is the writer's idiom or scare quote.
    ((_IN_FORCE, "Users must now “think twice” before posting anything."), []),
    ((_IN_FORCE, "Creators must now give Nuvo “the lion's share” of ad revenue."), []),
    ((_IN_FORCE, "Parents must now “stay vigilant” about what their children share."), []),
    ((_IN_FORCE, "Users must now accept “whatever Nuvo decides”, critics say."), []),
    # With such a noun, or longer, or in a script the list does not read, it stays the terms' wording.
    ((_IN_FORCE, "Users must now accept “binding arbitration” for every dispute."), ["binding arbitration"]),
    ((_IN_FORCE, "Users must now hand over “precise location data” while the app is open."), ["precise location data"]),
    ((_IN_FORCE, "Creators must now give Nuvo “a worldwide licence” to their videos."), ["a worldwide licence"]),
    (("I nuovi termini di servizio di Nuvo sono in vigore da lunedì.",
      "Gli utenti devono ora consegnare “dati di posizione” a Nuvo."), ["dati di posizione"]),
])  # fmt: skip
def test_a_short_idiom_in_a_sentence_of_duties_is_the_writers(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found
