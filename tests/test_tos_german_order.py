"""A German sentence opening on a time puts the verb second ("Neu heißt es nur noch, …", "Bisher stand dort, …"): the
verb and the pronoun or "dort" after it go on with the document named before, as "Darin heißt es" does. Every text is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

_NAMED = "Sucheria hat einen einzigen Satz in seinen Datenschutzbestimmungen geändert."


@pytest.mark.parametrize(("paragraph", "found"), [
    ("Bisher stand dort, man werde Browserdaten «nicht mit Ihrem Konto verknüpfen».",
     ["nicht mit Ihrem Konto verknüpfen"]),
    ("Neu heisst es nur noch, Daten könnten «je nach Ihren Kontoeinstellungen verknüpft werden».",
     ["je nach Ihren Kontoeinstellungen verknüpft werden"]),
    ("Künftig heißt es darin, Daten könnten «mit Partnern geteilt werden».", ["mit Partnern geteilt werden"]),
    # A speaker after the verb, or a source after the pronoun: not the document.
    ("Jetzt sagt der Konzern, Daten würden «nie verkauft».", []),
    ("Bisher hieß es aus dem Konzern, man werde «nichts ändern».", []),
    ("Bisher hieß es, die Firma wolle «nichts ändern», sagte ein Sprecher.", []),
])  # fmt: skip
def test_a_time_first_goes_on_with_the_document_named_before(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(_NAMED, paragraph, title="Sucheria ändert einen Satz")) == found
