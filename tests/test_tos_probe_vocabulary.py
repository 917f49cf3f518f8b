"""Words read on real pages while probing terms quotes (and one tune-half row of tos-real-styles-32: "the 2021 terms"):
the agreement of use Vietnamese apps name their terms by
("Thỏa thuận sử dụng", news on a messaging app's new terms), and Chinese 提及 (mentions) after a policy, as Taiwanese
news writes "《隱私政策》提及「…」". Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_mentions import Page, document_mentions


@pytest.mark.parametrize("text", [
    "Thỏa thuận sử dụng của ứng dụng nêu rằng",
    "theo thoả thuận người dùng",
    "Thỏa thuận cung cấp và sử dụng dịch vụ Lúa ghi rõ",
])  # fmt: skip
def test_the_vietnamese_agreement_of_use_is_the_terms(text: str) -> None:
    assert [mention.name for mention in document_mentions(text, Page(False, None))] == ["terms of use"]


def test_the_new_agreement_by_a_pointing_word_on_a_page_naming_the_terms() -> None:
    units = page_units(
        "Ứng dụng Lúa cập nhật điều khoản sử dụng.",
        'Thỏa thuận mới ghi rõ người dùng "đồng ý để Lúa lưu lịch sử trò chuyện trong hai năm".',
        title="Lúa cập nhật điều khoản",
    )
    assert quotes_found(units) == ["đồng ý để Lúa lưu lịch sử trò chuyện trong hai năm"]


@pytest.mark.parametrize("text", [
    # A trade deal, or an agreement named on a page that names no terms: no document.
    "Hai nước ký thỏa thuận thương mại",
    "Thỏa thuận mới giữa hai nước",
])  # fmt: skip
def test_other_vietnamese_agreements_are_no_terms(text: str) -> None:
    assert document_mentions(text, Page(False, None)) == []


def test_a_policy_that_mentions_in_chinese_hands_over_to_its_words() -> None:
    units = page_units(
        "某雲端文件服務此前更新的《隱私政策》提及「我們會將您上傳的檔案用於改進排版功能」,引發用戶質疑。",
        title="雲端文件服務更新隱私政策",
    )
    assert quotes_found(units) == ["我們會將您上傳的檔案用於改進排版功能"]


def test_a_spokesperson_who_mentions_in_chinese_is_no_document() -> None:
    units = page_units("公司發言人提及「我們不會出售用戶資料」。", title="雲端文件服務回應質疑")
    assert quotes_found(units) == []


@pytest.mark.parametrize("text", [
    "The 2021 terms told members that “photos you post may appear in our adverts.”",
    "Its 2019 conditions said that “photos you post may appear in our adverts.”",
])  # fmt: skip
def test_the_terms_named_by_the_year_of_their_version(text: str) -> None:
    units = page_units("Snapfold changed its rules for members.", text, title="Regulator wins over Snapfold")
    assert quotes_found(units) == ["photos you post may appear in our adverts."]


def test_the_terms_of_a_dated_truce_are_no_document() -> None:
    units = page_units(
        "The 2021 terms of the truce said that “both sides will pull back their heavy guns.”",
        title="Truce holds in the north",
    )
    assert quotes_found(units) == []


def test_indonesian_terms_of_use_and_their_provisions() -> None:
    """News on a photo app's terms (Indonesian): the terms of use named, then "in the section of the provisions" and
    "written at the start of the provisions" after a quotation."""
    units = page_units(
        "Hal itu tertuang dalam ketentuan pemakaian aplikasi Fotoku.",
        'Di bagian ketentuan konten, Fotoku mengatakan, "Anda tetap memiliki hak atas foto yang Anda unggah."',
        'Perhatikan kalimat "Kecuali lisensi yang Anda berikan kepada kami" yang tertulis pada awal ketentuan.',
        title="Bahaya di balik aplikasi Fotoku",
    )
    assert quotes_found(units) == [
        "Anda tetap memiliki hak atas foto yang Anda unggah.",
        "Kecuali lisensi yang Anda berikan kepada kami",
    ]


@pytest.mark.parametrize("text", [
    # A law's provisions, or provisions on a page that names no terms: no document.
    'Menurut ketentuan pasal 5, "setiap orang wajib melapor dalam tujuh hari".',
    'Di bagian ketentuan peralihan disebutkan "peraturan lama tetap berlaku".',
])  # fmt: skip
def test_indonesian_provisions_of_a_law_are_no_terms(text: str) -> None:
    assert quotes_found(page_units(text, title="Aturan baru pemerintah")) == []


_JP_CLAUSE = (
    "利用者は、投稿したコンテンツを当社が無償で使用、複製および改変できることに同意するものとします。"
)


def test_a_japanese_lead_in_ending_on_i_quote_below_after_an_earlier_following() -> None:
    """A Japanese paragraph runs its sentences on with no space after 。: the lead-in is its last "以下に引用する", not an
    earlier 次の with words after it (a Japanese news page on a social network's revised terms)."""
    lead = "次の点を確認しておこう。改定された利用規約には長い一文が加わった。少し長いが、以下に引用する。"
    units = page_units(lead, _JP_CLAUSE, title="利用規約の改定を読む")
    assert quotes_found(units) == [_JP_CLAUSE]


def test_a_japanese_lead_in_quoting_a_spokesperson_below_is_not_the_terms() -> None:
    lead = "次の点を確認しておこう。利用規約の改定について、同社の広報担当者の説明を以下に引用する。"
    units = page_units(
        lead,
        "当社は利用者の皆様の懸念を真摯に受け止め、今後も丁寧に説明してまいります。",
        title="利用規約の改定を読む",
    )
    assert quotes_found(units) == []


@pytest.mark.parametrize("text", [
    # The policy as the topic of what a spokesperson says ('speaking of', 'asked about'): the spokesperson's words.
    "公司發言人在談到《隱私政策》時提及「我們不會出售用戶資料」。",
    "公司发言人在谈到隐私政策时提到「我们不会出售用户资料」。",
    "被问及隐私政策时，该公司称「我们不会出售用户资料」。",
])  # fmt: skip
def test_a_policy_someone_speaks_of_in_chinese_hands_nothing_over(text: str) -> None:
    assert quotes_found(page_units(text, title="雲端文件服務回應質疑")) == []


def test_indonesian_provisions_set_in_a_law_are_no_terms() -> None:
    """On a page naming a privacy policy, the provisions "in" a law (ketentuan dalam UU …) are the law's."""
    units = page_units(
        "Fotoku mengubah kebijakan privasi pekan ini.",
        'Menurut ketentuan dalam UU Pelindungan Data Pribadi, "pengendali data wajib memberi tahu subjek data dalam '
        'tiga hari".',
        title="Fotoku ubah kebijakan privasi",
    )
    assert quotes_found(units) == []
