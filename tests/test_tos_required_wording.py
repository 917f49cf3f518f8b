"""Wording that an order, a settlement, a court, a law or a guide requires of a terms document is the requirement's,
not the document's (role supposition: ordered-wording, required-contents-more). News of settlements and compliance
pages write what a company must now put into its privacy policy or terms ("The settlement requires Filebox to change
its terms of service to state that users “…”", "Your privacy policy should tell users “…”": jdsupra.com on a
flashlight app's settlement, insideprivacy.com and privacylaw.proskauer.com on settlements that change privacy
policies, wileyrein.com, responsemagazine.com, cohenhealthcarelaw.com, truste.com and primerus.com on what CalOPPA and
guidance require a privacy policy to disclose). GUIDELINES: court, statute and regulators' text is no terms. The same
pages quote what the terms do say, and what the terms require of users: those keep their label. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body"), [
    ("Filebox settles",
     "The settlement requires Filebox to change its terms of service to state that users “may leave arbitration "
     "within a month.”"),
    ("Filebox settles",
     "Under the consent decree, Filebox must say in its privacy policy that it “gathers precise location data.”"),
    ("Filebox settles",
     "The court ordered Filebox to rewrite its terms so that they say users “may cancel whenever they like.”"),
    ("Filebox settles",
     "Filebox was told by the regulator to amend its privacy policy to say it “shares data with its parent "
     "company.”"),
    ("What the state asks of websites",
     "The Act requires every operator to post a privacy policy stating that it “does not sell personal data.”"),
    ("What the state asks of websites",
     "Your privacy policy should tell users “what you gather, why, and who gets it.”"),
    ("What the state asks of websites",
     "The regulator's guidance says a cookie policy should tell visitors “which cookies are set and for how long.”"),
    ("What the state asks of websites",
     "The new rules say privacy policies must “explain how long each kind of data is kept.”"),
])  # fmt: skip
def test_wording_a_document_is_required_to_hold_is_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    # A change made, not ordered.
    ("Filebox settles",
     "Filebox changed its terms of service to state that users “may leave arbitration within a month.”",
     ["may leave arbitration within a month."]),
    ("Filebox settles",
     "Filebox agreed to change its terms of service, which now say users “may leave arbitration within a month.”",
     ["may leave arbitration within a month."]),
    # What the terms require of users, and an order named beside the terms.
    ("Filebox settles",
     "Filebox's terms require users to change their password every year and to “never share a login with anyone.”",
     ["never share a login with anyone."]),
    ("Filebox settles",
     "The settlement required Filebox to pay $5 million. Its privacy policy still says it “may share location data "
     "with partners.”",
     ["may share location data with partners."]),
    ("Filebox settles",
     "Filebox must update its app by June. Its terms of service say users “may not take the app apart.”",
     ["may not take the app apart."]),
    # A duty the terms themselves lay down.
    ("Filebox settles",
     "Filebox's terms say users must “keep their password to themselves at all times.”",
     ["keep their password to themselves at all times."]),
    ("Filebox settles",
     "The terms say that any dispute must be “settled by binding arbitration in Delaware.”",
     ["settled by binding arbitration in Delaware."]),
])  # fmt: skip
def test_terms_that_say_or_require_keep_their_words(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
