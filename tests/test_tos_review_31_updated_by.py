"""Review rows of session 31 for 75fa725 (tosrec16a: pointing words a company's name follows as the one who updated or
published the document). "The policy updated by X" stands for a terms document only on a page that speaks of users,
customers or an app: a school's, a newsroom's or a health service's policy published by it holds rules for pupils,
journalists or hospitals, no company's terms. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body"), [
    ("Newsroom ethics", "The policy published by Reuters says its journalists must “never accept gifts”."),
    ("New school rules", "The policy updated by Lincoln High School says pupils must “hand in phones at the gate”."),
    ("Waiting times", "The policy published by NHS England says hospitals must “publish waiting times weekly”."),
])  # fmt: skip
def test_a_policy_on_a_page_with_no_users_is_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Pingo's new policy",
     "Pingo app users must accept the change by March. The policy updated by Pingo reads, “We may share your chats "
     "with our partners.”",
     ["We may share your chats with our partners."]),
    ("Chatly users told to accept",
     "Users began seeing an in-app message from Chatly.\n\nThe policy updated by Chatly reads, “We need to collect "
     "certain information to run our services.”",
     ["We need to collect certain information to run our services."]),
])  # fmt: skip
def test_a_policy_a_company_updated_for_its_users_stays(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
