"""Statutory citations in every form articles write them; numbers with no citation marker are no law."""

from __future__ import annotations

import pytest
from law_support import find_laws

FOUND = [
    # Russian legal databases write a Latin N for the number sign and the date in words; a provision joins
    # the law after 'закона' (of the law).
    (
        "Согласие нужно по п. 1 ч. 1 ст. 6 Закона N 152-ФЗ.",
        [("п. 1 ч. 1 ст. 6 Закона N 152-ФЗ", "russia-152-fz")],
    ),
    (
        "Внести в Федеральный закон от 27 июля 2006 года N 152-ФЗ изменения.",
        [("Федеральный закон от 27 июля 2006 года N 152-ФЗ", "russia-152-fz")],
    ),
    ("Об этом сказано в ст. 21 закона 152-ФЗ.", [("ст. 21 закона 152-ФЗ", "russia-152-fz")]),
    # Peruvian pages write the number mark without its stop; Colombian and Peruvian decrees put their kind
    # between the word and the number.
    ("La autoridad aplica la Ley No 29733 desde 2013.", [("Ley No 29733", None)]),
    (
        "Lo desarrolla el Decreto Reglamentario 1377 de 2013, hoy en el Decreto Único Reglamentario 1074 de 2015.",
        [("Decreto Reglamentario 1377 de 2013", None), ("Decreto Único Reglamentario 1074 de 2015", None)],
    ),
    ("El Decreto Legislativo 1353 creó la autoridad.", [("Decreto Legislativo 1353", None)]),
    # An undotted 'No 1' with no year is the idiom; with a year it is a law.
    ("The Emir issued Law No 1 of 2020 on data.", [("Law No 1 of 2020", None)]),
    ("The Emir issued Law No 13 of 2016 on protecting personal data.", [("Law No 13 of 2016", None)]),
    # Gulf laws in English: the number in brackets, 'Decree by Law', a capitalised 'Regarding' or 'On' before the
    # title, a Hijri year, and a preamble's list whose titles run into the next law.
    (
        "Federal Decree by Law No. (45) of 2021 Regarding the Protection of Personal Data applies.",
        [("Federal Decree by Law No. (45) of 2021 Regarding the Protection of Personal Data", None)],
    ),
    (
        "The decree cites Federal Law No. (1) of 1972 On the Competencies of the Ministries and Federal Law No. "
        "6/2010 on Credit Information.",
        [
            ("Federal Law No. (1) of 1972 On the Competencies of the Ministries", None),
            ("Federal Law No. 6/2010 on Credit Information", None),
        ],
    ),
    (
        "The law was issued by Royal Decree No. (M/19) and its rules by Cabinet Resolution No. 98 of 1443H.",
        [("Royal Decree No. (M/19)", "saudi-pdpl"), ("Cabinet Resolution No. 98 of 1443H", None)],
    ),
    # Russian federal laws with the word 'law' in any case before the number, and the Code of Administrative Offences.
    (
        "Поправки внесли в Федеральный закон от 27.07.2006 № 152-ФЗ.",
        [("Федеральный закон от 27.07.2006 № 152-ФЗ", "russia-152-fz")],
    ),
    (
        "A firm that ignores Federal Law No. 152-FZ risks a fine.",
        [("Federal Law No. 152-FZ", "russia-152-fz")],
    ),
    ("Протокол составлен по статье 13.11 КоАП РФ.", [("статье 13.11 КоАП РФ", "russia-koap")]),
    # Chile's abbreviated decree-laws, beside a sanctions word; the GDPR as Polish decisions cite it.
    (
        "Chile's DL 3538 created the CMF, which sanctions under the DFL N°251.",
        [("DL 3538", None), ("DFL N°251", None)],
    ),
    (
        "Naruszono art. 34 ust. 1 rozporządzenia 2016/679.",
        [("art. 34 ust. 1 rozporządzenia 2016/679", "gdpr")],
    ),
    # California's regulations by title and section, with "et seq." after.
    (
        "The idling rule (Cal. Code Regs., tit. 13, § 2485) and Cal. Code Regs., tit. 13, § 2025 et seq. apply.",
        [("Cal. Code Regs., tit. 13, § 2485", None), ("Cal. Code Regs., tit. 13, § 2025 et seq.", None)],
    ),
    (
        "See 11 CCR § 7012 and California Code of Regulations, title 11, section 7000.",
        [
            ("11 CCR § 7012", "ccpa-regulations"),
            ("California Code of Regulations, title 11, section 7000", None),
        ],
    ),
    # Israeli laws and regulations by Hebrew title and year; a joined letter before them stays out.
    (
        'לפי תקנות העבירות המינהליות (קנס מינהלי - הגנת הפרטיות), התשס"ד-2004, וכן בחוק הגנת הצרכן, התשמ"א-1981.',
        [
            ('תקנות העבירות המינהליות (קנס מינהלי - הגנת הפרטיות), התשס"ד-2004', None),
            ('חוק הגנת הצרכן, התשמ"א-1981', None),
        ],
    ),
    # A Vietnamese law's name before its number.
    (
        "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 có hiệu lực từ năm 2026.",
        [("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15", None)],
    ),
    # A section number that ends in a letter keeps its subsection: 77t(d), 78u-2(b).
    (
        "The tiers sit in 15 U.S.C. 77t(d) and 15 U.S.C. 78u-2(b).",
        [("15 U.S.C. 77t(d)", None), ("15 U.S.C. 78u-2(b)", None)],
    ),
    (
        "The complaint cites 18 U.S.C. § 2710(b)(1), 47 U.S.C. § 227(b)(3) and 16 C.F.R. § 312.5.",
        [
            ("18 U.S.C. § 2710(b)(1)", "vppa"),
            ("47 U.S.C. § 227(b)(3)", "tcpa"),
            ("16 C.F.R. § 312.5", "coppa-rule"),
        ],
    ),
    ("Notices go out under §§ 1798.100 and 1798.130 first.", [("§§ 1798.100 and 1798.130", None)]),
    (
        "Suits under GBL § 349 and 740 ILCS 14/15(b) followed.",
        [("GBL § 349", None), ("740 ILCS 14/15(b)", "bipa")],
    ),
    (
        "Under N.J. Stat. Ann. § 56:8-166.4 the attorney general may act.",
        [("N.J. Stat. Ann. § 56:8-166.4", None)],
    ),
    ("Delaware's law, 6 Del. C. § 12D-101, followed.", [("6 Del. C. § 12D-101", None)]),
    # A list of state codes: each section stays with its own code.
    (
        "See Fla. Stat. § 501.171, Conn. Gen. Stat. § 42-515 and Colo. Rev. Stat. § 6-1-1301.",
        [
            ("Fla. Stat. § 501.171", None),
            ("Conn. Gen. Stat. § 42-515", None),
            ("Colo. Rev. Stat. § 6-1-1301", "colorado-privacy-act"),
        ],
    ),
    # Statutes cited by chapter, or by title or article before the section.
    (
        "Claims under Mass. Gen. Laws ch. 93A, § 9 and M.G.L. c. 93H followed, as did NRS 603A.300.",
        [("Mass. Gen. Laws ch. 93A, § 9", None), ("M.G.L. c. 93H", None), ("NRS 603A.300", None)],
    ),
    (
        "Maryland's Md. Code Ann., Com. Law § 14-4601 and Del. Code Ann. tit. 6, § 12D-101 apply.",
        [("Md. Code Ann., Com. Law § 14-4601", None), ("Del. Code Ann. tit. 6, § 12D-101", None)],
    ),
    # Ghana's statute numbers in brackets after the name, and Vietnamese decrees with their issuer.
    (
        "Ghana's Data Protection Act, 2012 (Act 843) applies; Vietnam still cites Decree 15/2020/ND-CP.",
        [("Data Protection Act, 2012", None), ("Act 843", None), ("Decree 15/2020/ND-CP", None)],
    ),
    # Once named with its number in brackets, a Ghanaian statute is cited by the number alone.
    (
        "The Data Protection Commission set up under Act 843 keeps the register.",
        [("Act 843", None)],
    ),
    # A bracketed number before 'and' closes the name before it: the next law's name starts after it.
    (
        "Ghana: Data Protection Act, 2012 (Act 843) and Electronic Transactions Act, 2008 (Act 772) apply.",
        [
            ("Data Protection Act, 2012", None),
            ("Act 843", None),
            ("Electronic Transactions Act, 2008", None),
            ("Act 772", None),
        ],
    ),
    ("It cites (Act 843) and Decree 15 today.", [("Act 843", None), ("Decree 15", None)]),
    # Czech and Slovak statutes by their number in the Collection of Laws.
    (
        "Úřad uvedl, že firma porušila zákon č. 110/2019 Sb. a dříve i Act No. 101/2000 Coll.",
        [("zákon č. 110/2019 Sb.", None), ("Act No. 101/2000 Coll.", None)],
    ),
    ("Peru applies Ley N° 29733 strictly.", [("Ley N° 29733", None)]),
    ("La SIC aplicó la Ley Estatutaria 1266 de 2008 al caso.", [("Ley Estatutaria 1266 de 2008", None)]),
    (
        "Its breach law, N.Y. Gen. Bus. Law § 899-aa, applies.",
        [("N.Y. Gen. Bus. Law § 899-aa", "ny-shield-act")],
    ),
    ("Notice is required by 740 ILCS 14/15(b) before any scan.", [("740 ILCS 14/15(b)", "bipa")]),
    (
        "Liquidated damages sit in 740 ILCS 14/1 et seq. and nowhere else.",
        [("740 ILCS 14/1 et seq.", "bipa")],
    ),
    ("The wage rule is at 820 Ill. Comp. Stat. 55/10 today.", [("820 Ill. Comp. Stat. 55/10", None)]),
    (
        "Plaintiffs cite Cal. Penal Code § 631 for wiretapping.",
        [("Cal. Penal Code § 631", "california-invasion-of-privacy-act")],
    ),
    ("See Tex. Bus. & Com. Code § 503.001 on face scans.", [("Tex. Bus. & Com. Code § 503.001", "tx-cubi")]),
    ("The claim rests on RCW 19.86.020 alone.", [("RCW 19.86.020", None)]),
    ("Congress passed Pub. L. 117-328 in December.", [("Pub. L. 117-328", None)]),
    ("It was printed at 136 Stat. 4459 the next year.", [("136 Stat. 4459", None)]),
    ("The wiretap statute, 18 U.S.C. § 2511, is old.", [("18 U.S.C. § 2511", "wiretap-act")]),
    ("Rules at 12 C.F.R. § 1026.2 apply to lenders.", [("12 C.F.R. § 1026.2", None)]),
    (
        "Indonesia enacted Law No. 27 of 2022 on Personal Data Protection that year.",
        [("Law No. 27 of 2022 on Personal Data Protection", "indonesia-pdp-law")],
    ),
    (
        "Vietnam's Law No. 91/2025/QH15 takes effect in January.",
        [("Law No. 91/2025/QH15", "vietnam-pdp-law")],
    ),
    ("The rules on proof of consent are in Decree 1377 of 2013.", [("Decree 1377 of 2013", None)]),
    ("Fines grew under Decree-Law No. 12 of 2020 in the emirate.", [("Decree-Law No. 12 of 2020", None)]),
    (
        "The authority issued Resolution CD/ANPD No. 4/2023 in February.",
        [("Resolution CD/ANPD No. 4/2023", None)],
    ),
    ("It was approved by Royal Decree No. M/148 last year.", [("Royal Decree No. M/148", None)]),
    ("Chile's Law 19,628 dates from 1999.", [("Law 19,628", "chile-law-19628")]),
    (
        "Consumers rely on Law No. 8,078/1990 in Brazil.",
        [("Law No. 8,078/1990", "brazil-consumer-defence-code")],
    ),
    ("Hong Kong's ordinance (Cap. 486) was amended.", [("Cap. 486", "hk-pdpo")]),
    ("South Africa's Act 4 of 2013 created the regulator.", [("Act 4 of 2013", None)]),
    (
        "The directive, Directive (EU) 2019/2161, modernised consumer law.",
        [("Directive (EU) 2019/2161", None)],
    ),
    ("Regulation (EU) 2016/679 took effect in 2018.", [("Regulation (EU) 2016/679", "gdpr")]),
    ("Il Garante ha applicato il D.lgs. 196/2003 alla società.", [("D.lgs. 196/2003", "it-privacy-code")]),
    # Italian pages leave out the decree mark's last stop, date the Code as its title does, and cite the GDPR
    # with no brackets (globalcom.it, studiolegalestefanelli.it, allprivacy.it, iusinitinere.it, studiolegally.com).
    (
        "La norma è l’art. 163 del D.lgs 196/2003, ancora vigente.",
        [("art. 163 del D.lgs 196/2003", "it-privacy-code")],
    ),
    ("Il D.Lgs 101/2018 ha adeguato il Codice.", [("D.Lgs 101/2018", None)]),
    (
        "VISTO il d. lgs. 30 giugno 2003, n. 196, recante il Codice;",
        [("d. lgs. 30 giugno 2003, n. 196", "it-privacy-code")],
    ),
    (
        "Il Garante ha agito ex art. 58 par. 2 Reg. UE 2016/679 contro la società.",
        [("art. 58 par. 2 Reg. UE 2016/679", "gdpr")],
    ),
    ("Vale il Regolamento UE 2016/679 in tutta l’Unione.", [("Regolamento UE 2016/679", "gdpr")]),
    ("Vale a Lei nº 13.709/2018 para todos.", [("Lei nº 13.709/2018", "lgpd")]),
    # A Vietnamese decree by its number and year alone.
    ("Ứng dụng phải tuân thủ Nghị định 13/2023 về dữ liệu cá nhân.", [("Nghị định 13/2023", None)]),
    # Turkish notes write a numbered law in the genitive with no apostrophe and capitalise its article
    # (mondaq.com: "5326 sayılı Kabahatler Kanunun 17/2. Maddesinde").
    (
        "5326 sayılı Kabahatler Kanunun 17/2. Maddesinde ceza sınırları yer alır.",
        [("5326 sayılı Kabahatler Kanunun 17/2. Maddesinde", None)],
    ),
    # Peru's data protection law as Peruvian news writes it (infobae.com, revistaeconomia.com): a regulation
    # named after the law's number ends with the number, not at its mark; a title ends before "entró".
    (
        "Se publicó el Reglamento de la Ley N.º 29733, con nuevas multas.",
        [("Reglamento de la Ley N.º 29733", None)],
    ),
    (
        "La Ley N.º 29733 de Protección de Datos Personales entró en vigencia el 8 de mayo de 2015.",
        [("Ley N.º 29733 de Protección de Datos Personales", None)],
    ),
    # The ANPD's sanctions regulation as Brazilian law firms cite it: the issuer with no number mark
    # (diascarneiro.com.br) and the mark with no issuer (andav.com.br).
    ("A ANPD publicou a Resolução CD/ANPD 4/2023, sobre multas.", [("Resolução CD/ANPD 4/2023", None)]),
    ("Saiu a Resolução nº 4/2023, da ANPD, sobre dosimetria.", [("Resolução nº 4/2023", None)]),
    ("The Cal. Civ. Code § 1798.100 (West 2024) governs notice.", [("Cal. Civ. Code § 1798.100", "ccpa")]),
    # Ley Orgánica 15/1999 is the knowledge base's LOPD now: a number it does not hold keeps the form tested.
    ("El tribunal aplicó la Ley Orgánica 1/1982 en el caso.", [("Ley Orgánica 1/1982", None)]),
    (
        "Rige la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales (LOPDGDD).",
        [
            ("Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales", "lopdgdd"),
            ("LOPDGDD", "lopdgdd"),
        ],
    ),
    (
        "La CNIL cite le décret 2019-536 du 29 mai 2019 dans sa décision.",
        [("décret 2019-536 du 29 mai 2019", None)],
    ),
    (
        "Le Conseil a appliqué la directive 2002/58/CE aux cookies.",
        [("directive 2002/58/CE", "eprivacy-directive")],
    ),
    ("A lei 14.010, de 10 de junho de 2020 adiou as multas.", [("lei 14.010, de 10 de junho de 2020", None)]),
    ("The statute, Act No. 10465, was amended in 2013.", [("Act No. 10465", None)]),
    ("Oman's Royal Decree 6/2022 took effect a year later.", [("Royal Decree 6/2022", "oman-pdpl")]),
    # Turkish laws by number with their name, and Indonesian laws by number, year and subject.
    (
        "Kurul, 7201 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun uyarınca karar verdi.",
        [("7201 sayılı Elektronik Ticaretin Düzenlenmesi Hakkında Kanun", None)],
    ),
    ("İtiraz 2577 sayılı Kanun kapsamında yapıldı.", [("2577 sayılı Kanun", None)]),
    (
        "Aturan itu ada di Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen sejak lama.",
        [("Undang-Undang Nomor 8 Tahun 1999 tentang Perlindungan Konsumen", None)],
    ),
    (
        "Lima aplica el Decreto Supremo N° 016-2024-JUS desde marzo.",
        [("Decreto Supremo N° 016-2024-JUS", None)],
    ),
    (
        "Sanksinya diatur oleh PP 80/2019 dan POJK Nomor 6 Tahun 2022.",
        [("PP 80/2019", None), ("POJK Nomor 6 Tahun 2022", None)],
    ),
    ("A dosimetria segue a Resolução CD/ANPD nº 4, de 2023.", [("Resolução CD/ANPD nº 4", None)]),
    # Arab laws by number, as Arabic writes them, linked where the knowledge base holds the law.
    (
        "دعت الجهات الشركات إلى تطبيق المرسوم بقانون اتحادي رقم 45 لسنة 2021 بشأن حماية البيانات.",
        [("المرسوم بقانون اتحادي رقم 45 لسنة 2021", "uae-pdpl")],
    ),
    ("وفي مصر صدر القانون رقم 151 لسنة 2020 لحماية البيانات.", [("القانون رقم 151 لسنة 2020", "egypt-pdpl")]),
    ("صدر النظام بموجب المرسوم الملكي رقم م/19 في 2021.", [("المرسوم الملكي رقم م/19", "saudi-pdpl")]),
    ("وأصدرت الهيئة القرار رقم 12 لسنة 2023 بشأن التراخيص.", [("القرار رقم 12 لسنة 2023", None)]),
    # A longer number is another decree, not cut to the known one; Arabic-Indic digits are the same numbers.
    ("صدر المرسوم الملكي رقم م/195 بشأن الموانئ.", [("المرسوم الملكي رقم م/195", None)]),
    ("صدر النظام بموجب المرسوم الملكي رقم م/١٩ في ٢٠٢١.", [("المرسوم الملكي رقم م/١٩", "saudi-pdpl")]),
    ("وفي مصر صدر القانون رقم ١٥١ لسنة ٢٠٢٠ لحماية البيانات.", [("القانون رقم ١٥١ لسنة ٢٠٢٠", "egypt-pdpl")]),
    (
        "دعت الجهات إلى تطبيق المرسوم بقانون اتحادي رقم ٤٥ لسنة ٢٠٢١ بشأن حماية البيانات.",
        [("المرسوم بقانون اتحادي رقم ٤٥ لسنة ٢٠٢١", "uae-pdpl")],
    ),
    # A Saudi law by its Arabic title.
    (
        "لجنة النظر في مخالفات نظام حماية البيانات الشخصية أصدرت قرارها.",
        [("نظام حماية البيانات الشخصية", "saudi-pdpl")],
    ),
    # A Brazilian decree numbered with a thousands dot; Vietnamese decrees; a regulator's circular by number.
    ("A empresa infringiu o Decreto 7.962/2013, que regula o comércio.", [("Decreto 7.962/2013", None)]),
    ("Mức phạt được áp dụng theo Nghị định 15/2020/NĐ-CP.", [("Nghị định 15/2020/NĐ-CP", None)]),
    (
        "Under NPC Circular No. 2022-01, grave infractions draw higher fines.",
        [("Circular No. 2022-01", None)],
    ),
    # Slovakia's data protection act by its number in the Collection and by its name in its cases.
    (
        "Úrad postupoval podľa zákona č. 18/2018 Z. z.",
        [("zákona č. 18/2018 Z. z.", "sk-personal-data-protection-act")],
    ),
    (
        "Banka porušila povinnosti podľa zákona o ochrane osobných údajov.",
        [("zákona o ochrane osobných údajov", "sk-personal-data-protection-act")],
    ),
    # A joined letter before an Arabic name or citation (ب, ل, و) is no part of the mention.
    ("ويعاقب النظام الصادر بالمرسوم الملكي رقم م/19 المخالفين.", [("المرسوم الملكي رقم م/19", "saudi-pdpl")]),
    (
        "والجهات ملزمة بالامتثال لنظام حماية البيانات الشخصية.",
        [("نظام حماية البيانات الشخصية", "saudi-pdpl")],
    ),
    ("وأصدرت الهيئة اللائحة والقرار رقم 12 لسنة 2023 معاً.", [("القرار رقم 12 لسنة 2023", None)]),
    # Every Arabic citation form of laws.toml takes the joined letters, also one written without them there.
    ("وتطبق الهيئة والقانون رقم 151 لسنة 2020 معاً.", [("القانون رقم 151 لسنة 2020", "egypt-pdpl")]),
    # Arabic and Romanian provisions joined to their law: المادة ... من, art. ... alin. ... din.
    (
        "وفرضت الغرامة بموجب المادة (36) من نظام حماية البيانات الشخصية.",
        [("المادة (36) من نظام حماية البيانات الشخصية", "saudi-pdpl")],
    ),
    ("Operatorul a încălcat art. 5, 6, 9 și 10 din RGPD.", [("art. 5, 6, 9 și 10 din RGPD", "gdpr")]),
    (
        "Amenda s-a dat conform art. 83 alin. (5) lit. e) din Regulamentul (UE) 2016/679.",
        [("art. 83 alin. (5) lit. e) din Regulamentul (UE) 2016/679", "gdpr")],
    ),
    # A French code's article keeps its part letter (L. legislative, R. regulatory) with its number.
    (
        "Selon l'article L. 34-5 du Code des postes et des communications électroniques, la prospection est encadrée.",
        [("article L. 34-5 du Code des postes et des communications électroniques", "fr-cpce")],
    ),
    # Polish decisions define u.o.d.o. for their data protection act.
    (
        "Zgodnie z art. 102 ust. 1 pkt 1 u.o.d.o. kara wynosi 100 000 zł.",
        [("art. 102 ust. 1 pkt 1 u.o.d.o.", "pl-personal-data-protection-act")],
    ),
    # Gulf laws in English link their subject with "regarding" or "with respect to".
    (
        "It breached Federal Decree-Law No. 45 of 2021 regarding the Protection of Personal Data, the court said.",
        [("Federal Decree-Law No. 45 of 2021 regarding the Protection of Personal Data", None)],
    ),
    (
        "The ministry applies Law No. 14 of 2019 in respect of Electronic Transactions, it said.",
        [("Law No. 14 of 2019 in respect of Electronic Transactions", None)],
    ),
    # A regulator's resolution or disposition by number and year, with no issuer or "No." before the number.
    ("La agencia dictó la Resolución 126/2024 para fijar la escala.", [("Resolución 126/2024", None)]),
    ("A Disposición 10/2015 fija las sanciones.", [("Disposición 10/2015", None)]),
    ("The ANPD published Resolution 4/2023 on dosimetry.", [("Resolution 4/2023", None)]),
    # After a joined ل the article's alif falls: للقانون is ل + القانون, the article's ل kept.
    ("ويخضع المتجر للقانون رقم 151 لسنة 2020 منذ صدوره.", [("لقانون رقم 151 لسنة 2020", "egypt-pdpl")]),
    ("وأُحيل الملف للقرار رقم 7 لسنة 2022 أمس.", [("لقرار رقم 7 لسنة 2022", None)]),
    # A subject after a citation is its title when capitalised, the article's description when not.
    (
        "The agency relied on Law No. 13 of 2016 on the protection of personal data privacy, which Qatar passed.",
        [("Law No. 13 of 2016", "qatar-pdppl")],
    ),
    # Turkish headings in capitals: a law by number (its words in capitals only), and a known name whose capital İ
    # and I fold to other letters than its small i and ı.
    (
        "6698 SAYILI KİŞİSEL VERİLERİ KORUMA KANUNU NELER GETİRİYOR?",
        [("6698 SAYILI KİŞİSEL VERİLERİ KORUMA KANUNU", None)],
    ),
    (
        "KİŞİSEL VERİLERİN KORUNMASI KANUNU VE GDPR KARŞILAŞTIRMASI",
        [("KİŞİSEL VERİLERİN KORUNMASI KANUNU", "turkey-kvkk"), ("GDPR", "gdpr")],
    ),
    # A numbered law's or decree's day right after its number is part of it: Spanish with del, English with of. A
    # Hijri day in figures stays out, as the labelled sets leave it, and so does a date after a title's own year.
    (
        "Lo reglamentó el Decreto 090 del 18 de enero de 2018, que exige avisos de privacidad.",
        [("Decreto 090 del 18 de enero de 2018", None)],
    ),
    (
        "Se modifica el Decreto N° 206 del 27 de marzo de 2017 y su modificatorio.",
        [("Decreto N° 206 del 27 de marzo de 2017", None)],
    ),
    (
        "The law was approved by Royal Decree M/19 of 17 September 2021 after a cabinet vote.",
        [("Royal Decree M/19 of 17 September 2021", "saudi-pdpl")],
    ),
    (
        "It stems from Royal Decree No. M/19 of 9/2/1443 H and its rules.",
        [("Royal Decree No. M/19", "saudi-pdpl")],
    ),
    (
        "Amendments to the Privacy Act 1988 of 12 March 2014 added the APPs.",
        [("Privacy Act 1988", "au-privacy-act"), ("APPs", "au-privacy-principles")],
    ),
    # A Romance title in lower case ends before a verb of what the law does.
    (
        "La Ley N° 19.496 sobre protección de los derechos de los consumidores castiga la publicidad falsa.",
        [("Ley N° 19.496 sobre protección de los derechos de los consumidores", None)],
    ),
]
NOT_FOUND = [
    # A count in capitals after a number is no Turkish law: no law's word closes it.
    "ABONE SAYISI 2500 SAYILI KART İLE SINIRLI",
    # "this law's" article names no law.
    "Bu Kanunun 5. Maddesi açıktır.",
    # A resolution with a mark but no regulator, data protection or sanctions near it is a club's.
    "O clube aprovou a Resolução nº 4/2023 sobre a festa junina.",
    # "Reg. UE" with no number after it names no regulation.
    "Il Reg. UE del club, edizione 2016, vale ancora.",
    "Закон N устанавливает сроки.",
    "For the board, privacy is Law No 1 priority this year.",
    "Para el equipo, la Ley No es prioridad.",
    # A number in brackets after a word that is no law's, and a Hijri-looking count with no number mark.
    "Room No. (12) of the hotel was booked.",
    "The Cabinet Resolution debate lasted 1443 hours.",
    # A tour named DL with a year and no sanctions word, and an order number, are no citations.
    "The DL 2019 tour bus left at noon.",
    "Заказ № 152 доставлен.",
    # A CCR with no section mark, a Hebrew law's words with no Hebrew year and a Vietnamese "số" with no law are no citations.
    "The CCR 2485 engine team met on title 13 day.",
    "החוק החדש, שנחקק ב-2004, שונה השנה.",
    "Luật sư số 12 đã đến.",
    # A lower-case letter after a plain number is no section's letter when no citation marker stands before.
    "The team scored 77t(d) in the quiz, a typo.",
    "حصلت الشركة على رقم 45 في التصنيف لسنة 2021.",
    # A capital L with no number after it is no code article.
    "Article L of the plan was odd.",
    # An Arabic article of no law the article names is none.
    "قال إن المادة 5 من الدستور واضحة.",
    # A ل that is not joined (a word's own first letter) opens no elided article: "لقانون" alone needs ال.
    "قال إن كلقانون رقم 5 لسنة 2020 خطأ مطبعي.",
    # A word that only ends in one of the joined letters before a name's first word is no joined letter.
    "قال الوزير إن المشروع منظام حماية البيانات الشخصية جديد.",
    # Nor a word whose last letter is one of them: "كتاب" (book) ends in ب.
    "صدر كتابنظام حماية البيانات الشخصية أمس.",
    "أشار التقرير إلى القانون رقم 15100 في الفهرس.",
    "A resolução nº 4 do conselho foi adiada.",
    "The company had 740 employees in 14 offices.",
    "The Law 5,000 pages long was never read.",
    "He paid $15 for 45 minutes of parking.",
    "The vote was 117-328 in the end, a rout.",
    "Room 1026.2 is on the second floor.",
    "The Resolution 1920 monitor shipped in 2/2024 batches.",
    "Act 2 of the play begins in Paris.",
    "In his second act (Act 2019, the comeback tour) he sang old songs.",
    "The NRS team of 120 staff moved offices.",
    "She lived at number 27 of 2022 Main Street.".replace("number 27 of 2022", "flat 27, 2022"),
    "Law firms billed 19,628 hours.",
    "Chapter 486 of the novel is long.",
    "In Smith v. Jones, 123 F.4th 456 (9th Cir. 2024), the court agreed.",
    "Docket No. 22-CV-3318 was closed.",
    "Bill C-27 died on the order paper.",
    "H.R. 1234 never left committee.",
    "The decree came on 12 May 2020.",
    "Numbers like 2016/679 mean nothing alone.",
    "The Law 360 newsletter covered it.".replace("Law 360", "Law360"),
    "Revenue rose 12% in 2013.",
    "The order runs for 20 years.",
    "The case was filed under seal.",
    "Pages 110 to 1936 were missing.",
    "Its 8,078 stores closed in 1990.",
    "A 45-day cure period applies.",
    "Version 2.0 of the app shipped.",
    "The settlement in 2019 was $5 million.",
    "Resolution of the dispute took 4 years.",
    # A resolution by number and year with no regulator, data protection or sanctions in its unit is a
    # company's or a board's.
    "The Resolution 4/2023 of the board approved the budget.",
    "La Resolución 12/2022 de la asamblea aprobó el balance.",
    # Nor is a meeting's resolution by its issuer and number, with or without a number mark.
    "The shareholders passed Resolution AGM 12/2021 on dividends.",
    "The meeting adopted Resolution EGM No. 3/2022 on the buyback.",
    "La junta aprobó la Resolución JD 7/2020 sobre el local.",
    "The Regulation took effect in May.",
    # Turkish and Indonesian numbers that are no law.
    "Kurulun 2024/112 sayılı kararı okundu.",
    # A number after 'under Act' that is a year, or part of 'Act 123 of 2019' read elsewhere, is no bare statute number.
    "It was filed under Act 2019 rules.",
    "Stránka č. 110/2019 byla prázdná.",
    "Ada 27 nomor antrean dan PP hari ini tutup.",
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_citation_found(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    """Codes, titles, law and decree numbers, EU numbers and chapters are law mentions, tails included."""
    assert find_laws(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_number_that_is_no_citation(sentence: str) -> None:
    """Counts, prices, dockets, reporter citations, bill numbers and dates are no law mentions."""
    assert find_laws(sentence) == []
