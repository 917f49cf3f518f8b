"""Rows from the styles read for tos-real-styles-25: pages that quote people and name a terms document — readers
answering under a first-name label, a public body's own policy, a help article about the terms. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Zoomly changes its terms"


@pytest.mark.parametrize(("paragraphs", "found"), [
    # Readers asked what they would accept answer under their first names: their words, in the terms' voice or not.
    (("We asked five readers what they would accept.", "Dana: “We may keep your photos forever.”",
      "Tomas: “You must let us show your pictures in ads.”"), []),
    (("We asked five readers what they would accept in the terms of service of a photo app.",
      "Dana: “We may keep your photos forever.” She says she would still sign up.",
      "Tomas: “You must let us show your pictures in ads.” He would not."), []),
    (("We asked readers to write one line of the privacy policy they would like to see.",
      "Ines: “We will never sell your data to anyone.”",
      "Marek: “You may delete your account and every copy of your messages.”"), []),
    # A comparison of what companies' documents say: each line is its company's document, the next one too.
    (("We compared what the terms of three photo apps say about deleted pictures.",
      "Snapwise: “We may keep deleted photos for up to 30 days.”",
      "Lumigram: “Deleted content may remain in backup copies for a reasonable period.”"),
     ["We may keep deleted photos for up to 30 days.",
      "Deleted content may remain in backup copies for a reasonable period."]),
])  # fmt: skip
def test_a_line_under_a_label_is_the_labels(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A council's, a commission's or a ministry's own policy is no company's document (GUIDELINES: a company's terms).
    ("The city council's privacy policy now states: “We may share information you give us with other city "
     "departments.”", []),
    ("The Commission's new privacy notice says: “We may keep your complaint for six years.”", []),
    ("The ministry's privacy policy reads: “We may share your details with other agencies.”", []),
    # A company's still hands over, a council named before it or not.
    ("Zoomly's privacy policy now states: “We may share information you give us with partners.”",
     ["We may share information you give us with partners."]),
    ("Council members asked about ParkEase. Its privacy policy says: “We may share location data with partners.”",
     ["We may share location data with partners."]),
])  # fmt: skip
def test_a_public_bodys_named_policy_is_not_a_companys(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Council updates its privacy policy")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # 「…」 said ABOUT the terms (について) is the help article's, the terms' own text after it is theirs.
    (("ミナトはヘルプ記事で、新しい利用規約について「重要な変更がある場合は改めて同意をお願いします」と案内している。",
      "利用規約の本文には「当社は、本規約を変更する場合、アプリ内で通知します」とある。"),
     ["当社は、本規約を変更する場合、アプリ内で通知します"]),
    (("ミナトは新しいプライバシーポリシーを公表した。",
      "新ポリシーには「パートナーから取得した情報を組み合わせて利用することがあります」と記載されている。"),
     ["パートナーから取得した情報を組み合わせて利用することがあります"]),
])  # fmt: skip
def test_japanese_words_about_the_terms_are_not_the_terms(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="ミナトの新しい利用規約")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A poster's joke or verdict in the terms' voice, under a lead that names the poster: the poster's words.
    (("Kudipay's terms of service changed.", "One commenter joked: “We may sell your soul, basically.”"), []),
    (("Kudipay's terms of service changed.", "As one Reddit user put it: “We may sell your soul, basically.”"), []),
    (("Kudipay's terms of service changed.", "Another user summed it up: “We may take everything you own.”"), []),
    (("Kudipay's terms of service changed.", "The top comment on Reddit: “You must let us read your SMS.”"), []),
    (("Kudipay's terms of service changed.", "A reader quipped: “You agree to give us your firstborn.”"), []),
    (("La política de privacidad de Kudipay cambió.", "Un usuario en X resumió: “Podremos vender tu alma.”"), []),
    (("Les conditions d'utilisation de Kudipay ont changé.",
      "Un internaute a ironisé : « Nous pouvons garder vos photos pour toujours. »"), []),
    (("Os termos de uso do Kudipay mudaram.", "Uma usuária ironizou: “Podemos ler seus sonhos também.”"), []),
    (("Die Nutzungsbedingungen von Kudipay haben sich geändert.",
      "Ein Nutzer spottete: „Wir dürfen Ihre Fotos für immer behalten.“"), []),
    # A poster who quotes the terms, or a clause set off under the writer's own lead, is still the terms'.
    (("La política de privacidad de Kudipay cambió.", "Un usuario citó la política: “Podremos compartir tu ubicación.”"),
     ["Podremos compartir tu ubicación."]),
    (("Kudipay's terms of service changed.", "One user quoted the terms: “We may share your data with lenders.”"),
     ["We may share your data with lenders."]),
    (("Kudipay's terms of service changed.", "One clause stands out: “We may share your data with lenders.”"),
     ["We may share your data with lenders."]),
])  # fmt: skip
def test_a_posters_remark_in_the_terms_voice_is_the_posters(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Kudipay changes its terms")) == found
