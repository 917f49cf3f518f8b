"""A page that writes a paragraph a line: a long paragraph ending on a colon, and the clause on the next line, which the
parser runs into one paragraph as it runs a lead-in line into its clause. Only the end of the long line leads in, as
only a lead-in paragraph's end does; a summary or a poster's own words on the next line stay unlabelled."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Stop panicking about Snapline's terms of service"
# One long line of the writer's (over 400 characters), ending on a colon.
LONG_LEAD = (
    "Every year or so a photo app updates its small print and people who skim it decide the company is taking the "
    "rights to their pictures, and every year the story spreads faster than anyone reads the document itself. The "
    "terms of service are ordinary boilerplate that any service hosting photographs needs in order to show them to "
    "anyone at all, and nothing in this update changes that. You can read the terms on the app's website. The part "
    "everyone keeps sharing is this:"
)
CLAUSE = (
    "Many of our services let you upload, post and store content. When you do that, you keep whatever ownership "
    "rights in that content you had to begin with."
)


def test_a_clause_under_a_long_lead_line_is_found() -> None:
    assert len(LONG_LEAD) > 400
    assert article_quotes(TITLE, f"{LONG_LEAD}\n{CLAUSE}") == [CLAUSE]


@pytest.mark.parametrize("after", [
    # The writer's own summary, announced as such.
    "Here is what changed: nothing that matters for your photos.",
    # A poster's own words in the first person.
    "I think people should calm down and read the thing before sharing screenshots of it.",
])  # fmt: skip
def test_the_writer_s_own_line_under_a_long_lead_stays_out(after: str) -> None:
    lead = LONG_LEAD.removesuffix("The part everyone keeps sharing is this:") + "My view is simple:"
    assert article_quotes(TITLE, f"{lead}\n{after}") == []
