"""Clauses that bind by deeming consent given ("Si continúa navegando, entenderemos que acepta …", as cookie policies
on blue-horizon.es and gestycontrol.com word it) and German "Wir können Ihre …" set off under a lead-in with no
document of its own, and the writer's gloss after them ("Auf gut Deutsch: …"), which is not more of the clause.
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

FOUND = [
    # A change told in one sentence, the new paragraph of the cookie policy set off below it.
    (
        "El portal Viajalo cambia su aviso de cookies",
        "El texto de la política de cookies de Viajalo cambió el martes y añadió un párrafo nuevo al final.\n\n"
        "Si sigue usando la web sin cambiar sus ajustes, entenderemos que acepta las cookies de medición.\n\n"
        "La empresa no ha dado más detalles.",
        ["Si sigue usando la web sin cambiar sus ajustes, entenderemos que acepta las cookies de medición."],
    ),
    # The impersonal form.
    (
        "Alojix cambia su aviso de cookies",
        "Alojix añadió un párrafo a su política de cookies.\n\n"
        "Si no rechaza las cookies en su primera visita, se entenderá que acepta su uso con fines de análisis.",
        [
            "Si no rechaza las cookies en su primera visita, se entenderá que acepta su uso con fines de análisis."
        ],
    ),
    # A blogger's walk through a notice: a bare colon, then the clause; the gloss after it is the writer's.
    (
        "Was die Datenschutzerklärung meines Stromanbieters verspricht",
        "Die Datenschutzerklärung meines Stromanbieters beginnt feierlich:\n\n"
        "Ihre Daten sind bei uns in den besten Händen.\n\n"
        "Weiter unten klingt es anders:\n\n"
        "Wir können Ihre Verbrauchsdaten an Partner weitergeben, die Ihnen passende Tarife anbieten.\n\n"
        "Auf gut Deutsch: Ihre Zählerstände gehen an Vertriebsfirmen.",
        [
            "Ihre Daten sind bei uns in den besten Händen.",
            "Wir können Ihre Verbrauchsdaten an Partner weitergeben, die Ihnen passende Tarife anbieten.",
        ],
    ),
]

NOT_FOUND = [
    # A spokesperson's words are hers, whatever they deem.
    (
        "El portal Viajalo cambia su aviso de cookies",
        "Viajalo cambió su política de cookies. Una portavoz dijo: «Si alguien sigue navegando, entenderemos que "
        "acepta las cookies».",
    ),
    # "Wir können" alone is the writer's: under a change told in one sentence, it binds nobody.
    (
        "Was die Datenschutzerklärung meines Stromanbieters verspricht",
        "Mein Stromanbieter hat seine Datenschutzerklärung im Mai geändert.\n\n"
        "Wir können nur hoffen, dass der Anbieter seine Kundendaten gut schützt.",
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), FOUND)
def test_deemed_consent_and_german_may_bind_as_clauses(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


@pytest.mark.parametrize(("title", "body"), NOT_FOUND)
def test_a_spokesperson_and_the_writers_own_words_stay_out(title: str, body: str) -> None:
    assert article_quotes(title, body) == []
