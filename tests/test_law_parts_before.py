"""A paragraph written before its article or § in German, French and Dutch is one span with it, as English
"paragraph 2 of Article 6" is: "Absatz 2 des § 26 BDSG", "l'alinéa 3 de l'article 6 de la loi …", "lid 2 van
artikel 5 AVG". Alone, or before a contract, such a paragraph is no law."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _laws(text: str) -> list[str]:
    article = parse_text("Datenschutz im Verein\n\n" + text)
    return [found.text for found in annotate(article).annotations if found.kind == "law"]


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        ("Die Mitgliederliste darf nach Absatz 2 des § 26 BDSG geführt werden.", ["Absatz 2 des § 26 BDSG"]),
        ("Gemäß Abs. 3 des Art. 6 DSGVO genügt das berechtigte Interesse.", ["Abs. 3 des Art. 6 DSGVO"]),
        (
            "Selon l’alinéa 3 de l’article 6 de la loi Informatique et Libertés, le club peut garder la liste.",
            ["alinéa 3 de l’article 6 de la loi Informatique et Libertés"],
        ),
        ("Volgens lid 2 van artikel 5 AVG mag de club dat bewaren.", ["lid 2 van artikel 5 AVG"]),
        ("Absatz 2 des Vertrags bleibt unklar, aber § 26 BDSG gilt.", ["§ 26 BDSG"]),
        ("Het lid 2 van de vereniging betaalt geen contributie.", []),
    ],
)
def test_a_paragraph_before_its_article_is_part_of_the_reference(text: str, laws: list[str]) -> None:
    assert _laws(text) == laws
