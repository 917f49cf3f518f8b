"""Quotations near a terms document that are a regulator's decision or a company's statement, not the terms.

Patterns from real pages (every text here is written for the test):
- A Pakistani daily's editorial on a draft data governance policy released by an IT ministry (dawn.com), a Brazilian
  research group on the privacy policies of government apps (internetlab.org.br), provincial and national data policy
  pages (gov.bc.ca, mht.gov.om): a state's data policy, named by "national", "government", "do governo" or "released by
  the ministry", quoted as a company's would be.
- Turkish news and law-firm notes on a competition board's and a data board's decisions against a messenger's new
  terms (jurnal.net, medyaradar.com, hukukvebilisim.org, capital.com.tr): the article names the privacy policy, then
  quotes the decision with an impersonal verb ("Kurul kararında “…” denildi", "Kararda “…” ifadesi yer aldı").
- Korean news on a messenger's and a social network's terms rollback (biz.sbs.co.kr, biz.chosun.com, mt.co.kr,
  newsis.com, edaily.co.kr): the company's answer "회사는 “…”고 밝혔다" right after a sentence that quotes the terms.
- A consumer group's reading of platforms' terms and privacy policies (theguardian.com, pmnewsnigeria.com,
  fiercegovernmentit.com): "the group said the terms let the company “…”" is what the group makes of them.
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


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The IT ministry released its draft National Data Policy on Monday. The policy says “every ministry must"
         " publish its datasets in an open format”.", []),
        ("The draft data policy released by the IT ministry states that “citizens' data will be stored on servers"
         " inside the country”.", []),
        ("O ministério publicou a nova política de dados do governo. O texto diz que “os órgãos devem abrir seus"
         " dados em formato aberto”.", []),
        ("정부는 어제 새 방침을 내놨다. 정부의 데이터 정책은 “공공기관은 보유 데이터를 개방해야 한다”고 명시했다.", []),
        ("Pico published its new data policy on Monday. The policy says “we may keep your location for a year”.",
         ["we may keep your location for a year"]),
        ("피코는 어제 새 방침을 내놨다. 피코의 데이터 정책은 “회원의 활동 정보를 광고에 쓸 수 있다”고 명시했다.",
         ["회원의 활동 정보를 광고에 쓸 수 있다"]),
        ("The privacy policy of the dating agency says “we may share your profile with partners”.",
         ["we may share your profile with partners"]),
    ],
)  # fmt: skip
def test_a_states_data_policy_is_no_companys(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Ministry news")) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The consumer association said Pico's terms of service let the company “do whatever it likes with your"
         " photos”.", []),
        ("The consumer association argues that the terms of service give Pico the right to “use your photos for"
         " anything”.", []),
        ("The consumer association said Pico's terms of service state that the company may “use your photos in"
         " its adverts”.", ["use your photos in its adverts"]),
        ("Pico's terms of service let the company “use your photos in its adverts”.",
         ["use your photos in its adverts"]),
    ],
)  # fmt: skip
def test_a_speakers_reading_of_what_the_terms_do_is_theirs(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Consumer group attacks Pico terms")) == expected
