"""Terms-quote families found on the tune half of tos-real-styles-19 and by probing the lead forms of the pages
read for it: a quotation that is only the name of a document, a company's name between "the" and "terms", a
writer's "(emphasis added)" after a clause, Turkish privacy principles, a review's clause label, a lead-in
that trails off in an ellipsis, Chinese verbs and prepositions of a document, a comment opening with a
quotation someone else takes, Arabic "according to" and joined prepositions, a Turkish provision "contained".
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from parsers.model import Unit

TITLE = "What the fine print says"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # What the writer calls the document, in quotation marks, is its name, not its wording.
        (("Este acuerdo llamado “términos y condiciones” es un contrato de adhesión.",), []),
        (('Nobody reads what the app calls its "privacy policy", and the terms say nothing either.',), []),
        (("Ce que Zoomly appelle « conditions générales » tient sur quarante pages.",), []),
        # Wording that names a document among other words is still wording.
        (
            ('The terms of use say "you agree to the privacy policy and to our cookie rules".',),
            ["you agree to the privacy policy and to our cookie rules"],
        ),
        (('The new terms say "we may keep your drafts".',), ["we may keep your drafts"]),
    ],
)
def test_a_quoted_document_name_is_no_wording(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A company's name where a describing word would stand: "the Friendlr terms".
        (
            (
                "Why no photo? Because this is what the Friendlr terms for users' content include:",
                "“you give us a licence to use anything you upload, which we may pass on to others”",
            ),
            ["you give us a licence to use anything you upload, which we may pass on to others"],
        ),
        (
            ('The Quillet terms now say "we may delete inactive accounts after a year".',),
            ["we may delete inactive accounts after a year"],
        ),
        # The name alone, with no verb of the document, hands over nothing.
        (("The Quillet terms run to forty pages. “Who has time?” one reader asked.",), []),
    ],
)
def test_a_company_s_terms_by_its_name(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The writer's note after the clause names no speaker, though "added" is a verb of saying.
        (
            (
                "This is what the Friendlr terms include:",
                "“we may transfer or sublicense the licence you give us” (emphasis added)",
            ),
            ["we may transfer or sublicense the licence you give us"],
        ),
        (
            (
                "This is what the Friendlr terms include:",
                "“we may transfer or sublicense the licence you give us” [sic]",
            ),
            ["we may transfer or sublicense the licence you give us"],
        ),
        # A speaker after the quotation still takes it.
        (
            (
                "This is what the Friendlr terms include:",
                "“we would never sell your photos,” a spokesperson added.",
            ),
            [],
        ),
    ],
)
def test_a_writer_s_note_after_a_clause(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "Gizlilik ilkesi" (privacy principles), as messaging apps name their policy in Turkish, with its
        # locative ending and a contrastive "ise" before the quotation.
        (
            (
                'Uygulamanın güncellenen gizlilik ilkesinde ise "Bilgilerinizi grup şirketlerimizle paylaşabiliriz" ifadesi yer alıyor.',
            ),
            ["Bilgilerinizi grup şirketlerimizle paylaşabiliriz"],
        ),
        (
            ('Kullanıcı sözleşmesinde "Hesabınızı dilediğimiz zaman kapatabiliriz" deniliyor.',),
            ["Hesabınızı dilediğimiz zaman kapatabiliriz"],
        ),
        # The board's own statement is no document's wording.
        (('Kurul açıklamasında "Veri paylaşımı rekabeti bozmaktadır" denildi.',), []),
    ],
)
def test_turkish_privacy_principles_and_user_agreement(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A review lists each clause under a label, then its comment under another.
        (
            (
                "条款:平台有权随时终止向用户提供服务,已支付的费用概不退还。",
                "点评:该条款排除了消费者解除合同的权利。",
            ),
            ["平台有权随时终止向用户提供服务,已支付的费用概不退还"],
        ),
        (
            (
                "Clause: We may close your account at any time and keep any credit left on it.",
                "Our view: unfair.",
            ),
            ["We may close your account at any time and keep any credit left on it"],
        ),
        # The comment's label, or a label inside a sentence, is no clause's.
        (("点评:该条款免除了平台应承担的责任,违反了法律规定。",), []),
        (("Clauses reviewed: twelve in all, and the agency found that eight of them were unfair.",), []),
    ],
)
def test_a_review_s_clause_label(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A lead-in that trails off in an ellipsis hands over as a colon does.
        (
            ("Zoomly's new privacy policy says…", "We may collect your face geometry to check who you are."),
            ["We may collect your face geometry to check who you are."],
        ),
        (
            (
                "Zoomly's new privacy policy says...",
                "We may collect your face geometry to check who you are.",
            ),
            ["We may collect your face geometry to check who you are."],
        ),
        (
            (
                "たとえばツブヤキのプライバシーポリシーには……",
                "当社は、本人確認のために、ユーザーの生体情報を取得することがあります。",
            ),
            ["当社は、本人確認のために、ユーザーの生体情報を取得することがあります。"],
        ),
        # Not when someone else speaks, nor when the document only is the object of the writer's sentence.
        (
            (
                "A spokesperson said the privacy policy was being reviewed…",
                "We may collect your face geometry to check who you are.",
            ),
            [],
        ),
        (
            (
                "I read the whole privacy policy so you don't have to…",
                "Honestly it was boring and I fell asleep twice.",
            ),
            [],
        ),
    ],
)
def test_a_lead_in_that_trails_off(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Chinese verbs of a document (显示 shows, 载明 states in writing) and prepositions (根据, 依据, 按照).
        (
            ("隐私政策显示,“我们可能会与关联公司共享您的个人信息”。",),
            ["我们可能会与关联公司共享您的个人信息"],
        ),
        (("用户协议载明:“平台有权单方面调整服务内容。”",), ["平台有权单方面调整服务内容。"]),
        (
            ("根据用户协议,“用户上传的内容,平台享有永久免费使用权”。",),
            ["用户上传的内容,平台享有永久免费使用权"],
        ),
        # Data that shows, or a support agent who answers, is no document.
        (("数据显示,“超过一半的用户从不阅读协议”。",), []),
        (("平台客服表示:“协议内容符合法律规定。”",), []),
    ],
)
def test_chinese_document_verbs_and_prepositions(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="用户协议")) == expected


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        # A comment opening with a quotation in the voice of terms quotes the document the thread is about.
        (
            "“you must not use the files for training” — lovely, from the new terms.",
            ["you must not use the files for training"],
        ),
        # Not when the rest of its sentence gives the quotation to someone else.
        ("“Don't panic” is what their blog post says about the new terms.", []),
        ("“You must read the terms before you click accept,” my lawyer friend told me.", []),
    ],
)
def test_a_comment_opening_with_a_quotation(comment: str, expected: list[str]) -> None:
    units = (
        Unit("title", "title", "Quillet changes its terms of service"),
        Unit("b0", "block", "Quillet will use uploaded files to train its assistant, its new terms say."),
        Unit("c0", "comment", comment),
    )
    assert quotes_found(units) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Arabic "according to" before a document, and a preposition joined to the document's first word.
        (
            ('وبحسب سياسة الخصوصية، "قد نشارك معلوماتك مع شركائنا في الإعلانات".',),
            ["قد نشارك معلوماتك مع شركائنا في الإعلانات"],
        ),
        (
            ('ووفقاً لشروط الخدمة، "يحق للشركة تعديل الأسعار في أي وقت".',),
            ["يحق للشركة تعديل الأسعار في أي وقت"],
        ),
        # A spokesman's words about the policy stay his.
        (('وأكد المتحدث باسم الشركة أن "سياسة الخصوصية تحمي المستخدمين".',), []),
        # Turkish: a provision the document "contains" ("… hükmünü içeriyor").
        (
            (
                'Üyelik sözleşmesinin 5. maddesi "Şirket, hizmeti dilediği zaman durdurabilir" hükmünü içeriyor.',
            ),
            ["Şirket, hizmeti dilediği zaman durdurabilir"],
        ),
    ],
)
def test_arabic_prepositions_and_turkish_provisions(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="شروط الخدمة الجديدة")) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # An opening phrase closed by a comma ("In our view,") governs no document after it: what the writer
        # then calls the clause is the writer's opinion, not its wording.
        (("In our view, the clause is “likely unenforceable” under California law.",), []),
        (("In short, the terms are “a blank cheque” for the company.",), []),
        # A preposition right before the document still puts the quotation in it.
        (
            ("In its new privacy policy, Zoomly says it “may share your data with partners”.",),
            ["may share your data with partners"],
        ),
        (
            ("In the updated terms, users “grant Zoomly a licence to their photos”.",),
            ["grant Zoomly a licence to their photos"],
        ),
        # German "so die AGB" (according to the terms), between commas.
        (("Im Kern, so die AGB, darf Zoomly „alle Inhalte nutzen“.",), ["alle Inhalte nutzen"]),
    ],
)
def test_an_opening_phrase_closed_by_a_comma(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Zoomly updates its terms")) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # What a document is said not to say is no wording of it (a fact-check of a viral claim about the terms).
        (("The terms say nothing about “AI training”.",), []),
        (("The privacy policy does not mention “biometric data” anywhere.",), []),
        (("The terms, which run to 40 pages, do not mention “AI training” at all.",), []),
        (("The policy makes no mention of “facial recognition”.",), []),
        (("Nothing in the policy says the company will “delete your data on request”.",), []),
        # The same denial with a plural subject or a plain verb after "never".
        (("The new terms never say “we will delete your clips”.",), []),
        (("The policies never mention “location history” at all.",), []),
        # A denied permission is the terms' own prohibition; "no longer" quotes wording the terms had.
        (
            ("The terms do not allow users to “share their accounts with others”.",),
            ["share their accounts with others"],
        ),
        (
            ("The new terms no longer include the phrase “we will never sell your data”.",),
            ["we will never sell your data"],
        ),
        (("The terms don't just say “we may share data”; they list every partner.",), ["we may share data"]),
    ],
)
def test_what_a_document_is_said_not_to_say(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Quillet rewrites its terms of service")) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # Wording someone wishes the document had, or supposes it might have, is none of its wording.
        (("Critics want the terms to say “we will never sell your data”.",), []),
        (("Privacy groups urged Quillet to add “a clear opt-out” to its privacy policy.",), []),
        (
            (
                "The regulator asked Quillet to rewrite the clause so that it reads “users may opt out at any time”.",
            ),
            [],
        ),
        (("If the terms said “we sell your data”, users would leave.",), []),
        (("The draft bill would require privacy policies to state “who receives your data”.",), []),
        (("Asked whether the policy allows “selling data”, the company declined to comment.",), []),
        # Wording the company did put in stays the document's.
        (
            ("Quillet changed its terms to say “we may train models on public posts”.",),
            ["we may train models on public posts"],
        ),
        (
            ("The terms say users who want to “delete their account” must email support.",),
            ["delete their account"],
        ),
    ],
)
def test_wording_someone_wishes_a_document_had(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Quillet rewrites its terms of service")) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "According to the company" in Japanese, Korean and Chinese: its account of its terms, not their wording.
        (("同社によると、新しい利用規約は「より分かりやすくなった」という。",), []),
        (('회사 측에 따르면 새 약관은 "이용자 권리를 강화했다".',), []),
        (("据公司介绍,新版用户协议“进一步保护了用户隐私”。",), []),
        # According to the document itself, the quotation is its wording.
        (
            ("利用規約によれば、「投稿内容の著作権は当社に帰属する」という。",),
            ["投稿内容の著作権は当社に帰属する"],
        ),
        (("根据用户协议,“平台有权单方面修改服务内容”。",), ["平台有权单方面修改服务内容"]),
    ],
)
def test_according_to_the_company_in_cjk(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="規約")) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A fact check reports what a hoax or a viral post says the terms say: the claim's words, not the terms'.
        (("A viral post claims the terms let Quillet “own every photo you upload”.",), []),
        (("Rumours that the privacy policy lets Quillet “listen to your calls” are false.",), []),
        (("The hoax says that under the new terms Quillet can “read your private messages”.",), []),
        (
            (
                "Users are sharing a screenshot that supposedly shows the terms saying “all content belongs to Quillet”.",
            ),
            [],
        ),
        # What the terms really say, in the same fact check, is their wording.
        (
            (
                "In fact, the terms say users keep ownership and give Quillet “a licence to host and display” their photos.",
            ),
            ["a licence to host and display"],
        ),
    ],
)
def test_a_fact_check_of_a_hoax_about_the_terms(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    title = "Fact check: no, Quillet's terms do not let it own your photos"
    assert quotes_found(page_units(*paragraphs, title=title)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A quotation standing alone after a sentence about the terms, in someone's own voice (I, my): a reaction.
        (
            (
                "The new terms say Quillet may use uploads to train its models.",
                "“I'm deleting my account today.”",
            ),
            [],
        ),
        (
            (
                "The new terms say Quillet may use uploads to train its models.",
                "“My photos are mine, not theirs.”",
            ),
            [],
        ),
        # In the terms' voice it goes on with the document, as before.
        (
            (
                "The terms now make clear that scraping is banned.",
                "“You may not scrape the site by automated means.”",
            ),
            ["You may not scrape the site by automated means."],
        ),
    ],
)
def test_a_reaction_standing_alone_after_the_terms(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title="Quillet rewrites its terms of service")) == expected
