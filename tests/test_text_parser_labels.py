"""Lines that label what stands under them (a date's label, a board post's subject, a firm's byline, a
breadcrumb), and pages whose running text is written without spaces: none of them gives a wrong title or
a wrong author, and no word of them is lost."""

from __future__ import annotations

from collections import Counter

import pytest
from tests_support import lost_words, word_counts

from parsers import parse_text

# A court's or a regulator's decision page: each date under its own label line.
DATE_LABELS = [
    ("Datum uitspraak", "3 februari 2025", "Publicatiedatum", "5 februari 2025"),
    ("Date of decision", "12 March 2025", "Publication date", "14 March 2025"),
    ("Entscheidungsdatum", "12.03.2025", "Veröffentlichungsdatum", "14.03.2025"),
    ("Fecha de resolución", "12/03/2025", "Fecha de publicación", "14/03/2025"),
    ("Decision Date:", "12 March 2025", "Release Date:", "14 March 2025"),
]


@pytest.mark.parametrize(("label", "decided", "second_label", "published"), DATE_LABELS)
def test_a_dates_label_line_is_no_title_and_no_author(
    label: str, decided: str, second_label: str, published: str
) -> None:
    page = (
        "Rechtbank Oost-Brabant\n\n"
        f"{label}\n{decided}\n{second_label}\n{published}\n\n"
        "The court upholds the regulator's fine of €12,000 against the clinic, which reported the breach "
        "of its patient files three weeks after the deadline had passed.\n"
    )
    article = parse_text(page)
    assert article.metadata.title not in {label, second_label}
    assert not {label, second_label} & set(article.metadata.authors)
    lost = lost_words(page, article)
    assert not lost & word_counts(f"{label} {second_label}")


# A board's first post repeats the topic's subject over its date: the subject names no poster.
SUBJECTS = [
    ("Topic: Cancelled Plan Refunds", "Cancelled Plan Refunds"),
    ("Subject: Member Data Requests", "Member Data Requests"),
    ("Thema: Neue Nutzungsbedingungen", "Neue Nutzungsbedingungen"),
]


@pytest.mark.parametrize(("topic", "subject"), SUBJECTS)
def test_a_posts_subject_over_its_date_names_no_author(topic: str, subject: str) -> None:
    page = (
        f"{topic}\n\n{subject}\nMarch 3, 2024, 09:12:40 AM\n"
        "We changed how refunds work when a yearly plan is cancelled: the unused months are now paid back "
        "within thirty days, and the old fee for leaving early is gone.\n"
    )
    article = parse_text(page)
    assert article.metadata.title == topic
    assert article.metadata.authors == ()
    assert not lost_words(page, article) - word_counts("March 3 2024 09 12 40 AM")


def test_a_name_over_the_date_under_a_topic_is_still_the_author() -> None:
    page = (
        "Topic: Cancelled Plan Refunds\n\nDana Whitfield\nMarch 3, 2024, 09:12:40 AM\n"
        "We changed how refunds work when a yearly plan is cancelled: the unused months are now paid back "
        "within thirty days, and the old fee for leaving early is gone.\n"
    )
    assert parse_text(page).metadata.authors == ("Dana Whitfield",)


# A law firm signs as one: its partners' surnames, then "LLP" (or "LLC", "P.C.").
@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("by Harrow, Venn, Castle & Pike LLP", ("Harrow, Venn, Castle & Pike LLP",)),
        ("By Morland, Teague & Bishop LLP", ("Morland, Teague & Bishop LLP",)),
        ("by Quill & Ashworth P.C.", ("Quill & Ashworth P.C.",)),
        ("By Ann Lee and Bob Roe", ("Ann Lee", "Bob Roe")),
        ("By Ann Lee, Bob Roe & Cy Tan", ("Ann Lee", "Bob Roe", "Cy Tan")),
        ("by Hale Brandt & Okoro LLP", ("Hale Brandt & Okoro LLP",)),
        ("By Winter Sohn & Partner GmbH", ("Winter Sohn & Partner GmbH",)),
        ("By Ann Lee & Bob Roe", ("Ann Lee", "Bob Roe")),
        # A person, then a firm: two authors, the firm whole.
        ("By Mara Quist, Fenwick & Dole LLP", ("Mara Quist", "Fenwick & Dole LLP")),
        ("By Mara Quist and Holm & Saari LLP", ("Mara Quist", "Holm & Saari LLP")),
        (
            "By Mara Quist, Ivo Lund and Tarrant, Bligh & Ode LLP",
            ("Mara Quist", "Ivo Lund", "Tarrant, Bligh & Ode LLP"),
        ),
    ],
)
def test_a_firms_byline_names_the_firm_once(line: str, authors: tuple[str, ...]) -> None:
    page = (
        f"Privacy and Data Update - March 2025\n\n{line}\n\n"
        "In this edition we look at two state rulings on biometric data and a regulator's first fine "
        "under the new children's code.\n"
    )
    article = parse_text(page)
    assert article.metadata.title == "Privacy and Data Update - March 2025"
    assert article.metadata.authors == authors


# A board page written without spaces between words: its sentences are running text, so a footer line
# far under them is no title.
def test_no_title_from_under_running_text_written_without_spaces() -> None:
    page = (
        "[公告] 关于账号实名和隐私的说明\n\n"
        "版主: lanshan (蓝山)   2024-05-02 09:30:11\n"
        "各位版友好,最近有人在版上公开了他人的手机号码和住址,这种行为严重违反本版规定。\n"
        "以后凡是未经本人同意公开他人个人资料的帖子,一律删除并封禁账号一个月。\n"
        "请大家互相提醒,保护自己也保护别人。\n"
        "Contact Us: help [at] example-board.org\n"
    )
    article = parse_text(page)
    assert article.metadata.title in {None, "[公告] 关于账号实名和隐私的说明"}
    assert not lost_words(page, article) - Counter(["2024", "05", "02", "09", "30", "11"])


# A breadcrumb ("首頁 > 中國品牌 > 正文", "Home > News > Privacy") is navigation, never the title.
@pytest.mark.parametrize(
    "crumbs",
    [
        "首頁 > 中國品牌 > 品牌要聞 > 正文",
        "Home > News > Privacy > Article",
        "当前位置: 首页 》 行政处罚 》 正文",
        "Press Office  >  Consumer Affairs",
        "Home  /  Newsroom  /  Data Protection",
    ],
)
def test_a_breadcrumb_is_no_title(crumbs: str) -> None:
    page = (
        f"{crumbs}\n\n"
        "Regulator fines ride app over location data sold to brokers\n\n"
        "The regulator fined the ride app after it found trip records had been sold on without consent, "
        "it said on Monday.\n"
    )
    article = parse_text(page)
    assert article.metadata.title == "Regulator fines ride app over location data sold to brokers"
    assert not lost_words(page, article)


# A site's menu at the very top ("Stories", "Archive", "Comments") names the site's sections: its
# "Comments" starts none of this page's comments, and the headline and byline under it are read.
def test_a_comments_item_of_the_sites_menu_starts_no_comments() -> None:
    page = (
        "Stories\nArchive\nComments\n\n"
        "Notes for tinkerers, news that lasts\n\n"
        "A Self-Updating Licence?\n\n"
        "Posted by Marla on Sat Mar 08, 2025 09:41 PM\n"
        "from the fine-print-again dept.\n"
        'A reader writes: "I accepted the licence when I installed the suite years ago. Each update now '
        'asks me to accept a new one. Can the vendor change our deal this way?"\n'
    )
    article = parse_text(page)
    assert article.metadata.title == "A Self-Updating Licence?"
    assert article.metadata.authors == ("Marla",)


def test_a_comments_line_under_a_title_still_ends_the_title_search() -> None:
    page = (
        "Readers on the new terms\nComments\n\n"
        "Posted by Marla on Sat Mar 08, 2025 09:41 PM\n"
        "I read the new terms twice and the clause on refunds is still unclear to me.\n"
    )
    article = parse_text(page)
    assert article.metadata.authors == ()


# A board's first post under the member's card ("Joined", "Messages"): the post's question is no title.
def test_a_post_under_a_members_card_is_no_title() -> None:
    question = "Is there a written refund policy for annual plans here? Can a refund be asked for twice?"
    page = (
        "Refund Policy\n\nlarkspur\n\nVeteran Member\nJoined\nMar 02, 2019\nMessages\n311\n"
        f"{question}\n \nWe are drafting one now and will post it in the announcements forum soon.\n"
    )
    article = parse_text(page)
    assert article.metadata.title != question
    assert not lost_words(page, article) - Counter(["mar", "02", "2019"])


# A byline's label alone over the name ("posted by" / "Quiet Lantern" / its date) is no title: the
# headline is the line above.
@pytest.mark.parametrize("label", ["posted by", "Written by", "submitted by", "Publié par"])
def test_a_bylines_label_alone_is_no_title(label: str) -> None:
    headline = "Ana's notebook – Running a Newsletter Without Trackers"
    page = (
        f"{headline}\n\n{label}\nQuiet Lantern\n2025-02-11 18:04:55\n\n"
        "Running a newsletter is common now, and most of the tools that send one count every open "
        "and every click.\n"
    )
    assert parse_text(page).metadata.title == headline


# A blog's date line opening on a Portuguese weekday is a date, not the title.
def test_a_portuguese_weekday_date_line_is_the_date() -> None:
    page = (
        "quinta-feira, 10 de setembro de 2015\n\n"
        "Banco é multado por vazar dados de clientes\n\n"
        "O órgão de defesa do consumidor aplicou a multa depois de receber dezenas de queixas de clientes.\n"
    )
    article = parse_text(page)
    assert article.metadata.title == "Banco é multado por vazar dados de clientes"
    assert not lost_words(page, article)


# A paragraph with several spaces between its sentences is running text, not a menu: a line further
# down ("P.S. …") is no title.
def test_a_paragraph_spaced_out_between_sentences_is_running_text() -> None:
    postscript = "P.S. This post on the new consent rules is a work in progress, so check back often"
    page = (
        "That's how the consent banner crumbles! Cookies explained.\n\n"
        "Not every change this spring is about the new rules, but many sites updated their cookie notices "
        "at the same time.    A good primer on cookies is on the regulator's own site.\n\n"
        f"{postscript}\n"
    )
    article = parse_text(page)
    assert article.metadata.title != postscript
    assert not lost_words(page, article)


# A mail or a list archive wraps its paragraphs at a fixed width: the first line of the first paragraph
# is no title.
def test_the_first_line_of_a_wrapped_paragraph_is_no_title() -> None:
    page = (
        'The "privacy notice" is one part of the agreement we all signed, not a\n'
        "separate thing.\n\n"
        "I agree the list needs some room to change its rules now and then, but a\n"
        "change to what we agreed needs notice and a yes from each of us.\n\n"
        "regards,\n\nNoor\n"
    )
    article = parse_text(page)
    assert article.metadata.title is None
    assert not lost_words(page, article)


@pytest.mark.parametrize("under", ["by Ann Lee", "via the Harbour Ledger newsroom"])
def test_a_headline_over_a_lower_case_line_is_still_the_title(under: str) -> None:
    headline = "Regulator fines the ride app over trip records sold to brokers"
    page = f"{headline}\n{under}\n\nThe regulator fined the ride app on Monday, it said.\n"
    assert parse_text(page).metadata.title == headline


# A wiki's source line under the page's name: the name is the title, and the line stays in the text.
@pytest.mark.parametrize("source", ["From Wikipedia, the free encyclopedia", "From GDPRhub"])
def test_the_name_over_a_wikis_source_line_is_the_title(source: str) -> None:
    page = (
        f"Data breach\n\n{source}\n(Redirected from Data spill)\n\n"
        "A data breach is the release of private records to people who should not see them, whether "
        "by attack or by mistake.\n"
    )
    article = parse_text(page)
    assert article.metadata.title == "Data breach"
    assert not lost_words(page, article)


def test_a_short_title_over_its_date_is_no_dates_label() -> None:
    page = (
        "Data breach\n12 March 2025\n\n"
        "A data breach is the release of private records to people who should not see them.\n"
    )
    assert parse_text(page).metadata.title == "Data breach"


_PARAGRAPH = (
    "Regulators in four countries said on Monday that they would look again at how brokers buy and sell "
    "the location records of phone users."
)


# A headline may compare with ">" ("Privacy > Profit: …"), and a paragraph may say "fines > €20 million":
# neither is a breadcrumb.
def test_a_headline_comparing_with_a_greater_than_sign_is_the_title() -> None:
    headline = "Privacy > Profit: Watchdogs Turn on Data Brokers"
    page = f"{headline}\n\nBy Ann Lee\n\nMarch 3, 2025\n\n{_PARAGRAPH}\n"
    article = parse_text(page)
    assert (article.metadata.title, article.metadata.authors) == (headline, ("Ann Lee",))


def test_a_paragraph_comparing_amounts_is_still_running_text() -> None:
    page = (
        "The annual review sorts the year's cases by size: fines > €20 million went to three firms, and "
        "the rest were small, the review says on its fourth page.\n\nRead the full review\n\n"
        "The office will publish its next review in June.\n"
    )
    assert parse_text(page).metadata.title is None


# A headline ending on "Date" is no date's label: it stays the title over its date.
@pytest.mark.parametrize("headline", ["Save the Date", "Harbour Board Sets Hearing Date"])
def test_a_headline_ending_on_date_is_the_title(headline: str) -> None:
    page = f"{headline}\n\n4 June 2025\n\n{_PARAGRAPH}\n"
    article = parse_text(page)
    assert article.metadata.title == headline
    assert (
        article.metadata.published is not None and article.metadata.published.isoformat()[:10] == "2025-06-04"
    )


# A Chinese headline may close on a question mark: it is no sentence of running text, so the date under it
# is still read.
def test_a_chinese_headline_asking_a_question_leaves_the_date_read() -> None:
    page = (
        "你手机里的购物应用是不是一直在悄悄读取你的通讯录和照片？\n\n作者：李华\n\n2025年4月8日\n\n"
        "市场监管部门昨日通报，多款购物应用在用户未同意的情况下读取通讯录。涉事企业已被要求整改。\n"
    )
    published = parse_text(page).metadata.published
    assert published is not None and published.isoformat()[:10] == "2025-04-08"
