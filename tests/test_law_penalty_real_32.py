"""Laws and penalties as real pages write them (session 32, lawpen18): families found by reading regulators'
lists, law-firm guides and news in Korea, India, Brazil and elsewhere; every row is text written here."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit
from tests.law_support import find_laws, settled_currencies


def _penalties(text: str) -> list[str]:
    found = PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))
    return [finding.text for finding in found]


# A count with a bound ("100 thousand and more", "1 million or more") is no amount of money, also where the
# article's currency would give it one: Korean regulators' English lists of sanctions and breach-notice thresholds
# write the number of people or records so (privacy.go.kr's list of administrative penalties).
COUNTS_WITH_A_BOUND = [
    (
        "Four firms that leaked 200 thousand and more personal records were fined 38 million won in total.",
        ["38 million won"],
    ),
    ("Operators holding 1 million or more accounts face fines of 50 million won.", ["50 million won"]),
    ("Platforms with 50 lakh or more registered users risk penalties of ₹250 crore.", ["₹250 crore"]),
    ("Clinics with 5 million and above patient files were fined 70 million won each.", ["70 million won"]),
]


@pytest.mark.parametrize(
    ("text", "amounts"), COUNTS_WITH_A_BOUND, ids=[row[1][0] for row in COUNTS_WITH_A_BOUND]
)
def test_a_count_with_a_bound_is_no_penalty(text: str, amounts: list[str]) -> None:
    """Only the fine is a penalty; the bounded count beside it is none."""
    assert _penalties(text) == amounts


# An amount with no currency followed by such a bound and then a word of money stays money.
BOUNDED_MONEY = [
    (
        "The PIPC fined the firm 3 billion won and a further 1.2 billion or more in surcharges.",
        ["3 billion won", "1.2 billion"],
    ),
    (
        "The PIPC fined the firm 3 billion won, and the total may reach 5 billion or more.",
        ["3 billion won", "5 billion"],
    ),
]


@pytest.mark.parametrize(("text", "amounts"), BOUNDED_MONEY, ids=[row[1][1] for row in BOUNDED_MONEY])
def test_money_with_a_bound_stays_a_penalty(text: str, amounts: list[str]) -> None:
    """'or more' before a word of money or the end of the sentence leaves the amount money."""
    assert _penalties(text) == amounts


# A statutory cap whose basis names the owner a data protection law speaks of: "the data controller's gross annual
# turnover" (Nigeria's NDPA section 48 as law-firm guides restate it), "the personal information controller's total
# sales" (Korea's PIPA). 'data' before the owner stopped the basis.
OWNER_BASES = [
    (
        "Administrative fines reach ₦10 million or 2% of the data controller’s gross annual turnover, whichever is higher.",
        ["₦10 million", "2% of the data controller’s gross annual turnover"],
    ),
    (
        "The surcharge may reach 3% of the personal information controller's total sales.",
        ["3% of the personal information controller's total sales"],
    ),
    (
        "Fines may reach 4% of the data processor's worldwide turnover.",
        ["4% of the data processor's worldwide turnover"],
    ),
]

# A ratio a commenter computes stays none; a share of something other than turnover is no penalty.
OWNER_BASES_NOT = [
    ("The ₦5 million fine is less than 1% of the data broker’s annual revenue.", ["₦5 million"]),
    ("About 40% of the data controller’s staff work remotely, the bank said after the fine.", []),
]


@pytest.mark.parametrize(
    ("text", "amounts"),
    OWNER_BASES + OWNER_BASES_NOT,
    ids=[row[0][:40] for row in OWNER_BASES + OWNER_BASES_NOT],
)
def test_a_share_of_the_data_controllers_turnover(text: str, amounts: list[str]) -> None:
    """The cap's share runs to 'turnover' over the law's owner; computed ratios stay out."""
    assert _penalties(text) == amounts


# A head word before a bare "of" is part of a longer name walked left from a later head: Nigeria's telecoms rules as
# guides to its data laws list them (iclg.com's Nigeria chapter), "Rules of Court", "Law of Evidence".
HEAD_BEFORE_OF = [
    (
        "Operators must also follow the Consumer Code of Practice Regulations 2007.",
        ["Consumer Code of Practice Regulations 2007"],
    ),
    ("The judge applied the Rules of Court Act 1998 to the filing.", ["Rules of Court Act 1998"]),
    ("Lawyers cited the Law of Evidence Act in their reply.", ["Law of Evidence Act"]),
]

# After "and", or after "of the", the head still ends an earlier name.
HEAD_ENDS_A_NAME = [
    ("The Spam Act and Privacy Act both apply.", ["Spam Act", "Privacy Act"]),
    (
        "The Spam Regulations and Telecommunications Act were amended together.",
        ["Spam Regulations", "Telecommunications Act"],
    ),
]


@pytest.mark.parametrize(
    ("text", "laws"),
    HEAD_BEFORE_OF + HEAD_ENDS_A_NAME,
    ids=[row[1][0] for row in HEAD_BEFORE_OF + HEAD_ENDS_A_NAME],
)
def test_a_head_before_of_stays_in_the_name(text: str, laws: list[str]) -> None:
    """'Code of Practice Regulations' is one name; 'Act and Privacy Act' two."""
    assert [found for found, _ in find_laws(text)] == laws


# A law the knowledge base names, then "and", then a name walked left from its head: two laws, as UK, Saudi and
# Singapore guides list them ("the UK GDPR and Data Protection Act 2018", orizon.sh on the PDPL and its Implementing
# Regulations). The walk from the head took the acronym as one more name word.
LISTED_LAWS = [
    ("Firms must follow the GDPR and Data Protection Act 2018.", ["GDPR", "Data Protection Act 2018"]),
    ("The UK GDPR and Data Protection Act 2018 apply here.", ["UK GDPR", "Data Protection Act 2018"]),
    ("Both CCPA and CPRA Regulations bind the retailer.", ["CCPA", "CPRA Regulations"]),
    (
        "In Saudi Arabia the PDPL and Implementing Regulations came into effect in 2023.",
        ["PDPL", "Implementing Regulations"],
    ),
]

# An acronym that is no law's stays inside the name; a name the knowledge base holds whole stays whole.
LISTED_LAWS_NOT = [
    (
        "The HIV and AIDS (Anti-Discrimination) Act 2014 protects patients.",
        ["HIV and AIDS (Anti-Discrimination) Act 2014"],
    ),
    (
        "The Health Insurance Portability and Accountability Act applies.",
        ["Health Insurance Portability and Accountability Act"],
    ),
]


@pytest.mark.parametrize(
    ("text", "laws"),
    LISTED_LAWS + LISTED_LAWS_NOT,
    ids=[row[0][:40] for row in LISTED_LAWS + LISTED_LAWS_NOT],
)
def test_a_known_law_before_and_is_no_name_word(text: str, laws: list[str]) -> None:
    """The known law and the shaped name after 'and' are two mentions."""
    assert [found for found, _ in find_laws(text)] == laws


# Turkish writes a case ending fused to a law's last word as often as after an apostrophe ("Kanununun 15 inci
# maddesi", "Kanununa göre"; kvkkhaber.net, hukukihaber.net); labellers end the name before the ending, as after
# an apostrophe. A fused ending hid the name altogether.
FUSED_CASES = [
    (
        # With its article after the fused genitive, name and article are one span, as after an apostrophe.
        "6698 sayılı Kişisel Verilerin Korunması Kanununun 11. maddesi ilgili kişinin haklarını sayar.",
        ["6698 sayılı Kişisel Verilerin Korunması Kanununun 11. maddesi"],
    ),
    (
        "Şirket, Kişisel Verilerin Korunması Kanununda yazan aydınlatma yükümlülüğünü yerine getirmedi.",
        ["Kişisel Verilerin Korunması Kanunu"],
    ),
    ("Bu davranış Türk Ceza Kanununa göre suç sayılır.", ["Türk Ceza Kanunu"]),
    (
        "Kurul, Kişisel Verilerin Korunması Kanunundaki yükümlülükleri hatırlattı.",
        ["Kişisel Verilerin Korunması Kanunu"],
    ),
    ("Rekabetin Korunması Hakkında Kanuna göre soruşturma açıldı.", ["Rekabetin Korunması Hakkında Kanun"]),
]

# A plural, or a word that only begins like a case ending, is no law's name.
FUSED_CASES_NOT = [
    ("Yeni kanunlar ve yönetmelikler geldi; Kanunlarımız eskidi.", []),
    ("Kanunumuz çok eski, dedi avukat.", []),
]


@pytest.mark.parametrize(
    ("text", "laws"),
    FUSED_CASES + FUSED_CASES_NOT,
    ids=[row[0][:40] for row in FUSED_CASES + FUSED_CASES_NOT],
)
def test_a_fused_turkish_case_ending_stays_outside_the_name(text: str, laws: list[str]) -> None:
    """The law's name ends where the fused case ending begins."""
    assert [found for found, _ in find_laws(text)] == laws


# An acronym cue spelled out in the article as a body's name is that body, and still points to its place: the
# Hong Kong privacy commissioner's own releases write "Privacy Commissioner for Personal Data (PCPD)" and "$" for
# the Hong Kong dollar (pcpd.org.hk media statements). Spelled out, PCPD stopped counting, and one "Chinese" left
# the article with no place, so "$" was the US dollar.
SPELLED_BODIES = [
    (
        (
            "The Privacy Commissioner for Personal Data (PCPD) arrested a Chinese man in Tuen Mun for doxxing.",
            "The PCPD said the offence carries a fine of up to $100,000 and two years in prison.",
        ),
        [("$100,000", "USD")],  # GUIDELINES: no HK$ written, so "$" is USD
    ),
]

# Spelled out as a law, an acronym that is another place's body stays no cue there: Canada's CPPA is no California
# agency.
SPELLED_LAWS = [
    (
        (
            "Canada's Consumer Privacy Protection Act (CPPA) would let a tribunal impose fines of up to $25 million.",
            "Under the CPPA, the largest fines would go to repeat offenders.",
        ),
        [("$25 million", "USD")],  # GUIDELINES: no C$ written, so "$" is USD
    ),
]


@pytest.mark.parametrize(("paragraphs", "amounts"), SPELLED_BODIES + SPELLED_LAWS, ids=["PCPD", "CPPA"])
def test_an_acronym_spelled_as_a_body_still_points_to_its_place(
    paragraphs: tuple[str, ...], amounts: list[tuple[str, str]]
) -> None:
    """'$' takes the dollar of the place the body's acronym points to; a law's spelling is no such cue."""
    assert settled_currencies(*paragraphs) == amounts


# Guides to a regulator's powers cite the law's section in brackets after each power: "the Commission may order a
# party to act (s. 81.4)" (osler.com and mccarthy.ca on Quebec's Law 25). The verb 'order' read as a company's or
# a court's order, whose numbered parts are no law.
ORDER_VERBS = [
    (
        (
            "The Private Sector Act gives the Commission new powers.",
            "It may order a party to protect those concerned (s. 81.4).",
        ),
        ["Private Sector Act", "s. 81.4"],
    ),
    (
        ("The GDPR gives new powers. The authority can order a ban on processing (Article 58).",),
        ["GDPR", "Article 58"],
    ),
    (
        (
            "The Private Sector Act gives the Commission the power to",
            "order a party to take any action to protect those concerned (s. 81.4)",
        ),
        ["Private Sector Act", "s. 81.4"],
    ),
]

# An order as a document still owns its paragraphs.
ORDER_DOCUMENTS = [
    (("The GDPR applies. Paragraph 5 of the order requires yearly audits.",), ["GDPR"]),
    (("The GDPR applies. The court may order the firm to pay under paragraph 5 of the order.",), ["GDPR"]),
]


@pytest.mark.parametrize(
    ("paragraphs", "laws"),
    ORDER_VERBS + ORDER_DOCUMENTS,
    ids=[row[1][-1] + str(i) for i, row in enumerate(ORDER_VERBS + ORDER_DOCUMENTS)],
)
def test_the_verb_order_is_no_document(paragraphs: tuple[str, ...], laws: list[str]) -> None:
    """A bracketed section after 'may order' is the law's; one 'of the order' stays the order's."""
    assert [found for found, _ in find_laws(*paragraphs)] == laws


# French guides to GDPR fines abbreviate the turnover 'CA' ("jusqu'à 20 millions € / 4 % du CA N-1", lock-t.com;
# "4 % de son CA mondial") and now and then write "chiffres d'affaires" (data-droit.com).
FRENCH_TURNOVER = [
    (
        "Une amende administrative jusqu'à 10 millions € / 2% du CA N-1.",
        ["10 millions €", "2% du CA"],
    ),
    ("La CNIL peut infliger une amende jusqu’à 4 % de son CA mondial.", ["4 % de son CA mondial"]),
    (
        "La CNIL peut infliger une amende jusqu’à 20 millions d’euros ou 4% du chiffres d’affaires annuel mondial.",
        ["20 millions d’euros", "4% du chiffres d’affaires annuel mondial"],
    ),
]

# 'CA' after English 'of' is California, no turnover.
FRENCH_TURNOVER_NOT = [
    ("The firm paid a $5 million fine; 10% of CA residents use the app.", ["$5 million"]),
]


@pytest.mark.parametrize(
    ("text", "amounts"),
    FRENCH_TURNOVER + FRENCH_TURNOVER_NOT,
    ids=[row[0][:40] for row in FRENCH_TURNOVER + FRENCH_TURNOVER_NOT],
)
def test_french_turnover_abbreviated(text: str, amounts: list[str]) -> None:
    """'du CA' and 'de son CA' end a share of turnover; 'of CA' does not."""
    assert _penalties(text) == amounts


# Romance words for 'known as' end a title before its short name, as English 'known' does: "le Règlement général sur
# la protection des données dit RGPD" (data-droit.com) is two mentions.
KNOWN_AS = [
    (
        "Le Règlement général sur la protection des données dit RGPD est un règlement européen.",
        ["Règlement général sur la protection des données", "RGPD"],
    ),
    (
        "La Ley Orgánica de Protección de Datos conocida como LOPDGDD se aplica.",
        ["Ley Orgánica de Protección de Datos", "LOPDGDD"],
    ),
]


@pytest.mark.parametrize(("text", "laws"), KNOWN_AS, ids=["dit", "conocida"])
def test_known_as_ends_a_romance_title(text: str, laws: list[str]) -> None:
    """The title and its short name are two mentions."""
    assert [found for found, _ in find_laws(text)] == laws
