"""The cheap readings tos_repeated_lines asks of each line agree with the plain ones they stand for: has_words with
counting every word (tos_blocks.words), _capitalised_only read up to the first word in lower case with reading them
all."""

import re

import pytest

from annotations.detectors.tos_blocks import has_words, words
from annotations.detectors.tos_repeated_lines import _capitalised_only

LINES = [
    "",
    "   ",
    "perpetual",
    "perpetual, irrevocable",
    "user's content",
    "— 42 —",
    "x-ray",
    "個人情報",
    "個人情報を共有",
    "利用 規約",
    "Your Content",
    "Your content",
    "your Content",
    "I read the whole thing twice and I still do not understand why",
    "Terms Of Service 2024",
    "2024 Terms",
    "_under Score",
    "Ölçü Birimi",
    "ölçü Birimi",
]
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@pytest.mark.parametrize("line", LINES)
def test_has_words_counts_as_words_does(line: str) -> None:
    for count in (0, 1, 2, 3, 5):
        assert has_words(line, count) == (words(line) >= count)


@pytest.mark.parametrize("line", LINES)
def test_capitalised_only_reads_as_all_words(line: str) -> None:
    found = _WORD.findall(line)
    assert _capitalised_only(line) == (bool(found) and all(word[0].isupper() for word in found))
