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
- "Twitpic's revision said that users:" points to the document's new version as "the new version" does, also after a
  company's possessive.
- Once the terms are named, "The firm may also “…”" states what they bind the company to, as "The company may" did.
- "Businesses have the option to use “…”" names no option: "option" (and "entitled") before a quotation is a label's
  cue only when no "to" goes on to a verb.
- "The Privacy Policy discloses that …" (and "reminds users", "points out", "stresses") has the document speak, as US
  class-action reporting writes it.
- Once the terms are named, the company by a noun for what it is ("the retailer", "the tech giant") is the
  subject of what they let it do ("may", "is allowed to"); after a firm "can" too, when what it can do names data.
- A lettered clause list quoted in single curly marks (UK and Indian pages) is read as one in double marks: a word in
  another item's quotation ("‘impersonate a public official’") is nobody speaking.
- A page written one paragraph a line sets a lead-in line ending on a colon over the clause (oldnewthing, plagiarismtoday
  on Twitpic's terms): the parser joins the two, and the walk now reads them as two paragraphs, as under a blank line,
  with the clause's next lines going on as a block does.
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


MORE = [
    (
        "The Pixhost terms row\n\nPixhost set off a storm when it changed its terms of service.\n\n"
        "Specifically, Pixhost’s revision said that users:\n\n"
        "may not let photo agencies or news outlets take images from Pixhost for any use.\n\n"
        "The company backed down a day later.",
        ["may not let photo agencies or news outlets take images from Pixhost for any use."],
    ),
    (
        # A regulator's revision is its own rule, not the company's terms.
        "The Pixhost terms row\n\nPixhost set off a storm when it changed its terms of service. The regulator's "
        "revision says firms must “delete images after a year”.",
        [],
    ),
    (
        "Zentro rewrites its terms\n\nZentro changed its terms of service on Monday. The firm may also “scan your "
        "uploads to improve our models”.",
        ["scan your uploads to improve our models"],
    ),
    (
        # The firm's plan, and a lawyer's words: nothing the terms bind it to.
        "Zentro rewrites its terms\n\nZentro changed its terms of service on Monday. The firm will “open an office in "
        "Lagos next year”. It may “appeal the fine within a month”, its lawyer said.",
        [],
    ),
    (
        "Chat app's new rules\n\nUnder the new privacy policy, businesses have the option to use “hosting services from "
        "our parent company to manage chats with their customers”.",
        ["hosting services from our parent company to manage chats with their customers"],
    ),
    (
        # An option named before its label: a setting, no wording.
        "Chat app's new rules\n\nThe new privacy policy is out. To stop the sharing, tick the option “keep my chats "
        "private” in the settings.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE)
def test_versions_firms_and_options(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


VERBS_AND_SUBJECTS = [
    (
        "Zentro's new terms\n\nThe Privacy Policy discloses that “Zentro collects precise location and device "
        "identifiers”.",
        ["Zentro collects precise location and device identifiers"],
    ),
    (
        "Zentro's new terms\n\nZentro's privacy policy reminds users that “the company may share location data with "
        "advertising partners”.",
        ["the company may share location data with advertising partners"],
    ),
    (
        "Zentro's new terms\n\nZentro updated its privacy policy on Monday. The retailer can “share purchase data with "
        "advertising partners”.",
        ["share purchase data with advertising partners"],
    ),
    (
        "Zentro's new terms\n\nZentro updated its privacy policy on Monday. The tech giant may “keep voice recordings "
        "for up to three years”.",
        ["keep voice recordings for up to three years"],
    ),
    (
        "Zentro's new terms\n\nZentro updated its privacy policy on Monday. The company is entitled to “use uploaded "
        "photos to improve its services”.",
        ["use uploaded photos to improve its services"],
    ),
    (
        # The writer's view of a firm, a feature of an app, a plan: nothing the terms let the company do.
        "Zentro's new terms\n\nZentro updated its privacy policy on Monday. The tech giant can “afford to lose a few "
        "users”. The app can now “translate voice notes in real time”. It may “take several weeks” to reach everyone.",
        [],
    ),
    (
        # A section's heading named after "entitled": a label, no wording.
        "Zentro's new terms\n\nZentro updated its privacy policy on Monday, adding a section entitled “Your Choices "
        "About Ads”.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERBS_AND_SUBJECTS)
def test_disclosing_verbs_and_company_subjects(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected


SINGLE_MARKS_AND_LINES = [
    (
        "Forum tightens its rules\n\nThe revised community guidelines of Commonly list what members agree not to do:"
        "\n\n(a) ‘post material that promotes violence against any group’;\n(b) ‘impersonate another person, brand or "
        "public official’; and\n(c) ‘buy, sell or trade accounts’.\n\nModerators will enforce the rules from May.",
        [
            "post material that promotes violence against any group",
            "impersonate another person, brand or public official",
            "buy, sell or trade accounts",
        ],
    ),
    (
        # A page written a paragraph a line, each line longer than a hand-wrapped one: the clause under the colon and
        # the clause that goes on after it.
        "What a host's rules say\n"
        "So when Parkhost's acceptable use policy says, in the section that every new customer has to accept before "
        "the first payment:\n"
        "Prohibited Offerings. No customer may use the service to sell or offer weapons, pirated software or "
        "counterfeit goods of any kind.\n"
        "We may suspend any account that breaks this section without notice or refund, and we decide alone what "
        "breaks it.\n"
        "it is fair to ask who decides what counts as counterfeit, and whether a customer can ever appeal.",
        [
            "Prohibited Offerings. No customer may use the service to sell or offer weapons, pirated software or "
            "counterfeit goods of any kind.",
            "We may suspend any account that breaks this section without notice or refund, and we decide alone what "
            "breaks it.",
        ],
    ),
    (
        # Under "wrote a column:" a headline that asks: no clause, whatever the document named before.
        "A privacy lawyer's notes\n"
        "A newspaper columnist took the time to read the coffee chain's newly revised privacy policy and then wrote a "
        "column about it for today's paper:\n"
        "Your life is theirs to share: did you think you were just buying a holiday coffee with your loyalty card this "
        "morning?\n"
        "It is worth reading, and so is the policy itself, which opens by stressing the chain's foundation of trust.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_MARKS_AND_LINES)
def test_single_marks_and_lines_under_a_colon(text: str, expected: list[str]) -> None:
    assert _quotes(text) == expected
