"""Provision references: "Section 5", "Art. 6 Abs. 1 lit. f", "paragraph 4 of Schedule 13", "§§ 6501-6506".

A provision joins the law's name that follows it ("Section 5 of the FTC Act", "Art. 83 DSGVO");
one with no name counts when the article names a law, unless it points into a company's own
document ("Section 8 of the Terms"). The words are law_references.toml's; this module holds the
grammar that strings them together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from annotations.currencies import sign_chars
from annotations.detectors import law_cjk_articles as cjk_articles
from annotations.detectors.first_chars import lookahead
from annotations.detectors.law_name_words import head_words
from annotations.detectors.tos_mentions import document_mentions
from annotations.detectors.trie import longest_first
from annotations.knowledge import load_laws, vocabulary
from annotations.quick_init import quick_init

REFERENCES = "law_references.toml"
NAMES = "law_names.toml"
# How many links a provision list may hold ("Articles 5(1)(a), 6 and 13(2)"), and how far the
# words after a provision are read for "of the Act" or "of the Terms".
MAX_LIST_ITEMS = 10
AFTER_WINDOW = 70
# How far before a provision a company document ("its terms", "the user agreement") is looked for.
BEFORE_WINDOW = 120
# A provision's number: 5, 47A, 64-2, 1798.150, 8(5), 64(3A), IX, 368Z10 (UK inserted sections).
# 55-J, 1º (Brazilian ordinals), 15 (1) (Korean statutes space the paragraph), 5.1.f) and 5-1-e)
# (Spanish and French letters of a paragraph, also 5-1-f); (36), as English translations of Gulf laws write
# "Article (36)"; 47(1)-(2), a range of subsections; French codes' L. 34-5, R. 10-13, L1111-8 (legislative,
# regulatory and decree parts); Turkish 18/a and 18/ç, a point (bent) of an article after a slash.
# A Roman number may end in the capital of a provision inserted later: Part IIIA. A French code's L, R or D may
# stand before the number with neither a full stop nor a space, or with a space only: l'article L 212-1.
_NUMBER_HEAD = r"(?:(?:[LRD]\.\s?|[LRD]\s?(?=\d))?\d{1,5}(?:[A-Z]{1,2}\d{1,3}\b|(?!ff\.)[A-Za-z]{1,2}|\.?[º°ª])?|[IVXLC]{1,6}[A-H]?\b|\(\d{1,4}\))"
_NUMBER_TAIL = (
    # A Dutch code's book or chapter before a colon: "artikel 6:162 BW", "artikelen 4:81 en 5:46 ... van de Awb".
    r"(?::\d{1,4}[a-z]?(?![\d:]))?"
    r"(?:-(?:\d{1,3}[A-Za-z]?|[A-Z]\b))?"
    # A paragraph after a slash, as Turkish texts number them ("Article 12/5"), never after a year ("2016/679"); its
    # point after a dash ("KVKK m. 18/1-c": kvkkhaber.net).
    r"(?:\.\d{1,4}[A-Za-z]?)*(?:[.-][a-z](?:\)|(?![\w-]))|/[a-zçğış](?![\w-])|(?<![0-9]{4})/\d{1,2}(?![\d/])(?:-[a-zçğış](?![\w-]))?)?(?:\s?\([A-Za-z0-9]{1,5}(?:-(?:bis|ter|quater))?\))*"
    r"(?:[-–]\([A-Za-z0-9]{1,5}\))?"
)


@cache
def _roman_paragraph() -> str:
    """A German paragraph in Roman numerals, only before a known law's acronym: Art. 83 IV DSGVO, § 26 I BDSG
    (not "Article 5 I BELIEVE")."""
    acronyms = _acronyms()
    return rf"(?:\s[IVX]{{1,4}}(?=\s(?:{'|'.join(map(re.escape, acronyms))})(?![\w-])))?"


@cache
def _bare_point() -> str:
    """A point's letter written bare after a paragraph in brackets, only before a known law's acronym: Article 6(1) a
    GDPR, Art. 6(1)f GDPR (as "lit. f" or "(f)" elsewhere); not "Article 6 a GDPR-compliant …", nor the article
    "a" before an acronym that qualifies a noun ("Under Article 83(5) a GDPR fine can reach …": modified_noun)."""
    acronyms = "|".join(map(re.escape, _acronyms()))
    return rf"(?:(?<=\))\s?[a-z](?=\s(?:{acronyms})(?![\w-])(?!\s(?:{_words('modified_noun')})(?!\w))))?"


@cache
def _acronyms() -> list[str]:
    """The knowledge base's laws' acronyms, longest first."""
    return longest_first(
        name
        for law in load_laws()
        for name in (*law.short_names, *law.aliases, *law.context_names)
        if _ACRONYM.fullmatch(name)
    )


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,10}")


@cache
def _number() -> str:
    """A provision's number, with a Latin ordinal after it when it has one: 129 Bis, 132-bis, 2-decies (not before a
    number: "Art. 60 bis 63 DSG" is German 'to'); or an
    ordinal word, also in brackets as Saudi laws write their numbers (المادة الثامنة, المادة (التاسعة والعشرين))."""
    ordinal = _words("ordinal_number")
    head = rf"(?:{_NUMBER_HEAD}|{ordinal}|\((?:{ordinal})\))"
    # A capital letter spaced after the number, before a link to the law or a mark: Chile's "artículo 16 A de la
    # Ley 19.496", India's "Section 66 A of the IT Act".
    # Or before its bracketed subsection, as Indian judgments space them: "section 12 A (1) (b)".
    spaced = rf"(?:\s[A-Z](?=\s(?:{_words('provision_link')})\s|[,;)]|\s\(\d{{1,3}}\)))?"
    return (
        rf"{head}(?:[ -](?:{_words('number_suffix')})(?!\w)(?!\s\d))?{spaced}{_NUMBER_TAIL}{_FRENCH_PARAGRAPH}"
        rf"{_roman_paragraph()}{_bare_point()}"
    )


# A French article's Roman paragraph and its point, after a space or a hyphen: article 6 I-2 de la LCEN, article
# L. 442-6-I-2° du code de commerce (cerclab.univ-lorraine.fr), article L. 34-5 aside;
# a Roman paragraph alone before the link to its law: l'article 32 II de la loi n°78-17 (avocats-mathias.com).
_FRENCH_PARAGRAPH = r"(?:[\s-][IVX]{1,4}(?:-\d{1,2}°?(?!\d)|(?=\s(?:de|du|des)\s)))?"

# A smaller part's value: Abs. 1, lit. f, lett. d), comma 5, par. 2, ayat (1).
_SUB_VALUE = r"(?:\d{1,4}(?:[a-z]|[º°ª])?\b|\(?[a-z]{1,2}\)|\(\d{1,3}\)|[a-z]\b|[ivxIVX]{1,5}\b)"
_SUBSECTION = r"(?:\([A-Za-z0-9]{1,4}\))"


def _letter_run(links: str) -> str:
    """More letters after a sub-part's letter, as a list or a range of points: "lit. a bis h", "lit. a, b und c",
    "lit. a–f", "lit. a, c, e". The last letter must end the reference (a stop, a bracket, a link word or a
    capitalised name after it), so that an article after a link stays out: "lit. f and a fine"; so does an "a" before a capitalised
    word in lower case after its capital, the English article ("lit. b and a French court", not "und a DSGVO")."""
    after = rf"(?=[,;:.)\]]|$|\s(?:{_words('provision_link')})\s|\s[A-ZÄÖÜ])"
    last = r"(?![\w.])"
    # A range's far end may stand before the sentence's stop: "lit. a-f." then a capital or the end.
    stop = r"(?!\w)(?!\.(?!\s+[A-ZÄÖÜ]|\s*$))"
    english_a = r"(?!a\s[A-ZÄÖÜ][a-zäöüß])"
    return (
        rf"(?:(?<=[a-z])(?:(?:(?:,\s?[a-z](?!\w))*\s(?:{links})\s{english_a}[a-z]{last}){{1,4}}"
        # Letters listed with commas only: "lit. a, c, e DSGVO".
        rf"|(?:,\s?{english_a}[a-z]{last}){{1,6}}"
        rf"|\s?[–-]\s?[a-z]{stop}){after})?"
    )


@quick_init
@dataclass(frozen=True, slots=True)
class Provision:
    """A provision reference in a unit's text, and whether it may count with no law's name."""

    start: int
    end: int
    alone: bool
    word: str = ""


def _words(role: str, entries: tuple | None = None) -> str:
    """The entries of a role of law_references.toml as one alternation, longest phrase first."""
    chosen = entries if entries is not None else vocabulary(REFERENCES).role(role)
    alternatives = [re.escape(p) for entry in chosen for p in entry.phrases]
    alternatives.sort(key=len, reverse=True)
    alternatives += [entry.pattern for entry in chosen if entry.pattern]
    return "|".join(alternatives)


@cache
def _provision_pattern() -> re.Pattern[str]:
    """A provision: its word, number, smaller parts and list, and an enclosing part ("of Schedule 13")."""
    entries = vocabulary(REFERENCES).role("provision_word")
    alone = _words("provision_word", tuple(entry for entry in entries if entry.get("alone")))
    other = _words("provision_word", tuple(entry for entry in entries if not entry.get("alone")))
    word = f"(?:{alone}|{other})"
    links, subs, number = _words("list_link"), _words("sub_part"), _number()
    # A smaller part's number takes a Latin ordinal as an article's does: "art. 162, comma 2-bis".
    inserted = rf"(?:-(?:{_words('number_suffix')})(?!\w))?"
    # A provision's name in brackets, kept when the reference goes on: "Section 13 (Consent Obligation)
    # and Section 18 ... of the PDPA".
    goes_on = rf",?\s(?:(?:{links})\s(?:{word}|\d)|(?:{_words('provision_link')})\s(?:the\s)?[A-Z])"
    heading = rf"(?:\s\([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,4}}\)(?={goes_on}))?"
    letters = _letter_run(links)
    item = (
        rf",\s?(?:(?:{links})\s)?(?:{word}\s?)?{number}{heading}"
        rf"|\s(?:{links})\s(?:(?:{word}\s?)?{number}{heading}|[a-z]\)|{_SUBSECTION}|(?:{subs})\s?{_SUB_VALUE}{inserted}{letters})"
        # A range, its far end with the same word again or not: "Articles 12-14", "Pasal 67-Pasal 73" (not "Part III
        # – Section 78B", a heading and a provision).
        rf"|\s?[–-]\s?(?:(?:(?P=alone)|(?P=other))\s?)?{number}"
        # A digit may follow a sub-part's mark unspaced: "artículos 3 N°10, 5".
        rf"|,?\s(?:{subs})(?![^\W\d])\s?{_SUB_VALUE}{inserted}{letters}"
        rf"|,?\s(?:{_words('sub_part_ordinal')})(?!\w)"
        # A link joined to the next item, as Arabic writes "and": "المادة الرابعة والمادة الخامسة", "المواد 4 و5".
        rf"|\s(?:{_words('fused_list_link')})(?:(?:{word})\s?)?{number}{heading}"
        # More bracketed points after a comma: "Article 5(1)(a), (b) and (f) GDPR"; points closed by a bracket only,
        # also with a space before the comma: "art. 32 para. (1) lit. a), b) and d)" (a Romanian authority's
        # decisions in English), "Art. 5 Abs. 1 lit. a) , c) und e) DSGVO" (rdp-law.de).
        rf"|(?<=\))\s?,\s?(?:\((?:[a-z]{{1,2}}|\d{{1,2}}|[ivx]{{1,5}})\)|[a-z]{{1,2}}\)(?![\w(]))"
        # A point closed by a bracket, spaced after a bracketed paragraph: "Art. 5 (1) a) GDPR" (enforcementtracker.com).
        rf"|(?<=\))\s[a-z]\)(?![\w(])"
        # German "ff." may be written onto the number: "Art. 44ff. DSGVO" (litres.pl).
        rf"|(?:\s|(?<=\d)(?=ff\.))(?:{_words('following_mark')})(?!\w)"
    )
    # An enclosing provision may go on with more provisions, each with its word: "sub-section (2) of section 87
    # read with section 43A of the Information Technology Act, 2000" is one reference (alertindian.com).
    more = rf"(?:\s(?:{links})\s(?:{word})\s?{number}){{0,{MAX_LIST_ITEMS}}}"
    enclosing = rf"(?:\s(?:{_words('enclosing_link')})\s(?:the\s)?(?:{word})\s?{number}{more})?"
    # The lookahead on the words' first characters rejects most positions before anything else is tried.
    return re.compile(
        rf"{lookahead(word)}(?<![\w§])(?:(?P<alone>{alone})|(?P<other>{other}))\s?{number}{heading}(?:{item}){{0,{MAX_LIST_ITEMS}}}{enclosing}"
        # Never a number cut short: "Regulation 2023/1115" is no "Regulation 2023".
        r"(?!\d|/\d)"
    )


_DIGIT = re.compile(r"\d")
# A Roman number after a word, the only number of a text with no digit that may be a provision's: "Chapter V of
# the GDPR", "Title III of the ADA" (a lone "I" is as often the pronoun), also with the capital of a Part inserted
# later ("Part IIIA", Australia's Privacy Act). It opens on its first letter, so that the engine skips to the few
# capitals I, V, X, L and C before it looks back at the word and the space: a look-behind first would be tried at
# every space of a long digit-free text.
_ROMAN = re.compile(r"[IVXLC](?<=[a-z.]\s[IVXLC])(?:[IVXLC]{1,5}|(?<=[VXLC]))[A-H]?\b")
# How far before a provision the smaller parts written ahead of it are read: "clause 2 of part 1 of ".
PREFIX_WINDOW = 60


@cache
def _prefix_pattern() -> re.Pattern[str]:
    """Up to three smaller parts, each with its value, ending where a provision starts: "clause 2 of part 1 of "
    (article 6), "khoản 2 " and "Khoản 2, " (Điều 8), "п. 2 ч. 1 " and "ч. 2 и ч. 3 " (ст. 13.11), "numeral 6 del " (artículo 2).
    English parts need "of" (`needs_of`): "At point 4 Article 9 of the GDPR is discussed" is prose."""
    chosen = vocabulary(REFERENCES).role("prefix_part")
    before = tuple(entry for entry in vocabulary(REFERENCES).role("sub_part") if entry.get("before"))
    english = _words("prefix_part", tuple(entry for entry in chosen if entry.get("needs_of")))
    other = _words("prefix_part", tuple(entry for entry in chosen if not entry.get("needs_of")) + before)
    joins = rf"(?:{_words('prefix_join')})\s"
    one = rf"(?<![\w.])(?:{english})\s?{_SUB_VALUE}\s(?:{joins}(?:{english})\s?{_SUB_VALUE}\s)?of\s"
    # A comma may close a part right before its article or the next such part: "Khoản 4, Điều 2", "Điểm a,
    # Khoản 1, Điều 11" as Vietnamese pages write them.
    befores = _words("sub_part", before)
    one += rf"|(?<![\w.])(?:{befores})\s?{_SUB_VALUE},\s(?:\Z|(?=(?:{befores})\s?\w))"
    # A list of values of one part: "apartados 4, 5 y 6 del " (artículo 83); a link may end on an apostrophe
    # with no space after it: "comma 5 dell'" (art. 166).
    values = rf"{_SUB_VALUE}(?:,\s?{_SUB_VALUE}){{0,{MAX_LIST_ITEMS}}}(?:\s{joins}{_SUB_VALUE})?"
    link = rf"(?:{_words('provision_link')})(?:\s|(?<=['’]))"
    one += rf"|(?<![\w.])(?:{other})\s?{values}\s(?:{link}|{joins}(?=(?:{other})\s?\w))?"
    # Searched over the sixty characters before each provision: behind a lookahead on the characters a part opens
    # with, re rejects most positions with one class test instead of entering every part's word (12.6 -> 2.8 µs).
    parts = rf"(?:{one}){{1,3}}\Z"
    return re.compile(lookahead(parts) + parts)


@cache
def _ordinal_words() -> re.Pattern[str]:
    """An article's number written as a word (ordinal_number): the text needs no digit for one."""
    return re.compile(_words("ordinal_number"))


def provisions(text: str) -> list[Provision]:
    """Every provision reference in `text`, with the smaller parts written before it (prefix_part). A reference
    wholly inside the next one's leading parts is one of them ("part 1" of "clause 2 of part 1 of article 6");
    one they reach into ends where they start ("khoản 1 Điều 4" of "khoản 1 Điều 4, điểm b khoản 2 Điều 5")."""
    if not _DIGIT.search(text) and not _ordinal_words().search(text) and not _ROMAN.search(text):
        return []
    found: list[Provision] = []
    for match in _provision_pattern().finditer(text):
        prefix = _prefix_pattern().search(text, max(0, match.start() - PREFIX_WINDOW), match.start())
        start = prefix.start() if prefix else match.start()
        while found and found[-1].start >= start:
            found.pop()
        if found and found[-1].end > start:  # the parts begin after its word and number: they leave it
            last = found[-1]
            found[-1] = Provision(last.start, len(text[:start].rstrip(" ,;")), last.alone, last.word)
        word = match.group("alone") or match.group("other")
        found.append(Provision(start, match.end(), match.group("alone") is not None, word))
    return found


@cache
def _link_pattern() -> re.Pattern[str]:
    """What may stand between a provision and the law's name: " of the", ", del", " ", " under the UK"; after a
    bracket the space before the link may be lost: "§ 501(c)of the Internal Revenue Code"."""
    link = rf"(?:{_words('provision_link')})\s+(?:the\s+)?(?:(?:{_words('law_qualifier')})\s+)?"
    return re.compile(rf",?\s{{1,3}}(?:{link})?|(?<=\))(?=[a-z]){link}")


# How far before a law's name an unnumbered part and its link are looked for.
UNNUMBERED_WINDOW = 48


@cache
def _unnumbered_pattern() -> re.Pattern[str]:
    """An unnumbered part and its link, ending where the name starts: "Schedule to the ", "Eighth Schedule of "."""
    entries = vocabulary(REFERENCES).role("unnumbered_part")
    ordinals = _words("unnumbered_part", tuple(entry for entry in entries if entry.get("ordinal")))
    parts = _words("unnumbered_part", tuple(entry for entry in entries if not entry.get("ordinal")))
    return re.compile(
        rf"(?<![\w-])(?:(?P<ordinal>{ordinals})\s)?(?:{parts})\s(?:{_words('unnumbered_link')})\s(?:(?:{_words('law_qualifier')})\s)?\Z"
    )


def unnumbered_before(text: str, name_start: int) -> tuple[int, bool]:
    """Where an unnumbered part before a law's name starts ("the Schedule to the DPDP Act"), or `name_start`; and
    whether an ordinal word numbers it ("the Seventh Schedule to the Constitution of India")."""
    window = text[max(0, name_start - UNNUMBERED_WINDOW) : name_start]
    if not window.endswith(" "):
        return name_start, False
    match = _unnumbered_pattern().search(window)
    if match is None:
        return name_start, False
    return name_start - len(window) + match.start(), match.group("ordinal") is not None


@cache
def _rules_pattern() -> re.Pattern[str]:
    """Words that make a law's mention its implementing rules, ending where the name starts."""
    return re.compile(rf"(?<![\w-])(?:{_words('rules_prefix')})\s?\Z", re.IGNORECASE)


def rules_before(text: str, name_start: int) -> int:
    """Where the words naming a law's implementing rules start, right before its name ("the Implementing
    Regulation of the PDPL", "اللائحة التنفيذية لنظام …"), or `name_start`."""
    window = text[max(0, name_start - UNNUMBERED_WINDOW) : name_start]
    match = _rules_pattern().search(window)
    return name_start - len(window) + match.start() if match else name_start


def joins(text: str, provision_end: int, name_start: int) -> bool:
    """Whether the provision ending at `provision_end` belongs to the name starting at `name_start`."""
    return bool(_link_pattern().fullmatch(text, provision_end, name_start))


@cache
def _after_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A provision's law named by another word ("of the Act"), and a provision of a document ("of the Terms")."""
    link = f"(?:{_words('provision_link')})"
    anaphora = rf",?\s+{link}\s+(?:(?:{_words('anaphora_determiner')})\s+)?(?:{_words('anaphora')})(?![\w-])"
    determiner = f"(?:{_words('document_determiner')})"
    # Determiners and documents in any case: "of our Privacy Policy", "of the TERMS".
    # A heading in brackets may stand between: "Section 9 (Dispute Resolution) of the Agreement".
    document = (
        rf"(?:\s\([^()\n]{{1,40}}\))?,?\s+{link}\s+(?i:{determiner}\s+){{0,3}}(?:[A-Z][\w-]{{0,30}}['’]s\s+)?(?i:{determiner}\s+){{0,2}}"
        rf"(?:[A-Z][\w&-]{{0,20}}\s+){{0,3}}"  # "of the Master Services Agreement", "of the Uber Terms of Use"
        rf"(?i:(?:{_words('document_kind')})\s+){{0,2}}"  # "of the revised Wavely membership agreement"
        rf"(?i:{_words('document')})(?![\w-])|\s+(?:{_words('document_pointer')}|{_words('other_use')})(?![\w-])"
        rf"|-(?:{_words('document_pointer')})(?![\w-])"  # "Artikel 29-werkgroep": a body named after an article
    )
    return re.compile(anaphora), re.compile(document)


@cache
def _statute_after_pattern() -> re.Pattern[str]:
    """A provision's law named by a word only a statute is called ("of the Act"), a name's words not after it."""
    link = f"(?:{_words('provision_link')})"
    return re.compile(
        rf",?\s+{link}\s+(?:(?:{_words('anaphora_determiner')})\s+)?(?:{_words('statute_anaphora')})(?![\w-])(?!\s+(?:of|on|for|de|del|della)\s)"
    )


def statute_after(text: str, end: int) -> bool:
    """Whether a provision ending at `end` is followed by "of the Act", "de la ley": a statute's, on any page."""
    return _statute_after_pattern().match(text, end, min(len(text), end + AFTER_WINDOW)) is not None


@cache
def _acronym_after_pattern() -> re.Pattern[str]:
    """An acronym or a defined name after a provision and its link: "Section 11 of the CPA" names a law the
    article may not expand; "art. 130 del Codice" names the one law Italian articles call the Codice."""
    link = f"(?:{_words('provision_link')})"
    # "of the CPA", "of IT ACT 2000": a short acronym needs a head word after it.
    acronym = (
        r"(?:[A-Z][A-Za-z]{0,3}[A-Z]{2,6}|[A-Z]{2}\s(?:Act|ACT|Law|LAW|Rules))"
        r"(?:\s(?:Act|ACT|Law|Rules))?(?:,?\s(?:19|20)\d\d)?(?!\s[A-Z]{2})"  # not "of the INDIAN CONTRACT ACT"
    )
    return re.compile(rf",?\s+{link}\s+(?:the\s+)?(?:{acronym}|{_words('defined_name')})(?![\w-])")


# A German law's acronym right after a § provision, with no link: § 9 EnWG, § 7 UWG, § 263 StGB, § 35 GewO. It ends
# in G (Gesetz), GB (Gesetzbuch), O (Ordnung), V or VO (Verordnung) and holds two capitals or more.
_GERMAN_ACRONYM = re.compile(r" ([A-Z][A-Za-z]{0,6}(?:G|GB|O|V))(?![\w-])")
# A capitalised word right after a § provision: a company's terms when it is a document's word (§ 5 AGB).
_WORD_AFTER = re.compile(r" ([A-Z][A-Za-z]{1,6})(?![\w-])")
MIN_ACRONYM_CAPITALS = 2


def _german_acronym_end(text: str, provision: Provision) -> int | None:
    """The end of a German law's acronym right after a § provision ("§ 9 EnWG"); None when none follows, or when
    the word names a company's terms ("§ 5 AGB")."""
    if not text.startswith("§", provision.start):
        return None
    match = _GERMAN_ACRONYM.match(text, provision.end)
    if match is None or sum(char.isupper() for char in match.group(1)) < MIN_ACRONYM_CAPITALS:
        return None
    if _document_word().fullmatch(match.group(1)) or _private_owner().match(text, match.end()):
        return None
    return match.end()


def terms_after(text: str, provision: Provision) -> bool:
    """Whether a company document's word stands right after a § provision, "§ 5 AGB" (the general terms), or a
    body's own rules by their acronym and owner: "§ 5 GO des Vereins" (the club's standing orders)."""
    if not text.startswith("§", provision.start):
        return False
    match = _WORD_AFTER.match(text, provision.end)
    if match is None:
        return False
    return _document_word().fullmatch(match.group(1)) is not None or bool(
        _private_owner().match(text, match.end())
    )


@cache
def _private_owner() -> re.Pattern[str]:
    """A private body named right after a § provision's acronym as the owner of its rules (des Vereins)."""
    return re.compile(rf"\s(?:{_words('private_owner')})(?![\w-])")


@cache
def _document_word() -> re.Pattern[str]:
    """A company document's word or name alone (AGB, CGU, Terms)."""
    return re.compile(f"(?:{_words('document')})")


def acronym_after(text: str, provision: Provision) -> int:
    """The end of "of the <ACRONYM>" or "del Codice" after a provision, or the provision's end when none follows."""
    german = _german_acronym_end(text, provision)
    if german is not None:
        return german
    match = _acronym_after_pattern().match(text, provision.end, min(len(text), provision.end + AFTER_WINDOW))
    if match is None or _after_patterns()[1].match(text, provision.end, match.end()):
        return provision.end
    return match.end()


@cache
def _document_before_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A company document named before a provision ("the user agreement, article 9.3", "用户协议，第5条"),
    and the words that turn the provision back to a law ("the policy breached Article 13")."""
    return (
        re.compile(rf"(?<![\w-])(?:{_words('document')})(?![\w-])|{_words('unspaced_document')}"),
        re.compile(rf"(?<![\w-])(?:{_words('law_relation')})(?![\w-])"),
    )


def _document_before(text: str, start: int, since: int) -> bool:
    """Whether the provision at `start` points into a document named shortly before it, with no law in between."""
    document, relation = _document_before_patterns()
    window_start = max(since, start - BEFORE_WINDOW)
    ends = [match.end() for match in document.finditer(text, window_start, start)]
    return bool(ends) and not relation.search(text, ends[-1], start)


def under_document_lead(previous: str, text: str, start: int) -> bool:
    """Whether a provision opening its paragraph is a heading of a company document quoted under the paragraph before:
    one that ends on a colon and names the document ("In den neuen AGB heißt es nun:" then "§ 7 Nutzungsrechte",
    "Yeni koşullarda şöyle deniyor:" then "Madde 6 – …"), with no law in between."""
    lead = previous.rstrip()
    if text[:start].strip() or not lead.endswith((":", "：")):
        return False
    tail = lead[-BEFORE_WINDOW:]
    named = document_mentions(tail, named_only=True)
    return bool(named) and not _document_before_patterns()[1].search(tail, named[-1].end)


@cache
def _alone_with() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """Provision words that count alone in an article naming a law with one of their words ("Rules")."""
    entries = vocabulary(REFERENCES).role("provision_word")
    return tuple(
        (re.compile(entry.regex), frozenset(entry.get("alone_with")))
        for entry in entries
        if entry.get("alone_with")
    )


def alone_words(names: Iterable[str]) -> re.Pattern[str] | None:
    """The provision words that count alone beside these law names: "Rule" beside the "DPDP Rules", "Reg."
    beside "the Privacy and Electronic Communications Regulations" (the names' words in any case)."""
    words = {word.casefold() for name in names for word in re.findall(r"\w+", name)}
    chosen = [pattern.pattern for pattern, heads in _alone_with() if {h.casefold() for h in heads} & words]
    # Read before the provision's number, as the words' own lookaheads expect ("Reg." only before "6").
    return re.compile(rf"(?:{'|'.join(chosen)})(?=\s?\d)") if chosen else None


def standing(text: str, provision: Provision, since: int = 0, alone: re.Pattern[str] | None = None) -> bool:
    """Whether a provision with no law's name counts: "section 123 of the Act" yes, "Section 8 of the Terms"
    and "the user agreement, article 9.3" no. `since` is where the last law mention before it ends;
    `alone`: provision words that count alone in this article (alone_words)."""
    anaphora, document = _after_patterns()
    window_end = min(len(text), provision.end + AFTER_WINDOW)
    if document.match(text, provision.end, window_end) or _body_before(text, provision.start):
        return False
    if anaphora.match(text, provision.end, window_end):
        return True
    if provision.alone:
        if _ROMAN_SECTION.fullmatch(text, provision.start, provision.end):
            return False  # "provided in Section VII": a report's part; a statute numbers its sections
        return not _thing_after(text, provision) and not _document_before(text, provision.start, since)
    word = alone.match(text, provision.start) if alone else None
    if not word or word.end() != provision.start + len(provision.word) or _owned(text, provision):
        return False
    return not _document_before(text, provision.start, since)


@cache
def _body_before_pattern() -> re.Pattern[str]:
    """A body's name ending right where a provision starts (body_before): "Grupo de Trabajo del Art. 29"."""
    return re.compile(rf"(?:{_words('body_before')})\Z")


BODY_WINDOW = 64
"""How far before a provision a body's name that numbers it may start."""


def _body_before(text: str, start: int) -> bool:
    """Whether the provision at `start` is the number in a body's name written before it, no law's article."""
    return bool(_body_before_pattern().search(text, max(0, start - BODY_WINDOW), start))


# A section numbered in Roman capitals alone, with no law after it: a report's or a review's part.
_ROMAN_SECTION = re.compile(r"(?:[Ss]ection|[Ss]ec\.?|SECTION)\s(?:[IVXLC]{2,6}|[VXLC])")


# Who owns a provision that counts alone only beside a set of Rules or Regulations: "the council's
# regulation 3", "Regulation 24 of the club" are theirs, not the statutory instrument's.
_OWNER_BEFORE = re.compile(r"\w['’]s?\s$")
_OWNER_AFTER = re.compile(r",?\s+of\s+(?:(?:the|a|an|its|their)\s+)?(?!(?:the|a|an|its|their)\s)[a-z]")
OWNER_WINDOW = 12


def _owned(text: str, provision: Provision) -> bool:
    """Whether a possessive before the provision or "of the <common noun>" after it names its owner."""
    return bool(
        _OWNER_BEFORE.search(text, max(0, provision.start - OWNER_WINDOW), provision.start)
        or _OWNER_AFTER.match(text, provision.end, provision.end + AFTER_WINDOW)
    )


# "of the" and a run of lower-case words after a provision: "Sec 2 of the stadium", "Article 17 of the bloc's privacy law".
_OF_LOWER = re.compile(
    r",?\s+of\s+(?:(?:the|a|an|its|their|this|that)\s+)?([a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,7})"
)
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z0-9(]|[ \t]+[a-z]")
_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def _law_nouns() -> frozenset[str]:
    """Lower-case nouns that make a thing named after a provision a law: every head word and anaphora, and law_noun."""
    references = vocabulary(REFERENCES)
    extra = [
        phrase
        for role in ("anaphora", "law_noun")
        for entry in references.role(role)
        for phrase in entry.phrases
    ]
    words = [*head_words(), *extra]
    return frozenset(word.casefold() for word in words)


def _thing_after(text: str, provision: Provision) -> bool:
    """Whether "of the <lower-case words>" after a provision names something that is no law and owns the number:
    seats in "Sec 2 of the stadium". A run that names a law by a head word ("of the bloc's privacy law") or goes
    on into a name ("of the new Digital Markets Act") is no owner."""
    match = _OF_LOWER.match(text, provision.end, min(len(text), provision.end + AFTER_WINDOW))
    if match is None or _NAME_GOES_ON.match(text, match.end()):
        return False
    nouns = _law_nouns()
    return not any(_POSSESSIVE.sub("", word).casefold() in nouns for word in match.group(1).split())


def is_citation_mark(text: str, provision: Provision, since: int = 0) -> bool:
    """Whether the provision opens with § (a citation marker: a law mention in any article), unless it points into a
    company document as any provision may: "§ 5 of the Terms", or one named shortly before it with no law in between
    ("Section 14 of the user agreement states that “…” [§14.2]"). `since`: where the last law mention before it ends."""
    if not text.startswith("§", provision.start):
        return False
    window_end = min(len(text), provision.end + AFTER_WINDOW)
    document = _after_patterns()[1]
    return not document.match(text, provision.end, window_end) and not _document_before(
        text, provision.start, since
    )


@cache
def _after_name_pattern() -> re.Pattern[str]:
    """A provision right after a law's name: "GDPR Article 17", "reg. 6 PECR" (before), "BDSG § 26", and a
    Chinese or Japanese article after a title's closing mark or an acronym ("个人信息保护法》第66条", "GDPR第83条",
    Hong Kong's "PDPO 第 35E 條")."""
    # Its smaller parts go with it: "GWB § 19 Abs. 1", "BDSG § 26 Abs. 1 Satz 1" (betriebs-berater.ruw.de).
    parts = rf"(?:,?\s(?:{_words('sub_part')})(?![^\W\d])\s?{_SUB_VALUE}){{0,{MAX_LIST_ITEMS}}}"
    # A Turkish genitive may stand between them, the provision's word before its number: "Türk Ceza Kanunu'nun madde
    # 135-140" (hukukihaber.net), as "Kanunu'nun 17. maddesi" writes it after the number (_postposed_pattern).
    genitive = rf"(?:['’](?:{_words('name_suffix')}))?"
    return re.compile(
        rf"{genitive}\s(?:{_words('provision_word')})\s?{_number()}{parts}|{cjk_articles.after_mark()}"
    )


# A citation that ends in its chapter or its code's section ("S.C. 2010, c. 23", "15 U.S.C. 45"): a provision
# after a comma goes on with it ("S.C. 2010, c. 23, § 20(4)"); after a name's year it is the next law's.
_CHAPTER_END = re.compile(
    r"(?:\b(?:c|ch|chap)\.\s?[A-Z]?-?\d{1,4}(?:\.\d{1,2})?[A-Z]?|\bU\.S\.C\.A?\s\d{1,5}[a-z]?)$"
)
CHAPTER_WINDOW = 24


@cache
def _after_citation_pattern() -> re.Pattern[str]:
    """A provision after a comma that goes on with a citation, unless a law's name or "of the …" follows it
    ("S.C. 2010, c. 23, § 20 PIPEDA" names PIPEDA's section)."""
    follows = rf",?\s+(?:(?:{_words('provision_link')})\s+(?:the\s+)?[A-Z]|[A-Z]{{2}}|[A-Z][a-z]+\s[A-Z])"
    return re.compile(rf",\s(?:{_words('provision_word')})\s?(?>{_number()})(?!{follows})")


@cache
def _postposed_pattern() -> re.Pattern[str]:
    """Provisions written after a law's name, their word after their ordinal: "Kanun'un 18. maddesi",
    "Kanunu'nun 17. maddesinin 7. fıkrası"."""
    mark, word = _words("ordinal_mark"), _words("provision_after_number")
    # A number with a slash part needs no ordinal mark: "17/2 maddesi", "8/A maddesi", "2/ç maddesi", and its
    # clause's letter may follow a hyphen: "47/1-c. maddesi", "18/1-b maddesi".
    letter = "[A-Za-zçğışöü]"
    number = rf"\d{{1,3}}(?:/(?:\d{{1,2}}|{letter})(?:-{letter})?(?:{mark})?|(?:{mark}))"
    # A list of numbers before one plural word: "22., 23. ve 24. maddelerinde".
    links = _words("list_link")
    # A range's first number may go unmarked, the ordinal written once after the last: "135 ila 140 ıncı madde".
    one = (
        rf"\s(?:\d{{1,3}}\s(?:{links})\s)?{number}(?:(?:,\s|\s(?:{links})\s){number}){{0,{MAX_LIST_ITEMS}}}"
        rf"\s(?:{word})(?!\w)"
    )
    # After the first part, a smaller one may be a letter, "5. maddesinin c bendi", "(ç) bendi", or a number in
    # brackets with its number word: "23. maddesinin (1) numaralı fıkrası".
    more = rf"\s(?:{number}|\(?[a-zçğışöü]\)?|\(\d{{1,2}}\)\s(?:{_words('number_word')}))\s(?:{word})(?!\w)"
    return re.compile(rf"(?:['’](?:{_words('name_suffix')})|{_fused_genitive()})?{one}(?:,?{more})*")


def postposed_end(text: str, end: int) -> int | None:
    """The end of a provision written after its number right after `end` ("Kanun'un 15/1 maddesi"), or None."""
    match = _postposed_pattern().match(text, end)
    return match.end() if match else None


@cache
def _fused_genitive() -> str:
    """A genitive fused to a law's last word with no apostrophe, before its provision ("Kanununun 12. maddesi"):
    the endings of law_names.toml's fused_case that are also name suffixes, each after the word it follows."""
    suffixes = {phrase for entry in vocabulary(REFERENCES).role("name_suffix") for phrase in entry.phrases}
    return "|".join(
        rf"(?<={re.escape(word)}){re.escape(ending)}"
        for entry in vocabulary(NAMES).role("fused_case")
        for ending in entry.phrases
        if ending in suffixes
        for word in entry.get("after")
    )


@cache
def _parts_after_name_pattern() -> re.Pattern[str]:
    """A provision's smaller parts written after its law's name, after a comma: "artigo 51 do CDC, incisos I, VII,
    XV", "art. 7º da LGPD, inciso I". A further value follows a comma or a link word; a link word itself is never a
    value ("inciso V, e o artigo 6º" ends at "V"). A further value without its part word ends the list or comes
    before a mark or a link: in "Article 40 of the DSA, paragraph 12, X failed" the letter opens the next clause."""
    subs, links = _words("sub_part"), _words("list_link")
    value = rf"(?!(?:{links})\b){_SUB_VALUE}"
    part = rf"(?:{subs})(?![^\W\d])\s?"
    closed = rf"(?=[,;:.)\]\n]|\s(?:{links})\s|\Z)"
    more = rf"(?:(?:,\s?|\s(?:{links})\s)(?:{part}{value}|{value}{closed}))"
    return re.compile(rf",\s{part}{value}{more}{{0,{MAX_LIST_ITEMS}}}")


def parts_after_name(text: str, end: int) -> int:
    """The end of a provision's smaller parts written after its law's name at `end`, or `end` (see
    _parts_after_name_pattern). Only for a span that opens on its provision: a bare name's parts name nothing."""
    match = _parts_after_name_pattern().match(text, end)
    return match.end() if match else end


def after_bracket(text: str, end: int) -> tuple[int, int] | None:
    """A provision written after a law's bracketed acronym that closes at `end`, as its own span: in
    "Kanunu'nun (KVKK) 5. maddesinin c bendi" the acronym's bracket parts the provision from the name."""
    if text[end : end + 1] not in ")]":
        return None
    match = _postposed_pattern().match(text, end + 1)
    if match is None or text[match.start() : match.start() + 1] in ("'", "’"):
        return None
    return match.start() + 1, match.end()


def after_name(text: str, end: int) -> int:
    """The end of a provision written right after a law's name at `end`, or `end`. After a comma it goes on
    with a citation's chapter, or with a name that ends in its number or year: "Law No. 6698, Article 18",
    "Ley 19.628, artículo 4", "Privacy Act 1988, section 13G" are one reference."""
    match = _after_name_pattern().match(text, end) or _postposed_pattern().match(text, end)
    if match is None and (
        text[end - 1 : end].isdigit() or _CHAPTER_END.search(text, max(0, end - CHAPTER_WINDOW), end)
    ):
        match = _after_citation_pattern().match(text, end)
    return match.end() if match else end


@cache
def _citation_tail() -> re.Pattern[str]:
    """What may follow a statutory citation: subsections, ranges, lists and "et seq."."""
    not_after = rf"[\w%{re.escape(sign_chars())}]"
    return re.compile(
        rf"(?:[./]\d+[a-z]?)*{_SUBSECTION}*"
        # A number followed by a capitalised word opens the next citation: "and 16 C.F.R. § 312.5".
        rf"(?:\s*(?:{_words('tail_link')})\s*\d+[a-z]?(?:\.\d+)*{_SUBSECTION}*(?!{not_after}|\s[A-Z]))*"
        rf"(?:\s(?:{_words('tail_end')}))?"
    )


@cache
def _number_date() -> re.Pattern[str]:
    """The day of a numbered law or decree after its number (role number_date)."""
    return re.compile(_words("number_date"))


def number_date(text: str, end: int) -> int:
    """The end of a law's mention at `end` with its day, when the mention ends in its number ("Decreto 090" + " del
    18 de enero de 2018", "Royal Decree M/19" + " of 17 September 2021", "Federal Law No. 152-FZ"), not in a year
    of its title ("Privacy Act 1988", "Data Protection Act, 2019")."""
    if _NUMBER_END.search(text, max(0, end - 8), end) and not _YEAR_END.search(text, max(0, end - 6), end):
        match = _number_date().match(text, end)
        if match:
            return match.end()
    return end


# A law's number ending its mention (090, 25.326, M/19, 152-FZ), and a title's year standing as a word of its own.
_NUMBER_END = re.compile(r"\d(?:-[A-Z]{1,3})?$")
_YEAR_END = re.compile(r"(?:^|[\s,])(?:19|20)\d\d$")


def citation_tail(text: str, end: int) -> int:
    """The end of a citation at `end` with its subsections, ranges and "et seq."; a section number may end
    in a letter ("15 U.S.C. 77t(d)")."""
    last = text[end - 1] if end else ""
    lettered = last.isalpha() and last.islower() and end > 1 and text[end - 2].isdigit()
    if end < len(text) and (last.isdigit() or last == ")" or lettered):
        match = _citation_tail().match(text, end)
        if match:
            return match.end()
    return end


# A bare article of a Chinese, Japanese or Korean law (後者が第8条に当たる, 本法第二十二条, 제29조): law_cjk_articles.bare.
# After a noun or の it is a document's ("利用規約第5条", "利用規約の第5条", the terms' section 5) or a name's.
@cache
def _bare_article() -> re.Pattern[str]:
    return re.compile(cjk_articles.bare())


# What ends a sentence in those scripts: a terms document named before it is not read past one.
_SENTENCE_END = re.compile(r"[。！？\n]")


# The marks closing a Chinese or Japanese title: a law's title with its article after it is one mention already.
_TITLE_CLOSE = ("》", "」", "』")


def bare_articles(text: str, joined: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """Bare articles of a Chinese, Japanese or Korean law outside the mentions already found (`joined`, apart from
    each other; with no law yet), except those of a terms document named before them in their sentence
    ("根据用户协议，第5条")."""
    if "条" not in text and "조" not in text and "條" not in text:
        return []
    found: list[tuple[int, int, str | None]] = []
    mentions = sorted(joined)  # apart (without_overlaps): their ends ascend with their starts
    cursor = 0  # the first mention not ending before the article that is read
    for match in _bare_article().finditer(text):
        start, end = match.span()
        while cursor < len(mentions) and mentions[cursor][1] <= start:
            cursor += 1
        if cursor < len(mentions) and mentions[cursor][0] < end:
            continue
        if text[max(0, start - 2) : start].rstrip(" \t").endswith(_TITLE_CLOSE):
            continue  # "《欧洲人权公约》第八条": right after a title no law was found in, the article is that title's
        since = max(
            [mentions[cursor - 1][1] if cursor else 0]
            + [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - BEFORE_WINDOW), start)]
        )
        if not _document_before(text, start, since):
            found.append((start, end, None))
    return found
