"""Law detector: names, acronyms, rules, provisions and citations; agencies and generic words are not laws."""

from __future__ import annotations

import pytest
from law_support import law_detector

from parsers.model import Unit

POSITIVE = [
    # Taiwan's data protection law named in running text; the Consumer Rights Directive by its Italian name.
    ("臺灣高等法院認定,上訴人依個人資料保護法請求的範圍過廣。", [("個人資料保護法", "taiwan-pdpa")]),
    (
        "Secondo l’Antitrust la società ha violato la Direttiva sui diritti dei consumatori.",
        [("Direttiva sui diritti dei consumatori", "consumer-rights-directive")],
    ),
    # The pending ePrivacy Regulation as German articles name it; India's IT Act by its Hindi title.
    (
        "Die ePrivacy-Verordnung lässt weiter auf sich warten.",
        [("ePrivacy-Verordnung", "eprivacy-regulation")],
    ),
    (
        "जानकारों का कहना है कि सूचना प्रौद्योगिकी अधिनियम, 2000 के तहत सवाल उठ सकते हैं।",
        [("सूचना प्रौद्योगिकी अधिनियम, 2000", "it-act-2000")],
    ),
    # Korean news names the KFTC's laws by their short forms (isplus.com, dlglaw.co.kr, etoday.co.kr).
    (
        "공정위는 공정거래법 및 대규모유통업법 위반으로 쿠팡에 과징금을 부과했다.",
        [("공정거래법", "korea-mrfta"), ("대규모유통업법", "korea-large-retail-act")],
    ),
    (
        "공정위는 전자상거래법을 어긴 플랫폼에 시정명령을 내렸다.",
        [("전자상거래법", "korea-ecommerce-consumer-act")],
    ),
    # South African papers write POPIA as a word.
    ("The Information Regulator fined the department under Popia last year.", [("Popia", "popia")]),
    # Indonesia's data protection law as the press spells it ("Perlindungan") and as the bill it was (RUU).
    (
        "Menteri menyebut UU Perlindungan Data Pribadi berlaku dua tahun lagi.",
        [("UU Perlindungan Data Pribadi", "indonesia-pdp-law")],
    ),
    (
        "DPR mengesahkan Rancangan Undang-Undang Perlindungan Data Pribadi (RUU PDP) pada Selasa.",
        [
            ("Rancangan Undang-Undang Perlindungan Data Pribadi", "indonesia-pdp-law"),
            ("RUU PDP", "indonesia-pdp-law"),
        ],
    ),
    # Procedure codes and rules that decisions on fines cite, with the provision written after the name.
    (
        "La Sala es competente según el artículo 129 numeral 1º del Código Contencioso Administrativo.",
        [
            (
                "artículo 129 numeral 1º del Código Contencioso Administrativo",
                "co-contentious-administrative-code",
            )
        ],
    ),
    (
        "The judge granted a new trial under Federal Rule of Civil Procedure 59(a) last year.",
        [("Federal Rule of Civil Procedure 59(a)", "us-frcp")],
    ),
    ("Certification under Fed. R. Civ. P. 23(b)(3) was denied.", [("Fed. R. Civ. P. 23(b)(3)", "us-frcp")]),
    # Turkey's law on misdemeanours, by its English name and by its number.
    (
        "A fine paid within 15 days gets a quarter off under the Misdemeanours Law.",
        [("Misdemeanours Law", "turkey-misdemeanours-law")],
    ),
    ("5326 sayılı Kanun uyarınca indirim yapıldı.", [("5326 sayılı Kanun", "turkey-misdemeanours-law")]),
    # Constitutions by name, and Saudi regulations that set schedules of fines by their Arabic titles.
    (
        "Privacy rights flow from the Constitution of India.",
        [("Constitution of India", "constitution-of-india")],
    ),
    (
        "Under the Kenyan Constitution, privacy is a right.",
        [("Kenyan Constitution", "constitution-of-kenya")],
    ),
    (
        "وافق مجلس الوزراء على تعديل لائحة المحافظة على الذوق العام.",
        [("لائحة المحافظة على الذوق العام", "saudi-public-decorum-regulation")],
    ),
    # Saudi Arabia's Anti-Cyber Crime Law by its Arabic title and by its royal decree.
    (
        "صدر نظام مكافحة الجرائم المعلوماتية بالمرسوم الملكي رقم م/17 بتاريخ 8/3/1428هـ.",
        [
            ("نظام مكافحة الجرائم المعلوماتية", "saudi-anti-cyber-crime-law"),
            ("المرسوم الملكي رقم م/17 بتاريخ 8/3/1428", "saudi-anti-cyber-crime-law"),
        ],
    ),
    (
        "Saudi Arabia's Royal Decree No. M/17 of 8/3/1428H sets the penalties.",
        [("Royal Decree No. M/17 of 8/3/1428H", "saudi-anti-cyber-crime-law")],
    ),
    # Decrees are numbered afresh each year: M/17 of another year is another decree (its Hijri year part of it).
    (
        "The firm was fined under Royal Decree No. M/17 of 1445H for late filings.",
        [("Royal Decree No. M/17 of 1445H", None)],
    ),
    # A letter Hebrew joins before the name (ל, ב, ול) stays out of it.
    ("תיקון 13 לחוק הגנת הפרטיות נכנס לתוקף.", [("חוק הגנת הפרטיות", "israel-ppl")]),
    (
        "ההוראה בחוק הגנת הפרטיות ולחוק הגנת הפרטיות ברורה.",
        [("חוק הגנת הפרטיות", "israel-ppl"), ("חוק הגנת הפרטיות", "israel-ppl")],
    ),
    # NetzDG by its long title, in the genitive too; the Dutch act implementing the GDPR.
    (
        "Der Entwurf eines Gesetzes zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken liegt vor.",
        [("Gesetzes zur Verbesserung der Rechtsdurchsetzung in sozialen Netzwerken", "de-netzdg")],
    ),
    (
        "Organisaties die de Uitvoeringswet AVG overtreden, riskeren een boete.",
        [("Uitvoeringswet AVG", "nl-uavg")],
    ),
    # Israel's privacy law by its Hebrew name; SERPSRA, the 1990 Act behind the SEC's penalty tiers.
    ("חוק הגנת הפרטיות הוא החוק המרכזי בתחום.", [("חוק הגנת הפרטיות", "israel-ppl")]),
    ("Congress then passed SERPSRA, which created three tiers.", [("SERPSRA", "serpsra")]),
    # Names in scripts written without spaces between words, or with a particle joined to the name.
    (
        "监管部门认为该公司违反了个人信息保护法和网络安全法的规定。",
        [("个人信息保护法", "pipl"), ("网络安全法", "china-cybersecurity-law")],
    ),
    ("委員会は個人情報保護法に基づき勧告した。", [("個人情報保護法", "appi")]),
    ("위원회는 회사가 개인정보 보호법을 위반했다고 밝혔다.", [("개인정보 보호법", "korea-pipa")]),
    ("บริษัทละเมิดพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล", [("พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล", "thailand-pdpa")]),
    # An article right after such a name is one reference with it.
    ("依据个人信息保护法第六十六条处以罚款。", [("个人信息保护法第六十六条", "pipl")]),
    ("개인정보 보호법 제64조의2에 따라 부과했다.", [("개인정보 보호법 제64조의2", "korea-pipa")]),
    # Korean short forms the press uses for the credit and location information acts, article joined.
    (
        "금융위는 신용정보법 제40조를 근거로 제재했다.",
        [("신용정보법 제40조", "korea-credit-information-act")],
    ),
    ("위치정보법 위반으로 과태료가 부과됐다.", [("위치정보법", "korea-location-information-act")]),
    # Indonesia's data protection law by its Indonesian title and short forms.
    (
        "Menurut Pasal 57 Undang-Undang Pelindungan Data Pribadi, denda berlaku.",
        [("Pasal 57 Undang-Undang Pelindungan Data Pribadi", "indonesia-pdp-law")],
    ),
    ("Undang-Undang PDP berlaku penuh pada 2024.", [("Undang-Undang PDP", "indonesia-pdp-law")]),
    # The genitive particle 의 may stand between the name and its article; without an article it stays out.
    ("개인정보 보호법의 제64조의2는 상한을 정한다.", [("개인정보 보호법의 제64조의2", "korea-pipa")]),
    ("개인정보 보호법의 목적은 정보주체의 보호다.", [("개인정보 보호법", "korea-pipa")]),
    # Competition laws of Korea and Switzerland by their full names and short forms, not cut at
    # "Monopoly Regulation" or "Cartels".
    (
        "The KFTC cited the Monopoly Regulation and Fair Trade Act (MRFTA) in its order.",
        [("Monopoly Regulation and Fair Trade Act", "korea-mrfta"), ("MRFTA", "korea-mrfta")],
    ),
    (
        "COMCO acted under the Federal Act on Cartels and other Restraints of Competition.",
        [("Federal Act on Cartels and other Restraints of Competition", "swiss-cartel-act")],
    ),
    (
        "개인정보보호위원회는 이 문구가 개인정보 보호법 위반에 해당하는지 살펴보고 있다.",
        [("개인정보 보호법", "korea-pipa")],
    ),
    ("Penalties are set by 42 U.S.C. § 1320d-5 in tiers.", [("42 U.S.C. § 1320d-5", "hipaa")]),
    ("Consent for cookies comes from reg. 6 PECR in the UK.", [("reg. 6 PECR", "pecr")]),
    (
        "violating the Children's Online Privacy Protection Act Rule (COPPA Rule).",
        [("Children's Online Privacy Protection Act Rule", "coppa-rule"), ("COPPA Rule", "coppa-rule")],
    ),
    ("It was a COPPA case from the start.", [("COPPA", "coppa")]),
    ("The complaint cites Section 5 of the FTC Act.", [("Section 5 of the FTC Act", "ftc-act")]),
    ("Fines follow Article 83(5) of the GDPR.", [("Article 83(5) of the GDPR", "gdpr")]),
    ("Articles 12 and 13 of the GDPR require notice.", [("Articles 12 and 13 of the GDPR", "gdpr")]),
    (
        "Claims under Sections 15(a) and 15(b) of BIPA went ahead.",
        [("Sections 15(a) and 15(b) of BIPA", "bipa")],
    ),
    ("the general data protection regulation applies", [("general data protection regulation", "gdpr")]),
    ("The UK GDPR differs slightly.", [("UK GDPR", "uk-gdpr")]),
    ("See 16 CFR Part 312 for the details.", [("16 CFR Part 312", "coppa-rule")]),
    ("The statute, 15 U.S.C. §§ 6501–6506, sets the rules.", [("15 U.S.C. §§ 6501–6506", "coppa")]),
    ("Regulation (EU) 2016/679 took effect in 2018.", [("Regulation (EU) 2016/679", "gdpr")]),
    ("Directive 2002/58/EC covers cookies.", [("Directive 2002/58/EC", "eprivacy-directive")]),
    ("A claim under 740 ILCS 14 was filed.", [("740 ILCS 14", "bipa")]),
    ("Damages follow 740 ILCS 14/20 for each violation.", [("740 ILCS 14/20", "bipa")]),
    (
        "See Cal. Civ. Code §§ 1798.100 and 1798.150 on breaches.",
        [("Cal. Civ. Code §§ 1798.100 and 1798.150", "ccpa")],
    ),
    ("Health data falls under HIPAA.", [("HIPAA", "hipaa")]),
    ("Californians have rights under the CCPA.", [("CCPA", "ccpa")]),
    ("Kasus itu dijerat UU ITE.", [("UU ITE", "indonesia-eit-law")]),
    (
        "The cap was aligned with the UK GDPR by the Data (Use and Access) Act 2025.",
        [("UK GDPR", "uk-gdpr"), ("Data (Use and Access) Act 2025", "duaa")],
    ),
    (
        "Councils used the Regulation of Investigatory Powers Act 2000 (RIPA) to watch fly-tippers.",
        [
            ("Regulation of Investigatory Powers Act 2000", "regulation-of-investigatory-powers-act"),
            ("RIPA", "regulation-of-investigatory-powers-act"),
        ],
    ),
    (
        "Notices under the Investigatory Powers Act 2016 reach tech firms.",
        [("Investigatory Powers Act 2016", "investigatory-powers-act")],
    ),
    (
        "Rules come from Undang-Undang Nomor 27 Tahun 2022.",
        [("Undang-Undang Nomor 27 Tahun 2022", "indonesia-pdp-law")],
    ),
    # The GDPR and national statutes named in Nordic, Czech and Hungarian, in the case forms articles use.
    (
        "Yhtiö säilytti tietoja pidempään kuin tietosuoja-asetus ja tietosuojalaki sallivat.",
        [("tietosuoja-asetus", "gdpr"), ("tietosuojalaki", "fi-data-protection-act")],
    ),
    (
        "IMY anser att bolaget bröt mot dataskyddsförordningen och dataskyddslagen.",
        [("dataskyddsförordningen", "gdpr"), ("dataskyddslagen", "se-data-protection-act")],
    ),
    (
        "Bødestraffe efter databeskyttelsesloven afgøres ved domstolene.",
        [("databeskyttelsesloven", "dk-data-protection-act")],
    ),
    (
        "La SIC multó al comercio por violar el Estatuto del Consumidor.",
        [("Estatuto del Consumidor", "co-consumer-statute")],
    ),
    ("A NAIH az Infotv. alapján járt el.", [("Infotv.", "hu-infotv")]),
    # A two-word country's possessive stays outside the name, as a one-word one does.
    (
        "South Korea's Personal Information Protection Act (PIPA) was amended.",
        [("Personal Information Protection Act", "korea-pipa"), ("PIPA", "korea-pipa")],
    ),
    # Another country's possessive ends the subject of a numbered law; its acronym is then that country's.
    (
        "Qatar's Law No. 13 of 2016 on Personal Data Privacy Protection and Bahrain's PDPL apply.",
        [("Law No. 13 of 2016 on Personal Data Privacy Protection", "qatar-pdppl"), ("PDPL", "bahrain-pdpl")],
    ),
    # France's data protection law by its date, with the article before it.
    (
        "La CNIL a appliqué l'article 82 de la loi du 6 janvier 1978.",
        [("article 82 de la loi du 6 janvier 1978", "fr-data-protection-act")],
    ),
    # Brackets inside a name still belong to it.
    (
        "The Privacy Amendment (Enhancing Privacy Protection) Act 2012 passed.",
        [("Privacy Amendment (Enhancing Privacy Protection) Act 2012", None)],
    ),
]
NEGATIVE = [
    # Consumers' rights in Italian with no directive named.
    "L’Antitrust tutela i diritti dei consumatori online.",
    # A Verordnung with no name of its own is no law.
    "Die neue Verordnung lässt weiter auf sich warten.",
    # The Fair Trade Commission and fair trade as a practice are no law.
    "공정거래위원회는 공정거래 문화를 강조했다.",
    # Argentina's and Paraguay's constitutions share the name: not guessed without the country.
    "La Constitución Nacional protege la intimidad.",
    "En Paraguay, la Constitución Nacional de 1992 protege la intimidad.",
    "Perlindungan data pribadi menjadi isu utama tahun ini.",
    # A rule of a club's civil procedure handbook, in lower case, is none.
    "The club's rule of civil procedure 59 covers appeals.",
    # A penalties list of a football league or an employer is no Saudi regulation: only the full municipal title is.
    "أعلن النادي تعديل لائحة الجزاءات الخاصة باللاعبين.",
    # A constitution that is a street's or a ship's name is no law.
    "The USS Constitution sailed past Constitution Avenue.",
    # The LUF as Luxembourg's old franc is no law.
    "The LUF was the currency of Luxembourg until 2002.",
    # A word that ends in one of the joined letters before the name's first word is no joined letter.
    "המכתבחוק הגנת הפרטיות נשלח.",
    # AVG with nothing that points to the EU is the antivirus, not the Dutch GDPR.
    "AVG antivirus flagged the file as unsafe.",
    # The regulator's name in Japanese holds the words of the law's name but not the law.
    "個人情報保護委員会は調査を始めた。",
    "개인정보보호위원회는 조사를 시작했다.",
    "The FTC announced the settlement on Wednesday.",
    # Ordinary words that share letters with the new names are no laws.
    "Tietosuoja on tärkeää, sanoi asetuksen kirjoittaja.",
    "Estatuto de la empresa: el consumidor primero.",
    "The CNIL and the ICO both opened inquiries.",
    "The company denied any violation of the law.",
    "Section 4 of our terms says you own your content.",
    "In Smith v. Jones the court sided with the user.",
    "The Federal Trade Commission voted 3-0.",
    "A privacy act of kindness, said the mayor.",
    "Regulators across Europe are watching.",
    "The data protection officer resigned.",
    "copPA is not how anyone writes it.",
    "Read the rule book before you post.",
    "Consumer protection groups welcomed the move.",
    "The GDPRs of the world are many.",
    "Article 7 of the magazine's style guide.",
    "Rule 12 of the club applies.",
    "Section 14 and 15 other clauses of the contract.",
    "The 2018 law changed in 2024 and 2025.",
    "Will the DPDP Board fine anyone this year?",
]


CONTEXT = [
    # The country's code when the sentence names no other country before it.
    ("Роскомнадзор оштрафовал компанию по КоАП за нарушение в России.", "КоАП", "russia-koap"),
    # Names several laws share, settled by the article's country: Chile's funds law, Egypt's data law in Arabic,
    # Russia's code of administrative offences.
    ("La CMF de Chile aplicó la LUF a la administradora.", "LUF", "chile-law-20712"),
    (
        "قانون حماية البيانات الشخصية المصري الجديد يحدد الغرامات.",
        "قانون حماية البيانات الشخصية",
        "egypt-pdpl",
    ),
    (
        "Roskomnadzor cited the Code of Administrative Offences.",
        "Code of Administrative Offences",
        "russia-koap",
    ),
    ("De Autoriteit Persoonsgegevens legde een boete op wegens overtreding van de AVG.", "AVG", "gdpr"),
    (
        "Norway's Datatilsynet applied the Personal Data Act to the app.",
        "Personal Data Act",
        "no-personal-data-act",
    ),
    ("Ofcom enforces the Online Safety Act across the UK.", "Online Safety Act", "uk-online-safety-act"),
    (
        "Australia's eSafety office applies the Online Safety Act to apps.",
        "Online Safety Act",
        "au-online-safety-act",
    ),
    ("In Singapore the PDPC enforces the PDPA.", "PDPA", "singapore-pdpa"),
    (
        "The FTC noted that the Privacy Act binds federal agencies, not firms.",
        "Privacy Act",
        "privacy-act-1974",
    ),
    (
        "A British court read the Age Appropriate Design Code with the ICO.",
        "Age Appropriate Design Code",
        "uk-childrens-code",
    ),
]


@pytest.mark.parametrize(("sentence", "name", "law_id"), CONTEXT)
def test_shared_bare_name_resolved_by_the_article_jurisdiction(
    sentence: str, name: str | None, law_id: str | None
) -> None:
    """A bare name several laws share counts only where the article points to one jurisdiction."""
    found = _find(sentence)
    assert ([(name, law_id)] if name else []) == [item for item in found if item[0] == name]


# (sentence, the law a shared name must not be taken for): another country is named nearer in its sentence.
FOREIGN_NEARER = [
    ("Kazakhstan's Code of Administrative Offences sets fines; Russia has a similar code.", "russia-koap"),
    ("В Беларуси КоАП предусматривает штраф; в России тоже.", "russia-koap"),
    ("أصدر الأردن قانون حماية البيانات الشخصية، وشاركت مصر في المؤتمر.", "egypt-pdpl"),
]


@pytest.mark.parametrize(("sentence", "law_id"), FOREIGN_NEARER)
def test_a_country_named_nearer_keeps_a_shared_name_from_the_articles_country(
    sentence: str, law_id: str
) -> None:
    """A shared name right after another country in its sentence is not the law of the country named elsewhere."""
    assert law_id not in [ref for _text, ref in _find(sentence)]


def test_shared_bare_name_alone_is_not_guessed() -> None:
    """Without any jurisdiction in sight, "the Privacy Act" is a law mention with no entry guessed for it."""
    assert _find("Lawyers argued about the Privacy Act for hours.") == [("Privacy Act", None)]
    assert _find("Sweden's old Personal Data Act was repealed long ago.") == [("Personal Data Act", None)]


def _find(sentence: str) -> list[tuple[str, str | None]]:
    return [
        (f.text, f.ref)
        for f in sorted(
            law_detector().detect((Unit("b0", "block", sentence, "paragraph"),)), key=lambda f: f.start
        )
    ]


@pytest.mark.parametrize(("sentence", "expected"), POSITIVE)
def test_law_mention_is_found(sentence: str, expected: list) -> None:
    """A named law, its acronym, a provision reference or a citation is found and resolved."""
    assert _find(sentence) == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_not_a_law(sentence: str) -> None:
    """Agencies, 'the law', company terms and court cases are not laws."""
    assert _find(sentence) == []
