"""The app's headless helpers: wrapping, line pieces, glyph offsets, comment threads, browser addresses."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from annotations.collector import collector_held
from annotations.model import Annotation
from parsers import Comment
from tui import gil
from tui.gil import (
    ANNOTATING_SWITCH_INTERVAL,
    answering_key,
    between_keys,
    key_answered,
    key_pressed,
    keys_first,
)
from tui.layout import BLANK, SINGLE_CELL, Layout, Paragraph, wrap
from tui.line_pieces import Span, overlay, pieces
from tui.marks import shown_text
from tui.threads import Thread
from tui.urls import openable, text_fragment_url

SAMPLE_TEXT = Path(__file__).resolve().parent.parent / "tui" / "sample" / "sample-article.txt"


def test_every_character_counted_as_one_cell_is_one_cell() -> None:
    """The fast wrapping path's table agrees with Rich's cell widths."""
    assert all(get_character_cell_size(char) == 1 for char in SINGLE_CELL)


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("one two three", 7, ["one two", "three"]),
        ("one two three", 20, ["one two three"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("first\nsecond line", 6, ["first", "second", "line"]),
        ("", 10, [""]),
        ("日本語のテキスト", 6, ["日本語", "のテキ", "スト"]),
        ("a  b", 1, ["a", "b"]),
    ],
)
def test_wrap_breaks_at_spaces_and_cuts_long_words(text: str, width: int, lines: list[str]) -> None:
    """Lines break after whole words, a word longer than the line is cut, wide characters take two cells."""
    assert [text[start:end] for start, end in wrap(text, width)] == lines


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab cé日\n"), max_size=80), st.integers(min_value=2, max_value=12))
def test_wrapped_lines_fit_and_lose_no_word(text: str, width: int) -> None:
    """No line is wider than the pane, and the words of the lines are the words of the text."""
    lines = wrap(text, width)
    assert all(cell_len(text[start:end]) <= width for start, end in lines)
    assert "".join("".join(text[start:end].split()) for start, end in lines) == "".join(text.split())
    assert [s for s, _ in lines] == sorted(s for s, _ in lines)


def test_layout_caches_per_width_and_rewraps_one_changed_paragraph() -> None:
    """Lines are kept per width; a changed paragraph re-wraps alone; blank lines separate paragraphs."""
    paragraphs = [
        Paragraph("a", "one two three four", "paragraph"),
        Paragraph("b", "five", "paragraph", gap=0),
    ]
    layout = Layout(paragraphs)
    lines = layout.lines(10)
    assert lines.paragraph == [0, 0, BLANK, 1]
    assert lines.line_of(0, 8) == 1
    paragraphs[1].text = "five six seven eight"
    layout.changed(1)
    assert layout.lines(10).paragraph == [0, 0, BLANK, 1, 1, 1]
    assert layout.lines(10, shown=[1]).paragraph == [1, 1, 1]
    assert layout.lines(4).paragraph.count(0) == 5


_WORDS = st.text(alphabet=st.sampled_from("ab cé日"), max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(_WORDS, st.integers(0, 2)), min_size=1, max_size=8),
    st.lists(st.tuples(st.integers(0, 7), _WORDS, st.integers(0, 2)), max_size=6),
    st.lists(st.integers(0, 7), max_size=4),
)
def test_lines_spliced_after_changes_are_the_lines_laid_out_afresh(
    first: list[tuple[str, int]], changes: list[tuple[int, str, int]], order: list[int]
) -> None:
    """However paragraphs change (text, gap) between layouts, the lines kept up to date equal a fresh layout."""
    paragraphs = [Paragraph(str(n), text, "paragraph", gap=gap) for n, (text, gap) in enumerate(first)]
    layout = Layout(paragraphs)
    layout.lines(6)
    for step, (index, text, gap) in enumerate(changes):
        if index < len(paragraphs):
            paragraphs[index].text, paragraphs[index].gap = text, gap
            layout.changed(index)
        if step % 2:  # some changes are laid out one by one, some together, some between orders
            layout.lines(6, shown=[i for i in order if i < len(paragraphs)] or None)
            layout.lines(6)
    kept, fresh = layout.lines(6), Layout([*paragraphs]).lines(6)
    assert (kept.paragraph, kept.start, kept.end, kept.first_line) == (
        fresh.paragraph,
        fresh.start,
        fresh.end,
        fresh.first_line,
    )


def test_pieces_lay_later_spans_over_earlier_ones() -> None:
    """A line is cut at every span edge; each piece carries every style covering it, in order."""
    spans = [Span(2, 8, "law"), Span(4, 6, "match")]
    assert pieces("abcdefghij", 0, spans) == [
        ("ab", ()),
        ("cd", ("law",)),
        ("ef", ("law", "match")),
        ("gh", ("law",)),
        ("ij", ()),
    ]
    assert pieces("cdef", 2, [Span(0, 3, "x")]) == [("c", ("x",)), ("def", ())]


def test_overlay_writes_a_label_over_the_text_without_moving_it() -> None:
    """A link hint replaces the characters under it, so nothing reflows."""
    line, spans = overlay("see the page here", 4, 17, [(8, "07")])
    assert line == "the 07ge here" and spans == [Span(8, 10, "hint")]


def _annotation(kind: str, start: int, end: int, text: str, number: int) -> Annotation:
    return Annotation(kind=kind, unit_id="b0", start=start, end=end, text=text, detector="t", id=f"a{number}")


def test_glyphs_go_before_each_visible_annotation_and_offsets_follow() -> None:
    """Each shown annotation gets its kind's glyph; unit offsets map past the glyphs before them."""
    text = "A $5 million fine under the GDPR."
    found = [_annotation("penalty", 2, 12, "$5 million", 0), _annotation("law", 28, 32, "GDPR", 1)]
    shown = shown_text(text, found)
    assert shown.text == "A ¤$5 million fine under the §GDPR."
    law = shown.marks[1]
    assert shown.text[law.start : law.end] == "§GDPR"
    assert shown.span(13, 17) == (14, 18)  # "fine" moved by one glyph
    assert shown_text(text, found, hidden={"law"}).text == "A ¤$5 million fine under the GDPR."
    assert shown_text("a\x1bb\tc").text == "a\u241bb c"


def test_threads_fold_without_recursion_even_when_parents_loop() -> None:
    """Depths, descendants and folding work on any parent ids, circular ones included."""
    comments = [
        Comment("c0", "top"),
        Comment("c1", "reply", parent_id="c0"),
        Comment("c2", "reply to reply", parent_id="c1"),
        Comment("c3", "another top"),
        Comment("c4", "loop", parent_id="c5"),
        Comment("c5", "loop", parent_id="c4"),
    ]
    thread = Thread.of(comments)
    assert [thread.depth[c.id] for c in comments[:4]] == [0, 1, 2, 0]
    assert thread.descendants("c0") == ["c1", "c2"]
    assert thread.folded_away({"c1"}) == {"c2"}
    assert thread.ancestors("c2") == ["c1", "c0"]
    assert thread.is_top_level("c3") and not thread.is_top_level("c1")
    assert thread.descendants("c4") == ["c5"]  # the loop ends
    deep = [Comment(f"d{n}", "x", parent_id=f"d{n - 1}" if n else None) for n in range(5000)]
    assert len(Thread.of(deep).descendants("d0")) == 4999


def test_text_fragment_addresses_encode_the_quote() -> None:
    """A terms quote becomes `#:~:text=` with '-', ',' and '&' escaped; a long one by its first and last words."""
    url = text_fragment_url("https://example.com/terms#top", "non-refundable, final & binding")
    assert url == "https://example.com/terms#:~:text=non%2Drefundable%2C%20final%20%26%20binding"
    long_quote = " ".join(f"w{n}" for n in range(30))
    assert text_fragment_url("https://e.com/t", long_quote).endswith(
        "#:~:text=w0%20w1%20w2%20w3%20w4,w25%20w26%20w27%20w28%20w29"
    )
    assert openable("https://e.com/") == "https://e.com/"
    assert openable("javascript:alert(1)") is None and openable("file:///etc/passwd") is None


def test_switch_interval_comes_back_after_overlapping_workers() -> None:
    """Two annotating workers that overlap lower the interval once and restore it when the last ends."""
    before = sys.getswitchinterval()
    first, second = keys_first(), keys_first()
    first.__enter__()
    assert sys.getswitchinterval() == min(before, ANNOTATING_SWITCH_INTERVAL)
    second.__enter__()
    first.__exit__(None, None, None)
    assert sys.getswitchinterval() == min(before, ANNOTATING_SWITCH_INTERVAL)
    second.__exit__(None, None, None)
    assert sys.getswitchinterval() == before


def test_a_worker_and_an_annotate_call_hold_the_collector_as_one() -> None:
    """A worker that ends while an annotate() call still holds the collector leaves it off; the last
    holder to end, whichever it is, turns it back on."""
    assert gc.isenabled()
    worker, call = keys_first(), collector_held()
    worker.__enter__()
    call.__enter__()
    worker.__exit__(None, None, None)
    assert not gc.isenabled()
    call.__exit__(None, None, None)
    assert gc.isenabled()


def test_a_worker_walking_units_waits_while_a_key_is_answered() -> None:
    """Between key_pressed and key_answered a walk over units holds still; then it goes on to the end."""
    walked: list[int] = []
    started, finished = threading.Event(), threading.Event()

    def walk() -> None:
        for number in between_keys(range(3)):
            walked.append(number)
            started.set()
        finished.set()

    key_pressed()
    try:
        worker = threading.Thread(target=walk, daemon=True)
        worker.start()
        assert not started.wait(0.05) and walked == []
    finally:
        key_answered()
    assert finished.wait(5) and walked == [0, 1, 2]


def test_a_key_never_said_answered_holds_a_worker_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the answer never say it is done, the worker waits KEY_PAUSE once, not at every unit."""
    monkeypatch.setattr(gil, "KEY_PAUSE", 0.01)
    key_pressed()
    try:
        walk = between_keys(range(3))
        assert next(walk) == 0 and not answering_key()  # waited once, then took the key as answered
        assert list(walk) == [1, 2]
    finally:
        key_answered()


def test_an_article_walked_between_keys_is_annotated_as_the_article() -> None:
    """The walk only waits: the sample's annotations are the same, in the same order."""
    from annotations import annotate
    from parsers import parse_text

    article = parse_text(SAMPLE_TEXT.read_text(encoding="utf-8"))
    paused: list[None] = []
    walked = annotate(article, pause=lambda: paused.append(None))
    assert len(paused) >= len(article.units())  # every detector's walk paused at each unit
    assert walked == annotate(article)
