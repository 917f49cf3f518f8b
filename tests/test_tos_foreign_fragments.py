"""Terms wording quoted inside sentences of German, Portuguese, Spanish and Dutch news, as real reports on a file-transfer
service's licence clause and a photo app's new terms write it (diebewertung.de, framebird.io, olhardigital.com.br,
jornaldoempreendedor.com.br):

- German capitalises every noun, so a fragment of German wording ("zur „Analyse von Kundendateien“") is no title-case
  label; a part's or a button's noun right before it still makes it one ("im Abschnitt „Nutzung von Cookies“");
- "Diese Formulierung" points at the document's wording as "this wording" does;
- accepting the document frames what the user then declares ("ao aceitar os termos, você declara que “…”");
- "deixam claro que", "stellen klar, dass": the document makes something clear;
- a German subordinate clause puts the document's verb after the quotation ("weil die AGB eine „…“ vorsehen").
"""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE_DE = "Wolkig ändert seine Nutzungsbedingungen"
TITLE_PT = "Fotonet muda seus termos de uso"


@pytest.mark.parametrize(("body", "wanted"), [
    (
        "In der alten Fassung der Nutzungsbedingungen hatte Wolkig sich erlaubt, Dateien zur "
        "„Analyse von Kundendateien“ heranzuziehen.",
        ["Analyse von Kundendateien"],
    ),
    (
        "Die Nutzungsbedingungen von Wolkig gewähren dem Dienst Rechte wie „Vervielfältigung, Bearbeitung, Weitergabe“ "
        "an allen Fotos.",
        ["Vervielfältigung, Bearbeitung, Weitergabe"],
    ),
    (
        "Wolkig hat die Nutzungsbedingungen im Mai neu gefasst.\n\nDiese Formulierung sorgte für Ärger, da sie auch "
        "Rechte wie „Vervielfältigung, Bearbeitung, Weitergabe“ umfasste.",
        ["Vervielfältigung, Bearbeitung, Weitergabe"],
    ),
])  # fmt: skip
def test_german_noun_fragments_are_wording(body: str, wanted: list[str]) -> None:
    assert article_quotes(TITLE_DE, body) == wanted


@pytest.mark.parametrize("body", [
    # A heading of the document named by the part's noun right before it.
    "In den Nutzungsbedingungen von Wolkig steht das im Abschnitt „Nutzung von Kundendateien“ ganz unten.",
    # A button.
    "Wer die Nutzungsbedingungen nicht lesen will, drückt einfach den Button „Alle Bedingungen“ und ist fertig.",
    # An English title-case label keeps its case as a label's.
    "The terms of service put this under “Provision to Third Parties” near the end.",
])  # fmt: skip
def test_named_headings_and_buttons_stay_out(body: str) -> None:
    assert article_quotes(TITLE_DE, body) == []


@pytest.mark.parametrize(("body", "wanted"), [
    (
        "Ainda dá para postar, mas, ao aceitar os novos termos, você declara que “tem todos os direitos sobre o que "
        "publica no app”.",
        ["tem todos os direitos sobre o que publica no app"],
    ),
    (
        "You can still post, but by accepting the new terms, you declare that you “hold every right to what you "
        "publish in the app”.",
        ["hold every right to what you publish in the app"],
    ),
    (
        "Al aceptar los nuevos términos, el usuario acepta que “la app puede guardar sus fotos por tiempo indefinido”.",
        ["la app puede guardar sus fotos por tiempo indefinido"],
    ),
    (
        "Por sorte, os termos atualizados deixam claro que “a Fotonet não é dona de nenhuma foto que você publica”.",
        ["a Fotonet não é dona de nenhuma foto que você publica"],
    ),
    (
        "Die neuen Nutzungsbedingungen stellen klar, dass „Wolkig keine Rechte an Ihren Fotos erwirbt“.",
        ["Wolkig keine Rechte an Ihren Fotos erwirbt"],
    ),
])  # fmt: skip
def test_accepting_frames_and_making_clear_hand_over(body: str, wanted: list[str]) -> None:
    assert article_quotes(TITLE_PT, body) == wanted


@pytest.mark.parametrize("body", [
    # Someone else speaks after the accepting frame.
    "Ao aceitar os novos termos, o advogado Rui Lopes disse que “ninguém lê nada disso”.",
    # Users who accepted, then complained in their own words.
    "Ao aceitar os novos termos, muitos usuários reclamaram que se sentiam “presos ao aplicativo para sempre”.",
    # The user thinks something: no verb of consenting.
    "Ao aceitar os novos termos, você talvez pense que “ninguém lê isso mesmo”.",
])  # fmt: skip
def test_a_speaker_after_the_accepting_frame_keeps_it_out(body: str) -> None:
    assert article_quotes(TITLE_PT, body) == []


@pytest.mark.parametrize(("body", "wanted"), [
    (
        "Kritiker bemängeln, dass die Nutzungsbedingungen dem Dienst eine „weltweite und unbefristete Lizenz“ "
        "einräumen.",
        ["weltweite und unbefristete Lizenz"],
    ),
    (
        "Ärger gibt es, weil die neuen AGB eine „Auswertung aller Dateien für KI-Training“ vorsehen.",
        ["Auswertung aller Dateien für KI-Training"],
    ),
])  # fmt: skip
def test_a_german_clause_whose_verb_comes_after_the_quotation(body: str, wanted: list[str]) -> None:
    assert article_quotes(TITLE_DE, body) == wanted


@pytest.mark.parametrize("body", [
    # The users are the clause's subject, not the document.
    "Kritiker bemängeln, dass Nutzer die AGB mit einem „schnellen Klick ohne Lesen“ akzeptieren.",
    # The clause's verb after the quotation is no document's.
    "Die AGB sind lang, weil die Juristen eine „möglichst breite Absicherung“ wünschen.",
])  # fmt: skip
def test_a_german_clause_with_another_subject_or_verb_stays_out(body: str) -> None:
    assert article_quotes(TITLE_DE, body) == []


@pytest.mark.parametrize(("body", "wanted"), [
    # A change to the document as what a relative clause says reads (smartworld.it's shape).
    (
        "Wolkig ha aggiornato i termini di servizio. È importante evidenziare un'ultima modifica che recita "
        "“Wolkig non rivendica alcun diritto sui file caricati”.",
        ["Wolkig non rivendica alcun diritto sui file caricati"],
    ),
    (
        "Wolkig updated its terms of service. Worth noting is one last change that reads “Wolkig claims no right "
        "in uploaded files”.",
        ["Wolkig claims no right in uploaded files"],
    ),
    # A counted part of the document as the subject (cnews.fr's shape).
    (
        "Wolkig a changé sa politique de confidentialité. Une première partie explique que Wolkig pourrait "
        "« analyser les visages et les voix présents dans vos vidéos ».",
        ["analyser les visages et les voix présents dans vos vidéos"],
    ),
    # Dutch "royalty-free" with a hyphen marks a licence grant (dpoassociates.eu's shape).
    (
        "Wolkig heeft de algemene voorwaarden aangepast. Wolkig verleent zichzelf ook een “eeuwigdurende, "
        "wereldwijde, royalty-vrije” licentie op alle bestanden.",
        ["eeuwigdurende, wereldwijde, royalty-vrije"],
    ),
])  # fmt: skip
def test_changes_parts_and_licence_words_in_other_languages(body: str, wanted: list[str]) -> None:
    assert article_quotes("Wolkig terms", body) == wanted


@pytest.mark.parametrize("body", [
    # A heading named "under the title" (iphonesoft.fr's shape).
    "Les détails figurent dans la politique de confidentialité de Wolkig, sous le titre « Informations que nous "
    "collectons automatiquement ».",
    # The first part of something else: a report.
    "Wolkig a changé sa politique de confidentialité. La première partie du reportage explique que Wolkig pourrait "
    "« analyser les visages de ses clients ».",
    # A counted part of the users, not of the document.
    "Wolkig a changé sa politique de confidentialité. Une première partie des utilisateurs estime que Wolkig va "
    "« trop loin avec les visages ».",
    # A change someone asks for, with no verb of saying after it.
    "Wolkig updated its terms of service. Critics want one last change made: “delete the AI clause”.",
])  # fmt: skip
def test_headings_parties_and_wished_changes_stay_out(body: str) -> None:
    assert article_quotes("Wolkig terms", body) == []


@pytest.mark.parametrize(("body", "wanted"), [
    # A services agreement by its German name, and its section pointed at under a colon (win-tools.de's shape).
    (
        "Wolkig hat seine Servicevereinbarung geändert. Neu ist ein Abschnitt über KI-Dienste. Hier ist der "
        "vollständige Abschnitt:\n\n1. Auslesen. Sie dürfen die KI-Dienste nicht nutzen, um Modelle auszulesen.",
        ["Auslesen. Sie dürfen die KI-Dienste nicht nutzen, um Modelle auszulesen."],
    ),
    (
        "Im neuen Servicevertrag von Wolkig heißt es: „Wir dürfen Inhalte automatisiert prüfen.“",
        ["Wir dürfen Inhalte automatisiert prüfen."],
    ),
])  # fmt: skip
def test_german_agreement_names_and_sections(body: str, wanted: list[str]) -> None:
    assert article_quotes("Wolkig ändert die Regeln", body) == wanted


@pytest.mark.parametrize("body", [
    # A firm's service contract with a city is no user agreement.
    "Wolkig hat einen Dienstleistungsvertrag mit der Stadt geschlossen. Darin heißt es: „Wir liefern bis Mai.“",
    # The section of the company's blog post speaks, not the agreement.
    "Wolkig hat seine Servicevereinbarung geändert. Im letzten Absatz seines Blogbeitrags schreibt Wolkig: „Wir "
    "freuen uns auf Ihr Feedback.“",
])  # fmt: skip
def test_german_contracts_and_blog_sections_stay_out(body: str) -> None:
    assert article_quotes("Wolkig ändert die Regeln", body) == []
