"""A paragraph that restates the document's quotation just before it with a writer's opener and a quotation in a
clause's voice goes on with that quotation ("Not, that is, “unless both you and …”", "Worse, “you …”"); a
speaker after it, a poster's voice or a statement's keep it out. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Quillo rewrites its small print"
CLAUSE = (
    "Quillo updated its terms of service this week. The new terms say: “All disputes will be settled by arbitration "
    "on an individual basis.”"
)
ROWS = [
    ("Not, that is, “unless you and Quillo both agree in writing to do otherwise”.", True),
    ("That is, “you give up any right to bring a claim before a jury.”", True),
    ("Worse, “you must bring any claim within one year of the event or lose it.”", True),
    # The writer's own rewording or gist (plain_language, summary_hedge): a gloss, as "The terms basically say “…”" is.
    ("Put simply, “you give up any right to bring a claim before a jury.”", False),
    ("In other words, “you must bring any claim within one year of the event or lose it.”", False),
    ("Basically, “you give up any right to bring a claim before a jury.”", False),
    ("In plain English, “you give up any right to bring a claim before a jury.”", False),
    # Someone takes it after the quotation: theirs.
    ("Put simply, “you should read every line before you click agree,” says lawyer Dana Reyes.", False),
    # A poster's voice and a company's statement are not clauses.
    ("In other words, “I can no longer sue them over anything I bought from the shop.”", False),
    ("Basically, “we are committed to treating every player fairly and openly.”", False),
    # A lead-in with a subject of its own is no restating opener.
    ("Put simply, players think “you lose every right you had before the change.”", False),
]


FRENCH_TITLE = "Quillo réécrit ses conditions"
FRENCH_CLAUSE = (
    "Quillo a modifié ses conditions d'utilisation cette semaine. Les nouvelles conditions prévoient : « Tout litige "
    "sera réglé par arbitrage, sur une base individuelle. »"
)
WAIVER = "vous renoncez à toute action collective contre Quillo et ses partenaires"


def test_a_french_restating_opener_goes_on_with_the_clause() -> None:
    """The opener "C'est-à-dire" holds "dire", a verb of saying: the opener is read before any verb. "Autrement dit"
    rewords the clause in the writer's words (plain_language): a gloss."""
    assert WAIVER in article_quotes(FRENCH_TITLE, f"{FRENCH_CLAUSE}\n\nC'est-à-dire, « {WAIVER} ».")
    assert WAIVER not in article_quotes(FRENCH_TITLE, f"{FRENCH_CLAUSE}\n\nAutrement dit, « {WAIVER} ».")


@pytest.mark.parametrize(("paragraph", "found"), ROWS)
def test_a_restating_paragraph_goes_on_with_the_clause(paragraph: str, found: bool) -> None:
    quoted = paragraph[paragraph.index(next(mark for mark in "“«" if mark in paragraph)) + 1 :]
    quoted = quoted[: max(quoted.rfind("”"), quoted.rfind("»"))].strip()
    quotes = article_quotes(TITLE, f"{CLAUSE}\n\n{paragraph}")
    assert (quoted in quotes) is found, quotes
