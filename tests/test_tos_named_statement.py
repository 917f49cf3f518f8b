"""Rows for a quotation the words after it name as a provision, a sentence or a statement (tos_named_after): an
ordinance's provision in Japanese ("条例の「…」という規定" is a law's, not terms), a Chinese "“…”一句" and a Turkish
"“…” ifadesi" of a document named before it in the sentence, after the pattern of Japanese, Chinese and Turkish
news on policy changes; beside a company's terms, and a president's or a minister's words. Every text here is written
for the test; the quoted wording is invented."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # An ordinance named by its kind: the provision is the law's.
    ("ツブヤ、規約を改定", "東京都の条例の「事業者は利用者の同意を得なければならない」という規定が問題となった。", []),
    ("ツブヤ、規約を改定", "ツブヤの利用規約の「当社は投稿を無償で利用できるものとします」という規定が問題となった。",
     ["当社は投稿を無償で利用できるものとします"]),
    # A sentence of the document named before it: Chinese 一句, Turkish ifadesi.
    ("图图修改隐私政策", "图图公司修改了隐私政策。新版隐私政策的“我们可能与合作伙伴共享您的位置信息”一句引发争议。",
     ["我们可能与合作伙伴共享您的位置信息"]),
    ("Kurul'un Tuyo kararına ilişkin bilgi notu",
     "Kurul, şirketin çerez politikasında yer alan “sitemizi kullanmaya devam ederek çerezleri kabul etmiş "
     "sayılırsınız” ifadesinin açık rıza yerine geçemeyeceğini belirtti.",
     ["sitemizi kullanmaya devam ederek çerezleri kabul etmiş sayılırsınız"]),
    # No document before it: a president's line, a minister's statement.
    ("图图修改隐私政策", "发布会上，图图公司总裁的“我们绝不出卖用户”一句引发热议。", []),
    ("Bakan Tuyo hakkında konuştu", "Bakanın “kullanıcıların verileri güvende” ifadesi tartışma yarattı.", []),
])  # fmt: skip
def test_a_quotation_named_after_it(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # The document named earlier in the sentence, but the quotation is a netizen's, an official's or a law's.
    ("图图修改隐私政策", "图图公司修改了隐私政策，网友留言中的“这谁还敢用”一句刷屏。", []),
    ("图图修改隐私政策", "针对图图的新隐私政策，工信部部长的“企业必须守住底线”一句引发关注。", []),
    ("图图修改隐私政策", "图图的隐私政策引用了个人信息保护法中“告知同意”一句。", []),
    ("Tuyo gizlilik politikasını değiştirdi",
     "Tuyo'nun yeni gizlilik politikası hakkında Bakan Yılmaz'ın “kullanıcıların verileri güvende” ifadesi tartışma "
     "yarattı.", []),
    ("Tuyo gizlilik politikasını değiştirdi",
     "Gizlilik politikası değişince bir kullanıcının “artık bu uygulamayı silme zamanı” cümlesi viral oldu.", []),
    # The quotation right after the document's name: its sentence.
    ("图图修改隐私政策", "新版隐私政策中的“我们会保存您的语音记录三年”一句引发争议。", ["我们会保存您的语音记录三年"]),
    ("Tuyo gizlilik politikasını değiştirdi",
     "Tuyo'nun yeni gizlilik politikasında geçen “verileriniz iş ortaklarımızla paylaşılabilir” ifadesi tepki çekti.",
     ["verileriniz iş ortaklarımızla paylaşılabilir"]),
])  # fmt: skip
def test_a_statement_named_after_it_follows_the_documents_name(
    title: str, paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found
