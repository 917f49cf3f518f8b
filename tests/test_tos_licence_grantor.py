"""A licence's words in another language are the terms' only beside who grants it or whom: the users, the company
or the document; not a union's warning, a league's licence to a broadcaster or the GPL's. Every text is written
for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

_SCHICKFIX = "Schickfix ändert seine Nutzungsbedingungen"
_NUBOX = "Nubox cambia sus términos de servicio"


@pytest.mark.parametrize(("title", "paragraph", "found"), [
    # Someone else's licence: none of the terms' words.
    (_SCHICKFIX, "Verdi warnte vor einer „dauerhaften Lizenz zur Kontrolle“ aller Angestellten.", []),
    (_NUBOX, "Según la prensa, el club vendió en 2019 una «licencia perpetua, mundial y transferible» a una radio.", []),
    (_SCHICKFIX, "Zum Vergleich: Die GPL gewährt eine „weltweite, gebührenfreie Lizenz“ für jedes Programm.", []),
    # The users grant it, or the company takes it: the terms' words.
    (_SCHICKFIX, "Kunden müssten dem Anbieter eine „dauerhafte, weltweite Lizenz“ an ihren Fotos einräumen.",
     ["dauerhafte, weltweite Lizenz"]),
    (_NUBOX, "Con el cambio, Nubox obtiene una «licencia perpetua y mundial» sobre cada archivo.",
     ["licencia perpetua y mundial"]),
])  # fmt: skip
def test_a_foreign_licence_is_the_terms_only_beside_its_grantor(
    title: str, paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == found
