"""ToS quotes on English forum, Q&A and tech-news pages, session 44 (tosen44): rows in our own words after real pages.

An excerpt that ends inside a quotation of the terms ("… a TOS that states "We may cancel accounts at any ti") is
the quotation to the text's end; the writer's paragraph that holds it is no passage of the terms, though "we" and
"may" stand in it: they stand inside the quotation (news.ycombinator.com on why sites have terms).

A quotation that goes on with the terms' quotation just before it is the terms' too: one that opens on an ellipsis
(`… or, “…and to authorize others to do so.”`: words cut from the text just quoted; comm2400.wordpress.com on
Reddit's terms), and one in a sentence that only adds an item to the list the policy was quoted on ("As well as motion
sensor information, including “…”"; lavasoft.com on Spotify's privacy policy). Not when someone speaks between them.

A numbered item of an app store's review guidelines named by its number ("Guideline 4.2 says apps may not …") is a
part of the guidelines, as "Section 3.1.1" is a part of terms (developer forums and tech news on review guidelines).
"""

from __future__ import annotations

import pytest

from annotations.detectors.tos_left_open import before_left_open
from tests.tos_support import page_units, quotes_found

HN_TITLE = "Ask: why do sites bother with terms of service?"
HN_ASIDE = "The terms are there to shield the site, not its users. Users have to look out for themselves."
HN_CUT = (
    "Picture a free tool that goes down for a day, and a user who sues over it. Lucky you if your terms of service "
    'say "The tool is offered as-is, with no warranty. We may end the service or close accounts at any ti'
)
HN_CUT_QUOTE = (
    "The tool is offered as-is, with no warranty. We may end the service or close accounts at any ti"
)

LEFT_OPEN_PAGES = [
    # The writer's paragraph under an aside, ending inside the terms' quotation: only the quotation.
    ((HN_ASIDE, HN_CUT), [HN_CUT_QUOTE]),
    # The same paragraph first on the page.
    ((HN_CUT,), [HN_CUT_QUOTE]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LEFT_OPEN_PAGES)
def test_quotation_left_open_at_the_end(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=HN_TITLE)) == expected


LEFT_OPEN_TEXTS = [
    # Words after a double mark nothing closes are the quotation's.
    ('It is lucky your terms say "We may end the service at any ti', "It is lucky your terms say "),
    ("Your terms say “We may end the service at any ti", "Your terms say "),
    # An inch sign after a digit, an apostrophe and a mark with one word after it open nothing.
    ('We may show ads on the 12" screen in your car.', 'We may show ads on the 12" screen in your car.'),
    ("Let's say we may close it.", "Let's say we may close it."),
    ('We may close it "now', 'We may close it "now'),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_OPEN_TEXTS)
def test_before_left_open(text: str, expected: str) -> None:
    assert before_left_open(text) == expected


PAGE_TITLE = "What Velora's new terms let it do"
GOES_ON = [
    # Opening on an ellipsis, after the writer's gloss: cut from the same clause.
    (
        "Velora's terms say “you grant us a free licence to copy and show your posts in any medium …” So just by "
        "posting there you let them use your posts for free and do what they want with them or, “…and let others do "
        "the same.”",
        [
            "you grant us a free licence to copy and show your posts in any medium …",
            "…and let others do the same.",
        ],
    ),
    # A sentence that only adds an item to the list the policy was quoted on.
    (
        # A noun that names a source elsewhere ("a motion" filed in court) adds an item here.
        "The privacy policy says: “With your consent, we may read the contacts and photos on your phone.” As well "
        "as motion sensor readings, including “the speed at which you walk or run.”",
        [
            "With your consent, we may read the contacts and photos on your phone.",
            "the speed at which you walk or run.",
        ],
    ),
    # Someone speaks between them: the second quotation is theirs.
    (
        "Velora's terms say “we may share your data with partners.” A spokesperson said few users object, “…and "
        "those who do can opt out.”",
        ["we may share your data with partners."],
    ),
    (
        "The privacy policy says: “With your consent, we may read the contacts on your phone.” As well as that, "
        "the founder said “we have never looked at a single photo.”",
        ["With your consent, we may read the contacts on your phone."],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), GOES_ON)
def test_quotation_goes_on_with_the_terms(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=PAGE_TITLE)) == expected


GUIDE_TITLE = "Velora Store tightens its review rules"
GUIDE_LEAD = (
    "Velora updated its App Review Guidelines this week, adding new reasons an app may be turned away."
)
GUIDELINE_ITEMS = [
    # A numbered item of the guidelines named by its number, as "Section 3.1.1" names a part of terms.
    ("Guideline 4.2 says apps may not be “a website wrapped in an app and nothing more” anymore.", True),
    (
        "Under guideline 5.1.1, apps “must not ask for personal data the app's main features do not need.”",
        True,
    ),
    ("Guideline 4.3 now reads: “Do not submit the same app under several bundle names.”", True),
]


@pytest.mark.parametrize(("paragraph", "found"), GUIDELINE_ITEMS)
def test_numbered_guideline(paragraph: str, found: bool) -> None:
    quoted = paragraph[paragraph.index("“") + 1 : paragraph.index("”")]
    assert quotes_found(page_units(GUIDE_LEAD, paragraph, title=GUIDE_TITLE)) == ([quoted] if found else [])


def test_numbered_guideline_on_a_page_naming_no_document() -> None:
    # Nothing on the page names guidelines or terms: the number alone hands over to nothing.
    paragraph = "Guideline 4.2 says apps may not be “a website wrapped in an app and nothing more” anymore."
    assert quotes_found(page_units(paragraph, title="Why my app was turned away")) == []
