"""Laws in Chinese, Japanese and Korean text: an acronym set among letters with no space ("违反GDPR规定",
"GDPR違反", "GDPR에 따라"), an article right after an acronym or a title ("GDPR第83条", "PDPO 第 18 至 22 條"),
an acronym in full-width letters (ＧＤＰＲ), Hong Kong's ordinance by its chapter in Chinese, and a Chinese law in title marks that the knowledge base does
not hold (《资通安全管理法》). A word that ends in 法 for a way of doing (算法, 兵法) names no law."""

from __future__ import annotations

import pytest
from law_support import law_detector

from parsers.model import Unit


def _laws(text: str) -> list[str]:
    return [finding.text for finding in law_detector().detect((Unit("b0", "block", text, "paragraph"),))]


FOUND = [
    ("监管机构认为该公司违反GDPR规定。", "GDPR"),
    ("欧盟依据GDPR罚款。", "GDPR"),
    ("同社はGDPR違反で制裁金を科された。", "GDPR"),
    ("EUのGDPRに基づき、当局が調査した。", "GDPR"),
    ("이 회사는 GDPR에 따라 과징금을 받았다.", "GDPR"),
    ("CCPA와 GDPR을 모두 지켜야 한다.", "CCPA"),
    ("当局はGDPR第83条に基づき制裁金を科した。", "GDPR第83条"),
    ("資料主體受 PDPO 第 18 至 22 條保障。", "PDPO 第 18 至 22 條"),
    ("起底行為違反PDPO第35E條。", "PDPO第35E條"),
    ("本平台的政策符合香港法例第486章的規定。", "香港法例第486章"),
    ("根據香港私隱條例,你有權查閱自己的資料。", "私隱條例"),
    ("該公司違反《資通安全管理法》。", "資通安全管理法"),
    ("依据《网络数据安全管理条例》第十条。", "网络数据安全管理条例》第十条"),
    ("《个人信息出境标准合同办法》自6月起施行。", "个人信息出境标准合同办法"),
    ("此舉違反《2021 年個人資料(私隱)(修訂)條例》。", "2021 年個人資料(私隱)(修訂)條例"),
    ("全国人大审议了《人工智能法（草案）》。", "人工智能法（草案）"),
    # Japanese papers set Latin letters and digits full-width.
    ("同社はＧＤＰＲ違反で制裁金を科された。", "ＧＤＰＲ"),
    ("当局はＧＤＰＲ第８３条に基づき判断した。", "ＧＤＰＲ第８３条"),
    ("米国のＣＣＰＡと欧州のＧＤＰＲ。", "ＣＣＰＡ"),
]


@pytest.mark.parametrize(("text", "law"), FOUND)
def test_a_law_in_chinese_japanese_or_korean_text(text: str, law: str) -> None:
    assert law in _laws(text)


NOT_FOUND = [
    "平台更新了《用户协议》和《隐私政策》。",  # terms documents in title marks
    "他最近在读《孙子兵法》。",  # a book: 兵法 is strategy
    "文章介绍了《推荐算法》的原理。",  # 算法 is an algorithm
    "这本《学习方法》很受欢迎。",  # 方法 is a method
    "The GDPRS project is a database.",  # an acronym inside a Latin word stays no acronym
    "See the MYGDPR portal.",
    "ＭＹＧＤＰＲというサービス。",  # full-width letters run on: no acronym
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_law_in_near_misses(text: str) -> None:
    assert _laws(text) == []
