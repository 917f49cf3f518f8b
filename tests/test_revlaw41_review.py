"""Review of session 41's law and penalty commits (revlaw41). fc32020 gave the NIS1 Directive the short name "NIS 1",
and the NIS2 Directive already had "NIS 2": Israeli amounts ("NIS 1.2 million", "NIS 2 million") then held a law too.
"NIS" glued to a digit ("NIS2") read as two shekels, in every article on the EU directive: "NIS" is a letter sign now,
money only before a magnitude word, a separator, decimals or three digits. fc32020's Korean laws in corner brackets
took books' titles that end in 법 for a way of doing ("「성공 투자의 비법」", "「부자가 되는 법」"), and its journal
words after a name ("Cybersecurity Law Review") also dropped "the Privacy Act Review", a review of the Act. Every
sentence is made up."""

from __future__ import annotations

import pytest
from law_support import find_penalties

from tests.law_support import find_laws

LAW_CASES = [
    # A shekel amount is no directive.
    ("The court ordered the clinic to pay NIS 1.2 million in damages.", []),
    ("The bank was fined NIS 2 million and NIS 1,500 more per day.", []),
    # The directives keep their short names, spaced or glued.
    ("NIS 2 replaced NIS 1 in October 2024.", ["NIS 2", "NIS 1"]),
    ("Under NIS2, fines reach €10 million.", ["NIS2"]),
    # A Korean book whose title ends in a way of doing, or in a spaced 법 (how to), is no law.
    ("대표는 「성공 투자의 비법」이라는 책을 냈다.", []),
    ("그는 「부자가 되는 법」과 「글쓰기 방법」을 추천했다.", []),
    ("학생들은 「영어 공부법」을 읽었다.", []),
    # Korean laws in brackets stay laws.
    ("위원회는 「전기통신사업법」과 「자동차관리법」 위반을 확인했다.", ["전기통신사업법", "자동차관리법"]),
    ("「의료법」 제19조는 환자 정보를 보호한다.", ["의료법」 제19조"]),
    ("정부는 「감염병예방법」과 「소방법」을 고쳤다.", ["감염병예방법", "소방법"]),
    # A review of an Act names the Act; a journal named on a law's words names no law.
    (
        "The Privacy Act Review Report was released; it reviews the Privacy Act 1988.",
        ["Privacy Act", "Privacy Act 1988"],
    ),
    ("The Privacy, Data Protection and Cybersecurity Law Review covers Asia.", []),
]


@pytest.mark.parametrize(("text", "expected"), LAW_CASES)
def test_session41_law_mends(text: str, expected: list[str]) -> None:
    assert [name for name, _ref in find_laws(text)] == expected


PENALTY_CASES = [
    # The directive's name is no amount.
    (
        "Under NIS2, essential entities face fines of up to €10 million.",
        [("€10 million", 1e7, "EUR")],
    ),
    ("The regulator fined the firm €2 million under NIS2 and DORA.", [("€2 million", 2e6, "EUR")]),
    # Shekels keep reading with a magnitude, a separator, decimals or three digits.
    ("The authority fined the clinic NIS 1.2 million.", [("NIS 1.2 million", 1.2e6, "ILS")]),
    ("The court fined him NIS 25,000.", [("NIS 25,000", 2.5e4, "ILS")]),
    ("The court fined him NIS 800.", [("NIS 800", 800.0, "ILS")]),
    ("The fine was ₪5,000.", [("₪5,000", 5e3, "ILS")]),
]


@pytest.mark.parametrize(("text", "expected"), PENALTY_CASES)
def test_nis_directive_no_shekels(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert find_penalties(text) == expected


# ef8d893 review: German "straft ... ab" is also the market punishing a share, and the bare 罚 stands in 奖罚 (rewards
# and punishments) before a bonus. Revlaw40's leftover: a payer named by a common noun after "fined" keeps its fine
# whatever the next clause is about.
MARKET_AND_OBJECT_CASES = [
    ("Die Anleger straften den Konzern am Montag mit einem Kursverlust von 4 Milliarden Euro ab.", []),
    ("Die Aktie wurde an der Börse abgestraft und verlor 2 Milliarden Euro an Wert.", []),
    ("我们公司奖罚分明，年终奖3万元。", []),
    # Fines written so stay fines.
    ("Die WEKO straft vier Unternehmen mit 5,69 Mio. Franken ab.", [("5,69 Mio. Franken", 5.69e6, "CHF")]),
    (
        "Das Kartellamt verhängte ein Bußgeld von 2 Millionen Euro an Wert- und Preisabsprachen.",
        [("2 Millionen Euro", 2e6, "EUR")],
    ),
    ("该公司被罚款50万元，高管奖金被扣。", [("50万元", 5e5, "CNY")]),
    # The payer named by a common noun.
    (
        "The regulator fined the broker $2 million as investors lost their savings.",
        [("$2 million", 2e6, "USD")],
    ),
    ("The FCA fined the bank £3 million as profits slumped.", [("£3 million", 3e6, "GBP")]),
    # Another verb's amount after "fined" stays out.
    ("The regulator fined the firm after it booked $2 million as revenue.", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_AND_OBJECT_CASES)
def test_market_punishment_and_described_payer(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert find_penalties(text) == expected


# Session 40's leftover: after "over", price-fixing claims or concerns are a price's or a deal's cause; a fine over
# them keeps its verb. Hindi number words that end in a vowel sign (दो, नौ, सौ) are read whole before लाख and करोड़.
CAUSE_AND_WORDS_CASES = [
    ("Tickets rose $5 over price-fixing claims.", []),
    ("The firm sold the unit for $40 million over bid-rigging concerns.", []),
    (
        "The Commission fined the truck makers €2.9 billion over price-fixing allegations.",
        [("€2.9 billion", 2.9e9, "EUR")],
    ),
    (
        "It fined can makers a total of 25.7 billion yen over a price cartel.",
        [("25.7 billion yen", 2.57e10, "JPY")],
    ),
    ("पुलिस ने दुकानदार पर दो लाख रुपये का जुर्माना लगाया।", [("दो लाख रुपये", 2e5, "INR")]),
    ("अदालत ने कंपनी पर नौ लाख रुपये का जुर्माना लगाया।", [("नौ लाख रुपये", 9e5, "INR")]),
    ("नियामक ने बैंक पर सौ करोड़ रुपये का जुर्माना लगाया।", [("सौ करोड़ रुपये", 1e9, "INR")]),
]


@pytest.mark.parametrize(("text", "expected"), CAUSE_AND_WORDS_CASES)
def test_price_fixing_causes_and_hindi_words(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert find_penalties(text) == expected
