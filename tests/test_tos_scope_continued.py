"""A quotation that goes on with the document's clause quoted just before it, through a subject that picks that clause's
word up with the definite article and a verb of reach: "The license applies “…”" after "“… worldwide right and license
to copy …”". Anyone after the quotation, or a subject the clause before does not hold, keeps it out."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Wavely rewrites its user agreement"
GRANT = "royalty-free, perpetual, worldwide right and license to copy, modify and publish"
LEAD = f"Under the new user agreement, members grant the company a “{GRANT}” what they post.\n\n"
WAIVER = "waive any right to bring a class action against Wavely"
WAIVER_LEAD = f"Wavely's updated terms of service say that members “{WAIVER}”."
SPANISH_GRANT = "una licencia mundial, gratuita y perpetua sobre tu contenido"
SPANISH_LEAD = f"Según las nuevas condiciones de uso, el usuario concede a Wavely «{SPANISH_GRANT}»."


@pytest.mark.parametrize(("body", "found"), [
    (LEAD + "The license applies “on or in connection with the Service, or the promotion thereof,” including for "
     "commercial purposes.", [GRANT, "on or in connection with the Service, or the promotion thereof,"]),
    (WAIVER_LEAD + " The waiver covers “any claim arising out of your use of the Service”.",
     [WAIVER, "any claim arising out of your use of the Service"]),
    (SPANISH_LEAD + " La licencia se aplica «a cualquier medio existente o futuro».",
     [SPANISH_GRANT, "a cualquier medio existente o futuro"]),
])  # fmt: skip
def test_a_clause_picked_up_by_its_word_and_a_verb_of_reach_goes_on(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize("body", [
    # A spokesperson closes the next quotation.
    LEAD + "The license covers “only what members choose to make public,” a spokesperson said.",
    # The subject is not a word of the clause before.
    LEAD + "The backlash covers “every corner of the internet” by now.",
    WAIVER_LEAD + " The clause applies “to millions of people who never read it”, critics say.",
    # A verb that is no verb of reach.
    LEAD + "The license worries “anyone who sells their photographs”.",
])  # fmt: skip
def test_a_later_quotation_not_picked_up_so_stays_out(body: str) -> None:
    quotes = article_quotes(TITLE, body)
    assert len(quotes) == 1
