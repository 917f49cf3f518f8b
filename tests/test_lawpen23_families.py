"""Families of real pages lawpen23 (session 37) found read wrongly: a cap's bare tier before German "oder"
(bis zu 20 Millionen oder 4 %), a pair of amounts sharing one magnitude (210 und 180 Millionen EUR), a group's
turnover (Konzernumsatz), a court's ruling in the present participle (le condamnant à verser), an executive who
was paid, crore amounts in an article that names no currency, German "bis" between two article numbers, Dutch
law names and India's ITA 2000."""

from __future__ import annotations

import pytest
from law_support import find_laws, find_penalty_shares

PENALTY_CASES = [
    # A cap's first tier with no currency before German "oder" or "bzw." and the second tier (rdp-law.de,
    # bitkom-consult.de), the currency from the article.
    (
        (
            "Die Behörde verhängte ein Bußgeld von 3 Millionen EUR.",
            "Das Gesetz erlaubt Bußgelder bis zu 20 Millionen oder bis zu 4 % des Jahresumsatzes.",
        ),
        [
            ("3 Millionen EUR", 3e6, "EUR", None),
            ("20 Millionen", 2e7, "EUR", None),
            ("4 % des Jahresumsatzes", None, None, 4.0),
        ],
    ),
    # "oder mehr" after a bare number stays a count.
    (
        (
            "Die Behörde verhängte ein Bußgeld von 3 Millionen EUR.",
            "Betroffen waren 20 Millionen oder mehr Kunden, hieß es zum Bußgeld.",
        ),
        [("3 Millionen EUR", 3e6, "EUR", None)],
    ),
    # A pair of fines sharing one magnitude and currency, the first the larger (dsgvo-portal.de on the DPC's
    # fines against Facebook and Instagram).
    (
        ("Die irische Behörde legte Bußgelder in Höhe von 310 und 170 Millionen EUR fest.",),
        [("310", 3.1e8, "EUR", None), ("170 Millionen EUR", 1.7e8, "EUR", None)],
    ),
    (
        ("The regulator fined the two apps 240 and 95 million euros respectively.",),
        [("240", 2.4e8, "EUR", None), ("95 million euros", 9.5e7, "EUR", None)],
    ),
    # A range's near end stays itself when it is the larger: a plain range, or a grouped number.
    (
        ("Fines ranged from 1,500 to 2 million euros under the new law.",),
        [("1,500", 1500.0, "EUR", None), ("2 million euros", 2e6, "EUR", None)],
    ),
    (
        ("Die Bußgelder lagen zwischen 10 und 40 Millionen Euro.",),
        [("10", 1e7, "EUR", None), ("40 Millionen Euro", 4e7, "EUR", None)],
    ),
    # "between" opens a range, whose near end is the smaller: no pair.
    (
        ("The law sets fines of between 300 and 2 million euros.",),
        [("300", 300.0, "EUR", None), ("2 million euros", 2e6, "EUR", None)],
    ),
    # A group's turnover ends a German share (lexisnexis.at).
    (
        (
            "Die Verordnung sieht 20 Mio € oder bis zu 4 % des weltweiten Konzernumsatzes als Höchststrafe vor.",
        ),
        [("20 Mio €", 2e7, "EUR", None), ("4 % des weltweiten Konzernumsatzes", None, None, 4.0)],
    ),
    # A ruling written with the present participle (rts.ch on a US jury's award against Facebook).
    (
        ("Le réseau a fait appel d'une décision de justice le condamnant à verser 12 millions de dollars.",),
        [("12 millions de dollars", 1.2e7, "USD", None)],
    ),
    (
        ("Condenando a la empresa a pagar 3 millones de euros, el juez cerró el caso.",),
        [("3 millones de euros", 3e6, "EUR", None)],
    ),
    # An executive who was paid an amount is paid, not settling (revlaw36's probe page); a company that paid
    # still settles.
    (
        ("The app was fined $9 million under COPPA. Its chief executive was paid $31 million last year.",),
        [("$9 million", 9e6, "USD", None)],
    ),
    (("The company paid $4 million to settle the claims.",), [("$4 million", 4e6, "USD", None)]),
    # Crore with no currency in an Indian article that names none (thelawgist.org, bnwjournal.com); with rupees
    # elsewhere in the article, those rupees; a count of users in crore stays a count.
    (
        ("Section 43 of the IT Act, 2000 sets compensation not exceeding 1 crore.",),
        [("1 crore", 1e7, "INR", None)],
    ),
    (
        ("The adjudicating officer ordered compensation of 2 lakh.",),
        [("2 lakh", 2e5, "INR", None)],
    ),
    (("India has over 76 crore internet users, the ministry said of the penalty regime.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PENALTY_CASES)
def testfind_penalty_shares(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float | None, str | None, float | None]]
) -> None:
    assert find_penalty_shares(*paragraphs) == expected


LAW_CASES = [
    # German "bis" between two article numbers is "to", not a Latin ordinal; before a name it still is one. The code's
    # long genitive (Strafgesetzbuches) links to the German code as its short one (Strafgesetzbuchs) does.
    (("Die Art. 60 bis 63 DSGVO regeln weitere Pflichten.",), [("Art. 60 bis 63 DSGVO", "gdpr")]),
    (
        ("Der Artikel 615 bis des Strafgesetzbuches gilt weiter.",),
        [("Artikel 615 bis des Strafgesetzbuches", "de-stgb")],
    ),
    # Dutch law names: one word ending in -wet, and the former data protection act (a Dutch law firm's note on
    # the AP's fining policy).
    (
        ("De AP heeft ook boetebevoegdheden in het kader van de Telecommunicatiewet.",),
        [("Telecommunicatiewet", "nl-telecommunicatiewet")],
    ),
    (
        ("Het besluit viel nog onder de Wet bescherming persoonsgegevens (Wbp).",),
        [("Wet bescherming persoonsgegevens", "nl-wbp"), ("Wbp", "nl-wbp")],
    ),
    (("De Mededingingswet geldt ook hier.",), [("Mededingingswet", None)]),
    (("Soaking-wet streets slowed the inspectors down.",), []),
    # India's IT Act as commentators abbreviate it (naavi.org), and its year glued after a comma.
    (("Criminal penalties stay covered under ITA 2000, the blog said.",), [("ITA 2000", "it-act-2000")]),
    (
        ("Section 44 of the Information Technology Act,2000 imposes penalties.",),
        [("Section 44 of the Information Technology Act,2000", "it-act-2000")],
    ),
    (("The ITA team won the 2000 cup.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LAW_CASES)
def test_laws(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


LAW_CASES_2 = [
    # Points closed by a bracket only, listed with commas and "and" (a Romanian authority's decisions in English,
    # rdp-law.de), and spaced after a bracketed paragraph (enforcementtracker.com): one reference with the law.
    (
        (
            "The operator breached art. 25 para. (1), art. 32 para. (1) lit. a), c) and f) of Regulation (EU) 2016/679.",
        ),
        [("art. 25 para. (1), art. 32 para. (1) lit. a), c) and f) of Regulation (EU) 2016/679", "gdpr")],
    ),
    (
        ("Die Behörde sah einen Verstoß gegen Art. 5 Abs. 1 lit. b) , d) und f) DSGVO.",),
        [("Art. 5 Abs. 1 lit. b) , d) und f) DSGVO", "gdpr")],
    ),
    (("Quoted: Art. 6 (1) b) GDPR, insufficient legal basis.",), [("Art. 6 (1) b) GDPR", "gdpr")]),
    # A Turkish paragraph's point after a dash (kvkkhaber.net).
    (
        ("Kurul kararları nedeniyle KVKK m. 18/1-b uyarınca ceza verildi.",),
        [("KVKK m. 18/1-b", "turkey-kvkk")],
    ),
    (("See Article 12/5-year plan of the GDPR team.",), [("Article 12/5", "gdpr"), ("GDPR", "gdpr")]),
    # A subparagraph written before its article, capitalised (easylaw.go.kr).
    (
        (
            "Violators face a fine (Subparagraph 4 of Article 75(2) of the Personal Information Protection Act).",
        ),
        [("Subparagraph 4 of Article 75(2) of the Personal Information Protection Act", None)],
    ),
    # A constitution with its year after a provision (itedgenews.africa); Nigeria's by the bare form where the
    # article is Nigerian, not elsewhere.
    (
        ("The bureau acted in line with Section 37 of the 1999 Constitution and the NDPR.",),
        [("Section 37 of the 1999 Constitution", "constitution-of-nigeria"), ("NDPR", "nigeria-ndpr")],
    ),
    (
        ("Lagos lawyers say the 1999 Constitution protects privacy in Nigeria.",),
        [("1999 Constitution", "constitution-of-nigeria")],
    ),
    (("The 1999 Constitution was amended again.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LAW_CASES_2)
def test_laws_2(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


PENALTY_CASES_2 = [
    # A share written as hundredths before its basis (prighter.com, privacy.go.kr on PIPA's cap); hundredths of a
    # second are no share.
    (
        ("The Commission may impose a penalty surcharge not exceeding 3/100 of the total sales.",),
        [("3/100 of the total sales", None, None, 3.0)],
    ),
    (("The fine notice arrived 5/100 of a second later.",), []),
    # Chile's data protection laws by their numbers place UTM amounts in Chile in an English page that does not
    # name the country (anguitaosorio.cl); with no place, UTM stays a tracking tag.
    (
        ("Under Law 21.719, very serious infractions carry fines of up to 20,000 UTM.",),
        [("20,000 UTM", 20000.0, None, None)],
    ),
    (("The campaign's fine-tuned links carry 30 UTM parameters.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PENALTY_CASES_2)
def test_penalties_2(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float | None, str | None, float | None]]
) -> None:
    assert find_penalty_shares(*paragraphs) == expected


PENALTY_CASES_3 = [
    # Left by session 36 (revlaw36): damages asked for with "por" and a wrong are the claim, not a fine; a fine
    # charged still is one, and an amount paid for a wrong still settles.
    (("Los clientes reclaman 800 euros cada uno por la filtración de sus datos.",), []),
    (("Los vecinos piden 300 euros por la filtración, y la empresa fue multada.",), []),
    (("La SUNAT le cobró una multa de S/ 4,000 por no declarar.",), [("S/ 4,000", 4000.0, "PEN", None)]),
    (
        ("La empresa pagó 3 millones de euros por la filtración de datos.",),
        [("3 millones de euros", 3e6, "EUR", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PENALTY_CASES_3)
def test_penalties_3(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float | None, str | None, float | None]]
) -> None:
    assert find_penalty_shares(*paragraphs) == expected
