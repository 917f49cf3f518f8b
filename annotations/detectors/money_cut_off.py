"""An amount or share cut off by the end of an excerpt: "на 4 млн рубле", "a limit of 10% of to". The last word,
begun and not finished, is completed with the currency word or basis noun it starts (money.toml's currencies'
words after a number, and role cut_off_words), so the amount can be read; its span stops where the text does."""

from __future__ import annotations

import re
from functools import cache

from annotations.currencies import MONEY, currencies
from annotations.knowledge import vocabulary

# The end of a text read for a word cut off: the last word and the space before it.
TAIL = 40
# A word at the text's very end, after a space, two letters long at least.
_CUT = re.compile(r"(?<=\s)([^\W\d_]{2,})$")


@cache
def _words() -> tuple[str, ...]:
    """The words a cut-off word may have begun, shortest first: currencies written after a number, of four
    letters or more ("рублей", "euros"), and the nouns of a share's basis (role cut_off_words)."""
    found = {
        form
        for entry in currencies()
        for form in entry.get("after", ())
        if len(form) >= 4 and all(char.isalpha() or char == " " for char in form)
    }
    for entry in vocabulary(MONEY).role("cut_off_words"):
        found.update(entry.phrases)
    return tuple(sorted(found, key=lambda word: (len(word), word)))


def cut_off_completion(text: str) -> str | None:
    """`text` with its last word finished as the first word it begins, or None when it ends otherwise (a space,
    a full stop, a whole word, one letter)."""
    match = _CUT.search(text[-TAIL:])
    if match is None:
        return None
    part = match.group(1).casefold()
    for word in _words():
        if len(word) > len(part) and word.casefold().startswith(part):
            return text + word[len(part) :]
    return None
