"""A bar of links ("Contact us | Privacy notice | Cookies") is a site's menu or footer: it names the site's own policy
on every page, so it does not make the page one that names a document, and a weak pointing word ("which provisions
you fail to follow:") stays a law's. Pages of this shape: an explainer of a data law's two tiers of fines, with the
publisher's footer under it. Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.detectors.tos_walk import _link_bar
from parsers import parse_text

_OPENING = (
    "How the two tiers of fines work\n\n"
    "Under the Data Act 2024, a firm that breaks the rules can face a large fine, and may also owe damages.\n\n"
)
_CLOSING = "When it sets a fine, the regulator weighs how serious and how long the breach was.\n\n"
# The tiers on lines under the lead-in, as list items, or as paragraphs of their own.
_TIERS = [
    "Back to the fines. The Data Act has two tiers, depending on which provisions you fail to follow:\n"
    "  • the greater of £5m or 2% of your total annual turnover in the last financial year, for failings such as "
    "record keeping, contracts with processors and breach reports; or\n"
    "  • the greater of £10m or 4% of your total annual turnover in the last financial year, for failings around "
    "consent and people's rights.\n\n",
    "Back to the fines. The Data Act has two tiers, depending on which provisions you fail to follow:\n\n"
    "the greater of £5m or 2% of your total annual turnover in the last financial year, for failings such as "
    "record keeping, contracts with processors and breach reports; or\n\n"
    "the greater of £10m or 4% of your total annual turnover in the last financial year, for failings around "
    "consent and people's rights.\n\n",
    "The provisions say:\n\n“You must keep records of all processing and report any breach within 72 hours.”\n\n",
]


def _quotes(text: str) -> list[str]:
    return [note.text for note in annotate(parse_text(text)).annotations if note.kind == "tos_quote"]


@pytest.mark.parametrize(
    "footer", ["Contact us | Privacy notice | Cookies", "Home · About · Privacy policy · Terms of use"]
)
@pytest.mark.parametrize("tiers", _TIERS)
def test_a_footer_naming_the_sites_policy_makes_no_law_text_a_clause(tiers: str, footer: str) -> None:
    assert _quotes(_OPENING + tiers + _CLOSING + footer + "\n") == []


def test_a_page_that_names_its_document_keeps_its_clauses_under_a_footer() -> None:
    text = (
        "Plumo rewrites its terms\n\n"
        "Plumo changed several lines of its user agreement this week.\n"
        "Here is what was taken out of the user agreement:\n"
        "You may delete your albums at any time. Once deleted, the licence you granted ends with them.\n\n"
        "Contact us | Privacy notice | Cookies\n"
    )
    assert _quotes(text) == [
        "You may delete your albums at any time. Once deleted, the licence you granted ends with them."
    ]


@pytest.mark.parametrize(("text", "bar"), [
    ("Contact us | Privacy notice | Cookies", True),
    ("Home · News · Terms of use", True),
    ("Start • Datenschutz • Impressum • Kontakt", True),
    ("Plumo | its new privacy policy lets it share your albums with every company in its group", False),
    ("Fines: £5m | £10m", False),
    ("Terms | Privacy", False),
])  # fmt: skip
def test_a_link_bar_is_short_items_split_by_a_mark(text: str, bar: bool) -> None:
    assert _link_bar(text) is bar
