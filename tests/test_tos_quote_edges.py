"""Where a quotation of terms starts and ends (tos-real-styles-18): a quotation left open at a paragraph's end
and closed in the next paragraph, which opens on no mark, is one span per paragraph; a quotation nested
in the document's quotation is part of it, not a second span. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.quotes import find_quotes

TITLE = "Zoomly changes its terms"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'The new clause reads: "We may use your content to train our models.',
                'You can opt out in your settings at any time." Critics were unimpressed.',
            ),
            ["We may use your content to train our models.", "You can opt out in your settings at any time."],
        ),
        (
            (
                "La nueva cláusula dice: «Podemos usar tu contenido para entrenar modelos.",
                "Puedes oponerte en tu perfil.»",
            ),
            ["Podemos usar tu contenido para entrenar modelos.", "Puedes oponerte en tu perfil."],
        ),
        # The next paragraph opens a quotation of its own: it closes nothing.
        (
            (
                'The new clause reads: "We may use your content to train our models.',
                '"You can opt out at any time."',
            ),
            ["We may use your content to train our models.", "You can opt out at any time."],
        ),
        # Nothing was left open: a closing mark in the next paragraph is no continuation.
        (
            (
                'The new clause reads: "We may use your content."',
                'Critics said it was "too broad" and "vague."',
            ),
            ["We may use your content."],
        ),
        # A quotation nested in the document's.
        (
            (
                "The privacy policy says Zoomly may share data with \"our partners, including 'trusted third parties'\".",
            ),
            ["our partners, including 'trusted third parties'"],
        ),
    ],
)
def test_a_quotation_s_span_in_these_shapes(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Korean quotation that opens on a digit, its particle right after the closing mark.
        ("약관 문구를 '7일 이내 환불'에서 '3일 이내 환불'로 바꿨다.", ["7일 이내 환불", "3일 이내 환불"]),
        ("规约把‘30日以内’改成了‘7日以内’。", ["30日以内", "7日以内"]),
        # The mark before a Latin decade still elides a century.
        ("the ‘90s rules ended’ long ago", []),
    ],
)
def test_a_quotation_opening_on_digits_before_cjk_script(text: str, expected: list[str]) -> None:
    assert [text[quote.start : quote.end] for quote in find_quotes(text)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The document's name and a numbered part as a label before a colon, the clause after it binding.
        (
            "Zoomly's terms of service, section 5: We may suspend accounts that break these rules.",
            ["We may suspend accounts that break these rules"],
        ),
        (
            "ピクモ利用規約第5条：当社は、違反したユーザーのアカウントを停止できるものとします。",
            ["当社は、違反したユーザーのアカウントを停止できるものとします"],
        ),
        (
            "누리 이용약관 제5조: 회사는 위반 회원의 계정을 정지할 수 있습니다.",
            ["회사는 위반 회원의 계정을 정지할 수 있습니다"],
        ),
        ("饭来了用户协议第5条规定：平台有权冻结违规账户。", ["平台有权冻结违规账户"]),
        # A bare name over a writer's summary; a writer's heading; a clause that binds nobody.
        ("Zoomly's privacy policy: users can now opt out of targeted ads in settings.", []),
        ("What the new terms of service, section 5, mean for you: you may lose access.", []),
        ("Zoomly's terms of service, section 5: a short history of the account rules.", []),
    ],
)
def test_a_clause_after_a_label_naming_the_document_and_its_part(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("title", "paragraph", "expected"),
    [
        (
            "Zoomly modifie ses CGU",
            "« Nous pouvons utiliser vos enregistrements » : voilà ce que prévoient désormais les CGU de Zoomly.",
            ["Nous pouvons utiliser vos enregistrements"],
        ),
        (
            "Zoomly cambia sus términos",
            "«Podemos usar tus grabaciones». Así reza la nueva cláusula de los términos de Zoomly.",
            ["Podemos usar tus grabaciones"],
        ),
        # Pointing back to a minister's words, or a law's: no document named.
        ("Le ministre s'exprime", "« Nous allons agir vite » : voilà ce que promet le ministre.", []),
        (
            "Nueva ley aprobada",
            "«Las plataformas deben verificar la edad». Así reza el artículo 5 de la ley.",
            [],
        ),
    ],
)
def test_a_sentence_pointing_back_at_a_quotation_names_its_document(
    title: str, paragraph: str, expected: list[str]
) -> None:
    assert quotes_found(page_units(paragraph, title=title)) == expected
