"""Law families met on real statute, court and law-firm pages (session 39): capitals, Indian scripts, Spanish laws
numbered within their year, Swiss money settling DSG, "Section 4 of the Act" on a page naming no law, lower-case names
spelled before their acronym, and constitutions of Pakistan's courts. Every sentence is made up for these rows."""

from __future__ import annotations

import pytest
from law_support import find_laws

# (paragraphs, [(mention, knowledge-base id or None)])
FOUND = [
    # Short titles printed in capitals, with their year, as Indian and Pakistani judgments print them.
    (
        ("The suit was filed under Section 10 of the INDIAN CONTRACT ACT, 1872 against the seller.",),
        [("Section 10 of the INDIAN CONTRACT ACT, 1872", None)],
    ),
    (
        ("THE CONSUMER PROTECTION ACT, 2019 decides the forum's reach here.",),
        [("CONSUMER PROTECTION ACT, 2019", None)],
    ),
    (
        ("The petitioners were charged under the PAKISTAN PENAL CODE, 1860 and the court heard them.",),
        [("PAKISTAN PENAL CODE, 1860", None)],
    ),
    # Indian-language names with their year: Hindi, Marathi (Devanagari), Telugu and Gujarati.
    (
        ("संसद ने डिजिटल व्यक्तिगत डेटा संरक्षण विधेयक, 2023 पर चर्चा की।",),
        [("डिजिटल व्यक्तिगत डेटा संरक्षण विधेयक, 2023", None)],
    ),
    (
        ("मंत्री ने 'डिजिटल पर्सनल डेटा प्रोटेक्शन बिल-2023' सदन में रखा।",),
        [("डिजिटल पर्सनल डेटा प्रोटेक्शन बिल-2023", None)],
    ),
    (
        ("आयोग के अनुसार यह प्रतिस्पर्धा अधिनियम, 2002 का उल्लंघन था।",),
        [("प्रतिस्पर्धा अधिनियम, 2002", None)],
    ),
    (
        ("డిజిటల్ పర్సనల్ డేటా ప్రొటెక్షన్-2023 బిల్లు కింద కంపెనీలు బాధ్యత వహించాలి.",),
        [("డిజిటల్ పర్సనల్ డేటా ప్రొటెక్షన్-2023 బిల్లు", None)],
    ),
    (
        ("ડિજિટલ પર્સનલ ડેટા પ્રોટેક્શન બિલ - 2023 લાગુ થશે.",),
        [("ડિજિટલ પર્સનલ ડેટા પ્રોટેક્શન બિલ - 2023", None)],
    ),
    (
        ("विशेषज्ञ मानते हैं कि कंपनी डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम का पालन नहीं करती।",),
        [("डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम", "dpdp-act")],
    ),
    # A Spanish law numbered within its year by one digit, with the article before it.
    (
        ("La sanción se fundó en el artículo 72 de la Ley 3/2018 y no en otra norma.",),
        [("artículo 72 de la Ley 3/2018", None)],
    ),
    # Swiss francs settle which DSG an article means.
    (
        ("Wer Art. 60 DSG verletzt, riskiert eine Busse bis CHF 250'000.",),
        [("Art. 60 DSG", "swiss-fadp")],
    ),
    # "Section 4 of the Act" on a page that never names its Act: a statute's provision.
    (
        ("The regulator held that the platform breached Section 4 of the Act by tying its apps.",),
        [("Section 4", None)],
    ),
    # A name in lower case spelled out before the acronym the article defines, then the acronym alone.
    (
        (
            "The emirate's new general data protection law (GDPL) applies from June.",
            "Under the GDPL, firms register.",
        ),
        [("general data protection law", None), ("GDPL", None), ("GDPL", None)],
    ),
    # Pakistan's constitution, argued in its courts, and its cybercrime act by acronym.
    (
        ("The bench read Article 14 of the Constitution of Pakistan beside section 21 of PECA.",),
        [
            ("Article 14 of the Constitution of Pakistan", "constitution-of-pakistan"),
            ("section 21 of PECA", "pakistan-peca"),
        ],
    ),
]

# Batch 2: Kenyan pleadings spell out "Number"; "and other" inside a Nigerian title; "in order for" is no order;
# Nigeria's Cybercrimes Act as its pages write it; Oman's law; the Japanese short name on a JFTC page.
FOUND += [
    (
        (
            "The Kenyan High Court said the dispute fell under section 56 of the Data Protection Act Number 24 of 2019.",
        ),
        [("section 56 of the Data Protection Act Number 24 of 2019", "kenya-dpa")],
    ),
    (
        ("Charges were brought under the Advance Fee Fraud and other Related Offences Act, 2006 last year.",),
        [("Advance Fee Fraud and other Related Offences Act, 2006", None)],
    ),
    (
        (
            "The Promotion of Access to Information Act, 2000 (PAIA) governs it.",
            "Much must be shown in order for a request to succeed, and Section 9(2)(c), which states the test, applies.",
        ),
        [
            ("Promotion of Access to Information Act, 2000", "paia"),
            ("PAIA", "paia"),
            ("Section 9(2)(c)", "paia"),
        ],
    ),
    (
        (
            "The blogger was charged under the Cybercrimes (Prohibition and Prevention, etc.) Act, 2015 in Abuja.",
        ),
        [("Cybercrimes (Prohibition and Prevention, etc.) Act, 2015", "nigeria-cybercrimes-act")],
    ),
    (
        (
            "The ministry will enforce the Omani Personal Data Protection Law from February.",
            "Fines under the PDPL vary.",
        ),
        [("Omani Personal Data Protection Law", "oman-pdpl"), ("PDPL", "oman-pdpl")],
    ),
    (
        ("公取委は、組合の行為が独占禁止法の第8条に当たるとして排除措置命令を出した。",),
        [("独占禁止法の第8条", "jp-antimonopoly-act")],
    ),
]

# A capital "S." for section before a law's name; "IPC" where the article is Indian or right after a section.
FOUND += [
    (
        ("The tribunal held the bank liable for violation of S. 43-A IT Act last week.",),
        [("S. 43-A IT Act", None)],
    ),
    (
        (
            "The Indian police framed charges under IPC for the leak.",
            "Booked under sections 420 and 406 IPC, he got bail.",
        ),
        [("IPC", "india-ipc"), ("sections 420 and 406 IPC", "india-ipc")],
    ),
]

NOT_FOUND = [
    # "S." as an initial or inside "U.S.", and "IPC" as a patent class: no section, no code.
    ("The court cited 381 U.S. 479 in its order.",),
    ("The IPC class of the invention was filed in Geneva.",),
    # Japanese news of an EU cartel fine: 独占禁止法 glosses EU competition law, and no Japanese authority acts.
    ("欧州委員会は価格カルテルで3社に制裁金を科した。3社は独占禁止法に違反したという。",),
    # A headline in capitals with a head but no year names no particular law.
    ("SENATE PASSES PRIVACY ACT AFTER LONG DEBATE",),
    # A Hindi sentence with a year and a word for law or bill but no name before it.
    ("नया कानून 2023 में लागू हुआ। बिल 2024 में आया।",),
    ("कंपनी ने 2023 में बिल भेजा।",),
    # "of the Code of Conduct", "of the Terms": no statute, on a page that names no law.
    ("See Section 3 of the Code of Conduct and Section 8 of the Terms.",),
    # An authority's acronym spelled out is no law; nor is a possessive before the spelled words.
    ("The national privacy authority (NPA) opened a probe.",),
    ("Ruritania's online harms law (ROHL) is short.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_found(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_not_found(paragraphs: tuple[str, ...]) -> None:
    assert find_laws(*paragraphs) == []
