"""Review rows of session 30 for the terms-quote rules landed in it. A quotation that goes on from the document's
(tos_continued) is another source's when the words after its verb put the saying in that source: "It later said in a
blog post that …", "Weiter heißt es in einer Stellungnahme …" (tos_said_elsewhere). Every text here is written for the
test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Pico rewrites its photo terms"
PHOTOS = "Pico's terms of service say it may “use your photos in advertising.” "
ADS = "use your photos in advertising."
FOTOS = "In den neuen Nutzungsbedingungen heißt es, Pico dürfe „Fotos der Nutzer für Werbung verwenden“. "
WERBUNG = "Fotos der Nutzer für Werbung verwenden"
PHOTOS_FR = (
    "Les conditions d'utilisation prévoient que Pico peut « utiliser les photos à des fins publicitaires ». "
)
PUB = "utiliser les photos à des fins publicitaires"
FOTOS_ES = "La política de privacidad dice que Pico puede «usar las fotos en anuncios». "
ANUNCIOS = "usar las fotos en anuncios"


@pytest.mark.parametrize(("body", "found"), [
    (PHOTOS + "It later said in a blog post that it would “never sell a member's pictures to anyone.”", [ADS]),
    (PHOTOS + "It also says in a statement that members “can turn the feature off at any time.”", [ADS]),
    (FOTOS + "Weiter heißt es in einer Stellungnahme des Unternehmens, man werde „keine Bilder an Dritte verkaufen“.",
     [WERBUNG]),
    (PHOTOS_FR + "Il précise aussi dans un communiqué qu'il « ne vendra jamais de photos ».", [PUB]),
    (FOTOS_ES + "También dice en un comunicado que «ninguna foto se venderá a terceros».", [ANUNCIOS]),
])  # fmt: skip
def test_a_quotation_said_in_another_source_after_the_document_s_is_that_source_s(
    body: str, found: list[str]
) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize(("body", "found"), [
    # The other source is the object of the verb, not its place.
    (PHOTOS + "The agreement also says monthly statements “will only be sent by email from now on.”",
     [ADS, "will only be sent by email from now on."]),
    # The place is the document itself.
    (FOTOS + "Weiter heißt es in den Nutzungsbedingungen, Nutzer müssten „Änderungen binnen vier Wochen "
     "widersprechen“.", [WERBUNG, "Änderungen binnen vier Wochen widersprechen"]),
])  # fmt: skip
def test_a_quotation_that_goes_on_in_the_document_stays_the_document_s(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, body) == found
