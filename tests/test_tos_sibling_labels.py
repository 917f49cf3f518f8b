"""A quotation on a counted label line ("Line 2: “…”") whose earlier sibling ("Line 1: “…”") was found to be the
document's is the same document's (tos_sibling_labels), as a roundup of a new terms document counts the passages it
quotes with a gloss under each (the pattern of zerodaydocket.karlaortizflores.com's terms roast). Not under another
label word, nor when the earlier one was nobody's terms. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Three lines in Snapory's new terms worth reading"
OPENING = "Snapory's updated terms of service took effect on 1 June. Three lines stand out.\n\n"

FOUND = [
    (
        OPENING + 'Line 1: "We may use the videos you upload to improve our editing features."\n'
        "What it means: your clips are training material.\n\n"
        'Line 2: "This permission continues after your account is closed."\n'
        "What it means: leaving does not take it back.",
        [
            "We may use the videos you upload to improve our editing features.",
            "This permission continues after your account is closed.",
        ],
    ),
    (
        OPENING + "Passage 1: “You grant Snapory a licence to show your clips in adverts.”\n"
        "In short: your face may sell the app.\n\n"
        "Passage 2: “Nothing in this section limits the rights described in section 9.”\n"
        "In short: there is more further down.",
        [
            "You grant Snapory a licence to show your clips in adverts.",
            "Nothing in this section limits the rights described in section 9.",
        ],
    ),
]

NOT_FOUND = [
    # Another label word: the reader's reply is not one of the counted passages.
    (
        OPENING + 'Line 1: "We may use the videos you upload to improve our editing features."\n'
        "What it means: your clips are training material.\n\n"
        'Reply 2: "This permission continues after your account is closed, I checked."',
        ["We may use the videos you upload to improve our editing features."],
    ),
    # The earlier sibling was a spokesperson's, not terms: the next one is not given to the document.
    (
        "Snapory answers readers",
        "We put readers' questions to a Snapory spokesperson.\n\n"
        'Answer 1: "Our team reads every report within a day."\n\n'
        'Answer 2: "This promise continues after your account is closed."',
        [],
    ),
]


@pytest.mark.parametrize(("body", "expected"), FOUND)
def test_a_counted_label_after_a_found_sibling_is_the_documents(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


@pytest.mark.parametrize(("body", "expected"), NOT_FOUND[:1])
def test_another_label_word_is_not_a_sibling(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


@pytest.mark.parametrize(("title", "body"), [(NOT_FOUND[1][0], NOT_FOUND[1][1])])
def test_a_sibling_of_nobodys_terms_is_nobodys(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


def test_a_megabyte_line_of_quotations_stays_fast() -> None:
    """A label is looked for only just before a quotation: a line of tens of thousands of quotations is not read back
    to its start for each of them, nor each paragraph read again."""
    import time

    from annotations.detectors.quotes import Quote
    from annotations.detectors.tos_mentions import Source
    from annotations.detectors.tos_sibling_labels import sibling_label

    piece = "\nLine 7: “we may keep file number forty for a while” "
    text = piece * 20_000
    quotes = [
        Quote(at + 10, at + len(piece) - 2, 0, at + 9, at + len(piece) - 2)
        for at in range(0, len(text), len(piece))
    ]
    recent = [text] * 20
    found = [("we may keep", Source("terms of service"))] * 5_000
    began = time.process_time()
    assert all(sibling_label(text, quote, recent, found) is None for quote in quotes)
    assert time.process_time() - began < 2
