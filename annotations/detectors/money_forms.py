"""How amounts are written: the patterns built from money.toml (the value of what they match is money_values.py's,
its functions named here too).

Every pattern starts at a boundary it cannot start inside again, so a long run of digits or
currency signs is scanned once, never retried from each position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from re import _parser as sre_parse  # type: ignore[attr-defined]

from annotations.currencies import (
    MONEY,
    bare_letters,
    compound_forms,
    compound_links,
    compound_parts,
    english_mil_words,
    fraction_words,
    glued_sign_chars,
    letter_signs,
    lone_number_words,
    magnitudes,
    number_halves,
    number_joiners,
    number_words,
    plain_letter_signs,
    point_words,
    sign_chars,
    unspaced_count_nouns,
    unspaced_counters,
    unspaced_currencies,
    unspaced_group,
    unspaced_magnitudes,
    unspaced_not_bare,
    unspaced_particles,
    written_after,
    written_before,
    written_magnitudes,
)
from annotations.detectors.first_chars import lookahead
from annotations.detectors.money_values import NO_CENTS, compound_split, is_year
from annotations.detectors.money_values import commas_descend as commas_descend
from annotations.detectors.money_values import compound_descends as compound_descends
from annotations.detectors.money_values import compound_value as compound_value
from annotations.detectors.money_values import digits_value as digits_value
from annotations.detectors.money_values import magnitude_factor as magnitude_factor
from annotations.detectors.money_values import parse_number as parse_number
from annotations.detectors.money_values import unspaced_value as unspaced_value
from annotations.detectors.money_values import words_value as words_value
from annotations.detectors.trie import literal_trie, longest_first
from annotations.knowledge import vocabulary
from parsers import scripts

# Indian grouping first ("5,00,000": lakhs in pairs before the last three digits); then thousands
# in groups of three after a comma, a full stop, a (thin, no-break) space or an apostrophe, straight,
# closing or opening (Swiss "250'000", "3‘876‘465 Franken" in a table: baublatt.ch), also a comma and
# a space as some papers print them ("2, 975, 000"); two decimals at
# most after them. Else a plain or decimal number, its digit runs taken whole (possessive): nothing
# that may follow a number starts with a digit, so giving one back never helps, and on a long run
# of digits it would cost a retry per digit.
# NUMBER after its first digit: a pattern that opens with that digit lets re skip in C to the next
# digit, where one that opens with a lookaround is tried at every position.
# The most groups an amount's digits come in: "1,000,000,000,000,000,000" is a sextillion, past any fine or
# turnover. Bounded, so that each digit of a run of groups that makes no amount ("1 000 000 …" with no currency,
# spaces being no mark the start is barred after) reads a few groups, not the rest of the run: unbounded, 50,000
# characters of such a run took minutes, growing with the square of its length.
MAX_DIGIT_GROUPS = 6
NUMBER_AFTER_DIGIT = (
    rf"\d?(?:,\d{{2}}){{1,{MAX_DIGIT_GROUPS}}},\d{{3}}(?![\d,])(?:\.\d{{1,2}})?"
    rf"|\d{{0,2}}(?:(?:,|\.|\u00a0|\u202f|\u2009|\u2007|'|’|‘|,? (?=\d{{3}}(?!\d)))\d{{3}}){{1,{MAX_DIGIT_GROUPS}}}"
    rf"(?:[.,]\d{{1,2}}|{NO_CENTS})?(?!\d)"
    rf"|\d*+(?:[.,]\d++|{NO_CENTS})?"
)
NUMBER = rf"\d(?:{NUMBER_AFTER_DIGIT})"
_SEPARATED = re.compile(r"\d[,.\u00a0\u202f\u2009\u2007 '’‘]\d")
_PLAIN = re.compile(r"\d{3,7}$")


def alternation(words: Iterable[str]) -> str:
    """Literal words as one alternation, longest first."""
    return "|".join(map(re.escape, longest_first(words)))


def folded_trie(words: Iterable[str]) -> str:
    """Literal words as a trie for a pattern that ignores case: lower-cased, so variants share
    branches and the longest is still tried first (the plain alternation when lowering would
    change a word's length, which re does not do)."""
    words = set(words)
    if any(len(word.lower()) != len(word) for word in words):
        return alternation(words)
    return literal_trie({word.lower() for word in words})


def role(name: str) -> str:
    """Every entry of a role of money.toml as one alternation, in file order."""
    return "|".join(entry.regex for entry in vocabulary(MONEY).role(name))


def _magnitude(group: str = "magnitude") -> str:
    """An optional magnitude word after digits: "5m", "₹213.14-crore", "1,2 Mio."."""
    return rf"(?:[\s\u00a0-]?(?P<{group}>{alternation(magnitudes())})(?!\w))?"


@cache
def sign_form() -> re.Pattern[str]:
    """A sign or code before the number: "$25 million", "CHF 250'000", "U.S. $5 million", "R5 million".

    Signs made of letters ("R", "TL") match in the `letter` group; money_like() decides on them.
    """
    # As tries: at a capital letter, one branch per next character instead of every sign in turn.
    prefixes, letters = literal_trie(written_before()), literal_trie(letter_signs())
    signs = re.escape(sign_chars())
    either = rf"(?P<prefix>{prefixes})|(?P<letter>{letters})"
    # The currency's word may follow as well: "$21.000 millones de pesos", "R$ 2 milhões de reais".
    tail = rf"(?:\s(?:de\s)?(?P<tail>{folded_trie(written_after())})(?![\w{signs}]))?"
    # A half after a magnitude word (a letter before it): "R$ 2 milhões e meio".
    half = rf"(?:(?<=[^\W\d])\s(?P<half>{alternation(number_halves()[1])}))?"
    # A symbol that ends no longer sign may follow a word directly, as a flattened table's cells run together.
    start = rf"(?:(?<![\w.{signs}])|(?<=[^\W\d_])(?=[{re.escape(glued_sign_chars())}]))"
    return re.compile(
        rf"{lookahead(either)}{start}(?:{either})(?P<gap>\s?)(?P<number>{NUMBER}){_magnitude()}{half}{tail}"
    )


@cache
def unspaced_form() -> re.Pattern[str]:
    """A Chinese, Japanese or Korean amount: digits, up to five magnitudes each with its digits, then the
    currency's character ("人民币80.26亿元", "4億5000万円", "6억4000만원", "1억 330만 원", "44억 8,000만원": a
    group of four digits may carry a thousands comma, as Korean news writes it); a magnitude
    may be two characters that multiply ("5천만원", "15억 3천만원", "3千万円": thousand ten-thousands);
    a thousand opens a group that the next magnitude closes ("1천347억9100만원"), in each group ("1천400억4천900만원":
    yna.co.kr on Coupang's surcharges, via newspic.kr); digits with no magnitude may
    stand last, before the currency's character ("622万2000ユーロ").
    After a sign or code of its own ("¥500万", "₩50억", "HK$100万"), the magnitude ends the amount with no
    currency character after it."""
    before, after = unspaced_currencies()
    big = alternation(unspaced_magnitudes())
    number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    signs = alternation(written_before())
    return re.compile(
        rf"(?:(?P<prefix>{alternation(before)})\s?|(?P<sign>{signs})\s?)?(?<![\d.,])(?P<number>{number})"
        rf"(?:\s?(?P<magnitude>(?:{big}){{1,2}})(?P<rest>(?:\s?(?:\d,\d{{3}}|\d{{1,4}})\s?(?:{big}){{1,2}}){{1,4}})?"
        rf"(?P<ones>\d{{1,4}}(?=\s?(?:{alternation(after)})))?)?"
        rf"(?:\s?(?P<suffix>{alternation(after)})|(?(sign)(?(magnitude)|(?!))|(?(magnitude){_bare_unspaced_end()}|(?!))))"
    )


def bare_unspaced_closed(match: re.Match[str]) -> bool:
    """Whether an amount of unspaced_form written with no currency ends on a magnitude that closes a group of
    four digits (만, 万, 억, 亿, 조): "5천" alone may be anything's five thousand; and none of a script written
    with spaces (Thai ล้าน), whose words run on after it."""
    rest = match.group("rest") or ""
    last = (rest.rstrip() or match.group("magnitude") or "")[-1:]
    if unspaced_magnitudes().get(last, 0) < unspaced_group() or last in unspaced_not_bare():
        return False  # "5천" alone, "제29조" (an article)
    # Written among Latin words ("Room 5万 holds 3千 chairs") it is no amount of a Chinese or Korean text.
    before = match.string[max(0, match.start() - 2) : match.start()].rstrip()[-1:]
    after = match.string[match.end() : match.end() + 2].lstrip()[:1]
    return not (_LATIN.match(before) or _LATIN.match(after) or _counted(match))


def _counted(match: re.Match[str]) -> bool:
    """Whether a word for people or a count stands right before the number ("이용자 3370만의 정보", "회원 수
    4500만", "用户5000万"), also with its particle as the sentence's topic or subject ("가입자는 2000만이었다",
    "피해자가 1200만에 달한다"): it counts those, not money."""
    before = match.string[max(0, match.start() - MAX_COUNT_NOUN_CHARS) : match.start()].rstrip()
    korean, unspaced = unspaced_count_nouns()
    words = before.split()
    return (bool(words) and _count_noun(words[-1], korean)) or before.endswith(unspaced)


def _count_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether a Korean word is a count noun, bare or with a particle joined to it."""
    return word in nouns or any(
        word.endswith(particle) and word[: -len(particle)] in nouns for particle in unspaced_particles()
    )


# The longest word for people or a count read before a number with no currency, with room for a space.
MAX_COUNT_NOUN_CHARS = 12


_LATIN = re.compile(r"[A-Za-z]")


def _bare_unspaced_end() -> str:
    """What may follow an amount of digits and magnitudes written with no currency, as Korean and Chinese
    headlines write a fine ("과징금 724억→151억 확정", "罚款5000万，"): no letter, digit, counter or currency
    word, only a Korean particle (unspaced_particle). Its currency is the article's (currency_context)."""
    counters = alternation(unspaced_counters())
    particles = alternation(unspaced_particles())
    return (
        rf"(?P<bare_cjk>)(?:(?=(?:{particles})(?!\w))|(?!\w))(?!\s?\d)"
        rf"(?!\s?(?:{counters})(?:{particles})?(?!\w))"
    )


@cache
def pair_links() -> frozenset[str]:
    """The pair_link phrases, stripped and folded: what lists two amounts as a pair ("and", "bzw.")."""
    return frozenset(
        phrase.strip().casefold() for entry in vocabulary(MONEY).role("pair_link") for phrase in entry.phrases
    )


@cache
def range_opener_before() -> re.Pattern[str]:
    """A word that opens a range ("between"), right before a number: searched in the few characters before it."""
    return re.compile(rf"(?<!\w)(?:{role('range_opener')})\s\Z", re.IGNORECASE)


@cache
def share_links() -> frozenset[str]:
    """The share_link phrases as written, spaces included (" or ", " oder ")."""
    return frozenset(phrase for entry in vocabulary(MONEY).role("share_link") for phrase in entry.phrases)


@cache
def elided_share() -> re.Pattern[str]:
    """A share with no basis right after an amount and a share_link ("€10 million[ or 2%]"): the share ends
    there, before a stop, a comma, a link or the sentence's end, never before a basis of its own."""
    links = {phrase.strip() for entry in vocabulary(MONEY).role("share_link") for phrase in entry.phrases}
    return re.compile(
        rf"(?:{role('share_link')})(?P<number>\d{{1,2}}(?:[.,]\d{{1,2}})?)\s?(?:{role('percent')})"
        rf"(?=\s?[,;.)]|\s(?:bzw\.|{alternation(links)})\s|$)"
    )


@cache
def bound_forms() -> tuple[re.Pattern[str], ...]:
    """A magnitude word that counts only beside some currencies: after their sign ("R$ 7,2 mil") or
    before their word ("500 mil pesos"); not the first word of a larger one ("mil millones"). Each
    entry pairs its words with its own currencies: Czech "mil." is a million before crowns only, not
    Portuguese "R$ 50 mil." at a sentence's end."""
    return tuple(_bound_factors())


def bound_factor(pattern: re.Pattern[str]) -> float | None:
    """The factor of the magnitude word of one of bound_forms' patterns, by its entry: one word may be
    two entries' ("mil", a thousand before pesos, a million before dollars)."""
    return _bound_factors().get(pattern)


@cache
def _bound_factors() -> dict[re.Pattern[str], float]:
    """bound_forms' patterns, in order, with their entries' factors."""
    chars = re.escape(sign_chars())
    found: dict[re.Pattern[str], float] = {}
    for entry in vocabulary(MONEY).role("bound_magnitude"):
        not_before = entry.get("not_before", ())
        later = rf"(?!\s(?:{alternation(not_before)}))" if not_before else ""
        bound = rf"(?i:(?P<bound>{alternation(entry.phrases)})(?!\w){later})"
        links = rf"(?:(?:{alternation(entry.get('links'))})\s)?" if entry.get("links") else ""
        if entry.get("signs"):
            before_sign = rf"(?P<prefix>{alternation(entry.get('signs'))})"
            signed = rf"{lookahead(before_sign)}(?<![\w.{chars}]){before_sign}(?P<gap>\s?)(?P<number>{NUMBER})\s{bound}"
            found[re.compile(signed)] = entry.get("factor")
        if entry.get("words"):
            worded = (
                rf"(?=\d)(?<![\w.,{chars}])(?P<number>{NUMBER})\s{bound}\s{links}"
                rf"(?P<suffix>{alternation(entry.get('words'))})(?![\w{chars}])"
            )
            found[re.compile(worded, re.IGNORECASE)] = entry.get("factor")
    return found


# The longest figure or written number read inside brackets before a currency word: "(five million)".
BRACKETED_REACH = 40


@cache
def bracketed_form() -> re.Pattern[str]:
    """A figure or a written number in brackets right before its currency's word, as Gulf laws and their
    translations write a fine's ceiling: "(five million) Riyals", "(5,000,000) Riyals", "(ثلاثة ملايين) ريال".
    What is inside is read as an amount by the other forms (money.py); here only its frame."""
    signs = re.escape(sign_chars())
    # Case is ignored only in the word: a pattern that opens with "(" under IGNORECASE is tried at every position.
    return re.compile(
        rf"\((?P<inner>[^()\n]{{1,{BRACKETED_REACH}}})\)[ \u00a0](?P<suffix>(?i:{folded_trie(written_after())}))(?![\w{signs}])"
    )


@cache
def compound_form() -> re.Pattern[str]:
    """An exact amount in groups of digits and magnitude words, then its currency: "46 millones 849 mil 777 pesos".

    At most four groups (billions, millions, thousands and one more): every group's digits may open a
    match, so an unbounded run of groups with no currency ("2 milyon 500 bin 2 milyon …") was read to
    its end from each of them, quadratic in its length."""
    words, currencies = compound_forms()
    joiners, links = compound_links()
    group = rf"\d{{1,3}}\s(?:{alternation(words)})(?!\w)"
    joined = rf"\s(?:(?:{alternation(joiners)})\s)?" if joiners else r"\s"
    link = alternation(("de", *links))
    # With no currency word, where a phrase ends, it takes the article's: "21 millones 415 mil 45 pesos; el otro con 6
    # millones 765 mil 633, y ..." (expediente27.com on the INAI's fines).
    return re.compile(
        rf"(?=\d)(?<![\w.,])(?P<compound>{group}(?:(?:{joined}{group}){{1,3}}{_COMPOUND_LAST}|{_COMPOUND_ONLY_LAST}))"
        rf"(?:\s(?:(?:{link})\s)?(?P<suffix>{alternation(currencies)})(?!\w)|(?=[,;.](?:\s|$)))",
        re.IGNORECASE,
    )


# The last group of an amount in groups, its cents after a point: "12 millones 782 mil 949.06 pesos"; after a
# single group it must be there ("1 mil 093.02 pesos"). It may hold the thousands too, grouped by a separator, as
# Mexican papers also write a fine: "2 millones 33,000 pesos" (idconline.mx).
_COMPOUND_ONLY_LAST = r"\s\d{1,3}(?:(?:[,.]\d{3})?\.\d{1,2}|,\d{1,2}(?!\d)|[,.]\d{3})?(?![\d.]|,\d)"
_COMPOUND_LAST = rf"(?:{_COMPOUND_ONLY_LAST})?"


@cache
def worded_compound_form() -> re.Pattern[str]:
    """An amount in groups whose first number is a word: "seis millones 765 mil 633 pesos", "un millón 372 mil
    195.89 pesos", as Mexican papers write them; at least one group of digits follows the worded one."""
    words, currencies = compound_forms()
    scale = alternation(words)
    head = rf"(?:{alternation([*number_words(), *lone_number_words()])})\s(?:{scale})(?!\w)"
    group = rf"\d{{1,3}}\s(?:{scale})(?!\w)"
    return re.compile(
        rf"(?<![\w.,])(?P<compound>{head}(?:(?:\s{group}){{1,3}}{_COMPOUND_LAST}|{_COMPOUND_ONLY_LAST}))"
        rf"\s(?:de\s)?(?P<suffix>{alternation(currencies)})(?!\w)",
        re.IGNORECASE,
    )


def _bare_end() -> str:
    """What may follow an amount with no currency: the end of a phrase, or a word of the bare_end role."""
    return rf"\s*(?:$|[.,;:!?)\]\n|–—-]|(?:{role('bare_end')})(?!\w))"


def _count_after() -> str:
    """A bound that makes an amount with no currency a count: "1 million or more users" (a word no bare_end
    word follows "or more"), not "1.2 billion or more in surcharges"."""
    return rf"\s*(?:{role('count_after')})\s+(?!(?:{role('bare_end')})(?!\w))[^\W\d_]"


@cache
def bare_end() -> re.Pattern[str]:
    """What may follow an amount with no currency, to match at its end."""
    return re.compile(_bare_end(), re.IGNORECASE)


@cache
def number_form() -> re.Pattern[str]:
    """Digits first, then what they are, tried in this order in one scan:

    a currency after them ("746 million euros", "1.200.000 €", "7-million-baht"), a share of
    turnover ("4% of annual worldwide turnover"), or a magnitude alone ("a further 3.4 billion"),
    whose currency the article gives.
    """
    signs = re.escape(sign_chars())
    magnitude = folded_trie(magnitudes())
    # One-letter magnitudes ("57b", "5m") are left out alone: without a currency they are section numbers and
    # metres; only those money.toml lists as bare ("20k") stay.
    bare_words = folded_trie(word for word in magnitudes() if len(word) > 1 or word in bare_letters())
    # A half after the magnitude word, as Italian and Spanish write it after digits too: "3 milioni e mezzo di euro".
    half = rf"(?:\s(?P<half>{alternation(number_halves()[1])}))?"
    suffix = (
        rf"(?:[\s\u00a0-]?(?P<magnitude>{magnitude}){half}(?:{role('currency_link')}|[\s\u00a0-]?)|[\s\u00a0-]?)"
        rf"(?P<suffix>{folded_trie(written_after())})(?![\w{signs}])"
    )
    share = rf"\s?(?P<share>{role('percent')}){_share_qualifier()}\s+{_basis()}(?!\w)"
    bare = rf"[\s\u00a0-]?(?P<bare>{bare_words})(?![\w{signs}])(?={_bare_end()})(?!{_count_after()})"
    # Never from inside a run of groups set apart by apostrophes ("1'000'000", Swiss): each group's start would read
    # the rest of the run again, and a long run would take time growing with its square.
    return re.compile(
        rf"(?P<number>\d(?<![\w.,{signs}]\d)(?<!\d['’‘]\d)(?:{NUMBER_AFTER_DIGIT}))(?:{suffix}|{share}|{bare})",
        re.IGNORECASE,
    )


@cache
def words_form(commas: bool = True) -> re.Pattern[str]:
    """A written number with magnitude words: "seven million", "Rupees Twelve Lakh Fifty Thousand"; with
    `commas`, its groups may be set apart by commas (commas_descend decides whether they were)."""
    # A written number, maybe one of several parts written as one word: "venticinque", "veintidós".
    words = rf"(?:{folded_trie(part for part, value in compound_parts().items() if value != 1e3)}){{1,4}}"
    scale = alternation(written_magnitudes())
    lone = rf"(?:(?:{alternation(fraction_words())})\s)?(?:{alternation(lone_number_words())})"
    next_word = rf"(?:[\s-](?:{words})|{_joined_lower()})"
    before, after = (alternation(phrases) for phrases in number_halves())
    # A number read aloud, its decimals spelled digit by digit: "six-point-seven billion", "550-point-two billion".
    digit = alternation(decimal_digit_words())
    spoken = rf"(?:\d{{1,3}}|(?:{words})(?:-(?:{words}))?)-(?:{alternation(point_words())})-(?:{digit})(?:-(?:{digit})){{0,2}}"
    # A half may stand before the magnitude word ("two and a half million") or after it ("sette milioni e mezzo").
    group = rf"(?:{spoken}|(?:{words})(?:{next_word}){{0,3}}(?:\s(?:{before}))?|{lone})[\s-](?:{scale})(?:\s(?:{after}))?"
    suffix = rf"(?:{role('currency_link')}|[\s-])(?P<suffix>{alternation(written_after())})"
    # Hundreds, tens and units after the last magnitude, only right before a currency word: "forty
    # thousand seven hundred twenty-five dollars".
    # Groups and the tail may be set apart by commas, as a sum restated in words is: "seven hundred and sixty-six
    # million, two hundred and forty-two thousand, five hundred naira".
    gap = r"(?:[\s-]|,\s)" if commas else r"[\s-]"
    tail = rf"(?:{gap}(?:(?:{alternation(number_joiners())})\s)?(?:{words})(?:{next_word}){{0,5}}(?={suffix.replace('?P<suffix>', '')}(?!\w)))"
    return re.compile(
        rf"(?<!\w)(?:(?P<prefix>{alternation(written_before())})\s)?"
        rf"(?P<words>{group}(?:{gap}{group}){{0,2}}{tail}?)"
        # Not the first part of a compound: "ein Millionen-Bußgeld" is a fine in the millions, no amount.
        rf"(?:{suffix})?(?![\w-])",
        re.IGNORECASE,
    )


@cache
def compound_word_form() -> re.Pattern[str]:
    """A number written as one word with a thousand inside ("trentaseimila", "zweihunderttausend"), with the
    currency named before or after it: "trentaseimila Euro", "Euro diecimila". Its parts are compound_parts'; the
    word is read whole, from its first letter (money.py matches it where its thousand word was found)."""
    parts = compound_parts()
    thousands = folded_trie(word for word, value in parts.items() if value == 1e3)
    part = folded_trie(word for word, value in parts.items() if value != 1e3)
    suffix = rf"(?:{role('currency_link')}|\s)(?P<suffix>{alternation(written_after())})"
    return re.compile(
        rf"(?:(?P<prefix>{alternation(written_before())})\s)?"
        rf"(?P<words>(?:{part}){{1,6}}(?:{thousands})(?:{part}){{0,4}})(?![\w-])(?:{suffix})?(?![\w-])",
        re.IGNORECASE,
    )


@cache
def range_link_after() -> re.Pattern[str]:
    """A range link right after a number written as one word, before the far end's digits or another such word:
    " a " of "da seimila a trentaseimila Euro", " bis " of "zehntausend bis fünfzigtausend Euro"."""
    parts = compound_parts()
    thousands = folded_trie(word for word, value in parts.items() if value == 1e3)
    part = folded_trie(word for word, value in parts.items() if value != 1e3)
    return re.compile(rf"(?:{role('range_link')})\s?(?=\d|(?:{part}){{1,6}}(?:{thousands}))", re.IGNORECASE)


@cache
def decimal_digit_words() -> tuple[str, ...]:
    """The words a decimal digit is read aloud in, after a point word: the English number words below ten."""
    return tuple(word for word in english_mil_words() if number_words().get(word, 10) < 10)


def _joined_lower() -> str:
    """A number word joined by 'and' ('e', 'y', 'et') to a word of a higher place before it, as the parts of one
    number are: "two hundred and fifty", "treinta y cinco", "soixante et onze". Two words of the same place joined
    so are the two ends of a range ("entre cinco y seis millones": five to six million), not a sum."""
    values = number_words()
    joiner = rf"\s(?:{alternation(number_joiners())})\s"
    tens = [word for word, value in values.items() if 20 <= value < 100]
    hundreds = [word for word, value in values.items() if value >= 100]
    below_twenty = alternation(word for word, value in values.items() if value < 20)
    below_hundred = alternation(word for word, value in values.items() if value < 100)
    return rf"(?:{_after_any(tens)}){joiner}(?:{below_twenty})|(?:{_after_any(hundreds)}){joiner}(?:{below_hundred})"


def _after_any(words: list[str]) -> str:
    """A look-behind for any of the words (each its own, as re needs a fixed width)."""
    return "|".join(f"(?<={re.escape(word)})" for word in words)


@cache
def self_counting_form() -> re.Pattern[str]:
    """A magnitude word that counts one by itself, then its currency: مليون درهم."""
    words = alternation(p for entry in vocabulary(MONEY).role("self_counting") for p in entry.phrases)
    return re.compile(
        rf"(?<!\w)(?P<words>{words})(?:{role('currency_link')}|\s)(?P<suffix>{alternation(written_after())})(?!\w)"
    )


@cache
def written_trigger() -> re.Pattern[str]:
    """A magnitude word a written number may stand before, or a percent word ("per cent") one may."""
    scales = folded_trie(written_magnitudes())
    shares = "|".join(
        alternative
        for entry in vocabulary(MONEY).role("percent")
        for alternative in entry.alternatives
        if alternative != "%"
    )
    either = rf"(?P<scale>{scales})|(?P<share>{shares})"
    return re.compile(rf"\b{lookahead(either, re.IGNORECASE)}(?:{either})(?!\w)", re.IGNORECASE)


@cache
def trigger_width() -> int:
    """The most characters a written trigger can span."""
    return int(sre_parse.parse(written_trigger().pattern, re.IGNORECASE).getwidth()[1])


# Indic scripts write vowel signs and viramas as combining marks, which are no word characters: the number word
# before a magnitude word is read whole ("তিন লাখ", "दो लाख"), not from its last letter.
_WORD_BEFORE = re.compile(r"((?:[^\W\d_]|[\u0900-\u0dff])+)[\s-]+$")


def _letter(char: str) -> bool:
    """Whether a character may end _WORD_BEFORE's word: one of re's letters ([^\\W\\d_]: alphanumeric, no decimal
    digit) or a character of the Indic blocks, whose vowel signs are combining marks ("दो", "नौ", "सौ" end on one)."""
    return (char.isalnum() and not char.isdecimal()) or "\u0900" <= char <= "\u0dff"


# How far before a magnitude word the written number before it is read: "quattrocentocinquanta milioni" whole.
_BEFORE_REACH = 32


def written_number_before(text: str, position: int) -> bool:
    """Whether the word just before a magnitude word is a written number ("seven million", not "$7 million")."""
    low = max(0, position - _BEFORE_REACH)
    stop = position
    while stop > low and (text[stop - 1].isspace() or text[stop - 1] == "-"):  # str.isspace() is re's \s
        stop -= 1
    if stop in (position, low) or not _letter(text[stop - 1]):
        return False  # "$7 million": no letter ends right before the spaces, and the search is skipped
    match = _WORD_BEFORE.search(text, low, position)
    if match is None:
        return False
    word = match.group(1).lower()
    return (
        word in number_words()
        or word in lone_number_words()
        or word in _half_ends()
        or compound_split(word) is not None
    )


@cache
def _half_ends() -> frozenset[str]:
    """The last words of the half phrases that stand before a magnitude word ("half" of "and a half")."""
    return frozenset(phrase.rsplit(None, 1)[-1].lower() for phrase in number_halves()[0])


@cache
def written_keys() -> tuple[str, ...]:
    """Lower-case pieces one of which every written trigger holds: a text without them has none."""
    words = [word.lower() for word in written_magnitudes()]
    shares = [phrase.lower() for entry in vocabulary(MONEY).role("percent") for phrase in entry.phrases]
    # "cent" stands for the pattern of the percent role ("per cent", "percent" run together).
    return tuple(sorted({*words, *(share for share in shares if share != "%"), "cent"}))


@cache
def written_key_pattern() -> re.Pattern[str]:
    """Any of the written keys, to search a lower-cased text with in one pass, as a trie: at a
    position re follows one branch per next character, where the plain alternation of 74 keys tried
    them in turn (its search found the same first key, 3.5 times slower)."""
    return re.compile(literal_trie(written_keys()))


def _share_qualifier() -> str:
    """Words that may follow a share before the word linking it to its basis: "4 % como máximo del volumen"."""
    return rf"(?:\s+(?:{role('share_qualifier')}))?"


def _basis() -> str:
    """What a share is a share of: "its global annual turnover", "du chiffre d'affaires mondial"."""
    word, noun, after = role("basis_word"), role("basis_noun"), role("basis_after")
    one = rf"(?:(?:{word})\s+){{0,6}}(?:{noun})(?:\s+(?:{after})){{0,3}}"
    return rf"(?:{role('share_of')})\s*{one}(?:\s+or\s+{one})?"


@cache
def percent_words_form() -> re.Pattern[str]:
    """A share in words: "one per cent of annual turnover", "two per cent of gross earnings"."""
    words = alternation(number_words())
    return re.compile(
        rf"(?<!\w)(?P<words>(?:{words})(?:[\s-](?:{words}))?)\s(?:{role('percent')}){_share_qualifier()}\s+{_basis()}(?!\w)",
        re.IGNORECASE,
    )


@cache
def range_tail() -> re.Pattern[str]:
    """The far end of a range after an amount, written without a currency: "$40[-60 million]"."""
    return re.compile(
        rf"(?:{role('range_link')})\s?(?P<number>{NUMBER}){_magnitude()}(?![\w%])", re.IGNORECASE
    )


# How far before an amount a range link may start: the longest is " and not more than ".
LINK_REACH = 24


@cache
def _reversed_links() -> re.Pattern[str]:
    """The range links written backwards, after an optional space: matched once at the start of the reversed
    text before an amount, where a search for a link ending there would try every position of the window."""
    links = {phrase for entry in vocabulary(MONEY).role("range_link") for phrase in entry.phrases}
    return re.compile(rf"\s?(?:{folded_trie(link[::-1] for link in links)})", re.IGNORECASE)


def range_link_before(text: str, start: int, floor: int) -> bool:
    """Whether a range link ends just before `start` (after `floor`): the cheap test before range_head()."""
    return _reversed_links().match(text[max(floor, start - LINK_REACH) : start][::-1]) is not None


@cache
def range_head() -> re.Pattern[str]:
    """The near end of a range before an amount, written without a currency: "[10,000 to ]100,000 yuan"; in
    Chinese and Japanese right after a character ("罰金は[100〜]500万円"), as those scripts set no space."""
    return re.compile(
        rf"(?<![.,])(?<![^\W{scripts.UNSPACED}])(?P<number>{NUMBER}){_magnitude()}\s?(?:{role('range_link')})\s?$",
        re.IGNORECASE,
    )


@cache
def share_head() -> re.Pattern[str]:
    """The near end of a range of shares before a share of turnover: "[1%] to 3% of turnover", "от [0,1] до 3 %
    выручки"."""
    return re.compile(
        rf"(?<![\w.,])(?P<number>{NUMBER})(?:\s?(?P<share>{role('percent')}))?\s?(?:{role('range_link')})\s?$",
        re.IGNORECASE,
    )


# How far before a range's near end a provision word is looked for: "Statutory Instrument 5 to …" aside.
PROVISION_REACH = 24


@cache
def _provision_before() -> re.Pattern[str]:
    """A provision word of law_references.toml, or a law's name as a Turkish article's owner, right before a number."""
    words = "|".join(entry.regex for entry in vocabulary("law_references.toml").role("provision_word"))
    return re.compile(rf"(?<![\w§])(?:{words}|{role('provision_owner')})\s?(?:№\s?)?(?=\d)")


def after_provision_word(text: str, start: int) -> bool:
    """Whether the number at `start` is a provision's ("ст. 13.11 до 18 млн рублей", "Điều 24 đến 100 triệu
    đồng"): never the near end of a range."""
    low = max(0, start - PROVISION_REACH)
    return any(match.end() == start for match in _provision_before().finditer(text, low, start + 1))


def money_like(match: re.Match[str]) -> bool:
    """Whether a sign's number looks like money; a letter sign needs a magnitude, thousands or decimals,
    and a one-letter sign set apart from its number needs a magnitude. The near end of a range whose far
    end has a magnitude has one too: "Rp 4-6 miliar", "R5-10 million"."""
    if not match.group("letter"):
        return True
    tail = range_tail().match(match.string, match.end())
    if tail is not None and tail.group("magnitude"):
        return True
    if len(match.group("letter")) == 1 and match.group("gap"):
        return bool(match.group("magnitude"))  # "R 5 million", but not "R 5,000" or "N 10"
    if match.group("letter") in plain_letter_signs() and _PLAIN.match(match.group("number")):
        return not is_year(match.group("number"))  # "Dh 3000", but not "Dh 2019"
    return bool(match.group("magnitude") or _SEPARATED.search(match.group("number")))
