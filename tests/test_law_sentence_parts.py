"""English privacy notices of German firms translate "Satz" as "sentence": "Art. 6 para. 1 sentence 1 lit. f GDPR"
is one provision of the GDPR, as "Art. 6 Abs. 1 S. 1 lit. f DSGVO" is. A sentence of prose stays prose."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _laws(text: str) -> list[str]:
    article = parse_text("Privacy notice of Lindgrün GmbH\n\n" + text)
    return [found.text for found in annotate(article).annotations if found.kind == "law"]


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        (
            "We process your order data on the basis of Art. 6 para. 1 sentence 1 lit. b GDPR.",
            ["Art. 6 para. 1 sentence 1 lit. b GDPR"],
        ),
        (
            "Server logs are kept under Art. 6 (1) sentence 1 lit. f GDPR for seven days.",
            ["Art. 6 (1) sentence 1 lit. f GDPR"],
        ),
        (
            "The newsletter relies on your consent (Art. 6 para. 1 sent. 1 lit. a GDPR).",
            ["Art. 6 para. 1 sent. 1 lit. a GDPR"],
        ),
        (
            "Article 6 paragraph 1 sentence 1 point (c) GDPR covers our tax records.",
            ["Article 6 paragraph 1 sentence 1 point (c) GDPR"],
        ),
        ("In the second paragraph, the first sentence of our notice says the opposite.", []),
    ],
)
def test_a_sentence_of_a_provision_is_part_of_it(text: str, laws: list[str]) -> None:
    assert _laws(text) == laws
