"""Review of tosprec18's session-34 rules (revtos34): where a new guard took the terms' own wording for the writer's.

- After a set-off clause, a paragraph whose "they" is the subject of a modal ("They may combine …") or whose "them"
  stands for a person it names ("let anyone else use your account or give them your password") goes on with the
  clause; only a "they" of the company seen from outside is the writer's (tos_blocks._speaks_of_company).
- An email "with" the new terms carries them ("Customers received an email with the new terms of service, which now
  state that “…”"); a privacy statement is a document itself, not a statement beside one.
- "Says that:" and "states that:" lead to the clause set off below as often as to an account of it; "notes that:"
  over the writer's list stays the writer's.
- "In effect" is a hedge only when set off by commas: "The policy now in effect says “…”" quotes the policy in force.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


_CLAUSE_PAGE = "{title}\n\n{lead}\n\n{clause}\n\n{after}\n\n{writer}\n"

GOES_ON = [
    (
        "Recipe app's privacy policy grows",
        "The recipe app updated its privacy policy. The added passage reads:",
        "Third parties may collect information about your device when you watch videos in the app.",
        "They may use it to show you ads on other websites.",
        "The app has two million users.",
    ),
    (
        "Shopwise adds ad partners to its privacy policy",
        "Shopwise rewrote its privacy policy this week. The new section reads:",
        "Advertising partners may place cookies on your device when you visit our pages.",
        "They may combine this information with data they hold about you from other sources.",
        "Shopwise did not say which partners it meant.",
    ),
    (
        "Gamehub tightens account sharing",
        "Gamehub published new terms of service on Monday. The account section now reads:",
        "Each account is for one person only.",
        "You must not let anyone else use your account or give them your password.",
        "Families who share a console are unhappy.",
    ),
]


@pytest.mark.parametrize(("title", "lead", "clause", "after", "writer"), GOES_ON)
def test_a_clause_whose_they_stands_for_what_it_names_goes_on(
    title: str, lead: str, clause: str, after: str, writer: str
) -> None:
    text = _CLAUSE_PAGE.format(title=title, lead=lead, clause=clause, after=after, writer=writer)
    assert _quotes(text) == [clause, after]


def test_the_writers_they_after_a_clause_stays_the_writers() -> None:
    clause = "You agree to resolve disputes by individual arbitration."
    text = _CLAUSE_PAGE.format(
        title="PSA: Streamly's new terms",
        lead="Streamly changed its terms of service. The new clause reads:",
        clause=clause,
        after="They buried this on page nine. Email them to opt out before the deadline.",
        writer="Do it today.",
    )
    assert _quotes(text) == [clause]


_SHARE = "We may share your information with our affiliates and with advertising partners who help us measure campaigns."
_REFUND = "Refunds are only available within 14 days of purchase and only for unused credits."

SET_OFF = [
    (
        "Quillo shares more with advertisers\n\nQuillo updated its privacy policy on Tuesday. The new section on sharing "
        f"states that:\n\n{_SHARE}\n\nPrivacy groups said the change went too far.",
        [_SHARE],
    ),
    (
        "Quillo's new refund rule\n\nQuillo changed its terms of service this week. Section 9 now says that:\n\n"
        f"{_REFUND}\n\nCustomers were not told by email.",
        [_REFUND],
    ),
    # The writer's list under "notes that:" stays the writer's.
    (
        "Quillo's data habits\n\nQuillo's privacy policy notes that:\n\n• The company collects pretty much everything "
        "you do in the app;\n\n• It keeps it for as long as it likes.\n\nThat is a lot of data.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), SET_OFF)
def test_a_clause_set_off_under_says_that(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


QUOTED = [
    (
        "Streamly emails users new terms\n\nCustomers received an email with the new terms of service, which now state "
        'that "the company may end the service in any region at any time."\n\nThe email itself called the change minor.',
        ["the company may end the service in any region at any time."],
    ),
    (
        "Insurer's two documents\n\nThe insurer's privacy statement together with its cookie policy says that data is "
        'kept "for as long as the policy remains in force."',
        ["for as long as the policy remains in force."],
    ),
    (
        "Which policy applies?\n\nQuillo has two versions of its privacy policy online. The policy now in effect says "
        '"we keep voice recordings for up to three years."',
        ["we keep voice recordings for up to three years."],
    ),
    (
        "Which terms apply?\n\nQuillo has published new terms. The terms currently in effect read: "
        '"Quillo may suspend accounts that share passwords."',
        ["Quillo may suspend accounts that share passwords."],
    ),
    # A help page published with the terms still speaks for itself; a gist set off by commas stays the writer's.
    (
        'Pellmark explains itself\n\nA help page published with the new terms says Pellmark "does not read private '
        'messages." The terms themselves say Pellmark "may review messages flagged by other users."',
        ["may review messages flagged by other users."],
    ),
    (
        "Quillo's licence clause\n\nQuillo's terms of service say, in effect, \"we own whatever you post.\" Lawyers "
        "disagree with that reading.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), QUOTED)
def test_what_the_terms_are_said_to_say(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
