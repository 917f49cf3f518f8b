"""Review of session 38's terms-quote rules (revtos38): a speaker's open quotation does not keep a next paragraph the
terms are named as saying; words in a company's first person quoted after a memo, a slogan or an insider are theirs,
not the terms'; a Spanish, Portuguese or Italian verb with no subject after a sentence whose second clause has its own
subject ("…, y la empresa la defendió. Dice que «…»") is that subject's. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_ARBITRATION = (
    "The terms of service were updated in May. Lawyer Ana Ruiz commented: “The core issue is who read it."
)
_VIDEO = "Video app rewrites its terms"
_ZOOMLY = (
    "Zoomly changed its terms of service on Monday. The new terms say Zoomly may use recordings "
    "“to provide and improve the service”."
)
_SERVICE = "to provide and improve the service"


@pytest.mark.parametrize(
    ("title", "body", "found"),
    [
        # A speaker's quotation left open; the next paragraph's quotation is named the terms' after it.
        (
            "Dating app's arbitration clause",
            f"{_ARBITRATION}\n\n“You agree to binding arbitration,” the terms say.\n\nUsers were not told.",
            ["You agree to binding arbitration,"],
        ),
        (
            "Dating app's arbitration clause",
            f"{_ARBITRATION}\n\n“You agree to binding arbitration” is now the first line of the terms.\n\nNo one noticed.",
            ["You agree to binding arbitration"],
        ),
        # The speaker's quotation goes on: hers.
        (
            "Dating app's arbitration clause",
            f"{_ARBITRATION}\n\n“Courts have doubted such clauses for years.”\n\nUsers were not told.",
            [],
        ),
        # Company words quoted after a memo, a slogan or an insider: theirs.
        (
            _VIDEO,
            f"{_ZOOMLY}\n\nAn internal memo lists plans to use recordings “to train our AI models and improve our products”.",
            [_SERVICE],
        ),
        (
            _VIDEO,
            f"{_ZOOMLY}\n\nIts adverts show a smiling family under the slogan “our apps keep you and your family safe”.",
            [_SERVICE],
        ),
        (
            _VIDEO,
            f"{_ZOOMLY}\n\nA former engineer described a culture of collecting data “to feed our models whatever you upload”.",
            [_SERVICE],
        ),
        (
            "File transfer service rewrites its terms",
            "WeSend changed its terms of service on Monday. The new terms say WeSend may use files “to operate the "
            "service”.\n\nRival DropFast was quick to advertise that it does not “train machine learning models on your "
            "files”.",
            ["to operate the service"],
        ),
        # A definition quoted after a term of the terms, in a lawyer's, a law's or critics' sentence: theirs.
        *(
            (
                "Streaming service's arbitration clause",
                f"The terms of service say users “agree to resolve all Disputes by arbitration”.\n\n{sentence}",
                ["agree to resolve all Disputes by arbitration"],
            )
            for sentence in (
                "The lawyer Ana Ruiz said “Disputes” means “whatever the company wants it to mean”.",
                "Under the Arbitration Act, “Disputes” means “any controversy between parties to a contract”.",
                "Critics joked that “Disputes” means “anything that costs the company money”.",
            )
        ),
        # The writer's own sentence: the terms' words.
        (
            _VIDEO,
            f"{_ZOOMLY}\n\nZoomly can also share recordings “with our affiliates and service providers”.",
            [_SERVICE, "with our affiliates and service providers"],
        ),
        # A verb with no subject after a sentence whose second clause has its own subject: that subject's.
        (
            "As condições da Loopa",
            "A política de privacidade da Loopa mudou, e a porta-voz da empresa defendeu a mudança. "
            "Diz que «é mais simples».",
            [],
        ),
        (
            "Las condiciones de Loopa",
            "La política de privacidad de Loopa cambió el lunes, y la empresa la defendió. Dice que «es más simple».",
            [],
        ),
        (
            "Le condizioni di Loopa",
            "L'informativa sulla privacy di Loopa è cambiata, e l'amministratore delegato, Rui Lodi, ha difeso il "
            "cambiamento. Dice che «è più semplice».",
            [],
        ),
        # The sentence before is the document's alone: its words.
        (
            "Las condiciones de Loopa",
            "La política de privacidad de Loopa es vaga. Dice que «podremos compartir datos con socios».",
            ["podremos compartir datos con socios"],
        ),
        (
            "As condições da Loopa",
            "A política de privacidade da Loopa mudou na segunda-feira. Diz que «poderemos partilhar dados com "
            "parceiros».",
            ["poderemos partilhar dados com parceiros"],
        ),
    ],
)
def test_review_38(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
