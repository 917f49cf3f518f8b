"""Where a set-off clause ends (tos_block_end) and quotations that are a consent button's label
(tos_consent_label). Patterns from real pages: a Spanish post that restates a clause ("Es decir, …"), a
blog's "Note the …" under a quoted policy, a Reddit thread's "We will update this post", a South African
article's lead-in "Therein you will find the clause below:", a Japanese blog's 「同意する」を押す, a French
article opening on the CGU checkbox. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_vocabulary import role_pattern

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


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # A clause's own article, a clause that leads in to its own list, a clause's "Note the following": more of it.
        ("The limits in this Article do not apply where the law of your country gives you a right to a refund.",
         [CLAUSE, "The limits in this Article do not apply where the law of your country gives you a right to a refund."]),
        ("The limits in this clause do not apply to you if you live in a country where:",
         [CLAUSE, "The limits in this clause do not apply to you if you live in a country where:"]),
        ("Note the following: you may ask us to review a refusal within thirty days of our decision.",
         [CLAUSE, "Note the following: you may ask us to review a refusal within thirty days of our decision."]),
        # The writer's article beside what a writer does with it: the writer's.
        ("We will update this article when the company answers our questions.", [CLAUSE]),
    ],
)  # fmt: skip
def test_a_clauses_own_article_and_list_lead_in_go_on_with_it(after: str, expected: list[str]) -> None:
    assert quotes_found(page_units(LEAD, CLAUSE, after, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("lead", "clause", "after", "expected"),
    [
        ("Les CGU de Lumio prévoient ceci sur les remboursements :",
         "Nous pouvons refuser un remboursement si nous constatons que vous avez enfreint les présentes conditions.",
         "Les limites prévues par cet article ne s'appliquent pas lorsque la loi vous accorde un droit au remboursement.",
         2),
        ("Les CGU de Lumio prévoient ceci sur les remboursements :",
         "Nous pouvons refuser un remboursement si nous constatons que vous avez enfreint les présentes conditions.",
         "Cet article sera mis à jour si Lumio répond à nos questions.",
         1),
        ("Die Nutzungsbedingungen von Lumio sagen zu Erstattungen:",
         "Wir können eine Erstattung verweigern, wenn Sie gegen diese Bedingungen verstoßen haben.",
         "Die Beschränkungen in diesem Artikel gelten nicht, soweit Ihnen das Gesetz ein Recht auf Erstattung gibt.",
         2),
        # Korean: a member (회원이) writing a post (글을) is no "this post" (이 글) of the writer's.
        ("루미오 이용약관 제5조는 다음과 같이 규정한다:",
         "1. 회사는 이용자가 약관을 위반한 경우 사전 통지 없이 게시물을 삭제할 수 있습니다.",
         "2. 회원이 글을 게시하는 경우 회사는 해당 게시물을 서비스 홍보에 이용할 수 있습니다.",
         2),
    ],
)  # fmt: skip
def test_a_terms_article_in_other_languages_goes_on_with_the_clause(
    lead: str, clause: str, after: str, expected: int
) -> None:
    assert len(quotes_found(page_units(lead, clause, after, title="Conditions"))) == expected


@pytest.mark.parametrize(
    ("opening", "gloss"),
    [("즉, 회사는 언제든 계정을 막을 수 있다는 뜻이다.", True), ("즉시 해지가 필요한 경우 회사는 계약을 해지할 수 있습니다.", False),
     ("Note the “may”: it is no promise.", True), ("Note the following limits on refunds.", False)],
)  # fmt: skip
def test_a_gloss_opens_on_its_own_word(opening: str, gloss: bool) -> None:
    assert (role_pattern("comment_opener").match(opening) is not None) is gloss
