"""The detail pane's words for each kind of annotation."""

from __future__ import annotations

from annotations import annotate
from parsers import parse_text
from tui.widgets.annotation_detail import NO_ENTRY, detail_lines


def test_a_law_without_an_entry_is_shown_as_a_law() -> None:
    """A law the knowledge base does not hold (here a bill named only by its nickname) was explained as a
    terms-of-service quote ("Quoted from the terms"): it is a law, named as the article names it."""
    article = parse_text("Title\n\nThe Rowland-Okafor Act was passed by the parliament on Monday.\n")
    laws = [note for note in annotate(article).annotations if note.kind == "law"]
    assert laws and all(note.law is None for note in laws)
    assert detail_lines(laws[0]) == ["Law", laws[0].text, "", NO_ENTRY]


def test_a_law_with_an_entry_shows_its_facts() -> None:
    article = parse_text("Title\n\nThe company breached the GDPR.\n")
    (law,) = [note for note in annotate(article).annotations if note.kind == "law"]
    assert law.law is not None
    lines = detail_lines(law)
    assert lines[0] == "Law" and lines[1] == law.law.name
