"""Titles in Chinese and Japanese, written with no space between words, and the skip links and page
controls that stand over headlines in the languages of our pages (Hebrew, Polish, Turkish, Chinese,
Japanese, Korean). The pages are our own, in the shapes of real page openings."""

from __future__ import annotations

import pytest

from parsers import parse_text
from parsers.text import read_text

ZH_BODY = "监管部门在检查中发现,该应用在用户拒绝授权后仍然读取通讯录,并向第三方发送设备信息。公司表示已经完成整改。\n"
JA_BODY = "同委員会によると、同社は会員の住所や電話番号を本人の同意なく提携先に渡していた。同社は再発防止策をまとめるとしている。\n"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a headline alone over the body: a run of characters with no space to count words by
        (f"网信办通报多款应用违规收集用户位置信息\n\n{ZH_BODY}", "网信办通报多款应用违规收集用户位置信息"),
        # over its date and source line
        (
            f"受权发布丨快递行业个人信息保护工作指引\n\n发布时间:2024-05-06 10:12:30 来源:本站原创\n\n{ZH_BODY}",
            "受权发布丨快递行业个人信息保护工作指引",
        ),
        # under a breadcrumb written with no spaces, which stays in the text
        (
            f"当前位置:首页>新闻中心>正文\n\n国家网信办对一款打车应用处以罚款并责令整改\n\n{ZH_BODY}",
            "国家网信办对一款打车应用处以罚款并责令整改",
        ),
        (
            f"通販会社の顧客情報流出で個人情報保護委員会が指導\n\n{JA_BODY}",
            "通販会社の顧客情報流出で個人情報保護委員会が指導",
        ),
        # a question mark may close a headline
        (
            f"スマホ決済の利用規約はどこまで読むべきか?\n\n{JA_BODY}",
            "スマホ決済の利用規約はどこまで読むべきか?",
        ),
    ],
)
def test_an_unspaced_headline_is_the_title(page: str, title: str) -> None:
    """A Chinese or Japanese headline of ten characters or more is a headline, though it has no space."""
    article = parse_text(page)
    assert article.metadata.title == title
    assert article.blocks[-1].text == page.strip().split("\n\n")[-1]


@pytest.mark.parametrize(
    "first",
    [
        "新闻资讯",  # a section's label, too short for a headline
        "コラム",
        # a paragraph with a stop inside: running text, never a title
        "该公司表示已完成整改。监管部门将继续跟进这一事件的后续处理情况",
        # a paragraph too long for a headline, with no stop at all
        "监管部门在今年开展的专项检查中发现多家电商平台在用户注销账号以后仍然长期保存其收货地址和联系电话并用于营销推送而且没有以任何方式告知用户也没有提供删除的途径",
    ],
)
def test_an_unspaced_label_or_paragraph_is_no_title(first: str) -> None:
    """A short label and a paragraph of Chinese or Japanese give no title, and stay in the text."""
    article = parse_text(f"{first}\n\n{ZH_BODY}")
    assert article.metadata.title is None
    assert article.blocks[0].text == first


@pytest.mark.parametrize(
    "page",
    [
        # a Chinese paragraph wrapped by hand: its first line ends mid-sentence, the next finishes it
        "编者按\n\n这项规定引起了不少家长的担心他们认为学校没有\n讲清楚照片会保存多久。教育部门表示将会核实。\n\n"
        + ZH_BODY,
        "小王的日记\n六月二日 阴\n\n今天早上收到了银行发来的短信说服务协议已经修改了\n我看了一遍，发现他们会把通话录音保存五年。\n\n这让我有点担心。\n",
        # a Japanese one: the first line ends on a case particle
        "会員規約が変わったという通知を受け取ったので全文を読み直してみたところ、退会後も写真を\n一年間保存すると書かれていた。\n\n"
        + JA_BODY,
    ],
)
def test_the_first_line_of_a_wrapped_unspaced_paragraph_is_no_title(page: str) -> None:
    """A Chinese or Japanese line that the next line (no blank between) goes on from mid-sentence opens a
    paragraph: it is no title, and it stays in the text with the rest of its sentence."""
    article = parse_text(page)
    first = next(line for line in page.splitlines() if len(line) >= 20)
    assert article.metadata.title is None
    assert any(first in block.text and block.kind != "heading" for block in article.blocks)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # a headline ending on a noun right over a Japanese lead, with no blank line between
        ("9つの事例で見る顧客情報流出の原因と対策", JA_BODY),
        ("地方自治体の新しい補助事業の公募", JA_BODY),
        # ending on the question particle か
        ("通販サイトで会員情報3万件流出か", JA_BODY),
        # a Chinese headline over a line that is no sentence (a source line)
        ("国家网信办通报多款应用违规收集个人信息", "来源:本站原创 作者:编辑部\n\n" + ZH_BODY),
    ],
)
def test_an_unspaced_headline_right_over_its_lead_is_still_the_title(headline: str, body: str) -> None:
    """A headline with the lead or a source line right under it (no blank) is still the title."""
    assert parse_text(f"{headline}\n{body}").metadata.title == headline


def test_a_breadcrumb_written_with_no_spaces_is_no_title() -> None:
    """ "我的位置:首頁>文章詳情" over the headline is the page's breadcrumb: the headline under it is the
    title, and the breadcrumb stays a block (no furniture rule names it)."""
    page = f"我的位置:首頁>文章詳情\n\n國家網信辦通報一款招聘應用違規收集簡歷信息\n\n{ZH_BODY}"
    article = parse_text(page)
    assert article.metadata.title == "國家網信辦通報一款招聘應用違規收集簡歷信息"
    assert article.blocks[0].text == "我的位置:首頁>文章詳情"


@pytest.mark.parametrize(
    ("control", "headline", "body"),
    [
        (
            "דלג לתוכן",
            "הרשות להגנת הפרטיות הטילה קנס על חברת שילוח",
            "לפי הרשות, החברה השאירה קובץ לקוחות פתוח ברשת במשך חודשים ולא דיווחה על כך בזמן.",
        ),
        (
            "Przejdź do treści",
            "UODO nałożył karę na sklep internetowy za wyciek danych klientów",
            "Według urzędu sklep przez wiele miesięcy przechowywał hasła klientów bez szyfrowania i nie zgłosił naruszenia.",
        ),
        (
            "İçeriğe geç",
            "Kurul bir kargo şirketine veri ihlali nedeniyle para cezası verdi",
            "Kurul, şirketin müşteri adreslerini aylarca korumasız bir sunucuda tuttuğunu ve ihlali geç bildirdiğini açıkladı.",
        ),
        ("跳到主要内容", "网信办通报多款应用违规收集用户位置信息", ZH_BODY.strip()),
        ("本文へスキップ", "通販会社の顧客情報流出で個人情報保護委員会が指導", JA_BODY.strip()),
        (
            "본문 바로가기",
            "개인정보위, 배달앱 운영사에 과징금 부과",
            "위원회는 이 회사가 탈퇴한 회원의 주소와 연락처를 삭제하지 않고 보관해 온 사실을 확인했다고 밝혔다.",
        ),
    ],
)
def test_a_skip_link_over_the_headline_is_dropped_by_name(control: str, headline: str, body: str) -> None:
    """A skip link in Hebrew, Polish, Turkish, Chinese, Japanese or Korean is the page's control: dropped
    by the page-control rule, and the headline under it is the title."""
    reading = read_text(f"{control}\n\n{headline}\n\n{body}\n")
    assert reading.article.metadata.title == headline
    assert [block.text for block in reading.article.blocks] == [body]
    assert reading.ledger[0].kind == "furniture" and reading.ledger[0].name == "page-control"


def test_a_chinese_menu_of_short_items_is_no_title() -> None:
    """A site menu of short Chinese items split by single spaces is navigation: no title, and it stays a
    block; the headline under it, after the WeChat prompt the app-prompt rule drops, is the title."""
    menu = "首页 事务所概况 业务领域 专业人员 新闻资讯 联系我们 CN EN"
    page = f"打开微信,扫一扫二维码\n订阅我们的微信公众号\n\n{menu}\n\n万字解读快递行业个人信息保护新规\n\n{ZH_BODY}"
    reading = read_text(page)
    assert reading.article.metadata.title == "万字解读快递行业个人信息保护新规"
    assert reading.article.blocks[0].text == menu
    assert {reading.ledger[0].name, reading.ledger[1].name} == {"app-prompt"}


def test_a_headline_in_a_few_spaced_parts_is_still_the_title() -> None:
    """A Japanese headline whose parts are set off by spaces (three, not a menu's many) is the title."""
    title = "中部新聞 顧客情報3万件流出か 委託先に不正アクセス"
    assert parse_text(f"{title}\n\n{JA_BODY}").metadata.title == title
