"""The document's own words set apart from a person's view of it (tos_attribution_itself): "The policy itself says
the company may “…”" after a commissioner's verdict, "Clause 14 itself says:" after a solicitor's, "The passage she
means reads:" after a lawyer's, "The policy updated by Stallo reads," before its founder's. On a page that never names the document in full, the reflexive makes the pointing
words stand for it; one who only points at a passage does not speak it. Pages of this shape: commondataproject.org,
auslawblog.wordpress.com, competitionlawyer.in, thelawyer-network.com, buzzsouthafrica.com, eastcoastdaily.in. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Fitness tracker keeps heart data for years",
     "The Privacy Commissioner said the tracker's policy “does not meet what people expect”. The policy itself says "
     "the company may “keep heart-rate readings for up to seven years”.",
     ["keep heart-rate readings for up to seven years"]),
    ("The scooter hire liability cap",
     "A Brisbane solicitor, Tom Reyes, was blunt about the scooter hire terms: “You could break a leg and get "
     "nothing.”\n\nClause 9 itself says: “Our liability to you is capped at the cost of the ride in question.”",
     ["Our liability to you is capped at the cost of the ride in question."]),
    ("Accept or go",
     "Tech lawyer Meera Shah has a short reading of Talkbox's sharing clause: “You either accept or you leave.”\n\n"
     "The clause itself says users “allow contact details to be passed to partner brands”.",
     ["allow contact details to be passed to partner brands"]),
    ("Can you really drop your travel cover whenever you like?",
     "Insurer Wayfarer Cover advertises plans you can drop at any time.\n\nOn its help page the insurer answers "
     "directly: “Yes, you can drop your plan at any time.”\n\nBut the policy wording itself states that “plans "
     "dropped in the first six months carry a closing charge”.",
     ["plans dropped in the first six months carry a closing charge"]),
    ("A Hong Kong lawyer reads the new policy",
     "Lawyer Karen Lau sums it up: “The group can now join everything it knows about you.”\n\nThe passage she means "
     "reads: “We may share profile information with other companies in our group to market our services.”",
     ["We may share profile information with other companies in our group to market our services."]),
    ("Stallo update: agree or lose your account",
     "The policy updated by Stallo reads, “Stallo must keep some details of how you use the app to run and promote "
     "it.”\n\nStallo founder Ravi Iyer said, “We want people to pay without leaving a chat.”",
     ["Stallo must keep some details of how you use the app to run and promote it."]),
])  # fmt: skip
def test_the_document_itself_beside_a_person(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body"), [
    # A state's policy, a statement, an FAQ and a law are no company's document, whatever the reflexive.
    ("Ministry sets out its school phone plan",
     "The ministry published its new school policy on Monday. The policy itself says schools must “collect every "
     "phone at the gate”."),
    ("Talkbox answers critics",
     "Users were angry for a week. The statement itself says the company will “never read your messages”."),
    ("Talkbox answers its users",
     "The company's FAQ itself says you can “leave whenever you like”."),
    ("A law on phones at school",
     "The new Act itself says a school must “collect every phone at the gate”."),
    # A policy a ministry or a country put out is the state's.
    ("Ministry sets out its records plan",
     "The policy published by the Ministry reads, “Every school must keep its records for ten years.”"),
    ("A national records plan",
     "The policy released by Kenya reads, “Every school must keep its records for ten years.”"),
    # The person who wrote or spoke the passage, not one who only points at it, keeps it.
    ("A Hong Kong lawyer reads the new policy",
     "Lawyer Karen Lau wrote about the new policy.\n\nThe passage she wrote reads: “The group can now join everything "
     "it knows about you.”"),
    # The reflexive on the person, not on the document: the lawyer's own words.
    ("Accept or go",
     "Tech lawyer Meera Shah read Talkbox's sharing clause.\n\nThe lawyer herself says users “have no real choice”."),
])  # fmt: skip
def test_no_document_of_its_own(title: str, body: str) -> None:
    assert article_quotes(title, body) == []
