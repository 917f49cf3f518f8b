"""Under a lead-in, a picture's caption ("Medium homepage screenshot showing the footer link") or a list of the
document's headings (a table of contents) sets off no clause, and the writer's prose after them is not handed the
document; a part's heading over its clause, and a clause list under a lead-in, still are. Pattern from a real page:
a privacy-policy template site showing real policies as screenshots and listing their sections. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "How to write a privacy policy"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a caption under the lead-in
        (("Quillo links its privacy policy from the footer of every page:",
          "Quillo homepage screenshot showing the privacy policy link in the footer"), []),
        (("Here is how Quillo's privacy policy explains data storage:", "Captura de pantalla de la política de Quillo"),
         []),
        # headings listed under the lead-in, then the writer's prose
        (("Quillo's privacy policy includes the following clauses:", "1. Information We Collect", "2. Data Storage",
          "3. Business Transfers",
          "There is also a part for users in Europe that covers what the law asks for, such as the legal bases."), []),
        # a part's heading over its clause; a clause list; a clause that names a screenshot
        (("Quillo's privacy policy now says:", "Data Storage",
          "We keep your messages for 30 days and may keep backups for longer."),
         ["We keep your messages for 30 days and may keep backups for longer."]),
        (("Quillo's terms of service now say:", "1. You may not copy the app.", "2. You may not sell your account."),
         ["You may not copy the app.", "You may not sell your account."]),
        (("Quillo's terms of service now say:",
          "You may not post screenshots of other members' messages without their consent."),
         ["You may not post screenshots of other members' messages without their consent."]),
    ],
)  # fmt: skip
def test_a_caption_or_a_table_of_contents_sets_off_no_clause(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    kinds = tuple("list_item" if text[:1].isdigit() else "paragraph" for text in paragraphs)
    assert quotes_found(page_units(*paragraphs, title=TITLE, kinds=kinds)) == expected
