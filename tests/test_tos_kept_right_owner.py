"""A right kept, or a clause granting, speaks the terms only when a company and its terms do: not a regulator's
right, a right to appeal a fine, nor a clause of a law or a collective agreement. Every text is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

_NUBOX = "Nubox cambia sus términos de servicio"
_SCHICKFIX = "Schickfix ändert seine Nutzungsbedingungen"
_MEETLY = "Meetly changes its terms of service"


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # A regulator or a court keeps the right: its powers over a company, not the company's terms.
    (_NUBOX, "La AEPD se reserva el derecho de «abrir un expediente sancionador».", []),
    (_SCHICKFIX, "Die Datenschutzbehörde behielt sich das Recht vor, „ein Bußgeld zu verhängen“.", []),
    (_MEETLY, "The Commission reserved the right to “impose interim measures”.", []),
    # A company fined over its terms keeps the right to appeal: a party's words, not a clause.
    ("Nubox, multada por sus términos de servicio",
     "Nubox se reserva el derecho de «recurrir la multa ante los tribunales».", []),
    ("Schickfix wegen seiner Nutzungsbedingungen bestraft",
     "Schickfix behält sich das Recht vor, „gegen das Urteil Berufung einzulegen“.", []),
    ("Piaf condamnée pour ses conditions d'utilisation",
     "Piaf se réserve le droit de « faire appel de la décision ».", []),
    # The company, by its name or a common noun, keeps a right in its terms.
    (_SCHICKFIX, "Das Unternehmen behält sich das Recht vor, „Konten ohne Vorwarnung zu sperren“.",
     ["Konten ohne Vorwarnung zu sperren"]),
    (_MEETLY, "Meetly reserved the right to “read support chats for training”.", ["read support chats for training"]),
    # An appeal word further in is what the right acts on, not an appeal: "contest" a prize draw, "recurso" a file.
    (_MEETLY, "Meetly reserves the right to “close any contest or prize draw at any time”.",
     ["close any contest or prize draw at any time"]),
    (_NUBOX, "Nubox se reserva el derecho de «quitar cualquier recurso compartido sin aviso».",
     ["quitar cualquier recurso compartido sin aviso"]),
    (_MEETLY, "Meetly reserves the right to “freeze payouts while a chargeback is under appeal”.",
     ["freeze payouts while a chargeback is under appeal"]),
    # A company named with a public body's word keeps its own right; a county's agency does not.
    (_MEETLY, "Glimmer Travel Agency reserves the right to “cancel bookings paid with a stolen card”.",
     ["cancel bookings paid with a stolen card"]),
    (_MEETLY, "The county agency reserved the right to “inspect the venue at short notice”.", []),
])  # fmt: skip
def test_only_a_company_keeps_a_right_in_its_terms(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # A clause of a law, a bill or a collective agreement grants: not the terms' words.
    (_NUBOX, "La misma cláusula de la ley permitía a la agencia «multar a las empresas».", []),
    (_SCHICKFIX, "Die Klausel im Tarifvertrag erlaubte dem Betriebsrat, „Überstunden abzulehnen“.", []),
    (_SCHICKFIX, "Die Klausel des Gesetzes erlaubte dem Amt, „Unterlagen anzufordern“.", []),
    (_MEETLY, "The clause in the bill allowed the agency to “fine companies daily”.", []),
    # A clause of the terms still grants in their words.
    (_NUBOX, "La cláusula de las condiciones permitía a Nubox «vender los datos de uso».", ["vender los datos de uso"]),
])  # fmt: skip
def test_a_clause_of_a_law_grants_no_terms_words(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found
