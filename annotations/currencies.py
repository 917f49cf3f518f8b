"""Views of money.toml, the one source of currency signs, codes, words and magnitudes."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from annotations.detectors.trie import longest_first
from annotations.knowledge import Entry, vocabulary
from parsers.scripts import HANGUL_SYLLABLES

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
def letter_signs() -> dict[str, str]:
    """Signs made of letters ("R", "N", "RM") that are money only before a money-like number."""
    fields = ("letter_signs", "place_letter_signs")
    return {
        form: entry.get("code") for entry in currencies() for field in fields for form in entry.get(field, ())
    }


@cache
def place_letter_signs() -> dict[str, str]:
    """Letter signs that are money only in an article naming their currency's place ("KD", "UF", "Q"),
    each with that jurisdiction."""
    return {
        form: entry.get("jurisdiction")
        for entry in currencies()
        for form in entry.get("place_letter_signs", ())
    }


def _unit_jurisdictions(flag: str) -> dict[str, str]:
    """Each name written after a number of a unit of account whose entry sets `flag`, with its jurisdiction."""
    units = vocabulary(MONEY).role("unit_of_account")
    return {
        form: entry.get("jurisdiction")
        for entry in units
        if entry.get(flag)
        for form in entry.get("after", ())
    }


@cache
def unit_places() -> dict[str, str]:
    """Names of units of account written after a number, each with the jurisdiction whose laws count in it
    ("UTM", "unidades tributarias mensuales": Chile)."""
    return _unit_jurisdictions("jurisdiction")


@cache
def place_bound_units() -> dict[str, str]:
    """Names of units that count only in an article pointing to their place (`place_bound`): "UTA" is Chile's
    annual tax unit, and the Utah Transit Authority."""
    return _unit_jurisdictions("place_bound")


@cache
def unit_languages() -> dict[str, str]:
    """Abbreviations of units of account (capitals: "UTM", "U.T.A."), each with the language its place writes
    (`language`): outside that language such letters are something else (a map grid, a tracking tag)."""
    return {
        form: entry.get("language")
        for entry in vocabulary(MONEY).role("unit_of_account")
        if entry.get("language")
        for form in entry.get("after", ())
        if form.isupper()
    }


@cache
def language_words() -> dict[str, frozenset[str]]:
    """The short words of each language that tell a text written in it (role language_words)."""
    found: dict[str, set[str]] = {}
    for entry in vocabulary(MONEY).role("language_words"):
        found.setdefault(entry.get("language"), set()).update(entry.phrases)
    return {language: frozenset(words) for language, words in found.items()}


@cache
def language_places() -> dict[str, str]:
    """Languages written in one place only, each with that place (a language_words entry's `jurisdiction`):
    an article in Danish is set in Denmark, where its kroner are Danish."""
    return {
        entry.get("language"): entry.get("jurisdiction")
        for entry in vocabulary(MONEY).role("language_words")
        if entry.get("jurisdiction")
    }


@cache
def plain_letter_signs() -> frozenset[str]:
    """Letter signs that papers also write before a plain number of three digits or more ("Dh 3000")."""
    return frozenset(form for entry in currencies() for form in entry.get("plain_letter_signs", ()))


@cache
def unspaced_magnitudes() -> dict[str, float]:
    """Magnitude characters of Chinese, Japanese and Korean amounts ("万", "億", "억"), each with its factor."""
    return {
        char: float(factor)
        for entry in vocabulary(MONEY).role("unspaced_magnitude")
        for char, factor in (entry.get("factors") or {}).items()
    }


@cache
def unspaced_group() -> float:
    """The size of a group of digits in Chinese, Japanese and Korean amounts (ten thousand): a magnitude
    below it is a place inside the group ("1천168억" is 1,168 hundred millions)."""
    return max(float(entry.get("group", 0)) for entry in vocabulary(MONEY).role("unspaced_magnitude"))


@cache
def unspaced_not_bare() -> frozenset[str]:
    """Magnitude characters that close no amount written without a currency (조: also a law's article)."""
    return frozenset(
        char for entry in vocabulary(MONEY).role("unspaced_magnitude") for char in entry.get("not_bare", ())
    )


@cache
def unspaced_counters() -> tuple[str, ...]:
    """Korean counters after a number and magnitude with no currency ("87만 명": people, not won)."""
    return tuple(phrase for entry in vocabulary(MONEY).role("unspaced_counter") for phrase in entry.phrases)


@cache
def unspaced_count_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words for people or a count before a number with no currency ("이용자 3370만의"): the Korean ones, matched as
    a whole word, and the Chinese and Japanese ones, matched as the end of the text before the number."""
    nouns = [phrase for entry in vocabulary(MONEY).role("unspaced_count_noun") for phrase in entry.phrases]
    korean = frozenset(noun for noun in nouns if _HANGUL.search(noun))
    return korean, tuple(noun for noun in nouns if noun not in korean)


_HANGUL = re.compile(f"[{HANGUL_SYLLABLES}]")


@cache
def unspaced_particles() -> tuple[str, ...]:
    """Korean particles joined to an amount with no currency that still end it ("151억을 부과")."""
    return tuple(phrase for entry in vocabulary(MONEY).role("unspaced_particle") for phrase in entry.phrases)


@cache
def unspaced_currencies() -> tuple[dict[str, str], dict[str, str]]:
    """Currency words of Chinese, Japanese and Korean amounts: (before the number, after it), each with its code."""
    before = {form: entry.get("code") for entry in currencies() for form in entry.get("unspaced_before", ())}
    after = {form: entry.get("code") for entry in currencies() for form in entry.get("unspaced_after", ())}
    return before, after


@cache
def written_after() -> dict[str, str | None]:
    """Words, codes and signs written after a number ("euros", "CHF", "€", "mdp"), each with its ISO code;
    a unit of account ("UTM") has none."""
    plain = {form: entry.get("code") for entry in currencies() for form in entry.get("after", ())}
    units = {
        form: None for entry in vocabulary(MONEY).role("unit_of_account") for form in entry.get("after", ())
    }
    return plain | {form: code for form, (code, _factor) in scaled_after().items()} | units


@cache
def scaled_after() -> dict[str, tuple[str, float]]:
    """Abbreviations after a number that carry a magnitude ("500 mdp"), each with its code and factor."""
    return {
        form: (entry.get("code"), factor)
        for entry in currencies()
        for form, factor in (entry.get("scaled_after") or {}).items()
    }


@cache
def local_currencies() -> dict[str, dict[str, str]]:
    """For each form another currency owns by default ("$", "¥", "pesos"): jurisdiction -> local code."""
    found: dict[str, dict[str, str]] = {}
    for entry in currencies():
        for form in entry.get("local", ()):
            found.setdefault(form.lower(), {})[entry.get("jurisdiction")] = entry.get("code")
    return found


@cache
def locals_when_written() -> frozenset[tuple[str, str]]:
    """(form, code) pairs whose local reading needs the article to write that currency outright ("$", "CAD")."""
    return frozenset(
        (form.lower(), entry.get("code"))
        for entry in currencies()
        for form in entry.get("local_when_written", ())
    )


@cache
def own_dollar_forms() -> dict[str, tuple[str, ...]]:
    """For each currency with `local_when_written`, its own signs, codes and words ("C$", "CAD", "Canadian dollars"),
    the longest first; not the signs it shares with other dollars ("$")."""
    found: dict[str, tuple[str, ...]] = {}
    for entry in currencies():
        if not entry.get("local_when_written"):
            continue
        shared = {form.lower() for form in entry.get("local", ())}
        forms = {
            form
            for field in ("before", "after")
            for form in entry.get(field, ())
            if form.lower() not in shared
        }
        found[entry.get("code")] = tuple(longest_first(forms))
    return found


@cache
def own_dollar_names() -> dict[str, re.Pattern[str]]:
    """For each currency with `local_when_written`, its own signs, codes and words as a pattern: "C$", "CAD",
    "Canadian dollars" written anywhere, with or without a number, establish that dollar for a bare "$"."""
    found: dict[str, re.Pattern[str]] = {}
    for code, forms in own_dollar_forms().items():
        # Words in any case ("canadian dollars"); signs and codes as written, so that "CAD software" is no "cad".
        words = "|".join(
            f"(?i:{re.escape(form)})" if form != form.upper() else re.escape(form) for form in forms
        )
        found[code] = re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])")
    return found


@cache
def home_jurisdiction() -> dict[str, str]:
    """The jurisdiction of each currency code that names one ("USD" -> "US")."""
    return {
        entry.get("code"): entry.get("jurisdiction") for entry in currencies() if entry.get("jurisdiction")
    }


@cache
def sign_chars() -> str:
    """The currency symbols among the signs ("$€£..."), in a stable order."""
    forms = list(written_before()) + list(written_after())
    chars = {char for form in forms for char in form if unicodedata.category(char) == "Sc"}
    return "".join(sorted(chars))


@cache
def glued_sign_chars() -> str:
    """The currency symbols that may follow a word with no space, as a flattened table's cells run together
    ("Hospital do Barreiro€400,000Portugal"): those that end no longer sign, since after "R" or "A" a "$" is
    the real's or the Australian dollar's."""
    endings = {form[-1] for form in written_before() if len(form) > 1}
    return "".join(char for char in sign_chars() if char not in endings)


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
def magnitude_homes() -> dict[str, str]:
    """Magnitude words, folded, that name their currency when the article names none ("1 crore": rupees)."""
    return {
        word.casefold(): str(entry.get("home"))
        for entry in vocabulary(MONEY).role("magnitude")
        if entry.get("home")
        for word in (*entry.phrases, *entry.get("written", ()))
    }


@cache
def bare_letters() -> frozenset[str]:
    """One-letter magnitudes that read as money with no currency ("fine was 20k")."""
    return frozenset(word for entry in vocabulary(MONEY).role("magnitude") for word in entry.get("bare", ()))


@cache
def comma_decimal_magnitudes() -> frozenset[str]:
    """Magnitude words of languages that write a decimal comma: before them '11.902' is a whole number."""
    return frozenset(
        word.lower()
        for role in ("magnitude", "bound_magnitude")
        for entry in vocabulary(MONEY).role(role)
        if entry.get("decimal_comma")
        for word in entry.phrases
    )


@cache
def comma_decimal_forms() -> frozenset[str]:
    """Currency words after a number whose writers set a decimal comma before any magnitude word ("1,145 mln zł")."""
    return frozenset(
        word.lower()
        for entry in vocabulary(MONEY).role("currency")
        for word in entry.get("decimal_comma_after", ())
    )


@cache
def comma_grouping_magnitudes() -> frozenset[str]:
    """Magnitude words of a decimal-comma language that some countries write after a comma grouping
    thousands: before them "1,500" stays fifteen hundred."""
    return frozenset(
        word.lower()
        for entry in vocabulary(MONEY).role("magnitude")
        for word in entry.get("comma_groups", ())
    )


@cache
def bound_magnitudes() -> dict[str, float]:
    """Magnitude words that count only beside some currencies ("mil" after R$ or before pesos), with factors:
    a word two entries hold has the first one's here ("mil", a thousand); where it stands beside the other
    entry's currencies, the other's (money_forms.bound_factor: "2 mil dollars", a million)."""
    found: dict[str, float] = {}
    for entry in vocabulary(MONEY).role("bound_magnitude"):
        for word in entry.phrases:
            found.setdefault(word, entry.get("factor"))
    return found


@cache
def compound_forms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The magnitude words of an amount written in groups, and the currency words that may close it."""
    entries = vocabulary(MONEY).role("compound")
    words = tuple(word for entry in entries for word in entry.phrases)
    currencies = tuple(word for entry in entries for word in entry.get("words", ()))
    return words, currencies


@cache
def compound_links() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What may join two groups of an amount in groups ("1 miliardo e 200 milioni"), and what may stand between
    its last group and the currency word ("di euro"), besides a space and Spanish "de"."""
    entries = vocabulary(MONEY).role("compound")
    joiners = tuple(word for entry in entries for word in entry.get("joiners", ()))
    links = tuple(word for entry in entries for word in entry.get("links", ()))
    return joiners, links


@cache
def written_magnitudes() -> dict[str, float]:
    """Magnitude words that may follow a written number ("thirty million"), each with its factor."""
    return {
        word: entry.get("factor")
        for entry in vocabulary(MONEY).role("magnitude")
        for word in entry.get("written", ())
    }


@cache
def number_words() -> dict[str, float]:
    """Written numbers and their values."""
    return dict(vocabulary(MONEY).entry("number-words").get("values"))


@cache
def compound_parts() -> dict[str, float]:
    """The parts a number written as one word is read in ("trentaseimila": trenta, sei, mila), lower-cased: the
    written numbers, the forms found only inside such a word, and the thousand words, with their values."""
    entry = vocabulary(MONEY).entry("number-word-compounds")
    parts = {word.lower(): value for word, value in number_words().items()}
    parts.update({word.lower(): value for word, value in entry.get("parts").items()})
    parts.update({word.lower(): 1e3 for word in entry.get("thousands")})
    return parts


@cache
def compound_thousands() -> tuple[str, ...]:
    """The thousand words inside a number written as one word ("mila", "tausend"), lower-cased."""
    return tuple(word.lower() for word in vocabulary(MONEY).entry("number-word-compounds").get("thousands"))


@cache
def number_joiners() -> tuple[str, ...]:
    """Words that join written numbers: "two hundred and fifty", "sete mil e duzentos"."""
    return tuple(vocabulary(MONEY).entry("number-words").get("joiners"))


@cache
def point_words() -> tuple[str, ...]:
    """Words before the decimals of a number read aloud: "six-point-seven billion"."""
    return tuple(vocabulary(MONEY).entry("number-words").get("point_words"))


@cache
def lone_number_words() -> tuple[str, ...]:
    """Words that count as one only right before a magnitude ("a million")."""
    return tuple(vocabulary(MONEY).entry("number-words").get("alone"))


@cache
def english_mil_words() -> frozenset[str]:
    """English number words, after which "mil" is a million ("two mil dollars"), not a thousand ("dos mil")."""
    return frozenset(vocabulary(MONEY).entry("number-words").get("english_mil"))


@cache
def english_mil_currencies() -> frozenset[str]:
    """English currency words after which "a mil" is a million ("a mil dollars"), lower-cased."""
    return frozenset(
        word.lower() for word in vocabulary(MONEY).entry("number-words").get("english_mil_currencies")
    )


@cache
def number_halves() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Phrases that add a half to a written number: before its magnitude word ("two and a half million"),
    and after it ("sette milioni e mezzo")."""
    entry = vocabulary(MONEY).entry("number-words")
    return tuple(entry.get("halves_before")), tuple(entry.get("halves_after"))


@cache
def fraction_words() -> dict[str, float]:
    """Words that take a share of a lone one before a magnitude ("half a million")."""
    return dict(vocabulary(MONEY).entry("number-words").get("fractions"))


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


@cache
def jurisdiction_amount_signs() -> dict[str, tuple[str, ...]]:
    """Currency words that point an article to a jurisdiction only right after an amount ("250 000 Franken",
    not Franconia's "in Franken"), by jurisdiction code."""
    found: dict[str, tuple[str, ...]] = {}
    for entry in currencies():
        if entry.get("amount_cues"):
            code = entry.get("jurisdiction")
            found[code] = found.get(code, ()) + tuple(entry.get("amount_cues"))
    return found
