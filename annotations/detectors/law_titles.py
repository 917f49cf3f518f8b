"""The parts of a law's name read forward from a word: "on <subject>" after a head or citation, the
parent Act after "Enforcement Decree", lower-case titles, German one-word names and Romance titles."""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.jurisdiction import cue_words
from annotations.detectors.law_name_words import (
    NAMES,
    NameCandidate,
    capitalised,
    phrases,
    with_suffix,
    word_sets,
)
from annotations.detectors.trie import trie_pattern
from annotations.knowledge import vocabulary

# How many words a lower-case title or a subject after "on" may run to.
MAX_TITLE_WORDS = 14
# The least letters before a German compound's ending ("Ver" + "ordnung" is no law's name).
MIN_COMPOUND_STEM = 4


def subject_end(text: str, at: int, *, capitalised_only: bool = False) -> int:
    """The end of an "on <subject>" part at `at` ("on the Protection of Personal Data"), after a name or a
    citation such as "Law No. 27 of 2022"; `at` if none. After a citation (`capitalised_only`) a subject
    in lower case is the article's description, not the title ("Law No. 13 of 2016 on the protection of
    personal data privacy"). Links flagged `after_citation` ("regarding") open a subject only there."""
    match = _on().match(text, at)
    sets = word_sets()
    if not match or (match.group("link") in sets["after_citation"] and not capitalised_only):
        return at  # "the Privacy Act regarding Facebook Messenger Data": "regarding" after a name is the sentence's
    end, words, lower_title, word = at, 0, False, ""
    title_case = match.group("link")[:1].isupper()
    position = match.end()
    for token in _TITLE_WORD.finditer(text, position, min(len(text), position + 200)):
        if text[position : token.start()].strip() or words >= MAX_TITLE_WORDS:
            break
        previous, word = word, token.group()
        position = token.end()
        if _adjective(word, match.group("link"), text, position):
            continue  # "gegen den unlauteren Wettbewerb": the adjective before the subject's noun
        if words == 0:
            lower_title = not capitalised(word)
        if previous in sets["list_joiner"] and (word == "the" or word in sets["citation_start"]):
            break  # "Law on Data and the Law on Cybersecurity", "... and Federal Law No. 6/2010": the next name begins
        if word.endswith(("'s", "’s")) and word[:-2] in cue_words():
            break  # "Law No. 13 of 2016 on Personal Data ... and Bahrain's PDPL": another country's law begins
        # A title written in title case capitalises its small words too: "Regarding The Protection Of Personal Data".
        small = word.lower() if title_case else word
        if small in sets["joiner"] or (small in sets["subject_article"] and (words or title_case)):
            continue
        if word in sets["headline_verb"]:
            break  # "… On The Protection Of Personal Data Comes Into Force": a headline's verb ends the title
        fits = (
            word in sets["subject"]
            if lower_title
            else capitalised(word) and (word not in sets["not_name"] or word in sets["subject_noun"])
        )
        if not fits or word in sets["not_subject"]:
            break
        words += 1
        end = token.end()
        if word.endswith(("’", "'")) and not word[:-1].endswith("s"):
            # "‘Law No. (13) of 2016 on Protecting Personal Data Privacy’": the closing quote ends it
            end -= 1
            break
    if match.group("link") in sets["needs_title"] and (lower_title or words < MIN_FOR_WORDS):
        return at  # "Regulation for Dummies", "Security Measures for the protection of data"
    return at if lower_title and capitalised_only else end


_CAPITAL_NEXT = re.compile(r"[ \t]+[A-ZÄÖÜ]")


def _adjective(word: str, link: str, text: str, after: int) -> bool:
    """Whether a lower-case word of a subject is an adjective before a capitalised noun, in a
    language whose titles write them so (German)."""
    return (
        link in word_sets()["lower_adjectives"]
        and not capitalised(word)
        and _CAPITAL_NEXT.match(text, after) is not None
    )


_OF_THE = re.compile(r"\sof\sthe\s")


def parent_act_end(text: str, at: int) -> int:
    """After "Enforcement Decree": the end of "of the <Act's name>" when an Act's name follows; else `at`."""
    match = _OF_THE.match(text, at)
    if not match:
        return at
    end = at
    for token in _TITLE_WORD.finditer(text, match.end(), min(len(text), match.end() + 200)):
        if text[end if end > at else match.end() : token.start()].strip() and end > at:
            break
        word = token.group()
        if not (capitalised(word) or word in word_sets()["joiner"]):
            break
        end = token.end()
        if word in word_sets()["heads"]:
            return end
    return at


@cache
def _on() -> re.Pattern[str]:
    """The word that opens a title's subject after a name or citation: " on the", " concerning", " tentang"."""
    links = sorted(phrases("subject_link"), key=len, reverse=True)
    articles = "|".join(re.escape(article) for article in phrases("subject_article"))
    return re.compile(rf"\s(?P<link>{'|'.join(re.escape(link) for link in links)})\s(?:(?:{articles})\s)?")


# "for" opens a title only before this many capitalised words: Measures for Security Assessment of ...
MIN_FOR_WORDS = 2
_TITLE_WORD = re.compile(r"[^\s,.;:()\"“”«»!?]+")
# A number mark and its number: N.º 29733, Nº 29733, N° 003-2013-JUS, No. 5.
_NUMBER_MARK = re.compile(
    r"(?:N|n|No|no|Nº|nº|N°|n°)(?:\.º?|º|°)?\s?\d{1,6}(?:[.,]\d{3})?(?:[/-][0-9A-Z]{1,6}){0,3}"
)


def title_candidate(text: str, match: re.Match[str]) -> NameCandidate | None:
    """A lower-case title from its opening words to the next verb, bracket or punctuation."""
    sets = word_sets()
    end = match.end()
    ends = [end] if match.group("opener") in sets["complete"] else []
    joined = False  # a list joiner stands since the last word of the title
    title_case: bool | None = None  # whether the title's first word after its opener is capitalised
    for token in _TITLE_WORD.finditer(text, end, min(len(text), end + 240)):
        if (
            text[end : token.start()].strip()
            or "\n" in text[end : token.start()]
            or len(ends) > MAX_TITLE_WORDS
        ):
            break
        word = token.group()
        if (word in sets["title_stop"] and not _links_title_case(text, token, word, title_case)) or (
            joined and _names_a_law(word)
        ):
            break  # a second law after "und das", "e do": "Gesetz gegen ... und das Unterlassungsklagengesetz"
        numbered = _NUMBER_MARK.match(text, token.start())
        if numbered:  # "Reglamento de la Ley N.º 29733": the title ends with the law's number, mark and all
            if ends and ends[-1] == token.start() - 1:
                ends.append(numbered.end())
            break
        if title_case is None and word not in sets["joiner"]:
            title_case = capitalised(word)
        elif title_case and not capitalised(word) and not _function_word(word):
            break  # "Reglamento General de Protección de Datos permite ...": a title-case title ends
        end = token.end()
        if word in sets["list_joiner"]:
            joined = True
        elif word not in sets["joiner"]:
            joined = False
            if not (title_case and not capitalised(word)):
                ends.append(
                    end
                )  # a title-case title's function word ends none: "... de los Particulares al omitir"
    if not ends:
        return None
    return NameCandidate((match.start(),), with_suffix(text, ends[-1]), ends[-1])


def _links_title_case(text: str, token: re.Match[str], word: str, title_case: bool | None) -> bool:
    """Whether a stop word is a preposition inside a title written in title case, before an article or a capitalised
    word: "Acceso a la Información Pública" (Spanish "a"), not "la Loi Informatique et Libertés a été modifiée"."""
    if not title_case or word not in word_sets()["title_case_link"]:
        return False
    after = _TITLE_WORD.match(text, token.end() + 1)
    if after is None or text[token.end()] != " ":
        return False
    return after.group() in word_sets()["joiner"] or capitalised(after.group())


def _function_word(word: str) -> bool:
    """Whether a lower-case word may stand inside a title written in title case: de, los, para."""
    sets = word_sets()
    return word in sets["joiner"] or word in sets["list_joiner"] or word in sets["title_function"]


@cache
def _compound_word() -> re.Pattern[str]:
    """A whole capitalised word that is a German law's one-word name: Unterlassungsklagengesetz."""
    compounds = trie_pattern(phrases("compound"), fold=False)
    return re.compile(rf"[A-ZÄÖÜ][\w-]{{{MIN_COMPOUND_STEM - 1},}}?(?:{compounds})(?:es|s)?")


def _law_word(word: str) -> bool:
    """Whether a word opens a law's name, also written in lower case as a second law in a sentence often is: "le Code
    de la consommation et le code civil"."""
    words = word_sets()["law_word"]
    return word in words or word[:1].upper() + word[1:] in words


def _names_a_law(word: str) -> bool:
    """Whether one word of a lower-case title is itself a law's head or one-word name."""
    sets = word_sets()
    return word in sets["heads"] or _law_word(word) or _compound_word().fullmatch(word) is not None


def compound_candidate(text: str, match: re.Match[str]) -> NameCandidate | None:
    """A German one-word name: Bundesdatenschutzgesetz, Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz."""
    start = match.start()
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    word = text[start : match.end()]
    if not word[:1].isupper() or match.start() - start < MIN_COMPOUND_STEM:
        return None
    if text[start : match.start()] in word_sets()["compound_not_stem"]:
        return None  # "Underwet": an English adjective, no Dutch law
    forward = subject_end(text, match.end())  # "Bundesgesetz über den Datenschutz"
    return NameCandidate((start,), with_suffix(text, forward), forward)


@cache
def _romance_title() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The date after a Romance law's number, and the word that opens its title."""
    date = "|".join(entry.regex for entry in vocabulary(NAMES).role("title_date"))
    links = "|".join(re.escape(p) for p in sorted(phrases("title_link"), key=len, reverse=True))
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
    sets = word_sets()
    last, previous = after, opened.end()
    before_list = last  # where the title ended before the last list word after a comma
    for count, token in enumerate(
        _TITLE_WORD.finditer(text, opened.end(), min(len(text), opened.end() + 240))
    ):
        gap = text[previous : token.start()]
        # "relative à l'informatique, aux fichiers et aux libertés": a title's list goes on after a comma
        listed = gap == ", " and count and token.group() in sets["title_list_word"]
        if (
            (gap.strip() and not listed)
            or "\n" in gap
            or count >= MAX_TITLE_WORDS
            or token.group() in sets["title_stop"]
        ):
            break
        if not count and not token.group()[0].isalpha():
            break  # ", de 17/9/2020": a date, not a title
        if (count and _law_word(token.group())) or token.group() in cue_words():
            # "Ley 19.628 sobre … y la Ley 20.575", "loi du 4 août 1994 relative à …, au code de la propriété
            # intellectuelle": the next law, and the list word before it ("au") with it; "Ley 19.628 de Chile": the
            # law's country
            last = before_list if last == previous else last
            break
        if listed:
            before_list = last
        previous = token.end()
        if token.group() not in sets["joiner"]:
            last = token.end()
        elif not count and token.group() not in sets["title_article"]:
            break  # "relative à la liberté de communication": an article may open the title
    return last
