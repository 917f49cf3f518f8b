"""Names of laws the knowledge base does not hold: "Spam Act 2003", "Law on Data", "Código de Defesa do Consumidor".

A head word ("Act", "Rules", "Ordinance") ends a name; the words before it belong to the name
while they are capitalised name words, bracketed name words or lower-case words that join two of
them. A few heads also open a name ("Law on the Protection of Personal Data"); titles in languages
that write them in lower case run from their opening words to the next verb or punctuation.
The vocabulary is law_names.toml; this module holds only the walk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotations.detectors.first_chars import dispatch
from annotations.detectors.trie import trie_pattern
from annotations.knowledge import vocabulary

NAMES = "law_names.toml"
# How far before a head word a name may begin, in characters, and how many words it may hold.
MAX_NAME_CHARS = 220
MAX_NAME_WORDS = 14
# How many field words before "Law" or "Regulation" still name a field of law, not a law.
MAX_FIELD_WORDS = 2
# How many joining words may stand together inside a name ("Protection of the Person").
MAX_JOINERS = 2
# How many words a lower-case title or a subject after "on" may run to.
MAX_TITLE_WORDS = 14
# The least letters before a German compound's ending ("Ver" + "ordnung" is no law's name).
MIN_COMPOUND_STEM = 4

_FOLLOWING_NAME = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z]")
_TOKEN = re.compile(r"\([^()\n]{1,120}\)|[^\s()]+")
_CLOSING = "\"”’'"
_OPENING = "\"“‘'"
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A law's name found by its shape: every start it may have (longest first) and its end."""

    starts: tuple[int, ...]
    end: int
    core_end: int  # the end of the name before its year or number
    capital_after: bool = False  # a capitalised word follows: "Law Firm" (fine only in a title-case line)


def _phrases(role: str) -> tuple[str, ...]:
    return tuple(phrase for entry in vocabulary(NAMES).role(role) for phrase in entry.phrases)


def _flagged(role: str, flag: str) -> frozenset[str]:
    """The phrases of the entries of a role whose field `flag` is true."""
    return frozenset(
        phrase
        for entry in vocabulary(NAMES).role(role)
        if entry.get(flag) is True
        for phrase in entry.phrases
    )


@cache
def _sets() -> dict[str, frozenset[str]]:
    """Each word role of law_names.toml as a set, generic names folded, and the heads by their flags."""
    roles = (
        "joiner",
        "not_name",
        "possessive",
        "field",
        "title_stop",
        "subject",
        "not_subject",
        "the_after",
        "legal_word",
        "ambiguous_acronym",
        "headline_verb",
        "modal",
        "list_joiner",
        "initial_joiner",
        "subject_article",
        "law_word",
    )
    found = {role: frozenset(_phrases(role)) for role in roles}
    found["generic"] = frozenset(phrase.casefold() for phrase in _phrases("generic"))
    found["heads"] = frozenset(_phrases("head"))
    for flag in ("under_act", "opens", "fielded", "two_words", "only_opens", "needs_legal_word"):
        found[flag] = _flagged("head", flag)
    found["complete"] = _flagged("opener", "complete")
    found["needs_title"] = _flagged("subject_link", "needs_title")
    found["lower_adjectives"] = _flagged("subject_link", "lower_adjectives")
    return found


@cache
def _scan() -> re.Pattern[str]:
    """Head words, German compound endings and lower-case title openers, as one pattern."""
    heads = trie_pattern(_phrases("head"), fold=False)
    openers = trie_pattern(_phrases("opener"), fold=False)
    compounds = trie_pattern(_phrases("compound"), fold=False)
    # Dispatched on first characters: re rejects in C every position no head can start at.
    return re.compile(
        dispatch(
            [
                ("opener", rf"(?<![\w-])(?:{openers})(?!\w)"),
                ("head", rf"(?<![\w-])(?:{heads})(?![\w-])"),
                ("compound", rf"(?<=[a-zäöüß-])(?:{compounds})(?:es|s)?(?![\w-])"),
            ]
        )
    )


@cache
def _suffix() -> re.Pattern[str]:
    """A year or a number that belongs to the name before it."""
    return re.compile("(?:" + "|".join(entry.regex for entry in vocabulary(NAMES).role("suffix")) + ")")


def _capitalised(word: str) -> bool:
    """A name word: Capitalised, ALL CAPS, NIS2, or an 'ePrivacy' word."""
    return bool(word) and (word[0].isupper() or (len(word) > 1 and word[0].islower() and word[1].isupper()))


def _possessive(word: str) -> str | None:
    """The word without its possessive ending, or None when it has none."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    if len(word) > 2 and word[-1] in "'’" and word[-2] == "s":
        return word[:-1]
    return None


def _word_kind(
    word: str, left: str, sets: dict[str, frozenset[str]], first: bool, quoted: bool, joined: bool
) -> str:
    """'name', 'joiner' or 'stop' for one word met walking left from a head; `left` is the word before it."""
    if word.startswith("(") and word.endswith(")"):
        # "(Privacy)", "(Use and Access)" are inside names; "(FCCPA)" closes an earlier one.
        inner = word[5:] if word.startswith("(the ") else word[1:]  # "(the Indian Computer ... Team ...)"
        return "name" if inner[:1].isupper() and any(c.islower() for c in inner) else "stop"
    base = _possessive(word)
    if base is not None:
        return "name" if base in sets["possessive"] or quoted else "stop"
    if word == "the":
        # Inside a name only after a joining word: Protection of the Person; "and the" ends a name.
        return "joiner" if left in sets["the_after"] else "stop"
    if word in sets["joiner"]:
        return "joiner"
    if first and _YEAR.fullmatch(word):
        return "name"  # "the 2018 Act"
    if word in sets["heads"] and not quoted and joined:
        return "stop"  # the end of an earlier name: "the Spam Act and Privacy Act" (not "Banking Regulation Act")
    if _capitalised(word) and word[-1].isalnum():
        # "Under", "Other": a name word inside a name, not at its start ("Privacy and Other ... Bill").
        return "maybe" if word in sets["not_name"] and not quoted else "name"
    return "stop"


def _walk_left(text: str, head_start: int) -> list[int]:
    """Where the name ending at `head_start` may begin, nearest first: each name word's start."""
    sets = _sets()
    window_start = max(0, head_start - MAX_NAME_CHARS)
    tokens = list(_TOKEN.finditer(text, window_start, head_start))
    starts: list[int] = []
    weak: list[bool] = []
    pending, quoted = 0, False
    edge = head_start
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        gap = text[token.end() : edge]
        if not gap.isspace() or "\n" in gap or len(starts) >= MAX_NAME_WORDS:
            break
        word, offset = token.group(), token.start()
        opened = word[0] in _OPENING and len(word) > 1
        if opened:
            word, offset = word[1:], offset + 1
        if word and word[-1] in _CLOSING and not starts and not pending:
            word, quoted = word[:-1], True  # the "Protect Our Kids" Act: the name runs on inside the quotes
        if word in sets["headline_verb"] or word in sets["modal"]:
            break  # "Texas Sues Carmaker Under ... Act": no law's name holds a verb of news
        left = tokens[index - 1].group() if index else ""
        kind = _word_kind(
            word, left, sets, first=not starts and not pending, quoted=quoted, joined=pending > 0
        )
        if kind == "stop":
            break
        if kind == "joiner":
            pending += 1
            if pending > MAX_JOINERS:
                break
        else:
            starts.append(offset)
            weak.append(kind == "maybe")
            pending = 0
        edge = token.start()
        if opened:
            break
    while weak and weak[-1]:
        weak.pop()
        starts.pop()  # "Under Spam Act": a sentence opener before the name is no part of it
    return starts


@cache
def _joiner_after() -> re.Pattern[str]:
    """A word, then a sentence_link word: "Violations of ", "Penalties under "."""
    links = "|".join(re.escape(link) for link in _phrases("sentence_link"))
    return re.compile(rf"\S+\s+(?:{links})\s")


def _sentence_start(text: str, at: int) -> bool:
    """Whether `at` opens the text or a sentence."""
    before = text[max(0, at - 3) : at].rstrip(" \t\"“'‘")
    return not before or before[-1] in ".!?:\n"


def _generic(name: str, head: str) -> bool:
    """Whether a name with no year or number is no particular law: a listed phrase, a field of law
    ("Privacy Law", "Technology & Regulation"), or one word and a head that needs more ("Bloomberg Law")."""
    sets = _sets()
    if name.casefold() in sets["generic"]:
        return True
    words = [word for word in name.split()[:-1] if word not in sets["joiner"]]
    if head in sets["two_words"] and len(words) < 2:
        return True
    if head in sets["needs_legal_word"] and not any(word in sets["legal_word"] for word in words):
        return True  # "VS Code", "Promo Code": no legal subject
    # "Privacy Law", "EU Regulation": one or two field words; a longer name is a particular law
    # ("European Health Data Space Regulation").
    return (
        head in sets["fielded"]
        and len(words) <= MAX_FIELD_WORDS
        and all(word in sets["field"] for word in words)
    )


def _subject_end(text: str, at: int) -> int:
    """The end of an "on <subject>" title part starting at `at` ("on the Protection of Personal Data"); `at` if none."""
    match = _on().match(text, at)
    if not match:
        return at
    sets = _sets()
    end, words, lower_title, word = at, 0, False, ""
    position = match.end()
    for token in _TITLE_WORD.finditer(text, position, min(len(text), position + 200)):
        if text[position : token.start()].strip() or words >= MAX_TITLE_WORDS:
            break
        previous, word = word, token.group()
        position = token.end()
        if _adjective(word, match.group("link"), text, position):
            continue  # "gegen den unlauteren Wettbewerb": the adjective before the subject's noun
        if words == 0:
            lower_title = not _capitalised(word)
        if word == "the" and previous in sets["list_joiner"]:
            break  # "Law on Data and the Law on Cybersecurity": the next name begins
        if word in sets["joiner"] or (word in sets["subject_article"] and words):
            continue
        fits = word in sets["subject"] if lower_title else _capitalised(word) and word not in sets["not_name"]
        if not fits or word in sets["not_subject"]:
            break
        words += 1
        end = token.end()
    if match.group("link") in sets["needs_title"] and (lower_title or words < MIN_FOR_WORDS):
        return at  # "Regulation for Dummies", "Security Measures for the protection of data"
    return end


_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÄÖÜ]")


def _adjective(word: str, link: str, text: str, after: int) -> bool:
    """Whether a lower-case word of a subject is an adjective before a capitalised noun, in a
    language whose titles write them so (German)."""
    return (
        link in _sets()["lower_adjectives"]
        and not _capitalised(word)
        and _CAPITAL_NEXT.match(text, after) is not None
    )


_OF_THE = re.compile(r"\sof\sthe\s")


def _parent_act_end(text: str, at: int) -> int:
    """After "Enforcement Decree": the end of "of the <Act's name>" when an Act's name follows; else `at`."""
    match = _OF_THE.match(text, at)
    if not match:
        return at
    end = at
    for token in _TITLE_WORD.finditer(text, match.end(), min(len(text), match.end() + 200)):
        if text[end if end > at else match.end() : token.start()].strip() and end > at:
            break
        word = token.group()
        if not (_capitalised(word) or word in _sets()["joiner"]):
            break
        end = token.end()
        if word in _sets()["heads"]:
            return end
    return at


@cache
def _on() -> re.Pattern[str]:
    """The word that opens a title's subject after a name or citation: " on the", " concerning", " tentang"."""
    links = sorted(_phrases("subject_link"), key=len, reverse=True)
    articles = "|".join(re.escape(article) for article in _phrases("subject_article"))
    return re.compile(rf"\s(?P<link>{'|'.join(re.escape(link) for link in links)})\s(?:(?:{articles})\s)?")


# "for" opens a title only before this many capitalised words: Measures for Security Assessment of ...
MIN_FOR_WORDS = 2
_TITLE_WORD = re.compile(r"[^\s,.;:()\"“”«»!?]+")


def with_suffix(text: str, end: int) -> int:
    """The end of the name after its year or number, if one follows."""
    match = _suffix().match(text, end)
    return match.end() if match else end


def _head_candidate(text: str, match: re.Match[str]) -> NameCandidate | None:
    """A name ending in the head word of `match`, or opening with it ("Law on Data")."""
    sets = _sets()
    head = match.group("head")
    starts = _walk_left(text, match.start())
    if len(starts) > 1 and _sentence_start(text, starts[-1]) and _joiner_after().match(text, starts[-1]):
        starts.pop()  # "Violations of the Spam Act": a sentence's first word before "of" is no name word
    end = match.end()
    forward = _subject_end(text, end) if head in sets["opens"] else end
    if head in sets["under_act"]:
        forward = max(forward, _parent_act_end(text, end))
    if not starts and forward == end:
        return None
    if starts and text[starts[0] : match.start()].strip() in sets["modal"]:
        return None  # "Congress Should Act": after a modal verb the head word is a verb, not a name's end
    # "Law Firm", "Act Now", "Rule of Law": in running text the head is inside another name.
    capital_after = (
        forward == end and bool(_FOLLOWING_NAME.match(text, end)) and not _suffix().match(text, end)
    )
    if forward == end and (head in sets["only_opens"] or not starts):
        return None
    if forward == end and not _suffix().match(text, end) and _generic(text[starts[-1] : end], head):
        return None
    if not starts:
        starts = [match.start()]
    return NameCandidate(tuple(reversed(starts)), with_suffix(text, forward), forward, capital_after)


def _title_candidate(text: str, match: re.Match[str]) -> NameCandidate | None:
    """A lower-case title from its opening words to the next verb, bracket or punctuation."""
    sets = _sets()
    end = match.end()
    ends = [end] if match.group("opener") in sets["complete"] else []
    joined = False  # a list joiner stands since the last word of the title
    for token in _TITLE_WORD.finditer(text, end, min(len(text), end + 240)):
        if (
            text[end : token.start()].strip()
            or "\n" in text[end : token.start()]
            or len(ends) > MAX_TITLE_WORDS
        ):
            break
        word = token.group()
        if word in sets["title_stop"] or (joined and _names_a_law(word)):
            break  # a second law after "und das", "e do": "Gesetz gegen ... und das Unterlassungsklagengesetz"
        end = token.end()
        if word in sets["list_joiner"]:
            joined = True
        elif word not in sets["joiner"]:
            joined = False
            ends.append(end)
    if not ends:
        return None
    return NameCandidate((match.start(),), with_suffix(text, ends[-1]), ends[-1])


@cache
def _compound_word() -> re.Pattern[str]:
    """A whole capitalised word that is a German law's one-word name: Unterlassungsklagengesetz."""
    compounds = trie_pattern(_phrases("compound"), fold=False)
    return re.compile(rf"[A-ZÄÖÜ][\w-]{{{MIN_COMPOUND_STEM - 1},}}?(?:{compounds})(?:es|s)?")


def _names_a_law(word: str) -> bool:
    """Whether one word of a lower-case title is itself a law's head or one-word name."""
    sets = _sets()
    return word in sets["heads"] or word in sets["law_word"] or _compound_word().fullmatch(word) is not None


def _compound_candidate(text: str, match: re.Match[str]) -> NameCandidate | None:
    """A German one-word name: Bundesdatenschutzgesetz, Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz."""
    start = match.start()
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    word = text[start : match.end()]
    if not word[:1].isupper() or match.start() - start < MIN_COMPOUND_STEM:
        return None
    forward = _subject_end(text, match.end())  # "Bundesgesetz über den Datenschutz"
    return NameCandidate((start,), with_suffix(text, forward), forward)


def name_candidates(text: str) -> list[NameCandidate]:
    """Every law's name in `text` found by its shape."""
    found = []
    for match in _scan().finditer(text):
        if match.lastgroup == "head":
            candidate = _head_candidate(text, match)
        elif match.lastgroup == "opener":
            candidate = _title_candidate(text, match)
        else:
            candidate = _compound_candidate(text, match)
        if candidate is not None:
            found.append(candidate)
    return found


@cache
def _romance_title() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The date after a Romance law's number, and the word that opens its title."""
    date = "|".join(entry.regex for entry in vocabulary(NAMES).role("title_date"))
    links = "|".join(re.escape(p) for p in sorted(_phrases("title_link"), key=len, reverse=True))
    return re.compile(f"(?:{date})"), re.compile(rf",?\s(?:{links})\s")


def romance_title_end(text: str, end: int) -> int:
    """After "Ley Orgánica 3/2018": the end of its date and title, if the article writes them ("..., de
    5 de diciembre, de Protección de Datos Personales ..."); `end` when it does not."""
    date, link = _romance_title()
    dated = date.match(text, end)
    after = dated.end() if dated else end
    opened = link.match(text, after)
    if not opened:
        return after
    sets = _sets()
    last, previous = after, opened.end()
    for count, token in enumerate(
        _TITLE_WORD.finditer(text, opened.end(), min(len(text), opened.end() + 240))
    ):
        gap = text[previous : token.start()]
        if gap.strip() or "\n" in gap or count >= MAX_TITLE_WORDS or token.group() in sets["title_stop"]:
            break
        if not count and not token.group()[0].isalpha():
            break  # ", de 17/9/2020": a date, not a title
        previous = token.end()
        if token.group() not in sets["joiner"]:
            last = token.end()
        elif not count:
            break
    return last


LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def sentence_line(text: str) -> bool:
    """Whether a line is a headline sentence rather than a name standing alone: after its first word it
    holds a verb of news ("Texas Sues Carmaker Under ... Act") or a capitalised word that opens no name."""
    return _holds_after_first(text, "headline_verb", "not_name")


def news_verb_line(text: str) -> bool:
    """Whether a line holds a verb of news after its first word ("FTC Finalizes Changes to ...")."""
    return _holds_after_first(text, "headline_verb")


def _holds_after_first(text: str, *roles: str) -> bool:
    """Whether a word after the line's first one has one of the word roles of law_names.toml."""
    sets = _sets()
    return any(word in sets[role] for word in LINE_WORD.findall(text)[1:] for role in roles)


@cache
def ambiguous_acronyms() -> frozenset[str]:
    """Acronyms never taken from a law's name alone (a DPA is as often a data processing agreement)."""
    return _sets()["ambiguous_acronym"]


@cache
def head_words() -> frozenset[str]:
    """Every head word: a short form that is only one of these ("the Act") is no name."""
    return _sets()["heads"]


def subject_end(text: str, end: int) -> int:
    """After a citation such as "Law No. 27 of 2022": the end of its "on <subject>" part, if any."""
    return _subject_end(text, end)


def initial_joiners() -> frozenset[str]:
    """Lower-case words of a name whose initials some acronyms keep ("of" in POPIA)."""
    return _sets()["initial_joiner"]
