"""Spanish and Portuguese law titles printed in capitals, as Mexican statute portals, decrees and law firms print
them: "LEY FEDERAL DEL TRABAJO", "CÓDIGO PENAL FEDERAL", "LEY GENERAL DE TRANSPARENCIA Y ACCESO A LA INFORMACIÓN
PÚBLICA". A head word opens the title; capitalised words and small joining words follow it; the title ends at its
last capitalised word before anything else, or before a clause word ("Y SE REFORMAN", "QUE"). Two words of its own
after the head make a title: "LEY DE DATOS" alone is a headline's phrase. The words are law_names.toml's."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.law_name_words import phrases

Span = tuple[int, int, "str | None"]
MIN_TITLE_WORDS = 2
"""How many capitalised words of its own a title needs after its head."""
MAX_TITLE_WORDS = 16

_CAPS_WORD = re.compile(r"[A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔ][A-ZÁÉÍÓÚÑÜÇÃÕÂÊÔ]+|[A-ZÁÉÍÓÚ](?![\w])")
_SPACE = re.compile(r"[ \t]+")


@cache
def _heads() -> re.Pattern[str]:
    heads = "|".join(re.escape(head) for head in sorted(phrases("caps_title_head"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{heads})(?![\w-])")


@cache
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The heads, joiners and stops."""
    return (
        phrases("caps_title_head"),
        frozenset(phrases("caps_title_joiner")),
        frozenset(phrases("caps_title_stop")),
    )


def caps_titles(text: str) -> list[Span]:
    """Every law title in capitals in `text`, with no knowledge-base id."""
    heads, joiners, stops = _words()
    if not any(head in text for head in heads):
        return []
    spans: list[Span] = []
    for head in _heads().finditer(text):
        end, own, position = head.end(), 0, head.end()
        for _ in range(MAX_TITLE_WORDS):
            space = _SPACE.match(text, position)
            word = _CAPS_WORD.match(text, space.end()) if space else None
            if word is None or word.group() in stops:
                break
            position = word.end()
            if word.group() not in joiners:
                own, end = own + 1, position
        if own >= MIN_TITLE_WORDS:
            spans.append((head.start(), end, None))
    return spans
