"""A lead-in whose own subject announces the document's words below it, with no document named in it.

European news sets a passage of the terms or the policy off below a sentence that only says "the following" and
whose verb of saying has the document as its subject, by an impersonal form or a pronoun: "Esto es algo que se
explica de la siguiente manera:", "Mas vale notar que ela sempre disse o seguinte:" (the terms' old version), "Es
heißt dort wie folgt:", "Elle dit ce qui suit :". Such a verb of saying is no speaker's: the page has settled
which document it is about, and the paragraph below is that document's when it reads as a clause. Someone named
in the lead's sentence keeps the words theirs; a pronoun stands for the document only when nobody is named from
the sentence that names the document last up to the lead ("A advogada analisou o texto. Ela disse o seguinte:"
is the lawyer's).
"""

from __future__ import annotations

from annotations.detectors.tos_blocks import Paragraph, last_sentence
from annotations.detectors.tos_bound import unquoted
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["following_lead"]

# The tail of a paragraph read for the lead-in: its last sentence is short.
MAX_LEAD_CHARS = 300
# How far back from the lead-in a pronoun's document must be named (this paragraph and the one before).
MAX_REACH_CHARS = 600
# Roles whose words name someone else: in the lead's sentence, or between a pronoun and its document.
_OTHERS = ("speaker", "other_source", "speaker_role", "inverted_speaker", "back_lead_break")


def following_lead(
    paragraph: Paragraph, page: Page, settled: Source | None, before: str = ""
) -> Source | None:
    """The settled document (`settled`) a paragraph hands over to when it ends on a colon after an impersonal
    (impersonal_following) or a pronoun's (pronoun_following) verb of saying and "the following"."""
    text = paragraph.text.rstrip()
    if settled is None or not page.names_document or not text.endswith((":", "：")):
        return None
    last = last_sentence(text[-MAX_LEAD_CHARS:-1])
    found = role_pattern("impersonal_following").search(last)
    pronoun = found is None
    found = found or role_pattern("pronoun_following").search(last)
    if found is None or last[found.end() :].strip(" \t,"):
        return None  # "the following" must close the sentence, right before its colon
    if _names_someone(unquoted(last[: found.start()])):
        return None  # "O advogado disse o seguinte:" is not of this shape; "Segundo a empresa, ela diz o seguinte:"
    if pronoun and not _stands_for_document(text[: len(text) - 1 - len(last)], before, page):
        return None  # "O ministro falou à imprensa. Ele disse o seguinte:": his words below
    return settled


def _names_someone(text: str) -> bool:
    """Whether `text` names a speaker, a person, a body or a statement."""
    return any(role_pattern(role).search(text) for role in _OTHERS)


def _stands_for_document(head: str, before: str, page: Page) -> bool:
    """Whether a pronoun in the lead's last sentence may stand for the document: one is named in the paragraph's
    `head` before that sentence or in the paragraph `before`, and nobody is named from the start of the sentence that
    names it last."""
    context = f"{before}\n{head}"[-MAX_REACH_CHARS:]
    mentions = document_mentions(context, page)
    if not mentions:
        return False
    opening = max(context.rfind(". ", 0, mentions[-1].start), context.rfind("\n", 0, mentions[-1].start)) + 1
    return not _names_someone(unquoted(context[opening:]))
