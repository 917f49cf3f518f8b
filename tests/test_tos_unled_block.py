"""A clause set off with no lead-in at all, under a paragraph that ends by naming the document (tos_unled_block):
news tells the change in one paragraph and sets the new wording off below it, with no colon and no verb of saying
(the pattern of https://feddit.it/post/8911601 and
https://theculturetech.net/when-the-terms-of-service-change-to-make-way-for-a-i-training/index.html). Rows where the
paragraph below is the writer's, quotes, names the document, or where someone else has the last word above, stay
unlabelled. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "The small print moves again"

_units = partial(page_units, title=TITLE)

MATCHES = [
    # The change told in one sentence naming the policy, the new wording set off below it.
    (
        (
            "Last month, Harbourline changed one line of its privacy policy, adding that public posts could help build its assistant.",
            "We may use information you share publicly to train the models behind our assistant.",
            "Few users noticed at first.",
        ),
        ["We may use information you share publicly to train the models behind our assistant."],
    ),
    # Japanese: the revision named, the clause below in the company's voice.
    (
        (
            "5月にトモシビの利用規約が改定された。",
            "当社は、ユーザーの投稿を広告の作成に利用できるものとします。",
        ),
        ["当社は、ユーザーの投稿を広告の作成に利用できるものとします。"],
    ),
    # Spanish: the change told with a past verb of changing.
    (
        (
            "Cartabox modificó sus condiciones de uso la semana pasada.",
            "Por la presente nos concede una licencia mundial para usar su contenido con el fin de mejorar el servicio.",
        ),
        [
            "Por la presente nos concede una licencia mundial para usar su contenido con el fin de mejorar el servicio."
        ],
    ),
]

NO_MATCHES = [
    # The paragraph below is the writer's: nothing in it binds.
    (
        "Harbourline updated its privacy policy on Monday.",
        "Most readers will never open it, and few would understand it if they did.",
    ),
    # It tells what the document says, naming it.
    (
        "Harbourline updated its privacy policy on Monday.",
        "The policy says you must opt out within 30 days of the change.",
    ),
    # Someone else is in the sentence above.
    (
        "Harbourline's privacy policy changed this week, a spokesperson told reporters.",
        "We may share more with partners in future.",
    ),
    (
        "A lawyer for the union said Harbourline had updated its privacy policy.",
        "We may share more with partners in future.",
    ),
    # The paragraph above is a poster's, or places the clause without telling a change.
    (
        "I finally read the privacy policy Harbourline updated in May.",
        "We may share your location with advertising partners.",
    ),
    (
        "Harbourline's app is long and slow. In short, it's all in the privacy policy.",
        "You must now let Harbourline keep your recordings for five years.",
    ),
    # The paragraph above asks.
    (
        "Who reads a privacy policy anyway?",
        "We may use your data for advertising in other apps.",
    ),
    # Only terms' wording about the document, in the writer's voice (French).
    (
        "La politique de confidentialité de Piafy a été modifiée en mars.",
        "Selon une enquête, à peine 5 % des gens lisent ces conditions jusqu'au bout.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_a_binding_clause_under_a_paragraph_naming_the_document_is_found(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_the_writers_paragraph_under_the_same_lead_is_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(_units(*paragraphs)) == []


NUMBERED = [
    # A poster's question naming the EULA, the numbered clause pasted below it with no lead-in.
    (
        (
            "Honest question for the mods. The EULA already covers cheating, so why are the wallhackers still here?",
            "9.3 Skyforge may close your account without notice if you use software that gives you an unfair advantage.",
            "I have reported three of them this week.",
        ),
        [
            "Skyforge may close your account without notice if you use software that gives you an unfair advantage."
        ],
    ),
    # A lettered clause under a sentence that names the terms and tells no change.
    (
        (
            "The ticketing terms of service are clear about resale.",
            "(b) You must not resell a ticket for more than its face value.",
        ),
        ["You must not resell a ticket for more than its face value."],
    ),
]

NUMBERED_NOT = [
    # A law is named above: the numbered text is the law's.
    (
        "The EULA points to Article 6 of the GDPR on this.",
        "6.1 Processing shall be lawful only if the data subject has given consent.",
    ),
    # A report about the terms is named above.
    (
        "The regulator's report on the terms of service came out today.",
        "3.2 Platforms must answer every complaint within 14 days.",
    ),
    # The paragraph below opens on no clause number, and binds only as a writer's advice does.
    (
        "The EULA already covers cheating, so why are the wallhackers still here?",
        "Mods should just close their accounts and move on.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NUMBERED)
def test_a_numbered_clause_under_a_paragraph_naming_the_document_is_found(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NUMBERED_NOT)
def test_numbered_text_under_a_law_or_a_report_is_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(_units(*paragraphs)) == []
