"""Review of session 28's terms rules, from probing with written pages. (1) A document's name that only says what
another source after it is about ("its new privacy policy announcement", "the privacy policy FAQ") hands a quotation
to no document: the company's announcement, FAQ or blog post speaks (GUIDELINES: such explanations are no terms).
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Pico updates its privacy policy"
OPENING = "Pico has changed its privacy policy for members."


@pytest.mark.parametrize("sentence", [
    '"We never sell your voice samples," the company said in its new privacy policy announcement.',
    '"We never sell your voice samples," the company said in its privacy policy FAQ.',
    '"We never sell your voice samples," Pico wrote in its updated terms of service blog post.',
    '"We never sell your voice samples," the company said in its new privacy policy press release.',
    '"We never sell your voice samples," the company said in its privacy policy update email to users.',
    '"The change is unlawful," the authority said in its new privacy policy decision.',
    '"We never sell your voice samples," reads the privacy policy FAQ.',
])  # fmt: skip
def test_a_document_that_only_names_another_sources_topic_takes_nothing(sentence: str) -> None:
    assert quotes_found(page_units(OPENING, sentence, title=TITLE)) == []


@pytest.mark.parametrize("sentence", [
    '"We may share your voice samples with partners," the company said in its new privacy policy.',
    '"We may share your voice samples with partners," Pico wrote in its updated terms of service on Monday.',
    '"We may share your voice samples with partners," the company said in its new privacy policy, which takes '
    'effect in May.',
    '"We may share your voice samples with partners," reads the privacy policy.',
    '"We may share your voice samples with partners," reads the privacy policy published in March.',
])  # fmt: skip
def test_a_document_named_after_the_quotation_keeps_its_words(sentence: str) -> None:
    assert quotes_found(page_units(OPENING, sentence, title=TITLE)) == [
        "We may share your voice samples with partners,"
    ]
