"""Articles of Chinese, Japanese and Korean laws as one span with their law and with each other: after a title's
closing corner bracket (「개인정보 보호법」 제24조제3항, 「個人情報の保護に関する法律」第23条), an item after the
paragraph (제64조의2제1항제1호), lists joined by marks and words (第四十一条、第四十二条, 第27条第1項及び第28条,
제15조제1항 및 제17조제1항, 제18조제1항ㆍ제2항, 第八、九条), an article of "this law" (本法第二十二条); and the laws
of the Korea Fair Trade Commission and China's market regulators by the short names their news uses. A company's
own terms keep their sections (이용약관 제5조, 利用規約第5条). Every sentence here is made up."""

from __future__ import annotations

import pytest
from law_support import find_laws

FOUND = [
    # A title in corner brackets is one span with its article, as after Chinese title marks.
    ("위원회는 A사가 「개인정보 보호법」 제24조제3항을 어겼다고 봤다.", ["개인정보 보호법」 제24조제3항"]),
    (
        "当委員会は「個人情報の保護に関する法律」第23条に基づき勧告した。",
        ["個人情報の保護に関する法律」第23条"],
    ),
    ("同社の行為は『個人情報保護法』第27条第1項に反する。", ["個人情報保護法』第27条第1項"]),
    # The item after a paragraph, and the inserted article's paragraph.
    ("개인정보 보호법 제64조의2제1항제1호에 따라 과징금이 나왔다.", ["개인정보 보호법 제64조의2제1항제1호"]),
    ("하도급법 제2조 제2항 제2호의 원사업자로 봤다.", ["하도급법 제2조 제2항 제2호"]),
    # Japan's inserted article (第23条の2) and an item after の (第8条の1号: item 1 of article 8).
    ("同社は個人情報保護法第23条の2に違反した。", ["個人情報保護法第23条の2"]),
    ("公取委は独占禁止法の第8条の1号に当たると判断した。", ["独占禁止法の第8条の1号"]),
    # Lists joined by Korean, Japanese and Chinese marks and words.
    (
        "위원회는 「개인정보 보호법」 제15조제1항 및 제17조제1항 위반을 확인했다.",
        ["개인정보 보호법」 제15조제1항 및 제17조제1항"],
    ),
    ("개인정보보호법 제18조제1항ㆍ제2항을 위반했다.", ["개인정보보호법 제18조제1항ㆍ제2항"]),
    ("개인정보보호법 제15조와 제17조를 함께 어겼다.", ["개인정보보호법 제15조와 제17조"]),
    ("《网络安全法》第四十一条、第四十二条规定了收集规则。", ["网络安全法》第四十一条、第四十二条"]),
    ("该公司违反了个人信息保护法第十条和第十三条。", ["个人信息保护法第十条和第十三条"]),
    ("委員会は個人情報保護法第27条第1項及び第28条違反と判断した。", ["個人情報保護法第27条第1項及び第28条"]),
    ("《个人信息保护法》第六十六条第二款规定了罚款上限。", ["个人信息保护法》第六十六条第二款"]),
    # Numbers listed inside one article mark, a range to another article, and "this law"'s articles.
    ("《反不正当竞争法》第八、九条规定了处罚。", ["反不正当竞争法》第八、九条"]),
    (
        "《网络安全法》第六十四条规定，违反本法第二十二条第三款、第四十一条至第四十三条的，处罚款。",
        ["网络安全法》第六十四条", "第二十二条第三款、第四十一条至第四十三条"],
    ),
    # Laws of Korea's and China's market regulators by their short names.
    ("공정위는 하도급법 위반으로 과징금을 매겼다.", ["하도급법"]),
    ("표시광고법과 방문판매법 개정안이 예고됐다.", ["표시광고법", "방문판매법"]),
    ("전자상거래소비자보호법 위반으로 과태료가 부과됐다.", ["전자상거래소비자보호법"]),
    ("대리점법 위반 사건을 심의했다.", ["대리점법"]),
    ("市场监管部门依据反不正当竞争法第二十条处罚。", ["反不正当竞争法第二十条"]),
    ("依据行政处罚法第二十八条没收违法所得。", ["行政处罚法第二十八条"]),
    ("平台违反《电子商务法》被罚款。", ["电子商务法"]),
    # Foreign laws by their Chinese names, bare after the acronym or in title marks, in a paragraph of prose whose
    # only Latin words are capitalised acronyms (a Chinese full stop: no title-case headline, whose shaped titles
    # would need a known name).
    (
        "该规定参照了GDPR(通用数据保护条例)与加州消费者隐私法。",
        ["GDPR", "通用数据保护条例", "加州消费者隐私法"],
    ),
    (
        "《数据出境安全评估办法》影响深远。自那年起GDPR付诸执行以来,GDPR就记录了许多通知,CCPA也随之生效。",
        ["数据出境安全评估办法", "GDPR", "GDPR", "CCPA"],
    ),
    (
        "《健康保险流通与责任法案》(HIPAA)保护病历。CPRA(加州隐私权法案)随后通过。",
        ["健康保险流通与责任法案", "HIPAA", "CPRA", "加州隐私权法案"],
    ),
]

MISSED = [
    # A company's own terms keep their sections, listed or not.
    ("이 회사는 개인정보보호법과 별개로 이용약관 제5조 및 제7조를 고쳤다.", ["개인정보보호법"]),
    ("個人情報保護法とは別に、利用規約第5条及び第6条が改定された。", ["個人情報保護法"]),
    # A link word before something other than an article ends the list.
    ("개인정보보호법 제15조 및 제3자 제공 규정을 어겼다.", ["개인정보보호법 제15조"]),
    ("《个人信息保护法》第十条和第一次处罚无关。", ["个人信息保护法》第十条"]),
    # The clause comma ， opens the next clause: an article after it is one of its own.
    ("依据《个人信息保护法》第十条，第二十八条另有规定。", ["个人信息保护法》第十条", "第二十八条"]),
    # An article right after a title no law was found in is that title's (a convention's, a plan's), though the
    # page names laws.
    ("依据《网络安全法》,并参照《欧洲人权公约》第八条。", ["网络安全法"]),
    ("《个人信息保护法》实施后,《数据出境规划》第三条随之修订。", ["个人信息保护法"]),
    # No law on the page: a bare article stays unlabelled.
    ("이 약관 제5조 및 제7조가 바뀌었다.", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: list[str]) -> None:
    assert [found for found, _ref in find_laws(text)] == expected


@pytest.mark.parametrize(("text", "expected"), MISSED)
def test_missed(text: str, expected: list[str]) -> None:
    assert [found for found, _ref in find_laws(text)] == expected
