"""An airline's terms go by "contract of carriage" in US news, law blogs and forums (the reports on a passenger removed
from an oversold flight quote its Rule 21): quoted wording of it is a terms quote, as of its "conditions of carriage".
Words invented here."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Skyjet drags a seated passenger off an oversold plane"
RULE = "Skyjet may remove any passenger who fails to follow the instructions of the crew"


@pytest.mark.parametrize("body", [
    f"Like every carrier, Skyjet has a long contract of carriage. Its Rule 21 provides that “{RULE}.”",
    f"Skyjet's Contract of Carriage is blunt. The contract defines an oversold flight as “{RULE}.”",
    f"Read the carriage contract: “{RULE}.”",
])  # fmt: skip
def test_quoted_wording_of_an_airlines_contract_of_carriage(body: str) -> None:
    assert article_quotes(TITLE, body) == [f"{RULE}."]


@pytest.mark.parametrize("body", [
    # A spokesperson, a judge: their words about the contract.
    f"A Skyjet spokesperson said the contract of carriage lets crews act: “{RULE}.”",
    "The judge wrote that the contract of carriage was “unambiguous on this point”.",
    # No contract of carriage named: a bare contract on a page about a sale.
    f"Skyjet sold two jets. The contract defines the price as “{RULE}.”",
])  # fmt: skip
def test_someone_elses_words_or_another_contract_stay_out(body: str) -> None:
    assert article_quotes(TITLE, body) == []
