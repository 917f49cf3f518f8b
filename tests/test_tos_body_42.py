"""ToS quotes in article bodies, session 42 (tosbody42): two families of news on privacy-policy changes, rows in our own
words.

A piece the company added ("On payments, Tallo has added this line:", "the company added a new sentence: “…”", "Tallo
added a new paragraph to its terms of service:") hands over to the added words: "added" with a piece of the document as
its object tells of a change, not of a statement (X privacy-policy write-ups, valideapp.com-style).

A pronoun and a past verb after a quotation ("…,” it stated") stand for the document only when the sentence right before
opens on it as its subject ("Tallo's privacy policy said …"): after "Tallo defended its policy" it is the company speaking
(thehindu.com on X's privacy policy).
"""

from __future__ import annotations

import pytest

from tests.tos_support import page_units, quotes_found

TITLE = "Tallo adds new notes to its privacy policy"
NAMED = "Tallo updated its privacy policy this week."
CLAUSE = "We may keep a record of the cards you use to pay for rides."

ADDED_BLOCKS = [
    # A piece added, set off under the lead-in's colon: the piece is the document's.
    ("On payments, Tallo has added this line:", [CLAUSE]),
    ("Tallo added a new line to its privacy policy:", [CLAUSE]),
    ("The company has added a new paragraph to its privacy policy:", [CLAUSE]),
    # Someone else adds it, or it goes into another text: no terms.
    ("A spokesperson added this line:", []),
    ("Tallo's chief executive added this line:", []),
    ("Tallo added a new line to its blog post:", []),
    ("Tallo added a new section to its help centre:", []),
]


@pytest.mark.parametrize(("lead", "expected"), ADDED_BLOCKS)
def test_added_piece_block(lead: str, expected: list[str]) -> None:
    assert quotes_found(page_units(NAMED, lead, CLAUSE, title=TITLE)) == expected


ADDED_INLINE = [
    (f"On payments, Tallo has added this line: “{CLAUSE}”", [CLAUSE]),
    (f"On payments, the company added a new sentence: “{CLAUSE}”", [CLAUSE]),
    ("A spokesperson added a new sentence: “We have never sold a card record.”", []),
    ("In a statement, Tallo added this line: “We have never sold a card record.”", []),
    # "added" with no piece as its object stays the company's statement.
    ("The company added: “We have never sold a card record.”", []),
    ("Tallo added that it “has never sold a card record”.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), ADDED_INLINE)
def test_added_piece_inline(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(NAMED, paragraph, title=TITLE)) == expected


PAST_TITLE = "Tallo's new privacy policy"
SHARE = "We may transfer information about you as part of a merger or a sale of assets,"
PAST_CASES = [
    # The sentence before opens on the document: "it" is the document.
    (
        "Tallo's privacy policy said there were cases in which rider data could pass to a buyer.",
        "stated",
        [SHARE],
    ),
    ("The updated privacy policy was published on Monday.", "said", [SHARE]),
    ("Its new user agreement spells out what happens in a sale.", "added", [SHARE]),
    # The company opens the sentence before, or someone else speaks there: the company's or their statement.
    ("Tallo defended its privacy policy on Monday.", "said", []),
    ("Tallo updated its privacy policy on Monday.", "stated", []),
    ("The privacy policy was criticised by the regulator on Monday.", "said", []),
    ("Tallo's privacy policy drew a complaint. A spokesperson answered it.", "said", []),
]


@pytest.mark.parametrize(("sentence", "verb", "expected"), PAST_CASES)
def test_past_verb_after_quotation(sentence: str, verb: str, expected: list[str]) -> None:
    paragraph = f"“{SHARE}” it {verb}."
    assert quotes_found(page_units(sentence, paragraph, title=PAST_TITLE)) == expected


def test_past_verb_with_a_place_of_its_own() -> None:
    """A statement named after "it said" speaks ("…,” it said in a statement"), whatever the sentence before opens on."""
    units = page_units(
        "Tallo's privacy policy said there were cases in which rider data could pass to a buyer.",
        f"“{SHARE}” it said in a statement.",
        title=PAST_TITLE,
    )
    assert quotes_found(units) == []
