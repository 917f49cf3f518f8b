"""A sentence's places are read for a shared sign only where the article cues one of the sign's places:
with none cued, no sentence can settle the sign (speed; the currencies are the same either way)."""

from __future__ import annotations

import pytest

from annotations.detectors import currency_context
from tests.law_support import settled_currencies

ROWS = (
    # (paragraphs, sentence reads expected, currencies)
    (("The regulator fined the firm $5 million, and its revenue was $9 billion.",), 0, ["USD", "USD"]),
    (("A court ordered €2 million ($2.2 million) in damages.",), 0, ["EUR", "USD"]),
    (
        (
            "Australia's privacy regulator fined the firm $5 million.",
            "The OAIC said $2 million more may follow.",
        ),
        2,
        ["USD", "USD"],  # GUIDELINES: a place alone does not make "$" local
    ),
    (("Canada's privacy commissioner fined it $50,000.",), 1, ["USD"]),
)


@pytest.mark.parametrize(("paragraphs", "reads", "currencies"), ROWS)
def test_sentences_are_read_only_where_a_place_is_cued(
    paragraphs: tuple[str, ...], reads: int, currencies: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    original = currency_context.sentence_countries

    def counted(text: str, position: int) -> set[str]:
        calls.append(position)
        return original(text, position)

    monkeypatch.setattr(currency_context, "sentence_countries", counted)
    assert [currency for _written, currency in settled_currencies(*paragraphs)] == currencies
    assert len(calls) == reads
