"""The header of a Japanese law firm's or office's page saved as text: the office's telephone line, its
logo's alt text, a link elsewhere, the office's or the section's name stand over the headline and are no
title; the title is the headline under them, and every one of those lines stays in the text. A line of a
sentence going on under it (ending on "、") is no title either, and a date line that gives the publication
and the update ("公開日:… 最終更新日:…") gives both. The pages are our own, in the shapes of real ones."""

from __future__ import annotations

import pytest

from parsers import parse_text

HEADLINE = "社員の私物スマホから顧客名簿が流出したときの対応"
BODY = "顧客名簿の流出が分かったときは、まず流出の範囲を確かめ、委員会への報告を準備します。\n"


@pytest.mark.parametrize(
    "header",
    [
        "弁護士法人 みなと総合法律事務所045-123-4567平日9:30-18:00(祝日を除く)",  # the office's telephone
        "みなと総合法律事務所のロゴ",  # the logo's alt text
        "弁護士法人みなと総合のサイトリンク",  # a link to the firm's own site
        "< 情報漏えい対応コラム一覧に戻る",  # a link back to the list
        "個人情報の取扱いに関する方針はこちら",
        "横浜市中区の法律事務所",  # the office's name, short
        "トピックス・法律情報",  # the site's section, short
        "情報流出対策マニュアル",
    ],
)
def test_a_site_header_line_is_no_title(header: str) -> None:
    """The headline under the header line is the title; the header line stays in the body."""
    article = parse_text(f"{header}\n\n{HEADLINE}\n\n{BODY}")
    assert article.metadata.title == HEADLINE
    assert any(header.strip() in block.text for block in article.blocks)


@pytest.mark.parametrize(
    "headline",
    [
        "2022年4月施行の改正法で変わる5つのポイント",  # figures, but no telephone number
        "ロゴの無断使用で賠償命令、地裁が判断",  # a logo in the news, not at the line's end
        "中小企業のための個人情報漏えい対応マニュアル",  # a manual as the page's own subject, long
        "個人情報保護委員会が法律事務所に指導",  # an office in the news, not its name
    ],
)
def test_a_headline_like_a_header_line_stays_the_title(headline: str) -> None:
    """A headline holding the header's words elsewhere, or too long for a label, is still the title."""
    assert parse_text(f"{headline}\n\n{BODY}").metadata.title == headline


def test_a_sentence_going_on_under_its_line_is_no_title() -> None:
    """A line ending on an ideographic comma goes on under it: running text, no title."""
    page = "ウェブサイトやアプリで集めた顧客の情報は、\n法改正のたびに扱いを見直す必要があります。\n"
    assert parse_text(page).metadata.title is None


def test_a_date_line_gives_publication_and_update() -> None:
    """ "公開日:DATE 最終更新日:DATE" under the headline: both dates, and the line leaves the text."""
    article = parse_text(f"{HEADLINE}\n\n公開日:2019.04.02 最終更新日:2021.11.30\n\n{BODY}")
    published, updated = article.metadata.published, article.metadata.updated
    assert published is not None and published.isoformat().startswith("2019-04-02")
    assert updated is not None and updated.isoformat().startswith("2021-11-30")
