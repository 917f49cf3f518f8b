"""Reported speech in Korean and Japanese: a quotation closed by a quotative ending is what its sentence's subject said.

Korean and Japanese mark every quotation someone says with an ending right after it ("…"고 꼬집었다, "…"라며,
"…"라는 목소리가 나온다; 「…」と語った, 「…」と訴えている), whatever the verb, so no list of verbs is needed: the
subject says whose it is. When that subject is the document ("약관 제5조는 '…'고 명시했다", "新規約は「…」と定める")
or a document is named after the ending ("'…'고 이용약관에 적었다"), or the verb is one a document or a notice states
with (규정했다, 안내했다; 定める, 記載), the quotation is left to the other rules; when the subject is anyone else,
marked by a topic or subject particle before the quotation ("빨리와 측은", "한 이용자는", "田中社長は", "消費者団体は")
or between the ending and the verb ("「…」と田中社長は語った"), it is theirs. A sentence with no subject of its own
("또 '…'고 규정했다") goes on with the one before and is left to the other rules.
"""

from __future__ import annotations

import re

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern
from parsers.scripts import HANGUL_SYLLABLES

__all__ = ["reported_speech"]

# How much text before a quotation is read for its subject: a sentence's opening.
MAX_SUBJECT_CHARS = 120
# How far after the quotative ending its verb is read ("'…'고 새로 규정했다").
MAX_VERB_CHARS = 12
# How far after the quotative ending a document may be named that holds the words ("'…'고 약관에 적었다").
MAX_AFTER_CHARS = 40
# A quotative ending right after the closing mark, or a noun of someone's words after 라는/는.
_KOREAN = re.compile(
    r"(?:이?라고|고|이?라며|며|면서|이?라면서)(?=[\s,.])|(?:이?라는|는)[ \t]?(?:목소리|의견|지적|비판|반응|주장|입장|우려|하소연)"
)
# Japanese と right after the closing mark, not と in "という", "として", "との" (which name the words, not a speaker).
_JAPANESE = re.compile(r"と(?!いう|いった|して|する|し、|の|か|も)")
# A subject: a word ending in a topic or subject particle (측은, 이용자는, 업계에서는; 社長は, 団体は, 同社が).
_KOREAN_SUBJECT = re.compile(rf"(?<![{HANGUL_SYLLABLES}])[{HANGUL_SYLLABLES}]+(?:은|는|이|가)(?=[ \t]|$)")
_JAPANESE_SUBJECT = re.compile(r"[^\s、。「」『』“”]{1,12}?(?:は|が)")
_SENTENCE_END = re.compile(rf"[{re.escape(SENTENCE_END_MARKS)}]\s?|\n")


def reported_speech(text: str, quote: Quote, page: Page) -> bool:
    """Whether a quotation is closed by a Korean or Japanese quotative ending and said by a subject that is no document."""
    after = quote.close_mark + 1
    korean = _KOREAN.match(text, after)
    ending = korean or _JAPANESE.match(text, after)
    if ending is None:
        return False
    if (
        role_pattern("document_saying_cjk").search(text, ending.end(), ending.end() + MAX_VERB_CHARS)
        is not None
    ):
        return False  # "'…'고 규정했다", "「…」と定める": a document's or a notice's verb
    stop = _SENTENCE_END.search(text, ending.end(), ending.end() + MAX_AFTER_CHARS)
    right = text[ending.end() : stop.start() if stop else ending.end() + MAX_AFTER_CHARS]
    if document_mentions(right, page):
        return False  # "빨리와는 '…'고 이용약관에 적었다": the document named after it holds the words
    start = max(0, quote.open_mark - MAX_SUBJECT_CHARS)
    ends = list(_SENTENCE_END.finditer(text, start, quote.open_mark))
    left = text[ends[-1].end() if ends else start : quote.open_mark]
    if document_mentions(left, page):
        return False  # "약관 제5조는 '…'고 명시했다": the document says it
    if korean is not None:
        return _KOREAN_SUBJECT.search(left) is not None
    return _JAPANESE_SUBJECT.search(left) is not None or _JAPANESE_SUBJECT.match(right) is not None
