"""ToS recall, session 36 (tosrec21): English pages whose quoted terms were lost.

- A quotation split by the document's attribution ("“We may,” the updated policy says, “share …”") lost its first
  piece when that piece was short: two words right before the document's name were read as a name that qualifies it
  ("'바로배달' 약관"). A name carries no comma of its own inside its marks; the first piece of a split quotation does.
- A page that writes one sentence a line (a blog reading a bank's privacy notice) runs a bare lead-in ("And then they
  throw this in:") into the clause under it. Set off as its own paragraph, such a lead hands a clause that binds to the
  page's document (tos_bound.bound_lead); ending its input line inside a paragraph it now does too.
- "A single sentence that users had to accept:" points to a part of the document as "one sentence" did (an Indian page on
  the CCI's order against a messaging app's policy).
- Words that name the document itself ("… described in this policy", "these terms") speak as the document, as "we" and
  "our" do: on a page that never writes "privacy policy", "the policy says the app processes data “…”" is its wording.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


SPLIT = [
    (
        "Kestrel rewrites its rules\n\nKestrel changed its privacy policy this week. “We may,” the updated policy "
        "says, “pass your voice clips to our partners.” Critics were quick to respond.",
        ["We may,", "pass your voice clips to our partners."],
    ),
    (
        "Kestrel rewrites its rules\n\nKestrel changed its terms of service this week. “You agree,” the new terms "
        "state, “that we may keep your uploads for a year.”",
        ["You agree,", "that we may keep your uploads for a year."],
    ),
    (
        # A short name right before the document's name, with no comma: a name, no wording.
        "Kestrel rewrites its rules\n\nKestrel changed its terms of service this week. Few read the “Kestrel Plus” "
        "terms of service at all.",
        [],
    ),
    (
        # A spokesperson's words split by her attribution stay hers.
        "Kestrel rewrites its rules\n\nKestrel changed its privacy policy this week. “We listen,” a spokeswoman "
        "said, “and we will explain the change.”",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_a_split_quotation_keeps_its_short_first_piece(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


LINES = [
    (
        "Reading my bank's privacy notice\n\nEvery notice my bank sends opens with fine words.\n"
        "And then they slip this in:\n"
        "Additionally, except where the law forbids it, we may pass customer details to firms that market for us.\n"
        "In plain words: they sell it.",
        [
            "Additionally, except where the law forbids it, we may pass customer details to firms that market for us."
        ],
    ),
    (
        # Nothing binds on the line under the colon: the writer's own account.
        "Reading my bank's privacy notice\n\nEvery notice my bank sends opens with fine words.\n"
        "And then they slip this in:\n"
        "a long paragraph about how much the bank values every one of its loyal customers.\n"
        "In plain words: they sell it.",
        [],
    ),
    (
        # The writer speaks in the lead: what follows is their take.
        "Reading my bank's privacy notice\n\nEvery notice my bank sends opens with fine words.\n"
        "Here is what I think:\n"
        "banks may pass customer details to anyone who pays, and nobody checks.\n"
        "In plain words: they sell it.",
        [],
    ),
    (
        # Someone else speaks in the lead: the regulator's words, not the notice's.
        "Reading my bank's privacy notice\n\nEvery notice my bank sends opens with fine words.\n"
        "The regulator put it bluntly:\n"
        "Banks must not pass customer details to marketers without consent.\n"
        "In plain words: they sell it.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_a_bare_lead_ending_its_line_hands_a_binding_clause_over(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


POINTED = [
    (
        "Regulator fines Pandalink\n\nThe competition regulator ordered Pandalink to pay a penalty, finding that its "
        "2021 update breached the Competition Act, 2002. At the heart of the order is a single sentence that users had to "
        "accept: “details of your purchases in our shops may be passed to our sister companies to pick the offers you "
        "see.” Users abroad were never asked.",
        [
            "details of your purchases in our shops may be passed to our sister companies to pick the offers you see."
        ],
    ),
    (
        # A single remark of the regulator's, in nobody's document voice: no wording of the update.
        "Regulator fines Pandalink\n\nThe competition regulator ordered Pandalink to pay a penalty. At the heart of the "
        "order is a single sentence of the regulator's own: “consumers were left with no real choice.”",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTED)
def test_a_single_sentence_points_to_a_part(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


SELF_NAMED = [
    (
        "Enforcement notice: the two versions compared\n\nThe regulator called the gap “unacceptable”. For Europe, the "
        "policy says the app handles data “only on the grounds set out in this policy”; elsewhere it says users “accept "
        "this processing by using our services”.",
        ["only on the grounds set out in this policy", "accept this processing by using our services"],
    ),
    (
        # The minister's words name "this policy" too, but the lead is his: a state's policy, not the app's.
        "Enforcement notice: the two versions compared\n\nThe minister defended the state's data rules. “We stand by "
        "this policy,” he said.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SELF_NAMED)
def test_words_that_name_the_document_speak_as_it(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected
