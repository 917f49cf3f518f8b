"""The rough sentence splitter the detectors share: abbreviations from sentences.toml do not end a sentence."""

from __future__ import annotations

import pytest

from annotations.detectors.base import sentence_bounds
from annotations.knowledge import vocabulary

# (text, the sentences it splits into)
SPLITS = [
    ("The FTC acted. Meta paid.", ["The FTC acted.", "Meta paid."]),
    ("American Honda Motor Co. $632,500 was the sum.", ["American Honda Motor Co. $632,500 was the sum."]),
    ("Smith v. Jones went ahead. It ended.", ["Smith v. Jones went ahead.", "It ended."]),
    ("The fine was in the U.S. It was large.", ["The fine was in the U.S. It was large."]),
    ("It rose 4%. €1.2bn came later.", ["It rose 4%.", "€1.2bn came later."]),
    ("It rose again. ₩5bn was the fine.", ["It rose again.", "₩5bn was the fine."]),
    ("First; second", ["First;", "second"]),
    ("One line\nanother line", ["One line", "another line"]),
]
# Full stops that end a sentence even after a short word.
NO_ABBREVIATION = [
    ("He left the Co-op. Then he came back.", ["He left the Co-op.", "Then he came back."]),
    ("They said no. Nobody asked again.", ["They said no.", "Nobody asked again."]),
    ("It was Dr. Who's fault. Fine.", ["It was Dr. Who's fault.", "Fine."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS + NO_ABBREVIATION)
def test_sentences_split_where_a_sentence_ends(text: str, expected: list[str]) -> None:
    """A full stop before a capital, digit or currency sign ends a sentence, unless an abbreviation ends there."""
    assert [text[start:end] for start, end in sentence_bounds(text)] == expected


def test_every_abbreviation_of_the_vocabulary_keeps_its_sentence_whole() -> None:
    """Each abbreviation of sentences.toml, before a capital, does not end the sentence."""
    for entry in vocabulary("sentences.toml").entries:
        for phrase in entry.phrases:
            text = f"It went to the {phrase} Smith office."
            assert len(sentence_bounds(text)) == 1, phrase
