"""A message an app or a site shows its users, quoted in Japanese, Korean or Chinese: "『…』というタイトルに変更され",
"本文は『…』と明記されます", "화면에 “…”라는 안내가 뜬다", "弹窗提示“…”". What a screen, a pop-up, or a notice's title
or body reads is the service's message, not its terms (GUIDELINES: in-app notices are the company's explanations),
though the page is about the terms and a cue of writing follows it."""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_vocabulary import role_alternation

__all__ = ["shown_message_cjk"]

# How far before the opening mark the screen or the message's part may stand ("本文は『", "팝업 화면에는 “").
MAX_BEFORE_CHARS = 12
# How far after the closing mark the word of showing may stand ("』というタイトルに", "”라는 팝업이").
MAX_AFTER_CHARS = 12


def shown_message_cjk(text: str, quote: Quote) -> bool:
    """Whether the quotation is a message shown on screen: a word of showing right after it (role shown_after_cjk), or a
    screen or a message's part (role shown_before_cjk) that reaches its opening mark."""
    after = quote.close_mark + 1
    if role_alternation("shown_after_cjk").match(text, after, min(len(text), after + MAX_AFTER_CHARS)):
        return True
    before = text[max(0, quote.open_mark - MAX_BEFORE_CHARS) : quote.open_mark].rstrip()
    return any(match.end() == len(before) for match in role_alternation("shown_before_cjk").finditer(before))
