"""Whose words a quotation is, by who or what introduces it on pages about one company's terms: the
app's users bound by them ("Borrowers must now agree that KudiPay can “…”"), and the people a company's
statement, a spokesperson or a critic speaks for, who stay theirs. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from parsers.model import BlockKind

TITLE = "What the new terms of service say"

# (paragraphs, block kinds, the quotes that are the terms')
ROWS: list[tuple[tuple[str, ...], tuple[BlockKind, ...], list[str]]] = [
    # An app's users by the name its page gives them, bound in the present tense: the terms' words.
    (
        ("Borrowers must now agree that KudiPay can “text your saved contacts about late payments”.",),
        (),
        ["text your saved contacts about late payments"],
    ),
    (
        ("Riders now agree that Zipa may “show drivers your last three trip areas”.",),
        (),
        ["show drivers your last three trip areas"],
    ),
    (
        ("Writers now grant Fable “a lasting right to resell their stories”.",),
        (),
        ["a lasting right to resell their stories"],
    ),
    # Someone who says so first keeps the words: a critic, a campaigner.
    (("A campaigner said borrowers must agree that KudiPay can “do anything it likes”.",), (), []),
    (("Critics say writers now grant Fable “everything but their names”.",), (), []),
]


@pytest.mark.parametrize(("paragraphs", "kinds", "expected"), ROWS)
def test_who_introduces_a_quotation_decides_whose_it_is(
    paragraphs: tuple[str, ...], kinds: tuple[BlockKind, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE, kinds=kinds)) == expected


ARABIC_TITLE = "شروط الخدمة الجديدة لتطبيق وصل"

# (paragraphs, title, the quotes that are the terms'): Arabic puts the verb before the document it is said of.
ARABIC_ROWS: list[tuple[tuple[str, ...], str, list[str]]] = [
    (
        ("تنص الشروط على «يلتزم المستخدم بتعويض الشركة عن أي خسارة».",),
        ARABIC_TITLE,
        ["يلتزم المستخدم بتعويض الشركة عن أي خسارة"],
    ),
    (
        ("وكتنص السياسة المحدثة على أن «وصل ستشارك رقم هاتفك مع الشركات التابعة لها».",),
        ARABIC_TITLE,
        ["وصل ستشارك رقم هاتفك مع الشركات التابعة لها"],
    ),
    (
        (
            "يقول البند “أنت توافق على إتاحة المحتوى لشركات أخرى”.",
            "ويضيف البند “قد يتم هذا الاستخدام دون مقابل”.",
        ),
        ARABIC_TITLE,
        ["أنت توافق على إتاحة المحتوى لشركات أخرى", "قد يتم هذا الاستخدام دون مقابل"],
    ),
    (
        (
            "وتنص هذه السياسة على ما يلي:",
            "نشارك معلومات حسابك، بما فيها رقم هاتفك، مع الشركات التابعة لنا لعرض إعلانات.",
        ),
        ARABIC_TITLE,
        ["نشارك معلومات حسابك، بما فيها رقم هاتفك، مع الشركات التابعة لنا لعرض إعلانات."],
    ),
    # The company, a spokesperson, a treaty on a page that names no company's document: not the terms.
    (("أكدت الشركة أن «الرسائل الخاصة تبقى مشفرة».",), ARABIC_TITLE, []),
    (("وقال متحدث باسم الشركة: «التغييرات اختيارية».",), ARABIC_TITLE, []),
    (("تنص الاتفاقية على «وقف إطلاق النار فورا».",), "اتفاق جديد في غزة", []),
]


@pytest.mark.parametrize(("paragraphs", "title", "expected"), ARABIC_ROWS)
def test_an_arabic_verb_before_the_document_gives_it_the_quotation(
    paragraphs: tuple[str, ...], title: str, expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=title)) == expected
