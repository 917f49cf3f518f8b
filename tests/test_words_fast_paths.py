"""Words.finditer's short cuts find what the merge of its trie's and its alternation's matches finds: the
alternation's matches returned as found when the trie finds none, except where an alternative may match empty
(Alternatives.may_be_empty: a later match may then start where an empty one did)."""

from __future__ import annotations

import random
import re

import pytest

from annotations.detectors.gate import Alternatives
from annotations.detectors.tos_vocabulary import Words, role_pattern
from annotations.knowledge import vocabulary

_TEXTS = (
    "Its privacy policy says “we may share your data with partners”, and the new terms of service add more.",
    "The company told users on Monday that its updated user agreement now reads: you waive any class action.",
    "Critics said the policy is vague. A spokesperson declined to comment on the terms.",
    "Die neuen AGB sagen: „Wir dürfen Ihre Daten weitergeben.“ Laut Datenschutzerklärung gilt das seit Mai.",
    "利用規約には「当社は投稿を利用できる」とあり、プライバシーポリシーも改定された。",
    "Section 9.2 of the terms, which the firm changed in 2024, says disputes go to arbitration.",
)


def _merged(words: Words, text: str) -> list[tuple[int, int]]:
    """The matches as finditer found them before its short cuts: both sources, sorted, overlaps left out."""
    found = list(words.trie.finditer(text)) if words.trie is not None else []
    if words.rest is not None:
        found += words.rest.pattern.finditer(text)
    found.sort(key=lambda match: (match.start(), -match.end()))
    kept: list[re.Match[str]] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return [match.span() for match in kept]


@pytest.mark.parametrize(
    ("patterns", "empty"),
    [
        ([r"\bterms\b", r"polic(?:y|ies)"], False),
        ([r"(?:new\s+)?terms", r"(?<=\w)'s"], False),
        ([r"\bterms\b", r"(?:the\s+)*"], True),
        ([r"a?", r"b"], True),
        ([r"(?=x)"], True),
    ],
)
def test_an_alternation_knows_whether_a_match_may_be_empty(patterns: list[str], empty: bool) -> None:
    assert Alternatives(patterns, re.IGNORECASE).may_be_empty is empty


def test_an_alternation_that_may_match_empty_keeps_its_matches_apart() -> None:
    words = Words(None, Alternatives([r"x*", r"y"], re.IGNORECASE))
    text = "axxy yb"
    assert [match.span() for match in words.finditer(text)] == _merged(words, text)


@pytest.mark.parametrize(
    "role",
    ["document", "generic_document", "other_source", "speaker", "doc_verb", "new_clause", "denial"],
)
def test_finditer_finds_what_the_merged_search_finds(role: str) -> None:
    assert role in vocabulary("tos_quotes.toml").roles
    words = role_pattern(role)
    chance = random.Random(role)
    for text in _TEXTS:
        for _ in range(40):
            start = chance.randrange(len(text))
            window = text[start : start + chance.randint(1, len(text))]
            assert [match.span() for match in words.finditer(window)] == _merged(words, window), window
        assert [match.span() for match in words.finditer(text)] == _merged(words, text)
