"""Terms quotes found on real pages of session 39: a policy updated "to notify users that" the app may collect what
a fragment names (a US tech site on a video app's privacy policy, headline and body); a clause's words attributed
after the quotation to the clause by its kind ("…,” stated the arbitration clause", a UK games site on a console
network's terms). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_TITLE = "Pikko updates US privacy policy to collect ‘faceprints and voiceprints’"


@pytest.mark.parametrize(
    ("verb", "found"),
    [
        ("notify", ["faceprints and voiceprints", "faceprints and voiceprints."]),
        ("tell", ["faceprints and voiceprints", "faceprints and voiceprints."]),
    ],
)
def test_a_policy_updated_to_notify_users_of_a_fragment(verb: str, found: list[str]) -> None:
    body = (
        f"Pikko has updated its privacy policy in the US to {verb} users that the app might, in future, collect new "
        "kinds of biometric data including “faceprints and voiceprints.” Asked by reporters, Pikko could not say what "
        "the words meant."
    )
    assert article_quotes(_TITLE, body) == found


_CLAUSE = (
    "Any dispute will be settled only on an individual basis and never in a class or representative action"
)
_TOP = "Sony has updated its network's Terms of Service to shield itself from class action lawsuits."


@pytest.mark.parametrize(
    ("after", "found"),
    [
        ("stated the arbitration clause", [f"{_CLAUSE},"]),
        ("states the updated arbitration clause", [f"{_CLAUSE},"]),
        ("said the new clause", [f"{_CLAUSE},"]),
        # A person between the quotation and the clause: the words are hers, about the clause.
        ("said Ana Ruiz, a lawyer, of the arbitration clause", []),
    ],
)
def test_a_clause_named_by_its_kind_after_the_quotation(after: str, found: list[str]) -> None:
    body = f"{_TOP}\n\n“{_CLAUSE},” {after}."
    assert article_quotes("Sony rewrites its network terms", body) == found


_INJURY_TOP = "A man was hurt at a Lumo park last spring. Lumo points to the terms of use of its ticket app."


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The man must settle out of court due to an arbitration clause applying to “all disputes” with “Lumo or "
         "its affiliates”.", ["all disputes", "Lumo or its affiliates"]),
        ("Lumo says he is bound by the licence section, covering “all photos you upload”.", ["all photos you upload"]),
        # A law's reach is no document's wording.
        ("The judge said the consumer law applying to “all sales” was plain.", []),
    ],
)  # fmt: skip
def test_a_clause_whose_reach_a_participle_gives(sentence: str, found: list[str]) -> None:
    assert article_quotes("Lumo seeks arbitration in injury case", f"{_INJURY_TOP}\n\n{sentence}") == found
