"""Terms quotes over several paragraphs, found on real pages of session 38: a quotation of the terms that runs over
paragraphs opens each with a mark and closes only the last (a UK trade-press piece on a dating app's arbitration
clause, gamesindustry-style news); a lawyer's comment over several paragraphs does the same, and its later paragraphs
are his, though they speak of the terms (a UK law firm's note on a streaming service's arbitration clause); short
section labels and captions over the body ("News", the company's name) do not push the paragraph that names the
document out of the page's top. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_FIRST = "You and Lumo agree to settle every dispute through binding arbitration and not in court"
_SECOND = "You also waive any right to join a class action against Lumo, including actions already filed"
_THIRD = "Lumo may change this section with thirty days of notice to you"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (f"Section 9 of the terms sends disputes to arbitration.\n\nIt reads: “{_FIRST}.\n\n“{_SECOND}.”\n\n"
         "Lumo says the change applies to all users.", [f"{_FIRST}.", f"{_SECOND}."]),
        (f"Lumo's new terms say: “{_FIRST}.\n\n“{_SECOND}.\n\n“{_THIRD}.”\n\nUsers have thirty days to opt out.",
         [f"{_FIRST}.", f"{_SECOND}.", f"{_THIRD}."]),
        # The next paragraph's quotation is taken by a speaker after it: hers, not the terms'.
        (f"Lumo's new terms say: “{_FIRST}.\n\n“This will hurt users who were never told,” said Dana Ruiz of the "
         "Fair Apps group.", [f"{_FIRST}."]),
        # A quotation closed in its own paragraph leaves nothing open: the next one needs its own document.
        (f"Lumo's new terms say: “{_FIRST}.”\n\n“We think most people will not notice.”\n\nThe company would not "
         "say more.", [f"{_FIRST}."]),
    ],
)  # fmt: skip
def test_a_quotation_left_open_goes_on_in_the_next_paragraph_that_opens_on_a_mark(
    body: str, found: list[str]
) -> None:
    assert article_quotes("Lumo rewrites its dispute rules", body) == found


_LAWYER_TOP = (
    "Lumo argues its terms of use, which the claimant agreed to when he made his account in 2020, mean the case must "
    "go to arbitration.\n\nPartner Ana Boyd commented: “The core question is whether the small print in their "
    "subscription package, that sends any claim against Lumo to arbitration, applies to an injury at a Lumo park.\n\n"
)


@pytest.mark.parametrize(
    ("rest", "found"),
    [
        ("“Lumo’s argument that accepting their terms and conditions for one product covers every dealing with that "
         "company is new and may reach far. Arbitration clauses are usually enforced when the dispute arises from the "
         "setting in which the agreement was made.\n\n“There is also a wider question of fairness.”\n\nThe case "
         "continues.", []),
        # A quotation the terms are named for after the lawyer's words ended is theirs again.
        ("“Courts rarely enforce such clauses.”\n\nThe terms say users “agree to arbitrate all disputes with Lumo or "
         "its affiliates”.", ["agree to arbitrate all disputes with Lumo or its affiliates"]),
    ],
)  # fmt: skip
def test_a_speakers_quotation_left_open_keeps_its_next_paragraphs(rest: str, found: list[str]) -> None:
    assert article_quotes("Lumo seeks arbitration in injury case", _LAWYER_TOP + rest) == found


_CLAUSE = "You and Lumo each give up the right to go to court, except for claims that may be taken to a small claims court"
_TINDERLIKE = (
    "Lumo\n\nAn update to Lumo’s terms in the US has sought to make it harder to sue the platform.\n\nSection 16 of "
    "the agreement, titled ‘Arbitration and Class-Action Waiver’, looks to settle disputes through a private body "
    f"rather than the courts.\n\nIt reads: “{_CLAUSE}.”"
)


@pytest.mark.parametrize(
    ("title", "body", "found"),
    [
        ("Lumo Terms Update Limits Users' Right to Sue", f"News\n\n{_TINDERLIKE}", [f"{_CLAUSE}."]),
        ("Lumo Terms Update Limits Users' Right to Sue", _TINDERLIKE, [f"{_CLAUSE}."]),
        # Nothing at the top or above names a document: "It" is the rulebook's, no company's terms.
        ("Lumo Opens Its Third Park",
         "News\n\n" + _TINDERLIKE.replace("Lumo’s terms", "Lumo’s rules").replace("of the agreement", "of the rulebook"),
         []),
    ],
)  # fmt: skip
def test_short_labels_over_the_body_leave_the_first_paragraph_in_the_pages_top(
    title: str, body: str, found: list[str]
) -> None:
    assert article_quotes(title, body) == found
