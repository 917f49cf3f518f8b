"""What the whole article settles: acronyms it defines or spells out, shared acronyms, jurisdiction words."""

from __future__ import annotations

import pytest
from law_support import find_laws

FOUND = [
    (
        (
            "Nigeria's tribunal applied the Federal Competition and Consumer Protection Act, 2018 (FCCPA).",
            "The FCCPA lets the commission act on data harms.",
        ),
        [
            ("Federal Competition and Consumer Protection Act, 2018", "nigeria-fccpa"),
            ("FCCPA", "nigeria-fccpa"),
            ("FCCPA", "nigeria-fccpa"),
        ],
    ),
    (
        (
            'The Personal Data Protection (Amendment) Act 2024 ("Amendment Act") is in force.',
            "Under the Amendment Act processors are bound.",
        ),
        [
            ("Personal Data Protection (Amendment) Act 2024", None),
            ("Amendment Act", None),
            ("Amendment Act", None),
        ],
    ),
    (
        ("Part 3 would enact the Artificial Intelligence and Data Act.", "Critics say AIDA came too early."),
        [("Artificial Intelligence and Data Act", None), ("AIDA", None)],
    ),
    (
        (
            "The lender broke the Data Privacy Act of 2012, the commission found.",
            "The DPA lets borrowers sue.",
        ),
        [("Data Privacy Act of 2012", "philippines-dpa"), ("DPA", "philippines-dpa")],
    ),
    (
        (
            "The Ghana Data Protection Act 2012 (the GDPA) set up a commission.",
            "Under the GDPA, controllers register.",
        ),
        [("Ghana Data Protection Act 2012", None), ("GDPA", None), ("GDPA", None)],
    ),
    (
        ("Die Verbände klagen nach dem Verbraucherrechtedurchsetzungsgesetz (VDuG).",),
        [("Verbraucherrechtedurchsetzungsgesetz", None), ("VDuG", None)],
    ),
    (("The Saudi PDPL took full effect in 2024.",), [("Saudi PDPL", "saudi-pdpl")]),
    (
        ("Singapore's regulator fined the clinic under the PDPA; Thailand's Thai PDPA is stricter.",),
        [("PDPA", "singapore-pdpa"), ("Thai PDPA", "thailand-pdpa")],
    ),
    (("Texas sued under its Data Privacy and Security Act.",), [("Data Privacy and Security Act", "tdpsa")]),
    (("Die österreichische Datenschutzbehörde strafte nach dem DSG.",), [("DSG", "austria-dsg")]),
    (
        ("Der EDÖB prüft das nDSG und das DSG in der Schweiz.",),
        [("nDSG", "swiss-fadp"), ("DSG", "swiss-fadp")],
    ),
    # Swiss money after an amount places a German DSG; a Swiss firm on a Vienna page does not.
    (("Bis zu 250 000 Franken Busse sieht das DSG vor.",), [("DSG", "swiss-fadp")]),
    (("Das DSG droht mit 1,5 Mio. Franken.",), [("DSG", "swiss-fadp")]),
    (
        ("In Wien prüft die Datenschutzbehörde einen Schweizer Konzern nach dem DSG.",),
        [("DSG", "austria-dsg")],
    ),
    (("Israel's Amendment 13 took effect in August.",), [("Amendment 13", "israel-ppl")]),
    (("Vietnam applies Decree 13 to foreign firms.",), [("Decree 13", "vietnam-decree-13")]),
    (
        (
            "Saudi rules are strict.",
            "Bahrain's Personal Data Protection Law (Law No. 30 of 2018) came first.",
        ),
        [("Personal Data Protection Law", "bahrain-pdpl"), ("Law No. 30 of 2018", "bahrain-pdpl")],
    ),
    (("Illinois BIPA suits keep coming.",), [("Illinois BIPA", "bipa")]),
    (("Malaysia's PDPA was amended in 2024.",), [("PDPA", "malaysia-pdpa")]),
    (("The firm said the federal Wiretap Act did not apply.",), [("Wiretap Act", "wiretap-act")]),
    (("Brussels adopted the EU Data Act last year.",), [("EU Data Act", "data-act")]),
    # A jurisdiction word hyphened to an acronym joins it; any other word before a hyphen is no mention.
    (("Seit Jahren verlangt die EU-DSGVO eine Einwilligung.",), [("EU-DSGVO", "gdpr")]),
    (("Die Anti-DSGVO-Initiative und die US-DSGVO-Debatte verebbten.",), []),
    (
        ("Britain passed the Online Safety Act in 2023.", "The UK OSA now applies to forums."),
        [("Online Safety Act", "uk-online-safety-act"), ("UK OSA", "uk-online-safety-act")],
    ),
    (
        ("Bill C-27 would enact the Consumer Privacy Protection Act.", "Critics say the CPPA goes too far."),
        [("Consumer Privacy Protection Act", "canada-cppa"), ("CPPA", "canada-cppa")],
    ),
    (
        (
            "Bill C-27 would enact the Consumer Privacy Protection Act.",
            "In California, the CPPA fined a carmaker.",
        ),
        [("Consumer Privacy Protection Act", "canada-cppa")],
    ),
    (("The Computer Misuse Act applies.", "The CMA fined the retailer."), [("Computer Misuse Act", None)]),
    (
        ("The lender broke the Data Privacy Act of 2012.", "The Irish DPA is no part of this."),
        [("Data Privacy Act of 2012", "philippines-dpa")],
    ),
    (
        ("In Singapore the Personal Data Protection Act 2012 governs firms.", "The PDPA has a breach duty."),
        [("Personal Data Protection Act 2012", "singapore-pdpa"), ("PDPA", "singapore-pdpa")],
    ),
    (
        (
            "China's regulator applied the Data Security Law (DSL) to the carrier.",
            "The DSL caps fines lower.",
        ),
        [
            ("Data Security Law", "china-data-security-law"),
            ("DSL", "china-data-security-law"),
            ("DSL", "china-data-security-law"),
        ],
    ),
    (
        (
            "Kenya's Data Protection Act, 2019 (hereinafter referred to as 'KDPA') set up a commissioner.",
            "The KDPA applies to foreign firms too.",
        ),
        [("Data Protection Act, 2019", "kenya-dpa"), ("KDPA", "kenya-dpa"), ("KDPA", "kenya-dpa")],
    ),
]

NOT_FOUND = [
    ('The Personal Data Protection Board (the "Board") met twice.',),
    (
        "The Privacy Act 2020 (the Act) came into force in December.",
        "The Act gives the regulator more power.",
    ),
    ("Ireland's DPA fined the platform again.",),
    ("The PDPA applies, lawyers said, without naming a country.",),
    ("The CPA signed the audit.",),
    ("TikTok's Irish GDPR fines keep growing.",),
    ("The PIPC fined the carrier.",),
    ("The CDC issued new guidance on vaccines.",),
    ("The Privacy Commissioner (OPC) issued a notice.",),
    ("DSL lines are slow in rural areas.",),
    ("The DSG met its sales target.",),
    # Franconia (Franken) and a person named Schweizer point nowhere.
    ("Ein Spital in Franken verletzte nach Ansicht der Aufsicht das DSG.",),
    ("Das DSG sei verletzt, sagte Rechtsanwältin Petra Schweizer.",),
    ("Amendment 13 to the city budget passed.",),
    ("The Personal Information Protection Commission (PIPC) met on Monday.",),
    ("Our Acceptable Use Policy (AUP) bans spam.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_article_settles_the_law(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    """Defined and spelled-out acronyms count everywhere in the article; jurisdiction words settle shared ones."""
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_article_leaves_it_open(paragraphs: tuple[str, ...]) -> None:
    """Bodies, bare 'the Act', unplaced shared acronyms and other things' acronyms are no law mentions."""
    found = [item for item in find_laws(*paragraphs) if item[0] not in ("Privacy Act 2020", "GDPR")]
    assert found == []
