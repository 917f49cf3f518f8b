"""Quotations next to terms words that are not the terms' wording: a concept of law quoted as one ("relies on
“legitimate interest”"), the reaction a document caused ("the earlier version had caused “understandable worry”"),
a company's blog post about the policy ("In its new blog post outlining the policy, …"), and wording supposed
written into terms ("might as well say", 「…」と書いておけば). Patterns from real pages: a music service's blog post
after its policy backlash, a Japanese administrative scrivener's advice page, a forum's "what stops a company from
writing …". Each with the nearest quotation that stays the document's. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "The new terms, explained"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Draftly's terms of service define “Content” broadly, and its privacy policy relies on “legitimate interest”"
         " for most of what it does.", []),
        ("Konnect has updated its privacy policy to let partners use member data, and added a 'liquidated damages'"
         " clause to its terms of service aimed at scrapers.", []),
        ("Draftly's privacy policy says it may “rely on our legitimate interests to show you offers”.",
         ["rely on our legitimate interests to show you offers"]),
    ],
)  # fmt: skip
def test_a_concept_of_law_quoted_alone_is_no_terms_wording(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Tunely rewrote its privacy policy. In its new blog post outlining the policy, the company admits that the"
         " previous version of the privacy policy led to some “understandable confusion”.", []),
        ("Tunely rewrote its privacy policy. In a blog post, the company admitted the earlier version had caused"
         " “understandable worry” and said it would “do better at explaining our plans”.", []),
        ("Tunely rewrote its privacy policy. The new policy says the app may “share your listening history with"
         " partners”.", ["share your listening history with partners"]),
    ],
)  # fmt: skip
def test_a_blog_post_about_the_policy_and_the_worry_it_caused_are_not_its_wording(
    paragraph: str, expected: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("One reader joked that the terms of service might as well say “we own you now”.", []),
        ("What stops a company from writing “we keep your kidney when you die” into its terms of service?", []),
        ("利用規約は作って終わりではありません。規約に「変更する」と書いておけば何でも変えられるわけではありません。", []),
        ("The terms of service say “we may keep your posts after you close your account”.",
         ["we may keep your posts after you close your account"]),
        ("ミナト社の利用規約には「当社は本規約を変更することがあります」と書いてある。",
         ["当社は本規約を変更することがあります"]),
    ],
)  # fmt: skip
def test_wording_supposed_written_into_terms_is_no_companys(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A concept of law the document itself says, its verb right after its name: the document's words.
        ("Draftly's privacy policy says it processes your playlists on the basis of its “legitimate interests”.",
         ["legitimate interests"]),
        ("The privacy policy lists “contractual necessity” as the basis for keeping your payment details.",
         ["contractual necessity"]),
        ("Draftly's terms of service state that the company will always act in “good faith”.", ["good faith"]),
        # A section's name between the document and its verb: the verb is still the document's.
        ("Draftly's terms of service, in a section called “Licence to us,” state that users grant “a worldwide,"
         " royalty-free licence to host and adapt your content”.",
         ["a worldwide, royalty-free licence to host and adapt your content"]),
        # The concept relied on, and a quotation joined to another verb after it, stay out.
        ("Its privacy policy relies on “legitimate interest” for nearly everything it does with your data.", []),
        ("Tunely rewrote its privacy policy. In a post, the firm said the old version had caused “real worry” and"
         " said it would “listen harder”.", []),
    ],
)  # fmt: skip
def test_a_concept_the_document_says_and_a_section_named_before_its_verb(
    paragraph: str, expected: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected
