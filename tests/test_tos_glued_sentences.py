"""Sentences a page ran together with no space after the stop (tosrec18b, a French news page kept outside the repo,
whose paragraphs lost their breaks: "… comment elles sont utilisées.L'un des éléments …", "… ».La déclaration …").

The stop still ends its sentence for every detector (base.GLUED_STOP): after two small letters or a closing mark,
before a capital and a small letter. An abbreviation, a single letter or a capital before the stop ("e.g.The",
"U.S.Bank", "Dr.Smith") is no stop; a spokesman's words stay his.
"""

from __future__ import annotations

import pytest
from tos_support import article_quotes

from annotations.detectors.base import sentence_bounds


@pytest.mark.parametrize(("text", "wanted"), [
    (
        "Wolkig a changé ses règles.L'une des nouveautés est la collecte des voix.",
        ["Wolkig a changé ses règles.", "L'une des nouveautés est la collecte des voix."],
    ),
    ("Die AGB gelten für alle Nutzer.Die Frist beträgt zwei Wochen.", ["Die AGB gelten für alle Nutzer.", "Die Frist beträgt zwei Wochen."]),
    ("Il a écrit « non ».La réponse est venue vite.", ["Il a écrit « non ».", "La réponse est venue vite."]),
])  # fmt: skip
def test_a_glued_stop_ends_the_sentence(text: str, wanted: list[str]) -> None:
    assert [text[start:end] for start, end in sentence_bounds(text)] == wanted


@pytest.mark.parametrize("text", [
    "See e.g.The Verge on this.",
    "The U.S.Bank settled.",
    "A letter from Dr.Smith arrived.",
    "The name is Node.js here.",
])  # fmt: skip
def test_no_stop_inside_abbreviations_and_names(text: str) -> None:
    assert len(sentence_bounds(text)) == 1


TITLE = "Wolkig s'autorise à collecter des empreintes vocales"
LEAD = (
    "Wolkig a mis à jour ses conditions d'utilisation pour ses utilisateurs. Parmi d'autres précisions, Wolkig explique "
    "quelles données il collecte et comment elles sont utilisées.L'un des points qui retiennent notre attention est la "
    "collecte des empreintes vocales :« Nous pouvons analyser les enregistrements de votre voix afin d'améliorer nos "
    "services de transcription ».La déclaration reste vague sur la durée de conservation."
)


def test_a_clause_between_glued_sentences_is_found() -> None:
    assert article_quotes(TITLE, LEAD) == [
        "Nous pouvons analyser les enregistrements de votre voix afin d'améliorer nos services de transcription"
    ]


def test_a_spokesman_after_a_glued_stop_keeps_his_words() -> None:
    body = (
        "Wolkig a mis à jour ses conditions d'utilisation pour ses utilisateurs.Un porte-parole a déclaré :« Nous "
        "pouvons vous rassurer, rien ne change pour vous ».La polémique continue."
    )
    assert article_quotes(TITLE, body) == []
