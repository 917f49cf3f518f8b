"""Families a sweep of fines per jurisdiction (lawpen32, session 41) found read wrongly: Moldova's lei read as
Romania's, Bengali fines written with a number word before লাখ (এক লাখ টাকা), a statutory floor after a clause that
names the revenues it replaces, the floor of a range of turnover shares (not less than 2% and not more than 12%),
and a fine before a loss whose own amount follows it ("fined the firm $2 million as investors lost $40 million")."""

from __future__ import annotations

import pytest
from law_support import find_penalty_shares

Row = tuple[str, float | None, str | None, float | None]


CASES: list[tuple[tuple[str, ...], list[Row]]] = [
    # Moldovan papers on ANRCETI's fines write lei and conventional units, often without naming the country
    # (zdg.md, bizlaw.md): the leu there is Moldova's; Romania's fines in lei stay RON.
    (
        (
            "ANRCETI a aplicat operatorului o amendă de 9 000 lei (180 unități convenționale) pentru rapoarte întârziate.",
        ),
        [("9 000 lei", 9000.0, "MDL", None)],
    ),
    # Romanian lists two fines as a pair, "și, respectiv," (and, respectively) before the one that carries the unit
    # (zdg.md); without the pair link a bare number before a fine stays a count.
    (
        ("ANRCETI a aplicat două amenzi, de 3 000 și, respectiv, 4 500 lei, pentru rapoarte întârziate.",),
        [("3 000", 3000.0, "MDL", None), ("4 500 lei", 4500.0, "MDL", None)],
    ),
    (
        ("ANRCETI a verificat 3 000 de rapoarte și a aplicat o amendă de 4 500 lei.",),
        [("4 500 lei", 4500.0, "MDL", None)],
    ),
    (
        ("La Chișinău, agenția a amendat doi furnizori cu câte 4.500 lei.",),
        [("4.500 lei", 4500.0, "MDL", None)],
    ),
    (
        ("Autoritatea din București a aplicat o amendă de 20.000 de lei unui magazin online.",),
        [("20.000 de lei", 20000.0, "RON", None)],
    ),
    # Bengali papers write a fine of one or a few lakh taka with the number as a word (arthosuchak.com: এক লাখ
    # টাকা জরিমানা); a lakh of people stays a count.
    (
        ("কমিশন কোম্পানিটিকে এক লাখ টাকা জরিমানা করেছে।",),
        [("এক লাখ টাকা", 1e5, "BDT", None)],
    ),
    (
        ("আদালত প্রত্যেক পরিচালককে দুই লাখ টাকা করে জরিমানা করেছে।",),
        [("দুই লাখ টাকা", 2e5, "BDT", None)],
    ),
    (("মেলায় এক লাখ মানুষ এসেছিল।",), []),
    # A law's fallback floor for when revenues cannot be worked out (dailynewsegypt.com): the fine named between
    # them says the amount is the fine's, not a business's size; a firm's revenues above a figure stay a size.
    (
        (
            "Where the authority is unable to work out the offender's revenues, the fine must be at least EGP 200,000 and may reach EGP 400m.",
        ),
        [("EGP 200,000", 2e5, "EGP", None), ("EGP 400m", 4e8, "EGP", None)],
    ),
    (
        (
            "Only firms with revenues of more than EGP 50m must notify the deal, and the fine for skipping it is EGP 1m.",
        ),
        [("EGP 1m", 1e6, "EGP", None)],
    ),
    # The floor of a range of turnover shares, written "not less than" or "a minimum of" (dailynewsegypt.com,
    # carboot.cafe): both ends are penalties; "less than 1% of its revenue" alone stays a writer's ratio.
    (
        (
            "The draft sets a fine of not less than 3% and does not exceed 9% of the offender's total revenues.",
        ),
        [("3%", None, None, 3.0), ("9% of the offender's total revenues", None, None, 9.0)],
    ),
    (
        (
            "Fines would run from a minimum of 1 percent to a maximum of 8 percent of a firm's annual turnover.",
        ),
        [("1 percent", None, None, 1.0), ("8 percent of a firm's annual turnover", None, None, 8.0)],
    ),
    (
        ("The watchdog fined the retailer $3 million, less than 1% of its revenue.",),
        [("$3 million", 3e6, "USD", None)],
    ),
    # A loss after the fine, with its own amount (a leftover of earlier sweeps: "fined $2 million as investors
    # lost ..."): the loss's verb speaks of its own amount, so the fine keeps its verb; a report before a loss
    # has no fine at all.
    (
        ("Regulators fined the broker $3 million after clients lost $25 million in the collapse.",),
        [("$3 million", 3e6, "USD", None)],
    ),
    (
        ("The exchange censured the dealer and fined the firm $750,000 as investors lost about $9 million.",),
        [("$750,000", 7.5e5, "USD", None)],
    ),
    (("The fund reported $3 million in March as clients lost $25 million.",), []),
    # Indonesian decisions write the rupiah's sign with a dot (123dok.com on KPPU's fines: Rp.13.845.450.000).
    (
        ("Majelis Komisi menjatuhkan denda sebesar Rp.2.750.000.000 kepada terlapor.",),
        [("Rp.2.750.000.000", 2.75e9, "IDR", None)],
    ),
    # Taiwan's papers write the bare verb 罰 before whom or what it fines (cna.com.tw: NCC再各罰240萬); a free
    # throw (罰球) is no fine of the revenue after it.
    (
        ("通傳會決議再各罰兩家電信業者新台幣180萬元。",),
        [("新台幣180萬元", 1.8e6, "TWD", None)],
    ),
    (("他在比賽中罰球命中，球隊年收入300萬元。",), []),
    # A market's worth "in value" is no fine, beside a paragraph on one (regtechafrica.com).
    (
        (
            "The commission fined three lenders N250 million for leaking customer records.",
            "The commissioner said the country's data economy now tops N12 billion in value.",
        ),
        [("N250 million", 2.5e8, "NGN", None)],
    ),
    # Swedish: the million in the singular, the verb böta, the market disruption fee and a court's vite
    # (konsumentverket.se); Finnish and Swedish shares of turnover, in digits or words (projuridica.fi, cederquist.se).
    (
        ("Tingsrätten beslutade att butiken ska betala 1 miljon kronor i marknadsstörningsavgift.",),
        [("1 miljon kronor", 1e6, "SEK", None)],
    ),
    (
        ("Förbudet förenas med ett vite på 3 miljoner kronor, och bolaget fick även böta 400 000 kronor.",),
        [("3 miljoner kronor", 3e6, "SEK", None), ("400 000 kronor", 4e5, "SEK", None)],
    ),
    (
        (
            "Seuraamusmaksu voi olla enintään 2 prosenttia yrityksen kokonaisliikevaihdosta tai 10 miljoonaa euroa.",
        ),
        [
            ("2 prosenttia yrityksen kokonaisliikevaihdosta", None, None, 2.0),
            ("10 miljoonaa euroa", 1e7, "EUR", None),
        ],
    ),
    (
        ("Sanktionsavgiften kan numera uppgå till fyra procent av årsomsättningen.",),
        [("fyra procent av årsomsättningen", None, None, 4.0)],
    ),
    (("Yhtiön liikevaihto kasvoi 4 prosenttia viime vuonna.",), []),
    # An exchange rate opening its own paragraph, as a wire story closes (reuters.com on Safaricom's fine): neither
    # side is money paid.
    (
        (
            "The regulator fined the operator 300 million shillings ($3 million) for dropped calls.",
            "$1 = 101.2500 Kenyan shillings",
        ),
        [("300 million shillings", 3e8, "KES", None), ("$3 million", 3e6, "USD", None)],
    ),
    # German's separable verb of fining, its particle at the clause's end (glaswelt.de: "straft ... mit 5,69 Mio. Euro
    # ab"); without the particle the verb fines nobody.
    (
        (
            "Die Wettbewerbsbehörde straft drei Händler von Fensterbeschlägen mit zusammen rund 3,4 Mio. Franken ab.",
        ),
        [("3,4 Mio. Franken", 3.4e6, "CHF", None)],
    ),
    (("Der Markt straft schwache Marken, ihr Umsatz fiel auf 3,4 Mio. Franken.",), []),
    # Mexican papers write a fine's thousands after the millions as digits grouped by a comma (idconline.mx).
    (
        ("Profeco sancionó a la farmacéutica con 3 millones 45,000 pesos por publicidad engañosa.",),
        [("3 millones 45,000 pesos", 3.045e6, "MXN", None)],
    ),
    # A rulebook's caps with a share that drops the "of" before an annual basis, and a breach "punished with" a cap
    # (VARA's fines); a share of revenue growth is no basis of a fine.
    (
        ("Breaches are punished with up to AED 9,000,000 or 4% annual revenue for a licensed firm.",),
        [("AED 9,000,000", 9e6, "AED", None), ("4% annual revenue", None, None, 4.0)],
    ),
    (
        ("The exchange posted 4% annual revenue growth and was fined AED 90,000.",),
        [("AED 90,000", 9e4, "AED", None)],
    ),
    # Korean papers write a thousand inside each group of an amount (yna.co.kr via newspic.kr: 1천400억4천900만원):
    # the whole amount, not its last three groups.
    (
        ("공정위는 지난해 A사에 과징금 2천300억5천100만원을 부과했다.",),
        [("2천300억5천100만원", 2.30051e11, "KRW", None)],
    ),
    # Digits written out to the million and a million word after them that restates their scale (deltio11.blogspot.com:
    # 30.066.585 εκατ. ευρώ; derechoinformatico.co: $241.309.250 millones de pesos); one group of thousands before a
    # million word is thousands of millions.
    (
        ("Η Επιτροπή επέβαλε πρόστιμο ύψους 12.345.678 εκατ. ευρώ στην εταιρεία.",),
        [("12.345.678 εκατ. ευρώ", 12345678.0, "EUR", None)],
    ),
    (
        ("La SIC sancionó a la empresa con multa de $125.600.400 millones de pesos.",),
        [("$125.600.400 millones de pesos", 125600400.0, "COP", None)],
    ),
    (
        ("La SIC ha impuesto multas por un valor superior a los $12.000 millones de pesos.",),
        [("$12.000 millones de pesos", 1.2e10, "COP", None)],
    ),
    # Polish papers set a decimal comma before mln whatever follows the comma (forsal.pl: 1,145 mln zł).
    (
        ("Szpital został ukarany karą w wysokości 2,375 mln zł za ukryte kamery.",),
        [("2,375 mln zł", 2.375e6, "PLN", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_sweep_families(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalty_shares(*paragraphs) == expected
