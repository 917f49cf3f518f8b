"""Documents named inside someone else's quotation: "“Firms may be tempted to change their privacy policies,” the
regulator wrote. “…”", 메타는 이용자에게 "새 개인정보 처리방침에 따라 … 동의해야 한다", "…"고 공지해. The name is the
speaker's word, so it hands no later quotation over to the document. A quotation that is only the document's name
("its “Terms of Service” state") names it as any mention does.
"""

from __future__ import annotations

from annotations.detectors.quotes import find_quotes
from annotations.detectors.tos_attribution_words import only_document_name, words
from annotations.detectors.tos_mentions import Mention

__all__ = ["inside_quotation"]

# How far either side of a mention the marks of a quotation around it are looked for: a sentence or two, so that a
# paragraph of many quotations costs each of them no more than this.
MAX_REACH = 300
# The fewest words a quotation around a mention holds to be someone's sentence rather than a name or a heading
# ("the “Privacy Policy for Kids” page").
MIN_SPOKEN_WORDS = 5


def inside_quotation(text: str, mention: Mention) -> bool:
    """Whether the document at `mention` of `text` is named inside a quotation of someone's sentence."""
    low = max(0, mention.start - MAX_REACH)
    window = text[low : min(len(text), mention.end + MAX_REACH)]
    start, end = mention.start - low, mention.end - low
    for quote in find_quotes(window):
        if quote.start <= start and end <= quote.end:
            inner = window[quote.start : quote.end]
            # A quotation that ends on the name is a name the writer quotes ("its “shorter and simpler terms of
            # service”"), no one's sentence.
            ends_on_name = not window[end : quote.end].strip()
            if not ends_on_name and len(words(inner)) >= MIN_SPOKEN_WORDS and not only_document_name(inner):
                return True
    return False
