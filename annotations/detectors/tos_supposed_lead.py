"""A lead-in that gives what it sets off as supposed or sample wording, or as what documents in general say.

"Your privacy policy could say:", "A sample clause for your terms:", "Many terms of service hold a line like
this one:" over a clause set off below: a template page's or an advice page's example, no company's wording
(GUIDELINES: quoted from a company's terms). The same words that make a quotation supposed (tos_fragments.supposed)
and the same reading of documents in general (tos_generic.general_lead), read in the lead-in's last sentence.
"""

from __future__ import annotations

from annotations.detectors.tos_blocks import Paragraph, last_sentence
from annotations.detectors.tos_generic import general_lead
from annotations.detectors.tos_mentions import Page
from annotations.detectors.tos_plain_roles import plain_role
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["made_up", "supposed_lead"]

# How much of a paragraph's end is read for its last sentence: a hostile paragraph of one sentence is not read whole.
MAX_LEAD_SENTENCE_CHARS = 1_000


def supposed_lead(paragraph: Paragraph, page: Page) -> bool:
    """Whether the paragraph's last sentence supposes what it hands over: sample, supposed or general wording."""
    text = paragraph.text.rstrip()[-MAX_LEAD_SENTENCE_CHARS:].rstrip(":：")
    sentence = last_sentence(text)
    return (
        role_pattern("supposition").search(sentence) is not None
        or made_up(sentence)
        or general_lead(text, len(text), page)
    )


def made_up(sentence: str) -> bool:
    """Whether a sentence makes the wording it leads to the writer's own: made up, sampled or supposed."""
    return plain_role("made_up_wording").search(sentence) is not None
