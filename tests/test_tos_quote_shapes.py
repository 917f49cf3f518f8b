"""Shapes of quoted terms read on real pages (tos-real-styles-15): an article of the document numbered inside
its noun in Japanese, Chinese and Korean (第8条, 제12조), a Hindi article quoting a policy, a bare label with the
section's heading on its line over the clauses ("原文:コンテンツの利用"), and the document by its wording in
Portuguese ("a nova redação"); each with rows where the same shape carries a law's or someone else's words.
Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.tos_blocks import labelled_heading

TITLE = "What the new rules of the app say"

_units = partial(page_units, title=TITLE)

MATCHES = [
    # An article of the document, its number inside the noun, then a particle or a verb.
    (
        (
            "フォトンの利用規約が六月に改定された。",
            "新しい規約の第8条は「当社は、投稿された画像を無償で宣伝に利用できるものとします」と定めている。",
        ),
        ["当社は、投稿された画像を無償で宣伝に利用できるものとします"],
    ),
    (
        (
            "フォトンの利用規約が六月に改定された。",
            "また第15条では、「当社は、予告なくサービスを終了することがあります」としている。",
        ),
        ["当社は、予告なくサービスを終了することがあります"],
    ),
    (
        ("书虫近日更新了用户协议。", "新版协议第五条写道：“平台可以在不另行通知的情况下暂停服务。”"),
        ["平台可以在不另行通知的情况下暂停服务。"],
    ),
    (
        (
            "모아의 이용약관이 이달 바뀌었다.",
            '약관 제12조는 "회사는 사전 통지 없이 서비스를 중단할 수 있습니다"라고 규정한다.',
        ),
        ["회사는 사전 통지 없이 서비스를 중단할 수 있습니다"],
    ),
    # Hindi: the policy by its name or a pointing word, and "it is written in".
    (
        (
            "चैटली ने अपनी प्राइवेसी पॉलिसी बदल दी है। नई पॉलिसी में लिखा है, “हम आपकी लोकेशन अपने भागीदारों को दे सकते हैं।”",
        ),
        ["हम आपकी लोकेशन अपने भागीदारों को दे सकते हैं।"],
    ),
    # The policy as नीति, pointed to in the sentence after the danda that ends the one naming it.
    (
        (
            "किताबघर ऐप ने अपनी गोपनीयता नीति बदली है। नई नीति में लिखा है, “हम आपकी पढ़ने की आदतें विज्ञापन कंपनियों को बता सकते हैं।”",
        ),
        ["हम आपकी पढ़ने की आदतें विज्ञापन कंपनियों को बता सकते हैं।"],
    ),
    # A bare label with the section's heading on its line, over the clauses.
    (
        (
            "ヒカリは利用規約を改定した。",
            "原文:コンテンツの利用",
            "ユーザーは、投稿したコンテンツに関する権利を保持します。",
        ),
        ["ユーザーは、投稿したコンテンツに関する権利を保持します。"],
    ),
    (
        (
            "Quillet updated its terms of service on Monday.",
            "Original text: Use of your content",
            "We may use anything you upload to improve our services.",
        ),
        ["We may use anything you upload to improve our services."],
    ),
    # Parts of the document counted off with relative clauses: the second verb is the document's too.
    (
        (
            "Chirpy rewrote its privacy policy this month.",
            "It removed the paragraph which said that it keeps “your posts for as long as your account exists” and "
            "another which stated that it deletes “logs after 18 months.”",
        ),
        ["your posts for as long as your account exists", "logs after 18 months."],
    ),
    # A document that names what it grants.
    (
        (
            "Cuando te registras en Fotored, aceptas sus condiciones de uso. "
            "Sus condiciones de uso lo llaman “licencia gratuita y válida en todo el mundo”.",
        ),
        ["licencia gratuita y válida en todo el mundo"],
    ),
    # A numbered part named with its heading in quotation marks, its text set off below or quoted after.
    (
        (
            "Fable has changed its terms of service.",
            "Two sections stand out. The first is section 2.1, titled “Our Access to Your Drafts.”",
            "We may read your drafts by automated and manual means, but only where the law allows it.",
        ),
        ["We may read your drafts by automated and manual means, but only where the law allows it."],
    ),
    (
        (
            "Fable has changed its terms of service.",
            "In '2.1 Access to Your Drafts,' it now says, 'We may read your drafts to check them against our rules.'",
        ),
        ["We may read your drafts to check them against our rules."],
    ),
    # A pronoun and an adverb after the part: the aside between commas holds the verb.
    (
        (
            "Fable has changed its terms of service.",
            "In section 2.1, it now says, “We may read your drafts to check them against our rules.”",
        ),
        ["We may read your drafts to check them against our rules."],
    ),
    # A part and the participle that gives its words; a thread's numbered point.
    (
        (
            "Fable has quietly changed its privacy notice – a sentence reading “we may keep short audio clips "
            "to train our dictation” – and few noticed.",
        ),
        ["we may keep short audio clips to train our dictation"],
    ),
    (
        (
            "Fable's terms of service have changed.",
            "Point 5 is the worst: “You waive any right to a jury trial.”",
        ),
        ["You waive any right to a jury trial."],
    ),
    # Turkish, Arabic, Korean, Chinese, French and Portuguese shapes of a document's words.
    (
        (
            "Faltbox, kullanım koşullarını güncelledi.",
            "Yeni metinde “fotoğraflarınızı reklam amacıyla kullanabiliriz” ifadesi yer alıyor.",
        ),
        ["fotoğraflarınızı reklam amacıyla kullanabiliriz"],
    ),
    (
        (
            "Faltbox gizlilik politikasını değiştirdi.",
            "Politikada şu ifade yer alıyor: “Verilerinizi iş ortaklarımızla paylaşabiliriz.”",
        ),
        ["Verilerinizi iş ortaklarımızla paylaşabiliriz."],
    ),
    (
        (
            "تغير Faltbox سياسة الخصوصية",
            "وجاء في سياسة الخصوصية الجديدة: «يجوز لنا مشاركة بياناتك مع شركائنا».",
        ),
        ["يجوز لنا مشاركة بياناتك مع شركائنا"],
    ),
    (
        (
            "Faltbox가 이용약관을 개정했다.",
            '약관에는 "회사는 회원의 사진을 광고에 활용할 수 있다"고 명시돼 있다.',
        ),
        ["회사는 회원의 사진을 광고에 활용할 수 있다"],
    ),
    (
        ("Faltbox更新了用户协议。", "协议中写明：“平台有权将用户照片用于广告宣传。”"),
        ["平台有权将用户照片用于广告宣传。"],
    ),
    (
        (
            "Faltbox a modifié ses conditions générales d'utilisation.",
            "On peut y lire : « Nous pouvons utiliser vos photos à des fins publicitaires. »",
        ),
        ["Nous pouvons utiliser vos photos à des fins publicitaires."],
    ),
    (
        (
            "A Faltbox mudou seus termos de uso.",
            "O trecho mais polêmico diz: “Podemos usar suas fotos para publicidade”.",
        ),
        ["Podemos usar suas fotos para publicidade"],
    ),
    (
        (
            "Faltbox heeft zijn gebruiksvoorwaarden aangepast.",
            "In de nieuwe voorwaarden staat: “Wij mogen uw foto's gebruiken voor reclame.”",
        ),
        ["Wij mogen uw foto's gebruiken voor reclame."],
    ),
    (
        (
            "Faltbox zmienił regulamin.",
            "W nowym regulaminie czytamy: „Możemy wykorzystywać Twoje zdjęcia w reklamach”.",
        ),
        ["Możemy wykorzystywać Twoje zdjęcia w reklamach"],
    ),
    (
        (
            "Faltbox memperbarui kebijakan privasinya.",
            "Dalam kebijakan baru tertulis: “Kami dapat membagikan data Anda kepada mitra.”",
        ),
        ["Kami dapat membagikan data Anda kepada mitra."],
    ),
    # The document by its wording.
    (
        (
            "A Trampo mudou seus termos de uso.",
            "Segundo a nova redação, “as avaliações poderão ser exibidas em outros sites do grupo”.",
        ),
        ["as avaliações poderão ser exibidas em outros sites do grupo"],
    ),
]

NO_MATCHES = [
    # An article of a law, the number right after its name: the statute's words.
    (
        "フォトンの利用規約が六月に改定された。",
        "個人情報保護法第27条は「本人の同意を得ないで第三者に提供してはならない」と定めている。",
    ),
    (
        "모아의 이용약관이 이달 바뀌었다.",
        '개인정보 보호법 제15조는 "정보주체의 동의를 받아야 한다"라고 규정한다.',
    ),
    # A spokesperson, in Hindi.
    (
        "चैटली ने अपनी प्राइवेसी पॉलिसी बदल दी है।",
        "कंपनी के प्रवक्ता ने कहा, “हम आपके संदेश नहीं पढ़ते।”",
    ),
    # A government's new policy (नीति) on a page that names no company's document.
    ("राज्य सरकार ने नई नीति जारी की है। नई नीति में लिखा है, “हर ऐप को अपना डेटा देश में रखना होगा।”",),
    # A label over minutes, on a page that names no document; a label that hands over to nothing.
    (
        "The city council met on Monday.",
        "Original text: Minutes of the meeting",
        "We may adjourn the meeting at any time.",
    ),
    (
        "Quillet updated its terms of service on Monday.",
        "Update: New features this week",
        "We may add more stickers to the keyboard soon.",
    ),
    # Someone after "another which": a person is no part of the document.
    (
        "Chirpy rewrote its privacy policy this month.",
        "One lawyer called the change “a quiet land grab”, and another who read it said it was “worse than before”.",
    ),
    # A person who calls something a name.
    ("Fotored cambió sus condiciones de uso.", "Los usuarios lo llaman “un robo de fotos en toda regla”."),
    # A bill's section with its heading; a minister's numbered point; a lawyer reading the policy.
    (
        "The bill was tabled on Monday.",
        "The first is section 5, titled “Penalties.”",
        "A company may be fined for each breach.",
    ),
    ("The minister set out a ten-point plan.", "Point 5 is the worst: “Every school must install cameras.”"),
    (
        "Fable has changed its privacy policy.",
        "A lawyer reading it for us called one line “a blank cheque for the company”.",
    ),
    # A spokesperson in Turkish and in Arabic; a trade agreement and a law, on pages that name no document.
    ("Faltbox gizlilik politikasını değiştirdi.", "Şirket sözcüsü “verilerinizi satmıyoruz” dedi."),
    ("تغير Faltbox سياسة الخصوصية", "وقال متحدث باسم الشركة: «لا نبيع بياناتكم»."),
    ("两国签署了贸易协议。", "协议中写明：“双方将降低关税。”"),
    (
        "Le Parlement a adopté la loi.",
        "On peut y lire : « Les plateformes doivent vérifier l'âge des utilisateurs. »",
    ),
    # French "but" after a comma opens another subject's clause (Portuguese "mais" is "more").
    (
        "Faltbox a modifié ses conditions générales d'utilisation.",
        "Le texte reste flou, mais la société a précisé : « Nous ne vendons pas vos photos. »",
    ),
    # "A nova redação" of a bill, on a page that names no document.
    (
        "O projeto de lei foi votado ontem.",
        "Segundo a nova redação, “o prazo passa a ser de trinta dias”.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_the_document_s_words_are_found(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_a_law_s_or_someone_else_s_words_are_not(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(_units(*paragraphs)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("原文:コンテンツの利用", True),
        ("Original text: Use of your content", True),
        ("Original text: We may use your content.", False),  # a sentence, not a heading
        ("Update: New features", False),  # a label that names no document's words
        ("原文:", False),  # nothing after the colon: a bare lead of its own
    ],
)
def test_a_labelled_heading_is_a_label_and_a_short_heading(line: str, expected: bool) -> None:
    assert labelled_heading(line) is expected
