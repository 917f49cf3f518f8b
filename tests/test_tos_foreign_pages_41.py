"""Terms quoted on non-English pages (tosrec33, session 41), by family of real pages read:

- Polish names the terms in the plural ("regulaminów", "regulaminach"): a register of unlawful clauses of online
  shops' terms (startuplaw.pl) lists each clause after a lead-in that names them so.
- Japanese news on a changed privacy policy ends its lead-in on "the following paragraph (wording) was added"
  with no ような ("項目の最後に以下の段落が追加された。", watch.impress.co.jp, itmedia.co.jp, gigazine.net): the
  paragraph set off below is the policy's.
- A Polish, Czech or Slovak clause holds words that are a poster's first person elsewhere: "ich" (their; German "I"),
  "je" (is; French "I"), "ma" (has): the register's clause "… z dniem ich publikacji" was taken for a poster's words.
- Japanese news on the same change (gigazine.net, watch.impress.co.jp) also quotes the company's announcement
  ("Xは「…」と述べています"), names a numbered article by its heading ("第3条「情報の共有」では") and links an
  English report whose address holds the policy's name ("https://…-privacy-policy-…"): none is the policy's wording.
- News in Spanish, Portuguese, French, Italian, Dutch and Polish tells that the company keeps a right with a time word
  inside ("se reserva ahora el derecho", "se réserve désormais le droit") or opens the quotation on the connector ("o
  direito \"de usar …\""): the right kept is the terms' wording, as "reserves the right to" is in English.
- The same matrix, "Under the new wording, Pixa may “…”": Dutch "Volgens de nieuwe tekst", Polish "Zgodnie z nowym
  brzmieniem" and Japanese "新しい文言では" named no document; Chinese "该公司现在保留“…”的权利" gave the right kept to nobody.
- Korean news on Kakao's new terms quotes the law the terms point to ("'AI 기본법' 등 관련 법령에 따라 고지한다는 내용",
  nocutnews via news.zum.com): a law's name in quotation marks is no terms wording.
- Turkish news on WhatsApp's new policy quotes the update notification ("güncelleme bildirisinde, “…” ifadelerine yer
  verildi", bilgdata.com): the notice's words, not the policy's; a privacy notice ("gizlilik bildiriminde") is one.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

PL_CLAUSE = "Sprzedawca zastrzega sobie prawo do zmiany niniejszego regulaminu w dowolnym czasie."
JA_CLAUSE = "当社はお客様の情報を提携先と共有し、提携先が独自の目的に使用することがあります。"
JA_TOP = "動画アプリのミルカがプライバシーポリシーを改定した。"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Polish plural names of the terms lead in to the clause listed below.
        (
            "Klauzule niedozwolone",
            f"Wiele klauzul dotyczyło zmian regulaminów sklepów internetowych, na przykład:\n\n– „{PL_CLAUSE}”",
            [PL_CLAUSE],
        ),
        (
            "Klauzule niedozwolone",
            f"W regulaminach sklepów internetowych czytamy:\n\n„{PL_CLAUSE}”",
            [PL_CLAUSE],
        ),
        # Named as something else (a petition's wording), the clause is not the terms'.
        (
            "Petycja do sklepów",
            f"Wiele petycji dotyczyło sklepów internetowych, na przykład:\n\n– „{PL_CLAUSE}”",
            [],
        ),
        # Japanese "the following paragraph was added" over the policy's paragraph, in one paragraph or on its own line.
        ("ミルカの新ポリシー", f"{JA_TOP}項目の最後に以下の段落が追加された。\n\n{JA_CLAUSE}", [JA_CLAUSE]),
        (
            "ミルカの新ポリシー",
            f"{JA_TOP}\n\n「情報の共有」に以下の文言が追加されていました。\n\n{JA_CLAUSE}",
            [JA_CLAUSE],
        ),
        (
            "ミルカの新ポリシー",
            f"{JA_TOP}\n\n新たに以下の段落が追加され注目を集めている。\n\n{JA_CLAUSE}",
            [JA_CLAUSE],
        ),
        # A paragraph added to a law's guidance is no company's: no document is named before the lead-in.
        ("指針の改正", f"政府は指針を改正した。\n\n新たに以下の段落が追加された。\n\n{JA_CLAUSE}", []),
    ],
)
def test_foreign_terms_quoted(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


PL_FIRST = "Sprzedawca zastrzega sobie prawo do zmiany regulaminu."
PL_THEIR = "Sprzedawca może zmienić regulamin, a zmiany wchodzą w życie z dniem ich publikacji."
PL_LEAD = "Wiele klauzul w regulaminie sklepu dotyczyło zmian, na przykład:"
CS_FIRST = "Prodávající si vyhrazuje právo změnit podmínky."
CS_IS = "Prodávající je oprávněn změnit tyto podmínky kdykoli bez předchozího upozornění."
CS_LEAD = "Mnoho ujednání v obchodních podmínkách obchodu se týkalo změn, například:"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A Slavic clause's "ich" (their), "je" (is) in a list of clauses: its own words, not a poster's "I".
        (
            "Klauzule niedozwolone",
            f"{PL_LEAD}\n\n– klauzula nr 1 – „{PL_FIRST}”\n\n– klauzula nr 2 – „{PL_THEIR}”",
            [PL_FIRST, PL_THEIR],
        ),
        (
            "Nové podmínky",
            f"{CS_LEAD}\n\n– ujednání č. 1 – „{CS_FIRST}”\n\n– ujednání č. 2 – „{CS_IS}”",
            [CS_FIRST, CS_IS],
        ),
        # A German poster's "ich" and a French "je" under the same kind of lead are still the poster's.
        (
            "Neue AGB",
            "Die AGB verbieten jetzt das Teilen von Konten.\n\n„Ich kündige mein Abo noch heute.“",
            [],
        ),
        (
            "Nouvelles CGU",
            "Les CGU interdisent désormais le partage de compte.\n\n« Je résilie mon abonnement ce soir. »",
            [],
        ),
    ],
)
def test_slavic_homographs_of_the_first_person(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


MILKA_TOP = "ミルカはプライバシーポリシーの更新を発表しました。"
LINK = (
    "Milka is changing its privacy policy to allow partners to train AI on your posts | Newsdesk\n"
    "https://news.example.com/2024/10/17/milka-is-changing-its-privacy-policy-to-allow-partners-to-train-ai-on-your-posts/"
)
JA_WRITTEN = "当社はお客様の情報を提携先と共有することがあります"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The company's own words about its change, with the polite "と述べています".
        (
            "今回のプライバシーポリシーで、ミルカは「お客様が共有する情報をどのように使用するかを明確にするために、"
            "プライバシーポリシーに文言を追加しました」と述べています。",
            [],
        ),
        # A numbered article's heading, with the particle that places what follows inside it.
        ("ミルカのプライバシーポリシーの第3条「情報の共有」では、共有の方法が5種類記載されている。", []),
        # The article's own wording after its particle is still the policy's.
        (f"新しいプライバシーポリシーの第3条には「{JA_WRITTEN}」と書かれている。", [JA_WRITTEN]),
        # A link's colon sets off no clause.
        (f"{MILKA_TOP}\n\n{LINK}", []),
    ],
)
def test_japanese_news_around_the_policy(body: str, expected: list[str]) -> None:
    assert article_quotes("ミルカの新ポリシー", body) == expected


TR_TOP = "WhatsApp gizlilik ilkesini güncelledi."
TR_CLAUSE = "Konum bilgilerinizi iş ortaklarımızla paylaşabiliriz."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (f'{TR_TOP} Şirketin gizlilik bildiriminde, "{TR_CLAUSE}" ifadelerine yer verildi.', [TR_CLAUSE]),
        (
            f'{TR_TOP} Güncelleme bildiriminde, "Hesabınızı silmek isterseniz Yardım Merkezi\'ni ziyaret edebilirsiniz." '
            "ifadelerine yer verildi.",
            [],
        ),
        (
            f'{TR_TOP} Uygulamanın güncelleme bildirisinde, "Onaylamazsanız hesabınızı kullanamazsınız." ifadesi yer aldı.',
            [],
        ),
    ],
)
def test_turkish_notification_is_no_policy(body: str, expected: list[str]) -> None:
    assert article_quotes("WhatsApp yeni gizlilik ilkesi", body) == expected


KEPT = [
    (
        "Pixa actualizó sus términos de servicio el lunes.",
        "La empresa se reserva ahora el derecho «{}».",
        "a usar tus fotos en publicidad sin pagarte",
    ),
    (
        "A Pixa atualizou seus termos de uso na segunda-feira.",
        'A empresa agora se reserva o direito "{}".',
        "de usar suas fotos em publicidade sem pagar",
    ),
    (
        "Pixa a mis à jour ses conditions d'utilisation lundi.",
        "L'entreprise se réserve désormais le droit « {} ».",
        "d'utiliser vos photos dans la publicité sans vous payer",
    ),
    (
        "Pixa ha aggiornato lunedì i suoi termini di servizio.",
        "L'azienda si riserva ora il diritto di «{}».",
        "usare le tue foto nella pubblicità senza pagarti",
    ),
    (
        "Pixa heeft maandag zijn gebruiksvoorwaarden aangepast.",
        'Het bedrijf behoudt zich nu het recht voor om "{}".',
        "je foto's zonder betaling te gebruiken in advertenties",
    ),
    (
        "Pixa zmieniła w poniedziałek swój regulamin.",
        "Firma zastrzega sobie teraz prawo do „{}”.",
        "wykorzystywania zdjęć użytkowników w reklamach bez wynagrodzenia",
    ),
]


@pytest.mark.parametrize(("top", "sentence", "clause"), KEPT)
def test_a_right_kept_in_the_terms(top: str, sentence: str, clause: str) -> None:
    assert article_quotes("Pixa", f"{top} {sentence.format(clause)}") == [clause]


@pytest.mark.parametrize(
    "body",
    [
        # A regulator keeping a right, and a right to appeal, stay no terms' wording.
        "Pixa actualizó sus términos de servicio. La AEPD se reserva ahora el derecho «a revisar la política».",
        "Pixa a mis à jour ses CGU. Pixa se réserve désormais le droit « de faire appel de la décision ».",
    ],
)
def test_a_right_kept_by_no_terms(body: str) -> None:
    assert article_quotes("Pixa", body) == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Pixa wijzigt voorwaarden",
            "Pixa heeft maandag zijn gebruiksvoorwaarden aangepast. Volgens de nieuwe tekst mag Pixa "
            '"je foto\'s zonder betaling gebruiken in advertenties". Gebruikers zijn boos.',
            ["je foto's zonder betaling gebruiken in advertenties"],
        ),
        (
            "Pixa zmienia regulamin",
            "Pixa zmieniła w poniedziałek swój regulamin. Zgodnie z nowym brzmieniem Pixa może "
            "„wykorzystywać twoje zdjęcia w reklamach bez wynagrodzenia”. Użytkownicy są oburzeni.",
            ["wykorzystywać twoje zdjęcia w reklamach bez wynagrodzenia"],
        ),
        (
            "Pixaが利用規約を改定",
            "Pixaは月曜日に利用規約を改定した。新しい文言では、Pixaは「ユーザーの写真を対価なしに広告に利用できる」。",
            ["ユーザーの写真を対価なしに広告に利用できる"],
        ),
        # A city's bylaw by its new text: the page names no company's document.
        (
            "Nieuwe verordening",
            "De gemeente paste de verordening aan. Volgens de nieuwe tekst mag de gemeente "
            '"boetes tot vijfhonderd euro opleggen".',
            [],
        ),
        # A right the company keeps in Chinese, and the user's own right, which is no clause of the company's.
        (
            "Pixa修改用户协议",
            "Pixa周一更新了用户协议。该公司现在保留“免费将用户照片用于广告”的权利。",
            ["免费将用户照片用于广告"],
        ),
        (
            "Pixa修改用户协议",
            "Pixa周一更新了用户协议。Pixa现在有权“免费将用户照片用于广告”。",
            ["免费将用户照片用于广告"],
        ),
        ("Pixa修改用户协议", "Pixa周一更新了用户协议。用户保留“删除自己照片”的权利。", []),
    ],
)
def test_the_new_wording_and_a_kept_right(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


KO_CLAUSE = "개정 약관 시행 7일 후까지 거부 의사를 표시하지 않으면 약관에 동의한 것으로 본다"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "변경된 약관에는 AI 결과물을 제공할 경우 'AI 기본법' 등 관련 법령에 따라 고지한다는 내용도 담겼다.",
            [],
        ),
        ("새 이용약관에는 'GDPR'에 따라 처리한다는 내용이 담겼다.", []),
        (f"변경된 약관에는 '{KO_CLAUSE}'는 내용도 담겼다.", [KO_CLAUSE]),
    ],
)
def test_a_law_name_quoted_in_the_terms_sentence(body: str, expected: list[str]) -> None:
    assert article_quotes("루나톡 약관 개정", body) == expected
