"""Articles of Chinese, Japanese and Korean laws, with their smaller parts and the lists they are written in.

One grammar for the three places an article is read: right after a law's name (laws.py: 个人信息保护法第六十六条,
個人情報保護法146条1項, 개인정보 보호법 제64조의2제1항제1호), after a title's closing mark (law_provisions.after_name:
《网络安全法》第四十一条、第四十二条, 「個人情報の保護に関する法律」第23条, 「개인정보 보호법」 제24조제3항), and with no name
(law_provisions.bare_articles). A list joined by law_references.toml's `cjk_list_link` words is one reference, as
GUIDELINES joins "Articles 6 and 7 of the GDPR": 第27条第1項及び第2項, 제15조제1항 및 제17조제1항, 제18조제1항ㆍ제2항.
"""

from __future__ import annotations

import re
from functools import cache

from annotations.knowledge import vocabulary

REFERENCES = "law_references.toml"
# How many more items a list may hold after its first.
MAX_ITEMS = 12
# An article's number: Arabic, full-width or Chinese numerals (第六十六条, 第一百零一条).
_NUMBER = "[0-9０-９零〇一二三四五六七八九十百千]{1,6}"
# 第23条, 第 12 條 (Taiwan spaces the number), 第18至22條 (a range inside one mark), 第八、九条 (articles 8 and 9), 第23条の2 (an article
# Japan inserted after article 23); then a range to another article: 第四十一条至第四十三条.
_ZH_ARTICLE = (
    rf"第(?:[ \t]?{_NUMBER}[A-Z]?[ \t]?(?:[至到、，,][ \t]?{_NUMBER}[A-Z]?[ \t]?){{0,{MAX_ITEMS}}}|\s[0-9]{{1,4}}\s)[条條]"
    rf"(?:の[0-9０-９]{{1,2}}+(?![0-9０-９]|[号項]))?(?:[至到～〜][ \t]?第?[ \t]?{_NUMBER}[ \t]?[条條](?:の[0-9０-９]{{1,2}}+(?![0-9０-９]|[号項]))?)?"
)
# Japan writes an article right after the law's name with no 第: 個人情報保護法146条1項.
_JA_ARTICLE_MARK = "[条條](?:の[0-9０-９]{1,2}+(?![0-9０-９]|[号項]))?"
_JA_SHORT_ARTICLE = f"[0-9０-９]{{1,4}}{_JA_ARTICLE_MARK}"
# A paragraph, subparagraph or item: 第二款, 第三项, 第1項, 第2号, and Japanese 1項 with no 第, also after の
# (独占禁止法の第8条の1号: item 1 of article 8).
_ZH_PART = rf"(?:第[ \t]?{_NUMBER}[ \t]?[款项項号號]|の?[0-9０-９]{{1,3}}[項号])"
# 제64조의2 (an inserted article), 제15조의1항 as some news writes a paragraph; its paragraph and item, spaced or not
# (제2조 제2항 제2호, 제 15조 1항). The inserted article's digits are read whole (possessive): a part's digits
# never start inside them.
_KO_ARTICLE = r"제\s?\d{1,3}조(?:의\s?\d{1,2}+항?)?"


@cache
def _links() -> str:
    """The words joining a list's items, longest first. Chinese and Japanese write them unspaced; a Korean list's
    optional space is read once before its link or part (_ko_list), so that no space can go two ways."""
    phrases = sorted(
        (p for entry in vocabulary(REFERENCES).role("cjk_list_link") for p in entry.phrases),
        key=len,
        reverse=True,
    )
    return rf"(?:{'|'.join(map(re.escape, phrases))})"


def _zh_list(first: str) -> str:
    """A Chinese or Japanese list: a first article, then more articles or parts of it, each after a link word."""
    # After a link, digits open either a short article (146条) or a part (2項): read once, then told apart.
    digits = rf"[0-9０-９]{{1,4}}(?:{_JA_ARTICLE_MARK}|[項号])"
    part_first = rf"(?:第[ \t]?{_NUMBER}[ \t]?[款项項号號]|の[0-9０-９]{{1,3}}[項号])"
    item = rf"(?:{_ZH_ARTICLE}|{digits}|{part_first})"
    return rf"{first}{_ZH_PART}{{0,3}}(?:{_links()}{item}{_ZH_PART}{{0,3}}){{0,{MAX_ITEMS}}}"


def _ko_list() -> str:
    """A Korean list: an article, then its parts and more articles or parts after a link word, each step after one
    optional space (제2조 제2항 제2호, 제15조제1항 및 제17조제1항, 제18조제1항ㆍ제2항)."""
    part = r"(?:제\s?)?\d{1,2}[항호]"
    item = rf"(?:{_KO_ARTICLE}|제\s?\d{{1,2}}[항호])"
    return rf"{_KO_ARTICLE}(?:\s?(?:{part}|{_links()}\s?{item})){{0,{MAX_ITEMS + 3}}}"


@cache
def after_name() -> str:
    """An article list right after a law's name: after a space, の or 의 (개인정보 보호법의 제64조의2), also Japanese
    with no 第 (個人情報保護法146条1項)."""
    return (
        rf"(?:[\sの]|의\s?)?{_zh_list(f'(?:{_ZH_ARTICLE})')}|{_zh_list(_JA_SHORT_ARTICLE)}"
        rf"|(?:\s|의\s?)?{_ko_list()}"
    )


@cache
def after_mark() -> str:
    """An article list after a title's closing mark or an acronym: 》第六十六条, 」第23条, 」 제24조제3항, GDPR第83条."""
    return rf"[》」』]?[ \t]?(?:{_zh_list(f'(?:{_ZH_ARTICLE})')}|{_ko_list()})"


@cache
def bare() -> str:
    """A bare article list: Chinese or Japanese after a mark (a closing bracket too: 《…法》(…公布)第六十四條), a space, a particle other than の, 法の, 本法/该法/同法
    (this law, the said law, the same law: 乃依同法第42條, Taiwan's court judgments) or 本规定 (these provisions, a regulation's own); Korean after a space or a mark; Japanese 法第146条 and 同法第23条 (the Act, the
    same Act), their 第 and their paragraph's often left out."""
    zh = _zh_list(f"(?:{_ZH_ARTICLE})")
    lead = r"(?:(?<=[\s\u3001\u3002\uff08\uff09\uff0c\u3040-\u306d\u306f-\u309f「」『』（()）,》])|(?<=法の)|(?<=本法|该法|該法|同法)|(?<=本规定|本規定)|^)"
    korean = r"(?:(?<=[\s(,「『“\"\x27])|^)"
    japanese = r"(?:(?<=[\s\u3001\u3002\uff08(（)\uff09,「『])|^)"  # also after a list mark: (1)法第145条
    return rf"{lead}{zh}|{korean}{_ko_list()}|{japanese}同?法第?{_zh_list(_JA_SHORT_ARTICLE)}"
