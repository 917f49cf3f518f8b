"""Law families met on real pages in session 42's sweep: Turkish laws numbered as Yasa and their articles written after
the number (slash points, bracketed paragraphs, plural lists, the Constitution's and "the Law's" articles), Spanish
titles in capitals, Chinese codes by their common name before an article, French and Chilean titles that end at the
right word, Brazil's "Lei Federal", a German club's own rules and numbered sections, and German codes the knowledge
base lacked. Every sentence is made up for these rows."""

from __future__ import annotations

import pytest
from law_support import find_laws

# (paragraphs, [(mention, knowledge-base id or None)])
FOUND = [
    # Yasa, the other Turkish word for a law, numbered; its article's point after a slash and a hyphen.
    (
        ("Mahkeme, 2918 sayılı Yasa'nın 47/1-c. maddesine dayanarak cezayı onadı.",),
        [("2918 sayılı Yasa'nın 47/1-c. maddesine", None)],
    ),
    (
        ("Kurul, 6306 sayılı Yasanın 2. maddesi uyarınca karar aldı.",),
        [("6306 sayılı Yasanın 2. maddesi", None)],
    ),
    # A paragraph by its bracketed number and "numaralı"; a plural list of articles.
    (
        ("İtiraz, 5326 sayılı Kabahatler Kanunu'nun 23. maddesinin (1) numaralı fıkrasına yöneliktir.",),
        [("5326 sayılı Kabahatler Kanunu'nun 23. maddesinin (1) numaralı fıkrasına", None)],
    ),
    (
        ("Kabahatler Kanunu'nun 22., 23. ve 24. maddelerinde bir istisna yoktur.",),
        [("Kabahatler Kanunu'nun 22., 23. ve 24. maddelerinde", "turkey-misdemeanours-law")],
    ),
    # The Constitution's article, one span with the noun; "the Law's" article alone, on a page naming the law.
    (
        ("Mahkeme, Anayasa'nın 20. maddesi ile özel hayatın gizliliğini hatırlattı.",),
        [("Anayasa'nın 20. maddesi", "constitution-of-turkey")],
    ),
    (
        (
            "6698 sayılı Kanun veri sorumlularına yükümlülük getirir.",
            "Kurul, Kanun'un 15/1 maddesi uyarınca inceledi.",
        ),
        [("6698 sayılı Kanun", "turkey-kvkk"), ("15/1 maddesi", "turkey-kvkk")],
    ),
    (
        ("Şikâyet üzerine Kurul, anılan Yasanın 2/ç maddesi ile 2918 sayılı Yasa'yı birlikte okudu.",),
        [("2/ç maddesi", None), ("2918 sayılı Yasa", None)],
    ),
    # Spanish titles printed in capitals: the title ends before the next clause.
    (
        ("La LEY FEDERAL DEL TRABAJO obliga a las plataformas a inscribir a sus repartidores.",),
        [("LEY FEDERAL DEL TRABAJO", None)],
    ),
    (
        ("SE EXPIDE LA LEY GENERAL DE ARCHIVOS Y SE REFORMAN DIVERSAS DISPOSICIONES.",),
        [("LEY GENERAL DE ARCHIVOS", None)],
    ),
    (("El CÓDIGO PENAL FEDERAL castiga el acceso ilícito a equipos.",), [("CÓDIGO PENAL FEDERAL", None)]),
    # Chinese and Japanese codes by their common name, right before an article.
    (("法院認為此限制違反憲法第二十三條之比例原則。",), [("憲法第二十三條", None)]),
    (("依民法第184條第1項,被害人得請求賠償。",), [("民法第184條第1項", None)]),
    (("日本国憲法第十三条は個人の尊重を定める。",), [("日本国憲法第十三条", None)]),
    # A French title's list of subjects after commas, and an article opening the title after its date.
    (
        (
            "Le juge a cité la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.",
        ),
        [
            (
                "loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés",
                "fr-data-protection-act",
            )
        ],
    ),
    (
        ("Il invoque la loi n° 86-1067 du 30 septembre 1986 relative à la liberté de communication.",),
        [("loi n° 86-1067 du 30 septembre 1986 relative à la liberté de communication", None)],
    ),
    # A Chilean title ends before the next law and before the law's country.
    (
        ("La Ley 19.628 sobre Protección de la Vida Privada y la Ley 20.575 rigen el tratamiento.",),
        [("Ley 19.628 sobre Protección de la Vida Privada", "chile-law-19628"), ("Ley 20.575", None)],
    ),
    (("Según la Ley 19.628 de Chile, el titular puede oponerse.",), [("Ley 19.628", "chile-law-19628")]),
    # Brazil's federal laws with "Federal" after the law's word.
    (
        ("O rito segue a Lei Federal 9.784/1999 e a Lei Federal nº 12.965/2014.",),
        [("Lei Federal 9.784/1999", None), ("Lei Federal nº 12.965/2014", None)],
    ),
    # A Quebec acronym after its article, Switzerland's constitution by its short German name, and UAE titles that
    # open with a capitalised participle after the citation.
    (
        ("Le nouvel article 3.1 LPRPSP impose un responsable.",),
        [("article 3.1 LPRPSP", "quebec-private-sector-act")],
    ),
    (
        ("Gestützt auf Artikel 95 Absatz 1 der Bundesverfassung beschliesst die Versammlung.",),
        [("Artikel 95 Absatz 1 der Bundesverfassung", "constitution-of-switzerland")],
    ),
    (
        (
            "The preamble cites Federal Decree-Law No. 3/2003 Regulating the Telecommunications Sector, as amended.",
        ),
        [("Federal Decree-Law No. 3/2003 Regulating the Telecommunications Sector", None)],
    ),
    # A law's number after "projet de loi" or "Projeto de Lei" is a bill's; the law cited next to it still counts.
    (
        ("O Projeto de Lei nº 2.338/2023 regula a IA, e a Lei nº 13.709/2018 continua.",),
        [("Lei nº 13.709/2018", "lgpd")],
    ),
    # German codes the knowledge base now holds; a municipal code's GO is still a law.
    (
        ("Der Verein verfolgt Zwecke im Sinne des § 52 Abgabenordnung.",),
        [("§ 52 Abgabenordnung", "de-ao")],
    ),
    (("Nach § 100a StPO darf die Polizei Gespräche überwachen.",), [("§ 100a StPO", "de-stpo")]),
    (("Laut § 41 GO NRW entscheidet der Rat.",), [("§ 41 GO", None)]),
    # A bill's sections under their headings are its own; the bill's name still counts. One headline naming a
    # section is no structure of the page.
    (
        (
            "The Safer Apps for Teens Act",
            "Sec. 4. Effective date.",
            "This Act takes effect 90 days after enactment.",
            "Sec. 5. Severability.",
            "If a part is held invalid, the rest stands.",
        ),
        [("Safer Apps for Teens Act", None)],
    ),
    # A bill's table of contents with its lines joined into one paragraph.
    (
        (
            "This Act may be cited as the Clear Data Rights Act.",
            "Sec. 1. Short title; table of contents. Sec. 2. Findings. Sec. 3. Right to delete.",
        ),
        [("Clear Data Rights Act", None)],
    ),
    (
        (
            "Section 230 Reform Stalls Again",
            "Lawmakers want to narrow Section 230 of the Communications Decency Act.",
        ),
        [("Section 230", "section-230"), ("Section 230 of the Communications Decency Act", "section-230")],
    ),
    (
        (
            "GDPR explained",
            "Article 5\nPrinciples of processing come first.",
            "Article 6\nLawful bases follow.",
        ),
        [("GDPR", "gdpr"), ("Article 5", "gdpr"), ("Article 6", "gdpr")],
    ),
]

NOT_FOUND = [
    # "The Law's" article on a page that names no law.
    ("Kurul, Kanun'un 15/1 maddesi uyarınca inceleme başlattı.",),
    # A bill's number in French, Spanish and Portuguese.
    ("Le projet de loi n° 64 a été adopté par l'Assemblée nationale.",),
    ("El Proyecto de Ley 21.719 pasó al Senado.",),
    # A headline in capitals with one word after LEY, and a sentence in capitals.
    ("LEY DE DATOS: LO QUE DEBES SABER",),
    ("LA LEY SE APLICA A TODOS LOS COMERCIOS.",),
    # A bare 民法 or 憲法 with no article is no mention here.
    ("這是憲法法庭今天的判決。",),
    # A club's standing orders by their acronym and owner.
    ("Über den Ausschluss entscheidet der Vorstand nach § 5 GO des Vereins.",),
    ("Die Versammlung folgt § 3 GO der Gesellschaft.",),
    # A club's rules numbered by §, each over its heading.
    ("§ 1\nName und Sitz\nDer Verein heißt Musterfreunde e.V.", "§ 2 Zweck\nDer Verein fördert den Sport."),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_found(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_not_found(paragraphs: tuple[str, ...]) -> None:
    assert find_laws(*paragraphs) == []
