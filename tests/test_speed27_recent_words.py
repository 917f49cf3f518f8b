"""The words of the texts asked about last (gate._text_words) are found by value within a paragraph, so that the
readers of one quotation, each cutting its lead-in anew, read its words once; forget_recent drops them, so that no
paragraph is answered from another that reads alike."""

from __future__ import annotations

from annotations.detectors import gate
from annotations.detectors.gate import OpeningWords, forget_recent
from annotations.detectors.tos_vocabulary import role_pattern


def _copy(text: str) -> str:
    """An equal text that is another object, as a new slice of a unit is."""
    copied = (text + "x")[:-1]
    assert copied == text and copied is not text
    return copied


def test_an_equal_text_is_read_once() -> None:
    forget_recent()
    lead = "Its privacy policy says "
    first = gate._text_words(lead)
    assert first is not None
    assert gate._text_words(_copy(lead)) is first


def test_forgotten_texts_are_read_again() -> None:
    lead = "Its privacy policy says "
    first = gate._text_words(lead)
    forget_recent()
    again = gate._text_words(_copy(lead))
    assert again is not first and again is not None and again.words == first.words  # type: ignore[union-attr]


def test_short_texts_are_judged_by_their_opening_words() -> None:
    """A short text without a phrase's opening words is not searched with the trie, and finds what the trie finds."""
    openers = OpeningWords(["privacy policy", "terms of service"])
    for text, holds in (
        ("Its privacy policy says ", True),
        ("we may share your data with partners", False),
        ("the Terms  of Service", True),
        ("privacy", False),
    ):
        forget_recent()
        assert openers.may_hold_recent(text) is holds
    document = role_pattern("document")
    for text, spans in (
        ("Its privacy policy says ", [(4, 18)]),
        ("we may share your data", []),
        ("per its Terms of Service,", [(8, 24)]),
        ("the terms of service", [(4, 20)]),
        ("privacy", []),
    ):
        forget_recent()
        assert [match.span() for match in document.finditer(text)] == spans
