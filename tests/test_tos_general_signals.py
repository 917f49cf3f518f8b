"""General signals that tell a quoted clause from someone's quoted words, whatever the document's vocabulary:
verbs of saying in other languages after or before a quotation, and the rows where the same verbs belong to
the document. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "Vélomix, Rotaki and Alpix change their terms"

_units = partial(page_units, title=TITLE)

# A present-tense verb of saying or judging, in French, Spanish, Portuguese, Italian or German, gives the
# quotation to the person or the company it names (tos_quotes.toml saying-now-romance-german).
SPOKEN = [
    (
        (
            "Les nouvelles CGU de Vélomix contiennent une clause qui fâche les cyclistes.",
            "« L'utilisateur renonce à toute réclamation en cas de vol du vélo. »",
            "« C'est un transfert de risque inacceptable », estime Julie Marchand, d'une association.",
        ),
        ["L'utilisateur renonce à toute réclamation en cas de vol du vélo."],
    ),
    (
        (
            "Rotaki atualizou seus termos de uso nesta segunda-feira.",
            "O novo termo diz que o usuário “concede à Rotaki licença gratuita sobre as fotos do perfil”.",
            "“Você concorda que nunca vendemos dados a terceiros”, ressalta Paulo Lima.",
        ),
        ["concede à Rotaki licença gratuita sobre as fotos do perfil"],
    ),
    (
        (
            "Alpix hat seine Nutzungsbedingungen geändert.",
            "„Wir dürfen Ihre Bilder für Werbung nutzen, sofern Sie nicht widersprechen“, betont Anna Roth.",
        ),
        [],
    ),
    (
        (
            "Los términos y condiciones de Rotaki cambiaron el lunes.",
            "Ana Ruiz, su directora, lamenta: “Nos reservamos el derecho de mejorar, y lo haremos con los usuarios.”",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPOKEN)
def test_a_verb_of_saying_in_another_language_gives_the_quotation_to_its_speaker(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


def test_a_verb_the_document_says_with_still_goes_on_with_the_document() -> None:
    """'Además, advierte que …' after the policy's own words: advierte is the policy's, not a speaker's."""
    units = _units(
        "Buscandor, por ejemplo, señala en su política de privacidad que puede “ceder datos de navegación”.",
        "Además, advierte que la empresa podrá revelar datos “cuando lo exija una orden judicial”.",
    )
    assert quotes_found(units) == ["ceder datos de navegación", "cuando lo exija una orden judicial"]


# Traditional Chinese verbs of a document (寫明, 規定, 明定): the quotation after the document is its wording;
# a spokesperson's 表示 after it stays theirs.
TRADITIONAL = [
    (
        (
            "好買日前更新隱私權政策。",
            "新版隱私權政策寫明：「本公司得將您的消費紀錄提供予關係企業，作為行銷之用。」",
        ),
        ["本公司得將您的消費紀錄提供予關係企業，作為行銷之用。"],
    ),
    (
        ("好買日前更新使用條款。", "新版條款第七條明定：「會員不得將帳號轉讓予第三人使用。」"),
        ["會員不得將帳號轉讓予第三人使用。"],
    ),
    (("好買日前更新隱私權政策。", "公司發言人表示：「消費者可隨時在設定中關閉這項功能。」"), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), TRADITIONAL)
def test_traditional_chinese_verbs_of_a_document(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


def test_a_quotation_in_the_first_person_singular_is_someones_own_words() -> None:
    """Terms never say "I'll" or "my": a writer's comparison quoted after the terms is no clause; the Italian
    plural article "I" is no speaker."""
    assert (
        quotes_found(
            _units(
                "Without notice, the terms are like saying “I'll mow your lawn, though I may raise the price.”"
            )
        )
        == []
    )
    italian = _units(
        "Comprare un ebook non significa possederlo, secondo le condizioni d'uso: “I diritti dell'utente cessano in caso di violazione, senza alcun rimborso”."
    )
    assert quotes_found(italian) == [
        "I diritti dell'utente cessano in caso di violazione, senza alcun rimborso"
    ]


# A quotation set off alone under a paragraph that names the document, or standing as its own sentence after
# one, reads as a clause with no binding word: six words or more, in no statement's voice, asking nothing.
READS_AS_CLAUSE = [
    (
        (
            "La plataforma Tribuna cambia sus términos y condiciones el mes próximo.",
            "“Podremos modificar el precio del abono con un aviso previo de 30 días.”",
            "Los suscriptores recibieron un correo el lunes.",
        ),
        ["Podremos modificar el precio del abono con un aviso previo de 30 días."],
    ),
    (
        (
            "Bloggers got an email from Newsly this week.",
            "The user agreement is eleven pages long. “Feeds that carry paid links leave the app within a day.”",
        ),
        ["Feeds that carry paid links leave the app within a day."],
    ),
    # A statement's voice, a paragraph before that names no document, a question, and too few words.
    (
        (
            "Haraka Credit changed its privacy policy in May.",
            "“We are committed to responsible lending and to every customer.”",
            "Borrowers were not convinced.",
        ),
        [],
    ),
    (
        (
            "Haraka Credit met borrowers in Nairobi on Friday.",
            "“Loans are reviewed by a person within two working days.”",
            "Borrowers were not convinced.",
        ),
        [],
    ),
    (
        (
            "Bloggers got an email from Newsly this week.",
            "The user agreement is eleven pages long. “Who decides which feed leaves the app first?”",
        ),
        [],
    ),
    (
        (
            "Newsly's terms reached bloggers by email this week.",
            "“Purely cosmetic changes.”",
            "Nobody agreed.",
        ),
        [],
    ),
    # The policy's own voice ("we will", "we do not") is a clause's, not a statement's.
    (
        (
            "Haraka Credit changed its privacy policy in May.",
            "“We will delete your loan records within 30 days of a request.”",
            "Borrowers were not convinced.",
        ),
        ["We will delete your loan records within 30 days of a request."],
    ),
    (
        (
            "Haraka Credit changed its privacy policy in May.",
            "“We do not sell loan records or repayment histories to lenders.”",
            "Borrowers were not convinced.",
        ),
        ["We do not sell loan records or repayment histories to lenders."],
    ),
    # Only the count of words decides: six read as a clause, five do not (MIN_CLAUSE_WORDS).
    (
        (
            "Newsly changed its user agreement this week.",
            "“Accounts close after one idle year.”",
            "Nobody agreed.",
        ),
        ["Accounts close after one idle year."],
    ),
    (
        (
            "Newsly changed its user agreement this week.",
            "“Accounts close after idle years.”",
            "Nobody agreed.",
        ),
        [],
    ),
    # Only the poster's voice decides: "je" is someone's own words (in_poster_voice).
    (
        (
            "Newsly changed its user agreement this week.",
            "“Je garde toutes mes photos sur mon disque chaque soir.”",
            "Nobody agreed.",
        ),
        [],
    ),
    # Told in the past: a story about the document, not its clause.
    (
        (
            "Bloggers got an email from Newsly this week.",
            "The user agreement is eleven pages long. “Nobody in our office had read a single page of it before signing.”",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), READS_AS_CLAUSE)
def test_a_quotation_that_reads_as_a_clause_after_the_documents_name(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


# Obligation grammar with no lead-in, on a page that names a document: the user by their role bound by a modal,
# "you are responsible", "the company reserves" (tos_quotes.toml wording-obligation-grammar).
OBLIGATION = [
    (
        (
            "FlexFit rewrote its membership terms in June.",
            "At the front desk, “members must scan a valid card before every class” is printed in bold.",
        ),
        ["members must scan a valid card before every class"],
    ),
    (
        (
            "FlexFit rewrote its membership terms in June.",
            "Regulars mock one line, “you authorise the club to charge your card each month”, on the club's forum.",
        ),
        ["you authorise the club to charge your card each month"],
    ),
    # The same grammar on a page that names no document, and from a speaker.
    (
        (
            "FlexFit opened two new clubs in June.",
            "At the front desk, “members must scan a valid card before every class” is printed in bold.",
        ),
        [],
    ),
    (
        (
            "FlexFit rewrote its membership terms in June.",
            "“Members must feel safe in every class,” the manager said.",
        ),
        [],
    ),
    # "the company may" in an analyst's mouth is news; only the defined term "the Company" keeps a power.
    (
        (
            "FlexFit rewrote its membership terms in June.",
            "Analysts were unimpressed. “The company may lose a lot of members over this, and it knows that.”",
        ),
        [],
    ),
    (
        (
            "FlexFit rewrote its membership terms in June.",
            "Regulars mock one line, “the Company may close any club without notice”, on the club's forum.",
        ),
        ["the Company may close any club without notice"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), OBLIGATION)
def test_obligation_grammar_binds_as_terms_do(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="FlexFit this summer")) == expected


def test_a_clause_under_a_bare_colon_in_a_paragraph_naming_the_document_needs_no_binding_word() -> None:
    """A paragraph that names the notice and ends on a bare colon, then a set-off sentence: the notice's own words;
    under a bare colon in a paragraph that names no document only a binding paragraph is a clause."""
    clause = "Halden Bank protects the privacy of every customer in every branch."
    named = (
        "Halden Bank updated its privacy notice in May. Customers noticed a change at once:",
        clause,
        "Then come the details.",
    )
    assert quotes_found(page_units(*named, title="Halden Bank")) == [clause]
    unnamed = (
        "Halden Bank updated its privacy notice in May.",
        "Customers noticed a change at once:",
        clause,
        "Then come the details.",
    )
    assert quotes_found(page_units(*unnamed, title="Halden Bank")) == []


# Someone who "had this to say" speaks for themselves; a document that has this to say is quoted; Japanese verbs of
# saying after a quotation (と説明, と回答) make it the speaker's.
HAD_THIS_TO_SAY = [
    (
        (
            "Pulse rewrote its membership terms in May.",
            "Pulse had this to say: “Members may not transfer a pass to another person.”",
        ),
        [],
    ),
    (
        (
            "Pulse rewrote its membership terms in May.",
            "On transfers, the membership agreement has this to say:",
            "“Passes are personal and cannot be sold or given away.”",
        ),
        ["Passes are personal and cannot be sold or given away."],
    ),
    (
        (
            "動画配信サービス「ミルモ」が利用規約を改定した。",
            "同社は「ユーザーは設定画面からいつでも配信履歴を削除できるものとします」と説明している。",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), HAD_THIS_TO_SAY)
def test_who_has_this_to_say(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Pulse and Milmo")) == expected


def test_a_changed_wording_told_with_no_document_as_its_subject() -> None:
    units = page_units(
        "Snapbook updated its privacy policy on Monday.",
        "What used to read “we never sell your data” now reads “we do not sell your data for money”.",
        title="Snapbook",
    )
    assert quotes_found(units) == ["we never sell your data", "we do not sell your data for money"]


# Korean and Turkish verbs of saying, and a chief executive or a statement named before the quotation.
KOREAN_TURKISH = [
    (
        "배달앱 한끼가 이용약관을 개정했다.",
        '김 대표는 "회사는 리뷰를 광고에 활용할 수 있다는 조항은 홍보에 한정된다"고 강조했다.',
    ),
    (
        "배달앱 한끼가 이용약관을 개정했다.",
        '한 점주는 "회원은 리뷰를 삭제할 수 없다는 조항이 문제"라고 주장했다.',
    ),
    (
        "Kareli'nin kullanım koşulları değişti.",
        "Şirketten yapılan açıklamada “Kullanıcı, içeriklerinin reklamda kullanılmasına izin verir ancak bu isteğe "
        "bağlıdır” denildi.",
    ),
]


@pytest.mark.parametrize("paragraphs", KOREAN_TURKISH)
def test_korean_and_turkish_speakers_keep_their_quotations(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title="한끼 / Kareli")) == []


# Future modals of "we" in Spanish, Portuguese, French and Italian bind as "we may" does: a numbered clause quoted
# with them is the terms', even on a page that names no document by name; a speaker's stays theirs.
FUTURE_MODALS = [
    (
        (
            "Tribuna avisó a sus suscriptores que cambia su contrato.",
            "La cláusula 14 dice: “Podremos modificar el precio del abono con un aviso previo de 30 días.”",
        ),
        ["Podremos modificar el precio del abono con un aviso previo de 30 días."],
    ),
    (
        (
            "Tribuna avisó a sus suscriptores que cambia su contrato.",
            "El director dijo: “Podremos bajar el precio del abono el año que viene.”",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FUTURE_MODALS)
def test_future_modals_of_we_bind(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Sube el abono de Tribuna")) == expected


def test_a_single_change_as_the_subject_hands_over_to_the_document() -> None:
    """ "The change adds “voice recordings” to the list": the change is the document's, like "the changes"."""
    units = page_units(
        "Snapbook updated its privacy policy on Monday.",
        "The change adds “voice recordings” to the list of data Snapbook collects.",
        title="Snapbook",
    )
    assert quotes_found(units) == ["voice recordings"]
    cause = page_units(
        "Snapbook updated its privacy policy on Monday.",
        "The change comes after months of complaints from drivers about “endless tracking on every shift”.",
        title="Snapbook",
    )
    assert quotes_found(cause) == []


# A clause begun outside the quotation marks ("Snapbook may", "users agree to") and ended inside them binds as a
# whole; not when someone says it, nor on a page that names no document, nor across a colon or a dash (the words
# before it are a heading or a speaker's, not the clause's beginning: tos_bound._CLAUSE_BREAK).
BEGUN_OUTSIDE = [
    (
        (
            "Snapbook updated its terms of service on Monday.",
            "Among the changes, Snapbook may now “retain deleted photos for up to a year”.",
        ),
        ["retain deleted photos for up to a year"],
    ),
    (
        (
            "Snapbook updated its terms of service on Monday.",
            "Since Monday, riders must “carry a helmet bought from the app's own shop”, which angered many.",
        ),
        ["carry a helmet bought from the app's own shop"],
    ),
    (
        (
            "Snapbook updated its terms of service on Monday.",
            "A spokesperson said Snapbook may “revisit the photo rules after the summer”.",
        ),
        [],
    ),
    (
        (
            "Snapbook opened an office in Lagos.",
            "Next year Snapbook may “hire two hundred engineers in the city”.",
        ),
        [],
    ),
    (
        (
            "Snapbook updated its terms of service on Monday.",
            "At the depot the mood was grim. Drivers must: “stop the app from tracking us at home”, a sign read.",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), BEGUN_OUTSIDE)
def test_a_clause_begun_outside_the_quotation_marks(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Snapbook this week")) == expected


def test_a_pronoun_aside_goes_on_with_the_document_named_before() -> None:
    """ "Backups, it says, are kept “…”": the aside's pronoun is the terms named in the sentence before; a
    spokesperson's aside stays theirs."""
    units = page_units(
        "Snapbook updated its terms of service on Monday.",
        "The terms are long. Backups, it says, are kept “for a reasonable period after deletion”.",
        title="Snapbook",
    )
    assert quotes_found(units) == ["for a reasonable period after deletion"]
    spoken = page_units(
        "Snapbook updated its terms of service on Monday.",
        "Backups, a spokesperson says, are kept “for a reasonable period after deletion”.",
        title="Snapbook",
    )
    assert quotes_found(spoken) == []


def test_a_headline_quoting_a_binding_clause_with_no_lead_in() -> None:
    """A title quotes a clause that binds as terms do on a page naming the terms: the terms' wording; a chief's
    words in a title, and the same title on a page that names no document, are not."""
    body = ("Snapbook updated its terms of service on Monday.", "Riders were not told.")
    title = "Anger over “you waive any claim against Snapbook” line"
    assert quotes_found(page_units(*body, title=title)) == ["you waive any claim against Snapbook"]
    assert quotes_found(page_units(*body, title="“You may see changes soon”, Snapbook chief says")) == []
    unnamed = ("Snapbook opened an office in Lagos.", "Riders were not told.")
    assert quotes_found(page_units(*unnamed, title=title)) == []


def test_a_headline_speaker_before_a_colon_keeps_the_quotation() -> None:
    """ "Senator: users must “…”": the words before the quotation are the senator's, not a clause's beginning;
    a headline head that names the document is no speaker."""
    body = ("Senator Ann Hale attacked Snapbook's terms of service on Monday.", "Riders were not told.")
    title = "Senator: users must “take back control” of their data"
    assert quotes_found(page_units(*body, title=title)) == []
    named = "Snapbook terms of service: users must “hand over every photo” they post"
    assert quotes_found(page_units(*body, title=named)) == ["hand over every photo"]


def test_that_once_read_points_to_the_document_only_after_its_noun() -> None:
    """ "the sign that once read “…”" is a sign; "the clause that once read “…”" is the document's."""
    body = "Snapbook updated its privacy policy in May."
    sign = "In the town centre, the sign that once read “Cash only, no cards please” now reads “Cards only”."
    assert quotes_found(page_units(body, sign, title="Snapbook")) == []
    clause = "The clause that once read “we never sell your data” now reads “we may share your data”."
    assert quotes_found(page_units(body, clause, title="Snapbook")) == [
        "we never sell your data",
        "we may share your data",
    ]


def test_a_screens_label_or_a_numbered_part_is_no_first_person() -> None:
    """ "the My Account page" is a label and "Exhibit I" a numbered part: the clause is still the terms'."""
    body = ("Snapbook changed its terms of service.",)
    label = "The terms of service say: “You may close your account at any time from the My Account page.”"
    assert quotes_found(page_units(*body, label, title="Snapbook")) == [
        "You may close your account at any time from the My Account page."
    ]
    part = "The terms of service say: “Fees are set out in Exhibit I and may change with notice.”"
    assert quotes_found(page_units(*body, part, title="Snapbook")) == [
        "Fees are set out in Exhibit I and may change with notice."
    ]
    own = "The terms of service say nothing of it. “I agree to everything without reading it,” she said."
    assert quotes_found(page_units(*body, own, title="Snapbook")) == []


BACK_POINTING = [
    "That is what the chief executive told reporters on Monday.",
    "C'est ce qu'a annoncé la directrice générale lundi.",
    "So sagte es die Chefin am Montag vor Journalisten.",
    "La direttrice ha detto così ai giornalisti lunedì.",
]


@pytest.mark.parametrize("follow", BACK_POINTING)
def test_attribution_pointing_back_gives_a_set_off_quotation_to_its_speaker(follow: str) -> None:
    """A set-off quotation under a paragraph naming the document is someone's when the next paragraph points back
    at it ("That is what the chief said"); with a paragraph after that gives it to nobody, it reads as a clause."""
    lead = "Velomix published new terms of service this week."
    quoted = "“Subscribers get thirty more free minutes on every ride from June onwards.”"
    assert quotes_found(page_units(lead, quoted, follow, title="Velomix")) == []
    assert quotes_found(page_units(lead, quoted, "Riders were pleased.", title="Velomix")) == [
        "Subscribers get thirty more free minutes on every ride from June onwards."
    ]
