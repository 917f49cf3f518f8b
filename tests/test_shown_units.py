"""Units' shown texts made off the UI thread are used only for the text and hidden kinds they were made for."""

from __future__ import annotations

from tui.marks import shown_text, shown_units
from tui.sources import load


def test_shown_units_match_what_the_pane_would_make() -> None:
    loaded = load(None)
    annotated, article = loaded.annotated, loaded.article
    texts = [(unit.id, unit.text) for unit in article.units()]
    made = shown_units(texts, annotated.annotations, {"penalty"})
    annotated_units = {a.unit_id for a in annotated.annotations}
    assert set(made.by_unit) == annotated_units and annotated_units
    for unit_id, text in texts:
        if unit_id not in annotated_units:
            continue
        found = [a for a in annotated.annotations if a.unit_id == unit_id]
        assert made.get(unit_id, text, {"penalty"}) == shown_text(text, found, {"penalty"})
        # Made for other hidden kinds, or for another text: not used.
        assert made.get(unit_id, text, set()) is None
        assert made.get(unit_id, text + " edited", {"penalty"}) is None
