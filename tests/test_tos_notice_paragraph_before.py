"""A notice, a pop-up or an email described in the paragraph before, then quoted under "This notice states:": the
message's words, not the terms (GUIDELINES: in-app notices and a company's emails are no terms). Patterns from real
pages on terms-update notices (termsfeed.com on update notices and emails, clerica.io on "we've updated our terms"
emails, privacy108.com.au on a messenger's pop-up, mt.co.kr on a social network's consent notice): the message is
introduced in one paragraph and quoted in the next. A privacy notice that is the document keeps its words. Every
text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(
    ("described", "quoted", "expected"),
    [
        ("Pico has updated its terms of service. Users who open the app now see a notice about the change.",
         "This notice states: “By continuing to use Pico after June 1, you accept the updated terms.”", []),
        ("Pico changed its privacy policy this week, and users who log in see a pop-up about it.",
         "The notice reads: “Tap Agree to keep chatting.”", []),
        ("Pico has published a new privacy notice for its app.",
         "This notice states: “We keep your chats for one year.”", ["We keep your chats for one year."]),
        ("Users now see a pop-up about Pico's new privacy notice.",
         "The notice says: “We keep your chats for one year.”", ["We keep your chats for one year."]),
    ],
)  # fmt: skip
def test_a_message_described_in_the_paragraph_before_keeps_its_words(
    described: str, quoted: str, expected: list[str]
) -> None:
    assert (
        quotes_found(page_units(described, quoted, title="Pico asks users to accept new terms")) == expected
    )
