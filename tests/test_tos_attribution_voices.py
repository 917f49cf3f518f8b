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
    # A part's heading on its own line between the lead-in and the clause: the lead hands over past it.
    (
        (
            "Tilly changes its terms on 1 September. The new terms say:",
            "Your recipes and our licence",
            "You give Tilly a free, worldwide licence to copy and show your recipes in its apps.",
        ),
        (),
        ["You give Tilly a free, worldwide licence to copy and show your recipes in its apps."],
    ),
    (
        (
            "Les nouvelles conditions générales de Miro précisent désormais :",
            "Article 5 – Contenus publiés",
            "L'utilisateur concède à Miro un droit gratuit de reproduire les contenus qu'il publie.",
        ),
        (),
        ["L'utilisateur concède à Miro un droit gratuit de reproduire les contenus qu'il publie."],
    ),
    # A short line that binds someone is the clause itself, not a heading.
    (("The new terms say:", "We may sell your data", "Nothing else changed."), (), ["We may sell your data"]),
    # A Japanese document changed "as follows" hands over to the clause under the heading below it.
    (
        (
            "カモメ社が、従来の利用規約を以下のように変更しました。",
            "＜変更後＞",
            "ユーザーは、当社に対し、投稿した日記を無償で利用する権利を許諾するものとします。",
        ),
        (),
        ["ユーザーは、当社に対し、投稿した日記を無償で利用する権利を許諾するものとします。"],
    ),
    # "The notice" after a pop-up is the pop-up, an in-app notice; after a privacy notice, the document.
    (
        (
            "Many users found a pop-up on Tuesday. The notice read, “Tap AGREE to keep chatting after 1 March.”",
        ),
        (),
        [],
    ),
    (
        (
            "Chatterly published a new privacy notice. The notice reads, “We may keep reported messages for review.”",
        ),
        (),
        ["We may keep reported messages for review."],
    ),
    # "Adding," alone goes on with the sentence before: the policy's words after the policy's, a spokesperson's after theirs.
    (
        (
            "The updated policy read, “Natter needs some information about you to run our services,”",
            "Adding, “Shops you talk to may share details of those chats with us.”",
        ),
        (),
        [
            "Natter needs some information about you to run our services,",
            "Shops you talk to may share details of those chats with us.",
        ],
    ),
    (
        (
            "A Natter spokesperson said, “Nothing has changed for personal chats.”",
            "Adding, “We never read your messages.”",
        ),
        (),
        [],
    ),
    # The new agreement requiring users to agree (Chinese); the new terms stating (Vietnamese); not a regulator.
    (
        ("新版协议要求用户同意平台可以“在全球范围内免费使用用户上传的视频”。",),
        (),
        ["在全球范围内免费使用用户上传的视频"],
    ),
    (("监管部门要求平台“立即整改”。",), (), []),
    (
        ("Điều khoản mới ghi rõ người dùng “đồng ý cho Gọi Nhanh lưu lịch sử cuộc gọi”.",),
        (),
        ["đồng ý cho Gọi Nhanh lưu lịch sử cuộc gọi"],
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


# (title, paragraphs, the quotes that are the terms'): on a page that names no document by name, a pointing word counts
# when the quotation binds as terms do; a government's policy promises, a minister speaks.
UNNAMED_ROWS: list[tuple[str, tuple[str, ...], list[str]]] = [
    (
        "Chatterly users told to accept changes",
        ("The updated policy reads, “We may keep a copy of messages you report to us.”",),
        ["We may keep a copy of messages you report to us."],
    ),
    (
        "Chatterly users told to accept changes",
        ("The agreement states, “You agree that disputes will be settled by one arbitrator.”",),
        ["You agree that disputes will be settled by one arbitrator."],
    ),
    ("Budget 2026: what changed", ("The new policy says, “We will build 200 schools by 2028.”",), []),
    (
        "Budget 2026: what changed",
        ("The minister said the policy is clear: “We may revisit the tariff next year.”",),
        [],
    ),
]


@pytest.mark.parametrize(("title", "paragraphs", "expected"), UNNAMED_ROWS)
def test_a_pointing_word_on_a_page_naming_no_document_needs_binding_words(
    title: str, paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=title)) == expected
