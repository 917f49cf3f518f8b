"""Review rows of session 30 for quotations that go on from the document's (tos_continued): whoever closes the later
quotation's sentence takes it, whatever the verb (tos_closing_speaker.closing_speaker), as French, German and Spanish
news close a statement with a compound past and a role ("…», a assuré un porte-parole", "…“, hat die Chefin
versprochen"). A document or its pronoun closing it keeps it the document's. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Pico modifie ses règles"
PHOTOS = "Selon les conditions, Pico peut « utiliser vos photos dans des publicités ». "
PUB = "utiliser vos photos dans des publicités"
FOTOS = "Laut den neuen AGB darf Pico „Fotos für Werbung nutzen“. "
WERBUNG = "Fotos für Werbung nutzen"


@pytest.mark.parametrize(("body", "found"), [
    (PHOTOS + "Elle peut aussi « revoir sa politique après les critiques », a assuré un porte-parole.", [PUB]),
    (PHOTOS + "Elle peut aussi « revoir sa politique après les critiques », a promis sa directrice.", [PUB]),
    (PHOTOS + "Elle peut aussi « revoir sa politique après les critiques », a promis le directeur général.", [PUB]),
    (FOTOS + "Weiter heißt es, Pico werde „die Regeln nach der Kritik überprüfen“, hat die Chefin versprochen.",
     [WERBUNG]),
])  # fmt: skip
def test_a_quotation_someone_closes_after_the_document_s_is_theirs(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize(("body", "found"), [
    (PHOTOS + "Elle peut aussi « supprimer un compte sans préavis », précisent les conditions.",
     [PUB, "supprimer un compte sans préavis"]),
    (PHOTOS + "Elle peut aussi « supprimer un compte sans préavis », sauf en cas d'erreur.",
     [PUB, "supprimer un compte sans préavis"]),
])  # fmt: skip
def test_a_quotation_the_document_closes_stays_the_document_s(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found
