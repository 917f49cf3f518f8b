"""A headline that ends as a site's header lines do (a logo, a link back, an office's or a section's name) is
the title where no headline stands under it; over a headline the same line is the site's header and no title
(tests/test_text_parser_site_headers.py). The pages are our own."""

from __future__ import annotations

import pytest

from parsers import parse_text

BODY_EN = "The company replaced its bird with a black letter across the site and its apps on Monday.\n"
BODY_JA = "委員会は来月から新しい体制で審査を進めると発表した。詳細は追って公表する。\n"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Twitter swaps its blue bird for a new logo", BODY_EN),
        ("Regulator asks why the bank copied a rival's logo", BODY_EN),
        ("個人情報保護委員会、旧体制に戻る", BODY_JA),
        ("新しい個人情報保護マニュアル", BODY_JA),
    ],
)
@pytest.mark.parametrize("between", ["", "By Jane Doe\n\n", "2024年3月1日\n\n"])
def test_a_headline_ending_on_a_header_word_is_the_title(headline: str, body: str, between: str) -> None:
    """Over the body, a byline or a date, the headline stays the title and leaves the blocks."""
    article = parse_text(f"{headline}\n\n{between}{body}")
    assert article.metadata.title == headline
    assert all(headline not in block.text for block in article.blocks)


@pytest.mark.parametrize(
    "header",
    ["Plumo Legal logo", "トピックス・法律情報", "新しい個人情報保護マニュアル", "< 前のページに戻る"],
)
def test_the_same_line_over_a_headline_is_no_title(header: str) -> None:
    """Over a headline, such a line is the site's header: the headline is the title, the line stays in the text."""
    headline = "社員の私物スマホから顧客名簿が流出したときの対応"
    article = parse_text(f"{header}\n\n{headline}\n\n{BODY_JA}")
    assert article.metadata.title == headline
    assert any(header in block.text for block in article.blocks)


@pytest.mark.parametrize(
    "header",
    ["みなと総合法律事務所のロゴ", "< 情報漏えい対応コラム一覧に戻る", "方針はこちら", "03-1234-5678"],
)
def test_a_logo_or_link_line_is_no_title_even_alone(header: str) -> None:
    """A logo's alt text, a link back or elsewhere and a telephone line are never the title."""
    assert parse_text(f"{header}\n\n{BODY_JA}").metadata.title is None
