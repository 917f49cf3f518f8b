"""Words read on real pages and in the tune halves of tos-real-styles-31 and -32 while probing terms quotes (session
28): Brazilian "passou a prever" (came to provide) after a new privacy policy, the Turkish past "“…” hükmünü
içeriyordu" (it contained the provision “…”), a social network's data policy by its Korean, German and Spanish names,
and "terms of services" with the service in the plural. A law's name a Korean page sets in 「」 stays a law. Every text
here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_mentions import Page, document_mentions


@pytest.mark.parametrize("sentence", [
    "A nova política de privacidade do Pico passou a prever o uso de fotos para “treinar seus modelos de imagem”.",
    "A política de privacidade passou a dizer que o Pico pode “compartilhar seus contatos com parceiros”.",
    "La política de privacidad de Pico pasó a permitir el uso de fotos para “entrenar sus modelos de imagen”.",
])  # fmt: skip
def test_what_a_document_came_to_say(sentence: str) -> None:
    units = page_units(sentence, title="Pico muda sua política")
    assert len(quotes_found(units)) == 1


def test_a_speaker_who_came_to_say_keeps_the_words() -> None:
    units = page_units(
        "O Pico atualizou sua política de privacidade.",
        "O ministro passou a dizer que a empresa “não respeita os usuários”.",
        title="Pico muda sua política",
    )
    assert quotes_found(units) == []


def test_the_turkish_past_of_a_provision_contained() -> None:
    units = page_units(
        "İncelediğimiz bir uygulamanın çerez politikası, “Uygulamayı açarak tüm çerezlere onay vermiş olursunuz” "
        "hükmünü içeriyordu.",
        title="Çerez politikaları ne diyor?",
    )
    assert quotes_found(units) == ["Uygulamayı açarak tüm çerezlere onay vermiş olursunuz"]


def test_a_minister_is_no_provision() -> None:
    units = page_units(
        "Uygulama çerez politikasını değiştirdi.",
        "Bakan, “Uygulamayı açarak tüm çerezlere onay vermiş olursunuz” diyerek eleştirdi.",
        title="Çerez politikaları ne diyor?",
    )
    assert quotes_found(units) == []


@pytest.mark.parametrize("text", [
    "피코는 데이터 정책에",
    "Picos Datenrichtlinie",
    "la política de datos de Pico",
    "a política de dados do Pico",
])  # fmt: skip
def test_a_data_policy_in_other_languages_is_the_privacy_policy(text: str) -> None:
    assert [mention.name for mention in document_mentions(text, Page(True, None))] == ["privacy policy"]


@pytest.mark.parametrize("text", [
    # A government's open or national data policy.
    "una política de datos abiertos del gobierno",
    "uma política de dados abertos do município",
])  # fmt: skip
def test_a_government_data_policy_is_no_document(text: str) -> None:
    assert document_mentions(text, Page(True, None)) == []


def test_the_korean_data_policy_hands_over_to_its_words() -> None:
    units = page_units(
        "위원회는 피코가 데이터 정책에 “관심사에 맞는 광고를 위해 활동 정보를 이용할 수 있습니다”라고만 적었다고 판단했다.",
        title="피코 제재",
    )
    assert quotes_found(units) == ["관심사에 맞는 광고를 위해 활동 정보를 이용할 수 있습니다"]


def test_a_law_name_in_corner_brackets_is_no_wording() -> None:
    units = page_units(
        "피코는 개인정보 처리방침에 “활동 정보를 광고에 이용할 수 있습니다”라고 적었다. 「개인정보 보호법」은 민감정보를 따로 규정한다.",
        title="피코 제재",
    )
    assert quotes_found(units) == ["활동 정보를 광고에 이용할 수 있습니다"]


def test_terms_of_services_in_the_plural() -> None:
    units = page_units(
        "Pico announced a change to its terms of services. The update reads:",
        "You agree that partners may pay us to show your photos, without any compensation to you.",
        title="Pico and its new rules",
    )
    assert quotes_found(units) == [
        "You agree that partners may pay us to show your photos, without any compensation to you."
    ]


@pytest.mark.parametrize(("lead", "sentence"), [
    ("A Pico mudou sua política de privacidade.",
     "Os novos termos diziam que a empresa poderia usar “fotos que você publica em modo público”."),
    ("Pico cambió su política de privacidad.",
     "La política de privacidad se limitaba a decir que la aplicación “comparte datos con empresas del grupo”."),
    ("Pico modifie ses conditions générales.",
     "Plus loin, le texte prévient que les résultats « peuvent être inexacts ou incomplets »."),
    ("Pengguna Pico membaca kebijakan privasi baru.",
     'Mereka membagikan tangkapan layar kebijakan privasi yang menyebut "riwayat lokasi dan daftar kontak".'),
    ("Ứng dụng Pico cập nhật điều khoản sử dụng.",
     'Điều khoản của nó thường viết: "Chúng tôi dùng vị trí của bạn để gợi ý cửa hàng gần nhất."'),
    ("पिको ने अपनी सेवा की शर्तें अपडेट की हैं।",
     'नई शर्तों में साफ लिखा है, "शर्तें न मानने पर आप सेवा का उपयोग नहीं कर पाएंगे।"'),
])  # fmt: skip
def test_verbs_and_names_read_in_the_tune_half_of_set_33(lead: str, sentence: str) -> None:
    units = page_units(lead, sentence, title="Pico")
    assert len(quotes_found(units)) == 1


@pytest.mark.parametrize(("lead", "sentence"), [
    # A speaker who warns or only said, and the app's name before "of the new terms" in Hindi.
    ("Pico modifie ses conditions générales.", "Le ministre prévient que l'application « ne respecte pas la loi »."),
    ("Pico cambió su política de privacidad.", "El portavoz se limitaba a decir que la empresa “cumple la ley”."),
    ("भारत में मैसेजिंग ऐप 'पिको' की नई शर्तों को लेकर चर्चा तेज है।", "विशेषज्ञों ने चिंता जताई।"),
])  # fmt: skip
def test_the_same_words_elsewhere_give_no_terms(lead: str, sentence: str) -> None:
    units = page_units(lead, sentence, title="Pico")
    assert quotes_found(units) == []


@pytest.mark.parametrize("pronoun", ["Dieser", "Er"])
def test_a_german_pronoun_picks_up_the_paragraph_added(pronoun: str) -> None:
    units = page_units(
        "Picos überarbeitete Datenschutzrichtlinie gilt ab Mai. In Abschnitt 4 ist ein Absatz hinzugekommen.",
        f"{pronoun} lautet: „Partner dürfen Ihre Daten für eigene Zwecke nutzen, wenn Sie zugestimmt haben.“",
        title="Pico ändert die Datenschutzrichtlinie",
    )
    assert quotes_found(units) == [
        "Partner dürfen Ihre Daten für eigene Zwecke nutzen, wenn Sie zugestimmt haben."
    ]


@pytest.mark.parametrize("sentence", [
    "Der Datenschützer Max Weber kritisiert das. Er sagt: „Das ist ein Freibrief für die Weitergabe von Daten.“",
    "Die Verbraucherzentrale kritisiert das. Diese schreibt: „Das ist ein Freibrief für die Weitergabe von Daten.“",
])  # fmt: skip
def test_the_same_pronoun_after_a_critic_keeps_the_critics_words(sentence: str) -> None:
    units = page_units(
        "Picos überarbeitete Datenschutzrichtlinie gilt ab Mai.",
        sentence,
        title="Pico ändert die Datenschutzrichtlinie",
    )
    assert quotes_found(units) == []
