"""Rows for a poster's short line with no colon that says where the clause below it is found (tos_located_lead), after
the pattern of Slashdot and forum replies that paste a licence clause under "It's in the EULA"-style lines; beside the
same lines over the poster's own words, an article, or a line where the poster or someone else speaks. Every text here
is written for the test; the clauses are invented."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Can Vexon ban me for lending my copy?"
AFTER = "So no lending your copy to a friend."


@pytest.mark.parametrize(("lead", "clause", "found"), [
    # The line places the clause in a document and ends on its name; the clause binds.
    ("mere_t It's right there in the EULA", "The Licensee may not rent, lease or lend the Software to any third party.",
     ["The Licensee may not rent, lease or lend the Software to any third party."]),
    ("Straight from their ToS", "You may not use the service to resell access to third parties.",
     ["You may not use the service to resell access to third parties."]),
    ("Buried in the privacy policy.", "We may share your purchase history with our advertising partners.",
     ["We may share your purchase history with our advertising partners."]),
    ("Found this in the user agreement", "Vexon may suspend any account that shares a licence key.",
     ["Vexon may suspend any account that shares a licence key."]),
    # An article, the poster reading, someone else finding it, a line that does not end on the document.
    ("It's right there in the article", "The company may change the licence terms next year.", []),
    ("I read this in the EULA", "You may not rent the Software to anyone.", []),
    ("The lawyer found it in the EULA", "You may not rent the Software to anyone.", []),
    ("It was in the EULA all along", "You may not rent the Software to anyone.", []),
    # The paragraph under it does not bind as terms do: the poster's own advice.
    ("It's in the ToS", "You should return it and ask for your money back.", []),
])  # fmt: skip
def test_a_line_that_places_the_clause_in_the_document(lead: str, clause: str, found: list[str]) -> None:
    assert quotes_found(page_units(lead, clause, AFTER, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A page that joins a comment's lines runs the lead-in and the "> " line into one: the mark stays outside.
    ("From the ToS: > We may suspend or terminate your account at any time, for any reason.",
     ["We may suspend or terminate your account at any time, for any reason"]),
    ("Relevant bit of the EULA: > The Licensor may collect technical information about your device.",
     ["The Licensor may collect technical information about your device"]),
    # The line quoted is an article's, or does not bind, or no document is named.
    ("From the article about the privacy policy: > The company said it would look at the wording again.", []),
    ("Relevant bit of the article: > Users may not always read the licence.", []),
])  # fmt: skip
def test_a_quoted_line_run_into_its_lead_in(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, AFTER, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A heading over the writer's summary, and the writer's aside: no poster's line placing a clause.
    (("Inside the new terms of service",
      "Users must now let Vexon use their voice recordings to train its models, and they cannot opt out."), []),
    (("Vexon's update is long and hard to read. In short, it's in the privacy policy.",
      "You must now allow Vexon to keep your recordings for five years if you want to use the app."), []),
    # A bare "From" over a clause that binds, as posters paste one.
    (("From the EULA", "The Licensee may not rent, lease or lend the Software to any third party."),
     ["The Licensee may not rent, lease or lend the Software to any third party."]),
])  # fmt: skip
def test_a_heading_or_an_aside_places_no_clause(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, AFTER, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A complaint or a letter about the document leads in: its words, run into the lead-in or on the next line.
    (("From the FTC complaint about the privacy policy: > Users may not have understood that their data would be "
      "sold.",), []),
    (("From the minister's letter on the terms of service:", "> Platforms must remove harmful posts within a day."),
     []),
    # A filing that quotes the document: the document's words.
    (("The FTC complaint quotes the privacy policy:", "> We may share your information with our partners for "
      "marketing."), ["We may share your information with our partners for marketing."]),
])  # fmt: skip
def test_a_filing_about_the_document_leads_in_to_its_own_words(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, AFTER, title=TITLE)) == found
