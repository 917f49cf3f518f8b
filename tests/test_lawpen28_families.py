"""Families of real pages lawpen28 (session 39) found read wrongly: rupees, crore, lakh and thousand as Indian
papers write them outside English (Hindi, Telugu, Tamil, Punjabi: रु. 5 लाख, రూ.1,773 కోట్ల జరిమానా, ரூ.2 லட்சம் அபராதம்),
Hindi fines in groups (51 लाख 60 हजार रुपए) and with no currency (28 करोड़ का जुर्माना), a price of land beside a
fine, and a half after a magnitude written after digits ("3 milioni e mezzo di euro", "R$ 2 milhões e meio")."""

from __future__ import annotations

import pytest
from law_support import find_penalties

Row = tuple[str, float | None, str | None]


INDIAN_SCRIPTS = [
    # Telugu: the rupee's short sign, crore before a noun (కోట్ల) and alone (కోట్లు), the fine word with its
    # case ending (teluguvaartha.in, ap7am.com on the CCI's fines).
    (
        ("నియంత్రణ సంస్థ ఆ బ్యాంకుకు రూ.1,250 కోట్ల జరిమానా విధించింది.",),
        [("రూ.1,250 కోట్ల", 1.25e10, "INR")],
    ),
    (
        ("కోర్టు ఆ సంస్థకు 410 కోట్ల జరిమానాను విధించింది. వారంలోగా 40 కోట్లు, మిగతాది నెలలో చెల్లించాలి.",),
        [("410 కోట్ల", 4.1e9, "INR"), ("40 కోట్లు", 4e8, "INR")],
    ),
    # Tamil: the sign with and without its full stop, lakh and crore, the fine word (dinakaran.com, theekkathir.in).
    (
        ("விதிகளை மீறிய கடைக்கு ரூ.3 லட்சம் அபராதம் விதிக்கப்பட்டது.",),
        [("ரூ.3 லட்சம்", 3e5, "INR")],
    ),
    (
        ("வங்கிகள் ரூ1200கோடி அபராதமாக வசூலித்தன.",),
        [("ரூ1200கோடி", 1.2e10, "INR")],
    ),
    # Sri Lanka's Tamil writes ரூபா and a million (battimedia.lk).
    (
        ("நிறுவனங்களுக்கு 640 மில்லியன் ரூபா அபராதம் விதிக்கப்பட்டுள்ளது.",),
        [("640 மில்லியன் ரூபா", 6.4e8, "LKR")],
    ),
    # Punjabi (jagbani.punjabkesari.in).
    (
        ("ਬੈਂਕ ਨੇ 3 ਕੰਪਨੀਆਂ ’ਤੇ 2.15 ਕਰੋੜ ਰੁਪਏ ਦਾ ਜੁਰਮਾਨਾ ਲਗਾਇਆ ਹੈ।",),
        [("2.15 ਕਰੋੜ ਰੁਪਏ", 2.15e7, "INR")],
    ),
    # Hindi: the short sign before and after the number, thousands, groups and crore with no currency
    # (webdunia.com, biharjharkhandnewsnetwork.com, jagran.com).
    (
        ("नगर निगम ने दुकान पर रु. 5 लाख का जुर्माना लगाया।",),
        [("रु. 5 लाख", 5e5, "INR")],
    ),
    (
        ("अधिकारी ने शोरूम पर एक लाख रू जुर्माने का आदेश दिया।",),
        [("एक लाख रू", 1e5, "INR")],
    ),
    (
        ("एसडीएम ने व्यापारी पर 12 लाख 40 हजार रुपए का जुर्माना लगाया है।",),
        [("12 लाख 40 हजार रुपए", 1.24e6, "INR")],
    ),
    (
        ("बोर्ड ने कंपनी पर 75 हज़ार रुपये का जुर्माना लगाया।",),
        [("75 हज़ार रुपये", 7.5e4, "INR")],
    ),
    (
        ("अदालत ने व्यापारी पर 16 करोड़ का जुर्माना बरकरार रखा।",),
        [("16 करोड़", 1.6e8, "INR")],
    ),
    # Bengali, as papers in Bangladesh write fines in taka, in Bengali digits and in groups (priyo.com,
    # shadhin24.news); imprisonment (কারাদণ্ড) is no fine word.
    (
        ("ভ্রাম্যমাণ আদালত এক ব্যক্তিকে ৩ লাখ ২০ হাজার টাকা জরিমানা করেছে।",),
        [("৩ লাখ ২০ হাজার টাকা", 3.2e5, "BDT")],
    ),
    (
        ("অভিযানে ১১টি কারখানাকে ৪০ লাখ টাকা জরিমানা করা হয়েছে।",),
        [("৪০ লাখ টাকা", 4e6, "BDT")],
    ),
    (("তাকে সাত দিনের কারাদণ্ড দেওয়া হয়েছে এবং ৫ হাজার টাকা ফেরত দিয়েছে।",), []),
    # What a fine's subject bought is no fine; crore of people are no money.
    (
        (
            "एसडीएम ने व्यापारी पर 12 लाख रुपए का जुर्माना लगाया है।",
            "पिछले साल व्यापारी ने 80 लाख रुपए की एक जमीन खरीदी थी।",
        ),
        [("12 लाख रुपए", 1.2e6, "INR")],
    ),
    (
        ("इस लीक से 5 करोड़ लोगों का डेटा उजागर हुआ और कंपनी पर जुर्माना लगा।",),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), INDIAN_SCRIPTS)
def test_indian_scripts(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


HALVES_AFTER_DIGITS = [
    (
        ("Il Garante ha inflitto alla banca una sanzione di 4 milioni e mezzo di euro.",),
        [("4 milioni e mezzo di euro", 4.5e6, "EUR")],
    ),
    (
        ("O Procon aplicou multa de R$ 2 milhões e meio à operadora.",),
        [("R$ 2 milhões e meio", 2.5e6, "BRL")],
    ),
    (
        ("La agencia impuso una multa de 6 millones y medio de euros a la eléctrica.",),
        [("6 millones y medio de euros", 6.5e6, "EUR")],
    ),
    # Without a half, and a half of people, as before.
    (
        (
            "Il Garante ha inflitto una sanzione di 4 milioni di euro; 1 milione e mezzo di clienti sono coinvolti.",
        ),
        [("4 milioni di euro", 4e6, "EUR")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), HALVES_AFTER_DIGITS)
def test_halves_after_digits(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


NOT_PENALTIES = [
    # What a public body pays the party it contracts with is the contract's price; what lawyers get from a case
    # is their fee (revlaw38's finding).
    (("The county paid the operator $1.8 million to run the detention centre.",), []),
    (("Der Landkreis zahlt dem Betreiber jährlich 1,8 Millionen Euro für den Betrieb der Anlage.",), []),
    (("The state's lawyers got $12 million in the settlement.",), []),
    (
        ("Class counsel will get $185 million in the $725 million Meta privacy deal.",),
        [("$725 million", 7.25e8, "USD")],
    ),
    # A fine word nearer the amount still decides; the party that pays a settlement still pays one.
    (
        ("The county paid the operator a $50,000 penalty for the missed deadline.",),
        [("$50,000", 5e4, "USD")],
    ),
    (
        ("Der Landkreis verlangt vom Betreiber eine Vertragsstrafe von 50.000 Euro.",),
        [("50.000 Euro", 5e4, "EUR")],
    ),
    (
        ("Meta paid the state $1.4 billion to settle the biometric case.",),
        [("$1.4 billion", 1.4e9, "USD")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NOT_PENALTIES)
def test_payments_that_are_nofind_penalties(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


FURTHER_AMOUNTS = [
    # An amount with no currency that adds to a fine before it is more of it, in the fine's currency (GUIDELINES'
    # settled case: "fined 12 billion won ... and a further 3.4 billion").
    (
        ("The regulator fined the bank €5 million. It must also pay a further 2 million for filing late.",),
        [("€5 million", 5e6, "EUR"), ("2 million", 2e6, "EUR")],
    ),
    (
        (
            "The regulator fined the bank €5 million.",
            "The bank must pay another 1.5 million for the late report.",
        ),
        [("€5 million", 5e6, "EUR"), ("1.5 million", 1.5e6, "EUR")],
    ),
    # Without an adding word, or after spending, it is no fine.
    (
        ("The regulator fined the bank €5 million. The bank spent a further 2 million on new systems.",),
        [("€5 million", 5e6, "EUR")],
    ),
    (
        ("The regulator fined the bank €5 million. The bank has 2 million customers.",),
        [("€5 million", 5e6, "EUR")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FURTHER_AMOUNTS)
def test_further_amounts(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


SHARES = [
    # A fine's size as a share of a firm named in two words (brandiconimage.com on the NDPC's fine).
    (
        (
            "The commission fined Fidelity Bank 555 million naira. The fine, representing 0.1 percent of Fidelity "
            "Bank’s annual gross revenue for 2023, is the largest yet.",
        ),
        [
            ("555 million naira", 5.55e8, "NGN"),
            ("0.1 percent of Fidelity Bank’s annual gross revenue", None, None),
        ],
    ),
    # A ratio a writer computes stays none.
    (
        ("The commission fined Fidelity Bank 555 million naira, less than 1% of Fidelity Bank’s revenue.",),
        [("555 million naira", 5.55e8, "NGN")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SHARES)
def test_shares_of_named_firms(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


UNITS_IN_THOUSANDS = [
    # Spanish 'mil' before the units Latin American laws count fines in (Colombia's minimum wages, Mexico's UMA).
    (
        ("La ley prevé multas de 50 a 2 mil salarios mínimos para quien trate datos sin permiso.",),
        [("50", 50.0, None), ("2 mil salarios mínimos", 2e3, None)],
    ),
    (("La autoridad puede imponer una multa de hasta 5 mil UMA.",), [("5 mil UMA", 5e3, None)]),
    # Brazil's consumer code counts its fines in UFIR (valor.globo.com); a count of UFIR offices is no fine.
    (
        ("O código prevê multas de 200 a 3 milhões de UFIRs para o fornecedor infrator.",),
        [("200", 200.0, None), ("3 milhões de UFIRs", 3e6, None)],
    ),
    (("A Receita abriu 3 novas UFIRs no estado, mas nenhuma multa foi aplicada.",), []),
    # An amount in groups with no currency word, where its phrase ends, takes the article's (expediente27.com).
    (
        (
            "El INAI multó al banco con 21 millones 415 mil 45 pesos. La aseguradora recibió una multa de 6 "
            "millones 765 mil 633, según el instituto.",
        ),
        [("21 millones 415 mil 45 pesos", 21415045.0, "MXN"), ("6 millones 765 mil 633", 6765633.0, "MXN")],
    ),
    (("El INAI multó al banco. En 2023 hubo 2 millones 300 mil usuarios afectados.",), []),
    # 'mil' before no currency or unit stays no amount.
    (("La autoridad recibió 2 mil quejas y multó a la empresa.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), UNITS_IN_THOUSANDS)
def test_units_in_thousands(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected


ORDERED_PAYMENTS = [
    # A headline's regulator that orders a payment (the FCCPC's order against Meta, as Nigerian papers wrote it).
    (
        ("Nigerian regulator orders 310 million dollar payment over data practices",),
        [("310 million dollar", 3.1e8, "USD")],
    ),
    (("The regulator ordered the bank to stop; the bank then made a $5 million payment to its vendor.",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ORDERED_PAYMENTS)
def test_ordered_payments(paragraphs: tuple[str, ...], expected: list[Row]) -> None:
    assert find_penalties(*paragraphs) == expected
