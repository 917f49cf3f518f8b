"""Names in the lines of a page saved as text: who a byline names, and whether a line is a person's name."""

from __future__ import annotations

import re

from parsers.date_words import MONTHS
from parsers.sanitize import clean_inline
from parsers.text import vocabulary as vocab

_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th|\.)?")


def split_authors(text: str) -> list[str]:
    """Names in "A, B and C"; empty when the text does not look like names. A firm signing as one
    ("Harrow, Venn, Castle & Pike LLP", "Davis Polk & Wardwell LLP") is one name, also after people
    ("Ann Lee and Baker & McKenzie LLP": Ann Lee, and the firm)."""
    if is_firm(firm := text.strip(" ,|")):
        return [firm]
    people, firm = _firm_at_end(firm)
    if firm and (found := _people(people)):
        return [*found, firm]
    return _people(text)


def _people(text: str) -> list[str]:
    """The names of people in "A, B and C"; empty when the text does not look like names."""
    names = _join_suffixes(
        [clean_inline(part) or "" for part in vocab.AUTHOR_SPLIT.split(text.strip(" ,.|"))]
    )
    # A byline naming only a role ("Posted on DATE by Editor") names the desk that wrote it.
    found = [name for name in names if name and not vocab.AUTHOR_ROLE.match(name)] or [n for n in names if n]
    if not found or not all(_looks_like_name(name) for name in found):
        return []
    return found


def _firm_at_end(text: str) -> tuple[str, str]:
    """The names before a firm that ends `text` after a comma or "and", and the firm ("Ann Lee, Smith &
    Jones LLP": "Ann Lee", "Smith & Jones LLP"); the firm the longest such end; ("", "") when none is.
    Only ends of a firm's length are tried, so a long line costs one pass."""
    for separator in vocab.FIRM_SEPARATOR.finditer(text, max(0, len(text) - vocab.FIRM_MAX_CHARS)):
        if separator.start() and is_firm(firm := text[separator.end() :]):
            return text[: separator.start()], firm
    return "", ""


def _join_suffixes(names: list[str]) -> list[str]:
    """Put a suffix split off at its comma back on its name: "Ann Lee, Esq." is one writer."""
    joined: list[str] = []
    for name in names:
        if joined and name.strip(".").casefold() in vocab.NAME_SUFFIXES:
            joined[-1] = f"{joined[-1]}, {name.strip('.')}"
        else:
            joined.append(name)
    return joined


def _looks_like_name(text: str) -> bool:
    """A person's or a desk's name: a few words, starting with a letter, each word with a letter or a
    digit in it ("View ?" after a forum's poster is a link's label), no word of a sentence in it."""
    words = text.casefold().removeprefix("the ").split()
    if not 1 <= len(words) <= vocab.NAME_MAX_WORDS or not text[0].isalpha():
        return False
    if _day_of_month(words):
        return (
            False  # "By | October 23rd, 2016", "By January 13, 2007": a byline with no name, its date split
        )
    if not all(any(char.isalnum() for char in word) for word in words):
        return False
    if len(words) > 1 and _is_gerund(text.split()[0]):
        return False  # "By continuing your navigation on this site, …": a cookie notice's sentence
    return not any(word in vocab.NOT_IN_NAMES for word in words)  # "By then, it was too late"


def _day_of_month(words: list[str]) -> bool:
    """Whether two words are a month's name and a day ("october 23rd", "13 january"), not a name."""
    if len(words) != 2:
        return False
    month, day = words if words[0].rstrip(".") in MONTHS else words[::-1]
    return month.rstrip(".") in MONTHS and _DAY.fullmatch(day) is not None


def _is_gerund(word: str) -> bool:
    """A lower-case word in "-ing" ("continuing", "using", "clicking"): a verb's, never a name's first."""
    return word.islower() and len(word) > 4 and word.endswith("ing")


def is_name(text: str) -> bool:
    """Whether a line is a person's name alone."""
    words = text.split()
    return 1 <= len(words) <= vocab.NAME_MAX_WORDS and bool(vocab.NAME_LINE.match(text))


def names_people_after_preposition(text: str, authors: list[str]) -> bool:
    """Whether a dateless line opening on a bare "By"/"Von"/"Par"/… names people: each name is capitalised
    words, with lower-case particles only inside it ("Ursula von der Leyen") and no word of a sentence in
    any of our languages. A lone handle after a lower-case "by" ("by dustyowl") names its poster too, and
    a firm signing as one ("by Harrow, Venn & Pike LLP") names the firm."""
    first = text.split(maxsplit=1)[0]
    if first.casefold() not in vocab.BARE_BYLINE_WORDS:
        return True  # "Posted by NAME", "Author: NAME": the label says a name follows
    if first == "by" and len(authors) == 1 and len(authors[0].split()) == 1:
        return authors[0].casefold() not in vocab.FUNCTION_WORDS
    return all(_is_person_name(name) or is_firm(name) for name in authors)


def is_firm(text: str) -> bool:
    """Whether a byline's names are one firm's: partners' surnames and a firm's suffix ("Harrow, Venn &
    Pike LLP"), or capitalised names with "&" between them before the suffix ("Davis Polk & Wardwell LLP",
    "Winter Sohn & Partner GmbH"); "Ann Lee & Bob Roe" has no suffix and names two people."""
    if vocab.FIRM_BYLINE.match(text):
        return True
    *names, suffix = text.split() or [""]
    return (
        suffix in vocab.FIRM_SUFFIXES
        and "&" in names
        and len(names) <= vocab.FIRM_MAX_WORDS
        and all(word == "&" or (word[:1].isupper() and not word.endswith(",")) for word in names)
    )  # a comma parts names: "Ann Lee, Smith & Jones LLP" is a person and a firm


def _is_person_name(name: str) -> bool:
    """Capitalised words ("Jana Kessler", "J. Ek", "Ana de la Vega", "Ann Lee, Esq"), particles only after
    the first."""
    words = name.replace(",", " ").split()
    for position, word in enumerate(words):
        if position and word in vocab.NAME_PARTICLES:
            continue
        if not _is_name_word(word) or word.casefold() in vocab.FUNCTION_WORDS:
            return False
    return bool(words)


def is_proper_name(text: str) -> bool:
    """Whether `text` is capitalised words, as a person's or a place's name is ("Ann Lee", "New York",
    "Rio de Janeiro")."""
    return _is_person_name(text)


def is_handle_or_name(name: str) -> bool:
    """A board's one-word handle ("quietfern", "kx_9") or a person's name of capitalised words ("Jan Ek")."""
    return len(name.split()) == 1 or _is_person_name(name)


def _is_name_word(word: str) -> bool:
    """A word that may be part of a name: a capital (or a letter of a script with no case, "민수") first,
    then letters, digits, apostrophes, dots and hyphens ("O'Neil", "J.", "Müller-Lüdenscheidt")."""
    head = word[0]
    return head.isalpha() and not head.islower() and all(char.isalnum() or char in "'’.-" for char in word)
