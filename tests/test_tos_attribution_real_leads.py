"""Whose words a quotation is, by more families of real leads: a source line that is only a company
and its document, a numbered article between a Japanese or Korean document and its particle, users
granting the company something, a time before the pronoun that stands for the document, Korean
"written as" before the document named after the quote; and a line or a passage that belongs to a
help page, not to the terms. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from parsers.model import BlockKind

TITLE = "What the new terms of service say"

# (paragraphs, block kinds, the quotes that are the terms')
ROWS: list[tuple[tuple[str, ...], tuple[BlockKind, ...], list[str]]] = [
    # A line that is only a company and its document cites the clause above it (the parser leaves
    # "– Pebblr Terms of Use" as a list item without its dash).
    (
        (
            "Two passages we liked.",
            "You must be 16 to use Pebblr. If you are younger, close this tab.",
            "Pebblr Terms of Use",
        ),
        ("paragraph", "paragraph", "list_item"),
        ["You must be 16 to use Pebblr. If you are younger, close this tab."],
    ),
    (
        (
            "Two passages we liked.",
            "You have to be 16 to use Pebblr. Younger readers, close this tab.",
            "Pebblr Terms of Use",
        ),
        ("paragraph", "paragraph", "list_item"),
        ["You have to be 16 to use Pebblr. Younger readers, close this tab."],
    ),
    (
        ("Two passages we liked.", "Pebblr is popular with teenagers in Leeds.", "Pebblr Terms of Use"),
        ("paragraph", "paragraph", "list_item"),
        [],
    ),
    (
        ("Two passages we liked.", "You must be 16 to use Pebblr.", "The Terms of Use"),
        ("paragraph", "paragraph", "list_item"),
        [],
    ),
    # A numbered article between the document and its particle: the quote stands in that article.
    (
        ("新規約の第9条には「当社は、投稿された写真を広告に使用できるものとします」とある。",),
        (),
        ["当社は、投稿された写真を広告に使用できるものとします"],
    ),
    (
        ('이 회사 약관 제9조에는 "회사는 이용자의 게시물을 홍보에 사용할 수 있습니다"라고 적혀 있다.',),
        (),
        ["회사는 이용자의 게시물을 홍보에 사용할 수 있습니다"],
    ),
    # Users granting the company something, in the present tense: the terms' licence.
    (
        (
            'Con los cambios, los vendedores otorgan a la empresa "una licencia gratuita para usar sus fotos".',
        ),
        (),
        ["una licencia gratuita para usar sus fotos"],
    ),
    (
        ('Un vocero dijo que los vendedores otorgan a la empresa "solo permisos limitados".',),
        (),
        [],
    ),
    # A time before the pronoun: "As of 6 March 2024, they state:".
    (
        (
            "Take the terms of use of the Maple Gazette's website. As of 6 March 2024, they state:",
            '"These terms may change from time to time, so check back often."',
        ),
        (),
        ["These terms may change from time to time, so check back often."],
    ),
    (
        ('The terms of use changed in March. Since June, the minister has said: "we will look at it".',),
        (),
        [],
    ),
    # A piece of text pointed at belongs to the help page that is the subject before it.
    (
        ('The privacy policy runs long. Its help page sums it up in one line: "We never sell your data."',),
        (),
        [],
    ),
    (
        ('The privacy policy sums it up in one line: "We may sell aggregated data to partners."',),
        (),
        ["We may sell aggregated data to partners."],
    ),
    # Korean "written as" with the terms named after the quote; not a quoted name before them, nor the
    # regulator's model terms.
    (
        (
            "한 쇼핑몰은 '회원이 탈퇴하면 모든 후기는 회사의 소유가 됩니다'라고 적어두는 등 약관을 허술하게 만들었다.",
        ),
        (),
        ["회원이 탈퇴하면 모든 후기는 회사의 소유가 됩니다"],
    ),
    (("배달앱 '바로배달' 약관을 두고 논란이 커지고 있다.",), (), []),
    (('"침묵은 승낙?"…다온페이 약관 조항 논란',), (), []),
    (("공정위는 '사업자는 환불을 거부할 수 없다'라고 적어둔 표준약관을 배포했다.",), (), []),
    # A company or a person named after a comma before a verb of saying speaks; a writer prompted to
    # write does too. In the document, the company speaks in it.
    (('When asked about the terms, Zentri said: "We take privacy seriously."',), (), []),
    (('The updated terms prompted one user to write: "I am deleting my account today."',), (), []),
    (
        ('In the new privacy policy, Natter says it may share "device data with its group".',),
        (),
        ["device data with its group"],
    ),
    # More ways to say "according to" before a document.
    (
        ('De acordo com os termos de uso, o cliente "pagará multa de três mensalidades".',),
        (),
        ["pagará multa de três mensalidades"],
    ),
    # An impersonal attribution with the document named after it; a bracketed note is no speaker.
    (
        ("„Wir dürfen Inhalte jederzeit löschen“, heißt es in den neuen AGB.",),
        (),
        ["Wir dürfen Inhalte jederzeit löschen"],
    ),
    (
        ('The terms say users "waive any right to a class action" (emphasis added).',),
        (),
        ["waive any right to a class action"],
    ),
    (('"We will never read your chats" (emphasis added), the company said.',), (), []),
    # A Japanese lead-in that ends on its own full stop hands over to the clause under it.
    (
        (
            "カモメの現在の規約には、次の一文がある。",
            "当社は、本人確認のため、利用者の顔画像を収集し利用することがあります。",
            "カモメプライバシーポリシーより引用",
        ),
        (),
        ["当社は、本人確認のため、利用者の顔画像を収集し利用することがあります。"],
    ),
    # Users bound by the terms, or the company reserving a right, on a page about them; not when
    # someone says so before.
    (
        (
            'Zentri published new terms on Monday. They run to 40 pages. Users must now accept "binding arbitration".',
        ),
        (),
        ["binding arbitration"],
    ),
    (
        ('Zentri also reserves the right to "remove content without notice".',),
        (),
        ["remove content without notice"],
    ),
    (('Critics say users must accept "far too much".',), (), []),
    (('A spokesperson said users must accept "the update to keep using the app".',), (), []),
    # A lead-in that says how the document named before goes.
    (
        (
            "Zentri changed its terms of service on Monday. It goes like this:",
            '"We may use your content to train our models."',
        ),
        (),
        ["We may use your content to train our models."],
    ),
    (
        (
            "Zentri changed its terms of service on Monday. What it used to say:",
            '"We will never use your content for training."',
        ),
        (),
        ["We will never use your content for training."],
    ),
    # Documents, particles, prepositions and verbs in more languages.
    (
        ('Yeni kullanım koşullarında "Şirket, içerikleri reklamlarda kullanabilir" ifadesi yer alıyor.',),
        (),
        ["Şirket, içerikleri reklamlarda kullanabilir"],
    ),
    (('Bakanlık açıklamasında "Şirket incelenecek" denildi.',), (), []),
    (
        ('In de nieuwe algemene voorwaarden staat: "Zentri mag inhoud gebruiken voor reclame."',),
        (),
        ["Zentri mag inhoud gebruiken voor reclame."],
    ),
    (
        ('W nowym regulaminie czytamy: "Zentri może wykorzystywać treści w reklamach."',),
        (),
        ["Zentri może wykorzystywać treści w reklamach."],
    ),
    (
        (
            'Dalam syarat dan ketentuan yang baru disebutkan bahwa "pengguna memberikan lisensi kepada Zentri".',
        ),
        (),
        ["pengguna memberikan lisensi kepada Zentri"],
    ),
    # More names of terms and platform rules.
    (
        ('Zentri\'s conditions of carriage say passengers "may be refused boarding".',),
        (),
        ["may be refused boarding"],
    ),
    (('OpenAI\'s usage policies say users "may not build weapons".',), (), ["may not build weapons"]),
]


@pytest.mark.parametrize(("paragraphs", "kinds", "expected"), ROWS)
def test_real_leads_give_the_quote_to_the_terms_or_to_nobody(
    paragraphs: tuple[str, ...], kinds: tuple[BlockKind, ...], expected: list[str]
) -> None:
    """Each row is a short page; the quotes found are exactly the terms' ones."""
    assert quotes_found(page_units(*paragraphs, title=TITLE, kinds=kinds)) == expected


# (paragraph, the quotes that are the terms') on a page that names no document by name
COMPANY_POLICY_ROWS = [
    (
        'Charla\'s new policy says it may share "information about how you interact with businesses".',
        ["information about how you interact with businesses"],
    ),
    ('India\'s new policy says apps must "store payment data locally".', []),
    ('The commission\'s policy says staff "must answer within a month".', []),
    ('The new policy says apps must "store payment data locally".', []),
]


@pytest.mark.parametrize(("paragraph", "expected"), COMPANY_POLICY_ROWS)
def test_a_company_named_before_policy_makes_it_a_document(paragraph: str, expected: list[str]) -> None:
    """A company's name before "policy" ("Charla's new policy") makes it the company's document, on a page
    that names none by name; a country's or a public body's policy, or a bare one, is not."""
    units = page_units("Millions use the app every day.", paragraph, title="Users worried about data sharing")
    assert quotes_found(units) == expected
