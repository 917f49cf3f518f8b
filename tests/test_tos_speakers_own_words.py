"""Quotations that name a terms document inside someone else's sentence, and what the page around them is: the
regulator's or the company's words, not the document's. Every text here is written for the test, after the pattern
of real pages (a regulator's blog post quoted in two pieces, a company's notice to its users quoted in a Korean
report)."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Regulator warns on quiet policy changes"


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A document named inside the regulator's first quotation hands nothing to its second.
    (("„Firmen könnten versucht sein, ihre Datenschutzrichtlinien still zu ändern“, stellte die Behörde in einem "
      "Beitrag fest. „Solche Änderungen ohne klare Benachrichtigung können unlauter sein und Folgen haben.“",), []),
    (("메타는 이용자에게 \"새 개인정보 처리방침에 따라 위치 정보 수집에 동의해야 한다\", \"다음 달부터는 동의해야 "
      "계정을 쓸 수 있다\"고 공지해 비판을 받았다.",), []),
    # The document outside any quotation still hands over, after a quotation of its own name or of a sentence.
    (("Die Datenschutzrichtlinie von Kelvo stellt fest: „Wir können Standortdaten an Partner weitergeben.“",),
     ["Wir können Standortdaten an Partner weitergeben."]),
    (("Under the heading “How we share what you tell us”, the privacy policy says: “We may pass location data to "
      "partners.”",), ["We may pass location data to partners."]),
    (("“Our privacy policy is clear on this point,” the company said. Its privacy policy says: “We may pass "
      "location data to partners.”",), ["We may pass location data to partners."]),
    # A quotation that ends on the document's name is a name the writer quotes: the document still hands over.
    (("What Kelvo calls its “shorter and simpler terms of service” now state that users “grant Kelvo a perpetual "
      "licence”.",), ["grant Kelvo a perpetual licence"]),
])  # fmt: skip
def test_a_document_named_in_another_quotation_hands_nothing_over(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A speaker reports what a piece of the document did: the quotation is the speaker's.
    (("The statement then explains that the passage in the new terms – due to apply from May – “may have worried "
      "some of our customers”.",), []),
    (("Il affirme que la clause des nouvelles conditions d'utilisation « a pu inquiéter certains clients ».",), []),
    # A user passing a piece of the document on still quotes the document.
    (("One user posted the relevant part of the new terms: “We may keep your files for as long as we like.”",),
     ["We may keep your files for as long as we like."]),
])  # fmt: skip
def test_a_piece_of_the_document_a_speaker_reports_on_is_the_speakers(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A purpose that goes on past its verb: what the change is for, as the company explains it.
    (("Kelvo's new terms of service sparked anger. The clause had been added to allow it to one day use “automated "
      "checks to catch abuse”, it said.",), []),
    (("Kelvo's terms of service confused users, so the wording was changed to make “the rules easier to follow”.",),
     []),
    # The document's own purpose words, and a lead that names the document after the verb, stay its wording.
    (("Kelvo's terms of service allow the company to “share usage data with its partners”.",),
     ["share usage data with its partners"]),
    (("A new line was added to allow the terms of service to say: “We may share usage data with partners.”",),
     ["We may share usage data with partners."]),
])  # fmt: skip
def test_a_purpose_past_its_verb_is_the_explanation(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A quotation right after a numbered part, with a genitive particle after it, is the part's heading.
    (("Kelvoがプライバシーポリシーを改定した。", "新しいポリシーでは、第4条「データの利用」の第1項に新しい文が入った。"), []),
    (("새 개인정보 처리방침은 제4조 \"데이터 이용\"의 1항을 바꿨다.",), []),
    # Without the particle, what follows the part is its wording, as a headline sets it.
    (("줌리 약관 제5조 \"녹음 파일을 AI 학습에 활용할 수 있다\" 논란",), ["녹음 파일을 AI 학습에 활용할 수 있다"]),
])  # fmt: skip
def test_a_numbered_parts_heading_is_no_wording(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A full stop with no space after it ends the sentence: the writer's labels after it are the writer's own.
    (("某网盘更新用户协议后,在‘存储’条款中加了一句:‘平台可将超过一年未登录的文件转为压缩存储’。表面是节省空间,实际是把"
      "‘随时下载’服务换成了‘排队解压’。",), ["平台可将超过一年未登录的文件转为压缩存储"]),
    # In one sentence, a second quotation still goes on with the document's first.
    (("用户协议把‘自动备份’改成了‘手动备份’。",), ["自动备份", "手动备份"]),
])  # fmt: skip
def test_a_cjk_full_stop_ends_what_goes_on(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A speaker's quotation goes on after the attribution that split it: the next piece is theirs, binding or not.
    (("Kelvo rewrote its privacy policy. “Companies often rewrite a privacy policy without telling anyone,” the "
      "regulator wrote. “Users may not notice that their data is now shared.”",), []),
    (("Kelvo rewrote its privacy policy. “This is a big change,” said Dana Reyes, a lawyer. “Users must now agree "
      "to share their location.”",), []),
    (("“Firms rewrite these texts quietly,” the regulator wrote. “Users may not notice.” “A company may change a "
      "privacy policy at any time,” it added.",), []),
    # The document that took the first piece goes on in the next.
    (("Kelvo rewrote its privacy policy. “We may share your data with partners,” the privacy policy says. “We may "
      "also keep it for ten years.”",),
     ["We may share your data with partners,", "We may also keep it for ten years."]),
])  # fmt: skip
def test_the_next_piece_of_a_speakers_split_quotation_is_theirs(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found
