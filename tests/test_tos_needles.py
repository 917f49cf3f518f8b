"""A role of a few phrases is first looked for with `in` (tos_vocabulary.Words.needles): searched so, it
finds what it finds searched in full, on stretches of the labelled texts with its phrases in them, in
other cases and with letters re folds alike."""

from __future__ import annotations

import random

import pytest

from annotations.detectors import tos_vocabulary
from annotations.detectors.tos_vocabulary import Words, needles, role_pattern
from annotations.detectors.trie import word_trie
from annotations.detectors.word_keys import fold_cases
from annotations.knowledge import vocabulary
from tests.tos_support import labelled_texts, said

_ROLES = sorted(
    role for role in vocabulary("tos_quotes.toml").roles if role_pattern(role).needles is not None
)


def _windows(phrases: list[str], chance: random.Random) -> list[str]:
    texts = labelled_texts()
    found = []
    for _ in range(600):
        text = chance.choice(texts)
        start = chance.randrange(len(text))
        window = text[start : start + chance.randint(0, 120)]
        if chance.random() < 0.7:
            phrase = chance.choice(phrases)
            spelt = said(phrase, chance)
            at = chance.randint(0, len(window))
            window = (
                window[:at]
                + chance.choice(["", " ", "\n"])
                + spelt
                + chance.choice(["", " ", "."])
                + window[at:]
            )
        found.append(window)
    return found


def test_the_roles_of_a_few_phrases_have_needles() -> None:
    assert "privacy_word" in _ROLES
    assert role_pattern("privacy_word").needles == (("個人情報", "プライバシー"), False)
    assert role_pattern("document").needles is None  # many phrases, and patterns


@pytest.mark.parametrize("role", _ROLES)
def test_a_role_with_needles_finds_what_it_finds_without(role: str) -> None:
    words = role_pattern(role)
    plain = Words(words.trie, words.rest)
    phrases = [phrase for entry in vocabulary("tos_quotes.toml").role(role) for phrase in entry.phrases]
    for window in _windows(phrases, random.Random(role)):
        spans = lambda found: [(match.start(), match.end()) for match in found]  # noqa: E731
        assert spans(words.finditer(window)) == spans(plain.finditer(window)), window
        first, expected = words.search(window), plain.search(window)
        assert (first and first.span()) == (expected and expected.span()), window
        for pos in (0, len(window) // 2):
            got, want = words.match(window, pos), plain.match(window, pos)
            assert (got and got.span()) == (want and want.span()), window


def test_needles_are_runs_between_spaces_and_apostrophes_folded() -> None:
    assert needles(["the user", "Users’ data"]) == (("user", "users"), True)
    assert needles(["个人信息"]) == (("个人信息",), False)
    assert needles([" "]) is None


def test_a_match_loop_over_one_text_folds_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """match(text, pos) at every position of a long text folds it once, not once a position (quadratic),
    and finds what the trie finds, as search and finditer do on stretches marked by pos and endpos."""
    phrases = ["the user", "Strasse"]
    trie = word_trie(phrases, fold=True, not_before=r"\w", not_after=r"\w")
    words, plain = Words(trie, None, needles(phrases)), Words(trie, None)
    folds = []

    def counted(text: str) -> str:
        folds.append(text)
        return fold_cases(text)

    monkeypatch.setattr(tos_vocabulary, "fold_cases", counted)
    text = "an item, " * 200 + "THE  USER of STRASSE or straſſe. " + "ΣΤΑ σ " * 50
    got = [words.match(text, pos) for pos in range(len(text))]
    assert len(folds) == 1
    assert [match and match.span() for match in got] == [
        match and match.span() for match in (plain.match(text, pos) for pos in range(len(text)))
    ]
    assert sum(match is not None for match in got) == 3
    for pos, end in ((0, 1800), (1800, 1815), (1810, len(text)), (1815, len(text))):
        spans = [match.span() for match in words.finditer(text, pos, end)]
        assert spans == [match.span() for match in plain.finditer(text, pos, end)], (pos, end)
        first, expected = words.search(text, pos, end), plain.search(text, pos, end)
        assert (first and first.span()) == (expected and expected.span()), (pos, end)
    assert words.match("the user") is not None and len(folds) == 2  # another text is folded anew
