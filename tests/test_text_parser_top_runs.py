"""Lines over a page's headline that look like one: a ticker of other stories' headlines, a Korean site's
menu of section names, a skip link, a masthead's date. None is the title; all stay in the text. Also an
English paragraph wrapped by hand with a few Chinese words in it stays one paragraph. The pages are our
own, in the shapes of real page openings (almowaten.net, newspim.com, a WordPress theme)."""

from __future__ import annotations

import pytest

from parsers import parse_text

AR_BODY = (
    "أعلنت الهيئة أنها فرضت غرامة قدرها عشرون ألف ريال على كل من ينشر تسجيلات كاميرات المراقبة دون إذن، "
    "وقالت إن القرار يسري على الأفراد والشركات.\n"
)
KO_BODY = "개인정보보호위원회는 택배 앱 운영사에 과징금 2억 원을 부과했다고 밝혔다. 운영사는 이용자 위치정보를 광고에 썼다.\n"


def _units(text: str) -> str:
    article = parse_text(text)
    meta = article.metadata
    return "\n".join([meta.title or "", meta.description or "", *(block.text for block in article.blocks)])


TICKER = (
    "أمطار غزيرة متوقعة على المنطقة الشرقية حتى المساء\n"
    "افتتاح معرض الكتاب الدولي بمشاركة مئتي دار نشر\n"
    "المنتخب يستعد لمواجهة حاسمة في التصفيات الآسيوية\n"
    "ارتفاع أسعار الذهب في السوق المحلية لليوم الثالث\n"
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a ticker of four other stories over the article's first paragraph: no title
        (TICKER + AR_BODY, None),
        # the same run under the page's own headline, set apart by a blank line: the headline stays the title
        (
            "غرامة عشرين ألف ريال لنشر تسجيلات الكاميرات\n\n" + AR_BODY + "\n" + TICKER,
            "غرامة عشرين ألف ريال لنشر تسجيلات الكاميرات",
        ),
        # three headline lines together are no ticker: the first is the title, as before
        (
            "غرامة عشرين ألف ريال لنشر تسجيلات الكاميرات\nالقرار يشمل الأفراد والشركات\nالهيئة تحدد آلية التظلم\n\n"
            + AR_BODY,
            "غرامة عشرين ألف ريال لنشر تسجيلات الكاميرات",
        ),
    ],
)
def test_a_ticker_line_is_no_title(page: str, title: str | None) -> None:
    """A run of four headline-like lines with no blank between is a ticker: none is the title, all stay."""
    assert parse_text(page).metadata.title == title
    assert set(page.split()) <= set(_units(page).split())


@pytest.mark.parametrize(
    ("menu", "headline"),
    [
        ("뉴스홈 정치 경제 사회", "택배 앱에 과징금 2억 원 부과"),
        ("전체기사 최신뉴스 포토 영상", "택배 앱 운영사 과징금"),
        ("정치 경제 사회 전국 국제 문화 연예 스포츠", "택배 앱에 과징금 2억 원 부과"),
        ('Press "Enter" to skip to content', "택배 앱에 과징금 2억 원 부과"),
    ],
)
def test_a_korean_menu_line_is_no_title(menu: str, headline: str) -> None:
    """A menu of section names (or a skip link) over the headline: the headline is the title."""
    assert parse_text(f"{menu}\n\n{headline}\n\n{KO_BODY}").metadata.title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "정치 불신 키운 과징금 논란",  # one section name among the words of a headline
        "택배 앱 운영사 과징금 부과",
    ],
)
def test_a_korean_headline_of_nouns_stays_the_title(headline: str) -> None:
    """A headline of short nouns, few of them section names, is still the title."""
    assert parse_text(f"{headline}\n\n{KO_BODY}").metadata.title == headline


def test_an_english_paragraph_with_chinese_words_wrapped_by_hand_is_one_paragraph() -> None:
    """Lines wrapped at about a hundred characters stay one paragraph when a few Chinese words make one of
    them wider than a hundred columns; a Chinese paragraph a line is still a paragraph a line."""
    wrapped = (
        "The market regulator said the courier platform, sold in the city under the brand 快递小哥到家, went on\n"
        "reading the district of every rider after they had turned off location sharing in the settings,\n"
        "which the regulator said the 个人信息保护法 does not allow without a fresh, separate and written consent.\n"
    )
    article = parse_text(
        f"Courier app fined over rider locations\n\nBy Ann Lee\n\n{wrapped}\nIt will appeal.\n"
    )
    assert article.blocks[0].text == " ".join(wrapped.split("\n")).strip()
    chinese = (
        "市场监管部门表示，该平台在骑手关闭定位功能后仍持续读取其所在区域信息，并将数据用于广告投放，"
        "违反了个人信息保护法的相关规定。\n"
        "平台方面表示将依法申请复议，并已暂停相关功能的数据收集工作，同时向用户发出了说明和致歉。\n"
    )
    assert len(parse_text(f"快递平台因违规读取骑手位置被罚\n\n{chinese}").blocks) == 2


@pytest.mark.parametrize("label", ["보도 일시", "Datum"])
def test_a_date_label_over_a_bar_and_a_date_is_no_commenter(label: str) -> None:
    """A release's "보도 일시 | DATE" line under its headline names no commenter: the text under it stays
    the body, not one comment."""
    page = f"택배 앱에 과징금 2억 원 부과\n\n{label} | 2022. 12. 14.(수) 14:00 |\n\n{KO_BODY}"
    article = parse_text(page)
    assert not article.comments
    assert KO_BODY.strip() in [block.text for block in article.blocks]
