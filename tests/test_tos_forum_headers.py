"""Terms quoted under a forum's quote header ("Quote from: Forum Rules", "Originally Posted by kim (from
the EULA)"), where the header names the document and the reply after the quoted post is the poster's;
and the smaller shapes of threads and foreign pages: "“…” is the rest of that sentence", "La charte
évoque des « … »", a pro-drop "Ahora establecen:". Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "Can I sell spare parts here?"


_units = partial(page_units, title=TITLE)
_found = quotes_found


MATCHES = [
    (
        (
            "Quote from: Forum Rules",
            "Members may list parts for sale only in the Marketplace board.",
            "So yes.",
        ),
        ["Members may list parts for sale only in the Marketplace board."],
    ),
    # The reply after the quoted post speaks to the poster, not as the rules do.
    (
        (
            "Quote: Originally Posted by fennec (from the EULA)",
            "You may not decompile the Software except where the law allows it.",
            "You should be fine if you only change the textures.",
        ),
        ["You may not decompile the Software except where the law allows it."],
    ),
    # A second paragraph that binds as the rules do is more of the quoted post.
    (
        (
            "Zitat von kai (aus den AGB):",
            "Die Kündigung bedarf der Textform.",
            "Sie müssen die Kündigung an die hinterlegte Adresse senden.",
        ),
        ["Die Kündigung bedarf der Textform.", "Sie müssen die Kündigung an die hinterlegte Adresse senden."],
    ),
    (
        ("Citation de Bastien (conditions générales) :", "L'abonné peut résilier son contrat à tout moment."),
        ["L'abonné peut résilier son contrat à tout moment."],
    ),
    # The rest of a clause quoted before, given by the pointing word for that wording.
    (
        (
            'Loomly\'s terms of service now say we give them "a licence to display your patterns".',
            '"and to sell copies made from them" is the rest of that sentence.',
        ),
        ["a licence to display your patterns", "and to sell copies made from them"],
    ),
    # A document that "évoque" a phrase.
    (
        ("La charte d'utilisation de Forumia évoque des « contenus inappropriés » sans les définir.",),
        ["contenus inappropriés"],
    ),
    # A sentence with no subject of its own goes on with the document named just before.
    (
        (
            'Pagafácil publicó sus nuevas condiciones de uso. Ahora establecen: "El usuario autoriza '
            'consultas a su historial crediticio."',
        ),
        ["El usuario autoriza consultas a su historial crediticio."],
    ),
]

NO_MATCHES = [
    # A header that names a member only: the quoted post is theirs.
    ("Quote from: kettle_black", "Members may list parts for sale only in the Marketplace board."),
    ("Originally Posted by rustbucket", "You may not post videos of the circuit without asking."),
    # A member's header after a document's: the second post is the member's.
    ("Quote from: Forum Rules", "Quote from: kim", "Honestly we may as well sell anything here."),
    # A header that names the rules only as what the member wrote about.
    ("Quote from: kim on 1 June 2014 about the forum rules", "We may sell anything we want here."),
    # Under a document's header, a post that binds nobody is no rule.
    ("Quote from: Forum Rules", "Nobody reads these anyway, the moderators are asleep."),
    # "Ahora" before a speaker's verb.
    (
        'Pagafácil publicó sus nuevas condiciones de uso. Ahora su portavoz asegura: "No cambia nada para usted."',
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_terms_under_headers_and_in_thread_shapes_are_found(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert _found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_posts_and_speakers_in_the_same_shapes_are_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert _found(_units(*paragraphs)) == []
