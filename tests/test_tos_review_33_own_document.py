"""Review of own33's own-document rule (session 33): a page whose short heading is a document's name and whose first
paragraph of prose opens on "This privacy policy …" is the document itself only when that paragraph speaks as the
document does. A writer who makes the document's name a modifier of something else ("This privacy policy update
…", "Diese AGB-Änderung …") or speaks as "I" in that sentence ("This privacy policy is the worst I have read")
writes about the document: a forum thread or a blog post titled with its name, whose quotations stay quotations."""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.detectors.own_document import is_own_document
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


def _own(text: str) -> bool:
    return is_own_document(parse_text(text).units())


ABOUT_A_DOCUMENT = [
    (
        "Privacy Policy\n\nThis privacy policy is the worst I have read in years, and I have read a great many of them "
        "for my work.\n\nIt says “we may share your data with anyone we like” and nobody seems to mind.",
        ["we may share your data with anyone we like"],
    ),
    (
        "The New Privacy Policy\n\nThis privacy policy update from Quillo arrives a few weeks after regulators in "
        "Brussels opened an inquiry into the app.\n\nThe policy now states: “We may keep your data for five years "
        "after you leave.”",
        ["We may keep your data for five years after you leave."],
    ),
    (
        "Privacy Policy Explained\n\nThis privacy policy explainer walks you through what Quillo collects and what "
        "the company does with your data.\n\nThe policy says: “We collect your location when the app is open.”",
        ["We collect your location when the app is open."],
    ),
    (
        "Quillo AGB\n\nDiese AGB-Änderung von Quillo sorgt seit Montag für viel Ärger bei den Nutzern in ganz "
        "Deutschland und Österreich.\n\nDort heißt es nun: „Wir dürfen Ihre Fotos für das Training unserer Modelle "
        "verwenden.“",
        ["Wir dürfen Ihre Fotos für das Training unserer Modelle verwenden."],
    ),
    (
        "Nutzungsbedingungen\n\nDiese Nutzungsbedingungen habe ich am Wochenende ganz gelesen, und ich verstehe "
        "jetzt, warum sich so viele Leute aufregen.\n\nDort steht: „Wir dürfen Ihre Fotos ohne Vergütung für Werbung "
        "nutzen.“",
        ["Wir dürfen Ihre Fotos ohne Vergütung für Werbung nutzen."],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), ABOUT_A_DOCUMENT)
def test_a_writer_on_a_document_under_its_name_keeps_the_quotations(text: str, quotes: list[str]) -> None:
    assert not _own(text)
    assert _quotes(text) == quotes


DOCUMENTS = [
    "Quillo Terms of Service\n\nThese Terms of Service govern (i) your use of the Quillo app and (ii) every order "
    "you place through it, so please read them with care.\n\n1. We may close an account that sends spam to other "
    "members, with or without notice.",
    "Gebruiksvoorwaarden\n\nDeze gebruiksvoorwaarden gelden zodra je een account opent bij Quillo of de app op een andere "
    "manier gebruikt.\n\n1. Je mag de app niet gebruiken voor onwettige doeleinden.",
    "Privacy Policy\n\nThis Privacy Policy describes how Quillo collects, uses and shares your personal information "
    "when you use our app.\n\n1. We collect the photos you upload and the names you tag in them.",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_a_terms_page_of_its_own_stays_one(text: str) -> None:
    assert _own(text)
    assert _quotes(text) == []
