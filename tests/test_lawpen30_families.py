"""Families of real pages lawpen30 (session 40) found read wrongly: Korea's English papers' "W" for the won
("fined W6b"), numbers read aloud as broadcast copy spells them ("six-point-seven billion won"), costs named after
"as" ("$35,000 as cost of investigation"), the far end of a range written bare ("RMB 10,000 and 100,000"), exchange
rates ("($1 = 6.3727 yuan)"), a euro sign glued to a table cell's word, Polish amounts restated in words ending in
złote, Colombia's fines in legal minimum wages with their peso sum, and Colombia's data law by its number placing
its pesos; antitrust wrongs after "for" or "over" ("over a price cartel") beside a total."""

from __future__ import annotations

import pytest
from law_support import find_penalties

Row = tuple[str, float | None, str | None]


CASES = [
    # The won's "W" in a Korean story (koreaherald.com: "Woongjin, Hanwha, STX fined W6b"); outside Korea a "W"
    # before a number is no currency.
    (
        ("Korea's antitrust regulator fined three builders W6b for rigging bids.",),
        [("W6b", 6e9, "KRW")],
    ),
    (
        ("The Fair Trade Commission in Seoul fined the chip maker W1.2 billion, it said.",),
        [("W1.2 billion", 1.2e9, "KRW")],
    ),
    (("The county fined the ward W1.2 million for noise, the council said.",), []),
    # Numbers read aloud, as KBS World Radio writes every figure: the words after "point" are decimals.
    (
        ("The privacy watchdog imposed a fine of four-point-two billion won on the carrier.",),
        [("four-point-two billion won", 4.2e9, "KRW")],
    ),
    (
        ("The commission levied 310-point-five billion won in fines on 90 firms last year.",),
        [("310-point-five billion won", 3.105e11, "KRW")],
    ),
    (
        ("Its fine was cut from 63-point-two billion to nine-point-eight billion won on appeal.",),
        [("63-point-two billion", 6.32e10, "KRW"), ("nine-point-eight billion won", 9.8e9, "KRW")],
    ),
    (("Fines rose 12-point-five percent from a year earlier.",), []),
    # Costs named after "as", as a tribunal's award is written (ohibaba.com on the FCCPC's case): no penalty.
    (
        ("The tribunal upheld the $40 million penalty and also awarded $20,000 as cost of investigation.",),
        [("$40 million", 4e7, "USD")],
    ),
    (
        ("The bank must pay $3 million as a civil penalty, the agency said.",),
        [("$3 million", 3e6, "USD")],
    ),
    # Polish decisions restate a fine in words; after two to four the currency word is "złote" (uodo.gov.pl).
    (
        (
            "Prezes UODO nałożył karę w kwocie 24 322 zł (słownie: dwadzieścia cztery tysiące trzysta dwadzieścia dwa złote).",
        ),
        [
            ("24 322 zł", 24322.0, "PLN"),
            ("dwadzieścia cztery tysiące trzysta dwadzieścia dwa złote", 24322.0, "PLN"),
        ],
    ),
    (("Sklep sprzedawał złote pierścionki, a kontrola nie wykazała uchybień.",), []),
    # Colombia's fines are set in legal minimum wages, as its regulator writes them in English, and the peso sum
    # after them is the cap (sic.gov.co); other minimum wages are pay.
    (
        (
            "In Colombia, the SIC can fine a company up to two thousand legal minimum wages, equivalent to some 2.6 billion pesos.",
        ),
        [("2.6 billion pesos", 2.6e9, "COP")],
    ),
    (
        ("The chain pays minimum wages of $15 an hour and was fined $8,000 for late filings.",),
        [("$8,000", 8000.0, "USD")],
    ),
    # The far end of a range written with no currency after a near end that has one (an English page on China's
    # PIPL, royalaw.com: "a fine of between RMB 10,000 and 100,000"); a count after it stays a count.
    (
        ("Staff in charge may be fined between RMB 20,000 and 200,000 for each breach.",),
        [("RMB 20,000", 2e4, "CNY"), ("200,000", 2e5, "CNY")],
    ),
    (
        ("A multa para cada infração vai de R$ 2.000 a 40.000, segundo a agência.",),
        [("R$ 2.000", 2e3, "BRL"), ("40.000", 4e4, "BRL")],
    ),
    (("The shop paid a $12,000 fine and 300,000 customers were told.",), [("$12,000", 1.2e4, "USD")]),
    # An exchange rate, as news agencies close a story on a fine ("($1 = 6.3727 Chinese yuan renminbi)",
    # marketscreener.com; "(USD 1 = RM 3.80)", globalcompliancenews.com): neither side is money paid. A sum
    # restated at a rate is ("5 million Philippine Peso = $95,896.58", pogowasright.org).
    (
        (
            "The central bank fined the lender 4.2 million yuan for credit checks.",
            "($1 = 7.1200 Chinese yuan renminbi)",
        ),
        [("4.2 million yuan", 4.2e6, "CNY")],
    ),
    (
        ("A breach can cost a fine of up to RM 250,000 (USD 1 = RM 4.40) and two years in jail.",),
        [("RM 250,000", 2.5e5, "MYR")],
    ),
    (
        (
            "The commission capped fines at P4 million.",
            "At today's rate, 4 million Philippine Peso = $70,000.",
        ),
        [("P4 million", 4e6, "PHP"), ("4 million Philippine Peso", 4e6, "PHP"), ("$70,000", 7e4, "USD")],
    ),
    # A flattened table runs its cells together (wikimili.com's list of GDPR fines: "Hospital do
    # Barreiro€400,000Portugal (CNPD)"): a euro sign right after a word still opens an amount; a "$" after a
    # letter is another dollar's sign ("R$"), so it does not.
    (
        ("The first fine on the list: 2018-10Harbour Clinic€250,000Portugal (CNPD) for weak access rules.",),
        [("€250,000", 2.5e5, "EUR")],
    ),
    (("The flattened price list reads Shoes€49Boots€89 in the shop window.",), []),
    (("The bank paid a R$5 million fine.",), [("R$5 million", 5e6, "BRL")]),
    # Antitrust wrongs after "for" or "over" beside a total (nippon.com, globalcompetitionreview.com): "price"
    # there names the cartel, not what the amount is.
    (
        (
            "The watchdog also fined tile makers a total of 14.2 billion yen over a price cartel for roof tiles.",
        ),
        [("14.2 billion yen", 1.42e10, "JPY")],
    ),
    (
        (
            "The commission fined 11 ready-mix suppliers a combined €31.5 million for colluding to fix concrete prices.",
        ),
        [("€31.5 million", 3.15e7, "EUR")],
    ),
    (("The retailer sold 2 million units over a price war with its rivals.",), []),
    # Colombia's data protection law by its number places the article's pesos (derechoinformatico.co).
    (
        ("Una empresa de giros recibió una multa de 120 millones de pesos por violar la Ley 1581 de 2012.",),
        [("120 millones de pesos", 1.2e8, "COP")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_families(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected
