"""Review of session 28's terms rules, from probing with written pages. (1) A document's name that only says what
another source after it is about ("its new privacy policy announcement", "the privacy policy FAQ") hands a quotation
to no document: the company's announcement, FAQ or blog post speaks (GUIDELINES: such explanations are no terms).
(2) Documents in general only compared with ("Pico's privacy policy, like many privacy policies, says") leave the
quotation to the company's document, and words of all or some ("accept all terms of service", "toutes les conditions
d'utilisation") count a company's documents, not documents in general (tos_generic). (3) A German demonstrative
picks up a part of the document only as a pronoun ("Dieser lautet:"), not as a noun's article ("Dieses Vorgehen nennen
Kritiker"). (4) In a verb-final language a bare word of policy, contract or text before a quotation is a company's
terms only where the page's top names a document, the word names one by itself (ポリシー, 약관) or the sentence speaks
of a service or its users: not a government's, a party's, a treaty's or a player's (tos_trailing); a Korean one
with the object particle ("약관을 “…”이라고 부른다") is what someone calls the terms. Every text here is written for the
test. (6) A relative clause on a part of the document ("A new clause, which was added to the terms in May, says")
leaves the quotation to that part (tos_relative)."""

from __future__ import annotations

import pytest
from tos_support import article_quotes, page_units, quotes_found

TITLE = "Pico updates its privacy policy"
OPENING = "Pico has changed its privacy policy for members."


@pytest.mark.parametrize("sentence", [
    '"We never sell your voice samples," the company said in its new privacy policy announcement.',
    '"We never sell your voice samples," the company said in its privacy policy FAQ.',
    '"We never sell your voice samples," Pico wrote in its updated terms of service blog post.',
    '"We never sell your voice samples," the company said in its new privacy policy press release.',
    '"We never sell your voice samples," the company said in its privacy policy update email to users.',
    '"The change is unlawful," the authority said in its new privacy policy decision.',
    '"We never sell your voice samples," reads the privacy policy FAQ.',
])  # fmt: skip
def test_a_document_that_only_names_another_sources_topic_takes_nothing(sentence: str) -> None:
    assert quotes_found(page_units(OPENING, sentence, title=TITLE)) == []


@pytest.mark.parametrize("sentence", [
    '"We may share your voice samples with partners," the company said in its new privacy policy.',
    '"We may share your voice samples with partners," Pico wrote in its updated terms of service on Monday.',
    '"We may share your voice samples with partners," the company said in its new privacy policy, which takes '
    'effect in May.',
    '"We may share your voice samples with partners," reads the privacy policy.',
    '"We may share your voice samples with partners," reads the privacy policy published in March.',
])  # fmt: skip
def test_a_document_named_after_the_quotation_keeps_its_words(sentence: str) -> None:
    assert quotes_found(page_units(OPENING, sentence, title=TITLE)) == [
        "We may share your voice samples with partners,"
    ]


@pytest.mark.parametrize("sentence", [
    "Pico's privacy policy, like many privacy policies, says the company “may share your voice samples with partners”.",
    "Pico's privacy policy, as with most privacy policies, says the company “may share your voice samples with "
    "partners”.",
    "Pico's new privacy policy reads like most privacy policies: “We may share your voice samples with partners.”",
    "To join, members must accept all terms of service, which state that Pico “may share your voice samples with "
    "partners”.",
    "Few members read all the terms of use, which say that Pico “may share your voice samples with partners”.",
    "Pico rewrote some terms of use last week, which now say the company “may share your voice samples with partners”.",
    "Chez Pico, toutes les conditions d'utilisation précisent que l'entreprise « peut transmettre vos enregistrements "
    "vocaux à des partenaires ».",
])  # fmt: skip
def test_a_companys_document_beside_documents_in_general_keeps_its_clause(sentence: str) -> None:
    assert len(quotes_found(page_units(OPENING, sentence, title=TITLE))) == 1


@pytest.mark.parametrize("sentence", [
    "Pico's privacy policy is long, but most privacy policies say “we may share your voice samples with partners”.",
    "Unlike Pico, many privacy policies say “we may share your voice samples with partners”.",
    "Like Pico's, most privacy policies say “we may share your voice samples with partners”.",
])  # fmt: skip
def test_documents_in_general_that_say_it_still_say_nothing_of_a_company(sentence: str) -> None:
    assert quotes_found(page_units(OPENING, sentence, title=TITLE)) == []


GERMAN_TITLE = "Pico ändert die Datenschutzrichtlinie"


@pytest.mark.parametrize("sentence", [
    "Dieses Vorgehen nennen Kritiker „einen Datenraub mit Ansage“.",
    "Diese Praxis nennt die Verbraucherzentrale „einen Datenraub mit Ansage“.",
])  # fmt: skip
def test_a_german_demonstrative_before_a_noun_points_back_to_nothing(sentence: str) -> None:
    units = page_units("Pico hat seine Datenschutzrichtlinie geändert.", sentence, title=GERMAN_TITLE)
    assert quotes_found(units) == []


@pytest.mark.parametrize("sentence", [
    "Diese lautet nun: „Partner dürfen Ihre Daten für eigene Zwecke nutzen.“",
    "Dieser besagt: „Partner dürfen Ihre Daten für eigene Zwecke nutzen.“",
])  # fmt: skip
def test_a_german_demonstrative_alone_still_picks_up_the_clause(sentence: str) -> None:
    units = page_units(
        "Picos Datenschutzrichtlinie gilt ab Mai. In Abschnitt 4 ist eine Klausel hinzugekommen.",
        sentence,
        title=GERMAN_TITLE,
    )
    assert quotes_found(units) == ["Partner dürfen Ihre Daten für eigene Zwecke nutzen."]


@pytest.mark.parametrize(("title", "body"), [
    ("Yeni ekonomi programı", "Hükümetin yeni ekonomi politikasında “enflasyonla mücadele önceliğimizdir” ifadesi yer alıyor."),
    ("Zirve sona erdi", "Liderlerin ortak bildiri metninde “iklim krizine karşı birlikte hareket edeceğiz” ifadesi yer aldı."),
    ("Transfer haberleri", "Oyuncunun yeni sözleşmesinde “40 milyon euroluk serbest kalma bedeli” maddesi bulunuyor."),
    ("शिक्षा नीति", "नई शिक्षा नीति में “हर बच्चे को मातृभाषा में पढ़ाई का अवसर मिलेगा” कहा गया है।"),
    ("정당 공약", "민주당의 새 정책에는 “청년 주거 지원을 두 배로 늘린다”는 내용이 담겼다."),
    ("Thỏa thuận thương mại", "Theo thỏa thuận giữa hai nước, điều khoản mới viết: “Thuế nhập khẩu giảm về 0%”."),
])  # fmt: skip
def test_a_bare_word_of_policy_with_no_service_gives_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize("body", [
    "이용자들은 새 약관을 “노예 계약”이라고 부른다.",
    "시민단체는 피코의 개인정보 처리방침을 “빈껍데기 문서”라고 비판했다.",
])  # fmt: skip
def test_korean_terms_as_the_object_of_what_someone_calls_them_give_no_terms(body: str) -> None:
    assert article_quotes("피코 이용약관 논란", body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Teslimat uygulaması", "Uygulamanın yeni sözleşmesinde “Siparişleriniz reklam ortaklarımızla paylaşılabilir” "
     "ifadesi yer alıyor.", ["Siparişleriniz reklam ortaklarımızla paylaşılabilir"]),
    ("배달 앱 논란", "새 정책에는 “회원의 주문 기록을 광고에 활용할 수 있다”는 조항이 들어갔다.",
     ["회원의 주문 기록을 광고에 활용할 수 있다"]),
])  # fmt: skip
def test_a_bare_word_of_policy_beside_a_service_still_gives_its_terms(
    title: str, body: str, found: list[str]
) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize("sentence", [
    "A new clause, which was added to the terms of service in May, says members “waive the right to sue Pico”.",
    "The passage, which is buried in the privacy policy, says Pico “may share voice samples with partners”.",
    "The wording, which Pico added to its privacy policy last week, says the company “may share voice samples with "
    "partners”.",
])  # fmt: skip
def test_a_relative_clause_on_a_part_of_the_document_keeps_its_words(sentence: str) -> None:
    assert len(quotes_found(page_units(OPENING, sentence, title=TITLE))) == 1


def test_a_relative_clause_on_a_reader_of_the_document_still_keeps_theirs() -> None:
    sentence = (
        "A consumer group, which read the terms of service closely, said the clause was “deeply unfair”."
    )
    assert quotes_found(page_units(OPENING, sentence, title=TITLE)) == []
