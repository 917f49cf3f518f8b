"""Laws news cites, by every name form articles use: each is found and given its knowledge-base entry."""

from __future__ import annotations

import pytest
from law_support import find_laws

from annotations.knowledge import laws_by_id

# (sentence, [(mention, law id)]): one row per name form added to the knowledge base.
FOUND = [
    ("The collector was sued under the FDCPA for calling at night.", [("FDCPA", "fdcpa")]),
    (
        "Borrowers said the Fair Debt Collection Practices Act was broken.",
        [("Fair Debt Collection Practices Act", "fdcpa")],
    ),
    ("The card issuer's disclosures fell short of TILA.", [("TILA", "tila")]),
    ("Lawmakers revived the ADPPA talks.", [("ADPPA", "adppa")]),
    (
        "The American Privacy Rights Act draft stalled in committee.",
        [("American Privacy Rights Act", "american-privacy-rights-act")],
    ),
    ("Hospitals await the CIRCIA reporting rule.", [("CIRCIA", "circia")]),
    (
        "The bank cited 23 NYCRR 500.17 in its notice.",
        [("23 NYCRR 500.17", "nydfs-cybersecurity-regulation")],
    ),
    ("Plaintiffs pleaded the CLRA and the UCL in California.", [("CLRA", "ca-clra"), ("UCL", "ca-ucl")]),
    (
        "A California court let the Unfair Competition Law claim go ahead.",
        [("Unfair Competition Law", "ca-ucl")],
    ),
    ("The chat widget was challenged under WESCA.", [("WESCA", "wesca")]),
    ("Texas enforces TRAIGA from January.", [("TRAIGA", "traiga")]),
    ("Florida's FDBR covers only the largest firms.", [("FDBR", "fl-digital-bill-of-rights")]),
    ("Montana amended the MCDPA this spring.", [("MCDPA", "mt-cdpa")]),
    ("Minnesota's MCDPA took effect in July.", [("MCDPA", "mn-cdpa")]),
    ("Iowa's ICDPA has no private right of action.", [("ICDPA", "ia-cdpa")]),
    ("Indiana's ICDPA starts in 2026.", [("ICDPA", "in-cdpa")]),
    ("Delaware's DPDPA has a low threshold.", [("DPDPA", "de-pdpa")]),
    ("India notified rules under the DPDPA.", [("DPDPA", "dpdp-act")]),
    ("Die KI-Verordnung gilt schrittweise.", [("KI-Verordnung", "ai-act")]),
    ("Banks must apply strong customer authentication under PSD2.", [("PSD2", "psd2")]),
    ("Marketplaces prepared for the GPSR deadline.", [("GPSR", "gpsr")]),
    ("Retailers have until June to meet the EAA.", [("EAA", "european-accessibility-act")]),
    ("Messaging apps fall under the EECC.", [("EECC", "eecc")]),
    ("Wallets are built on eIDAS.", [("eIDAS", "eidas")]),
    ("Hospitals will share records through the EHDS.", [("EHDS", "ehds")]),
    ("The exchange got a MiCA licence.", [("MiCA", "mica")]),
    ("La AEPD multó a la tienda por infringir la LSSI.", [("LSSI", "es-lssi")]),
    (
        "El artículo 22.2 de la Ley 34/2002 regula las cookies.",
        [("artículo 22.2 de la Ley 34/2002", "es-lssi")],
    ),
    ("L'hébergeur invoque la LCEN.", [("LCEN", "fr-lcen")]),
    ("Das NetzDG wurde vom DSA verdrängt.", [("NetzDG", "de-netzdg"), ("DSA", "dsa")]),
    ("In Deutschland ersetzte das DDG das TMG.", [("DDG", "de-ddg"), ("TMG", "de-tmg")]),
    ("Brazil's ECA Digital bans loot boxes for minors.", [("ECA Digital", "brazil-eca-digital")]),
    ("A Lei 15.211/2025 exige verificação de idade.", [("Lei 15.211/2025", "brazil-eca-digital")]),
    (
        "China fined the platform under its Anti-Monopoly Law.",
        [("Anti-Monopoly Law", "china-anti-monopoly-law")],
    ),
    ("Chinese sellers must follow the E-Commerce Law.", [("E-Commerce Law", "china-ecommerce-law")]),
    (
        "Vietnam's Cybersecurity Law requires local storage.",
        [("Cybersecurity Law", "vietnam-cybersecurity-law")],
    ),
    ("Singapore issued a POFMA direction.", [("POFMA", "pofma")]),
    (
        "Medibank faces claims under the Australian Consumer Law.",
        [("Australian Consumer Law", "australian-consumer-law")],
    ),
    ("South Africa's ECTA governs spam.", [("ECTA", "za-ecta")]),
    ("Nigeria's GAID took effect in September.", [("GAID", "nigeria-gaid")]),
    ("Korea's AI Basic Act requires labels.", [("AI Basic Act", "korea-ai-basic-act")]),
    # Korea's AI law by its Korean title and the short forms Korean and Chinese news write, Latin letters and all
    # (the names of a script without spaces are matched ignoring case, as their keys are folded).
    ("정부는 AI기본법을 내년부터 시행한다고 밝혔다.", [("AI기본법", "korea-ai-basic-act")]),
    (
        "'인공지능 발전과 신뢰 기반 조성 등에 관한 기본법'(AI 기본법)이 오늘 시행됐다.",
        [
            ("인공지능 발전과 신뢰 기반 조성 등에 관한 기본법", "korea-ai-basic-act"),
            ("AI 기본법", "korea-ai-basic-act"),
        ],
    ),
    ("업계는 인공지능기본법 제정안을 반겼다.", [("인공지능기본법", "korea-ai-basic-act")]),
    ("韩国的AI 基本法要求企业标识生成内容。", [("AI 基本法", "korea-ai-basic-act")]),
    ("根据AI基本法,部长每三年制定一次规划。", [("AI基本法", "korea-ai-basic-act")]),
    (
        "Quebec amended its Act respecting the protection of personal information in the private sector.",
        [
            (
                "Act respecting the protection of personal information in the private sector",
                "quebec-private-sector-act",
            )
        ],
    ),
    (
        "Egypt's Personal Data Protection Law finally has regulations.",
        [("Personal Data Protection Law", "egypt-pdpl")],
    ),
]

# Ordinary words and other things that share a new alias's letters: nothing is labelled.
NOT_LAWS = [
    # Any country's "basic law on AI" in Chinese is no name: only the Korean short form with its Latin letters is.
    "韩国成为第二个制定人工智能基本法的国家。",
    "Researchers at UCL in London published the study.",
    "He tore his ACL in the second half.",
    "The Australian court fined ACL, the pathology company, last year.",
    "Configure the ACL on the router before the audit.",
    "APRA required the insurer to hold more capital.",
    "The DDG of the agency spoke first.",
    "Ticket prices on TMG rose again.",
    "The grid operator's ECTA filing was late.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_law_is_found_with_its_entry(text: str, expected: list[tuple[str, str]]) -> None:
    """Each name form of a law news cites is labelled, with that law's entry."""
    assert find_laws(text) == expected


@pytest.mark.parametrize("text", NOT_LAWS)
def test_shared_letters_are_not_laws(text: str) -> None:
    """A university, a ligament, a router list or a regulator is not a law."""
    assert find_laws(text) == []


def test_shared_acronym_with_no_jurisdiction_is_left() -> None:
    """An acronym two laws share, in an article that never says which, is given to neither."""
    assert find_laws("Companies reviewed the MCDPA and the ICDPA.") == []


# (law id, year) of the laws added, each as enacted or adopted.
YEARS = [
    ("fdcpa", 1977), ("tila", 1968), ("circia", 2022), ("ca-clra", 1970), ("wesca", 1978),
    ("traiga", 2025), ("psd2", 2015), ("gpsr", 2023), ("european-accessibility-act", 2019),
    ("eecc", 2018), ("eidas", 2014), ("mica", 2023), ("es-lssi", 2002), ("fr-lcen", 2004),
    ("de-netzdg", 2017), ("de-ddg", 2024), ("brazil-eca-digital", 2025),
    ("china-anti-monopoly-law", 2007), ("china-ecommerce-law", 2018),
    ("pofma", 2019), ("za-ecta", 2002), ("nigeria-gaid", 2025), ("quebec-private-sector-act", 1993), ("egypt-pdpl", 2020),
]  # fmt: skip


@pytest.mark.parametrize(("law_id", "year"), YEARS)
def test_added_law_year(law_id: str, year: int) -> None:
    """The year recorded for each added law is the year it was enacted or adopted."""
    assert laws_by_id()[law_id].year == year
