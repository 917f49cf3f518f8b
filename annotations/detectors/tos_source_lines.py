"""Lines that name the document a set-off passage is from: a forum's quote header over a quoted post ("Quote
from: Forum Rules") and a short source line under a passage ("Source: Quillet Terms of Service, section 7")."""

from __future__ import annotations

from annotations.detectors.tos_attribution import Page, Source, document_mentions
from annotations.detectors.tos_blocks import MAX_HEADER_CHARS, Paragraph, words
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["header_source", "source_line"]

# Words a quote header may put before the document it quotes ("Quote from: Yardly Terms of Use").
MAX_HEADER_WORDS = 2
# A source line under a quoted passage is short: a label, the document and perhaps its section.
MAX_SOURCE_LINE_WORDS = 12


def header_source(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a forum's quote header names ("Quote from: Forum Rules", "Originally Posted by kim
    (from the EULA)"); None for a header that names a member only."""
    text = paragraph.text.strip()
    header = role_pattern("quote_header").match(text) if "\n" not in text else None
    if header is None:
        return None
    for mention in document_mentions(text, page, named_only=True):
        # The document is who is quoted: right after the header's words ("Yardly Terms of Use"), or in
        # brackets ("(from the EULA)"); not a topic the member wrote about ("kim on 1 June about the rules").
        between = text[header.end() : mention.start]
        if role_pattern("notice_topic").search(between):
            continue  # "Zitat von kai (zu den AGB):", "(about the terms)": the member wrote about it, not from it
        if words(between) <= MAX_HEADER_WORDS or "(" in between:
            return Source(mention.name)
    return None


def source_line(paragraph: Paragraph, page: Page) -> Source | None:
    """The document a short line under a set-off passage cites as its source: "Source: Quillet Terms of
    Service, section 7", "— from the Pixo privacy policy", "ピクモ利用規約より引用"."""
    text = paragraph.text.strip()
    if len(text) > MAX_HEADER_CHARS or "\n" in text or words(text) > MAX_SOURCE_LINE_WORDS:
        return None
    if not role_pattern("source_line").search(text):
        return None
    named = document_mentions(text, page, named_only=True)
    return Source(named[0].name) if named else None
