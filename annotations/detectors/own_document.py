"""Whether a page is itself a terms document, not an article about one: a site's terms of use, its AGB or its
privacy policy, opened on its own. Its clauses are the page's own text, not a quotation; its quoted words are the
terms it defines ("Plattform", "Kunde"); its "§ 2" is its own section, not a law's."""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import marker_end, opens_with_quote
from annotations.detectors.tos_mentions import document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases
from parsers.model import Unit

__all__ = ["is_own_document"]

# The page's top: its title and first body units, down to its second paragraph of prose.
MAX_TOP_UNITS = 8
PROSE_PARAGRAPHS = 3
# A paragraph of prose has at least this many words; a shorter line is a heading ("Präambel", "1. Allgemeines").
MIN_PROSE_WORDS = 10
# A heading that names the document is short: "Allgemeine Geschäftsbedingungen von Gymtelligence".
MAX_HEADING_WORDS = 8
# Words a document's heading holds besides its name and small words: its owner's name, "Allgemeine".
MAX_OTHER_HEADING_WORDS = 3
# Words between the pointing word and the document's name: "This Merchant Terms of Service".
MAX_WORDS_BETWEEN = 1
_WORD = re.compile(r"\w+")
# Up to two lower-case words right after a document's name, that go on with it.
_LOWER_TAIL = re.compile(r"(?:[ \t]+[a-zà-ÿ]\w*(?:['’][a-zà-ÿ]\w*)?){1,2}(?=[ \t]*$)")
# Quotation marks that tell a headline quoting someone from a document's heading (an apostrophe may stand in a name).
_HEADING_QUOTES = '"“”„«»「」『』‚'
# Chinese, Japanese and Korean point to their own document with a prefix: 本規約, 본 약관.
_PREFIX_POINTING = ("本", "본", "본 ")
# A line of Chinese, Japanese or Korean prose ends a sentence and is longer than this many characters.
MIN_CJK_PROSE_CHARS = 20
# The end of the opening sentence, where the writer's "I" is looked for.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def is_own_document(units: tuple[Unit, ...]) -> bool:
    """Whether the page is a terms document speaking for itself: a short heading at its top is a document's name,
    and one of its first two paragraphs of prose, not quoted and after no lead-in, opens by pointing to a document
    as this one ("These Terms of Use govern …", "(1) Die nachfolgenden Nutzungsbedingungen regeln …", "本規約は …")."""
    headed = False
    prose = 0
    for unit in [unit for unit in units if not unit.in_comments][:MAX_TOP_UNITS]:
        text = unit.text.strip()
        if not _prose(text):
            headed = headed or _document_heading(text)
            continue
        prose += 1
        if not headed or opens_with_quote(text):
            return False
        if _opens_on_itself(text):
            return True
        if prose >= PROSE_PARAGRAPHS or text.endswith((":", "：")):
            return False  # "The new opening paragraph reads:" over the clause: an article quoting the terms
    return False


def _prose(text: str) -> bool:
    """A paragraph of prose, not a heading: enough words, or a long line of CJK text that ends a sentence."""
    if len(_WORD.findall(text)) >= MIN_PROSE_WORDS:
        return True
    return len(text) >= MIN_CJK_PROSE_CHARS and text.endswith(("。", "다.", "。」"))


def _document_heading(text: str) -> bool:
    """A short heading that is a terms document's name and nothing else but its owner's: "Terms of Service",
    "Allgemeine Geschäftsbedingungen von Gymtelligence", "CommentSold Merchant Agreement"; not a headline that
    says something of one ("Zoom updates its privacy policy")."""
    words = _WORD.findall(text)
    # Not a quotation in a headline; an apostrophe may stand in the name ("d’utilisation").
    if len(words) > MAX_HEADING_WORDS or any(mark in text for mark in _HEADING_QUOTES):
        return False
    mentions = document_mentions(text, named_only=True)
    if not mentions:
        return False
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    # The name may go on in lower case after its head: "Conditions générales d’utilisation", "Términos de uso".
    tail = _LOWER_TAIL.match(text, mentions[-1].end)
    if tail is not None:
        rest = rest.replace(tail.group(), " ", 1)
    small = role_phrases("title_small_word") | role_phrases("heading_small_word")
    owners = role_phrases("third_person_owner")
    others = [word for word in _WORD.findall(rest) if word.casefold() not in small and not word.isdigit()]
    # An owner's name, "Allgemeine", "Online-Plattform": capitalised, a few; "Its" is a headline's ("Zoom Updates Its …").
    return len(others) <= MAX_OTHER_HEADING_WORDS and all(
        word[0].isupper() and word.casefold() not in owners for word in others
    )


def _opens_on_itself(text: str) -> bool:
    """Whether a paragraph opens by pointing to a document as itself: "This Privacy Policy describes",
    "1.1 Diese Allgemeinen Geschäftsbedingungen gelten", "本規約は"."""
    opening = text[marker_end(text) :]
    mentions = document_mentions(opening, named_only=True)
    if not mentions:
        return False
    before = opening[: mentions[0].start]
    if before.strip() in _PREFIX_POINTING:
        return True
    pointing = role_pattern("self_pointing").match(before)
    if pointing is None or len(_WORD.findall(before[pointing.end() :])) > MAX_WORDS_BETWEEN:
        return False
    return not _writer_speaks(opening, mentions[0].end)


def _writer_speaks(opening: str, name_end: int) -> bool:
    """Whether the sentence that opens on the document's name is a writer's about it: the name modifies another noun
    ("This privacy policy update …", "Diese AGB-Änderung …"), a relative clause after it tells who changed it
    ("These terms of service, which the company rewrote in May, …") or the writer says "I" ("… the worst I have read")."""
    if role_pattern("name_as_modifier").match(opening, name_end) is not None:
        return True
    if role_pattern("writer_relative_change").match(opening, name_end) is not None:
        return True  # "These terms of service, which the company rewrote in May, …": the document's story
    stop = _SENTENCE_END.search(opening, name_end)
    sentence = opening[: stop.start() if stop else len(opening)]
    # "(i)" numbers a clause's items; the writer's "I" is a capital.
    return any(found.group() != "i" for found in role_pattern("writer_first_person").finditer(sentence))
