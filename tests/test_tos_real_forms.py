"""Forms of quoted terms read on real pages (tos-real-styles-13): a clause a document opens with, a part
"suggesting" or "allowing" something, a quotation split by an inverted attribution ("“…,” reads the
revised policy, “…”"), a numbered part after a verb of saying, connectives of several words ("En
outre, il est prévu que"), fused prepositions ("ao documento", "No texto"), "the exact phrasing", a
platform's agreement with its drivers; each with rows where the same shape carries someone else's
words. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "What the small print now says"

_units = partial(page_units, title=TITLE)

MATCHES = [
    # Where in the document the wording stands.
    (
        (
            "The privacy policy of Tuneloft opens with a pledge that the company “handles your history with care.”",
        ),
        ["handles your history with care."],
    ),
    (
        ("Stridewell's privacy notice begins with the line “your workouts belong to you alone.”",),
        ["your workouts belong to you alone."],
    ),
    # A part of the document and a participle.
    (
        (
            "Parcelo changed its terms of service – a clause suggesting that files could be used to “improve our learning models” – and users left.",
        ),
        ["improve our learning models"],
    ),
    # A quotation split by a verb and the document after it: both pieces.
    (
        (
            "Findr updated its privacy policy last week.",
            "“We may collect public information,” reads the revised policy, “to help train our models.”",
        ),
        ["We may collect public information,", "to help train our models."],
    ),
    (
        ("“We may vary the fee at any time,” says the membership agreement, “from your next billing date.”",),
        ["We may vary the fee at any time,", "from your next billing date."],
    ),
    # A numbered part after the verb is the document, not a speaker.
    (
        (
            "Parcelo's terms of service changed in July.",
            "“You grant us a lasting licence to use your content,” stated clause 7.2, as one user pointed out.",
        ),
        ["You grant us a lasting licence to use your content,"],
    ),
    # A connective of several words goes on with the document named before.
    (
        (
            "Piaf a modifié ses conditions générales d'utilisation. En outre, il est prévu que la société « pourra utiliser ce contenu sans rémunération ».",
        ),
        ["pourra utiliser ce contenu sans rémunération"],
    ),
    # A preposition fused with its article before the pointing noun; what "the following" announced
    # is already quoted, so the paragraph after it is the writer's.
    (
        (
            "A informação consta na nova política de privacidade do Baú. A empresa adicionou a seguinte frase ao documento: “Podemos usar informações públicas para treinar nossos modelos”.",
            "O Baú não informou quando começará o treinamento.",
        ),
        ["Podemos usar informações públicas para treinar nossos modelos"],
    ),
    (
        (
            "Poucos leem os termos de uso da Trilha. No texto, a empresa se reserva o direito de “encerrar a conta sem aviso prévio”.",
        ),
        ["encerrar a conta sem aviso prévio"],
    ),
    # The document by its phrasing.
    (
        (
            "Parcelo changed its terms of service this week.",
            "The exact phrasing in question was: “You grant us a free licence to use your content.”",
        ),
        ["You grant us a free licence to use your content."],
    ),
]

NO_MATCHES = [
    # An opening that is no document's.
    ("A spokesperson for Tuneloft opened with “we take your privacy very seriously” at the hearing.",),
    # A participle of someone naming a thing.
    ("Critics suggesting a boycott of the terms of service called them “a land grab”.",),
    # An inverted attribution to a statement, not to the document.
    (
        "Findr updated its privacy policy last week.",
        "“We never sell your data,” reads the company's statement, “and we never will.”",
    ),
    # A verb of saying with a person after it.
    (
        "Parcelo's terms of service changed in July.",
        "“I pay you to move my files,” stated one user on the forum.",
    ),
    # A connective of several words before a minister's words.
    (
        "Piaf a modifié ses conditions d'utilisation. En outre, le ministre a déclaré que la société « devra s'expliquer ».",
    ),
    # The phrasing of someone else's letter.
    (
        "Parcelo changed its terms of service.",
        "The phrasing of the minister's letter was: “We expect answers by Friday.”",
    ),
    # Rules a spokesperson lists.
    (
        "Ride app Zipp updated its driver agreement.",
        "A spokesperson for the drivers' union said members must not:",
        "(a) accept new rules without a vote.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_terms_in_these_shapes_are_found(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_the_same_shapes_with_other_voices_are_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(_units(*paragraphs)) == []


def test_a_platforms_agreement_with_its_drivers_hands_its_clause_list_over() -> None:
    """Under a title that names no document, "its driver agreement" is the document the list is from;
    a paragraph opening on what people made of the rules is the writer's."""
    units = page_units(
        "Ride app Zipp updated its driver agreement. The new section on conduct says drivers must not:",
        "(a) record passengers without their written consent;",
        "(b) accept payment outside the app.",
        "Several people in the community said the rules came with little notice.",
        title="Ride app sets new rules for drivers",
    )
    assert quotes_found(units) == [
        "record passengers without their written consent;",
        "accept payment outside the app.",
    ]


NEUTRAL_TITLE = "Notes from a busy week"

MORE_MATCHES = [
    # A sentence opening on "They" goes back to the document quoted before, though the clause quoted
    # there speaks of "support".
    (
        (
            "The terms had said Parcelo could use files for purposes “including learning models that support our moderation”. They also gave Parcelo the right to “publicly display” uploaded files.",
        ),
        ["including learning models that support our moderation", "publicly display"],
    ),
    # The document in a reporter's shorthand, and another part of it.
    (
        (
            "Tamarind has updated its privacy policy. Elsewhere in the doc, Tamarind also notes that public data can train its models: “We may collect public information to help train our models.”",
        ),
        ["We may collect public information to help train our models."],
    ),
    (
        (
            "Tamarind has a new privacy policy from July 1.",
            "In a later section, Tamarind also notes that public information can be used to train these models:",
            "For example, we may collect information that is publicly available online to help train our models.",
        ),
        [
            "For example, we may collect information that is publicly available online to help train our models."
        ],
    ),
]

MORE_NO_MATCHES = [
    # Words of a statement outside the quotation still take the floor.
    (
        "The terms say users must “keep their passwords safe”, according to a support statement. They also tell users to “log out on shared devices”.",
    ),
    # "The doc" and "a later section" on a page that names no terms document are a ruling's.
    (
        "The court released its ruling on Monday. Elsewhere in the doc, it explains: “The claim fails for want of evidence.”",
    ),
    (
        "The committee published its report on Monday.",
        "In a later section, it adds:",
        "We may ask the ministry to look again at the figures next year.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MORE_MATCHES)
def test_more_terms_shapes_are_found(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=NEUTRAL_TITLE)) == expected


@pytest.mark.parametrize("paragraphs", MORE_NO_MATCHES)
def test_more_shapes_with_other_voices_are_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title=NEUTRAL_TITLE)) == []


PLACE_MATCHES = [
    # Where in the document the next sentence reads, before the pronoun that stands for the document.
    (
        (
            "Kestrel's privacy policy says, in bold capitals, “WE DO NOT SELL YOUR DATA”. A few lines later it adds that it may “share data with advertising partners for measurement”.",
        ),
        ["WE DO NOT SELL YOUR DATA", "share data with advertising partners for measurement"],
    ),
    (
        (
            "Las condiciones de uso de Trilha cambiaron en mayo. Más adelante, dicen que la empresa «puede cerrar una cuenta sin aviso».",
        ),
        ["puede cerrar una cuenta sin aviso"],
    ),
]

PLACE_NO_MATCHES = [
    # The same openers before someone else's words.
    (
        "Kestrel updated its privacy policy. Further down the page, a spokesperson says the firm “never sells data”.",
    ),
    ("Kestrel updated its privacy policy. Elsewhere, regulators said the change was “worth a close look”.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PLACE_MATCHES)
def test_a_place_in_the_document_before_its_pronoun_goes_on_with_it(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=NEUTRAL_TITLE)) == expected


@pytest.mark.parametrize("paragraphs", PLACE_NO_MATCHES)
def test_a_place_in_the_document_before_someone_elses_words_is_left_alone(
    paragraphs: tuple[str, ...],
) -> None:
    assert quotes_found(page_units(*paragraphs, title=NEUTRAL_TITLE)) == []


# A comparison of several companies' documents, one line each: "Pixelnest: “…”" under a sentence that says what the
# documents say, and the next such line under it; a clause, not a person's promise after a sentence that reviews nothing.
REVIEW_LEAD = "Terms differ from site to site. Here is what the photo platforms' terms and conditions say about uploads."


def test_a_comparison_line_of_a_company_and_its_clause_is_the_documents() -> None:
    units = page_units(
        REVIEW_LEAD,
        "Pixelnest: “You keep full copyright of any original content you send us.”",
        "Shuttercove: “You own all the content you post, and you control who sees it in your settings.”",
        title="How protected are your photo uploads?",
    )
    assert quotes_found(units) == [
        "You keep full copyright of any original content you send us.",
        "You own all the content you post, and you control who sees it in your settings.",
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (REVIEW_LEAD, "Critics: “This is a land grab by the big platforms and nothing else.”"),
        (
            "Pixelnest updated its terms this week.",
            "Dana Ruiz: “We will never sell your photos to anyone at all.”",
        ),
        (REVIEW_LEAD, "Pixelnest: “Awful.”"),
    ],
)
def test_a_label_line_that_is_no_companys_clause_is_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title="How protected are your photo uploads?")) == []
