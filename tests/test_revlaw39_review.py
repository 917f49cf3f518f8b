"""Review of earlier sessions' leftovers (revlaw39): a bare section "of the stadium" is a seating block, not a law's;
"directive 24/7" is a round-the-clock order, not an EU directive (a two-digit year is one before 1999). Session 39:
a law's name in capitals stops at a capitals word that opens no name ("UNDER", "BREACHING") and joins with "OF" as
with "of", so a headline in capitals keeps its other words out of the name; a court caption's "In the Matter of" is
no part of the law's name."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws

LAW_CASES = [
    # A lower-case thing after a bare provision owns its number.
    (
        "The club was fined €2 million under Article 5 of the GDPR. Fans in Sec 2 of the stadium may not film.",
        ["Article 5 of the GDPR"],
    ),
    (
        "The arena breached the GDPR, the authority said. Seats in Section 114 of the arena were covered by cameras.",
        ["GDPR"],
    ),
    # A run that names a law by a lower-case head word or noun stays the law's.
    (
        "The platform was fined under the GDPR. Article 17 of the bloc's privacy law gives users the right to erasure.",
        ["GDPR", "Article 17"],
    ),
    (
        "The Commission cited the Digital Markets Act and Article 102 of the treaty in its decision.",
        ["Digital Markets Act", "Article 102"],
    ),
    (
        "The insurer broke the GDPR, and Article 32 of the regulation required encryption.",
        ["GDPR", "Article 32"],
    ),
    # A two-digit directive year is one before 1999.
    (
        "The fine rests on the GDPR. The manager's directive 24/7 keeps the gates staffed.",
        ["GDPR"],
    ),
    (
        "The fine rests on the GDPR, which replaced directive 95/46, and on the cookie rules of directive 2002/58.",
        ["GDPR", "directive 95/46", "directive 2002/58"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LAW_CASES)
def test_owned_numbers_and_directive_years(text: str, expected: list[str]) -> None:
    assert [name for name, _ref in find_laws(text)] == expected


CAPITALS_CASES = [
    # A headline in capitals: the words before the law's name are the headline's.
    ("WATCHDOG FINES FIRM FOR BREACHING DATA PROTECTION ACT 2018", ["DATA PROTECTION ACT 2018"]),
    ("COUNCIL IN BREACH OF DATA PROTECTION ACT 2018, ICO SAYS", ["DATA PROTECTION ACT 2018"]),
    ("BANK UNDER DATA PROTECTION ACT 2018", ["DATA PROTECTION ACT 2018"]),
    # A form's heading in capitals, as Indian legal blogs print one.
    (
        "SAMPLE APPEAL TO THE GRIEVANCE OFFICER UNDER INFORMATION TECHNOLOGY ACT, 2000",
        ["INFORMATION TECHNOLOGY ACT, 2000"],
    ),
    # A court caption: "In the Matter of" opens no name, in capitals or in title case.
    ("IN THE MATTER OF THE COMPETITION ACT, 2002", ["COMPETITION ACT, 2002"]),
    ("In the Matter of the Competition Act, 2002", ["Competition Act, 2002"]),
    (
        "The panel heard the Subject Matter Jurisdiction Act of 2011 case.",
        ["Subject Matter Jurisdiction Act of 2011"],
    ),
    # A short title in capitals keeps its joining words, and "THE" stays out.
    (
        "THE PROTECTION OF CHILDREN FROM SEXUAL OFFENCES ACT, 2012",
        ["PROTECTION OF CHILDREN FROM SEXUAL OFFENCES ACT, 2012"],
    ),
    (
        "The suit was filed under Section 10 of the INDIAN CONTRACT ACT, 1872 against the seller.",
        ["Section 10 of the INDIAN CONTRACT ACT, 1872"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS_CASES)
def test_names_in_capitals(text: str, expected: list[str]) -> None:
    assert [name for name, _ref in find_laws(text)] == expected
