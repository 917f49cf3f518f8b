"""Quotations that are someone else's beside a terms document (tosprec19): a message on screen that reads them, the
writer's translation, a claim made under the document, an app store's data-safety label, a post under its header,
and the writer's advice in "you" after a set-off clause. Each family's rows fail before the fix; the positive rows
keep the document's own wording."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_ACCEPT_ES = "Al seguir usando Plinko aceptas las nuevas condiciones y la política de datos"
_SHARE = "We may share your contact list with our partners."

MESSAGE_ROWS = [
    # Spanish, the shape of perfil.com's page: a notice users ran into, no document's wording.
    (f"Cualquiera que abrió Plinko esta semana se encontró con un aviso que decía: “{_ACCEPT_ES}”.", []),
    (f"Con la nueva política de privacidad, aparece una notificación que dice “{_ACCEPT_ES}”.", []),
    (
        "Com os novos termos, aparece um aviso que diz “Ao continuar, você aceita as novas regras do Plinko”.",
        [],
    ),
    (
        "Après la mise à jour des CGU, un message s'affiche qui indique « En continuant, vous acceptez les "
        "nouvelles règles de Plinko ».",
        [],
    ),
    (
        "Après la mise à jour des CGU, une fenêtre s'affiche : « Acceptez les nouvelles règles pour continuer ».",
        [],
    ),
    ("Mit den neuen AGB erscheint ein Hinweis: „Bitte stimmen Sie den neuen Regeln von Plinko zu.“", []),
    ("Zu den neuen AGB kam eine Meldung, in der es heißt: „Bitte stimmen Sie den neuen Regeln zu.“", []),
    (
        "After the privacy policy change, Plinko users got a message saying “By continuing you accept the "
        "updated rules”.",
        [],
    ),
    ("After the privacy policy change, a banner appeared: “By continuing you accept the updated rules”.", []),
    # The document's own wording stays: a clause, a notice the policy holds, a German Hinweis in the terms.
    (f"The new terms of service contain a clause that says “{_SHARE}”", [_SHARE]),
    (f"The privacy policy includes a notice: “{_SHARE}”", [_SHARE]),
    (
        "Die AGB enthalten einen Hinweis: „Wir dürfen Ihre Kontakte an Partner weitergeben.“",
        ["Wir dürfen Ihre Kontakte an Partner weitergeben."],
    ),
    (
        "Las nuevas condiciones incluyen un aviso: “podremos compartir tus contactos con socios”.",
        ["podremos compartir tus contactos con socios"],
    ),
]

TRANSLATION_ROWS = [
    (
        "Plinko's terms include this clause: “Le service peut être coupé à tout moment.”\n\n"
        "Translation: “The service can be cut off at any time.”",
        ["Le service peut être coupé à tout moment."],
    ),
    (
        "Les CGU de Plinko précisent : « Nous pouvons fermer votre compte sans préavis. » (My translation: “We can "
        "close your account without notice.”)",
        ["Nous pouvons fermer votre compte sans préavis."],
    ),
    (
        "In English, the terms say: “We can close your account without notice.”",
        ["We can close your account without notice."],
    ),
]

CLAIM_ROWS = [
    (
        "The court read the lender's privacy policy, under which the lender claimed it could “pass repayment "
        "records to any affiliate”.",
        [],
    ),
    (
        "Das Gericht prüfte die AGB, wonach die Bank behauptete, sie dürfe „Konten jederzeit sperren“.",
        [],
    ),
    (
        "The court read the lender's privacy policy, under which the lender could “pass repayment records to any "
        "affiliate”.",
        ["pass repayment records to any affiliate"],
    ),
]

STORE_LABEL_ROWS = [
    (
        "Plinko's privacy policy says it may collect your location. On its store listing, the data safety section "
        "states “No data shared with third parties” and “Data is encrypted in transit”.",
        [],
    ),
    (
        "Plinko's privacy policy is long. The data sharing section states “We may share your location with "
        "partners”.",
        ["We may share your location with partners"],
    ),
]

POST_ROWS = [
    (
        "Posted by kiwi_77 in thread “New Plinko terms”:\n\n"
        "The terms say you give them a licence forever. I am not okay with that.",
        [],
    ),
    (
        "The new Plinko terms are out. From Reddit:\n\nYou hand them a licence to all you upload. Not okay.",
        [],
    ),
    (
        "The new Plinko terms say:\n\nYou grant Plinko a licence to everything you upload.",
        ["You grant Plinko a licence to everything you upload."],
    ),
]

ADVICE_ROWS = [
    (
        "The new Plinko terms of service include this passage:\n\n"
        "We may close your account at any time, for any reason, without notice.\n\n"
        "If that happens, you should save your files right away and keep copies of your posts.",
        ["We may close your account at any time, for any reason, without notice."],
    ),
    (
        "Plinko's privacy policy says:\n\nWe collect your precise location when the app is open.\n\n"
        "You can switch this off in your phone's settings, and you probably should.",
        ["We collect your precise location when the app is open."],
    ),
    (
        "The new Plinko terms of service include this passage:\n\n"
        "We may close your account at any time, for any reason, without notice.\n\n"
        "You may appeal a closure by writing to us within 30 days.",
        [
            "We may close your account at any time, for any reason, without notice.",
            "You may appeal a closure by writing to us within 30 days.",
        ],
    ),
]


BUTTON_ROWS = [
    ("Under Plinko's new terms, tap “Accept” to keep using the app, or “Not now” to decide later.", []),
    (
        "Click “Agree” and Plinko's terms let it “use your photos in ads” or “share them with partners”.",
        ["use your photos in ads", "share them with partners"],
    ),
]


SET_OFF_ROWS = [
    # After a colon in the writer's sentence, only a stretch that binds or speaks as terms do.
    ("Plinko's privacy policy has a problem: nobody can tell how long data is kept.", []),
    ("Plinko's privacy policy lists the data collected: names, email addresses, location and contacts.", []),
    (
        "From Plinko's privacy policy: We share your information with our affiliates.",
        ["We share your information with our affiliates"],
    ),
    # A clause list's next item goes on with it, but not the writer's remark set as an item.
    (
        "The new Plinko terms of service say:\n\n- We may share your data with partners.\n"
        "- We may keep your data for five years.\n- Honestly, this is the worst part of the whole thing.",
        ["We may share your data with partners.", "We may keep your data for five years."],
    ),
    # A forum's numbered rules in its admin's "I" stay the rules (a saved page of own35's).
    (
        "From the forum TOS...\n\n2. Any attempt to argue with moderators in public will get you removed. If you "
        "have a complaint I suggest you message staff.\n\n3. Staff may close any thread at any time.",
        [
            "Any attempt to argue with moderators in public will get you removed. If you have a complaint I suggest "
            "you message staff.",
            "Staff may close any thread at any time.",
        ],
    ),
    # Under a lead-in, a paragraph in a poster's "I" is the poster's.
    (
        "Plinko's new terms of service read:\n\nI went through all of it twice and I still cannot see what changed.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "quotes"),
    MESSAGE_ROWS
    + TRANSLATION_ROWS
    + CLAIM_ROWS
    + STORE_LABEL_ROWS
    + POST_ROWS
    + ADVICE_ROWS
    + BUTTON_ROWS
    + SET_OFF_ROWS,
)
def test_someone_elses_words_beside_the_terms(body: str, quotes: list[str]) -> None:
    assert article_quotes("Plinko and its terms", body) == quotes
