"""ToS recall, session 34 (tosrec19): three families of real pages whose quoted terms were lost.

- Korean sets its words apart with spaces: a Hangul heading between a lead-in and the clause under it was counted at
  one word for every two characters, read as too long for a heading, and the clause under it was lost.
- A French lead that reads "there" ("On y lit désormais que « … »", "« … », peut-on y lire") points back to the page's
  document even when the writer named it paragraphs before, as long as nothing named since is something else one
  reads in (a report, a blog, a forum).
- A page under a heading that is a document's name, whose first paragraph tells who changed the document ("These
  terms of service, which the company rewrote in May, …"), is an article about it, not the document itself.
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
