"""Whose words a quotation near a terms document is when a message or a court stands before it: an emailed
newsletter or an in-app notification that speaks with the document named between it and its verb, a tribunal or a
watchdog on the document (GUIDELINES: emails, in-app notices and court text are no terms)."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Lumo changes its privacy policy"


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        # A message whose topic or link is the document, then its verb: the message's words.
        ("The newsletter about the updated privacy policy said: “nothing changes for you.”", []),
        ("A notification links to the updated privacy policy and says: “nothing changes for you.”", []),
        # A notice sent about changes to the document, in Portuguese, Spanish and French: the notice's words.
        ("A Lumo enviou um aviso sobre mudanças na política de privacidade. “Nada muda para você”, diz o aviso.", []),
        ("Lumo envió un aviso sobre cambios en su política de privacidad. “Nada cambia para usted”, afirma el aviso.",
         []),
        ("Lumo a envoyé un avis sur les changements de sa politique de confidentialité. « Rien ne change pour vous », "
         "précise l'avis.", []),
        ("O aviso de privacidade da Lumo diz: “podemos compartilhar seus dados com parceiros”.",
         ["podemos compartilhar seus dados com parceiros"]),
        # A court or a watchdog on the document, with no verb: its words.
        ("The tribunal on the privacy policy: “the consent it seeks is illusory.”", []),
        ("The watchdog on the privacy policy: “the consent it asks for is not free.”", []),
        # A person on the document, with no verb, as a heading writes someone's remarks: theirs.
        ("Lumo CEO on privacy policy changes: “Users will be able to opt out of all sharing next week.”", []),
        ("Dana Reyes, Lumo's privacy chief, on the privacy policy: “We will never share your location.”", []),
        # Someone's reaction to, criticism of or opinion on the document, however they are named: theirs.
        ("La réaction de la présidente de la CNIL sur la politique de confidentialité : « Les utilisateurs doivent "
         "pouvoir refuser le partage de leurs données. »", []),
        ("Die Kritik der Verbraucherzentrale an den neuen AGB: „Verbraucher müssen der Weitergabe ihrer Daten "
         "zustimmen können.“", []),
        ("La opinión de la abogada María López sobre la política de privacidad: «Los usuarios deben poder negarse "
         "a compartir su ubicación».", []),
        # The document on a topic still speaks for itself.
        ("Lumo's privacy policy on location: “We may share your precise location with partners.”",
         ["We may share your precise location with partners."]),
        # A tribunal that closes the quotation, whatever document follows (benches-and-watchdogs).
        ("“The consent it seeks is illusory,” the tribunal wrote of the privacy policy.", []),
        # The document's own words, after a message or a court that pointed to it.
        ("The email linked to the privacy policy, which says “we may share your data with partners”.",
         ["we may share your data with partners"]),
        ("The tribunal quoted the privacy policy, which says “we may share your data with partners”.",
         ["we may share your data with partners"]),
    ],
)  # fmt: skip
def test_a_message_or_a_court_before_the_document_keeps_its_own_words(
    paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == found
