"""Terms quoted on non-English pages and in bloggers' tours of terms (toscomm42, session 42), by family of real pages:

- German pages type the low opening mark as a straight one and close on the high one ("…“): vipflash.de quoted a
  changed clause so, "lautet eine der Änderungen in den Richtlinien von WhatsApp" after it. The marks pair (quotes.toml),
  and "the Richtlinien" of a company (the plural, with a pointing word) are its policy on a page about its terms; the
  singular is also an EU directive, and an authority's guidelines are no company's.
- A German sentence that opens on a function word before a capitalised noun ("Denn Unternehmen werden …") is no
  person's name before the quotation that follows it (tos_closing_speaker).
- A French blogger's tour of a service's terms (geekmunity.fr) copies the document's dated header ("Facebook (Date de
  la dernière révision : …)") over its clauses numbered "2.1/", "2.2/", with an aside of the writer's between them: each
  numbered clause is the document's (tos_unled_block, tos_numbered_aside), not the aside, nor a writer's own points.
- An Italian blogger quotes an EULA's part under its numbered heading ("11. Licenza sui Contenuti concessa
  dall'utente", ernestobelisario.eu) between the lead and the clauses "11.1", "11.2": the heading hands on.
- Korean news quotes a policy's part by its heading before a locative particle and the clause it holds in marks of its
  own ("처리방침의 ‘…’에는 “…”라는 조항", consumernews.co.kr): the heading is no wording (GUIDELINES).

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

DE_CLAUSE = "Wenn du mit einem Händler chattest, darf er den Verlauf für eigene Werbung auswerten"
FR_FIRST = (
    "Pour les photos que vous publiez, vous nous accordez une licence mondiale, gratuite et transférable "
    "d'utilisation de ces contenus."
)
FR_SECOND = "Lorsque vous supprimez un contenu, il peut rester dans nos copies de sauvegarde pendant une durée raisonnable."
FR_ASIDE = "Je ne suis pas juriste, mais j'en conclus qu'on cède à peu près tout."
EN_CLAUSE = "You grant us a worldwide, royalty-free licence to use anything you post on the service."


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A straight opening mark closed by the high German one, given to the company's policies after it.
        (
            "Neue Nutzungsbedingungen bei Plaudi",
            f'Plaudi ändert seine Nutzungsbedingungen. "{DE_CLAUSE}“, lautet eine der Änderungen in den Richtlinien '
            "von Plaudi.",
            [DE_CLAUSE],
        ),
        # The same quotation after a sentence that opens on "Denn" before capitalised nouns: no person speaks.
        (
            "Neue Nutzungsbedingungen bei Plaudi",
            f"Plaudi ändert seine Nutzungsbedingungen. Denn Händler bekommen mehr Rechte. „{DE_CLAUSE}“, heißt es "
            "in den neuen Nutzungsbedingungen.",
            [DE_CLAUSE],
        ),
        # A named person before the quotation still speaks it.
        (
            "Neue Nutzungsbedingungen bei Plaudi",
            f"Plaudi ändert seine Nutzungsbedingungen. Jana Vogt sprach von einem Fehler. „{DE_CLAUSE}“.",
            [],
        ),
        # An authority's guidelines are no company's policy, nor is its spokesperson's statement in mixed marks.
        (
            "Neue Nutzungsbedingungen bei Plaudi",
            "Plaudi ändert seine Nutzungsbedingungen. „Händler dürfen Chats nur mit Einwilligung auswerten“, heißt "
            "es in den Richtlinien der Datenschutzbehörde.",
            [],
        ),
        (
            "Neue Nutzungsbedingungen bei Plaudi",
            'Plaudi ändert seine Nutzungsbedingungen. Ein Sprecher sprach von einem "großen Missverständnis“.',
            [],
        ),
        # A tour of the terms: the dated header over clauses numbered with a slash, the writer's aside between them.
        (
            "Les CGU en revue",
            "J'ai lu les CGU pour vous, voici ce que vous avez déjà accepté.\n\nPhotolia (Date de la dernière "
            f"révision : 3 mars 2024)\n\n2.1/ {FR_FIRST}\n\n{FR_ASIDE}\n\n2.2/ {FR_SECOND}",
            [FR_FIRST, FR_SECOND],
        ),
        (
            "Reading the terms so you don't have to",
            f"Here is what you already agreed to.\n\nPhotolia (last updated 3 March 2024)\n\n4.1 {EN_CLAUSE}",
            [EN_CLAUSE],
        ),
        # A number that does not follow the last clause's, or a writer's own point, goes on with nothing.
        (
            "Les CGU en revue",
            "J'ai lu les CGU pour vous, voici ce que vous avez déjà accepté.\n\nPhotolia (Date de la dernière "
            f"révision : 3 mars 2024)\n\n2.1/ {FR_FIRST}\n\n{FR_ASIDE}\n\n1.3/ {FR_SECOND}",
            [FR_FIRST],
        ),
        (
            "Les CGU en revue",
            "J'ai lu les CGU pour vous, voici ce que vous avez déjà accepté.\n\nPhotolia (Date de la dernière "
            "révision : 3 mars 2024)\n\n1. Vous devriez lire les conditions avant de cliquer.",
            [],
        ),
        # Under a dated heading, a numbered paragraph in the writer's own voice is no clause.
        (
            "Reading the terms so you don't have to",
            "Here is what you already agreed to.\n\nPhotolia (last updated 3 March 2024)\n\n4.1 I asked Photolia "
            "what this means and got no answer.",
            [],
        ),
    ],
)
def test_foreign_pages_and_tours_of_terms(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected


IT_CLAUSE = (
    "Inviando i Contenuti, l'utente concede a Photolia una licenza perpetua, irrevocabile e gratuita per riprodurli, "
    "modificarli e distribuirli."
)
KO_CLAUSE = "회사는 맞춤형 광고를 위해 회원의 정보를 제휴사와 공유할 수 있습니다"
JA_CLAUSE = "当社は提携先と利用者の情報を共有することがあります"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # A numbered part's heading between the lead and the part's first numbered clause hands on to it.
        (
            "Photolia: ancora sulla licenza d'uso",
            "Nel post precedente ho commentato l'EULA di Photolia.\n\nMi era sfuggita però una clausola sul "
            f"copyright.\n\n11. Licenza sui Contenuti concessa dall'utente\n\n11.1 {IT_CLAUSE}",
            [IT_CLAUSE],
        ),
        # A heading and then the writer's own prose: nothing.
        (
            "Photolia: ancora sulla licenza d'uso",
            "Nel post precedente ho commentato l'EULA di Photolia.\n\nMi era sfuggita però una clausola sul "
            "copyright.\n\n11. Licenza sui Contenuti concessa dall'utente\n\nNe parlerò la prossima settimana.",
            [],
        ),
        # A part's heading before a locative particle, with the clause it holds in its own marks: only the clause.
        (
            "마루 약관 논란",
            f"마루의 개인정보 처리방침의 ‘정보를 공유하는 방법과 목적’에는 “{KO_CLAUSE}”라는 조항이 명시돼 있다.",
            [KO_CLAUSE],
        ),
        (
            "ミルカの新規約",
            f"ミルカのプライバシーポリシーの「情報の共有」には「{JA_CLAUSE}」とある。",
            [JA_CLAUSE],
        ),
    ],
)
def test_part_headings(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
