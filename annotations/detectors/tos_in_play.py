"""A pronoun that still stands for the document a paragraph or two after its last quotation: "It also says users “…”".

An article quotes the terms, turns to a sentence of its own ("Many users only noticed the change when the app asked
them to accept it."), then goes on quoting with "It also says" or "They add that". The document stays in play until
the article turns to someone else: the pronoun is the document's when its sentence opens on it with a verb of what a
text says (role in_play_lead), the document's last quotation stands at most MAX_PARAGRAPHS_BACK paragraphs up, nothing
in between gives the pronoun to someone who speaks (a person, a statement, the company telling something, another
source), and the quotation reads as a clause with a permission, a duty or the reader's "you" in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_blocks import Paragraph, last_sentence
from annotations.detectors.tos_bound import reads_as_clause, someone_else_around
from annotations.detectors.tos_clause_context import others
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["in_play_source"]

# How many paragraphs up the document's last quotation may stand: its own and one of the writer's between.
MAX_PARAGRAPHS_BACK = 2
# How far before the quotation its sentence is read.
MAX_LEAD_CHARS = 200
# How much of the quotation's opening is read for a permission or a duty.
MAX_QUOTED_HEAD_CHARS = 40
# Roles whose words, from the verb into the quotation, bind as a clause does: "it may", "users must", "users waive",
# the reader's "you".
_BINDING = ("restating_modal", "company_voice", "reader_address")
# Roles whose words, in the paragraphs between, give the pronoun to someone other than the document: a speaker, a
# statement, another source or text, or a law or a public body ("The bill goes further. It says platforms “must …”",
# "A new study looked at the app. It says users “must …”").
_SPEAKING = (
    "company_telling",
    "speaker",
    "named_speaker",
    "speaking_company",
    "other_source",
    "statement_voice",
    "law_word",
    "law_subject",
    "public_body",
    "other_text_subject",
)


def in_play_source(
    text: str,
    paragraph: Paragraph,
    quote: Quote,
    page: Page,
    last: tuple[str, Source] | None,
    recent: Sequence[str],
) -> Source | None:
    """The source of the document's last quotation (`last`: its words and source) when `quote` is led in by a pronoun
    that stands for it, the quotation's paragraph following at most MAX_PARAGRAPHS_BACK paragraphs after the one that
    holds those words (`recent`: the paragraphs read before, last one last)."""
    if last is None:
        return None
    window = text[max(paragraph.start, quote.open_mark - MAX_LEAD_CHARS) : quote.open_mark]
    sentence = last_sentence(window)
    lead = role_pattern("in_play_lead").match(sentence.lstrip())
    if lead is None:
        return None
    quoted = text[quote.start : quote.end]
    if not reads_as_clause(quoted) or role_pattern("statement_voice").search(quoted):
        return None
    head = f"{sentence.lstrip()[lead.end() :]} {quoted[:MAX_QUOTED_HEAD_CHARS]}"
    if not any(role_pattern(role).search(head) for role in _BINDING):
        return None
    between = [text[paragraph.start : quote.open_mark - len(sentence)]]
    for back in range(1, MAX_PARAGRAPHS_BACK + 1):
        if back > len(recent):
            return None
        if last[0] in recent[-back]:
            plural = lead.group("pronoun").casefold() == "they"
            if plural and any(role_pattern("people_noun").search(part) for part in between):
                return None  # "Users were furious. They also say users “…”": the users
            return last[1] if _nobody_speaks(between, page) else None
        between.append(recent[-back])
    return None


def _nobody_speaks(between: list[str], page: Page) -> bool:
    """Whether the writer's text between the document's last quotation and the pronoun gives it to nobody else."""
    return not any(role_pattern(role).search(part) for part in between for role in _SPEAKING) and not any(
        law_name_pattern().search(part) or others(part, []) or someone_else_around(part, "", page)
        for part in between
        if words(part)
    )
