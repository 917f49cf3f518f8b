"""Simplified and Traditional Chinese: Hong Kong, Taiwan and Macau pages write the Traditional script, the
mainland the Simplified one. Vocabulary phrases and laws' names are written once; the loader adds the other
script's forms (annotations/knowledge/scripts.py, table chinese_scripts.toml), so a page in either script
is read alike. An entry whose phrases belong to one script only (`one_script`) keeps them as written."""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.knowledge import KnowledgeError, load_laws, scripts, validate_laws, vocabulary
from annotations.knowledge.scripts import (
    script_table,
    validate_script_pairs,
    widened_pattern,
    with_script_variants,
)
from parsers import parse_text

TABLE = script_table({"pairs": ["户戶", "协協", "议議", "台臺台", "币幣", "条條"]})


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, text, currency) of every annotation of a page holding `text` under a title."""
    annotated = annotate(parse_text(f"一則新聞的標題\n\n{text}\n"))
    return [(found.kind, found.text, found.currency) for found in annotated.annotations]


@pytest.mark.parametrize(
    ("phrase", "form"),
    [("用户协议", "用戶協議"), ("用戶協議", "用户协议"), ("新臺幣", "新台币"), ("新台币", "新台幣")],
)
def test_a_phrase_gains_its_form_in_the_other_script(phrase: str, form: str) -> None:
    assert form in with_script_variants((phrase,), TABLE)


@pytest.mark.parametrize("phrase", ["terms of service", "利用規約", "약관", "€"])
def test_a_phrase_with_no_form_in_the_other_script_stays_alone(phrase: str) -> None:
    assert with_script_variants((phrase,), TABLE) == (phrase,)


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        ("用户协议", "用[户戶][协協][议議]"),
        ("第[0-9]{1,3}[条]", "第[0-9]{1,3}[条條]"),
        (r"\d协", r"\d[协協]"),
        ("(?<![协])x", "(?<![协協])x"),
        ("abc", "abc"),
    ],
)
def test_a_pattern_matches_both_scripts(pattern: str, widened: str) -> None:
    assert widened_pattern(pattern, TABLE) == widened


@pytest.mark.parametrize(
    "pairs",
    [["户"], ["ab"], ["户戶", "户戸"], ["户戶", "护戶"], [], "户戶"],
)
def test_a_bad_table_is_refused(pairs: object) -> None:
    with pytest.raises(KnowledgeError):
        validate_script_pairs("chinese_scripts.toml", {"pairs": pairs})


def test_the_shipped_table_and_the_laws_stay_consistent() -> None:
    """The table reads both ways, and no law's added name is another law's (the loader's check passes)."""
    table = scripts()
    assert table.forms("协") == ("协", "協") and table.forms("協") == ("協", "协")
    validate_laws(load_laws())


def test_one_script_entries_keep_their_phrases_as_written() -> None:
    """Mainland cues are Simplified only: Taiwan writes 罰款 too, and must not read as the mainland."""
    (entry,) = [e for e in vocabulary("jurisdictions.toml").entries if e.id == "cn-unspaced-cues"]
    assert "罚款" in entry.phrases and "罰款" not in entry.phrases


# Each row fails without the other script's forms; the Simplified form of each is found before and after.
FOUND = [
    # A law's title and its article, as Hong Kong and Taiwan papers write the mainland's PIPL.
    ("監管機構依據《個人信息保護法》第66條對該公司展開調查。", ("law", "個人信息保護法》第66條", None)),
    # Hong Kong's ordinance by its Chinese title.
    ("該公司被指違反《個人資料（私隱）條例》。", ("law", "個人資料（私隱）條例", None)),
    # A fine in Hong Kong dollars, after the amount and before it.
    ("違例者最高可被罰款100萬港元。", ("penalty", "100萬港元", "HKD")),
    ("法院判處該公司罰款港幣8萬元。", ("penalty", "港幣8萬元", "HKD")),
    # 元 alone on a page about Hong Kong is the Hong Kong dollar.
    ("香港一間網購平台因外洩會員資料被罰款6萬元。", ("penalty", "6萬元", "HKD")),
    # A renminbi fine written in Traditional characters keeps its currency word.
    ("網信辦對該企業處以人民幣12億元罰款。", ("penalty", "人民幣12億元", "CNY")),
    # A terms quote led by the agreement's name and 稱 (says) in Traditional characters.
    (
        "一款遊戲曾修改其用戶協議,稱「玩家上傳的所有內容,平臺均可永久免費使用」。",
        ("tos_quote", "玩家上傳的所有內容,平臺均可永久免費使用", None),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), FOUND)
def test_traditional_chinese_is_read_like_simplified(text: str, wanted: tuple[str, str, str | None]) -> None:
    assert wanted in _found(text)


NOT_FOUND = [
    # A spokesperson's words in Traditional characters stay theirs.
    ("公司發言人表示:「我們一向重視用戶私隱,並會全力配合調查。」", "tos_quote"),
    # A company's revenue is no fine, in either script.
    ("該平臺去年營收達新臺幣50億元。", "penalty"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_traditional_chinese_near_misses_stay_unlabelled(text: str, kind: str) -> None:
    assert all(found_kind != kind for found_kind, _text, _currency in _found(text))


def test_a_taiwan_fine_stays_in_taiwan_dollars() -> None:
    """罰款 is written in Taiwan and Hong Kong as well: it does not make a Taipei fine renminbi."""
    assert ("penalty", "20萬元", "TWD") in _found("臺北市政府對違規業者罰款20萬元。")
