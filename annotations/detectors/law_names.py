"""Names of laws the knowledge base does not hold: "Spam Act 2003", "Law on Data", "Código de Defesa do Consumidor".

A head word ("Act", "Rules", "Ordinance") ends a name; the words before it belong to the name
while they are capitalised name words, bracketed name words or lower-case words that join two of
them. A few heads also open a name ("Law on the Protection of Personal Data"); titles in languages
that write them in lower case run from their opening words to the next verb or punctuation.
The vocabulary is law_names.toml (law_name_words.py); the parts read forward are law_titles.py;
this module holds the walk left from a head word.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from annotations.detectors.first_chars import dispatch
from annotations.detectors.jurisdiction import cue_words, place_words
from annotations.detectors.law_name_words import (
    NameCandidate,
    capitalised,
    fused_case,
    patterns,
    phrases,
    suffix_pattern,
    with_suffix,
    word_sets,
)
from annotations.detectors.law_provisions import after_name
from annotations.detectors.law_titles import (
    compound_candidate,
    parent_act_end,
    subject_end,
    title_candidate,
)
from annotations.detectors.trie import trie_pattern

# How far before a head word a name may begin, in characters, and how many words it may hold.
MAX_NAME_CHARS = 220
MAX_NAME_WORDS = 14
# How many field words before "Law" or "Regulation" still name a field of law, not a law.
MAX_FIELD_WORDS = 2
# How many joining words may stand together inside a name ("Protection of the Person").
MAX_JOINERS = 2

_FOLLOWING_NAME = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z]\w*")
_TOKEN = re.compile(r"\([^()\n]{1,120}\)|[^\s()]+")
_CLOSING = "\"”’'"
_OPENING = "\"“‘'"
_YEAR = re.compile(r"(?:19|20)\d\d")
# A suffix that is only a year: "Dress Code 2025", "Code, 2016", "Rules of 2024".
_YEAR_ONLY = re.compile(r",?\s(?:of\s)?(?:19|20)\d\d")
# A bracketed acronym of several things, as principles are shortened: (APPs), (IPPs), (DPPs).
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s\)")


# The capitals a compound's ending may open with after a hyphen ("Datenschutz-Gesetz").
_HYPHENED_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


@cache
def _scan() -> re.Pattern[str]:
    """Quoted titles, head words, German compound endings and lower-case title openers, as one pattern."""
    heads = trie_pattern(phrases("head"), fold=False)
    openers = "|".join([trie_pattern(phrases("opener"), fold=False), *patterns("opener")])
    compounds = trie_pattern(phrases("compound"), fold=False)
    # Dispatched on first characters: re rejects in C every position no head can start at.
    return re.compile(
        dispatch(
            [
                ("quoted", rf"(?<![\w-])(?:{'|'.join(patterns('quoted_title'))})"),
                ("marked", "|".join(patterns("marked_title"))),
                ("opener", rf"(?<![\w-])(?:{openers})(?!\w)"),
                ("head", rf"(?<![\w-])(?:{heads})(?:(?![\w-])|{fused_case()})"),
                # After a hyphen only a capitalised ending counts (name_candidates): "Datenschutz-Gesetz", not
                # English "soaking-wet". Tested after the match: a lookahead here hid the branch's first characters.
                ("compound", rf"(?<=[a-zäöüß-])(?:{compounds})(?:es|s)?(?![\w-])"),
            ]
        )
    )


def _possessive(word: str) -> str | None:
    """The word without its possessive ending, or None when it has none."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    if len(word) > 2 and word[-1] in "'’" and word[-2] == "s":
        return word[:-1]
    return None


def _word_kind(
    word: str, left: str, sets: dict[str, frozenset[str]], first: bool, quoted: bool, joined: str
) -> str:
    """'name', 'joiner' or 'stop' for one word met walking left from a head; `left` is the word before it,
    `joined` the joining words between this word and the name words after it ("" when none)."""
    if word.startswith("(") and word.endswith(")"):
        # "(Privacy)", "(Use and Access)" are inside names; "(FCCPA)" and "(APPs)" close an earlier one,
        # as does a bracket before a joining word: "... (Act 843) and Electronic Transactions Act".
        inner = word[5:] if word.startswith("(the ") else word[1:]  # "(the Indian Computer ... Team ...)"
        if joined or _PLURAL_ACRONYM.fullmatch(inner):
            return "stop"
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
    if word in sets["heads"] and not quoted and joined and joined not in sets["head_joiner"]:
        # the end of an earlier name: "the Spam Act and Privacy Act" (not "Banking Regulation Act"); a head
        # before a bare "of" is the name's own word: "Consumer Code of Practice Regulations 2007"
        return "stop"
    if capitalised(word) and word[-1].isalnum():
        # "Under", "Other": a name word inside a name, not at its start ("Privacy and Other ... Bill").
        return "maybe" if word in sets["not_name"] and not quoted else "name"
    return "stop"


def _walk_left(text: str, head_start: int, capitals: bool = False) -> list[int]:
    """Where the name ending at `head_start` may begin, nearest first: each name word's start. `capitals`: the
    name is printed in capitals, so a word's role is read from its title-case form ("THE", "UNDER", "FILED")."""
    sets = word_sets()
    window_start = max(0, head_start - MAX_NAME_CHARS)
    tokens = list(_TOKEN.finditer(text, window_start, head_start))
    starts: list[int] = []
    weak: list[bool] = []
    pending, quoted, joiners = 0, False, ""
    opening: set[str] = set()  # the name words taken so far
    right: list[str] = []  # the words met so far, nearest the head first
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
        upper = capitals and word.isupper() and len(word) > 1 and word[0].isalpha()
        if upper:
            # "THE CONSUMER PROTECTION ACT, 2019": "THE" opens the sentence, not the name; "OF", "FROM" join
            # as "of", "from" do ("PROTECTION OF CHILDREN FROM SEXUAL OFFENCES ACT")
            folded = word.lower()
            word = folded if folded in sets["joiner"] or folded == "the" else word.capitalize()
        if word in sets["headline_verb"] or word in sets["modal"]:
            break  # "Texas Sues Carmaker Under ... Act": no law's name holds a verb of news
        if not pending and word in sets["list_joiner"] and opening <= sets["citation_start"]:
            # "Law on Cybersecurity and Decree No. 53/2022", "... and Federal Law No. 6/2010": after a list's
            # joiner, a head with at most a citation's opening words before it begins the next law
            break
        if word in sets["document_lead"] and right and right[-1] in sets["document_lead_link"]:
            # "Explanatory Note to Digital ... Rules, 2025", "Introduction To The ...": a writing about the law
            _drop_links(right, starts, weak, sets["document_lead_link"])
            break
        right.append(word)
        left = tokens[index - 1].group() if index else ""
        if upper and left.isupper():
            left = left.lower()
        kind = _word_kind(word, left, sets, first=not starts and not pending, quoted=quoted, joined=joiners)
        if kind == "stop" or (upper and kind == "maybe"):
            break  # in capitals, "UNDER", "BREACHING" end the name: "BANK UNDER DATA PROTECTION ACT 2018"
        if kind == "joiner":
            pending += 1
            joiners = f"{word} {joiners}".strip()
            if pending > MAX_JOINERS:
                break
        else:
            starts.append(offset)
            opening.add(word)
            weak.append(kind == "maybe")
            pending, joiners = 0, ""
        edge = token.start()
        if opened:
            break
    while weak and weak[-1]:
        weak.pop()
        starts.pop()  # "Under Spam Act": a sentence opener before the name is no part of it
    return starts


def _drop_links(right: list[str], starts: list[int], weak: list[bool], links: frozenset[str]) -> None:
    """Leave out of a name the link words before it: title case took its capitalised ones ("To The") for name
    words; lower-case ones ("to", "of the") were joiners, never taken."""
    while right and right[-1] in links:
        if right.pop()[:1].isupper() and starts:
            starts.pop()
            weak.pop()


@cache
def _joiner_after() -> re.Pattern[str]:
    """A word, then a sentence_link word: "Violations of ", "Penalties under "."""
    links = "|".join(re.escape(link) for link in phrases("sentence_link"))
    return re.compile(rf"\S+\s+(?:{links})\s")


def _opener_not_name(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence before "of" and is no law's subject word: "Violations of
    the Spam Act", not "Protection of Privacy Regulations ..." opening a sentence."""
    if not (_sentence_start(text, at) and _joiner_after().match(text, at)):
        return False
    return text[at : at + 40].split(maxsplit=1)[0] not in word_sets()["legal_word"]


def _sentence_start(text: str, at: int) -> bool:
    """Whether `at` opens the text or a sentence."""
    before = text[max(0, at - 3) : at].rstrip(" \t\"“'‘")
    return not before or before[-1] in ".!?:\n"


def _generic(name: str, head: str) -> bool:
    """Whether a name with no year or number is no particular law: a listed phrase, a field of law
    ("Privacy Law", "Technology & Regulation"), or one word and a head that needs more ("Bloomberg Law")."""
    sets = word_sets()
    if name.casefold() in sets["generic"]:
        return True
    last = name.split()[-3:]
    if (
        len(last) == 3
        and last[0] in sets["kinds_plural"]
        and last[1] in sets["kinds_joiner"]
        and last[2] == head
    ):
        return True  # "Applicable Laws & Regulations": kinds of law, a heading, no law
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


def _dated_generic(name: str, head: str, suffix: str) -> bool:
    """Whether a name with only a year after it is still no law: a listed phrase ("House Rules 2024", "Dress Code
    2025") or a code with no legal subject ("USE PROMO CODE 2024"). A number after it ("No. 5") makes it a law."""
    if not _YEAR_ONLY.fullmatch(suffix):
        return False
    sets = word_sets()
    if name.casefold() in sets["generic"]:
        return True
    words = [word.capitalize() if word.isupper() else word for word in name.split()[:-1]]
    needs_word = head in sets["needs_legal_word"] or head.capitalize() in sets["needs_legal_word"]
    return needs_word and not any(word in sets["legal_word"] for word in words)


# "a ", "an new ": an indefinite article, and at most one lower-case word after it, right before a name.
_INDEFINITE = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+[a-z]+\s+\Z")


def _numberless_part(text: str, starts: list[int]) -> bool:
    """Whether every name word before the head is a word for a part of a law: "Section of the Act"."""
    parts = word_sets()["numberless_part"]
    return all(text[start:].split(maxsplit=1)[0] in parts for start in starts)


def _body_named_for_task(words: str, head: str) -> bool:
    """Whether a name ending in `head` is a body named for its task: a body's word, then "for" or "of", before
    the head ("State Administration for Market Regulation", "Office of Rail Regulation")."""
    sets = word_sets()
    if head not in sets["body_task"]:
        return False
    return any(word in sets["body_lead"] and link in ("for", "of") for word, link in pairwise(words.split()))


def _listed_past_places(text: str, starts: list[int], end: int) -> bool:
    """Whether the name is a listed generic phrase once the jurisdiction words it opens with are left out:
    "California Senate Bill" is no more a law's name than "Senate Bill" is. A field's words are no such phrase
    there: "Nigerian Data Protection Regulation" is a law."""
    cues, generic = cue_words(), word_sets()["generic"]
    for index in range(len(starts) - 1, 0, -1):
        if text[starts[index] : starts[index - 1]].strip() not in cues:
            return False
        if text[starts[index - 1] : end].casefold() in generic:
            return True
    return False


def _of_place(following: str) -> bool:
    """Whether the words after a head are "of" and a country or state ("Computer Misuse Act of Uganda"): the place
    whose law it is, not a longer name the head is inside ("Act of Parliament")."""
    words = following.split()
    return len(words) > 1 and words[0] == "of" and (words[-1] in cue_words() or words[-1] in place_words())


def _head_candidate(text: str, match: re.Match[str]) -> NameCandidate | None:
    """A name ending in the head word of `match`, or opening with it ("Law on Data")."""
    sets = word_sets()
    head = match.group("head")
    if head in sets["needs_suffix"] and not suffix_pattern().match(text, match.end()):
        return None  # "SENATE PASSES ACT": a head in capitals names a law only with its year or number
    starts = _walk_left(text, match.start(), capitals=head.isupper())
    if len(starts) > 1 and _opener_not_name(text, starts[-1]):
        starts.pop()  # "Violations of the Spam Act": a sentence's first word before "of" is no name word
    end = match.end()
    forward = subject_end(text, end) if head in sets["opens"] else end
    if head in sets["under_act"]:
        forward = max(forward, parent_act_end(text, end))
    if not starts and forward == end:
        return None
    if starts and text[starts[0] : match.start()].strip() in sets["modal"]:
        return None  # "Congress Should Act": after a modal verb the head word is a verb, not a name's end
    # "Terms of Service Rule 4": a clause of a company's terms; but "Privacy Policy Transparency Act" ends
    # in a law's head, and is a law
    if head not in sets["takes_provision"] and any(
        text.startswith(document, start) for start in starts for document in sets["terms_document"]
    ):
        return None
    # "Law Firm", "Act Now", "Rule of Law": in running text the head is inside another name; a provision
    # after a law's head is the name's own ("Securities Act Sec. 8A(g)", "Exchange Act Section 10(b)"), not
    # after a rule's ("House Rule Sec. 3").
    following = _FOLLOWING_NAME.match(text, end)
    capital_after = (
        forward == end
        and following is not None
        and following.group().split()[-1] not in sets["clause_opener"]
        and not _of_place(following.group())
        and not suffix_pattern().match(text, end)
        and (head not in sets["takes_provision"] or after_name(text, end) == end)
    )
    if forward == end and (head in sets["only_opens"] or not starts):
        return None
    suffix = suffix_pattern().match(text, end)
    if (
        forward == end
        and not suffix
        and (_generic(text[starts[-1] : end], head) or _listed_past_places(text, starts, end))
    ):
        return None
    if forward == end and suffix and _dated_generic(text[starts[-1] : end], head, suffix.group()):
        return None
    if forward == end and not suffix and _body_named_for_task(text[starts[-1] : match.start()], head):
        return None
    if forward == end and starts and _numberless_part(text, starts):
        return None  # "this Section of the Act": a part of a law with no number, and the bare "the Act"
    if head in sets["counted"] and starts and _INDEFINITE.search(text, max(0, starts[-1] - 30), starts[-1]):
        return None  # "a new Information Privacy Principle": any principle of that kind
    if not starts:
        starts = [match.start()]
    return NameCandidate(tuple(reversed(starts)), with_suffix(text, forward), forward, capital_after)


def name_candidates(text: str) -> list[NameCandidate]:
    """Every law's name in `text` found by its shape."""
    found = []
    for match in _scan().finditer(text):
        if match.lastgroup == "head":
            candidate = _head_candidate(text, match)
        elif match.lastgroup == "quoted":  # Law of Ukraine "On Personal Data Protection": whole as written
            candidate = NameCandidate((match.start(),), match.end(), match.end())
        elif match.lastgroup == "marked":  # 《数据安全法》: the title inside its marks
            candidate = NameCandidate((match.start() + 1,), match.end(), match.end())
        elif match.lastgroup == "opener":
            candidate = title_candidate(text, match)
        elif text[match.start() - 1] == "-" and text[match.start()] not in _HYPHENED_CAPITALS:
            continue  # "soaking-wet": after a hyphen, a lower-case ending is an English word
        else:
            candidate = compound_candidate(text, match)
        if candidate is not None:
            found.append(candidate)
    return found


def past_listed_law(text: str, candidate: NameCandidate, known: dict[int, int]) -> int | None:
    """Where a shaped name begins once a law the knowledge base names at its start, and the list joiner after
    it, are left out: "the GDPR and Data Protection Act 2018" is two laws, not one name walked left from "Act".
    `known` maps the starts of the unit's knowledge-base mentions to their ends. None when no name is left."""
    first = candidate.starts[0]
    end = known.get(first)
    if end is None or end >= candidate.core_end:
        return first
    joiner = text[end : end + 12].split(maxsplit=1)
    if not joiner or joiner[0] not in word_sets()["list_joiner"] or not text[end : end + 1].isspace():
        return first
    return next((start for start in candidate.starts if start > end), None)
