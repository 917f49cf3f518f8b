"""Australian writing tags a federal statute with "(Cth)" (Privacy Act 1988 (Cth)): a cue that the article is about
Australia; by GUIDELINES' settled case a plain "$" there is still the US dollar unless the article writes the
Australian one (A$, Australian dollars)."""

from __future__ import annotations

import pytest
from law_support import settled_currencies


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "A penalty unit is valued under the Crimes Act 1914 (Cth).",
                "The court may order a body corporate to pay up to $50,000,000 for a serious interference.",
            ),
            [("$50,000,000", "USD")],
        ),
        # With no such tag, and no other cue, "$" stays the US dollar.
        (
            (
                "A penalty unit is valued under the Crimes Act.",
                "The court may order a body corporate to pay up to $50,000,000 for a serious interference.",
            ),
            [("$50,000,000", "USD")],
        ),
    ],
)
def test_a_cth_tag_makes_a_plain_dollar_australian(paragraphs: tuple[str, ...], expected: list) -> None:
    assert settled_currencies(*paragraphs) == expected
