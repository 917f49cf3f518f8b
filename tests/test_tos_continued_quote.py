"""A quotation that goes on with the document's quotation just before it, with no new speaker (tos_continued): in the
next sentence ("The agreement also says …", "Weiter heißt es, …", "La nueva dice que …", "Cette licence « … »",
"Now, it says that …", "It can also “…”", also past a sentence of the writer's with nobody speaking in it), later in the same sentence ("…, and says some of it may go to “…”"), or opening the next
paragraph ("“…,” it adds, “…”", "“…,” says another.", "더욱이 “…”고 규정했다."). Real news on new terms and policies
writes it so (tos-real-styles-2, 5, 15, 16, 17, 22 and 26 follow such pages); GUIDELINES.md: a quotation that
continues an attributed terms quote with no new speaker inherits the attribution. A spokesperson, critics, the company
itself, a speaker after the verb or after the quotation keep the later one theirs. Every text here is written for the
test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Lumo rewrites its small print"
BANK = (
    "Corvel Bank has sent customers its new terms. Under the agreement, the bank may “charge a monthly fee on accounts "
    "below the minimum balance”. "
)
FEE = "charge a monthly fee on accounts below the minimum balance"
STREAM = (
    "Lumo hat seine Nutzungsbedingungen überarbeitet. Künftig dürfe der Dienst „Werbung in geteilten Playlists "
    "einblenden“, heißt es dort. "
)
PLAYLISTS = "Werbung in geteilten Playlists einblenden"
LICENCE = (
    "Lumo a modifié ses conditions d'utilisation. Les conditions prévoient que l'utilisateur accorde à la plateforme "
    "« une licence gratuite et mondiale sur les photos qu'il publie ». "
)
GRANT = "une licence gratuite et mondiale sur les photos qu'il publie"
VOICE = "Lumo updated its privacy policy in June. It says the app will “erase voice recordings after 14 days”.\n\n"
SHOP = (
    "Shoppers were angry after a blogger posted parts of Lumo's privacy policy.\n\n\"We may use your delivery address "
    'to show you offers from nearby shops," reads clause 4.1 of the policy.\n\n'
)
OFFERS = "We may use your delivery address to show you offers from nearby shops,"
PASSWORDS = "Under the new terms, Lumo can “suspend accounts that share passwords outside the household”. "
HOUSEHOLD = "suspend accounts that share passwords outside the household"
KOREAN_TITLE = "모아톡 약관, 게시물 권리 논란"
KOREAN = (
    "모아톡은 이용약관에서 “회원은 모아톡이 회원의 게시물을 제휴사에 제공하여 홍보에 쓸 수 있는 권리를 부여한다”고 "
    "명시하고 있다.\n\n"
)
POSTS = "회원은 모아톡이 회원의 게시물을 제휴사에 제공하여 홍보에 쓸 수 있는 권리를 부여한다"


@pytest.mark.parametrize(("title", "body", "found"), [
    # The document named again, with an adverb of going on.
    (TITLE, BANK + "The agreement also says paper statements “will only be sent on request and for a fee”.",
     [FEE, "will only be sent on request and for a fee"]),
    # No subject: the German impersonal verb goes on.
    (TITLE, STREAM + "Weiter heißt es, Nutzer müssten „Änderungen des Abopreises mit einer Frist von vier Wochen "
     "akzeptieren“.",
     [PLAYLISTS, "Änderungen des Abopreises mit einer Frist von vier Wochen akzeptieren"]),
    # The new version by its adjective after the old one.
    (TITLE, "Lumo cambió sus términos de servicio. La versión anterior decía que la app guardaba los mensajes «durante "
     "treinta días como máximo». La nueva dice que puede guardarlos «mientras la cuenta siga activa y un año después».",
     ["durante treinta días como máximo", "mientras la cuenta siga activa y un año después"]),
    # A word of the quotation before, picked up by a demonstrative: the next quotation is its predicate.
    (TITLE, LICENCE + "Cette licence « cesse lorsque vous supprimez la photo ou votre compte », sauf partage.",
     [GRANT, "cesse lorsque vous supprimez la photo ou votre compte"]),
    # The first quotation closed its sentence inside its marks; "Now, it" goes on.
    (TITLE, "Lumo changed its membership agreement. The agreement previously said that “members may cancel at any time "
     "by email.” Now, it says that members “must give sixty days' notice in writing before cancelling.”",
     ["members may cancel at any time by email.", "must give sixty days' notice in writing before cancelling."]),
    # The same sentence goes on with "and says".
    (TITLE, "Lumo's updated privacy policy lists “voice recordings” and “purchase history” among the data it keeps, "
     "and says some of it may be shared with “selected marketing partners”.",
     ["voice recordings", "purchase history", "selected marketing partners"]),
    # The next paragraph opens on the document's quotation, split by "it adds".
    (TITLE, VOICE + "“Transcripts of those recordings may be kept for up to a year,” it adds, “and used to improve our "
     "speech models.”",
     ["erase voice recordings after 14 days", "Transcripts of those recordings may be kept for up to a year,",
      "and used to improve our speech models."]),
    # "says another": another clause of the same document.
    (TITLE, SHOP + "\"You agree that we may call you about offers even after you close your account,\" says another.",
     [OFFERS, "You agree that we may call you about offers even after you close your account,"]),
    # Korean: "더욱이" (what is more) and the document's verb after the quotation, with no subject.
    (KOREAN_TITLE, KOREAN + "더욱이 “모아톡과 제휴사는 회원에게 대가를 지급하지 않고 게시물을 사용할 수 있다”고 규정했다.",
     [POSTS, "모아톡과 제휴사는 회원에게 대가를 지급하지 않고 게시물을 사용할 수 있다"]),
    # A quotation split by an inverted verb and the document with its owner.
    (TITLE, "«Podremos mostrar tus listas de reproducción a otros usuarios», señalan las nuevas condiciones de uso de "
     "Lumo, «salvo que las marques como privadas».",
     ["Podremos mostrar tus listas de reproducción a otros usuarios", "salvo que las marques como privadas"]),
    # A sentence of the writer's between, with nobody speaking in it.
    (TITLE, STREAM + "Die Änderung gilt ab Mai. Weiter heißt es, Nutzer müssten „Preisänderungen mit einer Frist von "
     "vier Wochen hinnehmen“.",
     [PLAYLISTS, "Preisänderungen mit einer Frist von vier Wochen hinnehmen"]),
    # The same subject goes on with a modal, the quotation its verb phrase.
    (TITLE, PASSWORDS + "It can also “charge a fee for each extra viewer”.", [HOUSEHOLD, "charge a fee for each extra viewer"]),
    (TITLE, "Selon les nouvelles conditions, Lumo peut « suspendre les comptes partagés hors du foyer ». Elle peut aussi "
     "« facturer chaque spectateur supplémentaire ».",
     ["suspendre les comptes partagés hors du foyer", "facturer chaque spectateur supplémentaire"]),
])  # fmt: skip
def test_a_quotation_that_goes_on_with_the_document_s_is_the_document_s(
    title: str, body: str, found: list[str]
) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body", "found"), [
    # Someone else is the subject of the next sentence's verb.
    (TITLE, BANK + "A spokesperson also said the bank “wants to keep fees low for most customers”.", [FEE]),
    (TITLE, BANK + "Critics also say the fee “hits the poorest customers hardest”.", [FEE]),
    (TITLE, BANK + "The bank also said it would “review the fee after a year”.", [FEE]),
    # A speaker after the verb: "Weiter sagte …".
    (TITLE, STREAM + "Weiter sagte Verbraucherschützerin Anna Berg, Nutzer müssten „sich genau überlegen, ob sie "
     "bleiben“.", [PLAYLISTS]),
    # The next paragraph's quotation is a spokesperson's, or another critic's.
    (TITLE, VOICE + "“We have never sold a single recording,” a spokesperson adds.",
     ["erase voice recordings after 14 days"]),
    (TITLE, SHOP + "\"This is a land grab dressed up as convenience,\" says another critic.", [OFFERS]),
    # A demonstrative before a word the quotation before does not hold, and a lawyer after it.
    (TITLE, LICENCE + "Cette décision « est une très mauvaise nouvelle pour les photographes », estime un avocat.",
     [GRANT]),
    # Someone named takes the floor in the same sentence.
    (TITLE, "Lumo's updated privacy policy lists “voice recordings” among the data it keeps, and Ana Ruiz says that is "
     "“far more than a music app should ever need”.", ["voice recordings"]),
    # Korean: a lawyer, or the company itself, says the next one.
    (KOREAN_TITLE, KOREAN + "이어 한 변호사는 “이용자에게 지나치게 불리한 조항”이라고 말했다.", [POSTS]),
    (KOREAN_TITLE, KOREAN + "더욱이 회사 측은 “게시물을 판매한 적은 한 번도 없다”고 밝혔다.", [POSTS]),
    # A sentence between: a pronoun after it may stand for what it speaks of, and a speaker in it takes the floor.
    (TITLE, VOICE.strip() + " Users were not told about the change. They also say the app “keeps asking for the "
     "microphone at night”.", ["erase voice recordings after 14 days"]),
    (TITLE, STREAM + "Ein Sprecher sagte, das sei üblich. Weiter heißt es, Nutzer müssten „sich daran gewöhnen“.",
     [PLAYLISTS]),
    # Someone else can, or a parent says what it can be.
    (TITLE, PASSWORDS + "Critics can also “complain to the regulator about the change”.", [HOUSEHOLD]),
    (TITLE, PASSWORDS + "It can also be “a nightmare for families with teenagers”, says one parent.", [HOUSEHOLD]),
    # The second piece of a split quotation is a lawyer's, whatever her verb.
    (TITLE, "«Podremos mostrar tus listas de reproducción a otros usuarios», señalan las nuevas condiciones de uso de "
     "Lumo, «lo que preocupa a muchos padres», dice una abogada.",
     ["Podremos mostrar tus listas de reproducción a otros usuarios"]),
])  # fmt: skip
def test_a_quotation_someone_else_takes_after_the_document_s_stays_theirs(
    title: str, body: str, found: list[str]
) -> None:
    assert article_quotes(title, body) == found
