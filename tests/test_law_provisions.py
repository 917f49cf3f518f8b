"""Provision references: one span with their law, however long; bare ones where the article is about a law."""

from __future__ import annotations

import pytest
from law_support import find_laws

# Each row: paragraphs of one article, then the mentions expected in reading order.
FOUND = [
    # Argentina's constitution by the name Argentines give it, in an article about Argentina.
    (
        (
            "Argentina reformó su Constitución Nacional en 1994.",
            "El artículo 43 de la Constitución Nacional creó el hábeas data.",
        ),
        [
            ("Constitución Nacional", "constitution-of-argentina"),
            ("artículo 43 de la Constitución Nacional", "constitution-of-argentina"),
        ],
    ),
    # A part a law has one of, named with no number right before the law's name, is no provision reference: the
    # name alone is the law. A part numbered by an ordinal word is one span with the name, as a numbered one is.
    (
        ("Fines are set out in the Schedule to the DPDP Act, which lists five tiers.",),
        [("DPDP Act", "dpdp-act")],
    ),
    (
        ("The Seventh Schedule of the Constitution of India splits the powers.",),
        [("Seventh Schedule of the Constitution of India", "constitution-of-india")],
    ),
    (("High-risk uses are listed in the Annex to the AI Act.",), [("AI Act", "ai-act")]),
    # ... and a numbered part of such a part with it: "Part 2 of the Schedule to the DPDP Act".
    (
        ("Part 2 of the Schedule to the DPDP Act sets the fine for a breach.",),
        [("Part 2 of the Schedule to the DPDP Act", "dpdp-act")],
    ),
    (
        ("Section 4 of the First Schedule to the DPDP Act was amended.",),
        [("Section 4 of the First Schedule to the DPDP Act", "dpdp-act")],
    ),
    # A country's constitution stays a law after a provision, bare or named by the knowledge base.
    (
        ("The GDPR applies.", "Article 21 of the Constitution protects privacy."),
        [("GDPR", "gdpr"), ("Article 21 of the Constitution", None)],
    ),
    (
        ("The GDPR applies.", "Article 16 of the Constitution of Kenya protects privacy."),
        [("GDPR", "gdpr"), ("Article 16 of the Constitution of Kenya", "constitution-of-kenya")],
    ),
    (
        ("Part 2 of the series reads the Schedule to the DPDP Act.",),
        [("DPDP Act", "dpdp-act")],
    ),
    # Turkish provisions after a law's name: a number with a slash part needs no ordinal mark, the ordinal ending
    # may stand apart, and a provision after the law's bracketed acronym is its own span, letters and all.
    (("Kurul, KVKK'nın 12/1 maddesi kapsamında ceza verdi.",), [("KVKK'nın 12/1 maddesi", "turkey-kvkk")]),
    (
        ("Ceza 6698 sayılı Kanun’un 18 inci maddesi uyarınca verildi.",),
        [("6698 sayılı Kanun’un 18 inci maddesi", "turkey-kvkk")],
    ),
    (
        (
            "Şirket, 6698 sayılı Kişisel Verilerin Korunması Kanunu’nun (KVKK) 5. maddesinin c bendine dayandı.",
        ),
        [
            ("6698 sayılı Kişisel Verilerin Korunması Kanunu", None),
            ("KVKK", "turkey-kvkk"),
            ("5. maddesinin c bendine", "turkey-kvkk"),
        ],
    ),
    # An ampersand between two articles of one law.
    (
        ("The GDPR applies.", "The Italian regulator cited articles 6 & 13 of the GDPR."),
        [("GDPR", "gdpr"), ("articles 6 & 13 of the GDPR", "gdpr")],
    ),
    # A constitution's article: by its bare name right after the provision, or by a name the knowledge base holds.
    (
        ("The Supreme Court read Article 21 of the Constitution broadly.",),
        [("Article 21 of the Constitution", None)],
    ),
    (
        ("El artículo 2 de la Constitución Política del Perú reconoce el derecho.",),
        [("artículo 2 de la Constitución Política del Perú", "constitution-of-peru")],
    ),
    (
        ("O artigo 5º, inciso X, da Constituição Federal garante a intimidade.",),
        [("artigo 5º, inciso X, da Constituição Federal", None)],
    ),
    (
        ("Section 14 of the Constitution of the Republic of South Africa, 1996 protects privacy.",),
        [
            (
                "Section 14 of the Constitution of the Republic of South Africa, 1996",
                "constitution-of-south-africa",
            )
        ],
    ),
    # Smaller parts before an article that follow another reference leave it its own words, and parts joined by
    # 'и' all lead the article.
    (
        ("Theo khoản 1 Điều 4, điểm b khoản 2 Điều 5 Luật Bảo vệ dữ liệu cá nhân, công ty phải bồi thường.",),
        [
            ("khoản 1 Điều 4", "vietnam-pdp-law"),
            ("điểm b khoản 2 Điều 5 Luật Bảo vệ dữ liệu cá nhân", "vietnam-pdp-law"),
        ],
    ),
    (
        ("Нарушение ч. 2 и ч. 3 ст. 13.11 КоАП РФ повлекло штраф.",),
        [("ч. 2 и ч. 3 ст. 13.11 КоАП РФ", "russia-koap")],
    ),
    (
        ("Суд сослался на ст. 7 п. 1, п. 2 ч. 1 ст. 6 Федерального закона № 152-ФЗ.",),
        [("ст. 7", "russia-152-fz"), ("п. 2 ч. 1 ст. 6 Федерального закона № 152-ФЗ", "russia-152-fz")],
    ),
    (
        ("The Data Protection Act 2018 paragraph 3 Section 170 covers the offence.",),
        [("Data Protection Act 2018 paragraph 3", "dpa-2018"), ("Section 170", "dpa-2018")],
    ),
    # English parts lead an article only with 'of' before it; otherwise they are the sentence's words.
    (("At point 4 Article 9 of the GDPR is discussed.",), [("Article 9 of the GDPR", "gdpr")]),
    (("Under item 12 Article 5 of the GDPR the firm was fined.",), [("Article 5 of the GDPR", "gdpr")]),
    (("The clauses 5 parts in Article 6 of the GDPR matter.",), [("Article 6 of the GDPR", "gdpr")]),
    (
        ("The court read paragraphs 2 and 3 of Article 6 of the GDPR together.",),
        [("paragraphs 2 and 3 of Article 6 of the GDPR", "gdpr")],
    ),
    # Smaller parts written before their article join it: Russian, its English translation, Vietnamese, Spanish.
    (("Роскомнадзор возбудил дело по ч. 8 ст. 13.11 КоАП РФ.",), [("ч. 8 ст. 13.11 КоАП РФ", "russia-koap")]),
    (
        ("The carve-out sits in clause 3 of part 1 of article 6 of 152-FZ.",),
        [("clause 3 of part 1 of article 6 of 152-FZ", "russia-152-fz")],
    ),
    (
        ("Mức phạt áp dụng theo khoản 2 Điều 24 Nghị định 13/2023/NĐ-CP.",),
        [("khoản 2 Điều 24 Nghị định 13/2023/NĐ-CP", None)],
    ),
    (
        ("Se infringió el N° 4 del artículo 42 de la Ley N° 18.046.",),
        [("N° 4 del artículo 42 de la Ley N° 18.046", None)],
    ),
    # A number mark inside a list of articles: artículos 3 N°10, 5 y 20 N°4.
    (
        ("Visto lo dispuesto en los artículos 3 N°10, 5 y 20 N°4 del Decreto Ley N°3.538.",),
        [("artículos 3 N°10, 5 y 20 N°4 del Decreto Ley N°3.538", None)],
    ),
    # An Arabic article numbered by an ordinal word.
    (
        ("تنص المادة الخامسة والثلاثون من نظام حماية البيانات الشخصية على السجن.",),
        [("المادة الخامسة والثلاثون من نظام حماية البيانات الشخصية", "saudi-pdpl")],
    ),
    # A French article's Roman paragraph and point: article 6 I-2 de la LCEN.
    (
        ("L'article 6 I-2 de la LCEN (responsabilité civile) s'applique aux hébergeurs.",),
        [("article 6 I-2 de la LCEN", "fr-lcen")],
    ),
    # Dutch: ordinal paragraphs, "in samenhang met" and "van de" join one reference to the AVG.
    (
        (
            "De Autoriteit Persoonsgegevens beboette het bureau wegens strijd met artikel 17, eerste lid, "
            "in samenhang met artikel 12, derde lid, van de AVG.",
        ),
        [("artikel 17, eerste lid, in samenhang met artikel 12, derde lid, van de AVG", "gdpr")],
    ),
    # Vietnamese: Điều 8 của (article 8 of) a law named with its number.
    (
        ("Điều 8 của Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 quy định mức phạt.",),
        [("Điều 8 của Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15", None)],
    ),
    (
        ("La AEPD sancionó la infracción del artículo 5.1.f) del RGPD.",),
        [("artículo 5.1.f) del RGPD", "gdpr")],
    ),
    (("La CNIL retient un manquement à l'article 5-1-e) du RGPD.",), [("article 5-1-e) du RGPD", "gdpr")]),
    (
        ("The DPC said the GDPR applied and rejected reliance on Art 6(1)(f).",),
        [("GDPR", "gdpr"), ("Art 6(1)(f)", "gdpr")],
    ),
    (
        (
            "Singapore's regulator found breaches of Section 13 (Consent Obligation) and Section 18 (Purpose"
            " Limitation Obligation) of the PDPA.",
        ),
        [
            (
                "Section 13 (Consent Obligation) and Section 18 (Purpose Limitation Obligation) of the PDPA",
                "singapore-pdpa",
            )
        ],
    ),
    (
        ("In Singapore the PDPA applies.", "The firm breached Section 24 (Protection Obligation) in 2023."),
        [("PDPA", "singapore-pdpa"), ("Section 24", "singapore-pdpa")],
    ),
    (
        ("Fines reach the maximum under Articles 5(1)(a), 6 and 13(2) GDPR in the decision.",),
        [("Articles 5(1)(a), 6 and 13(2) GDPR", "gdpr")],
    ),
    (
        ("Das Unternehmen berief sich auf Art. 6 Abs. 1 lit. f DSGVO.",),
        [("Art. 6 Abs. 1 lit. f DSGVO", "gdpr")],
    ),
    # Finnish writes the provision after the law's genitive, with no ordinal mark.
    (
        ("Yhtiö rikkoi tietosuojalain 29 §:n säännöksiä ja tietosuoja-asetuksen 13 artiklaa.",),
        [("tietosuojalain 29 §", "fi-data-protection-act"), ("tietosuoja-asetuksen 13 artiklaa", "gdpr")],
    ),
    # Czech and Slovak articles, paragraphs and letters; a bare § with its paragraph in an article about a law.
    (
        ("Banka porušila čl. 5 ods. 1 písm. c) GDPR.", "Podľa § 104 ods. 2 zákona môže úrad uložiť pokutu."),
        [("čl. 5 ods. 1 písm. c) GDPR", "gdpr"), ("§ 104 ods. 2", "gdpr")],
    ),
    (("Operátor porušil čl. 21 odst. 3 GDPR.",), [("čl. 21 odst. 3 GDPR", "gdpr")]),
    (
        (
            "The bank was fined under section 47A(1)(c) read with sections 46(4)(i) and 56 of the Banking Regulation Act, 1949.",
        ),
        [("section 47A(1)(c) read with sections 46(4)(i) and 56 of the Banking Regulation Act, 1949", None)],
    ),
    (
        ("The cap is in paragraph 4 of Schedule 13 to the Online Safety Act 2023.",),
        [("paragraph 4 of Schedule 13 to the Online Safety Act 2023", "uk-online-safety-act")],
    ),
    (
        ("Il Garante ha contestato l'art. 166, comma 5, del D.lgs. 196/2003.",),
        [("art. 166, comma 5, del D.lgs. 196/2003", "it-privacy-code")],
    ),
    (
        (
            "The refund duty sits in Section 11 or Section 12 of the CPA, the tribunal said, citing South Africa's law.",
        ),
        [("Section 11 or Section 12 of the CPA", "za-consumer-protection-act")],
    ),
    (
        ("The app relied on the GDPR for the transfers.", "Users can object under Article 21 at any time."),
        [("GDPR", "gdpr"), ("Article 21", "gdpr")],
    ),
    (
        (
            "The Privacy Act 2020 gives the Commissioner new tools.",
            "Under section 123 of the Act a notice may issue.",
        ),
        [("Privacy Act 2020", "nz-privacy-act"), ("section 123", "nz-privacy-act")],
    ),
    (
        ("Breaches of the FTC Act cost money.", "Section 5 cases mostly end in orders."),
        [("FTC Act", "ftc-act"), ("Section 5", "ftc-act")],
    ),
    (
        ("The video statute gives $2,500 a claim under § 2710(b)(2)(B).",),
        [("§ 2710(b)(2)(B)", None)],
    ),
    (
        ("The PDPA applies in Singapore.", "The duty in s. 24 covers vendors; see also ss. 26A and 26B."),
        [("PDPA", "singapore-pdpa"), ("s. 24", "singapore-pdpa"), ("ss. 26A and 26B", "singapore-pdpa")],
    ),
    (
        ("The LGPD lists legal bases.", "The authority pointed to Article 7, IX of the LGPD."),
        [("LGPD", "lgpd"), ("Article 7, IX of the LGPD", "lgpd")],
    ),
    (
        ("The fine follows section 149(2) to (5) DPA 2018 in the notice.",),
        [("section 149(2) to (5) DPA 2018", "dpa-2018")],
    ),
    (
        ("Die Haftung folgt aus § 30 OWiG i.V.m. § 41 Abs. 1 BDSG, so das Gericht.",),
        [("§ 30 OWiG", "de-owig"), ("§ 41 Abs. 1 BDSG", "bdsg")],
    ),
    (
        ("El RGPD fija en su artículo 83 apartados 4 y 5 los máximos.",),
        [("RGPD", "gdpr"), ("artículo 83 apartados 4 y 5", "gdpr")],
    ),
    (
        ("A multa segue o artigo 52, § 1º da LGPD, disse a autoridade.",),
        [("artigo 52, § 1º da LGPD", "lgpd")],
    ),
    (
        (
            "The carrier breached the Personal Information Protection Act of Korea.",
            "See Article 15 (1) and 17 (1).",
        ),
        [("Personal Information Protection Act", "korea-pipa"), ("Article 15 (1) and 17 (1)", "korea-pipa")],
    ),
    (
        ("The penalty unit is set in s 4AA of the Crimes Act 1914 (Cth).",),
        [("s 4AA of the Crimes Act 1914", None)],
    ),
    (
        ("The company ignored Section 43A of IT ACT 2000 for years.",),
        [("Section 43A of IT ACT 2000", None)],
    ),
    (
        ("Die Pflicht steht in Art. 28 Abs. 3 bzw. Abs. 4 DSGVO.",),
        [("Art. 28 Abs. 3 bzw. Abs. 4 DSGVO", "gdpr")],
    ),
    # Indonesian Pasal with ayat and huruf, joined to the law's acronym or bare in an article about it.
    (
        (
            "Pelanggar dijerat Pasal 65 ayat (2) UU PDP.",
            "Sanksi administratif ada di Pasal 57 ayat (3) huruf b.",
        ),
        [
            ("Pasal 65 ayat (2) UU PDP", "indonesia-pdp-law"),
            ("Pasal 57 ayat (3) huruf b", "indonesia-pdp-law"),
        ],
    ),
    # Indonesian lists of provisions joined by 'dan' (and) or 'hingga' (to): one reference with the law.
    (
        ("Ketentuan pidana diatur dalam Pasal 67 hingga 73 UU PDP, bukan Pasal 57 dan Pasal 58 UU PDP.",),
        [
            ("Pasal 67 hingga 73 UU PDP", "indonesia-pdp-law"),
            ("Pasal 57 dan Pasal 58 UU PDP", "indonesia-pdp-law"),
        ],
    ),
    # Turkish m. and madde after the law's name.
    (
        ("Kurul, KVKK m. 12 uyarınca ceza verdi; KVKK madde 18 de uygulandı.",),
        [("KVKK m. 12", "turkey-kvkk"), ("KVKK madde 18", "turkey-kvkk")],
    ),
    # A range whose far end says the provision's word again is one span; a heading's part before a provision is not
    # its range.
    (
        ("UU PDP mengatur sanksi pidana dalam Pasal 67-Pasal 73 dengan denda hingga Rp6 miliar.",),
        [("UU PDP", "indonesia-pdp-law"), ("Pasal 67-Pasal 73", "indonesia-pdp-law")],
    ),
    (
        ("The caps are in Article 83–Article 84 of the GDPR.",),
        [("Article 83–Article 84 of the GDPR", "gdpr")],
    ),
    (
        ("The court read Part III – Section 78B of the Judiciary Act 1903 narrowly.",),
        [("Section 78B of the Judiciary Act 1903", None)],
    ),
    # Bracketed numbers, as English translations of Gulf laws write them, and a range of subsections.
    (
        (
            "The Saudi PDPL applies to the bank.",
            "Without prejudice to Article (35) and Paragraph (1) of Article (36) of this Law, the entity shall act.",
        ),
        [("Saudi PDPL", "saudi-pdpl"), ("Article (35) and Paragraph (1) of Article (36)", "saudi-pdpl")],
    ),
    (
        ("The NDPA 2023 applies.", "The NDPC invoked sections 5(i), 6(a), 46(3), and 47(1)-(2) of the Act."),
        [("NDPA 2023", "nigeria-ndpa"), ("sections 5(i), 6(a), 46(3), and 47(1)-(2)", "nigeria-ndpa")],
    ),
    # Turkish provisions after the law's name in the genitive, their word after the ordinal.
    (
        ("Kurul, KVKK'nın 12. maddesi ve Kanun'un 18’inci maddesinde düzenlenen cezayı verdi.",),
        # "the Law's article 18": the provision alone, as "article 48 of the law" (law_noun_provisions.py)
        [("KVKK'nın 12. maddesi", "turkey-kvkk"), ("18’inci maddesinde", "turkey-kvkk")],
    ),
    (
        ("Tutarlar, 6698 sayılı Kanun'un 18. maddesinin 1. fıkrası uyarınca belirlenir.",),
        [("6698 sayılı Kanun'un 18. maddesinin 1. fıkrası", "turkey-kvkk")],
    ),
    (
        ("Bu karar Kişisel Verilerin Korunması Kanunu’nun 12’nci maddesine dayanıyor.",),
        [("Kişisel Verilerin Korunması Kanunu’nun 12’nci maddesine", "turkey-kvkk")],
    ),
    # Provisions joined by "juncto" (Indonesian, Dutch) and an Italian plural list are one span with their law.
    (
        ("Ele foi indiciado com base no Pasal 65 ayat (2) juncto Pasal 67 ayat (2) UU PDP.",),
        [("Pasal 65 ayat (2) juncto Pasal 67 ayat (2) UU PDP", "indonesia-pdp-law")],
    ),
    (
        ("La pratica è scorretta ai sensi degli articoli 20, 21 e 22 del Codice del Consumo.",),
        [("articoli 20, 21 e 22 del Codice del Consumo", None)],
    ),
    # A Latin ordinal after the number is part of it.
    (
        (
            "Los montos se actualizan conforme al artículo 129 Bis de la Ley Federal de Protección al Consumidor.",
        ),
        [("artículo 129 Bis de la Ley Federal de Protección al Consumidor", None)],
    ),
    # Italian articles call their privacy code "Codice", a defined short form: the article alone is the mention, as
    # "article 48 of the law" is, also on a page that never names the code; a comma's inserted number is its own.
    (
        ("Il Garante ha contestato la violazione dell'art. 130 del Codice.",),
        [("art. 130", None)],
    ),
    (
        ("La sanzione va da diecimila a centoventimila euro (art. 162, comma 2-bis, del Codice).",),
        [("art. 162, comma 2-bis", None)],
    ),
    (
        ("Vale il comma 1-ter dell'articolo.", "Si applica l'art. 4, comma 3-quater del D.Lgs 101/2018."),
        [("art. 4, comma 3-quater del D.Lgs 101/2018", None)],
    ),
    # Polish provision lists: oraz and i between parts, ust. for a paragraph.
    (
        ("Organ stwierdził naruszenie art. 31 oraz art. 58 ust. 1 lit. a) i e) RODO.",),
        [("art. 31 oraz art. 58 ust. 1 lit. a) i e) RODO", "gdpr")],
    ),
    # A bare rule counts in an article that names a set of Rules, and is that set's.
    (
        (
            "The Digital Personal Data Protection Rules, 2025 were notified in November.",
            "Under Rule 7, a Data Fiduciary must tell the Board of a breach without delay.",
        ),
        [("Digital Personal Data Protection Rules, 2025", "dpdp-rules"), ("Rule 7", "dpdp-rules")],
    ),
    (
        ("Regulation 19 sets the deadline, the Privacy and Electronic Communications Regulations say.",),
        [("Regulation 19", "pecr"), ("Privacy and Electronic Communications Regulations", "pecr")],
    ),
    # The abbreviated word counts as the full one does.
    (
        ("Reg. 6 sets the cookie rule, the Privacy and Electronic Communications Regulations say.",),
        [("Reg. 6", "pecr"), ("Privacy and Electronic Communications Regulations", "pecr")],
    ),
    (
        ("Reg 6 sets the cookie rule, the Privacy and Electronic Communications Regulations say.",),
        [("Reg 6", "pecr"), ("Privacy and Electronic Communications Regulations", "pecr")],
    ),
    # A bare article in an article about a Japanese law is that law's; a document's section is not.
    (
        ("団体は、前者が消費者契約法第9条に当たると指摘した。", "また、後者が第8条により無効であるとした。"),
        [("消費者契約法第9条", "jp-consumer-contract-act"), ("第8条", "jp-consumer-contract-act")],
    ),
    (("個人情報保護法に基づき、同社の利用規約第5条が見直された。",), [("個人情報保護法", "appi")]),
    # Japanese writes an article's number with no 第 right after the name and its paragraph with no 第
    # (konishilaw.jp: 個人情報保護法146条1項), and cites the law an article is about as 法 or 同法 before a
    # bare article (ppc.go.jp FAQ: 法第146条; e-nishikawa.net: 法40条1項).
    (("委員会は立入検査(個人情報保護法146条1項)を行える。",), [("個人情報保護法146条1項", "appi")]),
    (("同社は個人情報保護法27条に反したとされる。",), [("個人情報保護法27条", "appi")]),
    (
        (
            "個人情報保護法は罰則を定める。",
            "命令に背けば罰金がある(法第178条)。",
            "報告を求められる(法40条1項)。",
        ),
        [("個人情報保護法", "appi"), ("法第178条", "appi"), ("法40条1項", "appi")],
    ),
    (
        ("個人情報保護法の改正で、同法第23条が変わった。",),
        [("個人情報保護法", "appi"), ("同法第23条", "appi")],
    ),
    # 法 inside a word (方法, a method) cites no law.
    (("個人情報保護法は改正された。", "社内の手続は方法第3条に従う。"), [("個人情報保護法", "appi")]),
    # After の the article is a noun's (the terms' own section 5), and after a terms document named just
    # before it the article is that document's; after a title's closing 》 it is the law's.
    (
        ("消費者契約法第9条によれば、利用規約の第5条は無効だ。",),
        [("消費者契約法第9条", "jp-consumer-contract-act")],
    ),
    (
        ("个人信息保护法要求单独同意。", "根据用户协议，第5条允许公司共享数据。"),
        [("个人信息保护法", "pipl")],
    ),
    # An article right after a title's closing mark is that law's provision, one span with it (the guidelines'
    # "Article 17 of the GDPR"; the labelled sets write "电子商务法》第三十八条").
    (
        ("监管部门援引《个人信息保护法》第13条。",),
        [("个人信息保护法》第13条", "pipl")],
    ),
    (("《个人信息保护法》第66条第2款规定了高额罚款。",), [("个人信息保护法》第66条第2款", "pipl")]),
    # UK inserted sections (368Z10), French paragraph letters (5-1-f), German Roman paragraphs (Art. 83 IV).
    (
        ("Ofcom acted under section 368Z10 Communications Act 2003.",),
        [("section 368Z10 Communications Act 2003", None)],
    ),
    (("La CNIL retient les articles 5-1-f et 32 du RGPD.",), [("articles 5-1-f et 32 du RGPD", "gdpr")]),
    (("Art. 83 IV DSGVO nennt den Rahmen.",), [("Art. 83 IV DSGVO", "gdpr")]),
    (("Nach § 26 I BDSG gilt das auch.",), [("§ 26 I BDSG", "bdsg")]),
    # A bare regulation counts where the article names PECR, whose full name is a set of Regulations.
    (
        (
            "Most calls breached regulation 19 of PECR.",
            "The firm also failed to identify itself, contrary to regulation 24.",
        ),
        [("regulation 19 of PECR", "pecr"), ("regulation 24", "pecr")],
    ),
    # Beside PECR, a regulation that a club, a school or a council owns is theirs; an EU regulation's number
    # is not cut at its slash.
    (("The ICO enforces PECR.", "Regulation 12 of the golf club limits guests."), [("PECR", "pecr")]),
    (("The ICO enforces PECR.", "The school's regulation 4 bans phones in class."), [("PECR", "pecr")]),
    (("The ICO enforces PECR.", "Regulation 2023/1115 on forest products applies too."), [("PECR", "pecr")]),
    (
        ("The ICO enforces PECR.", "The texts broke regulation 22 of the Regulations, the ICO said."),
        [("PECR", "pecr"), ("regulation 22", "pecr")],
    ),
    # A paragraph inside an article in Portuguese; German plural paragraphs; a section after a Canadian citation.
    (
        ("O art. 52 da LGPD prevê multa.", "O § 1º do art. 52 lista os critérios."),
        [("art. 52 da LGPD", "lgpd"), ("§ 1º do art. 52", "lgpd")],
    ),
    (
        (
            "Die Bussen bis 250 000 Franken regelt das DSG.",
            "Verboten ist es ohne Artikel 16 Absätze 1 und 2.",
        ),
        [("DSG", "swiss-fadp"), ("Artikel 16 Absätze 1 und 2", "swiss-fadp")],
    ),
    (("See S.C. 2010, c. 23, § 20(4) for the maximum.",), [("S.C. 2010, c. 23, § 20(4)", "casl")]),
    (("Counsel pointed to S.C. 2010, c. 23, s. 47 in the filing.",), [("S.C. 2010, c. 23, s. 47", "casl")]),
    # A name ending in its year does not take the next law's provision, nor one "of the" law after it.
    (
        ("The regulator named the Data Protection Act 2018, § 38 BDSG and Article 9 GDPR as breached.",),
        [("Data Protection Act 2018", "dpa-2018"), ("§ 38 BDSG", "bdsg"), ("Article 9 GDPR", "gdpr")],
    ),
    (
        ("The claim invoked the Privacy Act 1988, § 1798.100 of the California Civil Code and the GDPR.",),
        [
            ("Privacy Act 1988", "au-privacy-act"),
            ("§ 1798.100 of the California Civil Code", "ccpa"),
            ("GDPR", "gdpr"),
        ],
    ),
    (
        ("Under S.C. 2010, c. 23, § 20 PIPEDA also applies.",),
        [("S.C. 2010, c. 23", "casl"), ("§ 20 PIPEDA", "pipeda")],
    ),
    # China's consumer law and France's public health code, the latter in lower case after a provision.
    (("《消费者权益保护法》第56条规定了罚款。",), [("消费者权益保护法》第56条", "cn-consumer-rights-law")]),
    (
        ("La CNIL vise l'article L. 1111-8 du code de la santé publique.",),
        [("article L. 1111-8 du code de la santé publique", "fr-public-health-code")],
    ),
    # An article after の that follows a law ("個人情報保護法の第27条", one mention; "同法の第23条", the same
    # law's) is the law's, a terms document's after の is not.
    (
        (
            "同社の行為は個人情報保護法の第27条に違反する。",
            "また同法の第23条にも違反した。",
            "利用規約の第5条は無効だ。",
        ),
        [("個人情報保護法の第27条", "appi"), ("第23条", "appi")],
    ),
    # A Roman paragraph stays only before a known law's acronym.
    (("Die Behörde stützt sich auf Art. 83 V DSGVO.",), [("Art. 83 V DSGVO", "gdpr")]),
    (("The GDPR applies. Article 9 I THINK is misread.",), [("GDPR", "gdpr"), ("Article 9", "gdpr")]),
    # Bare articles between several titled ones: each read against the mention just before it.
    (
        (
            "《个人信息保护法》第66条第2款写明罚款。用户协议第5条无效。第13条也适用。《个人信息保护法》第10条，第28条",
        ),
        [
            ("个人信息保护法》第66条第2款", "pipl"),
            ("第13条", "pipl"),
            ("个人信息保护法》第10条", "pipl"),
            ("第28条", "pipl"),
        ],
    ),
    # A bare Korean article in an article about a Korean law is the law's; the terms' article is not.
    (
        (
            "위원회는 회사가 개인정보 보호법을 위반했다고 밝혔다.",
            "회사는 안전조치 의무를 규정한 제29조를 위반했고 제34조도 지키지 않았다.",
            "회사의 이용약관 제5조는 환불을 막는다.",
        ),
        [("개인정보 보호법", "korea-pipa"), ("제29조", "korea-pipa"), ("제34조", "korea-pipa")],
    ),
]

NOT_FOUND = [
    # An unnumbered part needs a law's name after it: a schedule of a meeting or of "the Act" is none.
    ("The regulator kept to the Schedule of the Board for its hearings.",),
    ("Fines follow the Schedule to the Act.",),
    # A number and a Turkish provision word after a bracket that closes no law's acronym.
    ("Toplantı (saat 10) 5. maddesi görüşüldü.",),
    # A club's constitution, in lower case, is no country's.
    ("Article 4 of the constitution of the chess club sets dues.",),
    # A party's, a company's or a club's Constitution, named with 'of' and not held by the knowledge base.
    ("Article 5 of the Constitution of the Harbour Party sets out how leaders are chosen.",),
    ("Article 8 of the Constitution of the Company lets the board issue shares.",),
    # ... also in an article about a law, where a bare provision would count: a body's founding documents.
    (
        "The GDPR applies.",
        "Article 5 of the Constitution of the Labour Party sets out how leaders are chosen.",
    ),
    ("The GDPR applies.", "Article 12 of the Articles of Association lets the board issue shares."),
    ("El artículo 2 de la Constitución de la asociación vecinal fija las cuotas.",),
    # Parts before a part of a book or a menu, and an ordinal word with no article word, are no provisions.
    ("Part 2 of chapter 3 of the novel is slow.",),
    ("Item 3 of part 2 of the menu was sold out.",),
    ("قال اللاعب إن المباراة الثامنة كانت صعبة.",),
    ("Room 6 I-2 of the hotel was booked for the team.",),
    # A Roman numeral before a capitalised word that is no law stays out: "Section 5 I think".
    ("Section 5 I Think was the title of the chapter.",),
    # With no set of Regulations named, a bare regulation is not a law's; nor is a comma and § after a name.
    ("The GDPR applies. Regulation 24 of the club covers parking.",),
    # With no set of Rules named, a bare rule is a game's or a court's, and a bare clause a contract's.
    ("The GDPR applies. Rule 12 of the tournament says players must wait.",),
    ("Under the GDPR the firm reviewed clause 9 of its supplier contract.",),
    ("The GDPR applies.", "Chapter (3) of the handbook covers refunds."),
    ("Il Codice è stato modificato nel 2018.",),
    ("Il nuovo Codice entra in vigore a giugno.", "Il sindaco cita un articolo del Codice."),
    ("Kanun'un amacı budur; 18. maddesi ayrıca incelenecek.",),
    ("Kerugian mencapai 67 dan 73 persen di dua provinsi.",),
    ("The suit was framed under the CCPA.", "The plaintiffs lacked Article III standing."),
    ("The GDPR applies.", "Section 8 housing vouchers were cut the same year."),
    ("Section 8 of the Terms lets the company change prices.",),
    ("The GDPR applies.", "You can read section 14(c) of the same terms online."),
    ("The GDPR applies.", "The user agreement, article 9.3, now keeps drafts."),
    ("The GDPR applies.", "You can't bury consent in paragraph 14 of a privacy policy."),
    ("The GDPR applies.", "Section 6 now says the company may keep logs."),
    ("Part 1 would create a new tribunal, the sponsor said.",),
    ("Article 3 of the series looks at drones.",),
    ("Chapter 11 was filed on Monday.",),
    ("The GDPR applies.", "Rule 23 of the club sets dues."),
    ("See Section 12 below for the refund terms.",),
    ("The GDPR applies.", "As set out in Section 4 of our Privacy Policy, we keep data."),
    ("In Part 2 we turn to the numbers.",),
    ("The GDPR applies.", "Section 9 (Dispute Resolution) of the agreement governs claims."),
    ("The GDPR applies.", "Read Part 2 of our series next week."),
    ("The GDPR applies.", "Chapter 4 of the handbook covers refunds."),
    ("The CCPA applies.", "The policy's section 5 now says data may be sold."),
    ("Section 12 of the EULA bars reverse engineering.",),
    ("The GDPR applies.", "Clause 7.3 of the contract caps liability."),
    ("The GDPR applies.", "Section 4.2 of the Master Services Agreement limits liability."),
    ("The GDPR applies.", "The Article 29 Working Party wrote the first guidance."),
    ("The GDPR applies.", "The meeting ended at 5 p.m. 20 people stayed."),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_provision_reference(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    """A provision is one span with its law's name; with no name, it takes the law the article is about."""
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_provision_of_no_law(paragraphs: tuple[str, ...]) -> None:
    """Provisions of terms, policies and agreements, and parts of bills or books, are no law mentions."""
    found = find_laws(*paragraphs)
    assert [text for text, _ref in found if text not in ("GDPR", "CCPA")] == []


def test_the_parts_before_a_provision_are_searched_behind_a_lookahead() -> None:
    """The smaller parts written before a provision are looked for in the sixty characters before each one: behind a
    class of the characters a part opens with, re tries no part's word at the other positions."""
    from annotations.detectors.law_provisions import _prefix_pattern

    assert _prefix_pattern().pattern.startswith("(?=[")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        (
            "The court read clause 2 of part 1 of article 6 of the GDPR narrowly.",
            "clause 2 of part 1 of article 6",
        ),
        ("Theo khoản 2 Điều 8 của Nghị định, công ty phải xin phép.", "khoản 2 Điều 8"),
        ("Los apartados 4, 5 y 6 del artículo 83 fijan las multas.", "apartados 4, 5 y 6 del artículo 83"),
        ("Under point 4 Article 9 of the GDPR applies.", "Article 9"),
    ],
)
def test_a_provision_keeps_the_parts_written_before_it(text: str, reference: str) -> None:
    """With the lookahead, the parts before a provision are found as before; English parts still need "of"."""
    from annotations.detectors.law_provisions import provisions

    spans = [text[found.start : found.end] for found in provisions(text)]
    assert reference in spans
