"""Terms quotes found on real pages of session 39: a quotation of a privacy statement left open over the bullet list
that follows it and closed at the end of its last item (a US tech blog on a messaging app's retention clause); a
policy's own question heading between the writer's lead-in and the clause under it, and list items that end as a
clause list's items do though they open on "We believe" (a Spanish tech blog, in English, on a notes app's access
clause); a clause in the familiar second person in Spanish set off as a paragraph of its own (a Mexican business
site on a messaging app's terms). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_KEEP = "We keep your records only as long as we need them. In some cases we may keep them for longer:"
_ITEMS = (
    "to comply with the law or a court order;",
    "when a public body asks us for them; or",
    "to protect our rights and those of our users",
)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (f"In its new privacy statement, Pikko says that:\n\n“{_KEEP}\n\n- {_ITEMS[0]}\n- {_ITEMS[1]}\n- "
         f"{_ITEMS[2]}.”\n\nCritics say the list is far too broad.", [_KEEP, *_ITEMS[:2], f"{_ITEMS[2]}."]),
        # A quotation closed in its own paragraph leaves nothing open: the writer's own list below is his.
        (f"In its new privacy statement, Pikko says that: “{_KEEP[:-1]}.”\n\nWhat worries us:\n\n- the law is "
         "vague;\n- public bodies ask often; or\n- nobody checks", [f"{_KEEP[:-1]}."]),
    ],
)  # fmt: skip
def test_an_open_quotation_goes_on_over_the_bullets_below_it(body: str, found: list[str]) -> None:
    assert article_quotes("Pikko admits it hands data to officials", body) == found


_LEAD = "Under its current privacy policy, staff may already see your notes in some cases, so this is nothing new:"
_CLAUSE = "These are the limited cases in which we may need to look at your account or your notes:"
_BULLETS = (
    "We believe our Terms of Service were broken and must confirm it;",
    "We have to fix a problem or keep the Service working;",
    "To protect the rights or safety of Notely and its users; or",
    "To meet our legal duties, such as answering a court order.",
)


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Can Notely staff look at my notes?", [_CLAUSE, *_BULLETS]),
        ("Who can see my notes", [_CLAUSE, *_BULLETS]),
    ],
)
def test_a_policys_question_heading_and_its_list_under_a_lead_in(heading: str, found: list[str]) -> None:
    body = f"{_LEAD}\n\n{heading}\n\n{_CLAUSE}\n\n" + "\n".join(f"• {item}" for item in _BULLETS)
    assert article_quotes("Notely lets its staff read your notes", body) == found


@pytest.mark.parametrize(
    ("item", "found"),
    [
        # Ended as a list's item ends: the list's, whatever it opens on.
        ("We believe our Terms of Service were broken and must confirm it;", True),
        # Ended as the writer's remark: a full stop after an opinion opener.
        ("We believe this goes much too far.", False),
    ],
)
def test_an_item_opening_on_an_opinion_ends_the_list_unless_it_ends_as_an_item(
    item: str, found: bool
) -> None:
    body = f"Notely's privacy policy says:\n\n{_CLAUSE}\n\n• To fix a problem with the Service;\n• {item}"
    assert (item in article_quotes("Notely lets its staff read your notes", body)) is found


_TOP = (
    "Charla, como cualquier aplicación, tiene términos de uso y políticas de la plataforma, con letra chica que "
    "conviene leer.\n\nLo más importante es que el servicio puede cerrar la cuenta de quien mienta sobre su perfil."
)


@pytest.mark.parametrize(
    ("quoted", "found"),
    [
        (
            "No debes, de forma directa o indirecta, copiar, modificar ni revender nuestros Servicios sin permiso.",
            True,
        ),
        ("Nos otorgas una licencia para mostrar tu contenido en nuestros Servicios.", True),
        # The writer's advice to the reader: a bare "debes" binds no one to the terms.
        ("Debes leer todo antes de aceptar, aunque sea largo.", False),
    ],
)
def test_a_familiar_second_person_clause_set_off_in_spanish(quoted: str, found: bool) -> None:
    body = f"{_TOP}\n\n“{quoted}”\n\nOtro punto es que el usuario paga sus propios datos móviles."
    assert (quoted in article_quotes("La letra chica de Charla", body)) is found


def test_a_companys_account_of_what_follows_a_refusal_is_no_clause() -> None:
    """ "No podrás …" (you will not be able to) is how a company explains what a refusal brings, not a prohibition of the
    terms (revtos39, on a Spanish page quoting a messaging app's help text)."""
    body = (
        f"{_TOP}\n\nEsto es lo que pasará si no las aceptas:\n\n“Charla no borrará tu cuenta. Durante "
        "unas semanas podrás recibir llamadas, pero no podrás leer ni enviar mensajes.”"
    )
    assert article_quotes("La letra chica de Charla", body) == []
