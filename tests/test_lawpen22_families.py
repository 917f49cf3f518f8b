"""Families of real pages lawpen22 (session 36) found read wrongly: Korean shares of turnover with "up to" inside
(전체 매출액의 최대 3%) or with no genitive before a cap word (매출액 3% 이하), Korean amounts with no currency
before a past copula (724억이었지만), salaries read as fines, the Network Act's short form (정통망법), Korean
articles written with spaces (제 64조의 3항) and German "Schweizer" before a Swiss law's name."""

from __future__ import annotations

import pytest
from law_support import find_laws, find_penalty_shares

_KRW_OPENING = "위원회는 지난달 한 쇼핑몰에 과징금 12억원을 부과했다."

PENALTY_CASES = [
    # "Up to" between the genitive and the share (ajunews.com, asiae.co.kr, wowtv.co.kr on PIPA's cap).
    (
        ("이번 처분에서 위원회는 전체 매출액의 최대 3%를 과징금으로 매길 수 있었다.",),
        [("전체 매출액의 최대 3%", None, None, 3.0)],
    ),
    (
        ("개정안은 반복 위반 기업에 전체 매출액의 최대 10%까지 과징금을 물리도록 했다.",),
        [("전체 매출액의 최대 10%", None, None, 10.0)],
    ),
    # No genitive, but a cap word after the share (imarketkorea.com, asiae.co.kr).
    (
        ("위반 사업자에게는 매출액 3% 이하의 과징금이 부과될 수 있다.",),
        [("매출액 3%", None, None, 3.0)],
    ),
    (
        ("국회는 과징금 상한을 기존 매출액 3%에서 더 올리기로 했다.",),
        [("매출액 3%", None, None, 3.0)],
    ),
    # A basis in quotation marks before its genitive (kboard.kr).
    (
        ("법 개정으로 과징금 상한이 '전체 매출액'의 100분의 3으로 올랐다.",),
        [("전체 매출액'의 100분의 3", None, None, 3.0)],
    ),
    # Growth of sales with no genitive and no cap word is no share.
    (("올해 과징금 처분을 받은 그 회사는 매출액 3% 증가를 기록했다.",), []),
    # A past copula after an amount with no currency, the currency from the article (srtimes.co.kr).
    (
        (_KRW_OPENING, "다른 업체가 잠정적으로 부과받은 금액은 310억이었지만 연말 95억으로 줄었다."),
        [("12억원", 1.2e9, "KRW", None), ("310억", 3.1e10, "KRW", None), ("95억", 9.5e9, "KRW", None)],
    ),
    (
        (_KRW_OPENING, "처음 통보된 과징금은 48억이었으나 이의신청 뒤 30억으로 확정됐다."),
        [("12억원", 1.2e9, "KRW", None), ("48억", 4.8e9, "KRW", None), ("30억", 3e9, "KRW", None)],
    ),
    # Spanish and Portuguese "por no" and a duty, or a verb of breaking a law, after the amount (a reader's
    # comment on actualidadempresarial.pe); a sale and a loss stay no penalty.
    (
        ("Un lector cuenta que le pusieron 3 UIT por no inscribir su banco de datos.",),
        [("3 UIT", 3.0, None, None)],
    ),
    (
        ("A loja desembolsou R$ 80 mil por descumprir a lei de dados.",),
        [("R$ 80 mil", 8e4, "BRL", None)],
    ),
    (("La tienda perdió 2 millones de soles por no vender a tiempo.",), []),
    (("Compró el local por 3 millones de pesos por su ubicación.",), []),
    # An Indian headline names a regulator's order by its penalty (newsdrum.in, etvbharat.com); a buyer's order
    # and a filing stay no penalty.
    (("Messaging firm to appeal Rs 95-crore CCI order",), [("Rs 95-crore", 9.5e8, "INR", None)]),
    (("Tribunal upholds ₹40 crore SEBI order against the broker",), [("₹40 crore", 4e8, "INR", None)]),
    (("The railway placed a Rs 500-crore order for new coaches.",), []),
    (("The firm filed a $10 million SEC report on the deal.",), []),
    # Indian headlines shorten lakh to "L" after the rupee's sign; a number with no currency stays a size.
    (("Regulator slaps Rs 12L penalty on stock broker",), [("Rs 12L", 1.2e6, "INR", None)]),
    (("Bank fined ₹7.5 L for KYC lapses",), [("₹7.5 L", 7.5e5, "INR", None)]),
    (("Shop fined for selling a 5L can of oil above its printed price",), []),
    # A share placement is shares sold, not the penalty the sentence names later (lawyerly.com.au).
    (
        ("The bank's silence about a $1.8 billion share placement has led to a penalty of $900,000.",),
        [("$900,000", 9e5, "USD", None)],
    ),
    # Salaries are no fine, in a range or alone (Korean, Chinese, Japanese).
    (
        (_KRW_OPENING, "이 회사 신입 개발자의 연봉은 4,200~5,500만원 수준이다."),
        [("12억원", 1.2e9, "KRW", None)],
    ),
    ((_KRW_OPENING, "그 팀장의 월급은 650만원이다."), [("12억원", 1.2e9, "KRW", None)]),
    (("监管部门对该公司处以罚款50万元。", "该公司工程师的年薪约为40万元。"), [("50万元", 5e5, "CNY", None)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PENALTY_CASES)
def test_korean_shares_bare_amounts_and_salaries(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float | None, str | None, float | None]]
) -> None:
    assert find_penalty_shares(*paragraphs) == expected


LAW_CASES = [
    # The Network Act's shorter press form, and an article written with spaces (imarketkorea.com).
    (
        "관련 조항은 정통망법 제 64조의 3항으로, 유출 사고에 과징금을 정한다.",
        [("정통망법 제 64조의 3항", "korea-network-act")],
    ),
    ("이 사건에는 정통망법이 적용됐다.", [("정통망법", "korea-network-act")]),
    ("정보통신망법 제64조의3 제1항이 근거다.", [("정보통신망법 제64조의3 제1항", "korea-network-act")]),
    ("개인정보 보호법 제 64조의2에 따라 처분했다.", [("개인정보 보호법 제 64조의2", "korea-pipa")]),
    # A word that only looks like the short form is none.
    ("정통 망법이라는 말은 없다.", []),
    # German "Schweizer" before a Swiss law's name joins it, as "Swiss" does (beckerconsulting.ch).
    (
        "Anders als die DSGVO richtet sich das Schweizer DSG mit seinen Bussen an Personen.",
        [("DSGVO", "gdpr"), ("Schweizer DSG", "swiss-fadp")],
    ),
    (
        "Das Schweizerische Bundesgesetz über den Datenschutz gilt seit 2023 in neuer Fassung.",
        [("Schweizerische Bundesgesetz über den Datenschutz", "swiss-fadp")],
    ),
    # Two paragraphs joined by "oder" with one law name are one reference; so are a range of points before the
    # sentence's stop and points listed with commas only (left by revlaw35).
    (
        "Die Geldbuße richtet sich nach Art. 83 Abs. 4 oder 5 DSGVO.",
        [("Art. 83 Abs. 4 oder 5 DSGVO", "gdpr")],
    ),
    (
        "Die Behörde kann nach Art. 58 Abs. 2 DSGVO handeln, konkret nach Art. 58 Abs. 2 lit. a-f. Das genügt.",
        [("Art. 58 Abs. 2 DSGVO", "gdpr"), ("Art. 58 Abs. 2 lit. a-f", "gdpr")],
    ),
    ("Möglich ist Art. 9 Abs. 2 lit. a, c, e DSGVO.", [("Art. 9 Abs. 2 lit. a, c, e DSGVO", "gdpr")]),
    # An "oder" before a count, a lower-case word after "f." and the English article stay outside.
    ("Die Frist nach Art. 12 Abs. 3 DSGVO oder 5 Tage später.", [("Art. 12 Abs. 3 DSGVO", "gdpr")]),
    (
        "The GDPR allows it under Art. 6 Abs. 1 lit. f, a French court said.",
        [("GDPR", "gdpr"), ("Art. 6 Abs. 1 lit. f", "gdpr")],
    ),
    # A capital letter spaced after an article's number, before the link to its law (Chile's consumer law, India's
    # IT Act); not the English article before a capitalised word.
    (
        "El Sernac multó a la tienda por infringir el artículo 16 A de la Ley 19.496.",
        [("artículo 16 A de la Ley 19.496", None)],
    ),
    ("The court struck down Section 66 A of the IT Act in 2015.", [("Section 66 A of the IT Act", None)]),
    ("Under Article 5 A French court ruled on the GDPR.", [("Article 5", "gdpr"), ("GDPR", "gdpr")]),
    # Australia's mandatory franchising code, full and short (lexology.com on a Federal Court penalty).
    (
        "The court found the franchisor broke the Franchising Code of Conduct; the Franchising Code binds it.",
        [("Franchising Code of Conduct", "au-franchising-code"), ("Franchising Code", "au-franchising-code")],
    ),
    # Canada's proposed CPPA where the article points to Canada (a tune case of set r, torkin.com's pattern); in a
    # Californian article CPPA is the privacy agency, no law.
    (
        "Ottawa's bill would create the CPPA and retire part of PIPEDA.",
        [("CPPA", "canada-cppa"), ("PIPEDA", "pipeda")],
    ),
    ("The CPPA fined the carmaker for breaking the CCPA in California.", [("CCPA", "ccpa")]),
    # Japan's advertising and distance-selling laws by the short names its press writes; 独占禁止法 is Japan's
    # Antimonopoly Act where a Japanese authority acts (the JFTC here), as "Antimonopoly Act" is in English below.
    (
        "公正取引委員会は独占禁止法違反で課徴金を命じ、消費者庁は景品表示法に基づき措置命令を出した。",
        [("独占禁止法", "jp-antimonopoly-act"), ("景品表示法", "jp-premiums-representations-act")],
    ),
    (
        "通販業者が特定商取引法と電気通信事業法に違反した。",
        [
            ("特定商取引法", "jp-specified-commercial-transactions-act"),
            ("電気通信事業法", "japan-telecommunications-business-act"),
        ],
    ),
    (
        "The Japan Fair Trade Commission said the platform broke the Antimonopoly Act.",
        [("Antimonopoly Act", "jp-antimonopoly-act")],
    ),
    # Japanese writes 独占禁止法 for any country's competition law (nikkei.com on an EU cartel): no law of its own.
    ("欧州委員会はEU競争法(独占禁止法)違反で制裁金を科した。", []),
    # Outside Japan the name is still a law's, but not Japan's.
    ("The regulator in Kyiv cited the Antimonopoly Act in its ruling.", [("Antimonopoly Act", None)]),
    # Lower case it stays outside, as "schweizerische" did before.
    (
        "Das schweizerische Bundesgesetz über den Datenschutz gilt seit 2023.",
        [("Bundesgesetz über den Datenschutz", "swiss-fadp")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), LAW_CASES)
def test_korean_network_act_articles_and_swiss_names(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert find_laws(paragraph) == expected


# Batch 2: Mexican, Brazilian and Arabic provision forms, Vietnamese "tỉ", German compounds of a magnitude.
PROVISION_CASES = [
    # A Mexican fracción and the law after a comma (idconline.mx); Mexico's constitution by its full name, with
    # the paragraph's ordinal between (inai.org.mx).
    (
        "Son datos personales (art. 3, fracción V, LFPDPPP).",
        [("art. 3, fracción V, LFPDPPP", "mexico-lfpdppp")],
    ),
    (
        "El derecho está en el artículo 16, segundo párrafo, de la Constitución Política de los Estados Unidos Mexicanos.",
        [
            (
                "artículo 16, segundo párrafo, de la Constitución Política de los Estados Unidos Mexicanos",
                "constitution-of-mexico",
            )
        ],
    ),
    (
        "El artículo 6, párrafo segundo, de la LFPDPPP lo exige.",
        [("artículo 6, párrafo segundo, de la LFPDPPP", "mexico-lfpdppp")],
    ),
    # France's electronic communications code, which CNIL decisions cite for direct marketing, full and short.
    (
        "La CNIL cite l'article L. 34-5 du code des postes et des communications électroniques (CPCE).",
        [
            ("article L. 34-5 du code des postes et des communications électroniques", "fr-cpce"),
            ("CPCE", "fr-cpce"),
        ],
    ),
    ("La CNIL rappelle l'article L. 34-5 du CPCE.", [("article L. 34-5 du CPCE", "fr-cpce")]),
    # Brazil's single paragraph and an article's head (caput).
    (
        "Segundo o art. 52, parágrafo único, da LGPD, a ANPD pode multar.",
        [("art. 52, parágrafo único, da LGPD", "lgpd")],
    ),
    ("O artigo 42, caput, da LGPD prevê reparação.", [("artigo 42, caput, da LGPD", "lgpd")]),
    # An ordinal with no article before it stays the writer's word.
    (
        "O artigo 42 da LGPD prevê reparação; o segundo parágrafo do texto é outro.",
        [("artigo 42 da LGPD", "lgpd")],
    ),
    # Arabic articles with the article "the" set apart before the number (okaz.com.sa) or with the shadda (smex.org).
    (
        "يحمي نظام حماية البيانات الشخصية الأفراد. ونصت المادة الـ 16 من النظام على عدم الإفصاح.",
        [("نظام حماية البيانات الشخصية", "saudi-pdpl"), ("المادة الـ 16", "saudi-pdpl")],
    ),
    (
        "يحمي نظام حماية البيانات الشخصية الأفراد، ويعمل به بعد 180 يوما (المادّة 43 من النظام).",
        [("نظام حماية البيانات الشخصية", "saudi-pdpl"), ("المادّة 43", "saudi-pdpl")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), PROVISION_CASES)
def test_mexican_brazilian_and_arabic_provisions(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert find_laws(paragraph) == expected


MONEY_CASES = [
    # Vietnamese spells a billion tỉ as well as tỷ (plo.vn).
    (("Công ty bị phạt 3 tỉ đồng vì làm lộ dữ liệu khách hàng.",), [("3 tỉ đồng", 3e9, "VND", None)]),
    (("Doanh nghiệp bị phạt tối đa 3 Tỷ Đồng.",), [("3 Tỷ Đồng", 3e9, "VND", None)]),
    # "ein Millionen-Bußgeld" is a fine in the millions, no amount; a written amount before its currency stays one.
    (
        (
            "Die Behörde verhängte im Vorjahr Bußgelder von 5 Millionen Euro.",
            "Nun hat sie gegen die Bank ein Millionen-Bußgeld verhängt.",
        ),
        [("5 Millionen Euro", 5e6, "EUR", None)],
    ),
    (("Die Behörde verhängte eine Million Euro Bußgeld.",), [("eine Million Euro", 1e6, "EUR", None)]),
    (("The court imposed a two million-dollar fine.",), [("two million-dollar", 2e6, "USD", None)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MONEY_CASES)
def test_vietnamese_billions_and_german_compounds(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float | None, str | None, float | None]]
) -> None:
    assert find_penalty_shares(*paragraphs) == expected
