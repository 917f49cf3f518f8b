"""Review of session 36's terms-quote rules (revtos36).

581083f (tosrec21) lets a quotation that names its document ("as set out in this policy", "these terms") speak as the
document, as "we" and "our" do, under a weak pointing lead on a page that names no document in full. A school's, a
university's, a hospital's, a trade union's or an employer's own policy speaks so too ("under this policy"): named as the
owner of the policy the lead points to, such an institution is no company, and its rule is no terms of a service.

47c2233 (tosrec21) reads a version after any possessive as the document ("Twitpic's revision said"), and a product as
the subject of what the terms let the company do ("the app may “…”"). After a person's possessive, language and text
are the person's ("Judge Ruiz's language was sharp: “…”"), and a "version of events" is a company's account; of a
product, "may" says what may happen ("The app may “drain your battery faster”") unless what it may do names data.

Pre-existing in the writer's families: "What this means for you:", "The gist:" over a paragraph that binds are the
writer's gist; "We asked Fennel whether that is right." after a set-off clause is the newsroom, not more of the clause.
"""

from __future__ import annotations

import pytest
from tos_support import article_quotes

OWNED = [
    ("Campus rules for the Fennel app",
     "Students who use the Fennel app on campus got an email this week. The university's new policy says students "
     "“must not record lectures, as this policy makes clear”.", []),
    ("Fennel and the school phone ban",
     "Parents of pupils who use the Fennel app got a letter. The school's new policy says pupils must “hand in their "
     "phones as set out in this policy”.", []),
    ("Fennel drivers may see fewer trips",
     "Fennel users will see fewer drivers this winter. The trade union's new policy says members “should refuse "
     "trips under this policy when the fare is too low”.", []),
    ("Fennel at work",
     "Fennel users at large firms may lose access. The employer's new policy says staff “may not install apps outside "
     "this policy”.", []),
    ("Clinic bookings through Fennel",
     "Patients who use the hospital's booking app were told of changes. The hospital's new policy says staff "
     "“may share records only as this policy allows”.", []),
    # The app's own policy, and an institution that is the clause's subject, not the policy's owner: the app's wording.
    ("Fennel's update",
     "Fennel users saw a new policy this month. The new version says the app “may keep your voice clips for as long "
     "as this policy allows”.", ["may keep your voice clips for as long as this policy allows"]),
    ("Fennel for teachers",
     "Fennel users include many teachers. The app's new policy says schools “may read pupils' messages, as set out in "
     "this policy”.", ["may read pupils' messages, as set out in this policy"]),
    # A credit union is a company: its privacy notice counts.
    ("A credit union's app",
     "Members who use the credit union's app were told of changes. The credit union's new policy says it “may share "
     "account data only as this policy allows”.", ["may share account data only as this policy allows"]),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body", "expected"), OWNED)
def test_an_institutions_own_policy_is_no_terms(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


SUMMING_UP = [
    ("What this means for you:", []),
    ("What that means in practice:", []),
    ("The gist:", []),
    ("Our reading:", []),
    # A lead that points to the terms' own wording still hands the clause over.
    (
        "The new clause:",
        ["Fennel may read your messages to pick the ads you see, and you cannot turn this off."],
    ),
]


@pytest.mark.parametrize(("lead", "expected"), SUMMING_UP)
def test_the_writers_gist_under_a_colon_is_no_clause(lead: str, expected: list[str]) -> None:
    body = (
        f"Fennel's terms of service changed on Monday. {lead}\n\n"
        "Fennel may read your messages to pick the ads you see, and you cannot turn this off.\n\n"
        "We asked Fennel whether that is right."
    )
    assert article_quotes("Fennel's new terms explained", body) == expected


AFTER_CLAUSE = [
    ("We asked Fennel whether that is right.", []),
    ("We have contacted Fennel and will add its answer here.", []),
    # The clause's own "we" goes on with it.
    ("We may also keep a copy of those messages for up to a year.",
     ["We may also keep a copy of those messages for up to a year."]),
]  # fmt: skip


@pytest.mark.parametrize(("after", "more"), AFTER_CLAUSE)
def test_the_newsrooms_we_after_a_clause_is_no_more_of_it(after: str, more: list[str]) -> None:
    clause = "Fennel may read your messages to pick the ads you see, and you cannot turn this off."
    body = f"Fennel's terms of service changed on Monday. The new clause reads:\n\n{clause}\n\n{after}"
    assert article_quotes("Fennel's new terms explained", body) == [clause, *more]


PAGE = "Fennel changes its policy\n\nFennel updated its privacy policy on Monday. "

POSSESSIVES_AND_PRODUCTS = [
    ("Judge Ruiz's language was sharp: “this policy misleads users”.", []),
    ("Senator Ruiz's text reads: “No company may sell the data of children.”", []),
    ("Fennel's version of events: “we never shared that data”.", []),
    ("Fennel's revision said that users “grant Fennel a licence to use their photos”.",
     ["grant Fennel a licence to use their photos"]),
    ("The app may “drain your battery faster” on older phones, reviewers found.", []),
    ("The website may “look different for a while”.", []),
    ("The site may “go down for maintenance on Sunday night”.", []),
    ("The app may “share your location data with advertisers”.", ["share your location data with advertisers"]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), POSSESSIVES_AND_PRODUCTS)
def test_a_persons_language_and_a_products_may(sentence: str, expected: list[str]) -> None:
    title, body = (PAGE + sentence).split("\n\n", 1)
    assert article_quotes(title, body) == expected
