"""Rows from the styles read for tos-real-styles-24: fragments of a licence quoted in other languages, a company
keeping a right in its terms, quotations joined in one sentence under a cue after the last, and a clause as the
subject of what it grants. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # The words of a licence grant, in German, Spanish, French and Dutch, with no cue in the sentence.
    ("Schickfix ändert seine Nutzungsbedingungen",
     "Nutzer sollten demnach eine «zeitlich unbegrenzte, weltweite und gebührenfreie Lizenz» erteilen.",
     ["zeitlich unbegrenzte, weltweite und gebührenfreie Lizenz"]),
    ("Nubox cambia sus términos de servicio",
     "Los usuarios tendrían que conceder una «licencia perpetua, mundial y transferible» sobre sus archivos.",
     ["licencia perpetua, mundial y transferible"]),
    ("Piaf modifie ses conditions d'utilisation",
     "Les membres devraient accorder une « licence mondiale et perpétuelle » sur leurs photos.",
     ["licence mondiale et perpétuelle"]),
    ("Fotokluis past zijn gebruiksvoorwaarden aan",
     "Gebruikers zouden een \"eeuwigdurende, wereldwijde en royaltyvrije licentie\" op hun foto's geven.",
     ["eeuwigdurende, wereldwijde en royaltyvrije licentie"]),
    # A licence noun with no words of a grant, or a speaker's: no terms wording.
    ("Schickfix ändert seine Nutzungsbedingungen",
     "Schulen bekommen eine „kostenlose Lizenz für das Büropaket“ geschenkt.", []),
    ("Schickfix ändert seine Nutzungsbedingungen",
     "„Wir brauchen keine weltweite Lizenz an euren Dateien“, sagte ein Sprecher.", []),
])  # fmt: skip
def test_licence_wording_in_other_languages_is_the_terms(
    title: str, paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # A company keeping a right, told in the past or in German, Spanish and French, on a page about its terms.
    ("Schickfix ändert seine Nutzungsbedingungen",
     "Besonders heikel: Schickfix nahm sich das Recht heraus, Dateien „zur Verbesserung seiner Modelle zu nutzen“.",
     ["zur Verbesserung seiner Modelle zu nutzen"]),
    ("Nubox cambia sus términos de servicio",
     "Nubox se reserva el derecho de «eliminar cualquier archivo que considere inapropiado».",
     ["eliminar cualquier archivo que considere inapropiado"]),
    ("Piaf modifie ses conditions d'utilisation",
     "Piaf se réserve le droit de « suspendre un compte à tout moment ».", ["suspendre un compte à tout moment"]),
    ("Meetly changes its terms of service",
     "Meetly reserved the right to “share usage records with our partners”.",
     ["share usage records with our partners"]),
    # Someone else says it: the regulator's words, or a spokesperson's after the quotation.
    ("Meetly changes its terms of service",
     "The regulator said Meetly reserved the right to “appeal any decision”.", []),
    ("Nubox cambia sus términos de servicio",
     "Nubox se reserva el derecho de «responder en los tribunales», dijo un portavoz.", []),
])  # fmt: skip
def test_a_company_keeping_a_right_speaks_its_terms(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A cue after the last quotation of a sentence covers the quotations the sentence joins to it.
    (("Kete updated its privacy policy last month.",
      "Kete may now disclose “purchase history” to “selected insurance partners”, the policy says."),
     ["purchase history", "selected insurance partners"]),
    (("Gogo changed its privacy policy this week.",
      "The update goes further. Gogo may share “pick-up and drop-off locations” with “advertising partners”, it says."),
     ["pick-up and drop-off locations", "advertising partners"]),
    # Someone else's words before it in the sentence, or a document named between: not joined.
    (("Kete updated its privacy policy last month.",
      "Critics call it “a grab”, and the policy lets Kete share “purchase history”."), ["purchase history"]),
    (("Kete updated its privacy policy last month.",
      "“Trust us,” the chief executive said, while the policy lets Kete share “purchase history”."),
     ["purchase history"]),
])  # fmt: skip
def test_a_cue_after_a_sentence_covers_its_joined_quotations(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="A grocery app changes its privacy policy")) == found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # A clause or the terms as the subject of what they grant or allow, present or past, in other languages.
    ("Nubox cambia sus términos de servicio",
     "Además, la misma cláusula permitía a Nubox «modificar, comercializar y sublicenciar» el contenido.",
     ["modificar, comercializar y sublicenciar"]),
    ("Schickfix ändert seine Nutzungsbedingungen",
     "Die Klausel erlaubte dem Dienst, Dateien „ohne Zustimmung zu bearbeiten“.", ["ohne Zustimmung zu bearbeiten"]),
    ("Piaf modifie ses conditions d'utilisation",
     "La clause accordait à la société « un droit d'usage illimité » sur les contenus.", ["un droit d'usage illimité"]),
    # A law or a government granting: not the terms' words.
    ("Nubox cambia sus términos de servicio",
     "El gobierno permitía a las empresas «compartir datos con sus socios».", []),
    ("Nubox cambia sus términos de servicio",
     "La ley de datos permitía a los usuarios «reclamar una compensación».", []),
])  # fmt: skip
def test_a_clause_granting_hands_over_to_its_words(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # Korean: the sentence after a quotation calls it the clause a company put into its terms (a consumer group
    # speaks only in the paragraph after), or the quotation is named the content of a terms document right after it.
    (("‘회원의 게시물은 탈퇴 후에도 삭제되지 않는다.’ 모바일 게임사 루나플레이가 최근 이용약관을 개정하면서 새로 넣은 조항이다.",
      "소비자단체는 이 조항이 부당하다고 주장했다."),
     ["회원의 게시물은 탈퇴 후에도 삭제되지 않는다."]),
    (("\"회원 탈퇴 시에는 회사의 승인을 받아야 한다\"는 내용의 앱 이용약관도 불공정 약관으로 지적됐다.",),
     ["회원 탈퇴 시에는 회사의 승인을 받아야 한다"]),
    # An e-mail's content, or a sentence after that calls the quotation someone's remark: no clause.
    (("\"다음 달부터 요금이 오른다\"는 내용의 메일이 회원들에게 발송됐다.",), []),
    (("‘약관을 꼭 끝까지 읽어 보세요.’ 소비자원 관계자가 거듭 강조한 말이다.", "소비자단체도 같은 주장을 했다."), []),
])  # fmt: skip
def test_a_korean_quotation_named_a_clause_of_the_terms(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="게임사 '루나플레이' 약관 개정 논란")) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # "according to the policy" between two quotations, the sentence's subject going on after it with "and".
    ("Trip records are kept “for up to seven years after your last ride,” according to the policy, and may be "
     "shared with “insurers, lenders and our business partners.”",
     ["for up to seven years after your last ride,", "insurers, lenders and our business partners."]),
    # Someone else speaks after it, or a spokesperson is the source: the second quotation is not the policy's.
    ("Trip records are kept “for up to seven years after your last ride,” according to the policy, and the "
     "regulator says that is “far too long.”", ["for up to seven years after your last ride,"]),
    ("Trip records are kept “for up to seven years,” according to a spokesperson, and may be shared with “our "
     "business partners.”", []),
])  # fmt: skip
def test_according_to_the_policy_between_quotations_goes_on(paragraph: str, found: list[str]) -> None:
    assert (
        quotes_found(page_units("Zipr rewrote its privacy policy in June.", paragraph, title="Zipr")) == found
    )
