"""Quotations near a terms document that are a regulator's decision or a company's statement, not the terms.

Patterns from real pages (every text here is written for the test):
- Turkish news and law-firm notes on a competition board's and a data board's decisions against a messenger's new
  terms (jurnal.net, medyaradar.com, hukukvebilisim.org, capital.com.tr): the article names the privacy policy, then
  quotes the decision with an impersonal verb ("Kurul kararında “…” denildi", "Kararda “…” ifadesi yer aldı").
- Korean news on a messenger's and a social network's terms rollback (biz.sbs.co.kr, biz.chosun.com, mt.co.kr,
  newsis.com, edaily.co.kr): the company's answer "회사는 “…”고 밝혔다" right after a sentence that quotes the terms.
Each with the frame where the document's own wording is quoted, which stays the document's.
"""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Kurul, Dolunay'ın gizlilik politikasını inceledi. Kurul kararında “açık rıza hizmetin ön şartı"
         " yapılamaz” denildi.", []),
        ("Kurul, Dolunay'ın gizlilik politikasını inceledi. Kararda “kullanıcıya seçme hakkı tanınmadı”"
         " ifadesi yer aldı.", []),
        ("Dolunay gizlilik politikasını değiştirdi. Politikada “verileriniz grup şirketleriyle paylaşılabilir”"
         " denildi.", ["verileriniz grup şirketleriyle paylaşılabilir"]),
        ("Kurul kararında, Dolunay gizlilik politikasındaki “verileriniz grup şirketleriyle paylaşılabilir”"
         " ifadesine dikkat çekildi.", ["verileriniz grup şirketleriyle paylaşılabilir"]),
        ("Dolunay gizlilik politikasında “verileriniz grup şirketleriyle paylaşılabilir” deniyor. Kurul kararında"
         " ise “açık rıza ön şart yapılamaz” denildi.", ["verileriniz grup şirketleriyle paylaşılabilir"]),
    ],
)  # fmt: skip
def test_a_turkish_boards_decision_holds_its_own_words(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Kurul'dan Dolunay kararı")) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('바다톡은 약관에 "이용자의 게시물을 홍보에 쓸 수 있다"는 조항을 넣었다. 회사는 "홍보에 쓸 때는 따로 묻겠다"고 밝혔다.',
         ["이용자의 게시물을 홍보에 쓸 수 있다"]),
        ('바다톡 이용약관은 "회사는 게시물을 홍보에 쓸 수 있다"고 정한다. 바다톡은 "홍보에 쓸 때는 따로 묻겠다"고 밝혔다.',
         ["회사는 게시물을 홍보에 쓸 수 있다"]),
        ('바다톡은 개정 이용약관에서 "회사는 게시물을 홍보에 쓸 수 있다"고 밝혔다.', ["회사는 게시물을 홍보에 쓸 수 있다"]),
        ('바다톡은 약관에 "이용자의 게시물을 홍보에 쓸 수 있다"는 조항을 넣었다. 약관은 또 "회사는 언제든 서비스를 바꿀 수 있다"고'
         " 밝혔다.", ["이용자의 게시물을 홍보에 쓸 수 있다", "회사는 언제든 서비스를 바꿀 수 있다"]),
    ],
)  # fmt: skip
def test_a_korean_companys_answer_after_the_terms_is_its_own(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="바다톡 약관 논란")) == expected


def test_a_korean_companys_answer_in_the_next_paragraph_is_its_own() -> None:
    units = page_units(
        '바다톡은 약관에 "이용자의 게시물을 홍보에 쓸 수 있다"는 조항을 넣었다.',
        '회사는 "홍보에 쓸 때는 따로 묻겠다"고 밝혔다.',
        title="바다톡 약관 논란",
    )
    assert quotes_found(units) == ["이용자의 게시물을 홍보에 쓸 수 있다"]
