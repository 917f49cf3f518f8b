"""ToS review, session 41 (revtos41): mends of this session's ToS commits, rows in the reviewer's own words.

3ba9a7a read "Fenn says it may “…”" as the company saying what its document lets it do. In news the present "says"
reports a statement as often as a document: with the company's own bare modal right before the quotation, the
quotation is its intention ("revisit parts of the update", "appeal the ruling") unless it opens on something terms let
a company do ("share", "keep", "use").
"""

from __future__ import annotations

import pytest

from tests.tos_support import page_units, quotes_found

TITLE = "Fenn's new terms of service anger artists"
NAMED = "Fenn updated its terms of service on Monday, and the new terms take effect next month."
BETWEEN = "Artists say they learned of the change from a newsletter."

CASES = [
    # The company's intention, hedged by the writer: a statement.
    ("Fenn says it may “revisit parts of the update” after hearing from users.", []),
    ("Fenn says it could “do more to explain the changes”.", []),
    ("The company says it may “appeal the ruling”.", []),
    ("Fenn also says it might “talk to the artists who wrote in”.", []),
    # What the terms let it do, opening the quotation after the same modal: the document's permission.
    (
        "Fenn says it may “share your listening history with advertising partners”.",
        ["share your listening history with advertising partners"],
    ),
    (
        "The company goes on to say it can “keep uploaded files for as long as necessary”.",
        ["keep uploaded files for as long as necessary"],
    ),
    # The verb outside the quotation, the quotation its object: unchanged.
    (
        "Fenn says it can share “listening history and playlists with partners”.",
        ["listening history and playlists with partners"],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_company_hedged_own_modal(paragraph: str, expected: list[str]) -> None:
    found = quotes_found(page_units(NAMED, BETWEEN, paragraph, title=TITLE))
    assert found == expected


OTHER_TITLE = "Ridio's new terms for passengers"
OTHER_NAMED = "Ridio updated its terms for passengers in May, and a watchdog reported on its data use."

OTHER_CASES = [
    # A numbered part of a report, a judgment or a bill is that text's part, not the terms'.
    ("Section 15 of the report says “the company's disclosures fell short of what users expect”.", []),
    ("Paragraph 40 of the judgment says “the clause was never shown to the rider”.", []),
    ("Section 3 of the bill says “no provider may require arbitration”.", []),
    ("Section 4 of the new terms says “you may not resell tickets”.", ["you may not resell tickets"]),
    # A contract between other parties: its clause, not the terms'.
    (
        "The arbitration agreement between the union and the employer states that “grievances shall be heard "
        "within 60 days”.",
        [],
    ),
    ("The agreement signed between the two companies says “neither party may hire the other's staff”.", []),
    (
        "The arbitration agreement states that riders “waive the right to a jury trial”.",
        ["waive the right to a jury trial"],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), OTHER_CASES)
def test_other_texts_parts_and_parties(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(OTHER_NAMED, paragraph, title=OTHER_TITLE)) == expected


PLAY_TITLE = "Quillo rewrites its terms of service"
NAMED_PLAY = "Quillo updated its terms of service this week."
QUOTED = "The terms say Quillo may “keep your drafts for two years after you close your account”."
PLAY_CASES = [
    # Another text brought in between the document's last quotation and "It says": that text speaks (d109b3f).
    (
        "A new study by a university lab looked at the app's data practices.",
        "It says users “must be told before their drafts are analysed”.",
        [],
    ),
    (
        "The change follows a complaint filed by a consumer group.",
        "It says users “must be told before their drafts are analysed”.",
        [],
    ),
    # The writer's own sentence between: the document stays in play.
    (
        "Many users only noticed the change when the app asked them to accept it.",
        "It also says users “may not share their login with anyone”.",
        ["may not share their login with anyone"],
    ),
]


@pytest.mark.parametrize(("between", "paragraph", "expected"), PLAY_CASES)
def test_other_text_between(between: str, paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(NAMED_PLAY, QUOTED, between, paragraph, title=PLAY_TITLE))[1:] == expected


WORDING_CASES = [
    # The new wording of a bill, a directive or a law in Dutch and Polish is the law's, not the terms' (b92d5b2).
    (
        "Pixa heeft zijn algemene voorwaarden aangepast.",
        "Volgens de nieuwe tekst van het wetsvoorstel mogen bedrijven “geen gegevens doorverkopen”.",
        [],
    ),
    (
        "Pixa heeft zijn algemene voorwaarden aangepast.",
        "Volgens de nieuwe tekst van de richtlijn mogen bedrijven “geen gegevens doorverkopen”.",
        [],
    ),
    (
        "Pixa zmieniła regulamin.",
        "Zgodnie z nowym brzmieniem projektu ustawy firmy nie mogą „sprzedawać danych osobowych”.",
        [],
    ),
    # The new wording alone, on the page of the terms: theirs.
    (
        "Pixa heeft zijn algemene voorwaarden aangepast.",
        "Volgens de nieuwe tekst mag Pixa “foto's gebruiken voor reclame”.",
        ["foto's gebruiken voor reclame"],
    ),
]


@pytest.mark.parametrize(("named", "paragraph", "expected"), WORDING_CASES)
def test_a_laws_new_wording(named: str, paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(named, paragraph, title="Pixa")) == expected
