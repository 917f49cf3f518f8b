"""Families of law names a sweep of regulators' decisions and law firms' notes across Europe found missed
(lawpen31, session 40): EU directives and the GDPR by number in Polish, Czech, Danish, Dutch and Greek; Greek
laws by number (ν. 4624/2019) with their articles (άρθρο 15 παρ. 6); the GDPR's Danish, Romanian, Greek and
Portuguese names; Polish acts named with the year written out and a dash; Dutch articles numbered by book or
chapter (artikel 5:46 Awb); and national acts decisions cite beside the GDPR (Dutch, Swedish, Austrian, Polish)."""

from __future__ import annotations

import pytest
from law_support import find_laws

Row = tuple[str, list[tuple[str, str | None]]]

EU_NUMBERS: list[Row] = [
    # Polish and Czech decisions cite the repealed directive in their own initials (uodo.gov.pl, adoc.pub).
    (
        "Ten akt oznacza uchylenie dyrektywy 95/46/WE przez nowe przepisy.",
        [("dyrektywy 95/46/WE", "data-protection-directive")],
    ),
    (
        "Úřad připomněl, že směrnice 95/46/ES byla zrušena a platí nařízení (EU) 2016/679.",
        [("směrnice 95/46/ES", "data-protection-directive"), ("nařízení (EU) 2016/679", "gdpr")],
    ),
    # Greek: the directive and the regulation with the Union's initials in Greek letters (slideplayer.gr).
    (
        "Ο νόμος καταργεί την Οδηγία 95/46/ΕΚ και εφαρμόζει τον Κανονισμό (ΕΕ) 2016/679.",
        [("Οδηγία 95/46/ΕΚ", "data-protection-directive"), ("Κανονισμό (ΕΕ) 2016/679", "gdpr")],
    ),
    # Another directive by number, in Dutch (essaymarketplace.com, on the cookie rule).
    (
        "De regel volgt uit richtlijn 2002/58/EG over elektronische communicatie.",
        [("richtlijn 2002/58/EG", None)],
    ),
    # Finnish: the directive's genitive and the EC's Finnish initials (finlex.fi, a fining decision).
    (
        "Päätös viittaa direktiivin 95/46/EY kumoamiseen.",
        [("direktiivin 95/46/EY", "data-protection-directive")],
    ),
    # A number with another word before it stays no directive.
    ("Het dossier 2002/58/EG werd gesloten.", []),
]

GREEK: list[Row] = [
    # A Greek law by number, its article and paragraph as one span; the GDPR's Greek initials (xkarampagias.gr).
    (
        "Η Αρχή εφάρμοσε το άρθρο 15 παρ. 6 του ν. 4624/2019 και το άρθρο 83 του ΓΚΠΔ.",
        [("άρθρο 15 παρ. 6 του ν. 4624/2019", None), ("άρθρο 83 του ΓΚΠΔ", "gdpr")],
    ),
    ("Η παλαιά ρύθμιση του Ν. 2472/1997 καταργήθηκε.", [("Ν. 2472/1997", None)]),
    (
        "Οι κανόνες του Γενικού Κανονισμού για την Προστασία Δεδομένων ισχύουν.",
        [("Γενικού Κανονισμού για την Προστασία Δεδομένων", "gdpr")],
    ),
    # "ν." before a word, or a number with no year, is no law.
    ("Ο ν. μας είναι καλός και η σελίδα 12/3 λείπει.", []),
]

NAMES: list[Row] = [
    # Danish: the GDPR's older name, the constitution and an act by number and day (computerworld.dk, debtia.dk).
    (
        "Firmaet fulgte persondataforordningen, men grundloven tillader ikke den bøde (Lov nr. 411 af 12/05/2019 gælder).",
        [
            ("persondataforordningen", "gdpr"),
            ("grundloven", "dk-constitution"),
            ("Lov nr. 411 af 12/05/2019", None),
        ],
    ),
    # Romanian writes the GDPR's name with or without the comma below (legeagdpr.ro).
    (
        "Autoritatea aplică art. 83 alin. (5) din Regulamentul general privind protectia datelor.",
        [("art. 83 alin. (5) din Regulamentul general privind protectia datelor", "gdpr")],
    ),
    # Portuguese news name it the European regulation (justicatv.com).
    (
        "A nova lei executa o Regulamento Europeu de Proteção de Dados em Portugal.",
        [("Regulamento Europeu de Proteção de Dados", "gdpr")],
    ),
    # Polish: the year written out and a dash before the title; acts named by their titles (okolicebiznesu.pl).
    (
        "Chodzi o art. 12 ustawy z dnia 10 maja 2018 roku – o ochronie danych osobowych.",
        [("art. 12 ustawy z dnia 10 maja 2018 roku – o ochronie danych osobowych", None)],
    ),
    (
        "Kontrolę przeprowadzono na gruncie ustawy – Prawo przedsiębiorców, a pracodawca powołał się na Kodeks pracy.",
        [("Prawo przedsiębiorców", "pl-entrepreneurs-law"), ("Kodeks pracy", "pl-labour-code")],
    ),
    ("Sąd uznał prawo przedsiębiorców do obrony.", []),
    # Dutch: articles numbered by chapter before a colon, and acts the AP's fining rules cite (officielebekendmakingen.nl).
    (
        "De AP baseerde de boete op artikel 5:46 van de Algemene wet bestuursrecht en artikel 23 van het Wetboek van Strafrecht.",
        [
            ("artikel 5:46 van de Algemene wet bestuursrecht", "nl-awb"),
            ("artikel 23 van het Wetboek van Strafrecht", "nl-criminal-code"),
        ],
    ),
    (
        "De Wet politiegegevens en de Wet justitiële en strafvorderlijke gegevens vallen onder het toezicht.",
        [
            ("Wet politiegegevens", "nl-police-data-act"),
            ("Wet justitiële en strafvorderlijke gegevens", "nl-judicial-data-act"),
        ],
    ),
    # A time is no chapter, and English "Wet" no Dutch act.
    ("Wet weather closed the office at 10:30 before the hearing.", []),
    # Argentine pages write the number mark Nro. (abogados.com.ar); Irish statutory instruments by number within
    # their year (dataguidance.com on Ireland).
    (
        "La AAIP recibe denuncias por incumplimientos a la Ley Nro. 26.951 cada semana.",
        [("Ley Nro. 26.951", None)],
    ),
    ("The ePrivacy rules are S.I. No. 336 of 2011 in Ireland.", [("S.I. No. 336 of 2011", None)]),
    ("The Nro. 12 bus and S.I. units are no law.", []),
    # Swedish acts and fundamental laws in lower and upper case (rkrattsbaser.gov.se, dagensjuridik.se).
    (
        "Myndigheten tillämpade brottsdatalagen och hänvisade till Regeringsformen.",
        [("brottsdatalagen", "se-criminal-data-act"), ("Regeringsformen", "se-instrument-of-government")],
    ),
    ("Förslagen till ändringar i bolagen lämnades in.", []),
    # Austrian: the Administrative Penal Act by its initials, and the EU Charter in German (activemind.legal, RdW).
    (
        "Die Behörde strafte den Geschäftsführer nach § 9 VStG und verwies auf Art 8 EU-Grundrechtecharta.",
        [("§ 9 VStG", "at-vstg"), ("Art 8 EU-Grundrechtecharta", "eu-charter")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EU_NUMBERS + GREEK + NAMES)
def test_sweep_families(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(text) == expected
