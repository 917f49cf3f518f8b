"""Speed changes that must change no answer: a role's phrases found in one scan, and patterns compiled only
when first needed (speed20, session 35)."""

from __future__ import annotations

import random
import re

import pytest

from annotations.detectors import dispatched as dispatched_module
from annotations.detectors import tos_vocabulary
from annotations.detectors.dispatched import WORD_START, Dispatched
from annotations.detectors.tos_vocabulary import Words, documents, holds_phrase, role_pattern, role_phrases
from annotations.knowledge import vocabulary
from tests.test_tos_opening_words import _ROLES, _spans, _windows

_TEXTS = [
    "",
    " says ",
    " now lets the company keep your photos",
    ", you agree to arbitration",
    "the terms, they say, grant a licence",
    "nothing here at all",
    "permitted",
    "a, you",
    ", vous acceptez",
]


@pytest.mark.parametrize("role", ["effect_verb", "attributed_subject", "document_link"])
@pytest.mark.parametrize("text", _TEXTS)
def test_holds_phrase_is_any_phrase_in_the_folded_text(role: str, text: str) -> None:
    folded = text.casefold()
    assert holds_phrase(folded, role) == any(phrase in folded for phrase in role_phrases(role))


def test_a_dispatched_pattern_is_compiled_whole_only_when_asked_for() -> None:
    scanner = Dispatched(
        [("fine", r"fined?"), ("pay", r"ordered\s+to\s+pay")], re.IGNORECASE, prefix=WORD_START
    )
    assert scanner._whole is None
    text = "The firm was FINED and ordered to  pay; refined oil."
    found = [match.span() for match in scanner.finditer(text)]
    assert found == [match.span() for match in scanner.pattern.finditer(text)]
    assert scanner._whole is scanner.pattern
    assert dispatched_module.Dispatched.pattern.__doc__


def test_document_patterns_are_the_entries_with_a_pattern_compiled_ignoring_case() -> None:
    known = documents("document")
    entries = [
        entry for entry in tos_vocabulary.vocabulary(tos_vocabulary.TOS).role("document") if entry.pattern
    ]
    assert [entry for _pattern, entry in known.by_pattern] == entries
    assert all(pattern.flags & re.IGNORECASE for pattern, _entry in known.by_pattern)
    assert known.by_pattern is documents("document").by_pattern  # compiled once


# Every fifth role with a trie, the documents among them (each role takes a few milliseconds).
_LAZY_ROLES = sorted({"document", "other_source", "speaker", *_ROLES[::5]})


def _lazy(role: str) -> tuple[Words, Words]:
    """A role's words with its trie made only when a text may hold a phrase, and the same searched always."""
    words = role_pattern(role)
    trie = words.trie
    return Words(None, words.rest, words.needles, words.opening, lambda: trie), Words(
        trie, words.rest, words.needles
    )


@pytest.mark.parametrize("role", _LAZY_ROLES)
def test_a_trie_made_when_first_needed_finds_what_the_trie_finds(role: str) -> None:
    phrases = [phrase for entry in vocabulary("tos_quotes.toml").role(role) for phrase in entry.phrases]
    chance = random.Random(role)
    for window in _windows(phrases, chance)[:60]:
        lazy, plain = _lazy(role)  # each window is the first text the lazy one is asked about
        cut, pos = chance.randint(-2, len(window) + 2), chance.randint(-2, len(window) + 2)
        assert _spans(lazy.finditer(window, pos, cut)) == _spans(plain.finditer(window, pos, cut)), window
        lazy, plain = _lazy(role)
        got, want = lazy.search(window, pos, cut), plain.search(window, pos, cut)
        assert (got and got.span()) == (want and want.span()), window
        lazy, plain = _lazy(role)
        got, want = lazy.match(window, pos), plain.match(window, pos)
        assert (got and got.span()) == (want and want.span()), window
        lazy, plain = _lazy(role)
        got, want = lazy.fullmatch(window), plain.fullmatch(window)
        assert (got and got.span()) == (want and want.span()), window


def test_a_trie_is_not_made_for_a_text_without_its_opening_words() -> None:
    made = []
    words = role_pattern("document")
    lazy = Words(None, words.rest, words.needles, words.opening, lambda: made.append(1) or words.trie)
    assert lazy.finditer("Nothing in this sentence names one.") == []
    assert lazy.search("Nor here, at position five.", 5) is None
    assert not made
    assert [m.group() for m in lazy.finditer("Its acceptable use policy says so.")]
    assert made == [1]


@pytest.mark.parametrize(
    ("pos", "made_after_the_limit"),
    [
        (0, False),  # whole texts: their words are read either way, so asking many never makes the trie
        (3, True),  # stretches of texts: reading each one's words costs more than the scan, past the limit
    ],
)
def test_only_stretches_count_toward_making_a_trie_that_no_text_needs(
    pos: int, made_after_the_limit: bool
) -> None:
    made = []
    words = role_pattern("document")
    lazy = Words(None, words.rest, words.needles, words.opening, lambda: made.append(1) or words.trie)
    for number in range(tos_vocabulary.MAX_SKIPPED_TEXTS + 5):
        assert lazy.finditer(f"Comment {number}: nothing in this one names a document.", pos) == []
    assert bool(made) is made_after_the_limit
