"""The rough sentence splitter the detectors share: abbreviations from parsers/abbreviations.toml do not end a sentence."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.currencies import sign_chars
from annotations.detectors.base import (
    SENTENCE_ENDERS,
    SENTENCE_OPENERS,
    _sentence_break,
    break_spans,
    sentence_at,
    sentence_bounds,
)
from parsers.abbreviations import AbbreviationsError, abbreviations, parse_abbreviations

# (text, the sentences it splits into)
SPLITS = [
    ("The FTC acted. Meta paid.", ["The FTC acted.", "Meta paid."]),
    ("American Honda Motor Co. $632,500 was the sum.", ["American Honda Motor Co. $632,500 was the sum."]),
    ("Smith v. Jones went ahead. It ended.", ["Smith v. Jones went ahead.", "It ended."]),
    ("The fine was in the U.S. It was large.", ["The fine was in the U.S. It was large."]),
    ("It rose 4%. €1.2bn came later.", ["It rose 4%.", "€1.2bn came later."]),
    ("It rose again. ₩5bn was the fine.", ["It rose again.", "₩5bn was the fine."]),
    ("First; second", ["First;", "second"]),
    # Cyrillic, Greek and accented Latin capitals open a sentence as Latin ones do.
    ("Штраф — 2 млн рублей. Выручка не раскрыта.", ["Штраф — 2 млн рублей.", "Выручка не раскрыта."]),
    (
        "Το πρόστιμο ήταν 2 εκατ. ευρώ. Έσοδα δεν δόθηκαν.",
        ["Το πρόστιμο ήταν 2 εκατ. ευρώ.", "Έσοδα δεν δόθηκαν."],
    ),
    ("La multa fue de 3 millones. Él no pagó.", ["La multa fue de 3 millones.", "Él no pagó."]),
    ("Штраф составил 2 млн. руб. и более", ["Штраф составил 2 млн. руб. и более"]),
    ("One line\nanother line", ["One line", "another line"]),
    # The Devanagari danda and double danda end a sentence; any Devanagari letter opens the next.
    (
        "बैंक पर जुर्माना लगा। बैंक ने अपील की॥ अगली सुनवाई मई में होगी।",
        ["बैंक पर जुर्माना लगा।", "बैंक ने अपील की॥", "अगली सुनवाई मई में होगी।"],
    ),
    # A section of a text, abbreviated: "sec. 7.4".
    ("In sec. 7.4, Brightcall says so. It ends.", ["In sec. 7.4, Brightcall says so.", "It ends."]),
    ("See Sec. 2 and Secs. 3 to 5. Then stop.", ["See Sec. 2 and Secs. 3 to 5.", "Then stop."]),
    # After an opening bracket too: "(sec. 7.2)".
    ("It covers usage data (sec. 7.2). Then more.", ["It covers usage data (sec. 7.2).", "Then more."]),
    ("As Sec. (4) says. Then more.", ["As Sec. (4) says.", "Then more."]),
    # In any case before a number: "SEC. 5", "secs. 3"; "the SEC. The" (the regulator) still ends one.
    (
        "Per SEC. 5 of the Act, Lumo must tell users. Then more.",
        ["Per SEC. 5 of the Act, Lumo must tell users.", "Then more."],
    ),
    ("See secs. 3 to 5 of it. Then stop.", ["See secs. 3 to 5 of it.", "Then stop."]),
    ("Lumo was fined by the SEC. The fine was small.", ["Lumo was fined by the SEC.", "The fine was small."]),
]
# Full stops that end a sentence even after a short word.
NO_ABBREVIATION = [
    ("He left the Co-op. Then he came back.", ["He left the Co-op.", "Then he came back."]),
    ("They said no. Nobody asked again.", ["They said no.", "Nobody asked again."]),
    ("It was Dr. Who's fault. Fine.", ["It was Dr. Who's fault.", "Fine."]),
    ("It took one Usec. 5 more.", ["It took one Usec.", "5 more."]),
    # "sec." keeps its sentence only before a number: after a duration it ends one.
    (
        "The ad plays for 30 sec. The next clip is shorter.",
        ["The ad plays for 30 sec.", "The next clip is shorter."],
    ),
    ("It shows for 5 sec. (Then it fades.)", ["It shows for 5 sec.", "(Then it fades.)"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS + NO_ABBREVIATION)
def test_sentences_split_where_a_sentence_ends(text: str, expected: list[str]) -> None:
    """A full stop before a capital, digit or currency sign ends a sentence, unless an abbreviation ends there."""
    assert [text[start:end] for start, end in sentence_bounds(text)] == expected


def test_every_abbreviation_of_the_vocabulary_keeps_its_sentence_whole() -> None:
    """Each abbreviation of the parsers' list, before a capital, does not end the sentence."""
    known = abbreviations()
    assert "Co." in known.spaced and "U.S." in known.glued
    for phrase in known.spaced + known.glued:
        text = f"It went to the {phrase} Smith office."
        assert len(sentence_bounds(text)) == 1, phrase
    assert "sec." in known.numbered
    for phrase in known.numbered:  # one only before a number, a '§' or a bracketed number
        counts = [len(sentence_bounds(f"See {phrase} {after} of it.")) for after in ("12", "(3)", "Smith")]
        assert counts == [1, 1, 2], phrase


@pytest.mark.parametrize(
    "data",
    [
        {"abbreviation": {"titles": ["Mr."]}},
        {"abbreviation": {"titles": ["Mr"]}, "glued_abbreviation": {"initials": ["U.S."]}},
        {"abbreviation": {"titles": "Mr."}, "glued_abbreviation": {"initials": ["U.S."]}},
        {"abbreviation": {"a": ["Mr."], "b": ["Mr."]}, "glued_abbreviation": {"initials": ["U.S."]}},
        {"abbreviation": {}, "glued_abbreviation": {"initials": ["U.S."]}},
        {
            "abbreviation": {"a": ["sec."]},
            "glued_abbreviation": {"b": ["U.S."]},
            "numbered_abbreviation": {"c": ["sec."]},
        },
        {
            "abbreviation": {"a": ["Mr."]},
            "glued_abbreviation": {"b": ["U.S."]},
            "other_abbreviation": {"c": ["x."]},
        },
        {
            "abbreviation": {"a": ["Mr."]},
            "glued_abbreviation": {"b": ["U.S."]},
            "numbered_abbreviation": {"c": ["Sec."]},
        },
    ],
)
def test_a_malformed_abbreviations_file_is_refused(data: dict[str, Any]) -> None:
    """A missing table, a phrase without its full stop, a group that is no list, a phrase twice, an empty table, a
    numbered phrase not in lower case (it is read in any case)."""
    with pytest.raises(AbbreviationsError):
        parse_abbreviations(data)


def test_the_parsers_read_no_file_of_the_annotations() -> None:
    """The data runs one way: no parser module names the annotations package or its knowledge files."""
    root = Path(__file__).resolve().parent.parent / "parsers"
    for module in root.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert not re.search(r"\bannotations\b[./]|[\"']annotations[\"']", source), module


def _sentence_at_by_scan(bounds: list[tuple[int, int]], offset: int) -> int:
    """sentence_at by its definition: the first sentence holding the offset or ending at it, else the last."""
    for index, (start, end) in enumerate(bounds):
        if start <= offset <= end:
            return index
    return len(bounds) - 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!?;\n\tA1$“”", max_size=50), st.integers(-2, 55), st.integers(0, 8))
def test_sentence_at_finds_what_a_scan_of_the_sentences_finds(text: str, offset: int, keep: int) -> None:
    # Also over a leading part of the sentences, as callers pass the ones before a point.
    bounds = sentence_bounds(text)
    for part in (bounds, bounds[:keep]):
        assert sentence_at(part, offset) == _sentence_at_by_scan(part, offset)


# The break as first written, tried at every position: the class-led form must find the same breaks.
_PLAIN_BREAK = re.compile(
    rf"(?<=[{SENTENCE_ENDERS}])[\"”’)]*\s+(?=[\"“‘(]*[{SENTENCE_OPENERS}{re.escape(sign_chars())}])|(?<=;)\s+|\n\s*\n|\n"
)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list('.!?…।॥;"”’)“‘( \n\t\u00a0aA1$€₹¥xВвΈέÉकि')), max_size=40))
def test_breaks_are_where_the_plain_break_pattern_finds_them(text: str) -> None:
    """Led by the class of characters a break opens with, the break pattern finds the same spans."""
    fast = [match.span() for match in _sentence_break().finditer(text)]
    assert fast == [match.span() for match in _PLAIN_BREAK.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list('.!?…।॥;"”’)“‘( \n\t\u00a0aA1$€₹¥xВвΈέÉकि')), max_size=40))
def test_breaks_found_from_their_rarer_characters_are_the_same(text: str) -> None:
    """Looked for from . ! ? … ; and line breaks, going on after each break found, the breaks are the
    spans the break pattern finds scanning every closing mark and space."""
    assert break_spans(text) == [match.span() for match in _sentence_break().finditer(text)]


def test_a_run_of_line_breaks_after_a_full_stop_is_one_break() -> None:
    """ "Done.\n\n\nNext": one break from the first line break to the capital, found once."""
    assert break_spans("Done.\n\n\nNext") == [(5, 8)]
    assert sentence_bounds("Done.\n\n\nNext") == [(0, 5), (8, 12)]
