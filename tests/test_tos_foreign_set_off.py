"""Clauses set off under a bare colon on Spanish, Portuguese, Italian and Dutch pages (tosrec20, session 35).

A news page names the changed document in its headline, then sets the clause off under a lead-in that names none
("Ahora dice:", "Textualmente:", "Agora diz:"). Such a clause is taken when it binds as terms do;
in English "Zoomly may …" binds by the company's name in the place of "we". The same holds for a company's name
before the singular modals these languages' terms give it ("podrá", "poderá", "potrà", "può", "mag", "se réserve"),
with the article Portuguese sets before a name ("O Roda poderá"). Not the present "can" that news says of a
company ("puede", "kann"), nor a noun or pronoun that opens a sentence ("Esto podrá"), nor German, whose nouns are
capitalised as names are ("Spieler dürfen").
"""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

ES = "Fotolia cambia sus condiciones de uso"
PT = "Roda muda seus termos de uso"
DE = "Fahrly ändert seine AGB"
IT = "Pizzo cambia i termini di servizio"
NL = "Kijkr wijzigt zijn gebruiksvoorwaarden"


@pytest.mark.parametrize(("title", "lead", "clause"), [
    (ES, "La plataforma anunció el cambio el lunes. Ahora dice:",
     "Fotolia podrá usar las imágenes que publique el usuario en campañas de publicidad sin pagarle nada."),
    (ES, "Los usuarios tienen un mes para aceptarlo. Textualmente:",
     "Fotolia se reserva el derecho de cerrar cualquier cuenta inactiva durante más de seis meses."),
    (PT, "O aplicativo anunciou a mudança na segunda-feira. Agora diz:",
     "O Roda poderá compartilhar os dados de localização do usuário com parceiros comerciais."),
    (IT, "L'app ha annunciato la modifica lunedì. Testualmente:",
     "Pizzo può conservare i dati di posizione degli utenti anche dopo la cancellazione dell'account."),
    (NL, "De dienst maakte de wijziging maandag bekend. Het gaat om deze zin:",
     "Kijkr mag de abonnementsprijs op elk moment wijzigen zonder de abonnee vooraf te informeren."),
])  # fmt: skip
def test_company_name_binds_a_clause_under_a_bare_colon(title: str, lead: str, clause: str) -> None:
    assert quotes_found(page_units(lead, clause, "Otro párrafo del autor.", title=title)) == [clause]


@pytest.mark.parametrize(("title", "lead", "paragraph"), [
    # The present "can" is news about the company as often as a clause.
    (ES, "La plataforma anunció el cambio el lunes. El motivo es simple:",
     "Fotolia puede perder a miles de fotógrafos si no da marcha atrás."),
    (DE, "Der Anbieter gab die Änderung am Montag bekannt. Die Folge:",
     "Fahrly kann damit Millionen Kunden verlieren, sagen Analysten."),
    # A noun or a pronoun that opens the sentence is no company's name; German capitalises every noun.
    (DE, "Der Anbieter gab die Änderung am Montag bekannt. Die Folge:",
     "Nutzer dürfen sich jetzt auf längere Wartezeiten einstellen."),
    (DE, "In den neuen Regeln des Verbands heißt es:", "Spieler dürfen keine Daten an Dritte weitergeben."),
    (ES, "La plataforma anunció el cambio el lunes. La conclusión:",
     "Esto podrá cambiar pronto, según los analistas del sector."),
])  # fmt: skip
def test_what_binds_no_clause_stays_the_writers(title: str, lead: str, paragraph: str) -> None:
    assert quotes_found(page_units(lead, paragraph, "Otro párrafo del autor.", title=title)) == []
