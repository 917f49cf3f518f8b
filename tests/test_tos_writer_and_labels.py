"""Where a set-off clause ends (tos_block_end) and quotations that are a consent button's label
(tos_consent_label). Patterns from real pages: a Spanish post that restates a clause ("Es decir, …"), a
blog's "Note the …" under a quoted policy, a Reddit thread's "We will update this post", a South African
article's lead-in "Therein you will find the clause below:", a Japanese blog's 「同意する」を押す, a French
article opening on the CGU checkbox. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "What the new terms say"
LEAD = "The updated privacy policy says this about changes:"
CLAUSE = (
    "We may change this policy at any time. If we do, we may tell you by email or by a notice in the app."
)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # The writer on the clause: not more of it; a quotation of its words is still the document's.
        ("Note the “may tell you”: it is no promise to tell anyone.", [CLAUSE, "may tell you"]),
        ("We will update this post when we hear back from the company.", [CLAUSE]),
        ("Put another way, you may never hear about a change at all.", [CLAUSE]),
        # More of the clause: it goes on speaking as terms do.
        ("You may ask us to delete your data at any time by writing to our support team.",
         [CLAUSE, "You may ask us to delete your data at any time by writing to our support team."]),
        ("In this policy, “personal data” means any information about you that we hold.",
         [CLAUSE, "In this policy, “personal data” means any information about you that we hold."]),
    ],
)  # fmt: skip
def test_a_paragraph_after_a_set_off_clause_goes_on_with_it_unless_it_is_the_writers(
    after: str, expected: list[str]
) -> None:
    assert quotes_found(page_units(LEAD, CLAUSE, after, title=TITLE)) == expected


def test_a_gloss_in_spanish_after_a_clause_is_the_writers() -> None:
    clause = "El usuario acepta que Pagalisto podrá retener su saldo sin previo aviso si detecta movimientos raros."
    units = page_units(
        "El apartado 9 de los términos y condiciones de Pagalisto dice así:",
        clause,
        "Es decir, pueden retener tu dinero cuando les parezca.",
        title="Lo que firmas al abrir una cuenta",
    )
    assert quotes_found(units) == [clause]


def test_a_lead_in_of_its_own_under_a_document_named_is_no_clause() -> None:
    clause = (
        "Neither we nor our agents are liable for any loss you suffer when a card fails to scan at a pump."
    )
    units = page_units(
        "Few drivers noticed that the fuel card's terms and conditions hold a section on liability.",
        "In it you will find the clause below:",
        f"“{clause}”",
        title="Read your fuel card's small print",
    )
    assert quotes_found(units) == [clause]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("ほとんどの人が読まずに「同意する」を押してしまう利用規約。しかし、そこには大事なことが書かれている。", []),
        ("“人人都说过一个谎：我已阅读并同意。”大多数人从不读用户协议。", []),
        ("Las condiciones de uso dicen: «Acepto los términos y condiciones». Nadie lee lo que hay detrás.", []),
        # The terms' own wording next to the same cue stays theirs.
        ("Or les CGU de Lumio prévoient que « l'utilisateur accepte que ses photos servent à la publicité ».",
         ["l'utilisateur accepte que ses photos servent à la publicité"]),
        ("用户协议第八条写道：“用户同意平台将其上传的内容用于模型训练。”",
         ["用户同意平台将其上传的内容用于模型训练。"]),
        ("Las condiciones de uso dicen: «Acepto que Lumio use mis fotos para mejorar el servicio».",
         ["Acepto que Lumio use mis fotos para mejorar el servicio"]),
    ],
)  # fmt: skip
def test_a_consent_buttons_label_is_no_terms_wording(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="利用規約 / CGU / 用户协议")) == expected


def test_a_checkbox_label_opening_an_article_is_no_terms_wording() -> None:
    units = page_units(
        "« J'ai lu et j'accepte les conditions générales d'utilisation ». Cette phrase, vous l'avez tous vue"
        " un jour, même sans jamais lire une ligne des CGU.",
        title="Les CGU des applis : attention aux clauses abusives",
    )
    assert quotes_found(units) == []
