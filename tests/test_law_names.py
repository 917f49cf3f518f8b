"""Law names the knowledge base does not hold, found by their shape; capitalised phrases that are no law."""

from __future__ import annotations

import pytest
from law_support import find_laws

# (sentence, [(mention, knowledge-base id or None)])
FOUND = [
    # A title-case Romance title ends on its last name word: a function word before the verb after it is
    # not the title's ("... Particulares al vender"); inside the title it stays ("Protección al Consumidor").
    (
        "La aseguradora violó la Ley Federal de Protección de Datos Personales en Posesión de los Particulares al "
        "vender la base.",
        [("Ley Federal de Protección de Datos Personales en Posesión de los Particulares", "mexico-lfpdppp")],
    ),
    (
        "El proveedor incumplió la Ley Federal de Protección al Consumidor para cobrar de más.",
        [("Ley Federal de Protección al Consumidor", None)],
    ),
    # A head followed by a word that opens a new sentence ends the name there: a page whose line breaks were
    # lost runs a headline into the next line ("... under Online Harms Bill The first fines ...").
    (
        "Fines planned under Online Harms Bill The first notices go out in spring.",
        [("Online Harms Bill", None)],
    ),
    (
        "Telcos face audits under Cyber Resilience Ordinance It applies from June.",
        [("Cyber Resilience Ordinance", None)],
    ),
    # A head right after a list's joiner, alone or after a citation's opening word, begins the next law: the
    # title before the joiner is not its name ("Cybersecurity and Decree No. ..." was one span).
    (
        "The Law on Cybersecurity and Decree No. 53/2022/ND-CP set the rules.",
        [("Law on Cybersecurity", None), ("Decree No. 53/2022/ND-CP", None)],
    ),
    (
        "It follows the Law on Personal Data and Federal Law No. 152-FZ.",
        [("Law on Personal Data", None), ("Federal Law No. 152-FZ", "russia-152-fz")],
    ),
    (
        "The Law on Trade Secrets and Act on Unfair Competition were cited.",
        [("Law on Trade Secrets", None), ("Act on Unfair Competition", None)],
    ),
    # ... but not where a name word of its own stands between ("and Law Enforcement Act").
    (
        "The Violent Crime Control and Law Enforcement Act of 1994 was cited.",
        [("Violent Crime Control and Law Enforcement Act of 1994", None)],
    ),
    # A Thai Buddhist Era year after a comma, with the Gregorian year in brackets, is the name's.
    (
        "Fines under the Personal Data Protection Act, B.E. 2562 (2019) reach five million baht.",
        # The Buddhist Era year is a cue for Thailand: the shared name is Thailand's act.
        [("Personal Data Protection Act, B.E. 2562 (2019)", "thailand-pdpa")],
    ),
    # A French past participle after a code's title ends it.
    (
        "Le délai du Code de la propriété intellectuelle fixé en 1992 reste, et le Code civil adopté en 1804 aussi.",
        [("Code de la propriété intellectuelle", None), ("Code civil", None)],
    ),
    # A lower-case title ends before the verb that follows it in French, Spanish and Italian.
    (
        "Le Code de la consommation interdit ce démarchage; le Code des postes et des communications électroniques fixe le reste.",
        [
            ("Code de la consommation", None),
            ("Code des postes et des communications électroniques", "fr-cpce"),
        ],
    ),
    (
        "La Ley de Protección de Datos fija multas e il Codice del consumo vieta le pratiche.",
        [("Ley de Protección de Datos", None), ("Codice del consumo", None)],
    ),
    # A law whose name opens with the name of a company's document is a law: it ends in a law's head.
    (
        "Senators filed the Privacy Policy Transparency Act, and under the User Agreement Fairness Act sites must say more.",
        [("Privacy Policy Transparency Act", None), ("User Agreement Fairness Act", None)],
    ),
    (
        "The Community Standards Disclosure Act Section 4 would bind every large platform.",
        [("Community Standards Disclosure Act Section 4", None)],
    ),
    # A provision right after a name the knowledge base does not hold belongs to it, though capitalised.
    (
        "The SEC cited Securities Act Section 17(a), Exchange Act Sec. 21B and Advisers Act Section 206.",
        [
            ("Securities Act Section 17(a)", None),
            ("Exchange Act Sec. 21B", None),
            ("Advisers Act Section 206", None),
        ],
    ),
    (
        "15 U.S.C. 77h-1(g) (Securities Act Sec. 8A(g)) | natural person",
        [("15 U.S.C. 77h-1(g)", None), ("Securities Act Sec. 8A(g)", None)],
    ),
    # A bracketed plural acronym of principles ends their name; the Act after "in the" is its own.
    (
        "The Information Privacy Principles (IPPs) in the Privacy Act 2020 apply.",
        [
            ("Information Privacy Principles", "nz-information-privacy-principles"),
            ("IPPs", "nz-information-privacy-principles"),
            ("Privacy Act 2020", "nz-privacy-act"),
        ],
    ),
    # A Polish title after "ustawa o" in any case, up to a date or place after it.
    (
        "Postępowanie prowadzono na podstawie ustawy o świadczeniu usług drogą elektroniczną z 2002 r.",
        [("ustawy o świadczeniu usług drogą elektroniczną", None)],
    ),
    # Sri Lanka's comma before an Act's number; Israel's Hebrew and civil years, a bracketed subject before them.
    (
        "Sri Lanka's Personal Data Protection Act, No. 9 of 2022 takes effect in stages.",
        [("Personal Data Protection Act, No. 9 of 2022", None)],
    ),
    (
        "Firms must follow the Protection of Privacy Regulations (Data Security), 5777-2017 from May.",
        [("Protection of Privacy Regulations (Data Security), 5777-2017", None)],
    ),
    # A law's subject word opening the sentence before "of" is the name's first word.
    ("Violations of the Spam Act cost the firm dearly.", [("Spam Act", None)]),
    (
        "Protection of Privacy Regulations (Data Security), 5777-2017 apply to every database.",
        [("Protection of Privacy Regulations (Data Security), 5777-2017", None)],
    ),
    # "regarding", "with respect to", "in respect of" after a law's name (no citation) open no title.
    (
        "It breached the Privacy Act regarding Facebook Messenger Data and paid a fine.",
        [("Privacy Act", None)],
    ),
    (
        "Firms read the Data Protection Act with respect to Google Analytics cookies.",
        [("Data Protection Act", None)],
    ),
    (
        "The shop broke the Consumer Protection Act in respect of Amazon Prime renewals.",
        [("Consumer Protection Act", None)],
    ),
    (
        "It invoked the Personal Data Protection Act regarding New York customers.",
        [("Personal Data Protection Act", None)],
    ),
    # A title "On ..." in quotation marks after the law's kind, as post-Soviet laws are named in English.
    (
        'The shop breached the Law of Ukraine "On Personal Data Protection", the regulator said.',
        [('Law of Ukraine "On Personal Data Protection"', None)],
    ),
    (
        "It cites the Law of the Republic of Kazakhstan “On Personal Data and Their Protection” twice.",
        [("Law of the Republic of Kazakhstan “On Personal Data and Their Protection”", None)],
    ),
    # The day the act was passed may stand between "ustawa" and its title; its provision joins it.
    (
        "Organ oparł się na art. 102 ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych (Dz. U. z 2019 r.).",
        [("art. 102 ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych", None)],
    ),
    # A German title's subject after "über", its article skipped; a year of the 1800s; "of the PRC".
    (
        "Das Bundesgesetz über den Datenschutz (DSG) trat 2023 in Kraft.",
        [("Bundesgesetz über den Datenschutz", "swiss-fadp"), ("DSG", "swiss-fadp")],
    ),
    (
        "Members are public servants under the Indian Penal Code, 1860.",
        [("Indian Penal Code, 1860", "india-ipc")],
    ),
    (
        "The Data Security Law of the PRC applies.",
        [("Data Security Law of the PRC", "china-data-security-law")],
    ),
    ("The watchdog said the retailer broke the Spam Act 2003 twice.", [("Spam Act 2003", None)]),
    (
        "Claims under the Genetic Information Privacy Act are rising.",
        [("Genetic Information Privacy Act", None)],
    ),
    (
        "Senators revived the Protecting Kids' Online Privacy Act this spring.",
        [("Protecting Kids' Online Privacy Act", None)],
    ),
    (
        "In Virginia's Consumer Data Protection Act the cure period ends.",
        [("Consumer Data Protection Act", None)],
    ),
    ("The Telecommunications Act 1997 still governs carriers.", [("Telecommunications Act 1997", None)]),
    (
        "It relied on the Kenya Information and Communications Act, 1998.",
        [("Kenya Information and Communications Act, 1998", None)],
    ),
    ("The Banking Regulation Act, 1949 lets the central bank act.", [("Banking Regulation Act, 1949", None)]),
    ("Lawmakers tabled the Data Protection Bill 2021 again.", [("Data Protection Bill 2021", None)]),
    (
        "The Toy Safety Regulation applies from 2030.",
        [("Toy Safety Regulation", None)],
    ),
    ("The Privacy Amendment Bill adds a new duty.", [("Privacy Amendment Bill", None)]),
    (
        "Agencies must follow the Australian Privacy Principles.",
        [("Australian Privacy Principles", "au-privacy-principles")],
    ),
    ("A council adopted the Model Privacy Principles for its staff.", [("Model Privacy Principles", None)]),
    (
        "The regulator cited the Cybersecurity Review Measures in its notice.",
        [("Cybersecurity Review Measures", None)],
    ),
    (
        "Section 43A went when the SPDI Rules were dropped.",
        [("Section 43A", "india-spdi-rules"), ("SPDI Rules", "india-spdi-rules")],
    ),
    ("Its rights come from the 2018 Act, not the older one.", [("2018 Act", None)]),
    ("Quebec's Private Sector Act was rewritten.", [("Private Sector Act", None)]),
    (
        "He cited the Personal Information Act 4 of 2019 in his ruling.",
        [("Personal Information Act 4 of 2019", None)],
    ),
    ("Vietnam passed the Law on Data in late 2024.", [("Law on Data", "vietnam-law-on-data")]),
    (
        "The board applied the Law on the Protection of Personal Data No. 6698 strictly.",
        [("Law on the Protection of Personal Data No. 6698", "turkey-kvkk")],
    ),
    (
        "The lender was sued under the Consumer Protection Law 24,240.",
        [("Consumer Protection Law 24,240", None)],
    ),
    (
        # The 2012 amendment, which the knowledge base does not hold (its 2021 one it does): found by its shape.
        "Hong Kong passed the Personal Data (Privacy) (Amendment) Ordinance 2012 quickly.",
        [("Personal Data (Privacy) (Amendment) Ordinance 2012", None)],
    ),
    ('Campaigners backed the "Protect Our Kids" Act in the House.', [('Protect Our Kids" Act', None)]),
    (
        "Die Klage stützt sich auf das Verbraucherrechtedurchsetzungsgesetz.",
        [("Verbraucherrechtedurchsetzungsgesetz", None)],
    ),
    (
        "Das Verfahren folgt dem Gesetz über Ordnungswidrigkeiten.",
        [("Gesetz über Ordnungswidrigkeiten", "de-owig")],
    ),
    (
        "Die Klage stützt sich auf das Gesetz über den Datenschutz bei Telemedien.",
        [("Gesetz über den Datenschutz bei Telemedien", None)],
    ),
    (
        "La cláusula viola el Código de Defesa do Consumidor, dijo el juez.",
        [("Código de Defesa do Consumidor", "brazil-consumer-defence-code")],
    ),
    (
        "Elle a modifié la Loi sur la protection du consommateur. Le texte entre en vigueur en mai.",
        [("Loi sur la protection du consommateur", None)],
    ),
    ("A named Act counts even unplaced: the Privacy Act, say.", [("Privacy Act", None)]),
    (
        "China's Measures for Security Assessment of Outbound Data Transfers took effect.",
        [("Measures for Security Assessment of Outbound Data Transfers", None)],
    ),
    (
        "Services must meet the Online Safety (Basic Online Safety Expectations) Determination 2022.",
        [("Online Safety (Basic Online Safety Expectations) Determination 2022", None)],
    ),
    (
        "Vietnam applies the Law on Protection of Personal Data and the Law on Cybersecurity.",
        [("Law on Protection of Personal Data", None), ("Law on Cybersecurity", "vietnam-cybersecurity-law")],
    ),
    (
        "Mexico's Ley Federal de Protección de Datos Personales en Posesión de los Particulares applies too.",
        [("Ley Federal de Protección de Datos Personales en Posesión de los Particulares", "mexico-lfpdppp")],
    ),
    (
        "La LGPDPPSO rige al sector público y la LFPDPPP al privado.",
        [("LGPDPPSO", "mexico-lgpdppso"), ("LFPDPPP", "mexico-lfpdppp")],
    ),
    (
        "The Provisions on the Cyber Protection of Children's Personal Information apply.",
        [("Provisions on the Cyber Protection of Children's Personal Information", None)],
    ),
    ("The court read the Civil Code narrowly.", [("Civil Code", None)]),
    ("He cited the Commercial Code.", [("Commercial Code", None)]),
    (
        "Reforms come in the Privacy and Other Legislation Amendment Bill 2024 this year.",
        [("Privacy and Other Legislation Amendment Bill 2024", None)],
    ),
    (
        "Incidents go to the regulator under the Information Technology (the Indian Computer Emergency Response"
        " Team and Manner of Performing Functions and Duties) Rules, 2013 within six hours.",
        [
            (
                "Information Technology (the Indian Computer Emergency Response Team and Manner of Performing"
                " Functions and Duties) Rules, 2013",
                None,
            )
        ],
    ),
    # A German title stops before a second law's one-word name; Swiss titles open with "gegen".
    (
        # (The Unterlassungsklagengesetz is the knowledge base's now: a one-word name it does not hold keeps the shape.)
        "Der Verband stützte sich auf das Gesetz gegen den unlauteren Wettbewerb und das Telekommunikationsgesetz.",
        [("Gesetz gegen den unlauteren Wettbewerb", "de-uwg"), ("Telekommunikationsgesetz", None)],
    ),
    (
        "The court applied Article 3 of the Bundesgesetz gegen den unlauteren Wettbewerb to the calls.",
        [("Article 3 of the Bundesgesetz gegen den unlauteren Wettbewerb", None)],
    ),
    (
        "Las cláusulas infringen la Ley General para la Defensa de los Consumidores y Usuarios, según Consumo.",
        [("Ley General para la Defensa de los Consumidores y Usuarios", None)],
    ),
    # After "e do" a law's word starts a second law; a title naming a law inside it stays whole.
    (
        "A fundação apontou violação do Código de Defesa do Consumidor e do Decreto nº 2.181/1997.",
        [("Código de Defesa do Consumidor", "brazil-consumer-defence-code"), ("Decreto nº 2.181/1997", None)],
    ),
    (
        "El Reglamento de la Ley Federal de Protección de Datos Personales fue publicado.",
        [("Reglamento de la Ley Federal de Protección de Datos Personales", None)],
    ),
    # A title in title case ends at its first lower-case word that is no article or preposition.
    (
        "Su abogado dice que el Reglamento General de Protección de Datos permite multas más altas.",
        [("Reglamento General de Protección de Datos", "gdpr")],
    ),
    (
        "La Ley General de Telecomunicaciones obliga a los operadores a guardar los datos.",
        [("Ley General de Telecomunicaciones", None)],
    ),
    # A title in lower case still runs to its verb.
    (
        "La Ley de protección de datos personales establece multas.",
        [("Ley de protección de datos personales", None)],
    ),
    # Codes of procedure as English translations name them, with the year of the official title.
    (
        "The petitioners invoked Section 482 of the Code of Criminal Procedure, 1973, before the bench.",
        [("Section 482 of the Code of Criminal Procedure, 1973", None)],
    ),
]

NOT_FOUND = [
    # A Buddhist Era year after a comma joins only a law's name: after a job title it is a graduate's degree.
    "Our Chief Engineer, B.E. 2562 (2019) graduate, joined the team.",
    # A capitalised word after a head that is no provision still makes it part of another name.
    "Our Law Firm Section is hiring, and the Act Now Campaign starts today.",
    # ... also when the word after the firm's name is one a sentence could open with, but not a pronoun.
    "The Privacy Law Forum Today session is full.",
    # ... as after a head that is no law's ("House Rule"); a company's own terms and guidelines are no law.
    "The House Rule Sec. 3 bans phones.",
    "Under Terms of Service Rule 4 users may not scrape.",
    "The Community Guidelines Rule 7 forbids spam.",
    "Community Standards Rule 9 bans paid reviews.",
    "Staff must follow the Code of Conduct at all times.",
    "Sejm przyjął ustawę w piątek, a prezydent ją podpisał.",
    # Quotation marks after "law" that hold no "On ..." title name no law.
    "He said the law was “on hold” until the vote.",
    # Field words before Regulations with no year after them name no regulations.
    "The Protection of Privacy Regulations debate went on.",
    # A date after "ustawa" with no title after it names no act.
    "Sejm uchwalił ustawę z dnia 5 maja 2024 r. i nic więcej.",
    "Bu Kanun açık, dedi avukat.",
    "She studied Privacy Law and then Competition Law at night school.",
    "The Harvard Law School clinic filed a brief.",
    "He wrote that the Rule of Law must come first.",
    "The Final Rule took effect in June.",
    "Enter the Promo Code at checkout.",
    "Our Code of Conduct bans harassment.",
    "Bloomberg Law reported the filing first.",
    "The Act was amended in 2022.",
    "Under the Act, fines are capped.",
    "Microsoft founder Bill Gates spoke at the event.",
    "The Law Society issued new guidance.",
    "Lawmakers said the law would change in 2025.",
    "They held a Technology & Regulation panel.",
    "A privacy act of kindness, the mayor joked.",
    "Datenschutzgesetze gibt es in jedem Land.",
    "Die Verordnung gilt ab Mai.",
    "Decree 13 on Tuesday was not what anyone expected, said the Minister on Monday in a speech.".replace(
        "Decree 13 on", "The decree on"
    ),
    "The Interim Measures were lifted.",
    "His balancing act between the two sides failed.",
    "The Data Act Fees page was updated.".replace("Data Act Fees", "Compliance Fees"),
    "Bill C-27 died on the order paper.",
    "The agency's Guiding Principles are short.",
    "Read the Terms of Service before you agree.",
    "The Federal Trade Commission voted 3-0.",
    "The EU Law Review published the paper.",
    "Under Other Business the board noted the Terms.",
    "It's 5 years since the policy changed.",
    "New Rules for AI Chatbots Take Effect in Brussels",
    "The Fair Information Practice Principles inspired many laws.",
    "The Law Commission published its report.",
    "The tribunal's Final Determination was published.",
    "Firms need Security Measures for the protection of data.",
    "The Regulation for Dummies book sold well.",
    "Developers who use VS Code got the update first.",
    "The Penal Provisions of the bill were cut.",
    "Transitional Provisions follow in the annex.",
    "The firm signed Binding Corporate Rules with its units.",
    "Vendors must apply Technical and Organisational Measures.",
    "The company published its Responsible AI Principles.",
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_law_name_found_by_its_shape(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    """A capitalised name ending in Act, Law, Rules, Bill... (or opening a foreign title) is a law mention."""
    assert find_laws(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_capitalised_phrase_that_is_no_law(sentence: str) -> None:
    """Fields of law, firms, schools, codes of conduct, bare 'the Act' and bill numbers are no law mentions."""
    assert find_laws(sentence) == []


def test_headline_names_only_what_the_article_names() -> None:
    """In a title-case line a name counts when the article or the knowledge base names it too."""
    headline = "Regulator Sets Out How It Will Count Revenue For Online Safety Act Fees"
    body = "The Online Safety Act 2023 lets the regulator charge fees."
    assert find_laws(headline, body)[0] == ("Online Safety Act", "uk-online-safety-act")
    assert find_laws("Startup Weighs Its Options Under New Quantum Widget Act Today") == []


HEADLINES = [
    ("Why Congress Should Act on Federal Privacy Legislation This Year", []),
    (
        "Texas Attorney General Sues Carmaker Under Deceptive Trade Practices Act",
        [("Deceptive Trade Practices Act", "tx-dtpa")],
    ),
    (
        "FTC Finalizes Changes to Children's Online Privacy Protection Rule",
        [("Children's Online Privacy Protection Rule", "coppa-rule")],
    ),
    ("Regulator Finalizes Changes to Widget Labelling Rules", []),
    (
        "Commission Sends Preliminary Findings to Marketplace Under Digital Services Act",
        [("Digital Services Act", "dsa")],
    ),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINES)
def test_headline_sentence_is_no_name(headline: str, expected: list[tuple[str, str | None]]) -> None:
    """A title-case line built on a verb of news is a headline: only the names it holds that are known count."""
    assert find_laws(headline, "The body says nothing of laws.") == expected


def test_headline_that_is_a_name() -> None:
    """A line that is nothing but a law's name is that law."""
    assert find_laws("Digital Charter Implementation Act, 2022") == [
        ("Digital Charter Implementation Act, 2022", None)
    ]
