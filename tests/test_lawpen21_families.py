"""Families of real pages lawpen21 (session 35) found read wrongly: a "$" in a sentence about another country,
treaty articles in German and French (AEUV, TFUE), ranges and lists of lettered points ("lit. a bis h"), German
pairs of amounts sharing one magnitude ("10 bzw. 20 Millionen Euro"), list items whose dash touches the first
word ("-Fiduciary Up to ₹150 Crores"), Korean groups with a thousands comma ("44억 8,000만원") and US bills'
numbers taken for laws ("Senate Bill 1234"); and the scripts' ranges written once (parsers/scripts.py)."""

from __future__ import annotations

import re

import pytest
from law_support import find_laws, settled_currencies

from annotations.detectors.money import find_money
from annotations.detectors.penalties import PenaltyDetector
from parsers import scripts
from parsers.model import Unit

_AU_OPENING = "The Australian regulator says the company could face a penalty under the Privacy Act 1988."

CURRENCY_CASES = [
    # An amount whose sentence names the one country with that dollar takes it (adamlevin.com on an OAIC suit).
    (
        (
            _AU_OPENING,
            "By comparison, the firm paid $5 billion to the United States government and £500k in Britain.",
        ),
        [("$5 billion", "USD"), ("£500k", "GBP")],
    ),
    (
        (
            "The FTC and two US states settled with the broker.",
            "Canada's privacy commissioner ordered $50,000 in fines.",
        ),
        [("$50,000", "USD")],
    ),
    # A Canadian MP's comparison (openparliament.ca): each sentence's own country, up to a semicolon.
    (
        (
            "The car maker settled for $14.7 billion in the U.S. market.",
            "In Canada, the Competition Bureau fined it $2.5 million.",
            "The credit bureau paid $600 million in the United States; Canada fined it nothing.",
        ),
        [("$14.7 billion", "USD"), ("$2.5 million", "USD"), ("$600 million", "USD")],
    ),
    # The sentence names the article's own country, or no place, or two places with a dollar: the article decides.
    # By GUIDELINES' settled case a bare "$" is local only where the article writes the local dollar (A$, C$):
    # none of these articles does, so every bare "$" here is USD (rows with a local dollar written:
    # tests/test_lawpen24_dollars.py).
    ((_AU_OPENING, "Australian courts may order $2.5 million per contravention."), [("$2.5 million", "USD")]),
    ((_AU_OPENING, "The maximum is now $50 million for each breach."), [("$50 million", "USD")]),
    (
        (_AU_OPENING, "Canadian and American fines of $3 million look small beside it."),
        [("$3 million", "USD")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CURRENCY_CASES)
def test_a_sentence_naming_one_dollar_country_places_its_amount(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert settled_currencies(*paragraphs) == expected


LAW_CASES = [
    # Treaty articles are provisions of EU primary law, as "Article 102 TFEU" is (ee-mc.de, ipwiki.de).
    ("Die Kommission stützt sich auf Artikel 102 AEUV.", [("Artikel 102 AEUV", "tfeu")]),
    ("La Commission applique l'article 102 TFUE aux plateformes.", [("article 102 TFUE", "tfeu")]),
    (
        "Art. 102 (2) des Vertrags über die Arbeitsweise der Europäischen Union nennt Beispiele.",
        [("Art. 102 (2) des Vertrags über die Arbeitsweise der Europäischen Union", "tfeu")],
    ),
    # A range or list of lettered points is one reference with its law (dsb-ratgeber.de: lit. a bis h und i).
    (
        "Maßnahmen nach Art. 58 Abs. 2 lit. a bis h und i DSGVO sind möglich.",
        [("Art. 58 Abs. 2 lit. a bis h und i DSGVO", "gdpr")],
    ),
    ("Erlaubt nach Art. 6 Abs. 1 lit. a, b und c DSGVO.", [("Art. 6 Abs. 1 lit. a, b und c DSGVO", "gdpr")]),
    (
        "Processing under Art. 6 para. 1 lit. a to f GDPR is lawful.",
        [("Art. 6 para. 1 lit. a to f GDPR", "gdpr")],
    ),
    # A letter after a link that is an article of the sentence stays out of the reference.
    (
        "Under the GDPR the ground was Art. 6 para. 1 lit. f and a fine followed.",
        [("GDPR", "gdpr"), ("Art. 6 para. 1 lit. f", "gdpr")],
    ),
    ("Die Vorgabe folgt aus Art. 6 Abs. 1 lit. f der DSGVO.", [("Art. 6 Abs. 1 lit. f der DSGVO", "gdpr")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), LAW_CASES)
def test_treaty_articles_and_lettered_point_runs(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert find_laws(paragraph) == expected


PAIR_CASES = [
    # German "bzw." and "oder" pair two amounts the second one's magnitude and currency serve.
    (
        "Die DSGVO sieht Bußgelder von bis zu 10 bzw. 20 Millionen Euro vor.",
        [("10", "EUR"), ("20 Millionen Euro", "EUR")],
    ),
    ("Die Geldbuße beträgt 5 oder 10 Mio. Euro.", [("5", "EUR"), ("10 Mio. Euro", "EUR")]),
    # A year before "oder" is no amount.
    ("In den Jahren 2019 oder 2020 zahlte sie 20 Millionen Euro.", [("20 Millionen Euro", "EUR")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PAIR_CASES)
def test_german_pairs_share_the_second_amounts_unit(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert settled_currencies(paragraph) == expected


def _penalties(*texts: str) -> list[str]:
    units = tuple(Unit(f"b{index}", "block", text, "caption") for index, text in enumerate(texts))
    return [finding.text for finding in PenaltyDetector().detect(units)]


def test_list_items_whose_dash_touches_the_word_share_the_lead_in() -> None:
    """expresscomputer.in's table of DPDP penalties, pasted as lines: every item is a maximum penalty."""
    found = _penalties(
        "As per the Schedule, here are the maximum penalties for different types of breaches:",
        "-Personal Data Breach Up to ₹250 Crores",
        "-Fiduciary Up to ₹150 Crores",
        "-Other Breaches Up to ₹50 Crores",
    )
    assert found == ["₹250 Crores", "₹150 Crores", "₹50 Crores"]


def test_dash_items_after_figures_stay_figures() -> None:
    """The same shape under a lead-in about a company's figures is no penalty."""
    assert _penalties("Here are the company's results for the year:", "-Revenue Up to ₹150 Crores") == []


KOREAN_GROUP_CASES = [
    # Korean news writes the ten-thousands group with a thousands comma (boannews.com: 44억 8,000만원).
    ("방통위는 과징금 44억 8,000만원을 부과했다.", [("44억 8,000만원", 4_480_000_000)]),
    (
        "과징금 2억 1,900만원과 과태료 1,000만원이 부과됐다.",
        [("2억 1,900만원", 219_000_000), ("1,000만원", 10_000_000)],
    ),
    # Without a comma, or a comma that is no group's, as before.
    ("과징금 44억8000만원을 부과했다.", [("44억8000만원", 4_480_000_000)]),
    ("과징금 75억400만원을 부과했다.", [("75억400만원", 7_504_000_000)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), KOREAN_GROUP_CASES)
def test_korean_groups_with_a_thousands_comma(paragraph: str, expected: list[tuple[str, float]]) -> None:
    found = find_money(paragraph)
    assert [(paragraph[m.start : m.end], m.amount) for m in found if m.amount is not None] == expected


BILL_CASES = [
    # A US bill's number names no law (GUIDELINES: "Bill C-99", "H.R. 1234" do not count), with a state or not.
    ("Senate Bill 1234 passed the chamber last week.", []),
    ("Assembly Bill 375 created the CCPA.", [("CCPA", "ccpa")]),
    ("California Senate Bill 1047 was vetoed.", []),
    ("Texas House Bill 4 passed.", []),
    # A named bill is a proposed law.
    ("The Online Safety Bill returns to the Lords.", [("Online Safety Bill", None)]),
    # A place before field words keeps a law's name (ng-itedge page): only a listed phrase loses its place.
    (
        "Fines under the Nigerian Data Protection Regulation were small.",
        [("Nigerian Data Protection Regulation", None)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), BILL_CASES)
def test_a_bills_number_is_no_law(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(paragraph) == expected


SCRIPT_CASES = [
    (scripts.HANGUL_SYLLABLES, "가힣", "ㄱA漢"),
    (scripts.HANGUL_JAMO, "ㄱᄀ", "가"),
    (scripts.KANA, "あア", "漢가"),
    (scripts.KATAKANA + scripts.HALFWIDTH_KATAKANA, "アｱ", "あ"),
    (scripts.CJK_IDEOGRAPHS, "漢㐀", "あ가"),
    (scripts.UNSPACED, "あ漢", "가A"),
    (scripts.CJK, "あ漢가", "AＡ"),
    (scripts.FULLWIDTH_FORMS, "Ａ０", "A"),
    (scripts.THAI, "ก", "A"),
]


@pytest.mark.parametrize(("ranges", "inside", "outside"), SCRIPT_CASES)
def test_script_ranges(ranges: str, inside: str, outside: str) -> None:
    """The one place the scripts' ranges are written (parsers/scripts.py), as the detectors use them."""
    pattern = re.compile(f"[{ranges}]")
    assert all(pattern.match(char) for char in inside)
    assert not any(pattern.match(char) for char in outside)


def _unit_penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


REVENUE_CASES = [
    # A company's sales beside its fine in Korean, Japanese and Chinese news: only the fine is a penalty. The
    # fine word after the sales figure heads it only with a genitive or nothing between (penalties.toml
    # unspaced_head_link); a clause between ("을 올린 A사에") makes the fine another amount's.
    ("공정위는 지난해 매출 6000억원을 올린 A사에 과징금 151억원을 부과했다.", ["151억원"]),
    ("A사의 매출은 6000억 원이며 과징금은 151억 원이다.", ["151억 원"]),
    ("연 매출 1조 2000억원 규모의 B사도 과징금 30억원을 받았다.", ["30억원"]),
    ("C社の売上高1200億円に対し課徴金は8億円となった。", ["8億円"]),
    ("该公司年营业额为300亿元，被罚款2亿元。", ["2亿元"]),
    # A fine word right after the amount, or after a genitive, 'worth' or 'size', still heads it.
    ("골프존이 75억원 상당의 과징금 처분을 받았다.", ["75억원"]),
    ("위원회는 151억원의 과징금을 부과했다.", ["151억원"]),
    ("同社は8億円の課徴金を命じられた。", ["8億円"]),
]


@pytest.mark.parametrize(("paragraph", "expected"), REVENUE_CASES)
def test_sales_beside_a_fine_are_no_penalty(paragraph: str, expected: list[str]) -> None:
    assert _unit_penalties(paragraph) == expected


NUMBERED_LAW_CASES = [
    # An abbreviated article after a law cited by its number and a comma is one reference (prighter.com's KVKK
    # text: "Law No. 7499, art. 35"; Brazilian writing: "Lei nº 13.709/2018, art. 52").
    ("(Amended on 2/3/2024 - Law No. 7499, art. 35) a new duty applies.", [("Law No. 7499, art. 35", None)]),
    (
        "Conforme a Lei nº 13.709/2018, art. 52, as sanções incluem multa.",
        [("Lei nº 13.709/2018, art. 52", "lgpd")],
    ),
    # A full "Article" after an acronym and a comma opens the clause's own reference.
    (
        "Under the GDPR, Article 6 lists six grounds.",
        [("GDPR", "gdpr"), ("Article 6", "gdpr")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), NUMBERED_LAW_CASES)
def test_an_article_after_a_numbered_law(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(paragraph) == expected


ELIDED_SHARE_CASES = [
    # A cap's two tiers, the first share's basis left to the second (dsb-ratgeber.de; English explainers).
    (
        "Fines reach €10 million or 2%, or €20 million or 4% of global annual turnover.",
        ["€10 million", "2%", "€20 million", "4% of global annual turnover"],
    ),
    (
        "Die DSGVO sieht bis zu 10 Mio. Euro oder 2 % bzw. 20 Mio. Euro oder 4 % des weltweiten Jahresumsatzes vor.",
        ["10 Mio. Euro", "2 %", "20 Mio. Euro", "4 % des weltweiten Jahresumsatzes"],
    ),
    # No later share to lend a basis, a share larger than it, or words going on after the share: no share.
    ("The company paid €10 million or 2%, its lawyers said.", ["€10 million"]),
    (
        "Fines reach €10 million or 5%, or €20 million or 4% of turnover.",
        ["€10 million", "€20 million", "4% of turnover"],
    ),
    (
        "It paid €10 million or 2% more than in 2020, under a cap of 4% of turnover.",
        ["€10 million", "4% of turnover"],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), ELIDED_SHARE_CASES)
def test_a_bare_share_takes_the_later_shares_basis(paragraph: str, expected: list[str]) -> None:
    assert [paragraph[m.start : m.end] for m in find_money(paragraph)] == expected


TILDE_RANGE_CASES = [
    # Korean, Japanese and Chinese write a range with a tilde; its near end takes the far end's magnitude
    # (boannews.com: "카드 3사가 1,000~1,500만원대의 벌금을").
    ("카드 3사가 1,000~1,500만원대의 벌금을 부여받았다.", [("1,000", 10_000_000), ("1,500만원", 15_000_000)]),
    ("違反者には100〜500万円の罰金が科される。", [("100", 1_000_000), ("500万円", 5_000_000)]),
    ("违反本法的，处10万～50万元罚款。", [("10万", 100_000), ("50万元", 500_000)]),
    # An amount of several groups lends no magnitude, and a year before a tilde is no range's end.
    ("2019~2020년 과징금 50억원이 부과됐다.", [("50억원", 5_000_000_000)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TILDE_RANGE_CASES)
def test_tilde_ranges_of_cjk_amounts(paragraph: str, expected: list[tuple[str, float]]) -> None:
    found = find_money(paragraph)
    assert [(paragraph[m.start : m.end], m.amount) for m in found if m.amount is not None] == expected


CLAUSE_CASES = [
    # Two countries in one sentence, one in each clause (openparliament.ca: "a $5-million fine in the United
    # States, and in Canada, a $9.5-million fine").
    (
        (
            "Canadian MPs compared penalties.",
            "The firm paid a $5-million fine in the United States, and in Canada, a $9.5-million fine.",
        ),
        [("$5-million", "USD"), ("$9.5-million", "USD")],  # no C$ written
    ),
    # Both countries in the amount's own clause: the article decides.
    (
        (
            "Canadian MPs compared penalties.",
            "Canadian and American fines of $3 million, and more, were cited.",
        ),
        [("$3 million", "USD")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CLAUSE_CASES)
def test_each_clause_places_its_own_dollar(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert settled_currencies(*paragraphs) == expected
