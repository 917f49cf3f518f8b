"""Words in the company's own first person quoted inside the writer's third-person sentence, on a page that has quoted
its document (tos_first_person): "Zoomly can now use recordings “to improve our products and services”". The patterns of
https://tech-space.africa/google-to-allow-use-of-public-data-to-train-ai-models/,
https://9to5google.com/2023/07/03/google-privacy-policy-ai-training-data/ and
https://www.thestreet.com/technology/zooms-latest-move-may-make-you-reconsider-using-the-service. Rows where a speaker, a
statement, a blog post, an email or a law stands in the sentence or the one before, where the company tells or promises,
where the writer glosses, where the words are a statement's ("we take privacy seriously") or where the page quoted no
document yet stay unlabelled. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "Lumio rewrites its terms of service"

_units = partial(page_units, title=TITLE)

_OPENING = "Lumio has updated its terms of service. The new terms say users “grant Lumio a worldwide licence” to uploads."
_FOUND = "grant Lumio a worldwide licence"

MATCHES = [
    # Before any quotation, in the lede, on a page whose top names the company's terms.
    (
        (
            "Your uploads may soon be used to “improve machine learning models”. Lumio has updated its terms of service.",
        ),
        ["improve machine learning models"],
    ),
    # Inside the writer's sentence, after the page quoted its terms: the company's "our" with its models.
    (
        (
            _OPENING,
            "Anything you post in public may now be used “to help train our AI models and build new tools”.",
        ),
        [_FOUND, "to help train our AI models and build new tools"],
    ),
    # Two fragments in one sentence of the writer's, a paragraph below the first quotation.
    (
        (
            _OPENING,
            "That is a big change for a service many use for work every day.",
            "Lumio can now use recordings “to improve our products and services” and pass them on “to our affiliates "
            "and service providers”.",
        ),
        [_FOUND, "to improve our products and services", "to our affiliates and service providers"],
    ),
    # The company's "we" handling data, after the writer's account of what is kept.
    (
        (
            _OPENING,
            "Voice messages are now stored on its servers “for as long as we need them to run the service”.",
        ),
        [_FOUND, "for as long as we need them to run the service"],
    ),
]

MATCHES += [
    # A licence's run of verbs after the writer's "the right to".
    (
        (
            _OPENING,
            "Anyone who uploads a photo now gives the company the right to “reproduce, modify and publish” it.",
        ),
        [_FOUND, "reproduce, modify and publish"],
    ),
    # A waiver of pay, and a contract's measure of time, in the writer's sentences.
    (
        (
            _OPENING,
            "Artists will not be paid, as users are “not entitled to compensation for any use of content” now.",
            "Even after an account is closed, Lumio keeps backups “for a commercially reasonable period of time”.",
        ),
        [
            _FOUND,
            "not entitled to compensation for any use of content",
            "for a commercially reasonable period of time",
        ],
    ),
]

NO_MATCHES = [
    # Shaped as a clause, but the company insists, and the law's own words.
    (_OPENING, "Lumio insists it does not “use, share or sell” anything its users upload."),
    (_OPENING, "The law already lets libraries “copy, adapt and store” works for study."),
    # People's complaints about the words: theirs, though tracking is a clause's matter.
    (
        _OPENING,
        "The update follows months of complaints from couriers about “constant tracking during every shift”.",
    ),
    # A heading's name after "a title like", whatever it holds.
    (_OPENING, "Look for a part with a title like “How we use your data” near the top."),
    # A spokesperson in the sentence before: the next sentence may go on with her words.
    (
        _OPENING,
        "A Lumio spokesperson defended the change on Monday. Recordings are used only “to improve our products”.",
    ),
    # A blog post before: its words.
    (
        _OPENING,
        "Lumio explained the change in a blog post. Recordings are used only “to improve our products and services”.",
    ),
    # The company reminds, promises or tells: its statement or its email.
    (_OPENING, "Lumio also reminds users that it will “never share your recordings with our partners”."),
    (
        _OPENING,
        "The company told customers by email that recordings stay “within our own systems and servers”.",
    ),
    # A statement's own voice, whatever holds it.
    (_OPENING, "Lumio wants users to know it will “always put our customers first in our products”."),
    # The writer's own "we" around it: the newsroom's or the company's own page.
    (_OPENING, "We asked whether recordings are used “to improve our products and services”."),
    # A law's or a regulator's sentence.
    (_OPENING, "The regulator wants firms to stop using recordings “to improve our products and services”."),
    # Too short to be wording rather than a name: "our services".
    (_OPENING, "The change covers everything Lumio calls “our services” in one sweep."),
    # The writer's gloss in the company's voice, after "in other words".
    (
        _OPENING,
        "Just by uploading them! In other words, “thanks for your photos, our products need them now”.",
    ),
    # A question in the company's voice: the writer's or a reader's.
    (_OPENING, "Users now wonder why recordings are needed “to improve our products?”"),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_first_person_fragment_is_the_documents(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_first_person_fragment_elsewhere_stays_unlabelled(paragraphs: tuple[str, ...]) -> None:
    found = quotes_found(_units(*paragraphs))
    assert found in ([], [_FOUND])


def test_page_on_policies_in_general_lends_no_document() -> None:
    """A page on privacy policies in general, with no company at its top and none quoted, settles no document."""
    units = page_units(
        "Most apps now say they use what you post “to improve our products and services”.",
        title="How to read a privacy policy in five minutes",
    )
    assert quotes_found(units) == []
