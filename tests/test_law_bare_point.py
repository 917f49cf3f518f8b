"""A point's letter written bare after a paragraph in brackets, right before a law's acronym, is part of the
provision: "Article 6(1) a GDPR", "Art. 6(1)f GDPR", as privacy notices and guides of continental firms write it.
Not before a hyphenated word ("a GDPR-compliant basis"), where "a" is the article."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _laws(text: str) -> list[str]:
    article = parse_text("Consent on the Fernblick app\n\n" + text)
    return [found.text for found in annotate(article).annotations if found.kind == "law"]


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        ("We ask for consent first; Article 6(1) a GDPR is then our legal basis.", ["Article 6(1) a GDPR"]),
        ("Crash reports rely on our legitimate interest, Art. 6(1)f GDPR.", ["Art. 6(1)f GDPR"]),
        ("Die Verarbeitung stützt sich auf Art. 6 (1) b DSGVO.", ["Art. 6 (1) b DSGVO"]),
        ("Article 6(1) a GDPR-compliant basis is still needed for the newsletter.", ["Article 6(1)", "GDPR"]),
        ("Under Article 6 a GDPR-compliant basis is needed.", ["Article 6", "GDPR"]),
    ],
)
def test_a_bare_point_letter_before_the_acronym_is_part_of_the_provision(text: str, laws: list[str]) -> None:
    assert _laws(text) == laws
