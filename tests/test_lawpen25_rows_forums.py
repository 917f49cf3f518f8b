"""Families of real pages lawpen25 (session 38) found read wrongly, second batch: a table pasted as text whose
rows are numbered with a bare number, and Indian consumer-forum orders, whose facts and prayers hold money that
is no penalty (a party's loss, a deposit, money credited, the prayer itself, costs "towards" the case)."""

from __future__ import annotations

import pytest
from law_support import find_penalties

from annotations.detectors.base import sentence_bounds

Row = tuple[str, float | None, str | None]


ROWS = [
    # The third row of a table pasted as text is as far from its header as a list's third item (snapinhipaa.com).
    (
        (
            "Tier Culpability Minimum penalty per violation Maximum penalty per violation",
            "1 Unknowing $140 $70,000",
            "2 Reasonable Cause $1,400 $70,000",
            "3 Willful Neglect Corrected $14,000 $70,000",
        ),
        [
            ("$140", 140.0, "USD"),
            ("$70,000", 7e4, "USD"),
            ("$1,400", 1400.0, "USD"),
            ("$70,000", 7e4, "USD"),
            ("$14,000", 1.4e4, "USD"),
            ("$70,000", 7e4, "USD"),
        ],
    ),
    # A paragraph that opens on a number and a lower-case word is no row: its lone amount stays unexplained.
    (
        (
            "The regulator set fines of up to $50,000 per violation.",
            "Its annual report followed.",
            "On page 12 the agency listed its rent.",
            "12 months later its rent rose to $9,000.",
        ),
        [("$50,000", 5e4, "USD")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROWS)
def test_rows(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


FORUMS = [
    # An award beside costs written "towards" the case (deccanchronicle.com): the costs are no penalty.
    (
        (
            "The forum told the bank to pay Rs 30,000 for mental agony and Rs 4,000 towards cost within six weeks.",
        ),
        [("Rs 30,000", 3e4, "INR")],
    ),
    (
        ("The commission awarded Rs 60,000 as compensation and Rs 7,500 towards litigation expenses.",),
        [("Rs 60,000", 6e4, "INR")],
    ),
    # A party's loss to a fraud, a deposit and money credited to an account are facts of the case, not the award.
    (
        (
            "The complainant lost about Rs 64,200 to a phishing link. The tribunal ordered the bank to pay Rs 2 lakh.",
        ),
        [("Rs 2 lakh", 2e5, "INR")],
    ),
    (
        (
            "He had deposited a sum of Rs.2,40,000/- in the scheme, and the forum awarded Rs.15,000/- as compensation.",
        ),
        [("Rs.15,000", 1.5e4, "INR")],
    ),
    (
        ("Months later Rs 31,250 had been credited to his account; the forum fined the bank Rs 20,000.",),
        [("Rs 20,000", 2e4, "INR")],
    ),
    # What a complainant prays for is asked for; what the forum then orders is ordered.
    (
        (
            "The complainant has prayed for an order directing the bank to pay Rs.52,000/- with interest.",
            "The forum directed the bank to pay Rs.25,000/- as compensation.",
        ),
        [("Rs.25,000", 2.5e4, "INR")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FORUMS)
def test_forums(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


BILLIONS_IN_WORDS = [
    # A billion as Spanish and European Portuguese write it, a thousand millions, with or without a number before it.
    (
        ("La superintendencia impuso a la red social una multa de mil millones de pesos.",),
        [("mil millones de pesos", 1e9, "MXN")],
    ),
    (
        ("El tribunal confirmó la sanción de tres mil millones de pesos contra el banco.",),
        [("tres mil millones de pesos", 3e9, "MXN")],
    ),
    (
        ("A CNPD aplicou uma coima de dois mil milhões de euros.",),
        [("dois mil milhões de euros", 2e9, "EUR")],
    ),
    # A count of a thousand millions stays a count.
    (
        ("La plataforma tiene mil millones de usuarios y pagó una multa de 5 millones de euros.",),
        [("5 millones de euros", 5e6, "EUR")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), BILLIONS_IN_WORDS)
def test_billions_in_words(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


PORTUGUESE_AND_ROMANIAN = [
    # Portugal's "coima" is a fine (eco.sapo.pt, jornaleconomico.sapo.pt), as is a share of "volume de negócios".
    (
        ("A CNPD aplicou uma coima de 2,3 milhões de euros ao hospital.",),
        [("2,3 milhões de euros", 2.3e6, "EUR")],
    ),
    (
        ("O regulador aplicou no ano passado 40 coimas, no montante total de 612 mil euros.",),
        [("612 mil euros", 6.12e5, "EUR")],
    ),
    (
        ("As coimas podem atingir 20.000.000 € ou 4 % do volume de negócios anual da empresa.",),
        [("20.000.000 €", 2e7, "EUR"), ("4 % do volume de negócios anual", None, None)],
    ),
    # Romanian puts "de" between the number and "lei", and writes millions as "milioane".
    (
        ("ANSPDCP a aplicat băncii o amendă de 120.000 de lei.",),
        [("120.000 de lei", 1.2e5, "RON")],
    ),
    (
        ("Autoritatea a aplicat o amendă de 2 milioane de lei operatorului.",),
        [("2 milioane de lei", 2e6, "RON")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PORTUGUESE_AND_ROMANIAN)
def test_portuguese_and_romanian(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


DECOYS_BESIDE_FINES = [
    # Pay, prices, purchases, holdings and spending beside a fine (revlaw38's probes of fine articles): only the fine.
    (
        ("The state fined the broker $3 million. The broker pays engineers $190,000 on average.",),
        [("$3 million", 3e6, "USD")],
    ),
    (
        ("The regulator fined the chain $700,000. Its founder took home $920,000 last year.",),
        [("$700,000", 7e5, "USD")],
    ),
    (
        ("The FTC fined the retailer $6 million. The retailer sells smart speakers for $89.",),
        [("$6 million", 6e6, "USD")],
    ),
    (
        ("The ICO fined the hotel group £1.1 million. The group charges £240 a night in London.",),
        [("£1.1 million", 1.1e6, "GBP")],
    ),
    (
        ("The authority fined the operator SAR 4 million. Its new campus was built for SAR 900 million.",),
        [("SAR 4 million", 4e6, "SAR")],
    ),
    (
        (
            "The adtech firm agreed to pay $2.4 billion for a consent-management startup after its $7 million fine.",
        ),
        [("$7 million", 7e6, "USD")],
    ),
    (
        ("Die Behörde verhängte 310.000 Euro. Ein Girokonto kostet dort 5,90 Euro im Monat.",),
        [("310.000 Euro", 3.1e5, "EUR")],
    ),
    (
        (
            "Die Behörde verhängte 610.000 Euro. Der Händler setzte 1,7 Mrd. Euro um und beschäftigt 3.000 Menschen.",
        ),
        [("610.000 Euro", 6.1e5, "EUR")],
    ),
    (
        ("La CNIL a condamné la clinique à 30 000 €. Son directeur gagne 6 000 € par mois.",),
        [("30 000 €", 3e4, "EUR")],
    ),
    (
        ("Indecopi multó al gimnasio con S/ 40,000. La cadena cobra S/ 149 al mes a cada socio.",),
        [("S/ 40,000", 4e4, "PEN")],
    ),
    (
        ("De AP legde een boete op van 4 miljoen euro. Het platform is zo'n 60 miljard euro waard.",),
        [("4 miljoen euro", 4e6, "EUR")],
    ),
    # A settlement's hourly rate for lost time stays; what a lawyer charges an hour does not.
    (
        (
            "The clinic agreed to a $2 million settlement.",
            "Lost time will be compensated at a rate of $30 an hour for up to four hours.",
            "Local lawyers charge around $400 an hour.",
        ),
        [("$2 million", 2e6, "USD"), ("$30", 30.0, "USD")],
    ),
    # What a wrong costs, with an object between, what an act costs, and a cap for a company stay penalties.
    (
        (
            "The committee fined the retailer 6 million baht for breaches of the PDPA.",
            "Not appointing a data protection officer alone cost 2 million baht.",
        ),
        [("6 million baht", 6e6, "THB"), ("2 million baht", 2e6, "THB")],
    ),
    (
        (
            "The act carries a maximum civil penalty of AUD 940,000 for a company and AUD 188,000 for an individual.",
        ),
        [("AUD 940,000", 9.4e5, "AUD"), ("AUD 188,000", 1.88e5, "AUD")],
    ),
    (
        ("The clinic breached HIPAA, which cost it $850,000 in a settlement with the agency.",),
        [("$850,000", 8.5e5, "USD")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), DECOYS_BESIDE_FINES)
def test_decoys_beside_fines(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


def test_a_german_magnitude_does_not_end_its_sentence() -> None:
    """ "Mrd." and "Mio." before a currency word keep the verb after the amount in its sentence."""
    text = "Der Händler setzte 1,7 Mrd. Euro um. Die Behörde verhängte 4 Mio. Euro."
    assert [text[start:end] for start, end in sentence_bounds(text)] == [
        "Der Händler setzte 1,7 Mrd. Euro um.",
        "Die Behörde verhängte 4 Mio. Euro.",
    ]


CONDEMNED = [
    # A French decision that condemns a party straight to an amount; a prison term is no amount.
    (("Le tribunal a condamné la société à 45 000 euros pour la fuite.",), [("45 000 euros", 4.5e4, "EUR")]),
    (("Le gérant a été condamné à 18 mois de prison ; le préjudice atteint 300 000 €.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CONDEMNED)
def test_condemned(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


GERMAN_PAYERS_AND_CLAIMS = [
    # A cap under a heading in the dative plural ("Bußgeldern"), a German payer ("zahlte"), a class member's share
    # after a relative clause, and what a law lets the state seek (revlaw38's probes).
    (
        (
            "Zwei Stufen von Bußgeldern",
            "Für leichte Verstöße gilt ein Rahmen von bis zu 10 Mio. Euro bzw. 2 % des weltweiten Jahresumsatzes.",
        ),
        [("10 Mio. Euro", 1e7, "EUR"), ("2 % des weltweiten Jahresumsatzes", None, None)],
    ),
    (
        ("Ein Versandhändler zahlte zuletzt 2,4 Mio. Euro, bei einem Jahresumsatz von 70 Mio. Euro.",),
        [("2,4 Mio. Euro", 2.4e6, "EUR")],
    ),
    (
        ("Kunden zahlen dort 12 Euro im Monat für das Konto.",),
        [],
    ),
    (
        ("The site agreed to pay $6 million. Class members who file a form should get about $28 each.",),
        [("$6 million", 6e6, "USD"), ("$28", 28.0, "USD")],
    ),
    (
        ("Under the state law, the attorney general can seek $2,500 for each violation.",),
        [("$2,500", 2500.0, "USD")],
    ),
    (
        ("The plaintiffs seek $2,500 for each violation.",),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), GERMAN_PAYERS_AND_CLAIMS)
def test_german_payers_and_claims(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected
