"""Penalty families found on real pages in session 42 (pen42): Swiss tables that group thousands with an opening
quotation mark ("3‘876‘465 Franken"), the Swiss verb of fining ("die WEKO büsste ..."), Greek number words before
the million and the thousand ("πρόστιμο δύο εκατομμυρίων ευρώ"), a figure in brackets after an amount in words
("AED ten million (10,000,000)"), an exchange rate written out ("US$1 was equivalent to 52.54
Philippine pesos"), salaries, bonuses and rent after "in", money misspent or lent by those fined, and what
recovering a fine costs. Every sentence is made up."""

from __future__ import annotations

import pytest
from law_support import find_penalties

from annotations.detectors.money import _RATE_WORDS
from annotations.detectors.money_forms import MONEY
from annotations.knowledge import vocabulary

CASES = [
    # Swiss thousands set apart by an opening quotation mark, as by an apostrophe.
    (
        "Die Sanktionen im Einzelnen:\nAlpha Beschläge AG (Bern): 2‘450‘310 Franken",
        [("2‘450‘310 Franken", 2450310.0, "CHF")],
    ),
    ("Die Busse beträgt CHF 1‘200‘000.", [("CHF 1‘200‘000", 1.2e6, "CHF")]),
    ("Die Firma zahlt eine Busse von Fr. 75’500.", [("Fr. 75’500", 75500.0, "CHF")]),
    # An opening quotation mark before a number opens a quotation: "‘500" is no group of thousands.
    ("Er nannte die Busse von 4‘ 500 Franken ‘zu hoch’.", [("500 Franken", 500.0, "CHF")]),
    # The Swiss verb of fining.
    (
        "Die WEKO büsste drei Strassenbauer mit insgesamt 6 Millionen Franken.",
        [("6 Millionen Franken", 6e6, "CHF")],
    ),
    (
        "Die Wettbewerbskommission büsst den Verband mit 1,3 Millionen Franken.",
        [("1,3 Millionen Franken", 1.3e6, "CHF")],
    ),
    ("Die Weko hat den Importeur mit 900'000 Franken gebüsst.", [("900'000 Franken", 9e5, "CHF")]),
    # Money lost ("eingebüsst") is no fine; nor is a profit after a fine with no amount.
    ("Der Konzern hat an der Börse 300 Millionen Franken eingebüsst.", []),
    ("Die WEKO hat die Firma gebüsst. Sie erzielte einen Gewinn von 8 Millionen Franken.", []),
    # Greek number words before the million, in the genitive a fine is written in.
    (
        "Η Αρχή επέβαλε πρόστιμο τριών εκατομμυρίων ευρώ στον πάροχο.",
        [("τριών εκατομμυρίων ευρώ", 3e6, "EUR")],
    ),
    ("Επιβλήθηκε πρόστιμο ενός εκατομμυρίου ευρώ στην τράπεζα.", [("ενός εκατομμυρίου ευρώ", 1e6, "EUR")]),
    ("Η Επιτροπή επέβαλε πρόστιμο δύο εκατομμυρίων ευρώ.", [("δύο εκατομμυρίων ευρώ", 2e6, "EUR")]),
    # Greek tens and hundreds before the thousand, and the pecuniary penalty of Greek and Cypriot law.
    (
        "Ο παραβάτης υπόκειται σε χρηματική ποινή που δεν υπερβαίνει τις διακόσιες πενήντα χιλιάδες ευρώ (€250.000).",
        [("διακόσιες πενήντα χιλιάδες ευρώ", 2.5e5, "EUR"), ("€250.000", 2.5e5, "EUR")],
    ),
    ("Η Αρχή επέβαλε πρόστιμο 40 χιλιάδων ευρώ στο νοσοκομείο.", [("40 χιλιάδων ευρώ", 4e4, "EUR")]),
    # Prison terms in Greek are no money; a headcount in thousands is none either.
    ("Η ποινή φυλάκισης δεν υπερβαίνει τα τρία (3) έτη.", []),
    ("Η τράπεζα απασχολεί τρεις χιλιάδες υπαλλήλους.", []),
    # A Greek share of turnover ends at "κύκλου εργασιών", the words between qualifying it; a share of staff is none.
    (
        "Πρόστιμα έως 20 εκατ. ευρώ ή έως το 4 % του παγκόσμιου ετήσιου κύκλου εργασιών.",
        [("20 εκατ. ευρώ", 2e7, "EUR"), ("4 % του παγκόσμιου ετήσιου κύκλου εργασιών", None, None)],
    ),
    ("Το 30 % του προσωπικού απολύθηκε μετά το πρόστιμο.", []),
    # A Greek number word with no million after it is no amount.
    ("Οι δύο εταιρείες πλήρωσαν πρόστιμο.", []),
    # A figure in brackets after an amount of the same value restates it in digits: its own span, same currency.
    (
        "The central bank imposed a penalty of AED twelve million (12,000,000) on the exchange house.",
        [("AED twelve million", 1.2e7, "AED"), ("12,000,000", 1.2e7, "AED")],
    ),
    (
        "The court fined the trader forty thousand dirhams (40,000) for the breach.",
        [("forty thousand dirhams", 4e4, "AED"), ("40,000", 4e4, "AED")],
    ),
    (
        "The authority fined the bank SAR 3 million (3,000,000).",
        [("SAR 3 million", 3e6, "SAR"), ("3,000,000", 3e6, "SAR")],
    ),
    # A bracketed year, or another number, restates nothing.
    ("The fine was 2 million euros (2019).", [("2 million euros", 2e6, "EUR")]),
    (
        "The regulator fined it 5 million euros (the second fine) last year.",
        [("5 million euros", 5e6, "EUR")],
    ),
    ("The fine was AED 3 million (300 cases).", [("AED 3 million", 3e6, "AED")]),
    # The payer after "fined" may be "the" and a name of up to four words; a stock exchange is a party, not stock.
    (
        "The commission fined the Philippine Stock Exchange Inc. 90,000 pesos for misstating how much of its stock"
        " brokers hold.",
        [("90,000 pesos", 9e4, "PHP")],
    ),
    ("The National Stock Exchange was fined Rs 7 crore by the regulator.", [("Rs 7 crore", 7e7, "INR")]),
    ("The fund sold stock worth $5 million before the regulator fined it.", []),
    # An exchange rate written out closes a story on a fine: neither side is money paid.
    (
        "The regulator fined the broker 250,000 Philippine pesos. As of May 2, US$1 was equivalent to 55.10 Philippine"
        " pesos.",
        [("250,000 Philippine pesos", 2.5e5, "PHP")],
    ),
    (
        "The bank was fined ₩3 billion. As of June 1, US$1 is equal to 1,380 won.",
        [("₩3 billion", 3e9, "KRW")],
    ),
    # A fine restated in another currency keeps its conversion.
    (
        "The fine of 2 million pesos is equivalent to about $35,000.",
        [("2 million pesos", 2e6, "MXN"), ("$35,000", 3.5e4, "USD")],
    ),
    # Salaries, bonuses and rent after "in" are what the amount is, whatever verb pays them.
    ("The watchdog fined the firm last year. It paid $3 million in salaries in 2023.", []),
    ("Despite the fine, the bank paid its traders £4 million in bonuses.", []),
    ("The regulator fined the landlord. The tenant had paid $18,000 in rent.", []),
    ("The company agreed to pay $3 million in penalties.", [("$3 million", 3e6, "USD")]),
    # Money misspent or lent by those who ran a fined firm is no fine; the fine beside it is.
    (
        "The bank was fined NT$10 million after its chairman misspent more than NT$2 billion in company funds.",
        [("NT$10 million", 1e7, "TWD")],
    ),
    (
        "The insurer was fined NT$6 million for its role in illegal lending, to the sum of about NT$3 billion.",
        [("NT$6 million", 6e6, "TWD")],
    ),
    # A lending app or company fined is still fined.
    ("The NPC fined an online lending app P1.5 million.", [("P1.5 million", 1.5e6, "PHP")]),
    ("Regulators fined two illegal lending apps ₹2 crore each.", [("₹2 crore", 2e7, "INR")]),
    (
        "A former manager misappropriated $4 million; the firm was fined $1 million.",
        [("$1 million", 1e6, "USD")],
    ),
    # A plan named by its price right after the amount is a price; a redress plan is still redress.
    (
        "The NCC fined the carrier NT$2 million. Its NT$499 plan and NT$999 monthly plan were hit by the outage.",
        [("NT$2 million", 2e6, "TWD")],
    ),
    (
        "The bank agreed to a $20 million redress plan for customers.",
        [("$20 million", 2e7, "USD")],
    ),
    # The value of trades a securities regulator describes is no fine.
    (
        "The broker executed 5,120 trades with an aggregate transaction value of about US$12.4 billion. The SFC"
        " fined it HK$4 million.",
        [("HK$4 million", 4e6, "HKD")],
    ),
    # Reparation a court orders is compensation; a refund of overcharges is a refund.
    ("Misleading claims about a used car. Reparation $8,000. Judgment 2012", [("$8,000", 8e3, "USD")]),
    (
        "The lender was fined $21,500 and refunded about $300,000 in overcharged fees.",
        [("$21,500", 21500.0, "USD"), ("$300,000", 3e5, "USD")],
    ),
    ("The lender overcharged borrowers $300,000 before the regulator stepped in.", []),
    # What recovering a fine costs is a cost, not the fine.
    (
        "The notice lists the penalty of Rs 12 lakh and a recovery cost of Rs 1,000.",
        [("Rs 12 lakh", 1.2e6, "INR")],
    ),
    # A court that recovers money for consumers still orders a payment.
    ("The agency will recover $5 million for consumers.", [("$5 million", 5e6, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_real_page_penalty_families(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert find_penalties(text) == expected


def test_every_written_rate_link_holds_a_word_the_quick_check_looks_for() -> None:
    links = [phrase for entry in vocabulary(MONEY).role("rate_link") for phrase in entry.phrases]
    assert links
    assert all(any(word in link for word in _RATE_WORDS) for link in links)
