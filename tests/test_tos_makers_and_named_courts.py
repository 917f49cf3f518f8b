"""People named by what they do with a document ("the writer of a privacy statement", "critics of the new terms")
and courts named without the word "court" ("the Ninth Circuit", "the CJEU") speak their own words, not the
document's. Pages of this shape: a privacy lawyer's blog on writing privacy statements (privacylawyer.ca), a
class-action news site on an appeals ruling about a privacy policy (insideclassactions.com). Every text here is
written for the test. A guide to reading privacy policies (commondataproject.org) lists what "most" policies say."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_TITLE = "Notes on privacy policies"
_LEAD = "I have read a great many privacy statements over the years.\n\n"


def _quotes(text: str) -> list[str]:
    return article_quotes(_TITLE, _LEAD + text)


@pytest.mark.parametrize("text", [
    "The first thing the writer of a privacy statement has to ask is, “who will actually read this?”",
    "The authors of the privacy policy say “we worked hard to keep it short”.",
    "A reader of the new privacy policy says “it is far too long to follow”.",
    "Critics of the new terms say “nobody reads them before clicking”.",
    "The team behind the terms of service told us “we rewrote every section in plain words”.",
    "The appeals court sided with Plumo. It relied on the Privacy Policy’s disclosure. The Ninth Circuit emphasized "
    "that “a contract that defines a word binds the reader to that meaning”.",
    "Plumo’s privacy policy was at issue. The CJEU stressed that “consent must be given freely and for each purpose”.",
    "The terms of use were challenged. Justice Rao noted that “the clause is buried on page forty”.",
])  # fmt: skip
def test_makers_and_courts_speak_their_own_words(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("The privacy policy says “we never sell your data to anyone”.", ["we never sell your data to anyone"]),
    ("The authors of the report point out that the privacy policy says “we keep your messages for ten years”.",
     ["we keep your messages for ten years"]),
    ("The appeals court sided with Plumo. The Privacy Policy emphasizes that “we may use your activity in other "
     "apps”.", ["we may use your activity in other apps"]),
])  # fmt: skip
def test_the_document_still_speaks(text: str, found: list[str]) -> None:
    assert _quotes(text) == found


_LIST = (
    "\n\n  • To operate the app and ensure the technical functioning of the app\n"
    "  • To customize content and advertising on every page\n\nThat is the gist of it."
)


@pytest.mark.parametrize("lead", [
    "Most privacy policies also list the reasons for doing so. The main ones are:",
    "Many privacy policies also list the reasons for doing so. The most common are:",
])  # fmt: skip
def test_a_list_under_documents_in_general_is_the_writers(lead: str) -> None:
    """A bare lead-in after documents in general (commondataproject.org's guide to reading privacy policies)."""
    assert _quotes(lead + _LIST) == []


def test_a_list_under_one_companys_document_is_its_clauses() -> None:
    lead = "Plumo’s privacy policy also lists the reasons for doing so. The main ones are:"
    assert _quotes(lead + _LIST) == [
        "To operate the app and ensure the technical functioning of the app",
        "To customize content and advertising on every page",
    ]
