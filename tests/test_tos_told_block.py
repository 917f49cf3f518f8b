"""A passage of the document set off under the writer's own account of it, on a page that has settled its document
(tos_told_block): the sentence above tells what the company or its document does, names no document and has no colon;
the passage below speaks as the document does, in the company's "we" with the reader's "you", a modal or the company's
own name. The patterns of https://www.webpronews.com/slack-using-customer-data-to-train-ai-requires-email-to-opt-out/,
https://9to5google.com/2023/07/03/google-privacy-policy-ai-training-data/ and https://feddit.it/post/8911601. Rows where
someone speaks above (a blog post, a spokesperson), where the newsroom or the writer says "we", where the company makes
a statement, or where the page never named a document, stay unlabelled. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "Chatrail's policy and the model training row"

_units = partial(page_units, title=TITLE)

_OPENING = "Chatrail is angering customers with its new privacy policy, which says it will use “messages and files” for training."
_PASSAGE = (
    "Machine learning is a tool we use in limited ways to improve our product. To build these models, our systems "
    "analyse Customer Data submitted to Chatrail, as defined in your customer agreement."
)
_ORBIX = (
    "We use publicly available information to help train Orbix's language models and build features like Orbix "
    "Translate and Orbix Chat."
)
_ORBIX_OPENING = (
    "Orbix made a short change to its privacy policy last summer that matters more than it looks."
)

MATCHES = [
    # The writer tells what the company has made clear; the passage set off below, no colon, no quotation marks.
    (
        (
            _OPENING,
            "Like its rivals, Chatrail has been adding models to its apps. As part of that push, the company has made "
            "clear that it plans to use customer data for training.",
            _PASSAGE,
            "Opting out, by contrast, takes an email to the support team.",
        ),
        ["messages and files", _PASSAGE],
    ),
    # A place in the document opens the sentence: what the company "notes" there is the document's.
    (
        (
            "Lumio's updated privacy policy now says it may “use public posts to improve our services”.",
            "In a later section, Lumio also notes that public posts can be used to train these models.",
            "For example, we may collect information that is publicly available online to help train Lumio's models "
            "and build features like Lumio Draft.",
        ),
        [
            "use public posts to improve our services",
            "For example, we may collect information that is publicly available online to help train Lumio's models "
            "and build features like Lumio Draft.",
        ],
    ),
    # Only the company's own name beside its "we": the document names its company as the writer's sentence does.
    (
        (
            _ORBIX_OPENING,
            "Buried deep in the document, Orbix changed the wording on how it uses data, adding that public "
            "information could train its A.I. chatbot.",
            _ORBIX,
        ),
        [_ORBIX],
    ),
]

MISSES = [
    # Someone speaks in the sentence above: the company's blog post, a spokesperson.
    (_OPENING, "Chatrail explained its reasoning in a blog post on Friday.", _PASSAGE),
    (_OPENING, "A spokesperson for Chatrail told us the following on Friday afternoon.", _PASSAGE),
    # The newsroom's "we", and the company's statement voice.
    (
        _OPENING,
        "The company has made clear that it plans to use customer data for training.",
        "We have asked Chatrail for comment and will update this story when the company replies to your questions.",
    ),
    (
        _OPENING,
        "The company has made clear that it plans to use customer data for training.",
        "We take your privacy seriously and we are committed to protecting the data of every Chatrail customer.",
    ),
    # Only the quotation speaks as the document: the writer's sentence around it is no passage.
    (
        _ORBIX_OPENING,
        "The company has made clear that it plans to use public data for training.",
        "The new version reads, “We may use your posts to train our models,” and users cannot opt out of that at all.",
    ),
    # The sentence above asks, or ends on a quotation of someone.
    (_ORBIX_OPENING, "So how does Orbix do it, and what exactly changed?", _ORBIX),
    (_ORBIX_OPENING, "Critics called the change “a land grab by Orbix” on social media.", _ORBIX),
    # No "you", no modal, no company name of the lead: the writer's own "we".
    (
        _ORBIX_OPENING,
        "Buried deep in the document, Orbix changed the wording on how it uses data for training.",
        "We think this is a bad change and we doubt many people will ever read the new version at all.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_passage_under_told_lead_is_the_documents(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", MISSES)
def test_passage_under_someone_else_or_the_writer_is_not(paragraphs: tuple[str, ...]) -> None:
    found = quotes_found(_units(*paragraphs))
    assert not any(quote == paragraphs[-1] for quote in found)


def test_page_that_names_no_document_takes_no_passage() -> None:
    paragraphs = (
        "Orbix launched a chatbot on Monday for its forty million users around the world.",
        "Buried in the launch post, Orbix explained how the assistant was built over two years.",
        "We use publicly available information to help train Orbix's language models, and you can try them today.",
    )
    assert quotes_found(page_units(*paragraphs, title="Orbix launches a chatbot")) == []


# A quotation set off alone on a page that has already quoted its document (tos_bound.settled_clause): a clause in the
# terms' voice is that document's with no document named just above it.
_ZOOMLY = "Zoomly's updated terms of service say the company may “use customer content to train our models”."
_KEPT = "Recordings are kept for as long as needed to operate the service and improve our products."
_TEACHERS = "Teachers were not pleased, and many of them cancelled their plans."

SETTLED = [
    (
        (_ZOOMLY, _TEACHERS, f"“{_KEPT}”", "That is a long time."),
        ["use customer content to train our models", _KEPT],
    ),
    ((_ZOOMLY, _TEACHERS, f"“{_KEPT}”"), ["use customer content to train our models", _KEPT]),
    # The page's document is named but none of its words quoted yet: the paragraph above must name it.
    (
        (
            "Zoomly's updated terms of service took effect on Monday.",
            _TEACHERS,
            f"“{_KEPT}”",
            "That is a long time.",
        ),
        [],
    ),
    # A speaker after, a statement's voice.
    (
        (_ZOOMLY, _TEACHERS, f"“{_KEPT}”", "said Dana Ruiz, who runs a school in Ohio."),
        ["use customer content to train our models"],
    ),
    (
        (_ZOOMLY, _TEACHERS, "“We are committed to keeping every recording safe for our teachers.”"),
        ["use customer content to train our models"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SETTLED)
def test_quotation_set_off_on_a_settled_page(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


def test_company_page_in_one_voice_sets_nothing_off() -> None:
    paragraphs = (
        "Below we pick out a few points from our Customer Terms worth knowing before you sign. This page is a summary "
        "for information only and is not itself a contract.",
        "A phone bought on instalments stays ours until the last payment is made. Our Customer Terms can change, and "
        "we give you notice of any change that leaves you worse off.",
    )
    assert quotes_found(page_units(*paragraphs, title="Points worth knowing")) == []
