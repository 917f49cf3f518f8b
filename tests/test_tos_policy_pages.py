"""Rows for pages on a company's data policy that call it only "the policy" and name the data law it is measured
against (tos_walk._points_to_policy), after the pattern of news of a messaging app's 2021 policy in Nigeria, South
Africa, Turkey and Brazil; beside a page with no law, and a government's policy. Every text here is written for the
test; the quoted wording is invented."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(("title", "paragraphs", "found"), [
    # The title points to the company's policy, a data law is named, the page speaks of an app's users.
    ("Regulator orders Vexo to fix its policy",
     ("The regulator says the app must bring its policy in line with the Protection of Personal Information Act "
      "(POPIA).",
      "The policy for users outside Europe still says the app “may share limited account details with the other "
      "companies in our group”."),
     ["may share limited account details with the other companies in our group"]),
    ("Nigeria fines Vexo over its data policy",
     ("The commission said the policy broke the Nigeria Data Protection Regulation (NDPR) and left users no choice.",
      "The policy says what users give the app “may be combined with data from our other apps to tailor ads”."),
     ["may be combined with data from our other apps to tailor ads"]),
    # No law named: the policy stays a word of the writer's, as before.
    # (A quotation in the company's own voice, "our group", is the policy's on such a page all the same:
    # tos_voiced_lead. This one speaks in no one's voice.)
    ("Regulator orders Vexo to fix its policy",
     ("The regulator says the app must bring its policy in line with best practice.",
      "The policy for users outside Europe still says the app “may share limited account details with the other "
      "companies in the group”."),
     []),
    ("Regulator orders Vexo to fix its policy",
     ("The regulator says the app must bring its policy in line with best practice.",
      "The policy for users outside Europe still says the app “may share limited account details with the other "
      "companies in our group”."),
     ["may share limited account details with the other companies in our group"]),
    # A regulator's own notice or a law's part is no company's policy.
    ("Regulator issues its notice to Vexo",
     ("The app must comply with the Protection of Personal Information Act (POPIA), the notice says.",
      "The notice for users outside Europe says the regulator “may inspect the app's records at any time”."),
     []),
])  # fmt: skip
def test_a_policy_page_that_names_the_data_law(
    title: str, paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=title)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A year among the pointing words, and "let" in the past, as news of an old policy's reach puts it.
    (("Vexo rewrote its privacy policy in 2023.",
      "The 2021 wording let the app “share with our family of companies” whatever it learned about users."),
     ["share with our family of companies"]),
    (("Vexo rewrote its privacy policy in 2023.",
      "Investigators pointed to a line in the 2021 policy saying that “what you give us may be combined with data "
      "from our other apps”."),
     ["what you give us may be combined with data from our other apps"]),
    # Someone else lets; "Let's" is the writer's.
    (("Vexo rewrote its privacy policy in 2023.",
      "The regulator let the company keep “its family of companies” wording for a year."),
     []),
    (("Vexo rewrote its privacy policy in 2023.", "Let's see what “family of companies” means in 2025."), []),
])  # fmt: skip
def test_a_dated_wording_of_the_policy(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Vexo fined over its data practices")) == found


@pytest.mark.parametrize(("title", "paragraphs"), [
    # A school district's and a party's policy, with users and a law named: no company's document.
    ("District rewrites its phone policy",
     ("The district says the policy follows the state's Student Online Personal Protection Act, and it applies to "
      "all users of school tablets.",
      "The policy says students “must hand in phones at the start of the school day”.")),
    ("Opposition sets out its policy on data",
     ("The party says the policy would replace the Data Protection Act 2018 and give users new rights.",
      "The policy promises that users “will own every byte they create online”.")),
])  # fmt: skip
def test_a_policy_that_no_company_owns(title: str, paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title=title)) == []
