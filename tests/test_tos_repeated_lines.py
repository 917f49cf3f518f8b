"""Lines set off with no quotation marks that repeat a piece of terms wording found on the page
(tos_repeated_lines): a poster going through a clause fragment by fragment, one fragment a line with their gloss
under it (as on reddit threads about a user agreement), and a blogger who sets off a sentence of a policy and, further
down, the whole sentence it opened (as devblogs.microsoft.com/oldnewthing walks through a bank's notice). Not a
heading or defined term in capitals, a single word, or a line that repeats words nobody found to be terms. Every
text here is written for the test."""

from __future__ import annotations

import time

import pytest
from tos_support import article_quotes

from annotations.detectors.tos_blocks import paragraphs
from annotations.detectors.tos_repeated_lines import repeated_lines
from parsers.model import Unit

CLAUSE = (
    "By sharing a Track you give Soundpine a worldwide, royalty-free, perpetual and sublicensable licence to copy, "
    "remix and sell it in any medium."
)

FOUND = [
    # Fragment by fragment, each on a line of its own, after the clause was quoted in full.
    (
        "Soundpine's new terms of service",
        f"Soundpine changed its terms of service. The new section reads:\n\n{CLAUSE}\n\n"
        "Let me go through it.\n\n"
        "a worldwide, royalty-free\n\nThey pay you nothing, anywhere.\n\n"
        "perpetual and sublicensable\n\nIt never ends and they can pass it on.",
        [CLAUSE, "a worldwide, royalty-free", "perpetual and sublicensable"],
    ),
    # A sentence set off first, the whole sentence it opened set off further down.
    (
        "What my gym's privacy notice promises",
        "My gym's privacy notice has a line about sharing.\n\n"
        "We never pass member details to other firms except where the law requires it.\n\n"
        "Read on, though. Here is the whole sentence from the privacy notice:\n\n"
        "We never pass member details to other firms except where the law requires it or where it helps us "
        "market our partners' offers.\n\nSo much for never.",
        [
            "We never pass member details to other firms except where the law requires it.",
            "We never pass member details to other firms except where the law requires it or where it helps us "
            "market our partners' offers.",
        ],
    ),
]

NOT_FOUND = [
    # A heading in capitals and a single word from the clause stay out; so does a gloss in the writer's words.
    (
        "Soundpine's new terms of service",
        f"Soundpine changed its terms of service. The new section reads:\n\n{CLAUSE}\n\n"
        "Sublicensable Licence\n\nThey can pass it on.\n\nperpetual\n\nIt never ends, and they can sell your music.",
        [CLAUSE],
    ),
    # Words a spokesperson said are nobody's terms: a line repeating them is no repeat of terms wording.
    (
        "Soundpine answers critics",
        "A Soundpine spokesperson said: “We will always pay artists fairly for every track we use.”\n\n"
        "pay artists fairly\n\nWe will see.",
        [],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), FOUND)
def test_a_line_repeating_found_terms_wording_is_the_documents(
    title: str, body: str, expected: list[str]
) -> None:
    assert article_quotes(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), NOT_FOUND)
def test_headings_single_words_and_others_words_are_no_repeat(
    title: str, body: str, expected: list[str]
) -> None:
    assert article_quotes(title, body) == expected


def test_many_lines_and_wordings_stay_fast() -> None:
    """Tens of thousands of short lines against tens of thousands of found clauses: each line is searched at most
    once and the lines searched are capped, so a hostile page does not cost lines times wording."""
    lines = "\n\n".join(f"keep file number {index} somewhere" for index in range(50_000))
    unit = Unit("b0", "block", lines)
    found = paragraphs((unit,))
    wordings = [
        f"We may keep file {index} for ever and share it with our partners." for index in range(20_000)
    ]
    began = time.process_time()
    assert list(repeated_lines(found, wordings, [])) == []
    assert time.process_time() - began < 2
