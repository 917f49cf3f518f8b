"""The second and later quotations of a page that already quotes its terms (tosrec28, session 39). Each shape is one a
real page took: a writer's opener before the pronoun that stands for the terms ("Well, they state that “…”", a
streaming-device maker's dispute terms in a business paper); a statement the policy itself holds ("Its privacy policy
includes the ambiguous statement: “…”", a doorbell maker's policy in a magazine story); the old wording switched out
for the new (a search company's policy on mobilesyrup.com); and what a party the clause binds may do, quoted in the
next sentence ("Afterward, the party on the receiving end of the claim can “…”"). Every text here is written for
the test; the quoted wording is invented."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Lumo's new dispute terms"
MEET = "you and Lumo will first take part in an individual meeting to talk it over"
OFFER = "make a fair offer to settle the matter if it wishes to do so."
KEEP = "We may also use what we collect about you in other ways we tell you about."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A writer's opener before the pronoun: the pronoun still stands for the terms named before.
        (f"What happens if you have agreed to the new terms? Well, they state that “{MEET}” first.", [MEET]),
        (f"Lumo rewrote its terms of service. In addition, they state that “{MEET}”.", [MEET]),
        (f"Lumo rewrote its terms of service. Moreover, it says that “{MEET}”.", [MEET]),
        # The pronoun after an opener stands for the people the sentence before opened on.
        (f"Lumo changed its terms of service. Users were furious. Well, they said that “{MEET}”.", []),
        (f"Lumo changed its terms of service. Users were furious. Also, they said that “{MEET}”.", []),
        (f"Lumo changed its terms of service. But the spokesperson said that “{MEET}”.", []),
    ],
)
def test_an_opener_before_the_pronoun_for_the_terms(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"Lumo can use your data in many ways. Its privacy policy includes the ambiguous statement: “{KEEP}”",
            [KEEP],
        ),
        (f"Lumo's privacy policy also contains this statement: “{KEEP}”", [KEEP]),
        # The company's statement to the press stays its own.
        (f"Lumo changed its privacy policy. The company issued a statement: “{KEEP}”", []),
        (f"Its privacy policy has drawn criticism, and the company made a statement: “{KEEP}”", []),
    ],
)
def test_a_statement_the_policy_holds(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Lumo updated its privacy policy. Over the weekend it changed the policy to switch out “language models” "
            "for “AI models.”",
            ["language models", "AI models."],
        ),
        # A switch of a setting names the setting.
        (
            "Lumo updated its privacy policy. To stop it, flip the switch “Allow my photos to train models” in "
            "the settings.",
            [],
        ),
    ],
)
def test_the_old_wording_switched_out_for_the_new(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


LEAD = f"The new terms state that “{MEET}” — a lawyer may come along."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f"{LEAD} Afterward, the party on the receiving end of the claim can “{OFFER}”", [MEET, OFFER]),
        (f"{LEAD} Then either party may “{OFFER}”", [MEET, OFFER]),
        # Someone else speaks of what a party can do.
        (f"{LEAD} Critics say users can “never really win a claim under this system”.", [MEET]),
        (f"{LEAD} A spokesperson added that users can “always talk to our support team first”.", [MEET]),
        # A sentence of the writer's between: the party's modal no longer goes on with the clause.
        (
            f"{LEAD} Few people ever read that far. Afterward, the party on the receiving end can “{OFFER}”",
            [MEET],
        ),
    ],
)
def test_what_a_party_the_clause_binds_may_do_next(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


GRANT = "By signing up, you also agree to every change we make to these terms later."
ITEMS = [
    "Do not criticise this app in public.",
    "Using this app means you will be watched.",
    "Do not take the app apart.",
]


def _listed(lines: list[str]) -> str:
    return "\n\n".join(f"{number}. “{line}”" for number, line in enumerate(lines, 1))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One item binds as terms do: the items of its list before and after it are the same document's clauses.
        (
            "Lumo's licence agreement runs to 60 pages. Here is what you agreed to:\n\n"
            + _listed([*ITEMS, GRANT, "We are not to blame if this app breaks your phone."]),
            [*ITEMS, GRANT, "We are not to blame if this app breaks your phone."],
        ),
        # An item the writer comments on beside its quotation ends the list; a question is nobody's clause.
        (
            "Lumo's licence agreement runs to 60 pages. Here is what you agreed to:\n\n"
            + _listed([ITEMS[0], "Did anyone read this?", GRANT]),
            [ITEMS[0], GRANT],
        ),
        # Readers' answers set off as a list stay theirs, even the one that words itself as a clause.
        (
            "We asked readers about the app. Some of their answers:\n\n"
            + _listed(
                ["I deleted the app on the first day.", GRANT, ITEMS[2], "It is the worst app I have used."]
            ),
            [],
        ),
    ],
)
def test_the_other_items_of_a_quoted_clause_list(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected
