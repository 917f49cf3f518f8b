"""Documents in general are no company's terms: "Most privacy policies say …", "the ideal privacy policy is one that
says …", "A typical privacy policy says …", "La plupart des conditions d'utilisation indiquent …". A quantifier or a word
of kind right before the document's name makes the quotation the writer's idea of such documents (tos_generic). Pages of
this shape: explainers and blogs on privacy policies in general (eliminatemydata.com, techdirt.com, renogeek.com).
Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text

_TITLE = "What you agree to when you tap Accept\n\nA guide to the fine print of apps and sites.\n\n"


def _quotes(text: str) -> list[str]:
    return [note.text for note in annotate(parse_text(_TITLE + text)).annotations if note.kind == "tos_quote"]


@pytest.mark.parametrize("text", [
    "Most privacy policies actually say the reverse: “we gather your details and pass them to our partners.”",
    "Many privacy policies state that “we may pass your details to carefully chosen partners”.",
    'The "ideal" privacy policy would be one that says "we keep nothing and sell nothing".',
    "A typical privacy policy says “we may keep your details for as long as we need them”.",
    "Most online terms of service say “we may end your account at any time”.",
    "La plupart des conditions d'utilisation indiquent que « nous pouvons transmettre vos données à nos partenaires ».",
    "Die meisten Datenschutzerklärungen sagen: „Wir dürfen Ihre Daten an Partner weitergeben.“",
])  # fmt: skip
def test_documents_in_general_are_no_terms(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("Plumo's privacy policy says “we may pass your details to carefully chosen partners”.",
     ["we may pass your details to carefully chosen partners"]),
    ("Unlike most privacy policies, Plumo's policy says “we keep nothing for longer than a month”.",
     ["we keep nothing for longer than a month"]),
    ("Most of Plumo's terms say “we may end your account at any time”.",
     ["we may end your account at any time"]),
])  # fmt: skip
def test_a_companys_document_keeps_its_clauses(text: str, found: list[str]) -> None:
    assert _quotes(text) == found
