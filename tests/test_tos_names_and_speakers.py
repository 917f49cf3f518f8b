"""A quotation that names a feature or a page ("a “nearby athletes” feature", "its “Privacy Promise” page"), and a
quotation closed by its speaker after a role word or an indefinite article ("zegt advocaat Ruud Maas", "racconta una
iscritta di Modena"). Patterns from real pages: a Canadian privacy commissioner's finding on a fitness app, a Dutch
news item on changed terms with a lawyer's LinkedIn comment, an Italian consumer piece on a renewal clause. Each
with the nearest quotation that stays the document's. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "What the app's privacy policy says"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Trailo's privacy policy told users their runs were private, but start points were shown to others in a"
         " “runners near you” feature.", []),
        ("Trailo's privacy policy says users can read more on its “how we keep your data safe” page.", []),
        ("Trailo's privacy policy says start points may be “shown to runners near you”.",
         ["shown to runners near you"]),
    ],
)  # fmt: skip
def test_a_quotation_that_names_a_feature_or_a_page_is_no_wording(
    paragraph: str, expected: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected


CLAUSE = "We may keep your files for backups and to improve the service."


@pytest.mark.parametrize(
    "reply",
    [
        '"Daarmee is de licentie nauwelijks kleiner geworden", zegt advocaat Joris Smit op LinkedIn.',
        "“That barely narrows the licence”, says lawyer Ana Ruiz on LinkedIn.",
    ],
)
def test_a_lawyer_named_after_a_verb_and_a_role_closes_the_quotation(reply: str) -> None:
    units = page_units(
        f"Deelbox changed its terms of service this week. Clause 7.2 now reads: “{CLAUSE}”",
        reply,
        title="Deelbox changes terms",
    )
    assert quotes_found(units) == [CLAUSE]


def test_a_speaker_after_an_indefinite_article_closes_the_quotation() -> None:
    clause = "Al termine della prova l'abbonamento si rinnova da solo e l'importo annuale viene addebitato."
    units = page_units(
        f"Le condizioni di Fitmo sono chiare. La clausola recita: «{clause}»",
        "«Nessuno ci aveva avvisati», racconta una iscritta di Bergamo.",
        title="Abbonamenti che si rinnovano da soli",
    )
    assert quotes_found(units) == [clause]
