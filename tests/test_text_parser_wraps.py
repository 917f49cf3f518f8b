"""Lines wrapped by hand among lines that are not: statutes, mailing-list replies and pages saved from PDFs
break a sentence over lines of sixty to eighty characters, next to paragraphs kept on one long line. A
line that leaves its sentence open and a line that goes on with it are one block; a heading, a label, a
list item or a line after a sentence's end stays a block of its own. The pages are our own, in the shapes
of real ones."""

from __future__ import annotations

import pytest

from parsers import parse_text
from parsers.text.wraps import goes_on

TITLE = "Regulator Publishes Its Decision On A Retailer\n\n"
# one line longer than anyone wraps by hand: the chunk is read line by line
LONG = (
    "The regulator said on Monday that the retailer had kept the records of its loyalty card members for "
    "years after they closed their accounts, and that it had no plan for deleting them."
)


def _blocks(body: str) -> list[str]:
    return [block.text for block in parse_text(TITLE + body + "\n").blocks]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # a penalty clause of a statute broken into lines, a lone preposition among them
            [
                "(c) sending personal data abroad in breach of the conditions",
                "of",
                "Part IV,",
                "it is liable to a fine that may reach twelve crore rupees or",
                "three per cent of its annual turnover, whichever is higher.",
            ],
            [
                "(c) sending personal data abroad in breach of the conditions of Part IV,",
                "it is liable to a fine that may reach twelve crore rupees or three per cent of its annual"
                " turnover, whichever is higher.",
            ],
        ),
        (  # a mailing-list reply quoting a clause wrapped at the mail program's width
            [
                "The Provider will not use any Member Content you post to a forum",
                "for any purpose other than running the forum and to otherwise",
                "improve it.",
            ],
            [
                "The Provider will not use any Member Content you post to a forum for any purpose other than"
                " running the forum and to otherwise improve it."
            ],
        ),
        (  # a sentence cut inside a quotation, the rest on the next line
            [
                "A empresa afirmou que “quem não aceitar as regras até março perderá",
                "o acesso às conversas”, segundo o comunicado.",
            ],
            [
                "A empresa afirmou que “quem não aceitar as regras até março perderá o acesso às conversas”,"
                " segundo o comunicado."
            ],
        ),
        (  # a line ending on "the": the name of the Act goes on below, capitalised
            ["The notice was issued under section 48 of the", "Personal Information Act 2019 last spring."],
            ["The notice was issued under section 48 of the Personal Information Act 2019 last spring."],
        ),
    ],
)
def test_a_sentence_wrapped_over_lines_is_one_block(lines: list[str], expected: list[str]) -> None:
    """Among long lines, the lines of a sentence wrapped by hand make one block."""
    assert _blocks(LONG + "\n" + "\n".join(lines)) == [LONG, *expected]


@pytest.mark.parametrize(
    "lines",
    [
        ["Datenschutzbehörde verhängt Bußgeld an", "Die Behörde hat am Montag ein Bußgeld verhängt."],
        ["Replying to", "Another reader wrote the same thing yesterday."],  # a label, not a sentence
        ["Personal Information Act 2019", "Consumer Protection Act 2008"],  # laws one per line
        ["(1) Where a company breaches any of these duties,—", "(a) keeping records for too long,"],
        ["_you give us a licence to host your posts_", "hereby - that is, by signing up."],  # emphasis closes
        ["The retailer closed its store in Leeds", "eBay said it would look into the listings."],
        [
            "The retailer closed its store in Leeds.",
            "then it reopened a month later online.",
        ],  # a sentence end
        ["The fine was set by the regulator and", "", "the company paid it."],  # never across a blank line
        ["Publishers who signed up to the plan", "- must show the notice", "- must keep a log"],
        ["show your photos in ads,", "share your posts with partners", "sell them"],  # clauses, one a line
    ],
)
def test_lines_that_do_not_go_on_stay_apart(lines: list[str]) -> None:
    """A heading, a label, a list item, a line after an emphasis or a sentence's end: blocks of their own."""
    assert len(_blocks(LONG + "\n" + "\n".join(lines))) == 1 + len([line for line in lines if line])


@pytest.mark.parametrize(
    ("above", "below", "expected"),
    [  # wrapped at 60 characters
        ("liable to a fine that may reach twelve crore rupees or", "three per cent of its turnover", True),
        ("sending personal data abroad in breach of the conditions", "of", True),
        ("of", "Part IV,", True),
        ("The notice was issued under section 48 of the", "Personal Information Act 2019", True),
        ("Google ändert seine Bedingungen an", "Die Änderungen gelten ab Mai.", False),
        ("The company closed the store.", "then it reopened", False),
        ("affiliated companies_", "hereby - that is", False),
        ("The retailer closed its store in Leeds", "eBay said", False),
        ("provisions,—", "(b) keeping records", False),
        ("Posted under", "- a list item", False),
        ("Part IV,", "it is liable to a fine", False),  # a short line: an item's end, not a wrap
        ("share your posts with partners", "sell them to advertisers", False),  # a list of clauses
        (
            "the licence you grant covers any use, sale, or",
            "display of the posts you make on the forum",
            True,
        ),
    ],
)
def test_goes_on(above: str, below: str, expected: bool) -> None:
    """The rule alone, pair by pair."""
    assert goes_on(above, below, 60) is expected
