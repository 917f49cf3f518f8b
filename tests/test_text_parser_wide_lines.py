"""Lines of Chinese, Japanese and Korean in the body: their characters are wide, so a paragraph on one
line is as long as an English one of twice the characters, and their stops and commas are full-width.
A paragraph of them is a paragraph, not a heading or a caption. The pages are our own, in the shapes
of real page openings."""

from __future__ import annotations

import pytest

from parsers import parse_text

TITLE = "Regulator Fines Retailer Over Data Leak\n\n"

ZH_LINES = [
    "市场监管部门近日通报了一起网络平台违规收集消费者信息的案件,涉事企业被处以罚款并责令限期整改。",
    "调查发现,该平台在用户注销账号以后仍然保存其收货地址和联系电话,并用于营销推送。",
    "企业负责人表示将配合调查,并已删除相关数据。",
]
JA_LINES = [
    "個人情報保護委員会は今月、会員情報を本人の同意なく提携先に渡していた通販会社に指導を行ったと発表した。",
    "同社は再発防止策をまとめ、来月までに委員会へ報告するとしている。",
]
KO_LINES = [
    "개인정보보호위원회는 회원 정보를 유출한 온라인 쇼핑몰 운영사에 과징금과 과태료를 부과했다고 밝혔다.",
    "위원회는 해당 업체가 접속 기록을 보관하지 않는 등 안전조치 의무를 위반했다고 판단했다.",
]


def _body(page: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse_text(page).blocks]


@pytest.mark.parametrize(
    "lines",
    [
        ZH_LINES,  # a paragraph a line, no blank line between: Chinese pages saved as text
        JA_LINES,
        KO_LINES,  # Korean is spaced, but its syllables are wide: no line here is wrapped by hand
        ZH_LINES[1:],  # two of them, the shorter ones
    ],
)
def test_wide_lines_of_running_text_are_paragraphs(lines: list[str]) -> None:
    """Each line of wide running text is a paragraph of its own, not a caption nor one long joined block."""
    assert _body(TITLE + "\n".join(lines) + "\n") == [("paragraph", line) for line in lines]


@pytest.mark.parametrize(
    "line",
    [
        ZH_LINES[2],  # one Chinese sentence alone between blank lines
        "同社は再発防止策をまとめ、来月までに委員会へ報告するとしている。",
        "监管部门表示,将继续跟进该企业的整改情况,",  # a clause going on past the line
    ],
)
def test_a_wide_sentence_alone_is_a_paragraph(line: str) -> None:
    """A line of Chinese or Japanese ending on a full-width stop or comma is no heading."""
    assert _body(f"{TITLE}{ZH_LINES[0]}\n\n{line}\n") == [("paragraph", ZH_LINES[0]), ("paragraph", line)]


def test_japanese_wrapped_by_hand_is_one_paragraph() -> None:
    """Short Japanese lines breaking inside a sentence (on a comma, a particle) are one paragraph."""
    lines = [
        "委員会は今月、通販会社に対し",
        "個人情報保護法に基づく指導を行った。",
        "会員の住所などが、",
        "提携先に渡っていた。",
    ]
    assert _body(TITLE + "\n".join(lines) + "\n") == [("paragraph", " ".join(lines))]


@pytest.mark.parametrize(
    ("page", "blocks"),
    [
        # a section heading of a Chinese article stays a heading
        (
            f"{TITLE}一、基本案情\n\n{ZH_LINES[0]}\n",
            [("heading", "一、基本案情"), ("paragraph", ZH_LINES[0])],
        ),
        # photo credits and labels, short and unpunctuated, stay captions
        (
            f"{TITLE}图片来源 新华社\n资料图 记者摄\n\n{ZH_LINES[0]}\n",
            [("caption", "图片来源 新华社"), ("caption", "资料图 记者摄"), ("paragraph", ZH_LINES[0])],
        ),
        # English wrapped by hand at seventy characters stays one paragraph
        (
            TITLE
            + "The regulator said the retailer kept the addresses of customers who had\n"
            + "closed their accounts and used them for marketing for two more years.\n",
            [
                (
                    "paragraph",
                    "The regulator said the retailer kept the addresses of customers who had "
                    "closed their accounts and used them for marketing for two more years.",
                )
            ],
        ),
    ],
)
def test_headings_captions_and_wrapped_english_stay(page: str, blocks: list[tuple[str, str]]) -> None:
    """The rule reads only wide running text: headings, captions and English keep their shapes."""
    assert _body(page) == blocks


def test_a_heading_among_japanese_paragraph_lines_stays_a_heading() -> None:
    """A short heading line among Japanese lines that each end a sentence: a heading, and each sentence line
    a paragraph (they were joined into one block)."""
    lines = [
        "委員会は今月、通販会社に指導を行った。",
        "通販会社の情報流出事故",
        "同社は顧客の氏名が流出した可能性があると発表した。",
        "同社は再発防止策をまとめるとしている。",
    ]
    assert _body(TITLE + "\n".join(lines) + "\n") == [
        ("paragraph", lines[0]),
        ("heading", lines[1]),
        ("paragraph", lines[2]),
        ("paragraph", lines[3]),
    ]


def test_a_chinese_sentence_wrapped_among_sentence_lines_is_joined() -> None:
    """A Chinese line ending mid-clause over the rest of its sentence is wrapped by hand: the chunk is one
    paragraph, though two of its lines end a sentence."""
    lines = [ZH_LINES[2], "监管部门还发现部分平台在用户注销账号以后仍然", "保存其收货地址和联系电话。"]
    assert _body(TITLE + "\n".join(lines) + "\n") == [("paragraph", " ".join(lines))]


@pytest.mark.parametrize(
    "lines",
    [
        # a report's sentence wrapped after an object particle, between two sentence lines
        [
            "개인정보보호위원회는 배달앱 운영사에 과징금을 부과했다.",
            "위원회는 해당 회사가 위치 권한을 끈 이용자의 정보를",
            "광고에 활용한 것으로 판단했다.",
            "회사는 처분에 불복할 계획이다.",
        ],
        # a forum post broken by its writer after a connective ending
        ["오늘 아침에 문자가 왔는데", "제 주소랑 전화번호가 유출됐대요.", "비밀번호는 안전하다고 하네요."],
    ],
)
def test_a_korean_sentence_wrapped_among_sentence_lines_is_joined(lines: list[str]) -> None:
    """A Korean line ending on a particle or a connective over the rest of its sentence is wrapped by hand:
    the chunk is one paragraph, not a heading over a broken sentence."""
    assert _body(TITLE + "\n".join(lines) + "\n") == [("paragraph", " ".join(lines))]


def test_a_korean_heading_among_sentence_lines_stays_a_heading() -> None:
    """A Korean headline-like line ending on a noun among sentence lines is a heading."""
    lines = [KO_LINES[0], "쇼핑몰 운영사 과징금 부과", KO_LINES[1]]
    assert _body(TITLE + "\n".join(lines) + "\n") == [
        ("paragraph", lines[0]),
        ("heading", lines[1]),
        ("paragraph", lines[2]),
    ]
