"""ToS recall, session 37 (tosrec25): attributions that reach the document through a pronoun.

- A time adverb right before the pronoun that stands for the document named before, with no comma ("Now it says …"),
  goes on with that document as "It says" does; only before a verb of what a document says.
- "In it," or "In them," opening the sentence right after one that names a document, with the company as subject
  ("In it, the company says it may “…”"): the company speaks in the document. Not when the sentence before names an
  email or a notice, and not with someone else as the subject.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


CASES = [
    # (paragraph under a plain title, the quotations that are terms)
    (
        "Vantory rewrote its returns policy in June. Now it says a refund “comes back as shop credit only”.",
        ["comes back as shop credit only"],
    ),
    (
        "Pellum changed its privacy policy last week. Today they state that the app may “listen for wake words offline”.",
        ["listen for wake words offline"],
    ),
    (
        "Pellum changed its privacy policy last week. Now they want “a clearer promise”, the reviewers wrote.",
        [],
    ),
    (
        "Corvid published new terms of use in May. In them, the company says it can “freeze any wallet without notice”.",
        ["freeze any wallet without notice"],
    ),
    (
        "Corvid revised its privacy notice. In it, the firm says it may “pass trip history to insurers”.",
        ["pass trip history to insurers"],
    ),
    (
        "Corvid emailed every customer on Friday. In it, the company says it will “keep improving the app”.",
        [],
    ),
    (
        "Corvid put out a help page next to its new terms of use. In it, the company says it will “ask before any change”.",
        [],
    ),
    (
        "Corvid revised its privacy notice. In it, reviewers found the phrase “pass trip history along”.",
        [],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_pronoun_attributions(paragraph: str, expected: list[str]) -> None:
    assert _quotes("A note on Corvid and friends\n\n" + paragraph) == expected
