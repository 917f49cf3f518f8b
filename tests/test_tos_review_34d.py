"""Review probes of session 34 (revtos34): two older families the probe set still found.

- A quotation right after "so-called" ("いわゆる", "所谓", "sogenannte") is a name held at arm's length, not wording:
  "いわゆる「同意疲れ」が問題になっており、利用規約を読まない人が多い。" quotes no terms.
- Wording someone wishes a document had, with a word between the modal and the verb ("would simply say") or with
  "ought to", is nobody's text.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


ROWS = [
    ("同意疲れ\n\nいわゆる「同意疲れ」が問題になっており、利用規約を読まない人が多い。", []),
    ("免费的代价\n\n这种所谓的“免费服务”其实代价不小，用户协议里写得很清楚。", []),
    (
        'What a fair policy looks like\n\nA fairer privacy policy would simply say "we delete your data after 30 '
        'days." None of the five apps we reviewed does.',
        [],
    ),
    (
        'What a fair policy looks like\n\nThe privacy policy ought to say "we delete your data after 30 days." It '
        "does not.",
        [],
    ),
    # The policy's own wording after a "so-called" earlier in the sentence stays.
    (
        'Partners\n\nThe privacy policy says that so-called partners may receive "device identifiers and approximate '
        'location."',
        ["device identifiers and approximate location."],
    ),
    (
        'What the policy says\n\nThe privacy policy would then say "we share data with partners", the company '
        "announced.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), ROWS)
def test_names_and_wishes_are_no_terms_wording(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
