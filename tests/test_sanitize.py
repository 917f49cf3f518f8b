"""The sanitiser keeps length and makes every control character visible and inert."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.sanitize import clean_inline, clean_text, is_clean


def test_escape_sequences_become_visible_symbols() -> None:
    """ESC turns into the control picture, so "[31m" stays literal text."""
    assert clean_text("a\x1b[31mb") == "a\u241b[31mb"


def test_c1_bidi_and_surrogates_are_neutralised() -> None:
    """C1 controls, bidi overrides and lone surrogates are replaced one for one."""
    cleaned = clean_text("x\x9by\u202ez\ud800")
    assert cleaned == "x\ufffdy\ufffdz\ufffd"


def test_tab_and_newline_stay_and_crlf_keeps_length() -> None:
    """Tab and newline survive; CRLF keeps its two characters as a space and a newline."""
    assert clean_text("a\tb\r\nc\rd") == "a\tb \nc\nd"


def test_plain_text_is_untouched() -> None:
    """Ordinary text, markup look-alikes included, passes unchanged."""
    text = "Fined €1.2bn [bold]not markup[/] [@click=app.quit]x"
    assert clean_text(text) == text


def test_clean_inline_collapses_whitespace() -> None:
    """One-line values lose newlines and runs of spaces."""
    assert clean_inline("  A\n\ttitle\x07 ") == "A title\u2407"
    assert clean_inline("   ") is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_cleaning_keeps_length_and_leaves_nothing_unsafe(text: str) -> None:
    """Any string cleans to the same length with no unsafe character left."""
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert is_clean(cleaned)
