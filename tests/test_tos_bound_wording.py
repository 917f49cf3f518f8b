"""Wording typical of terms that is no modal of "we" or "you" (`terms_wording` in tos_quotes.toml): the document
naming itself, a licence grant, a disclaimer, a dispute clause, an unbounded power, a clause whose subject is a common
noun. A quotation so worded with no lead-in, on a page that names a terms document, is the document's (tos_bound);
the same wording said by someone, a promise, or news is not. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "Pebblo's new rules for its sellers"
TERMS = "Pebblo rewrote its terms of use in April."

_units = partial(page_units, title=TITLE)

# One row per entry (or language): the quotation has no lead-in and none of the binding modals of `terms_binding`.
MATCHES = [
    # wording-self-reference: the clause names the document it stands in.
    "Many sellers grumble that “these terms require every dispute to go to a single mediator” sits near the end.",
    "Le passage « les présentes conditions priment sur tout accord verbal » a surpris les vendeurs.",
    # wording-licence-grant
    "The clause on photos, “a worldwide, royalty-free licence over every listing image”, drew the most anger.",
    "La frase “licencia gratuita, mundial y transferible sobre cada foto publicada” indignó a los vendedores.",
    "Photographers now worry about “a perpetual right to show any listing photo in adverts”.",
    # wording-disclaimer
    "Sellers are unhappy with “consequential damages of any kind are excluded for sellers”.",
    "Page nine holds “in no event shall the marketplace answer for a buyer who never pays” in capitals.",
    "Tout en bas, « sans garantie d'aucune sorte quant à la disponibilité du site » figure en petits caractères.",
    # wording-disputes
    "Sellers dislike “binding arbitration in the seller's home county for every claim” most of all.",
    "Die Verkäufer ärgert vor allem „Gerichtsstand ist ausschließlich der Sitz des Betreibers“.",
    # wording-unilateral
    "Another line, “listings may vanish for any reason or no reason at all”, worries power sellers.",
    "La cláusula “cerrar la tienda sin previo aviso y sin reembolso” es la más criticada.",
    "Forum regulars keep repeating “suspend or terminate any shop that breaks a rule”.",
    # wording-drafting: a contract's own drafting words.
    "Nobody likes “any and all listings, including but not limited to drafts” much.",
    # wording-common-noun-clause: a common noun as the subject, bound in the passive.
    "The forum is angry about “seller accounts may not be sold or handed to a relative”.",
    "What stings is “listing fees will not be refunded once a listing goes live”.",
    "One paragraph, “no seller shall have the right to see a buyer's address”, surprised many.",
]

NO_MATCH = [
    # The same wording said by someone, before or after.
    "A spokesperson said “listings may vanish for any reason, but that is rare”.",
    "“Listing fees will not be refunded this year,” the chief executive added.",
    "In a statement: “a worldwide, royalty-free licence is standard in the industry.”",
    # A promise or news, not an unbounded power or a clause: "at any time" and "will be" are left out.
    "Pebblo's banner now reads “you can close your shop at any time”.",
    "Sellers were told “new fees will be announced in June” on the forum.",
    # "may be" before a word that only looks like a participle (even, often, open): no passive, no clause.
    "Sellers fear “it may be even worse next year” once the fees change.",
    "On the forum, “the site may be open to abuse” is the usual reply to new sellers.",
    "Every thread about parcels repeats that “delivery may be often late in winter”.",
    # A name someone gives the wording is theirs, however much it sounds like a licence.
    "The founder called the arrangement “perpetual and fair to sellers”.",
    # A term of art is not among the phrases: "arbitration" alone, "class action" alone.
    "Lawyers on the forum keep repeating “class action” as if it settled the question.",
]


@pytest.mark.parametrize("paragraph", MATCHES)
def test_terms_wording_without_a_lead_is_the_documents(paragraph: str) -> None:
    found = quotes_found(_units(TERMS, paragraph))
    assert len(found) == 1
    assert found[0] in paragraph


@pytest.mark.parametrize("paragraph", NO_MATCH)
def test_terms_wording_said_by_someone_or_merely_promised_is_left_alone(paragraph: str) -> None:
    assert quotes_found(_units(TERMS, paragraph)) == []


def test_terms_wording_on_a_page_naming_no_document_is_left_alone() -> None:
    units = _units(
        "Pebblo's sellers met the mayor on Friday.",
        "Banners read “seller accounts may not be sold or handed to a relative”.",
    )
    assert quotes_found(units) == []


def test_terms_wording_does_not_let_a_pointing_word_stand_for_the_terms() -> None:
    """`terms_wording` is read for a quotation with no lead-in only: on a page that names no document, a pointing
    word ("The new policy reads") still needs a binding modal, and a disclaimer is not one."""
    units = page_units(
        "The council's new policy reads “in no event shall the library open on Sundays”.",
        title="Library hours change",
    )
    assert quotes_found(units) == []


# A speaker's verb whose place is the document itself ("As stated in the User Agreement") gives nothing away.
CITED_IN_DOCUMENT = [
    "As stated in the seller agreement; “Pebblo may close any shop that stays empty for a year.”",
    "Como se dijo en los términos de uso, “Pebblo puede cerrar cualquier tienda vacía” sin más.",
]

SPOKEN_ELSEWHERE = [
    "As the founder stated in an interview, “Pebblo may close shops that stay empty.”",
    "As stated in a blog post, “we may look again at empty shops next year.”",
]


@pytest.mark.parametrize("paragraph", CITED_IN_DOCUMENT)
def test_a_verb_of_saying_placed_in_the_document_is_the_documents(paragraph: str) -> None:
    found = quotes_found(_units(TERMS, paragraph))
    assert len(found) == 1
    assert found[0] in paragraph


@pytest.mark.parametrize("paragraph", SPOKEN_ELSEWHERE)
def test_a_verb_of_saying_placed_in_an_interview_or_a_post_is_not(paragraph: str) -> None:
    assert quotes_found(_units(TERMS, paragraph)) == []


def test_words_inside_another_quotation_give_nothing_away() -> None:
    """In a table of quoted clauses, "court" inside the row before is that clause's word, not a court speaking."""
    units = _units(
        TERMS,
        "Pebblo | “these terms keep every claim out of court” | checked\n"
        "Pebblo | “listings may vanish for any reason or no reason at all” | checked",
    )
    assert quotes_found(units) == [
        "these terms keep every claim out of court",
        "listings may vanish for any reason or no reason at all",
    ]
