"""A message about a terms document speaks for the company, not the document (tos_antecedents.message_after, role
other_source): "The privacy policy update email reads:", "Its policy change notification says:", "The update notice
tells users:", "The notice of changes says:", and in German news on terms changes "In der E-Mail an die Nutzer heißt
es", "In der Benachrichtigung steht" (GUIDELINES: emails, in-app notices and a company's explanations are no terms).
Real pages tell of such messages around the new wording (nationaltechnology.co.uk and gzeromedia.com on terms changes
explained in posts and emails; myletterlens.com and legalsgram.com on privacy policy change notices; oe24.at,
channelpartner.de, macerkopf.de and mimikama.at on a messenger's new terms announced by message, banner and info
page), and the same pages quote the terms themselves: those quotations keep their label. Every text here is written
for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

from annotations.detectors.tos_antecedents import message_after


@pytest.mark.parametrize(("title", "body"), [
    ("Filebox changes its privacy policy",
     "Filebox rewrote its privacy policy in March. The privacy policy update email reads: “We've changed our privacy "
     "policy. Tap here to read it.”"),
    ("Filebox changes its terms",
     "Filebox rewrote its terms in March. The terms update notice says: “We've changed our terms. Tap here to read "
     "them.”"),
    ("Filebox changes its privacy policy",
     "Filebox rewrote its privacy policy in March. Its policy change notification reads: “Nothing changes for you "
     "today.”"),
    ("Filebox changes its terms",
     "Filebox rewrote its terms in March. The terms of service email says: “You don't need to do anything.”"),
    ("Filebox changes its terms",
     "Filebox rewrote its terms in March. The terms of use video says: “Your files always stay yours.”"),
    ("Filebox changes its privacy policy",
     "Filebox rewrote its privacy policy in March. The privacy policy explainer says: “We never sell what you "
     "upload.”"),
    ("Filebox changes its terms",
     "Filebox rewrote its terms in March. The update notice tells users: “You don't need to do anything.”"),
    ("Filebox changes its terms",
     "Filebox rewrote its terms in March. The update notice says: “You don't need to do anything.”"),
    ("Filebox changes its terms",
     "Filebox rewrote its terms in March. The notice of changes says: “You don't need to do anything.”"),
])  # fmt: skip
def test_a_message_named_after_its_document_is_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    # The document or its change speaks for itself.
    ("Filebox changes its privacy policy",
     "Filebox rewrote its privacy policy in March. The privacy policy update says: “We keep deleted files for 30 "
     "days.”",
     ["We keep deleted files for 30 days."]),
    ("Filebox changes its terms",
     "Filebox rewrote its terms in March. The update says: “We may keep deleted files for 30 days.”",
     ["We may keep deleted files for 30 days."]),
    ("Filebox changes its privacy notice",
     "Filebox rewrote its privacy notice in March. The notice now says: “We keep deleted files for 30 days.”",
     ["We keep deleted files for 30 days."]),
    ("Filebox changes its privacy notice",
     "Filebox rewrote its privacy notice in March. The updated privacy notice says: “We keep deleted files for 30 "
     "days.”",
     ["We keep deleted files for 30 days."]),
    # A message named first, the document quoted after it.
    ("Filebox changes its terms",
     "Filebox told users about the change in an update email. The new terms of service state: “You grant us a "
     "licence to host your files.”",
     ["You grant us a licence to host your files."]),
])  # fmt: skip
def test_the_document_itself_keeps_its_words(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body"), [
    ("Filebox ändert Datenschutzerklärung",
     "Filebox hat im März seine Datenschutzerklärung geändert. In der E-Mail an die Nutzer heißt es: „Sie müssen "
     "nichts tun. Die Änderungen gelten ab April.“"),
    ("Filebox ändert Datenschutzerklärung",
     "Filebox hat im März seine Datenschutzerklärung geändert. In der Benachrichtigung heißt es: „Sie müssen nichts "
     "tun.“"),
    ("Filebox ändert Datenschutzerklärung",
     "Filebox hat im März seine Datenschutzerklärung geändert. In dem Schreiben heißt es: „Sie müssen nichts tun.“"),
    ("Filebox ändert Datenschutzerklärung",
     "Filebox hat im März seine Datenschutzerklärung geändert. In der App-Benachrichtigung steht: „Sie müssen nichts "
     "tun.“"),
])  # fmt: skip
def test_a_german_message_to_users_is_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Neue Regeln bei Chatly",
     "Chatly hat seine Nutzer per E-Mail über neue Nutzungsbedingungen informiert. In den neuen Bedingungen heißt es: "
     "„Chatly darf Metadaten mit Partnerfirmen teilen.“",
     ["Chatly darf Metadaten mit Partnerfirmen teilen."]),
    ("Neue Regeln bei Chatly",
     "Chatly hat seine Datenschutzerklärung geändert. Darin heißt es nun, Chatly dürfe die E-Mail-Adresse der Nutzer "
     "„an Werbepartner weitergeben“.",
     ["an Werbepartner weitergeben"]),
    ("Neue Regeln bei Chatly",
     "Chatly hat seine AGB geändert. Die AGB schreiben vor: „Nutzer müssen mindestens 16 Jahre alt sein.“",
     ["Nutzer müssen mindestens 16 Jahre alt sein."]),
    ("Neue Regeln bei Chatly",
     "Chatly hat seine Datenschutzerklärung geändert. In der neuen Fassung heißt es: „Wir dürfen Ihre Inhalte zur "
     "Verbesserung unserer Dienste nutzen.“",
     ["Wir dürfen Ihre Inhalte zur Verbesserung unserer Dienste nutzen."]),
])  # fmt: skip
def test_german_terms_named_beside_a_message_keep_their_words(
    title: str, body: str, found: list[str]
) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("The privacy policy update email reads", 18, True),
    ("The update notice says", 10, True),
    ("The notice of changes says", 10, True),
    ("The privacy policy update says", 18, False),
    ("The notice of the court says", 10, False),
    ("The policy notes that", 10, False),
])  # fmt: skip
def test_message_after(text: str, end: int, expected: bool) -> None:
    assert message_after(text, end) is expected
