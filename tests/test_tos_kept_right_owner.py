"""A right kept speaks the terms only when a company keeps it: not a regulator's right, nor a right to appeal a
fine. Every text is written for the test."""

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
])  # fmt: skip
def test_only_a_company_keeps_a_right_in_its_terms(title: str, paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found
