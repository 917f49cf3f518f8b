"""Penalty families found on real pages in session 43 (pen43): German headlines that write a fine's noun right after
an amount with no currency ("265 Millionen Strafe"), the German "musste … zahlen" with the verb far from the
amount, list items that open on an amount with no currency under a lead-in about fines, Spanish copulas and
slang after an amount ("12,8 millones fueron", "600.000 pavos", "27 millonazos"), and the Swiss Cartel Act's
base for its cap ("10 Prozent des in den letzten drei Geschäftsjahren in der Schweiz erzielten Umsatzes").
Every sentence is made up."""

from __future__ import annotations

import pytest
from law_support import find_penalties, find_penalty_shares

CASES = [
    # A fine's own noun right after an amount with no currency: the article sets the currency.
    (
        (
            "Konzern muss 180 Millionen Strafe zahlen",
            "Die Behörde setzte die Strafe auf 180 Millionen Euro fest.",
        ),
        [("180 Millionen", 1.8e8, "EUR"), ("180 Millionen Euro", 1.8e8, "EUR")],
    ),
    (
        ("Fast 2 Milliarden Bußgeld für den Versandhändler", "Das letzte Bußgeld betrug 40 Millionen Euro."),
        [("2 Milliarden", 2e9, "EUR"), ("40 Millionen Euro", 4e7, "EUR")],
    ),
    # A count is no money, whatever noun of fines follows it.
    (("Die Behörde verhängte 12 Bußgelder gegen Händler.",), []),
    (("La autoridad impuso 40 multas el año pasado.",), []),
    # The German modal in the past, the paying verb at the clause's end: what the party had to pay.
    (
        ("Schon 2018 musste der Versandhändler 35 Millionen Euro zahlen, weil er Kunden ausgespäht hatte.",),
        [("35 Millionen Euro", 3.5e7, "EUR")],
    ),
    (
        ("Im Jahr darauf mussten die Betreiber 4 Millionen Euro an die Staatskasse überweisen.",),
        [("4 Millionen Euro", 4e6, "EUR")],
    ),
    # A price word nearer the amount still makes it a price; the present 'muss' before a price is none.
    (("Damals musste der Konzern für die Übernahme rund 12 Milliarden Dollar zahlen.",), []),
    (("Wer keine Werbung sehen will, muss 7,99 Euro zahlen.",), []),
    # List items that open on an amount with no currency list more of the fines their lead-in names.
    (
        (
            "Die Aufsicht verhängte 2023 Bußgelder von 9 Millionen Euro, darunter:",
            "- 3 Millionen an eine Versicherung wegen fehlender Verschlüsselung.",
            "- 1,5 Millionen an einen Onlinehändler wegen Werbeanrufen.",
        ),
        [("9 Millionen Euro", 9e6, "EUR"), ("3 Millionen", 3e6, "EUR"), ("1,5 Millionen", 1.5e6, "EUR")],
    ),
    # Under a lead-in that names no fine, such items stay no penalty.
    (
        (
            "Der Verein sammelte 2023 Spenden von 9 Millionen Euro, darunter:",
            "- 3 Millionen von einer Stiftung.",
        ),
        [],
    ),
    # Spanish 'were' after an amount with no currency, as English 'were'; Spain's slang for euros and millions.
    (
        (
            "La agencia impuso sanciones por 30 millones de euros. Al menos 9,4 millones fueron multas por brechas de seguridad.",
        ),
        [("30 millones de euros", 3e7, "EUR"), ("9,4 millones", 9.4e6, "EUR")],
    ),
    (("La agencia le puso una multa de 300.000 pavos a una aseguradora.",), [("300.000 pavos", 3e5, "EUR")]),
    (("En España la granja cría 300.000 pavos al año.",), []),
    (
        ("La agencia impuso multas por 20 millones de euros. En total, 20 millonazos en sanciones.",),
        [("20 millones de euros", 2e7, "EUR"), ("20 millonazos", 2e7, "EUR")],
    ),
    # State aid a Member State must get back is no penalty; a daily penalty or lump sum for not getting it back is.
    (
        ("Brussels ordered Portugal to recover 9 million euros ($9.8 million) from the shipyard.",),
        [],
    ),
    (
        (
            "The Commission told Greece to recover 40 million euros from the airline, which had received illegal state aid.",
        ),
        [],
    ),
    (
        (
            "Madrid may be fined for failing to claw back €52.5m of unlawful state aid. The court could impose a daily penalty of €75,000.",
        ),
        [("€75,000", 7.5e4, "EUR")],
    ),
    # Damages a court lets a party recover, and a regulator's order to a firm to pay, stay penalties.
    (
        ("The jury found the insurer liable and the family may recover $2 million in damages.",),
        [("$2 million", 2e6, "USD")],
    ),
    (("The regulator ordered the lender to refund $4 million to borrowers.",), [("$4 million", 4e6, "USD")]),
    # The capital a lender must hold is no penalty; the fines beside it are, and a penalty paid stays one.
    (
        ("Lenders need a paid-in capital of ₱2 million. Unlicensed lending is fined ₱20,000 to ₱80,000.",),
        [("₱20,000", 2e4, "PHP"), ("₱80,000", 8e4, "PHP")],
    ),
    (("The bank paid $3 million to settle the regulator's claims.",), [("$3 million", 3e6, "USD")]),
]


ROWS = [
    # A table pasted as text: rows of amounts only, each under its own label line, share the header's lead-in.
    (
        (
            "The caps per breach under the rules are:",
            "Level Person Company",
            "Level A",
            "Any breach",
            "$5,000 $50,000",
            "Level B",
            "A breach involving deceit or fraud",
            "$50,000 $250,000",
            "Level C",
            "A breach that also risks heavy loss to clients",
            "$100,000 $500,000",
        ),
        [
            ("$5,000", 5e3, "USD"),
            ("$50,000", 5e4, "USD"),
            ("$50,000", 5e4, "USD"),
            ("$250,000", 2.5e5, "USD"),
            ("$100,000", 1e5, "USD"),
            ("$500,000", 5e5, "USD"),
        ],
    ),
    # Under a lead-in about revenue the rows stay no penalty.
    (
        (
            "The group's revenue by region was:",
            "Region North South",
            "Year one",
            "$5,000 $50,000",
            "Year two",
            "$50,000 $250,000",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROWS)
def test_rows_of_amounts_only(paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]) -> None:
    assert find_penalties(*paragraphs) == expected


CJK = [
    # 'Several' before Japanese or Chinese numerals makes a vague size, no figure; orders won in a rigged tender
    # are no penalty; the surcharge's own figure is.
    ("課徴金の総額は数十億円規模になる見通しだ。", []),
    ("罚款金额预计达数千万元。", []),
    (
        "入札談合で各社の受注総額は約120億円に上り、公取委は課徴金3億円の納付を命じた。",
        [("3億円", 3e8, "JPY")],
    ),
    ("公正取引委員会は課徴金十億円の納付を命じた。", [("十億円", 1e9, "JPY")]),
]


@pytest.mark.parametrize(("text", "expected"), CJK)
def test_cjk_vague_sizes_and_tenders(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert find_penalties(text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_real_page_penalty_families(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]
) -> None:
    assert find_penalties(*paragraphs) == expected


SHARES = [
    # The Swiss Cartel Act's base: the years and the place before 'erzielten' qualify the basis and stay in.
    (
        "Die Sanktion kann bis zu 10 Prozent des in den letzten drei Geschäftsjahren in der Schweiz erzielten Umsatzes betragen.",
        [
            (
                "10 Prozent des in den letzten drei Geschäftsjahren in der Schweiz erzielten Umsatzes",
                None,
                None,
                10.0,
            )
        ],
    ),
    (
        "Die Busse beträgt bis zu 10% des in den letzten drei Jahren in der Schweiz erzielten Umsatzes.",
        [("10% des in den letzten drei Jahren in der Schweiz erzielten Umsatzes", None, None, 10.0)],
    ),
    # The plural's 'der' before the plural of turnover, and an aggregate turnover in English.
    ("Es drohen Bussen von bis zu 10 Prozent der Umsätze.", [("10 Prozent der Umsätze", None, None, 10.0)]),
    (
        "The authority may impose fines not exceeding 10 % of the aggregate turnover of the firms concerned.",
        [("10 % of the aggregate turnover", None, None, 10.0)],
    ),
    # A share of people or of staff is none.
    ("Rund 10 Prozent der Nutzer haben der Änderung widersprochen.", []),
    ("Rund 10 Prozent der Angestellten wurden nach der Busse entlassen.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_real_page_share_families(
    text: str, expected: list[tuple[str, float | None, str | None, float]]
) -> None:
    assert find_penalty_shares(text) == expected
