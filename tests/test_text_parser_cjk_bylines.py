"""Bylines of Chinese, Japanese and Korean pages saved as text: labelled fields ("作者:", "记者", "文/",
a date then "来源:") and a Korean reporter's name before "기자". The names go to the authors and the
date to the metadata; a line that says more (a source, a role, a mail) stays in the text. The pages are
our own, in the shapes of real page openings."""

from __future__ import annotations

import pytest

from parsers import parse_text

ZH_TITLE = "网信办通报一批违规收集信息的应用"
ZH_BODY = "监管部门在检查中发现,多款应用在用户拒绝授权后仍然读取通讯录,并向第三方发送设备信息。\n"
KO_TITLE = "개인정보위 과징금 부과"
KO_BODY = (
    "개인정보보호위원회는 회원 정보를 유출한 온라인 쇼핑몰 운영사에 과징금과 과태료를 부과했다고 밝혔다.\n"
)


def _kept(article_text: str) -> str:
    article = parse_text(article_text)
    return "\n".join(block.text for block in article.blocks)


@pytest.mark.parametrize(
    ("byline", "authors", "date", "stays"),
    [
        ("作者:陈立 周文", ["陈立", "周文"], None, False),
        ("记者 刘洋", ["刘洋"], None, False),
        ("文/李明", ["李明"], None, False),
        # a date and the source: the date is read, the source's words stay in the text
        ("2024年03月08日 09:30:12 来源:本地晚报", [], "2024-03-08", True),
        ("发布时间:2024-05-06 10:12:30 来源:本站原创", [], "2024-05-06", True),
        # the writer's role after the name stays in the text
        ("作者 | 孙悦 某研究院研究员", ["孙悦"], None, True),
        ("作者:陈立 2024-03-08", ["陈立"], "2024-03-08", False),
    ],
)
def test_a_chinese_byline_gives_names_and_date(
    byline: str, authors: list[str], date: str | None, stays: bool
) -> None:
    """The names after an author label are the authors, a date before a label or after a 'when' label the
    publication date; the title is the headline above."""
    page = f"{ZH_TITLE}\n\n{byline}\n\n{ZH_BODY}"
    meta = parse_text(page).metadata
    assert (meta.title, list(meta.authors)) == (ZH_TITLE, authors)
    assert (meta.published.isoformat()[:10] if meta.published else None) == date
    assert (byline in _kept(page)) is stays


@pytest.mark.parametrize(
    ("lines", "authors", "stays"),
    [
        ("입력 2023.05.12 10:21\n박지민 기자", ["박지민"], False),
        ("최유진 기자 choi@example.kr", ["최유진"], True),
        ("[한빛일보 정다은 기자]", ["정다은"], False),
    ],
)
def test_a_korean_reporter_line_names_the_author(lines: str, authors: list[str], stays: bool) -> None:
    """A short Korean headline over its date label and reporter's line keeps its title, and the reporter
    is the author; the mail after the name stays in the text."""
    page = f"{KO_TITLE}\n{lines}\n\n{KO_BODY}"
    meta = parse_text(page).metadata
    assert (meta.title, list(meta.authors)) == (KO_TITLE, authors)
    assert ("choi@example.kr" in _kept(page)) is stays


@pytest.mark.parametrize(
    "page",
    [
        # 记者 opening a sentence of the body ("reporters learned from…") is no byline
        f"{ZH_TITLE}\n\n记者从市场监管部门获悉,涉事企业已被处以罚款。\n\n{ZH_BODY}",
        # a source line alone names no one and gives no date
        f"{ZH_TITLE}\n\n来源:本站原创\n\n{ZH_BODY}",
        # a paragraph opening on the outlet and reporter in brackets stays a paragraph, naming no one
        f"{KO_TITLE}\n\n[한빛일보 정다은 기자] {KO_BODY}",
    ],
)
def test_labels_in_running_text_name_no_one(page: str) -> None:
    """Only a byline line names the authors: the same words in running text do not, and every word stays."""
    article = parse_text(page)
    assert article.metadata.authors == ()
    assert article.metadata.title in (ZH_TITLE, KO_TITLE)
    assert page.strip().split("\n\n")[-1] in _kept(page)


def test_a_reporter_sign_off_under_the_body_is_no_header() -> None:
    """A Korean reporter's sign-off with a mail under the body marks no header: the headline stays the title
    and the caption above the sign-off stays in the text."""
    page = f"{KO_TITLE}\n\n{KO_BODY}\n사진=위원회 제공\n오승혁 기자 oh@example.kr\n"
    article = parse_text(page)
    assert article.metadata.title == KO_TITLE
    assert "사진=위원회 제공" in _kept(page)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("쇼핑몰 운영사 과징금", "쇼핑몰 운영사 과징금"),  # three long words: a headline
        ("개인정보보호 시리즈", None),  # two words: a series' label
        ("이 글 더보기", None),  # three short words: a link's label
    ],
)
def test_a_short_korean_headline_is_the_title(top: str, title: str | None) -> None:
    """A Korean headline of three words is the title when they hold enough syllables."""
    assert parse_text(f"{top}\n\n{KO_BODY}").metadata.title == title


JA_TITLE = "個人情報保護委員会、通販大手に勧告"
JA_BODY = "委員会は8日、会員の住所を本人の同意なく提携先に渡していた通販大手に勧告したと発表した。\n"


@pytest.mark.parametrize(
    ("page", "line"),
    [
        # a paragraph opening on what the reporter learned: the label opens the sentence
        (
            f"{ZH_TITLE}\n\n记者获悉，涉事企业已经提交了整改报告。\n\n{ZH_BODY}",
            "记者获悉，涉事企业已经提交了整改报告。",
        ),
        (f"{ZH_TITLE}\n\n记者了解到，这家企业去年曾被约谈\n\n{ZH_BODY}", "记者了解到，这家企业去年曾被约谈"),
        # a column's heading under the first paragraph ("reporter's notes") or over it ("a word from the author")
        (f"{ZH_TITLE}\n\n{ZH_BODY}\n记者手记\n\n企业负责人表示会配合调查。\n", "记者手记"),
        (f"{ZH_TITLE}\n\n作者的话\n\n{ZH_BODY}", "作者的话"),
        # a Japanese press conference and its day
        (f"{JA_TITLE}\n\n記者会見 2024年3月8日\n\n{JA_BODY}", "記者会見 2024年3月8日"),
    ],
)
def test_a_label_opening_a_word_names_no_one(page: str, line: str) -> None:
    """An author label glued to the characters after it is the start of a word or a sentence ("记者手记",
    "记者获悉，…"), no byline: it names no one, and the line stays in the text."""
    article = parse_text(page)
    assert article.metadata.authors == ()
    assert line in _kept(page)


def test_a_spaced_reporter_label_still_names_the_reporter() -> None:
    """The newspaper's own reporter, set apart from the label by a space, is the author."""
    page = f"{ZH_TITLE}\n\n本报记者 赵一鸣\n\n{ZH_BODY}"
    assert parse_text(page).metadata.authors == ("赵一鸣",)


@pytest.mark.parametrize(
    ("headline", "authors"),
    [
        # a headline ending on the word for reporter: no name opens on a surname, or no outlet stands before it
        ("폭행당한 방송 기자", []),
        ("현장 떠난 취재 기자", []),
        ("대통령실 출입 기자", []),
    ],
)
def test_a_korean_headline_ending_on_reporter_is_the_title(headline: str, authors: list[str]) -> None:
    """A headline of three words whose last is 기자 is the title, and its words stay; it names no one."""
    meta = parse_text(f"{headline}\n\n{KO_BODY}").metadata
    assert (meta.title, list(meta.authors)) == (headline, authors)


@pytest.mark.parametrize(
    ("lines", "authors", "published", "updated"),
    [
        # an outlet's name before the reporter, with no brackets
        ("한빛일보 정다은 기자", ["정다은"], None, None),
        # the publication line goes on to the update's
        (
            "입력 2021.07.28 17:41 수정 2021.07.28 18:02\n박지민 기자",
            ["박지민"],
            "2021-07-28T17:41",
            "2021-07-28T18:02",
        ),
        ("기사입력 2023. 5. 12. 10:21\n최유진 기자", ["최유진"], "2023-05-12T10:21", None),
    ],
)
def test_a_korean_header_gives_reporter_and_dates(
    lines: str, authors: list[str], published: str | None, updated: str | None
) -> None:
    """Under a short Korean headline the reporter is the author, and a publication line gives its date and
    the update's after 수정."""
    meta = parse_text(f"{KO_TITLE}\n{lines}\n\n{KO_BODY}").metadata
    assert (meta.title, list(meta.authors)) == (KO_TITLE, authors)
    assert (meta.published.isoformat()[:16] if meta.published else None) == published
    assert (meta.updated.isoformat()[:16] if meta.updated else None) == updated
