"""Law families met on real pages outside the English-speaking world in session 43's sweep: French codes named alone
in lower case, German names an article declines, Taiwan's laws by their short names, Gulf laws whose subject holds
words a sentence opens with, a Part inserted into an Act, a Korean law with its articles in brackets, Brazilian and
Italian regulations by their titles, Japan's Antimonopoly Act by its acronym, and a Turkish code with its articles.
Every sentence is made up for these rows."""

from __future__ import annotations

import pytest
from law_support import find_laws

# (paragraphs, [(mention, knowledge-base id or None)])
FOUND = [
    # French codes in lower case, alone; a capitalised code and a lower-case one joined by "et" are two mentions.
    (
        ("Le tribunal juge ces clauses contraires au code de la consommation.",),
        [("code de la consommation", None)],
    ),
    (("Les salariés invoquent le code du travail devant les prud'hommes.",), [("code du travail", None)]),
    (("Selon le code civil, un contrat déséquilibré peut être révisé.",), [("code civil", None)]),
    (
        ("Le Code de la consommation et le code civil encadrent ces conditions générales.",),
        [("Code de la consommation", None), ("code civil", None)],
    ),
    (
        ("La société a méconnu le code de la propriété intellectuelle en copiant les photos.",),
        [("code de la propriété intellectuelle", None)],
    ),
    # A capitalised code ends before a plural verb.
    (
        ("Le Code civil et le Code de commerce régissent ces contrats.",),
        [("Code civil", None), ("Code de commerce", None)],
    ),
    # A French law named by its date, its title after it, ending before the next law of a list; a law named after
    # its minister; a code's article written with its letter and no full stop, or with a Roman paragraph and a point.
    (
        (
            "Les clauses heurtent la loi du 4 août 1994 relative à l’emploi de la langue française, au code civil.",
        ),
        [("loi du 4 août 1994 relative à l’emploi de la langue française", None), ("code civil", None)],
    ),
    (
        ("La loi du 29 juillet 1881 sur la liberté de la presse protège les sources.",),
        [("loi du 29 juillet 1881 sur la liberté de la presse", None)],
    ),
    (("Depuis la loi Hamon, le consommateur résilie plus facilement.",), [("loi Hamon", None)]),
    (
        ("Selon l’article L 212-1 du Code de la consommation, la clause est abusive.",),
        [("article L 212-1 du Code de la consommation", None)],
    ),
    (
        ("Le juge écarte l'article L. 442-6-I-2° du code de commerce.",),
        [("article L. 442-6-I-2° du code de commerce", None)],
    ),
    # German names declined after their article: nominative after "das", dative, both genitives.
    (("Das Bürgerliche Gesetzbuch regelt den Kaufvertrag.",), [("Bürgerliche Gesetzbuch", "de-bgb")]),
    (
        ("Nach dem Bürgerlichen Gesetzbuch ist die Klausel unwirksam.",),
        [("Bürgerlichen Gesetzbuch", "de-bgb")],
    ),
    (
        ("Die Klausel verstößt gegen Vorschriften des Bürgerlichen Gesetzbuches.",),
        [("Bürgerlichen Gesetzbuches", "de-bgb")],
    ),
    (
        ("Das Gericht prüfte § 307 des Bürgerlichen Gesetzbuchs.",),
        [("§ 307 des Bürgerlichen Gesetzbuchs", "de-bgb")],
    ),
    (("Die Ermittler stützen sich auf Normen des Strafgesetzbuches.",), [("Strafgesetzbuches", "de-stgb")]),
    # Taiwan's laws by their short names, with the article after them, spaced or not.
    (("業者涉違反消保法第19條，遭縣府開罰。",), [("消保法第19條", "taiwan-consumer-protection-act")]),
    (("公平會認定該廣告違反公平法第 21 條。",), [("公平法第 21 條", "taiwan-fair-trade-act")]),
    (("該行為違反公平交易法，公平會處以罰鍰。",), [("公平交易法", "taiwan-fair-trade-act")]),
    (("個資法第27條要求業者採行安全措施。",), [("個資法第27條", "taiwan-pdpa")]),
    # "The same Act's" article after a law the page names is that law's.
    (
        ("違反公平交易法第25條，乃依同法第42條規定處分。",),
        [("公平交易法第25條", "taiwan-fair-trade-act"), ("第42條", "taiwan-fair-trade-act")],
    ),
    # A Gulf law's subject with a noun a sentence may open with.
    (
        (
            "Fines follow Federal Law No. 14 of 2016 on Administrative Violations and Penalties in the emirate.",
        ),
        [("Federal Law No. 14 of 2016 on Administrative Violations and Penalties", None)],
    ),
    (
        ("The ministry cited Federal Law No. 14/2016 on Violations and Administrative Penalties last week.",),
        [("Federal Law No. 14/2016 on Violations and Administrative Penalties", None)],
    ),
    # A Part inserted into an Act, numbered with a letter: alone it is the Act's, on a page that names it.
    (
        (
            "The Privacy Act 1988 (Cth) sets the rules.",
            "Credit providers that breach Part IIIA face penalties.",
        ),
        [("Privacy Act 1988 (Cth)", "au-privacy-act"), ("Part IIIA", "au-privacy-act")],
    ),
    # A Korean law with its articles in brackets, "etc." inside: one mention.
    (
        ("개인정보보호법(제30조 등)은 처리방침 공개를 요구한다.",),
        [("개인정보보호법(제30조 등)", "korea-pipa")],
    ),
    (("개인정보 보호법(제15조 제1항)을 위반하였다.",), [("개인정보 보호법(제15조 제1항)", "korea-pipa")]),
    # Brazilian and Italian regulations by their titles.
    (
        ("A empresa violou o artigo 5º do Regulamento de Fiscalização da ANPD, segundo a decisão.",),
        [("artigo 5º do Regulamento de Fiscalização da ANPD", None)],
    ),
    (
        ("A ANPD aprovou o Regulamento de Dosimetria e Aplicação de Sanções Administrativas em 2023.",),
        [("Regulamento de Dosimetria e Aplicação de Sanções Administrativas", None)],
    ),
    (
        ("Il Regolamento UE in materia di protezione dei dati personali (GDPR) prevede sanzioni elevate.",),
        [("Regolamento UE in materia di protezione dei dati personali", None), ("GDPR", "gdpr")],
    ),
    # Japan's Antimonopoly Act by its acronym, on a page about the JFTC.
    (
        ("The JFTC issued a surcharge payment order for violations of the AMA.",),
        [("AMA", "jp-antimonopoly-act")],
    ),
    # A Turkish code's articles written after its genitive, the provision's word before the numbers.
    (
        ("Kurul, Türk Ceza Kanunu’nun madde 135-140 hükümlerine atıf yaptı.",),
        [("Türk Ceza Kanunu’nun madde 135-140", None)],
    ),
]

NOT_FOUND = [
    # A code that is no law's, in lower case or capitalised.
    ("Le code de conduite de l'entreprise interdit les cadeaux.",),
    ("Le code de la route change pour les trottinettes.",),
    # A date with no law before it; a national adjective after "loi" is a description.
    ("Le salon se tient du 4 août 2024 au 6 août 2024.",),
    ("La loi Française et la loi Européenne divergent sur ce point.",),
    # "The same Act's" article on a page that names no law.
    ("本會依同法第5條辦理，詳見網站。",),
    # A Turkish conjunction opening a sentence before "Kanun" makes no name.
    ("Çünkü Kanun’un hükümleri yetersiz kalıyordu.",),
    # A German adjective with no law after it.
    ("Das ist ein bürgerliches Anliegen der Nachbarn.",),
    # A Portuguese regulation in lower case is the platform's own.
    ("O regulamento de uso do aplicativo mudou em março.",),
    # "AMA" on a page that points to no Japanese matter is the doctors' association.
    ("The AMA said doctors should be consulted before the rule takes effect.",),
    # A Part in Roman capitals with no letter, on a page that names no law.
    ("Part IIIA of the report covers the survey; Part III covers the method.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_found(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_not_found(paragraphs: tuple[str, ...]) -> None:
    assert find_laws(*paragraphs) == []
