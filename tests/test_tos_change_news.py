"""Rows for news of a change to a document that quotes the wording taken out or put in (tos_change_news): the pattern
of tech news on policy rewrites ("The update removes the line “…”", "The sentence “…” has been removed"), beside the
same sentences where a spokesperson speaks, an app or a law is changed, or nothing names a document. Every text here is
written for the test; the quoted wording is invented."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Brightnote rewrites its rules"


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A change's verb and the piece of text it takes out or puts in, the document named just before.
    (("Brightnote quietly updated its privacy policy. The update removes the line “We will never sell the "
      "recordings you make.”",),
     ["We will never sell the recordings you make."]),
    (("Brightnote has rewritten its terms of service.", "The new version drops the sentence “Your notes stay on "
      "your own device.”"),
     ["Your notes stay on your own device."]),
    (("Brightnote revised its privacy policy on Tuesday. It also deletes the promise that “transcripts are erased "
      "after thirty days.”",),
     ["transcripts are erased after thirty days."]),
    (("Brightnote cambió su política de privacidad. La nueva versión elimina la frase «nunca venderemos sus "
      "grabaciones».",),
     ["nunca venderemos sus grabaciones"]),
    (("Brightnote alterou sua política de privacidade. A atualização remove o trecho “suas notas ficam apenas no "
      "seu aparelho”.",),
     ["suas notas ficam apenas no seu aparelho"]),
    (("Brightnote hat seine Datenschutzerklärung geändert. Die neue Fassung streicht den Satz „Wir verkaufen "
      "Ihre Aufnahmen niemals“.",),
     ["Wir verkaufen Ihre Aufnahmen niemals"]),
    # The piece named before its quotation and its fate after it.
    (("Brightnote quietly updated its privacy policy. The sentence “We do not share audio with partners” has "
      "been removed.",),
     ["We do not share audio with partners"]),
    (("Brightnote updated its terms of use in March. The phrase “at no cost to you” is gone.",),
     ["at no cost to you"]),
    # A spokesperson speaks in the sentence; an app, a FAQ or a law is what changed; no document is named.
    (("Brightnote quietly updated its privacy policy. A spokesperson said the update removes the line “nobody "
      "ever read”.",),
     []),
    (("Brightnote quietly updated its app. The update removes the line “Tap here to share your note” from the "
      "main screen.",),
     []),
    (("Brightnote updated its privacy policy last week. It also added the line “Thanks for your patience” to its "
      "FAQ page.",),
     []),
    (("Brightnote's privacy policy cites the GDPR. The new amendment strikes the words “legitimate interest” from "
      "the regulation.",),
     []),
    (("Brightnote shipped a new version of its recorder. The sentence “Recording saved” has been removed.",), []),
])  # fmt: skip
def test_wording_taken_out_or_put_in(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A company changed the document to put a rule in: the rule's words are the document's.
    ("In a bid to curb scraping, Brightnote updated its terms of service to bar “automated collection of listings”.",
     ["automated collection of listings"]),
    ("A Brightnote alterou seus termos de uso para permitir “o uso de fotos públicas no treinamento de modelos”.",
     ["o uso de fotos públicas no treinamento de modelos"]),
    # Someone speaks in the sentence; an app is what changed.
    ("The CEO said Brightnote updated its terms of service to bar “bots and scrapers of every kind”.", []),
    ("Brightnote updated its app to bar “automated collection of listings”.", []),
])  # fmt: skip
def test_a_rule_put_into_the_document(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A law, a bill or a lawmaker is what changed, as the change's subject or right after the quotation.
    (("Brightnote updated its privacy policy last month. Separately, the Senate's version of the bill drops the phrase "
      "“reasonable security measures” entirely.",),
     []),
    (("Brightnote cambió su política de privacidad. El proyecto de ley elimina la frase «medidas de seguridad "
      "razonables».",),
     []),
    (("Brightnote hat seine Datenschutzerklärung geändert. Der Gesetzentwurf streicht den Satz „angemessene "
      "Sicherheitsmaßnahmen“.",),
     []),
    (("A Brightnote alterou sua política de privacidade. O ministro acrescentou a frase “as plataformas devem "
      "verificar a idade” ao decreto.",),
     []),
    (("Brightnote a modifié sa politique de confidentialité. Le gouvernement ajoute la phrase « les plateformes "
      "doivent vérifier l'âge » au projet de loi.",),
     []),
    # The company's marketing is what changed.
    (("Brightnote updated its privacy policy last month. The redesigned homepage drops the line “Private by design, "
      "always”.",),
     []),
    (("Brightnote updated its privacy policy last month. Its new ad campaign drops the promise “what you record "
      "stays on your phone”.",),
     []),
    (("Brightnote updated its terms of service in June. In the new ad, the line “Your voice, your rules” has been "
      "removed from the jingle.",),
     []),
    # A law or lawmakers before the change's own subject, or ads after the quotation: the document still changed.
    (("Brightnote updated its privacy policy last month. Following the new state law, the update removes the line "
      "“We will never sell the voice notes you record.”",),
     ["We will never sell the voice notes you record."]),
    (("Brightnote updated its privacy policy last month. Under pressure from lawmakers, the new version drops the "
      "sentence “Your notes stay on your own device.”",),
     ["Your notes stay on your own device."]),
    (("Brightnote updated its privacy policy last month. The update removes the promise “we never use your "
      "recordings for advertising” and lets Brightnote show ads.",),
     ["we never use your recordings for advertising"]),
])  # fmt: skip
def test_a_law_or_an_ad_that_changed_is_not_the_document(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A school district or a government changed its own policy: no company's document.
    ("Brightnote's terms of service ban under-13s. The school district changed its policy to ban “phones in every "
     "classroom”.", []),
    ("Os termos de uso da Brightnote mudaram. O governo alterou sua política para exigir “verificação de idade em "
     "todas as plataformas”.", []),
    # A company after a clause of its own: the rule is the document's.
    ("After the complaints, Brightnote updated its terms of service to bar “automated collection of reviews”.",
     ["automated collection of reviews"]),
    ("Brightnote updated its privacy policy last month. The update removes the line “We never sell recordings,” "
     "giving the company the authority to do so.", ["We never sell recordings,"]),
])  # fmt: skip
def test_a_public_body_that_changed_its_own_policy(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found
