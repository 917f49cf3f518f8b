"""ToS recall, session 34 (tosrec19): three families of real pages whose quoted terms were lost.

- Korean sets its words apart with spaces: a Hangul heading between a lead-in and the clause under it was counted at
  one word for every two characters, read as too long for a heading, and the clause under it was lost.
- A French lead that reads "there" ("On y lit désormais que « … »", "« … », peut-on y lire") points back to the page's
  document even when the writer named it paragraphs before, as long as nothing named since is something else one
  reads in (a report, a blog, a forum).
- A page under a heading that is a document's name, whose first paragraph tells who changed the document ("These
  terms of service, which the company rewrote in May, …"), is an article about it, not the document itself.
- A writer's note in brackets after a lead-in's colon ("such as Quillo's terms: (emphasis mine)") hid the colon.
- A blog that sets each line of a quoted clause in its own paragraph wraps one sentence over several: a Japanese line
  that stops on "、" goes on in the next.
- A full-width colon after a document's name ("・プライバシーポリシー：「…」と明文化された") hands over as ":" does, and
  so do the leader dots a Japanese list item sets after its label ("・プライバシーポリシー・・・「…」").
- A colon a few words after a pronoun that stands for the document hands over as one after its name does ("The new
  provisions sit in chapter VI. They open innocuously: the provider “may …”").
- Indonesian names a policy by its old or new version ("Versi lama kebijakan menyebut …", "Versi baru berbunyi:").
- A relative clause of attribution after the document ("the privacy policy, under which the bank could …", "según la
  cual", "selon laquelle", "wonach") gives the quotation in it to the document.
- An aside between commas right after the document's owner ("The privacy policy for Hulu, a video service with 9
  million subscribers, says …") no longer keeps the document from its verb.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.detectors.own_document import is_own_document
from annotations.detectors.tos_blocks import words
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


KOREAN_CLAUSE = (
    "회사는 서비스 개선과 인공지능 모델 학습을 위해 회원이 게시한 콘텐츠를 무상으로 이용할 수 있습니다."
)


def test_hangul_words_are_counted_by_their_spaces() -> None:
    assert words("회원 게시물의 이용 허락") == 4
    assert words("利用規約の変更について") == 5  # Japanese: still one word for every two characters


KOREAN = [
    (
        "오픈채팅, 새 이용약관 공개\n\n오픈채팅이 다음 달부터 적용되는 새 이용약관을 공개했다. 새로 들어간 조항은 다음과 "
        f"같다:\n\n제12조 회원 게시물의 이용 허락 및 인공지능 학습\n\n{KOREAN_CLAUSE}\n\n이용자 단체는 즉각 반발했다.",
        [KOREAN_CLAUSE],
    ),
    (
        # A page about no document: a programme under a heading, not a clause.
        "동네 축제 안내\n\n올해 축제 일정이 나왔다. 주요 행사는 다음과 같다:\n\n제3회 주민 노래자랑 및 먹거리 장터\n\n"
        "주민 누구나 참가할 수 있으며 상품은 구청이 마련합니다.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), KOREAN)
def test_a_hangul_heading_over_a_clause(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


_LUMIO_TOP = (
    "Lumio change ses règles du jeu\n\nLe service de partage de photos Lumio a publié lundi une nouvelle version de ses "
    "conditions générales.\n\nL'entreprise, fondée à Lyon en 2015, revendique douze millions d'utilisateurs. Elle avait "
    "déjà été critiquée l'an dernier pour sa gestion des données.\n\n"
)
_CLAUSE_FR = "Lumio peut utiliser les images publiques pour entraîner ses modèles"

FRENCH_THERE = [
    (_LUMIO_TOP + f"On y lit désormais que « {_CLAUSE_FR} ».", [_CLAUSE_FR]),
    (_LUMIO_TOP + f"Il y est désormais écrit : « {_CLAUSE_FR} ».", [_CLAUSE_FR]),
    (_LUMIO_TOP + f"« {_CLAUSE_FR} », peut-on y lire.", [_CLAUSE_FR]),
    (_LUMIO_TOP + f"Désormais, on peut y lire :\n\n« {_CLAUSE_FR}. »", [_CLAUSE_FR + "."]),
    # Something else one reads in, named since: the forum's words.
    (
        "Lumio change ses règles du jeu\n\nLe service de partage de photos Lumio a publié lundi une nouvelle version de "
        "ses conditions générales.\n\nNous avons aussi consulté le forum des utilisateurs, très actif depuis lundi. Les "
        "messages s'y accumulent.\n\nOn peut y lire : « je supprime mon compte ce soir ».",
        [],
    ),
    # A page that names no document at its top: the "y" has nothing to point back to.
    (
        "Lyon, ville des lumières\n\nLa fête a lieu chaque année en décembre.\n\nLes habitants posent des bougies sur "
        "leurs fenêtres. Les touristes viennent en nombre.\n\nOn peut y lire : « merci Marie » sur de nombreuses façades.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), FRENCH_THERE)
def test_a_french_there_lead_points_back_to_the_page_document(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


OWN_DOCUMENT = [
    (
        "Terms of Service\n\nThese terms of service, which the company rewrote in May, now run to eleven pages and say "
        "far more than before. The new version states: “We may use your uploads to train our recommendation models.”"
        "\n\nUsers have complained on the forum about the change.",
        False,
        ["We may use your uploads to train our recommendation models."],
    ),
    (
        "Conditions générales\n\nCes conditions générales, que la plateforme a modifiées en mai, font désormais onze pages "
        "et vont bien plus loin qu'avant.\n\nLa nouvelle version indique : « Nous pouvons utiliser vos photos pour "
        "entraîner nos modèles. »",
        False,
        ["Nous pouvons utiliser vos photos pour entraîner nos modèles."],
    ),
    # The document itself: "which we may update", "die im Mai zuletzt geändert wurden".
    (
        "Terms of Service\n\nThese Terms of Service, which we may update from time to time, govern your use of the "
        "Quillo app and website.\n\n1. Your account. You must be at least 16 years old to use Quillo.",
        True,
        [],
    ),
    (
        "Allgemeine Geschäftsbedingungen\n\nDiese AGB, die im Mai zuletzt geändert wurden, gelten für alle Verträge "
        "zwischen der Quillo GmbH und ihren Kunden.\n\n§ 2 Vertragsschluss. Der Vertrag kommt mit der Bestätigung "
        "zustande.",
        True,
        [],
    ),
]


@pytest.mark.parametrize(("text", "own", "quotes"), OWN_DOCUMENT)
def test_a_page_that_tells_who_changed_the_document_is_about_it(
    text: str, own: bool, quotes: list[str]
) -> None:
    assert is_own_document(parse_text(text).units()) is own
    assert _quotes(text) == quotes


_FINE_PRINT = (
    "By posting photos to the app, you grant Quillo a perpetual, worldwide and royalty-free licence to copy, edit and "
    "sell them."
)
_SIE = (
    "Sie räumen uns ein zeitlich unbeschränktes und kostenloses Recht ein, Ihre Fotos für das Training unserer "
    "Modelle zu nutzen."
)

LEAD_ASIDES = [
    (
        "Reading the fine print\n\nSome people went digging into the terms you click past without reading.\n\nThe blog "
        f"found a few more, such as Quillo's terms: (emphasis mine)\n\n{_FINE_PRINT}\n\nThat is a lot to give away.",
        [_FINE_PRINT],
    ),
    (
        "Quillo ändert die AGB\n\nQuillo hat seine Nutzungsbedingungen geändert. Der neue Absatz lautet: (Hervorhebung "
        f"durch mich)\n\n{_SIE}\n\nViele Nutzer sind verärgert.",
        [_SIE],
    ),
    # The colon hands over to a spokesperson: the note changes nothing.
    (
        "Quillo defends the change\n\nQuillo changed its terms of service on Monday. Asked about the backlash, the "
        "company's spokesperson said: (translation ours)\n\nWe have always respected our users and we will keep doing "
        "so in the future.\n\nUsers were not convinced.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), LEAD_ASIDES)
def test_a_writers_note_after_the_colon_of_a_lead_in(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


_KIRARI = "キラリ、利用規約を改定\n\n写真共有アプリのキラリが利用規約を改定した。\n\n以下、改定された利用規約の該当部分を引用します。\n\n"

WRAPPED = [
    (
        _KIRARI
        + "ユーザーはサービスに投稿した写真について、\n\n当社がAIモデルの学習を含むあらゆる目的で、\n\n"
        "無償で利用できることに同意します。\n\n利用者からは反発の声が上がっている。",
        [
            "ユーザーはサービスに投稿した写真について、",
            "当社がAIモデルの学習を含むあらゆる目的で、",
            "無償で利用できることに同意します。",
        ],
    ),
    # A clause that ends its sentence: the writer's paragraph after it stays the writer's.
    (
        _KIRARI
        + "当社はユーザーが投稿した写真を無償で利用できるものとします。\n\n利用者からは反発の声が上がっている。",
        ["当社はユーザーが投稿した写真を無償で利用できるものとします。"],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), WRAPPED)
def test_a_clause_wrapped_over_paragraphs(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


def test_a_full_width_colon_after_the_document_hands_over() -> None:
    text = (
        "キラリの規約改定メモ\n\n今回の改定で、それぞれ以下の内容が明文化された。\n\n・プライバシーポリシー：「ユーザーが拒否しない"
        "限り、提携先が写真を使ってAIモデルを訓練することを認める」と明文化された。\n\n・広報担当者：「ユーザーの皆さまの不安には丁寧に"
        "説明していきたい」と話した。"
    )
    assert _quotes(text) == ["ユーザーが拒否しない限り、提携先が写真を使ってAIモデルを訓練することを認める"]


PRONOUN_COLON = [
    (
        "Mailbox and AI\n\nThe emailing service is changing its terms again. The new provisions sit in chapter VI, "
        "point 30. They open innocuously: the provider “may offer AI tools to help you prepare your campaigns”.",
        ["may offer AI tools to help you prepare your campaigns"],
    ),
    (
        "Mailbox et l’IA\n\nLe service d’e-mailing modifie encore ses conditions générales. Les nouvelles dispositions "
        "figurent au chapitre VI, point 30. Elles s’ouvrent de manière anodine : le prestataire « peut proposer des "
        "outils d’IA pour vous aider à préparer vos campagnes ».",
        ["peut proposer des outils d’IA pour vous aider à préparer vos campagnes"],
    ),
    # "They" are the users who read the terms: their words.
    (
        "Quillo changes its terms\n\nMany users read the new terms of service this week. They were furious: “This is "
        "plain theft of our photos.”",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), PRONOUN_COLON)
def test_a_colon_after_a_pronoun_for_the_document(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


INDONESIAN_VERSIONS = [
    (
        "Ketentuan Aplikasi diperbarui\n\nPerubahan terbesar ada pada kejelasan. Versi lama kebijakan menyebut Aplikasi "
        'dapat "memperkirakan lokasi Anda dari kartu SIM dan alamat IP". Versi baru berbunyi: "kami dapat mengumpulkan '
        'lokasi yang tepat kecuali Anda menonaktifkannya".',
        [
            "memperkirakan lokasi Anda dari kartu SIM dan alamat IP",
            "kami dapat mengumpulkan lokasi yang tepat kecuali Anda menonaktifkannya",
        ],
    ),
    # A government's policy in a new version: no company's document.
    (
        "Subsidi BBM diubah\n\nPemerintah mengubah aturan subsidi. Versi baru kebijakan pemerintah berbunyi: "
        '"subsidi hanya untuk kendaraan umum dan angkutan barang".',
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), INDONESIAN_VERSIONS)
def test_an_indonesian_policy_by_its_version(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


ATTRIBUTING_RELATIVES = [
    (
        "La Audiencia anula las multas\n\nLa AEPD había sancionado a la entidad con 2.000.000 euros. Su resolución citaba "
        "la política de privacidad, según la cual el banco podía tratar los datos “para ofrecerle productos de terceros "
        "que puedan resultarle de interés, salvo que usted se oponga”.",
        ["para ofrecerle productos de terceros que puedan resultarle de interés, salvo que usted se oponga"],
    ),
    (
        "Court voids bank fines\n\nThe regulator had fined the bank. Its decision cited the privacy policy, under which "
        "the bank could process data “to offer you third-party products that may interest you, unless you object”.",
        ["to offer you third-party products that may interest you, unless you object"],
    ),
    # Someone else speaks inside the relative clause: the critics' words.
    (
        "Court voids bank fines\n\nThe regulator had fined the bank. Its decision cited the privacy policy, under which, "
        "critics say, the bank “could do anything it liked with your data”.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), ATTRIBUTING_RELATIVES)
def test_a_relative_clause_of_attribution_after_the_document(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


OWNER_ASIDES = [
    (
        "Escape hatches\n\nThe privacy policy for Quillo, a video-streaming service with about 9 million "
        'subscribers, says the company "respects your privacy."',
        ["respects your privacy."],
    ),
    # The aside gives the floor to critics: their reading.
    ("Quillo and its terms\n\nThe terms of Quillo, critics say, let it “use your photos in ads”.", []),
]


@pytest.mark.parametrize(("text", "quotes"), OWNER_ASIDES)
def test_an_aside_after_the_documents_owner(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


def test_leader_dots_after_the_document_hand_over() -> None:
    text = (
        "キラリの規約改定メモ\n\n今回の改定で、それぞれ以下の内容が明文化された。\n\n・プライバシーポリシー・・・「ユーザーが拒否"
        "しない限り、提携先が写真を使ってAIモデルを訓練することを認める」と明文化された。\n\n・広報担当者・・・「ユーザーの皆さまの"
        "不安には丁寧に説明していきたい」と話した。"
    )
    assert _quotes(text) == ["ユーザーが拒否しない限り、提携先が写真を使ってAIモデルを訓練することを認める"]
