"""Review of session 35's law and penalty commits (revlaw35): rows that failed on the commit reviewed.

A people's adjective or a place in a compound adjective ("an Australian app maker", "a Toronto-based broker")
says whose the payer is, not where the money is paid: it no longer places an amount by its own sentence, while a
country's name or its regulator still does (lawpen21's rule, 308771e). An "a" before a capitalised word (French, not DSGVO) after a
run of lettered points is the English article, not a point ("lit. b and a French court"). A bare share after an
amount and "or" is a tier of a cap only when the share that names its basis is written as a tier too (ef4095a)."""

from __future__ import annotations

import pytest
from law_support import find_laws, settled_currencies

from annotations.detectors.money import find_money

_US_OPENING = (
    "The US Federal Trade Commission announced two settlements under the Children's Online Privacy Protection Act"
    " on Tuesday in Washington."
)
_TX_OPENING = (
    "The Texas attorney general sued a data broker in Austin, seeking penalties in the United States."
)
_AU_OPENING = "The Australian regulator says the company could face a penalty under the Privacy Act 1988."

CURRENCY_CASES = [
    # The payer's nationality: the article's dollar (failed: AUD, CAD, CAD).
    (
        (_US_OPENING, "An Australian app maker agreed to pay $5 million to settle the charges."),
        [("$5 million", "USD")],
    ),
    ((_US_OPENING, "A Canadian developer will pay $2 million."), [("$2 million", "USD")]),
    (
        (_TX_OPENING, "The broker, a Canadian-owned firm, agreed to pay $1.4 million."),
        [("$1.4 million", "USD")],
    ),
    ((_US_OPENING, "A Toronto-based studio will pay $900,000 to the agency."), [("$900,000", "USD")]),
    # A country's name or city in the amount's sentence still places it, but by GUIDELINES' settled case a
    # bare "$" is local only where the article writes the local dollar: none here, so USD.
    ((_US_OPENING, "Canada's privacy commissioner ordered $50,000 in fines."), [("$50,000", "USD")]),
    ((_AU_OPENING, "The firm paid $5 billion to the United States government."), [("$5 billion", "USD")]),
    ((_US_OPENING, "A court in Toronto ordered it to pay $300,000."), [("$300,000", "USD")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CURRENCY_CASES)
def test_a_payers_nationality_places_no_amount(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert settled_currencies(*paragraphs) == expected


LAW_CASES = [
    # Failed: the run took "and a" into the reference.
    (
        "Under the GDPR the bank relied on Article 6(1) lit. b and a French court agreed with it.",
        [("GDPR", "gdpr"), ("Article 6(1) lit. b", "gdpr")],
    ),
    (
        "The GDPR was cited: Art. 6 para. 1 lit. a to a Dutch court this was enough.",
        [("GDPR", "gdpr"), ("Art. 6 para. 1 lit. a", "gdpr")],
    ),
    # Runs that end the reference stay whole (pass before and after).
    ("Erlaubt nach Art. 6 Abs. 1 lit. b und a DSGVO.", [("Art. 6 Abs. 1 lit. b und a DSGVO", "gdpr")]),
    ("Gestützt auf Art. 9 Abs. 2 lit. a und e DSGVO.", [("Art. 9 Abs. 2 lit. a und e DSGVO", "gdpr")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), LAW_CASES)
def test_an_english_article_ends_a_run_of_points(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert find_laws(paragraph) == expected


SHARE_CASES = [
    # A writer's yardstick after "or" is no tier of a cap (failed: the 1% and the 3 % were shares of turnover).
    ("The regulator fined it €50 million or 1%, far below the 4% of global turnover allowed.", [4.0]),
    ("Une amende de 20 millions d'euros ou 3 %, loin des 4 % du chiffre d'affaires mondial.", [4.0]),
    # The two tiers of a cap keep both shares (pass before and after).
    ("Fines reach €10 million or 2%, or €20 million or 4% of global turnover.", [2.0, 4.0]),
    ("Bis zu 10 Mio. Euro oder 2 % bzw. 20 Mio. Euro oder 4 % des weltweiten Jahresumsatzes.", [2.0, 4.0]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SHARE_CASES)
def test_a_bare_share_is_a_tier_only_beside_another_tier(paragraph: str, expected: list[float]) -> None:
    assert [
        m.percent for m in find_money(paragraph) if m.percent is not None and m.amount is None
    ] == expected
