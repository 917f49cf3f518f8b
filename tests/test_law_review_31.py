"""Review of the session's law work (session 31): the numbered parts of an association's statutes, a works
agreement, a contract or a company's terms in German, French, Spanish, Italian, Portuguese and Dutch are no law,
on a page that names a law elsewhere (as 'Section 9 of the contract' is none in English); an Italian list of paragraphs
written before its article joins it with 'e'; a Spanish or Portuguese title ends before the law's verb."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws

# Pages on data protection in clubs and at work set the statutes, the works agreement or the contract beside the
# GDPR (iww.de and fvm.de on club statutes, pialab.io on employment contracts). Only the law's mentions count.
OWN_DOCUMENTS = [
    ("Gemäß § 3 der Satzung darf der Verein Mitgliederdaten verarbeiten; die DSGVO gilt.", ["DSGVO"]),
    ("Artikel 5 der Vereinssatzung regelt den Datenschutz nach der DSGVO.", ["DSGVO"]),
    (
        "§ 7 der Betriebsvereinbarung regelt die Videoüberwachung, Art. 88 DSGVO erlaubt das.",
        ["Art. 88 DSGVO"],
    ),
    ("Nach § 4 des Arbeitsvertrags muss er Daten löschen; die DSGVO verlangt dasselbe.", ["DSGVO"]),
    ("L'article 3 du règlement intérieur prévoit des sanctions ; le RGPD s'applique aussi.", ["RGPD"]),
    ("L'article 12 des statuts de l'association a été modifié pour respecter le RGPD.", ["RGPD"]),
    ("Selon l'article 4 de son contrat, le salarié doit respecter le RGPD.", ["RGPD"]),
    ("El artículo 15 de los estatutos del club fue cambiado para cumplir el RGPD.", ["RGPD"]),
    ("Según el artículo 4 del contrato, la empresa cedía datos, algo que el RGPD prohíbe.", ["RGPD"]),
    ("L'articolo 6 dello statuto della società è stato modificato; il GDPR resta in vigore.", ["GDPR"]),
    (
        "Secondo l'articolo 9 del contratto, il fornitore deve cancellare i dati, come chiede il GDPR.",
        ["GDPR"],
    ),
    ("O artigo 7 da LGPD exige consentimento; o artigo 3 do contrato não basta.", ["artigo 7 da LGPD"]),
    (
        "De AP wijst op artikel 17 van de AVG en op artikel 2 van de arbeidsovereenkomst.",
        ["artikel 17 van de AVG"],
    ),
]


@pytest.mark.parametrize(("sentence", "spans"), OWN_DOCUMENTS, ids=[row[0][:30] for row in OWN_DOCUMENTS])
def test_a_part_of_a_body_s_or_a_company_s_own_document_is_no_law(sentence: str, spans: list[str]) -> None:
    """The statutes', the agreement's or the contract's article is left out; the law stays."""
    assert [text for text, _law in find_laws(sentence)] == spans


# The same words as part of a law, or a law named by another word, stay provisions of that law.
LAWS_STAY = [
    ("Die Verarbeitung stützt sich auf Artikel 6 der DSGVO, sagt der Verein.", ["Artikel 6 der DSGVO"]),
    ("Selon l'article 6 du règlement, le traitement doit être licite, dit le RGPD.", ["article 6", "RGPD"]),
    (
        "Art. 6 Abs. 1 lit. b DSGVO erlaubt die Verarbeitung zur Erfüllung eines Vertrages.",
        ["Art. 6 Abs. 1 lit. b DSGVO"],
    ),
    (
        "L'articolo 4 dello Statuto dei lavoratori vieta il controllo a distanza; il GDPR si aggiunge.",
        ["articolo 4", "GDPR"],
    ),
    (
        "Art. 16 des Vertrags über die Arbeitsweise der EU schützt Daten, ebenso die DSGVO.",
        ["Art. 16", "DSGVO"],
    ),
]


@pytest.mark.parametrize(("sentence", "spans"), LAWS_STAY, ids=[row[0][:30] for row in LAWS_STAY])
def test_a_law_s_provision_stays_beside_the_document_words(sentence: str, spans: list[str]) -> None:
    """A law's article, by its name or by another word for the law, is still one."""
    assert [text for text, _law in find_laws(sentence)] == spans


# Italian joins two paragraphs written before their article with 'e' ('i commi 1 e 2 dell'art. 13'), as Spanish
# with 'y' (los apartados 1 y 2 del artículo 5): the list is one reference with the article and its law.
ITALIAN_PARAGRAPH_LISTS = [
    (
        "I commi 1 e 2 dell'articolo 13 del GDPR fissano l'informativa.",
        ["commi 1 e 2 dell'articolo 13 del GDPR"],
    ),
    ("Il Garante richiama i commi 1, 2 e 3 dell'art. 13 del GDPR.", ["commi 1, 2 e 3 dell'art. 13 del GDPR"]),
    (
        "Los apartados 1 y 2 del artículo 5 del RGPD fijan los principios.",
        ["apartados 1 y 2 del artículo 5 del RGPD"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "spans"), ITALIAN_PARAGRAPH_LISTS, ids=[row[1][0] for row in ITALIAN_PARAGRAPH_LISTS]
)
def test_an_italian_list_of_paragraphs_joins_its_article(sentence: str, spans: list[str]) -> None:
    """The paragraphs, the article and the law are one span."""
    assert [text for text, _law in find_laws(sentence)] == spans


# A Spanish or Portuguese law's title in lower case ends before the verb of what the law does (as before 'define',
# 'fija', 'crea'): Colombian pages write 'el Decreto 1377 de 2013 … reglamenta la Ley 1581'.
TITLE_BEFORE_ITS_VERB = [
    (
        "El Decreto 1377 de 2013 sobre datos personales desarrolla la ley.",
        ["Decreto 1377 de 2013 sobre datos personales"],
    ),
    (
        "El Decreto 1377 de 2013 sobre protección de datos reglamenta parcialmente la Ley 1581 de 2012.",
        ["Decreto 1377 de 2013 sobre protección de datos", "Ley 1581 de 2012"],
    ),
    # Titles with no verb keep all their words.
    (
        "La Ley Orgánica 3/2018 de protección de datos personales y garantía de los derechos digitales.",
        ["Ley Orgánica 3/2018 de protección de datos personales y garantía de los derechos digitales"],
    ),
    (
        "La Ley 1581 de 2012 de protección de datos personales.",
        ["Ley 1581 de 2012 de protección de datos personales"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "spans"), TITLE_BEFORE_ITS_VERB, ids=[row[0][:30] for row in TITLE_BEFORE_ITS_VERB]
)
def test_a_romance_title_ends_before_the_law_s_verb(sentence: str, spans: list[str]) -> None:
    """The law's number and title, without the verb and what follows."""
    assert [text for text, _law in find_laws(sentence)] == spans
