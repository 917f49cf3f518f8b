"""Families a fresh check of real pages found (session 43), rows in our own words.

Laws: a citation whose whole official title the page writes out, up to the short name it defines in brackets
("Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of ...
(“GDPR”)", navacelle.law on the CNIL's powers), is one span with its title, also after a lower-case "law No."; without
that bracket a lower-case subject stays the article's description. A short form defined with its year ("(the DPL
2020)", kslaw.com on the DIFC's data protection law) keeps its year, also where the page derives it from the name.

Terms quotes: a summary the writer announces in Portuguese, Spanish, French, German or Italian ("Confira as
principais ideias do texto:", dicaslink.com.br) is the writer's list, and a paragraph under a set-off clause that
opens "In italiano corrente, …" (appuntidigitali.it) is the writer's plain-language reading, not more of the clause.
"""

from __future__ import annotations

import pytest
from law_support import find_laws

from tests.tos_support import page_units, quotes_found

GDPR_TITLE = (
    "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of "
    "natural persons with regard to the processing of personal data and on the free movement of such data"
)

# (paragraphs, [(mention, knowledge-base id or None)])
LAWS_FOUND = [
    # The EU act's whole title, up to the acronym the page defines for it.
    (
        (f"Firms must follow {GDPR_TITLE} (“GDPR”) when they sell to Europeans.",),
        [(GDPR_TITLE, "gdpr"), ("GDPR", "gdpr")],
    ),
    # A lower-case "law No." with its date and title, up to the bracket that names it.
    (
        (
            "Valdoria's regulator rests on law No. 12-34 of 3 March 1981 on computing and personal records "
            "(the “Records Act”), which it enforces.",
        ),
        [("law No. 12-34 of 3 March 1981 on computing and personal records", None), ("Records Act", None)],
    ),
    # Without a defining bracket the lower-case subject is the writer's description: the citation alone.
    (
        ("The board applies Regulation (EU) 2016/679 on the protection of data in every case it hears.",),
        [("Regulation (EU) 2016/679", "gdpr")],
    ),
    # A date that tells when the law took effect is no title, and the short form given after it is still defined.
    (
        ("Ruritania applied its Data Safety Law No. 4 of 2021 on 1 May 2021 (the “DSL”) to every firm.",),
        [("Data Safety Law No. 4 of 2021", None), ("DSL", None)],
    ),
    # A short form defined with its year keeps the year wherever it recurs.
    (
        (
            "The centre enacted its Data Protection Law No. 7 of 2019 (the DPL 2019) last spring.",
            "The DPL 2019 replaced older rules; firms had months to meet the DPL 2019.",
        ),
        [
            ("Data Protection Law No. 7 of 2019", None),
            ("DPL 2019", None),
            ("DPL 2019", None),
            ("DPL 2019", None),
        ],
    ),
    # An acronym the page derives from a law's name, written with a year: the year is part of it.
    (
        (
            "Valdoria passed the Online Content Safety Law in spring. Under the OCSL 2022, firms report leaks.",
        ),
        [("Online Content Safety Law", None), ("OCSL 2022", None)],
    ),
]

LAWS_OF_PLACES = [
    # A law's name with "of" and its country after it: the name is the law, whether or not the knowledge base knows
    # the country's laws; "of" and a word that is no place leave the head inside a longer name.
    (("The Cyber Crimes Act of Zambia took effect last year.",), [("Cyber Crimes Act", None)]),
    (
        (
            "Regulators cited the Computer Misuse Act of Uganda and the Electronic Transactions Act of Malawi.",
        ),
        [("Computer Misuse Act", None), ("Electronic Transactions Act", None)],
    ),
    (("The Consumer Protection Act of the Philippines was amended.",), [("Consumer Protection Act", None)]),
    (("The speaker called it an Act of Parliament, not a decree.",), []),
]

LAWS_NAMED_OTHERWISE = [
    # Russia's personal data law by its Russian title, quoted or in lower case, declined (colta.ru-style news).
    (
        ("Суд сослался на Федеральный закон «О персональных данных».",),
        [("Федеральный закон «О персональных данных»", "russia-152-fz")],
    ),
    (
        ("Компания нарушила требования закона о персональных данных.",),
        [("закона о персональных данных", "russia-152-fz")],
    ),
    (
        ("Согласно Закону «О персональных данных», данные хранятся в России.",),
        [("Закону «О персональных данных»", "russia-152-fz")],
    ),
    # A body named after an article, joined to it by a hyphen or by its initials, is no provision of the law.
    (
        ("De Artikel 29-werkgroep gaf advies. Volgens artikel 7 AVG is toestemming nodig.",),
        [("artikel 7 AVG", "gdpr")],
    ),
    (("The Art. 29 WP opinion on consent applies under the GDPR.",), [("GDPR", "gdpr")]),
]

LAWS_NOT_EXTENDED = [
    # A year that opens the next clause after a comma, or a number that is no year, stays outside.
    (
        ("Valdoria passed the Online Content Safety Law in spring. Under the OCSL, 2022 brought six fines.",),
        [("Online Content Safety Law", None), ("OCSL", None)],
    ),
    (
        ("Valdoria passed the Online Content Safety Law in spring. The OCSL 2022/14 guidance followed.",),
        [("Online Content Safety Law", None), ("OCSL", None)],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"), LAWS_FOUND + LAWS_OF_PLACES + LAWS_NAMED_OTHERWISE + LAWS_NOT_EXTENDED
)
def test_law_titles_and_years(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


TITLE = "Pixora changes its terms of service"
LEAD = "Pixora changed its terms of service on Monday, and users were quick to object."
SUMMARY_ITEMS = (
    "- Pixora's new terms of service upset many of its users",
    "- Pixora says the change helps it find unlawful content",
    "- Users ask what the terms of service mean for their privacy",
)
SUMMARY_LEADS = [
    # The writer's summary announced in five languages: the items are the writer's, not the terms'.
    ("Confira as principais ideias do texto:", []),
    ("Estas son las ideas clave del texto:", []),
    ("Ce qu'il faut retenir du texte :", []),
    ("Das Wichtigste aus dem Text:", []),
    ("Ecco i punti chiave del testo:", []),
]


@pytest.mark.parametrize(("lead", "expected"), SUMMARY_LEADS)
def test_summary_list_is_the_writers(lead: str, expected: list[str]) -> None:
    units = page_units(LEAD, lead, *SUMMARY_ITEMS, title=TITLE)
    assert quotes_found(units) == expected


IT_CLAUSE = (
    "Lei non può usare i Servizi e non può accettare i Termini se non ha l'età per concludere un contratto "
    "vincolante con Pixora."
)
ES_CLAUSE = (
    "Usted no puede usar los Servicios ni aceptar los Términos si no tiene la edad para firmar un contrato "
    "vinculante con Pixora."
)
GLOSSES = [
    # A plain-language reading opens the paragraph under the clause: the writer's, though it binds "lei" or "usted".
    (
        "La sezione 2.3 dei termini di servizio di Pixora recita:",
        f"2.3 {IT_CLAUSE}",
        "In italiano corrente, la frase significa che per usare il servizio lei deve avere l'età per firmare un "
        "contratto vincolante con Pixora.",
        [IT_CLAUSE],
    ),
    (
        "La sección 2.3 de los términos de servicio de Pixora dice:",
        f"2.3 {ES_CLAUSE}",
        "En términos simples, usted debe tener la edad para firmar un contrato vinculante con Pixora si quiere usar "
        "el servicio.",
        [ES_CLAUSE],
    ),
]


@pytest.mark.parametrize(("lead", "clause", "after", "expected"), GLOSSES)
def test_plain_language_gloss_ends_the_block(lead: str, clause: str, after: str, expected: list[str]) -> None:
    assert quotes_found(page_units(lead, clause, after, title=TITLE)) == expected
