"""Families of real pages lawpen26 (session 38) found read wrongly: Indian compound provisions (clause (ob) of
sub-section (2) of section 87 read with section 43A; section 12 A (1) (b)), "Sec" with no full stop, German
variants and "ff." written onto the number, a writing about a law named before it in a title
("Explanatory Note to ...", "Introduction To The ..."), Germany's GWB, South Africa's Paia, Dutch "-wet"
compounds that are English words, Italian laws cited as "legge 5/2018" and the Data Protection Law of an article's
country."""

from __future__ import annotations

import pytest
from law_support import find_laws

_IT_ACT = "The Information Technology Act, 2000 governs electronic records in India."

LAW_CASES = [
    # A compound Indian reference, its parts before it and a second section joined by "read with", is one span
    # with the Act (alertindian.com).
    (
        (
            "Acting under clause (ob) of sub-section (2) of section 87 read with section 43A of the Information "
            "Technology Act, 2000, the ministry issued the new rules.",
        ),
        [
            "clause (ob) of sub-section (2) of section 87 read with section 43A of the Information Technology "
            "Act, 2000"
        ],
    ),
    (
        ("The bench relied on sub-section (3) of section 72A of the Information Technology Act, 2000.",),
        ["sub-section (3) of section 72A of the Information Technology Act, 2000"],
    ),
    # Bare, in an article that names the Act: from "sub-", not from "section".
    (
        (_IT_ACT, "Under sub-section (3) of section 43A the firm owes damages."),
        ["Information Technology Act, 2000", "sub-section (3) of section 43A"],
    ),
    # A capital letter spaced after the section's number before its bracketed subsection, as judgments write it.
    (
        (_IT_ACT, "The appeal turned on section 12 A (1) (b) read with section 9 (2) of the Act."),
        ["Information Technology Act, 2000", "section 12 A (1) (b) read with section 9 (2)"],
    ),
    # "Sec" with no full stop before a number (naavi.org).
    (
        (_IT_ACT, "The ministry issued a note on Sec 43A. Years later Sec 66A was struck down."),
        ["Information Technology Act, 2000", "Sec 43A", "Sec 66A"],
    ),
    # German variants and half-sentences, and "ff." written onto the number (litres.pl).
    (
        (
            "Der Grundsatz folgt aus Art. 5 Abs. 1 lit. a Var. 2 DSGVO und gilt auch für Übermittlungen (Art. 44ff. DSGVO).",
        ),
        ["Art. 5 Abs. 1 lit. a Var. 2 DSGVO", "Art. 44ff. DSGVO"],
    ),
    (
        ("Das Gericht stützte sich auf § 7 Abs. 2 Hs. 1 UWG.",),
        ["§ 7 Abs. 2 Hs. 1 UWG"],
    ),
    # A writing about a law named before it in a title: the name starts after the link (dpdpa.com,
    # atharvalegal.com, naavi.org).
    (
        ("Explanatory Note to Digital Personal Data Protection Rules, 2025",),
        ["Digital Personal Data Protection Rules, 2025"],
    ),
    (
        ("Introduction To The Digital Personal Data Protection Rules, 2025",),
        ["Digital Personal Data Protection Rules, 2025"],
    ),
    (
        ("Our Review of the Information Technology Rules, 2011 came out in May.",),
        ["Information Technology Rules, 2011"],
    ),
    (
        ("Overview Of The Kenya Data Protection Act, 2019",),
        ["Kenya Data Protection Act, 2019"],
    ),
    # A writing's word inside a name, with no link after it, stays: the name is whole.
    (
        ("Sellers who gag reviewers breach the Consumer Review Fairness Act.",),
        ["Consumer Review Fairness Act"],
    ),
    (
        ("The Clarification Notes Act was never passed.",),
        ["Clarification Notes Act"],
    ),
    # Lower-case "sec" is seconds, not a section; a sub-section with no number is prose.
    (
        (_IT_ACT, "The clip jumps at sec 5 and again at sec 12."),
        ["Information Technology Act, 2000"],
    ),
    (
        (_IT_ACT, "The sub-section on fees was rewritten in 2008."),
        ["Information Technology Act, 2000"],
    ),
    # Germany's competition act by its acronym after a provision, and a provision's smaller parts after a name
    # (webshoprecht.de, betriebs-berater.ruw.de on the Facebook case).
    (
        ("Der BGH bestätigte den Vorwurf eines Konditionenmissbrauchs nach § 19 Abs. 1 GWB.",),
        ["§ 19 Abs. 1 GWB"],
    ),
    (
        ("Das Bundeskartellamt prüfte GWB § 19 Abs. 2 Nr. 2 und BDSG § 26 Abs. 1 Satz 1.",),
        ["GWB § 19 Abs. 2 Nr. 2", "BDSG § 26 Abs. 1 Satz 1"],
    ),
    # South Africa's access-to-information act written as a word, as Popia is; elsewhere Paia is a town.
    (
        (
            "The Information Regulator in South Africa oversees Popia as well as the Promotion of Access to "
            "Information Act.",
            "Under Paia, a requester may ask a private body for its records.",
        ),
        ["Popia", "Promotion of Access to Information Act", "Paia"],
    ),
    (("We stopped at Paia on the road to Hana for fish tacos.",), []),
    # An English adjective ending in "wet" is no Dutch law; a Dutch compound is.
    (("The Underwet spray left the fabric damp, testers said.",), []),
    (("De toezichthouder beriep zich op de Mededingingswet.",), ["Mededingingswet"]),
    # An Italian law by number and year after lower-case "legge", and a paragraph numbered "3-bis" (gdprhub.eu).
    (
        ("The Garante applied Art. 1(5) legge 5/2018 together with Art. 130(3-bis) d.lgs. 196/2003.",),
        ["Art. 1(5) legge 5/2018", "Art. 130(3-bis) d.lgs. 196/2003"],
    ),
    (
        ("Il Garante ha richiamato la legge n. 5 del 2018 sul registro delle opposizioni.",),
        ["legge n. 5 del 2018"],
    ),
    # A shared short name, the Data Protection Law, settled by the article's country (koksal.av.tr).
    (
        ("Fines in Turkey are set for breaches of the Data Protection Law.",),
        ["Data Protection Law"],
    ),
    (("The island's Data Protection Law took effect in 2019.",), []),
    # A bracket may lose the space before its link to the law: "§ 501(c)of the ...".
    (
        ("Charities exempt under § 501(c)of the Internal Revenue Code must still file.",),
        ["§ 501(c)of the Internal Revenue Code"],
    ),
    (
        ("The GDPR applies here. Article 5(2)and its accountability duty bind the firm.",),
        ["GDPR", "Article 5(2)"],
    ),
    # An EU directive by year and number with no EC mark, and a French article's Roman paragraph before its law
    # (avocats-mathias.com).
    (
        ("Les règles viennent de la directive européenne 2002/58, modifiée par la directive 2009/136.",),
        ["directive européenne 2002/58", "directive 2009/136"],
    ),
    (
        ("Elles ont été transposées à l'article 32 II de la loi n° 78-17 du 6 janvier 1978.",),
        ["article 32 II de la loi n° 78-17 du 6 janvier 1978"],
    ),
    (("The 2020 directive on remote work and the 12/2020 guidance are internal.",), []),
    # A lettered section stays itself: "§ 312f BGB" keeps its letter.
    (
        ("Die Pflichten ergeben sich aus § 312f BGB.",),
        ["§ 312f BGB"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LAW_CASES)
def test_compound_provisions_and_titles(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert [text for text, _ref in find_laws(*paragraphs)] == expected
