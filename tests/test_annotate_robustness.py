"""No text makes annotation raise; reading order, ids and offsets hold for any article."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotations import annotate, pipeline
from parsers import parse_text
from parsers.sanitize import clean_text

_PIECES = st.sampled_from(
    ["$", "€", "£", "5", "1,000", ".", "million", "bn", "fine", "“", "”", '"', "«", "»", "'", "’", "GDPR",
     "Section 5 of the", "FTC Act", "terms of service", "says", "(", ")", " ", "\n", "\n\n", "\x1b[2J",
     "Article 83(5) of the ", "per violation", "% of global turnover", "Anonymous says:", "June 1, 2023"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=8), max_size=60).map("".join))
@example("terms of service\tAnonymous says:Section 5 of the\n$")
@example("millionFTC Act\nFTC Act")
@example("“per violation\n$”\nterms of service")
def test_any_text_annotates_in_order_with_consistent_spans(text: str) -> None:
    """Annotations of any text come in reading order with spans that slice to their text."""
    article = parse_text(text)
    result = annotate(article)
    units = {unit.id: unit.text for unit in article.units()}
    order = list(units)
    previous = (-1, -1)
    for index, annotation in enumerate(result.annotations):
        assert annotation.id == f"a{index}"
        assert units[annotation.unit_id][annotation.start : annotation.end] == annotation.text
        position = (order.index(annotation.unit_id), annotation.start)
        assert position >= previous
        previous = position
        if annotation.source_start is not None:
            source = text.removeprefix("\ufeff")[annotation.source_start : annotation.source_end]
            assert clean_text(source) == annotation.source_text
            assert clean_text(source).split() == annotation.text.split()


def test_long_runs_of_digits_quotes_and_signs_annotate() -> None:
    """Pathological lines complete (timed in `make bench`, not here)."""
    # A provision with a long bracketed run of capitals: its heading is read word by word, once.
    heading = "The GDPR applies. Section 1 (" + "A" * 50_000 + ") of the Act"
    for line in ("9" * 100_000, "“" * 50_000, "$" * 100_000, '"' * 50_000, "$1 " * 30_000, heading):
        annotate(parse_text("Title line here\n\n" + line))


def test_a_paragraph_of_colons_annotates() -> None:
    """100,000 characters of "x : ": each colon could open "the terms state: …"; only the first few are tried."""
    article = parse_text("A title of the page\n\n" + "x : " * 25_000)
    assert annotate(article).annotations == ()


def test_a_span_across_a_wrapped_line_keeps_the_line_break_in_its_source_text() -> None:
    """Hard-wrapped lines join with a space in the unit, while the span's source text is the input's."""
    text = "A headline about a fine\n\nThe regulator cited Section 5 of the\nFTC Act and fined the firm $25\nmillion on Monday.\n"
    result = annotate(parse_text(text))
    spans = {a.text: a for a in result.annotations}
    law, penalty = spans["Section 5 of the FTC Act"], spans["$25 million"]
    for annotation in (law, penalty):
        assert annotation.source_start is not None
        assert text[annotation.source_start : annotation.source_end] == annotation.source_text
        assert "\n" in (annotation.source_text or "")


def test_a_page_of_thousands_of_law_names_lists_the_first_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """'GDPR GDPR …' gave one annotation a mention, each carrying the law's entry: 400 KB of it printed 171 MB of
    JSON. The first MAX_ANNOTATIONS (in reading order) are listed, and a note says how many there were."""
    monkeypatch.setattr(pipeline, "MAX_ANNOTATIONS", 50)
    annotated = annotate(parse_text("Title\n\n" + "GDPR " * 80 + "\n\nA fine of €5 million.\n"))
    assert len(annotated.annotations) == 50
    assert [note.id for note in annotated.annotations[:2]] == ["a0", "a1"]
    assert all(note.kind == "law" for note in annotated.annotations)
    assert annotated.summary.notes == ("The page has 81 annotations; only the first 50 are listed.",)


def test_a_dense_thread_keeps_every_annotation() -> None:
    """The bound is for pages that repeat a name, not for long dense ones: 6,000 paragraphs each naming a
    fine and its law (12,000 annotations, more than the first bound of 10,000 let through) keep them all."""
    annotated = annotate(parse_text("Title\n\n" + "Acme was fined €5 million under the GDPR.\n\n" * 6000))
    assert len(annotated.annotations) == 12_000
    assert annotated.summary.notes == ()


def test_a_page_under_the_bound_has_no_note() -> None:
    """An ordinary page lists every annotation and no such note."""
    annotated = annotate(parse_text("Title\n\nAcme was fined €5 million under the GDPR.\n"))
    assert len(annotated.annotations) == 2 and annotated.summary.notes == ()
