"""ToS quotes in article bodies, session 42 (tosbody42): two families of news on privacy-policy changes, rows in our own
words.

A piece the company added ("On payments, Tallo has added this line:", "the company added a new sentence: “…”", "Tallo
added a new paragraph to its terms of service:") hands over to the added words: "added" with a piece of the document as
its object tells of a change, not of a statement (X privacy-policy write-ups, valideapp.com-style).

A pronoun and a past verb after a quotation ("…,” it stated") stand for the document only when the sentence right before
opens on it as its subject ("Tallo's privacy policy said …"): after "Tallo defended its policy" it is the company speaking
(thehindu.com on X's privacy policy).

A writer's list of finds under a bare colon ("Here are the oddest finds:"), each item the writer's sentence led by its
colon to a quotation that closes it ("Brisk keeps your data for as long as it wants: “We keep …”"), gives the document
only the quotation, however the writer's words say "we" or "you" (privacymonitor.com's board of odd privacy clauses).
"""

from __future__ import annotations

import pytest

from tests.tos_support import article_quotes, page_units, quotes_found

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
    # The piece right before its quotation, no colon: where it went, the words after say (its FAQ, not the policy).
    ("It also added the line “Thanks for waiting” to its FAQ page.", []),
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


ITEMS_TITLE = "The oddest lines in Brisk's privacy policy"
ITEMS_LEAD = "We read the privacy policy of Brisk, the fitness app, so you do not have to.\n\nHere are the oddest finds:\n\n"
FRIENDS = "If you give us details about other people, you confirm that you may share them with us."
KEEP = "We keep personal data for as long as we find it useful."
ITEM_CASES = [
    # The writer's sentence, its colon, then the quotation that ends the item: only the quotation.
    (f"• Like we saw with another app last year, you can sign your friends up: “{FRIENDS}”", [FRIENDS]),
    (f"• Brisk keeps your data for as long as it wants: “{KEEP}”", [KEEP]),
    # A clause set off in the document's voice stays whole, with or without a defined word it quotes.
    ("• We may share your data with our partners.", ["We may share your data with our partners."]),
    (
        "• We may share your data with partners: “partners” means any company we work with.",
        ["We may share your data with partners: “partners” means any company we work with."],
    ),
]


@pytest.mark.parametrize(("item", "expected"), ITEM_CASES)
def test_writers_item_led_to_its_quotation(item: str, expected: list[str]) -> None:
    assert article_quotes(ITEMS_TITLE, ITEMS_LEAD + item) == expected


RESPONSE_TITLE = "A TV maker's privacy policy warns owners"
RESPONSE_CASES = [
    # A response the company issued breaks the chain from "it says" back to the policy: its statement follows.
    ("Vidro, for its part, has issued a response to the newspaper.", []),
    ("In a response to critics, Vidro defended the feature.", []),
    # "In response to" tells why something changed, and a plain sentence between keeps the policy in play.
    (
        "In response to the criticism, the warning was moved lower down.",
        ["We may keep what you say to the TV,"],
    ),
    ("Most owners never read that far.", ["We may keep what you say to the TV,"]),
]


@pytest.mark.parametrize(("between", "expected"), RESPONSE_CASES)
def test_company_response_between(between: str, expected: list[str]) -> None:
    units = page_units(
        f"Vidro's privacy policy was updated in May. {between}",
        "“We may keep what you say to the TV,” it says.",
        title=RESPONSE_TITLE,
    )
    assert quotes_found(units) == expected
