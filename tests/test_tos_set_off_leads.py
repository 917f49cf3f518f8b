"""Clauses set off under lead-ins that end with no colon, or name the document only loosely: a Spanish lead that
stops on its verb ("… de Nubox que decía" over the clause, as microsiervos.com pastes one), a forum admin's rules
under "voici le nouveau règlement :" (as forumactif and probb boards post them), and the post's sign-off after the
rules, which is the admin's and not one more rule. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

FOUND = [
    # A Spanish lead that stops on its verb, no colon: the paragraph below is the clause.
    (
        "Nubox da marcha atrás",
        "Esta mañana había revuelo por una actualización de las condiciones de servicio de Nubox que decía\n\n"
        "Por la presente nos concede una licencia perpetua y mundial para usar su Contenido con el fin de operar "
        "y ampliar el Servicio.\n\nLa empresa no quiso comentar.",
        [
            "Por la presente nos concede una licencia perpetua y mundial para usar su Contenido con el fin de "
            "operar y ampliar el Servicio."
        ],
    ),
    # Portuguese, the same shape.
    (
        "O que o Fotix pede",
        "Li os termos de uso do Fotix hoje e o trecho sobre fotos diz\n\n"
        "Você nos concede uma licença mundial e gratuita para exibir e copiar as fotos que enviar.\n\nEstranho.",
        ["Você nos concede uma licença mundial e gratuita para exibir e copiar as fotos que enviar."],
    ),
    # A forum admin posts the new rules: "le nouveau règlement" on a page whose title names the forum's rules.
    (
        "Nouveau règlement du forum",
        "Bonjour à tous,\n\nvoici le nouveau règlement, à lire avant samedi :\n\n"
        "1. Les annonces de vente sont interdites hors de la rubrique Petites annonces.\n"
        "2. Tout membre qui insulte un modérateur sera banni sans avertissement.\n\n"
        "Merci de votre compréhension.",
        [
            "Les annonces de vente sont interdites hors de la rubrique Petites annonces.",
            "Tout membre qui insulte un modérateur sera banni sans avertissement.",
        ],
    ),
    # The rules by their Italian name.
    (
        "Forum Motori: nuove regole",
        "Nel regolamento della community si legge che gli iscritti non devono «pubblicare annunci di vendita "
        "fuori dalla sezione dedicata».",
        ["pubblicare annunci di vendita fuori dalla sezione dedicata"],
    ),
    # The sign-off after an English rules list is the admin's, even in "your".
    (
        "New board rules",
        "Here are the new forum rules, please read them before Friday:\n\n"
        "1. Selling posts are not allowed outside the classifieds section.\n"
        "2. Any member who insults a moderator will be banned without warning.\n\n"
        "Thank you for your understanding.",
        [
            "Selling posts are not allowed outside the classifieds section.",
            "Any member who insults a moderator will be banned without warning.",
        ],
    ),
]

NOT_FOUND = [
    # "le nouveau règlement" on a page about a law is the law.
    (
        "Le nouveau règlement européen sur les drones",
        "La Commission a publié le texte. Voici le nouveau règlement, à lire avant lundi :\n\n"
        "1. Les exploitants de drones de plus de 250 grammes doivent s'enregistrer auprès de l'autorité.\n"
        "2. Tout exploitant qui vole sans enregistrement sera sanctionné sans préavis.",
    ),
    # A person's words after a verb-final lead are theirs.
    (
        "Nubox da marcha atrás",
        "Nubox cambió sus condiciones de servicio. Mi abogado dice\n\n"
        "Por la presente nos concede una licencia perpetua y mundial para usar su Contenido con el fin de operar "
        "y ampliar el Servicio.",
    ),
    # A sentence about what the document says hands nothing over.
    (
        "Nubox da marcha atrás",
        "Nadie lee lo que el contrato de Nubox dice\n\n"
        "Por la presente nos concede una licencia perpetua y mundial para usar su Contenido con el fin de operar "
        "y ampliar el Servicio.",
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), FOUND)
def test_a_clause_under_a_loose_lead_is_the_documents(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


@pytest.mark.parametrize(("title", "body"), NOT_FOUND)
def test_no_clause_is_handed_over_by_a_law_a_person_or_a_sentence_about_the_document(
    title: str, body: str
) -> None:
    assert article_quotes(title, body) == []
