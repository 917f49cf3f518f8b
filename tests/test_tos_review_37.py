"""Review of session 37's ToS commits (revtos37): table rows that failed before each mend. Every text here is
written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    page = "Plumo\n\n" + text + "\n\nMore soon."
    return [note.text for note in annotate(parse_text(page)).annotations if note.kind == "tos_quote"]


# The email a clause speaks of (a user's, or the subject right before the quotation) is no email that speaks.
@pytest.mark.parametrize(("text", "found"), [
    ("Selon les CGU de Plumo, l'e-mail de l'utilisateur « peut être transmis à des partenaires commerciaux ».",
     ["peut être transmis à des partenaires commerciaux"]),
    ("Les CGU de Plumo prévoient que l'adresse et l'e-mail « seront conservés pendant trois ans ».",
     ["seront conservés pendant trois ans"]),
    ("La política de privacidad de Plumo dice que el email del usuario «podrá compartirse con socios».",
     ["podrá compartirse con socios"]),
    ("La privacy policy di Plumo prevede che l'email dell'utente «possa essere condivisa con partner commerciali».",
     ["possa essere condivisa con partner commerciali"]),
    ("Os termos de uso da Plumo dizem que o e-mail do usuário «pode ser usado para publicidade».",
     ["pode ser usado para publicidade"]),
])  # fmt: skip
def test_an_email_the_clause_speaks_of_keeps_the_clause(text: str, found: list[str]) -> None:
    assert _quotes(text) == found


@pytest.mark.parametrize("text", [
    "Plumo a modifié ses CGU. L'e-mail dit : « Rien ne change pour vous. »",
    "Plumo a modifié ses CGU. Voici l'e-mail : « Rien ne change pour vous. »",
    "Plumo ha cambiato i termini di servizio. Ecco il testo dell'email « Non cambia nulla per te. »",
    "Plumo cambió sus términos de uso. El email que recibieron los usuarios dice: «Nada cambia para usted».",
    "A Plumo mudou seus termos de uso. O e-mail enviado aos clientes diz: «Nada muda para você».",
])  # fmt: skip
def test_the_email_itself_still_speaks(text: str) -> None:
    assert _quotes(text) == []


# A pronoun right after a sentence that opens on a law, a bill or a law's section stands for that text.
@pytest.mark.parametrize(("text", "found"), [
    ("Plumo's privacy policy says it “may share data with partners”.\n\nThe bill before parliament goes further. It "
     "says platforms “must delete data within 30 days”.", ["may share data with partners"]),
    ("Plumo's privacy policy says it “may share data with partners”.\n\nSection 5 of the Act is clear. It says a "
     "company “must not disclose personal data without consent”.", ["may share data with partners"]),
    ("Plumo's terms of service say users “must be 16 or older”. The regulation is stricter. It says platforms “must "
     "verify every user's age”.", ["must be 16 or older"]),
    ("Les CGU de Plumo prévoient que « les données peuvent être partagées ». La loi est plus stricte. Elle prévoit "
     "que « tout partage exige le consentement ».", ["les données peuvent être partagées"]),
    # The document named again, or a sentence that only speaks of an act, keeps the pronoun the document's.
    ("Plumo's terms of service changed after the bill passed. It now says users “must be 16 or older to sign up”.",
     ["must be 16 or older to sign up"]),
    ("Plumo's privacy policy is new. Section 5 of the policy is the longest. It says Plumo “may share data with "
     "partners”.", ["may share data with partners"]),
    ("Plumo's privacy policy is new. The act of clicking “I agree” binds you to it. It says Plumo “may share data "
     "with partners”.", ["may share data with partners"]),
])  # fmt: skip
def test_a_pronoun_after_a_law_stands_for_the_law(text: str, found: list[str]) -> None:
    assert _quotes(text) == found


# A document's possessive gives the words after it to the document only where nobody says or writes them.
@pytest.mark.parametrize(("text", "found"), [
    ("Plumo's terms of service changed. The judge wrote that the terms' “arbitration clause is unconscionable and "
     "void”.", []),
    ("Plumo's terms of service changed. The regulator said the policy's “vague wording breaches the law”.", []),
    ("Critics mocked the privacy policy's “radical transparency”, a phrase the company uses in its adverts.", []),
    ("Plumo's terms of service changed. Critics pointed to the terms' “perpetual and irrevocable licence” as the worst "
     "part.", ["perpetual and irrevocable licence"]),
])  # fmt: skip
def test_a_possessive_under_a_speaker_is_the_speakers(text: str, found: list[str]) -> None:
    assert _quotes(text) == found
