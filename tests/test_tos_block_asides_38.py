"""A writer's aside after a clause set off from the terms is no more of the clause: "(By the way, …)", "For the
record, …". Page of this shape: a forum's staff post discussing the terms it is drafting, a capitals clause set off
under "a list like this:" and the writer's remark in parentheses below it (a Discourse forum thread). Every text
here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_CLAUSE = (
    "YOU HEREBY GRANT THE LUMO PARTIES A PERPETUAL, WORLDWIDE, IRREVOCABLE LICENSE TO COPY, DISPLAY AND OTHERWISE USE USER "
    "CONTENT IN CONNECTION WITH THE SERVICES, IN ANY MEDIUM NOW KNOWN OR LATER DEVISED."
)
_BODY = (
    "We are working on forum features and would like feedback on our plans for licensing what members post.\n\n"
    "The terms of service of one large forum host include this clause:\n\n"
    f"{_CLAUSE}\n\n{{after}}\n\nMore on licensing in the next post."
)


@pytest.mark.parametrize(
    ("after", "found"),
    [
        ("(By the way, the capitals are an old answer to fine-print scams, and long paragraphs of them are hard to "
         "read. We did not use capitals in our own template.)", [_CLAUSE]),
        ("For the record, we did not copy that wording, and you keep the rights to what you post here.", [_CLAUSE]),
        # More of the clause: the next paragraph in the same voice goes on with it.
        ("YOU ALSO WAIVE ANY MORAL RIGHTS YOU MAY HAVE IN THAT CONTENT TO THE EXTENT THE LAW ALLOWS.",
         [_CLAUSE, "YOU ALSO WAIVE ANY MORAL RIGHTS YOU MAY HAVE IN THAT CONTENT TO THE EXTENT THE LAW ALLOWS."]),
    ],
)  # fmt: skip
def test_a_writers_aside_after_a_set_off_clause_is_not_the_clause(after: str, found: list[str]) -> None:
    assert article_quotes("Forum terms of service: a draft for comment", _BODY.format(after=after)) == found
