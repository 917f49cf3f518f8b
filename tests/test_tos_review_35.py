"""Review of session 35's terms-quote rules (revtos35).

cf027aa (name-binding-foreign) takes a set-off paragraph that opens on a company's name and "podrá", "poderá", "potrà",
"mag" as a clause under a bare colon. Under a writer's summing-up ("En resumen:", "Na prática:", "In pratica:",
"In de praktijk:", "Lo que significa que:") the paragraph is the writer's gist, however it binds: the plain-language and
gloss guards knew these leads only in English and French.

c435a08 (message_lead) gives a quotation to an in-app message brought in by "a notice that reads", "einen Hinweis, in
dem es heißt", "un aviso que dice": also where the document itself holds that notice ("The new terms contain a notice
that reads “…”"), whose words are the document's. Its writer_advice took "right away" for the writer's advice, so a
clause's second paragraph ("we may suspend your account right away") was cut from a set-off clause.
"""

from __future__ import annotations

import pytest
from tos_support import article_quotes, page_units, quotes_found

ES = "Tintero cambia sus condiciones de uso"
PT = "Varal muda seus termos de uso"
NL = "Kijkgraag wijzigt zijn gebruiksvoorwaarden"
IT = "Bussola cambia i termini di servizio"
EN = "Quarry changes its terms of service"
AFTER = "Otro párrafo de quien escribe."

SUMMED_UP = [
    (NL, "De dienst maakte de wijziging dinsdag bekend. In de praktijk:",
     "Kijkgraag mag de prijs van het abonnement op elk moment verhogen."),
    (ES, "La aplicación lo anunció el martes. En resumen:",
     "Tintero podrá usar tus dibujos gratis y tú no podrás hacer nada para impedirlo."),
    (ES, "La aplicación lo anunció el martes. Lo que significa que:",
     "Tintero podrá poner tus dibujos en anuncios sin pagarte un céntimo."),
    (PT, "O aplicativo anunciou a mudança na terça-feira. Na prática:",
     "O Varal poderá vender seus dados para quem quiser, e você nem vai ficar sabendo."),
    (IT, "L'app ha annunciato la modifica martedì. In pratica:",
     "Bussola potrà vendere i tuoi dati a chiunque voglia."),
    (EN, "The company announced the change on Tuesday. In practice:",
     "Quarry may sell your sketches to anyone at all."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "lead", "paragraph"), SUMMED_UP)
def test_a_writers_summing_up_is_no_clause(title: str, lead: str, paragraph: str) -> None:
    assert quotes_found(page_units(lead, paragraph, AFTER, title=title)) == []


STILL_THE_TERMS = [
    (ES, "La aplicación lo anunció el martes. En la práctica, las nuevas condiciones dicen:",
     "Tintero podrá usar los dibujos que publique el usuario en campañas de publicidad sin pagarle nada."),
    (EN, "The company announced the change on Tuesday. In practice, the new terms read:",
     "Quarry may use the sketches you upload in its advertising without paying you."),
]  # fmt: skip


@pytest.mark.parametrize(("title", "lead", "clause"), STILL_THE_TERMS)
def test_the_documents_verb_after_the_summing_up_keeps_the_clause(title: str, lead: str, clause: str) -> None:
    assert quotes_found(page_units(lead, clause, AFTER, title=title)) == [clause]


HELD_NOTICE = "We may close your account at any time and for any reason."
HELD = [
    ("Tallow changes its terms", f'The new terms of service contain a notice that reads: "{HELD_NOTICE}"'),
    ("Neue AGB bei Tallow", "Die neuen AGB enthalten einen Hinweis, in dem es heißt: „Wir können Inhalte ohne Ankündigung "
     "löschen.“"),
    ("Tallow cambia sus condiciones", 'Las nuevas condiciones de uso incluyen un aviso que dice: "Tallow podrá suspender '
     'cuentas sin previo aviso."'),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body"), HELD)
def test_a_notice_the_document_holds_is_its_wording(title: str, body: str) -> None:
    assert len(article_quotes(title, body)) == 1


SHOWN = [
    ("Tallow changes its terms", 'After the update to its privacy policy, the app has a banner reading "We value your '
     'privacy. Tap OK to carry on."'),
    ("Tallow cambia sus condiciones", 'Tras cambiar sus condiciones, la app tiene un aviso que dice: "Hemos actualizado '
     'nuestras condiciones."'),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body"), SHOWN)
def test_a_message_the_app_shows_stays_its_own(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


RULE = "You may not use the service to send spam or to harvest the data of other members."
GOES_ON = "If you break these rules, we may suspend your account right away and without notice."


def test_right_away_in_the_clauses_next_paragraph_is_the_clause() -> None:
    units = page_units(
        "The relevant clause:", RULE, GOES_ON, "That last part worries me.", title="Tallow's terms"
    )
    assert quotes_found(units) == [RULE, GOES_ON]


def test_advice_after_the_clause_stays_the_writers() -> None:
    advice = "If they change this, you should really download your data and keep copies."
    units = page_units("The relevant clause:", RULE, advice, title="Tallow's terms")
    assert quotes_found(units) == [RULE]
