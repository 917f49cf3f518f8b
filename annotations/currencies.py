"""Views of money.toml, the one source of currency signs, codes, words and magnitudes."""

from __future__ import annotations

import unicodedata
from functools import cache

from annotations.knowledge import Entry, vocabulary

MONEY = "money.toml"


@cache
def currencies() -> tuple[Entry, ...]:
    """Every currency entry, in file order."""
    return vocabulary(MONEY).role("currency")


@cache
def written_before() -> dict[str, str]:
    """Signs and codes written before a number ("US$", "₹", "CHF"), each with its ISO code."""
    return {form: entry.get("code") for entry in currencies() for form in entry.get("before", ())}


@cache
def written_after() -> dict[str, str]:
    """Words and codes written after a number ("euros", "CHF"), each with its ISO code."""
    return {form: entry.get("code") for entry in currencies() for form in entry.get("after", ())}


@cache
def sign_chars() -> str:
    """The currency symbols among the signs ("$€£..."), in a stable order."""
    chars = {char for form in written_before() for char in form if unicodedata.category(char) == "Sc"}
    return "".join(sorted(chars))


def display_sign(code: str | None) -> str | None:
    """The sign a summary writes for a currency code, when money.toml gives one."""
    for entry in currencies():
        if entry.get("code") == code:
            return entry.get("display")
    return None


@cache
def magnitudes() -> dict[str, float]:
    """Magnitude words written after digits ("m", "bn", "crore"), each with its factor."""
    return {
        word: entry.get("factor") for entry in vocabulary(MONEY).role("magnitude") for word in entry.phrases
    }


@cache
def written_magnitudes() -> tuple[str, ...]:
    """Magnitude words that may follow a written number ("thirty million")."""
    return tuple(word for entry in vocabulary(MONEY).role("magnitude") for word in entry.get("written", ()))


@cache
def number_words() -> dict[str, int]:
    """Written numbers and their values."""
    return dict(vocabulary(MONEY).entry("number-words").get("values"))


@cache
def jurisdiction_signs() -> dict[str, tuple[str, ...]]:
    """Signs that point an article to a jurisdiction ("£" to GB), by jurisdiction code."""
    found: dict[str, tuple[str, ...]] = {}
    for entry in currencies():
        if entry.get("cues"):
            found[entry.get("jurisdiction")] = found.get(entry.get("jurisdiction"), ()) + tuple(
                entry.get("cues")
            )
    return found
