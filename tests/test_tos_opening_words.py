"""A role's trie is searched only in a text that holds its phrases' opening words (tos_vocabulary.Words.opening):
searched so, it finds what it finds searched in full, on stretches of the labelled texts with its phrases in them,
in other cases, with letters re folds alike, cut short by `endpos` inside a word, and beyond ASCII."""

from __future__ import annotations

import random

import pytest

from annotations.detectors.tos_vocabulary import Words, role_pattern
from annotations.knowledge import vocabulary
from tests.tos_support import labelled_texts, said

_ROLES = sorted(
    role for role in vocabulary("tos_quotes.toml").roles if role_pattern(role).opening is not None
)


def _windows(phrases: list[str], chance: random.Random) -> list[str]:
    found = []
    for _ in range(300):
        text = chance.choice(labelled_texts())
        start = chance.randrange(len(text))
        window = text[start : start + chance.randint(0, 400)]
        if chance.random() < 0.7:
            at = chance.randint(0, len(window))
            glue = chance.choice(["", " ", "\n", "x", "é"])
            after = chance.choice(["", " ", ".", "s", "ü", "ΣΑ"])
            window = window[:at] + glue + said(chance.choice(phrases), chance) + after + window[at:]
        found.append(window)
    return found


def _spans(found: list) -> list[tuple[int, int]]:
    return [match.span() for match in found]


def test_the_roles_with_a_trie_have_opening_words() -> None:
    assert "document" in _ROLES
    assert role_pattern("privacy_word").opening is None  # its phrases are in CJK script: no trie


@pytest.mark.parametrize("role", _ROLES)
def test_a_role_with_opening_words_finds_what_it_finds_without(role: str) -> None:
    words = role_pattern(role)
    plain = Words(words.trie, words.rest, words.needles)
    phrases = [phrase for entry in vocabulary("tos_quotes.toml").role(role) for phrase in entry.phrases]
    for window in _windows(phrases, random.Random(role)):
        assert _spans(words.finditer(window)) == _spans(plain.finditer(window)), window
        first, expected = words.search(window), plain.search(window)
        assert (first and first.span()) == (expected and expected.span()), window
        for cut in (len(window) - 1, len(window) - 3, len(window) // 2):
            if cut > 0:  # a stretch that ends inside a word may end a phrase there
                assert _spans(words.finditer(window, 0, cut)) == _spans(plain.finditer(window, 0, cut)), (
                    window
                )
                got, want = words.search(window, 0, cut), plain.search(window, 0, cut)
                assert (got and got.span()) == (want and want.span()), window
        for pos in (0, len(window) // 2):
            got, want = words.match(window, pos), plain.match(window, pos)
            assert (got and got.span()) == (want and want.span()), window
        got, want = words.fullmatch(window.strip()), plain.fullmatch(window.strip())
        assert (got and got.span()) == (want and want.span()), window


def test_a_phrase_cut_by_the_end_of_a_stretch_is_found() -> None:
    """'community guidelinesx' names no document, but its stretch that ends before the 'x' does."""
    words = role_pattern("document")
    text = "Read the community guidelinesx guide" + " and so on" * 20
    assert words.search(text) is None
    cut = words.search(text, 0, text.index("x "))
    assert cut is not None and cut.group() == "community guidelines"
