"""Terms quoted on Dutch, German, French, Spanish, Portuguese and Italian pages (tosblock44, session 44), by family of
real pages read:

- Dutch news on a social network's new terms names them only as one compound word or by "de (nieuwe) voorwaarden"
  ("de nieuwe privacyvoorwaarden", "de ‘nieuwe’ Facebook (privacy)voorwaarden", "het algemene-voorwaardenbeleid",
  tweakers.net, elsevierweekblad.nl, legaltree.nl): the compound is the document's name, and the page then names one.
- Dutch terms address users as "je" ("een licentie om alle inhoud te gebruiken die je plaatst", "Je geeft ons
  toestemming …"), the word that is a French poster's "I": in a quotation with Dutch words it is no poster's voice.
- A German lawyer's blog names his own article's title right before the terms it reviewed ("habe ich in dem Artikel
  „…“ die neuen Nutzungsbedingungen geprüft", drschwenke.de): a title, whatever follows it; and ends with "mit folgenden
  Konsequenzen rechnen:" over a list of legal risks, the writer's reading of the terms, not their wording.
- French news closes the company's reassurance with the company by its site and an adverb, or in the compound past
  ("« … », annonce d'emblée le site", "« … », a affirmé la société", journaldunet.com): a statement, not the terms.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

NL_LICENCE = "een niet-exclusieve, wereldwijde licentie om alle foto’s te gebruiken die op Kijkr staan"
NL_LICENCE_YOU = (
    "een niet-exclusieve, royaltyvrije licentie om alle foto’s te gebruiken die je op Kijkr plaatst"
)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A Dutch compound name of the terms lets the licence's words quoted on the page be the terms'.
        (
            "Kijkr past zijn privacyvoorwaarden aan",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "De ‘nieuwe’ Kijkr (privacy)voorwaarden",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "Kijkr wijzigt zijn gebruikersovereenkomst",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "Wat verandert er?",
            f"Het nieuwe algemene-voorwaardenbeleid van Kijkr gaat vrijdag in. Kijkr neemt veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        (
            "Wat verandert er?",
            f"Het cookiebeleid van Kijkr is herschreven. Kijkr neemt veel rechten met ‘{NL_LICENCE}’.",
            [NL_LICENCE],
        ),
        # Bare "voorwaarden" (conditions) names no document: a page that says nothing else has none to quote.
        (
            "Kijkr stelt nieuwe voorwaarden aan fotografen",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE}’.",
            [],
        ),
        # Dutch "je" is the terms' "you", in the licence and in a clause set off under its lead-in.
        (
            "Kijkr past zijn privacyvoorwaarden aan",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE_YOU}’.",
            [NL_LICENCE_YOU],
        ),
        (
            "Kijkr past zijn gebruiksvoorwaarden aan",
            f"Kijkr neemt daarmee veel rechten met ‘{NL_LICENCE_YOU}’.",
            [NL_LICENCE_YOU],
        ),
        # French "je" stays a poster's first person: no Dutch word around it.
        (
            "Kijkr modifie ses conditions d'utilisation",
            "Sur le forum, beaucoup recopient « je refuse la licence mondiale et gratuite sur le contenu publié ».",
            [],
        ),
    ],
)
def test_dutch_names_and_you(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


DE_CLAUSE = "Kochplatz darf hochgeladene Rezepte ohne Vergütung in seinen Heften abdrucken."


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # An article's title named right before it is no wording, though the terms are named right after it.
        (
            "Kochplatz: neue Nutzungsbedingungen",
            "Für ein Fachmagazin habe ich in dem Artikel „Auch kleine Portale greifen zu“ die neuen "
            "Nutzungsbedingungen von Kochplatz geprüft.",
            [],
        ),
        (
            "Kochplatz : nouvelles CGU",
            "J'ai analysé dans l'article « Les petits sites aussi se servent » les nouvelles CGU de Kochplatz.",
            [],
        ),
        # A numbered article of the terms is no title: its wording is the terms'.
        ("Kochplatz: neue Nutzungsbedingungen", f"Im Artikel 5 der AGB heißt es: „{DE_CLAUSE}“", [DE_CLAUSE]),
        # The writer's list of consequences under a paragraph that named the terms; the terms' own clause still counts.
        (
            "Kochplatz: neue Nutzungsbedingungen",
            "Anbieter sollten sich an solchen Nutzungsbedingungen kein Beispiel nehmen. Sonst müssen sie mit folgenden "
            "Konsequenzen rechnen:\n- Unwirksamkeit der Klausel über die Rechte an den Rezepten.\n- Ein Bußgeld der "
            "Datenschutzbehörde.",
            [],
        ),
        (
            "Kochplatz: neue Nutzungsbedingungen",
            f"Die zentrale Klausel der Nutzungsbedingungen lautet:\n- {DE_CLAUSE}",
            [DE_CLAUSE],
        ),
        # The company by its site or in the compound past closes its own reassurance; the terms' text stays theirs.
        (
            "Kochplatz modifie ses conditions d'utilisation",
            "Kochplatz a mis à jour ses conditions d'utilisation. « Rien ne change pour la propriété de vos recettes », "
            "annonce d'emblée le site, soucieux de rassurer.",
            [],
        ),
        (
            "Kochplatz modifie ses conditions d'utilisation",
            "Kochplatz a mis à jour ses conditions d'utilisation. « Nous ne vendrons jamais vos recettes », a affirmé "
            "la société à la presse.",
            [],
        ),
        (
            "Kochplatz modifie ses conditions d'utilisation",
            "« Kochplatz peut imprimer vos recettes sans rémunération », précise le texte des conditions d'utilisation.",
            ["Kochplatz peut imprimer vos recettes sans rémunération"],
        ),
    ],
)
def test_titles_consequences_and_statements(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
