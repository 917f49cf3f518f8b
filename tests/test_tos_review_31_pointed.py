"""Review rows of session 31 for 12985d5 (tosrec16a: pointing words for the document on pages that also quote people).
"A política do X" is a company's only when X is no country, court,
regulator, city, executive or party; "el aviso de …" is never the privacy notice by its noun alone, and "the notice" or
"el aviso" a sentence before brought in with an indefinite article is that notice; "the licence" stands for a licence
agreement only on a page about one, not for a broadcaster's or an operator's licence on a page about a privacy policy.
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body"), [
    ("Conversa muda política de privacidade",
     "A Conversa publicou nova política de privacidade.\n\nA política da China exige que as empresas “guardem os dados "
     "dentro do país”."),
    ("Conversa muda política de privacidade",
     "A Conversa publicou nova política de privacidade.\n\nA política da Anatel diz que as operadoras devem “bloquear "
     "aparelhos sem certificação”."),
    ("Conversa muda política de privacidade",
     "A Conversa publicou nova política de privacidade. Em Brasília, a política do STF diz que os tribunais devem "
     "“proteger os dados das partes”."),
    ("Rapidito cambia su política de privacidad",
     "Rapidito publicó una nueva política de privacidad.\n\nLa política del Ayuntamiento dice que los repartidores deben "
     "«circular por el carril bici»."),
    ("Rapidito cambia su política de privacidad",
     "Rapidito publicó una nueva política de privacidad.\n\nLa política del Reino Unido exige que las apps «comprueben "
     "la edad de cada cliente»."),
    ("Rapidito y su aviso de privacidad",
     "Rapidito cambió su aviso de privacidad.\n\nEl aviso de despido que recibieron los repartidores dice que la empresa "
     "«ya no requiere sus servicios»."),
    ("Rapidito y su aviso de privacidad",
     "Rapidito cambió su aviso de privacidad.\n\nEl SAT publicó un aviso el lunes. El aviso dice que las plataformas "
     "deben «retener el impuesto de cada venta»."),
    ("Rapidito's privacy notice",
     "Rapidito changed its privacy notice.\n\nThe tax office published a notice on Monday. The notice says platforms "
     "must “withhold tax on every sale”."),
    ("Pixo's new privacy policy",
     "Pixo updated its privacy policy. Ofcom renewed the broadcaster's licence.\n\nThe licence says the channel must "
     "“carry ten hours of local news a week”."),
    ("Pixo's new privacy policy",
     "Pixo updated its privacy policy. The Gambling Commission suspended Pixo Bet's licence on Monday.\n\nThe licence "
     "says it must “check the age of every customer”."),
])  # fmt: skip
def test_no_terms_of_the_company(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("ANPD comenta a política do Conversa",
     "A ANPD publicou uma nota sobre a nova política de privacidade do aplicativo Conversa.\n\nA política do Conversa "
     "diz que a empresa pode “enviar seus contatos a parceiros”.",
     ["enviar seus contatos a parceiros"]),
    ("Rapidito y su aviso de privacidad",
     "Rapidito cambió su aviso de privacidad. Un abogado dijo que era «abusivo».\n\nEl aviso dice que Rapidito «podrá "
     "usar su ubicación en todo momento».",
     ["podrá usar su ubicación en todo momento"]),
    ("Rapidito's privacy notice",
     "Rapidito published a new privacy notice on Monday. The notice says Rapidito may “sell location data to brokers”.",
     ["sell location data to brokers"]),
    ("Do you read the licence terms?",
     "I always read the licence terms. The licence says “you may not lend this software to anyone.”",
     ["you may not lend this software to anyone."]),
])  # fmt: skip
def test_terms_the_pointing_words_still_stand_for(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
