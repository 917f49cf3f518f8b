"""Rows from the styles read for tos-real-styles-27: quotations near a terms document that are someone else's words —
an emailed notice, a notice sent about a policy, a writer's plain-English reading of a clause, a speaker named after
the quotation in Portuguese or Spanish, critics in a headline after a colon, a regulator or a court — beside the
terms' own wording. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Kudipay changes its terms"


@pytest.mark.parametrize(("paragraphs", "found"), [
    # An email that speaks is the email's, the terms it names in its own words or not; "It went on" goes on with it.
    (("Kudipay emailed borrowers on Tuesday. “We have updated our Terms and Conditions to make them clearer,” the "
      "email began. It went on: “Nothing about how we use your contacts has changed.”",), []),
    (("“We are changing our privacy policy on 1 May,” the message said. It added: “You can keep using the app.”",), []),
    # The terms' own words after the email are the terms'.
    (("Kudipay's email to borrowers was short.", "The updated terms themselves say: “We may contact people in your "
      "phone book if a repayment is late.”"), ["We may contact people in your phone book if a repayment is late."]),
    # A notice sent about a policy is the message; a privacy notice the page names is the document.
    (("Gogo sent users a notice this week about changes to its privacy policy.",
      "“We've updated our Privacy Policy to make it clearer,” the notice read."), []),
    (("Gogo has published a new privacy notice for its riders.",
      "“We may share trip data with advertising partners,” the notice reads."),
     ["We may share trip data with advertising partners,"]),
])  # fmt: skip
def test_an_emailed_or_sent_notice_is_not_the_document(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # What a clause "means" or "comes down to", or says "in plain English", is someone's reading of it.
    ("In plain English, clause 9 of the ride app's terms means: “if you mess up the car, you pay for the cleaning.”",
     []),
    ("The refund clause in the tour operator's terms of use comes down to this: “once the bus leaves, your money is "
     "gone.”", []),
    ("In plain English, the deal is simple: „once the bus leaves, your money is gone.“", []),
    # What the clause says is its wording, whatever plain-language phrase comes before the document's verb.
    ("Im Klartext sagen die AGB: „Wer nicht zahlt, fliegt raus.“", ["Wer nicht zahlt, fliegt raus."]),
    ("In plain English, the tour operator's policy says “refunds stop once the bus leaves”.",
     ["refunds stop once the bus leaves"]),
    ("Clause 9 of the ride app's terms says: “You must pay a cleaning fee for any damage to the vehicle.”",
     ["You must pay a cleaning fee for any damage to the vehicle."]),
    ("The terms of use mean what they say: refunds stop “once the tour has departed”.", ["once the tour has departed"]),
])  # fmt: skip
def test_a_reading_of_a_clause_is_not_its_wording(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # "diz a Defenda", "dice la compañía": the verb before its subject, a subject that is no document.
    (("Os novos termos de serviço do Conversa permitem à empresa “usar e exibir as informações que você envia”.",
      "“Na prática, qualquer dado pode ser usado pela empresa”, diz a Defenda."),
     ["usar e exibir as informações que você envia"]),
    (("La política de privacidad de Zapli cambió en mayo.",
      "“Sus mensajes siguen cifrados y nadie puede leerlos”, explica la compañía en un comunicado."), []),
    # The app or its notification speaking is the company's in-app notice, no terms.
    (("Os termos de uso do Zapli mudaram em maio.",
      "“Toque em concordar para continuar usando o Zapli”, diz a notificação."), []),
    # The same shape with a document as the subject stays the document's, a notice that may be the privacy notice too.
    (("El aviso de privacidad de Zapli cambió en mayo.",
      "«Podemos compartir sus datos con empresas del grupo», señala el aviso."),
     ["Podemos compartir sus datos con empresas del grupo"]),
    (("“Podemos compartilhar informações da sua conta com empresas do grupo”, diz a nova política de privacidade.",),
     ["Podemos compartilhar informações da sua conta com empresas do grupo"]),
    (("La política de privacidad de Zapli cambió en mayo.",
      "“Podemos compartir datos con empresas del grupo”, dice la cláusula 5."),
     ["Podemos compartir datos con empresas del grupo"]),
    # "Segundo o Procon-SP" gives the floor as "according to" does; "segundo os termos" hands over to them.
    (("Segundo o Procon-SP, a empresa deve informar “a base legal para o compartilhamento de dados” previsto na "
      "política de privacidade.",), []),
    (("Segundo os termos de uso, o Zapli pode “compartilhar dados com empresas do grupo”.",),
     ["compartilhar dados com empresas do grupo"]),
    # A user who wrote it: "escreveu uma usuária".
    (("Nas redes, usuários reclamaram da política de privacidade: “Ou aceito ou perco o aplicativo?”, escreveu uma "
      "usuária de Belo Horizonte.",), []),
])  # fmt: skip
def test_a_speaker_named_after_the_quotation_in_romance_news(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Zapli muda regras")) == found


@pytest.mark.parametrize(("title", "found"), [
    # Critics after a headline's colon: the quotation is theirs, the document what they criticise.
    ("„Verbraucher sind nahezu ohne Rechte“: Verbraucherschützer kritisieren Nutzungsbedingungen", []),
    ("“A licence to spy”: Users slam Zoomly's new terms of service", []),
    # The terms' own wording before the colon, the document its subject after it.
    ("„Wir dürfen Ihre Inhalte weltweit nutzen“: Was die neuen AGB von Bildwerk erlauben",
     ["Wir dürfen Ihre Inhalte weltweit nutzen"]),
])  # fmt: skip
def test_critics_after_a_headlines_colon(title: str, found: list[str]) -> None:
    assert quotes_found(page_units("Bildwerk hat seine AGB geändert.", title=title)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A court's bench or a watchdog speaking of the policy: their words.
    ("The division bench observed of the privacy policy: “Users are offered a mirage of choice before their data is "
     "shared.”", []),
    ("On the privacy policy, the tribunal remarked: “Users had no real choice.”", []),
    # The policy the court quotes is the policy's.
    ("The bench quoted the privacy policy, which says: “We may share account information with group companies.”",
     ["We may share account information with group companies."]),
])  # fmt: skip
def test_a_bench_or_a_watchdog_speaks_for_itself(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Court on the messaging app's policy")) == found
