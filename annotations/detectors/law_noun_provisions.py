"""Provisions after a common noun for their law. Turkish puts the noun in the genitive before an article written after
its number: "Anayasa'nın 13. maddesi" is the Constitution's article, one span with the noun, as "Article 21 of the
Constitution" is; "Kanun'un 15/1 maddesi" and "anılan Yasanın 2/ç maddesi" point to a law the page names, so the
provision alone counts, as "article 48 of the law" does. Chinese and Japanese write a code's common name right before
its article: 憲法第二十二條, 民法第195條第1項, 刑法第百七十五条 are one span each. The nouns are law_references.toml's
(role `common_noun`, with the grammar of the article after them); the articles are read by law_provisions' postposed
grammar and law_cjk_articles' list grammar."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors import law_cjk_articles as cjk_articles
from annotations.detectors import law_provisions as provisions_
from annotations.knowledge import vocabulary

REFERENCES = "law_references.toml"
# (start, end, law id or None, whether the noun is part of the span)
NounProvision = tuple[int, int, "str | None", bool]
# What a text must hold for an article of each grammar to be in it: madde, Madde, maddeleri; 第…条 or 第…條.
_GATES = {"postposed": "adde", "cjk": "第"}


@cache
def _nouns() -> tuple[tuple[re.Pattern[str], str, str | None, bool], ...]:
    """Each entry's nouns as one pattern, with its grammar, its law and whether the noun is part of the span."""
    found = []
    for entry in vocabulary(REFERENCES).role("common_noun"):
        grammar = entry.get("grammar")
        nouns = "|".join(re.escape(p) for p in sorted(entry.phrases, key=len, reverse=True))
        # A Turkish noun starts its word; a Chinese one stands among other characters.
        before = r"(?<![\w'’])" if grammar == "postposed" else ""
        found.append(
            (re.compile(f"{before}(?:{nouns})"), grammar, entry.get("law"), bool(entry.get("whole")))
        )
    return tuple(found)


@cache
def _cjk_article() -> re.Pattern[str]:
    return re.compile(cjk_articles.after_mark())


def _article_end(text: str, end: int, grammar: str) -> int | None:
    """The end of the article right after a noun that ends at `end`, by the noun's grammar, or None."""
    if grammar == "postposed":
        return provisions_.postposed_end(text, end)
    match = _cjk_article().match(text, end)
    return match.end() if match and match.end() > end else None


# A Turkish article written bare, its word after its number, with no noun for its law before it: "15/1 maddesi
# gereğince", "a) 10 uncu maddesinde" in a list under "Bu Kanunun;", "4 üncü maddede". It points to a law the page
# names, as "Article 32" does in a GDPR decision (the provision alone counts, only on a page naming a law). After
# another word in the genitive it is that thing's ("Sözleşmenin 5. maddesi", the contract's article 5), or a noun's
# that noun_provisions already read ("Kanunun 7 nci maddesi").
# Its number opens the text (a list item's marker stripped) or follows a space.
_BARE_START = re.compile(r"(?:\A|\s)(?=\d{1,3}[./'’\s])")
# How far an article opening the text may run: its number, marks, parts and words.
POSTPOSED_WINDOW = 120
_GENITIVE_BEFORE = re.compile(r"[^\W\d_]['’]?n?[ıiuü]n\Z")


def _bare_postposed(text: str) -> list[NounProvision]:
    """Every Turkish article written bare after its number, with no genitive word before it."""
    found: list[NounProvision] = []
    for space in _BARE_START.finditer(text):
        at = space.start()
        if space.end() == 0:
            end = provisions_.postposed_end(" " + text[:POSTPOSED_WINDOW], 0)
            if end is not None:
                found.append((0, end - 1, None, False))
            continue
        if _GENITIVE_BEFORE.search(text, max(0, at - 12), at):
            continue
        end = provisions_.postposed_end(text, at)
        if end is not None:
            found.append((at + 1, end, None, False))
    return found


def noun_provisions(text: str) -> list[NounProvision]:
    """Every provision written after a common noun for its law, or bare with no noun (Turkish), in order of start."""
    found: list[NounProvision] = []
    if _GATES["postposed"] in text:
        found += _bare_postposed(text)
    for pattern, grammar, law_id, whole in _nouns():
        if _GATES[grammar] not in text:
            continue
        for noun in pattern.finditer(text):
            end = _article_end(text, noun.end(), grammar)
            if end is not None:
                start = noun.start() if whole else noun.end() + 1
                found.append((start, end, law_id, whole))
    return sorted(found)
