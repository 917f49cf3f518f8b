"""Amount and currency families found on real pages in session 44 (pen44): numbers written as one word (Italian
"trentaseimila", German "zweihunderttausend", Spanish "veinticinco mil"), read part by part; the Italian "euro"
before a figure; Turkish groups with kuruş after a decimal comma and Turkish shares written after their basis;
Korea's fallback cap where turnover is absent or hard to work out; Norway's crowns written the Swedish way.
Every sentence is made up."""

from __future__ import annotations

import pytest
from law_support import find_penalties, find_penalty_shares

from annotations.detectors.money_values import compound_split, words_value

CASES = [
    # A number written as one word, with its currency after it; the near end of a range takes the far end's.
    (
        ("L'Autorità prevede una sanzione da seimila a trentaseimila euro per chi non informa gli utenti.",),
        [("seimila", 6e3, "EUR"), ("trentaseimila euro", 3.6e4, "EUR")],
    ),
    (
        ("Il Garante ha inflitto alla società una sanzione di centoventimila euro.",),
        [("centoventimila euro", 1.2e5, "EUR")],
    ),
    (
        ("Die Aufsichtsbehörde verhängte ein Bußgeld von zweihundertfünfzigtausend Euro.",),
        [("zweihundertfünfzigtausend Euro", 2.5e5, "EUR")],
    ),
    (("Das Bußgeld betrug fünfundzwanzigtausend Euro.",), [("fünfundzwanzigtausend Euro", 2.5e4, "EUR")]),
    # Such a word below a thousand before a larger magnitude word.
    (
        ("Il Garante ha inflitto una sanzione di venticinque milioni di euro.",),
        [("venticinque milioni di euro", 2.5e7, "EUR")],
    ),
    (
        ("La autoridad impuso una multa de veintidós millones de euros.",),
        [("veintidós millones de euros", 2.2e7, "EUR")],
    ),
    # A count of people written so is no money, and neither is a bare one with no range after it.
    (("Al convegno c'erano trentamila persone e nessuna sanzione fu inflitta.",), []),
    (("Die Stadt mit zweihunderttausend Einwohnern zahlte kein Bußgeld.",), []),
    # Figures then the same sum in words, the euro named before the figure as Italian decisions do.
    (
        ("L'Autorità ha ordinato di pagare la somma di euro 6.000,00 (seimila) a titolo di sanzione.",),
        [("euro 6.000,00", 6e3, "EUR"), ("seimila", 6e3, "EUR")],
    ),
    # Words, then the same sum in figures with its sign in brackets, then the currency word: the sign's currency.
    (
        ("The Commission ordered the lender to pay a fine of Sixty Thousand (P60,000) Pesos.",),
        [("Sixty Thousand", 6e4, "PHP"), ("P60,000", 6e4, "PHP")],
    ),
    # A count restated in bare figures takes no currency and stays none.
    (("The app has two million (2,000,000) users and was fined P50,000.",), [("P50,000", 5e4, "PHP")]),
    # "euro" before a year or a version number is none.
    (("La zona euro 2024 ha chiuso con una crescita modesta.",), []),
    # Turkish groups whose last holds kuruş after a decimal comma.
    (
        ("Kurul, şirkete 218 milyon 406 bin 77,35 lira idari para cezası verdi.",),
        [("218 milyon 406 bin 77,35 lira", 218406077.35, "TRY")],
    ),
    # Korea's fallback cap, far from the surcharge's noun; a firm's sales stay none.
    (
        ("과징금은 매출이 없거나 산정이 곤란한 경우에는 5억원을 초과하지 않는 범위에서 부과한다.",),
        [("5억원", 5e8, "KRW")],
    ),
    (("그 회사는 지난해 매출 5000억원을 올렸다.",), []),
    # Crowns: in an article about Norway the Swedish plural and the bare singular are NOK; about Sweden, SEK.
    (("Norway's regulator fined the app 30 million kronor.",), [("30 million kronor", 3e7, "NOK")]),
    (("Sweden's regulator fined the app 30 million kronor.",), [("30 million kronor", 3e7, "SEK")]),
    (
        ("The firm faces a 50 million-krone fine from Norwegian regulators.",),
        [("50 million-krone", 5e7, "NOK")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_real_page_amount_families(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]
) -> None:
    assert find_penalties(*paragraphs) == expected


SHARES = [
    # A Turkish share after its basis, the number's case ending after an apostrophe, a rate word after it.
    (
        "Kurul, şirkete günlük gelirlerinin onbinde 3'ü oranında para cezası uygulanmasına karar verdi.",
        [("günlük gelirlerinin onbinde 3'ü", None, None, 0.03)],
    ),
    (
        "Kurul, teşebbüslere yıllık gayri safi gelirlerinin yüzde 10'una kadar idari para cezası verebilir.",
        [("yıllık gayri safi gelirlerinin yüzde 10'una", None, None, 10.0)],
    ),
    # Without a rate word the share is a fact about the firm.
    ("Kurul para cezası verdi. Şirketin gelirlerinin yüzde 40'ı reklamlardan geliyor.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_real_page_share_families(
    text: str, expected: list[tuple[str, float | None, str | None, float]]
) -> None:
    assert find_penalty_shares(text) == expected


WORDS = [
    ("trentaseimila", ("trenta", "sei", "mila"), 36e3),
    ("duecentomila", ("due", "cento", "mila"), 2e5),
    ("ventottomila", ("vent", "otto", "mila"), 28e3),
    ("duemilacinquecento", ("due", "mila", "cinque", "cento"), 2500.0),
    ("zweihunderttausend", ("zwei", "hundert", "tausend"), 2e5),
    ("einundzwanzigtausend", ("ein", "und", "zwanzig", "tausend"), 21e3),
]


@pytest.mark.parametrize(("word", "parts", "value"), WORDS)
def test_numbers_written_as_one_word(word: str, parts: tuple[str, ...], value: float) -> None:
    assert compound_split(word) == parts
    assert words_value(word) == value


@pytest.mark.parametrize("word", ["settembre", "sechs", "zeitung", "treno", "mila"])
def test_words_that_are_no_compound(word: str) -> None:
    assert compound_split(word) is None
