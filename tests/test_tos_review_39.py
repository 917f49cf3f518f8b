"""Review of session 39's terms-quote rules (revtos39), and what revtos38 left: a list set off under the writer's
summary ("The main points:"), under the writer's steps for the reader ("To opt out, you must:", "Here is what you can
do before then:") or a message someone received ("I found the following in my inbox …:") is not the terms'. Every text
here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_TERMS = "Quillr's new terms of service let it use posts to train its models."
_ARBITRATION = "You agree to resolve any dispute with Quillr by binding individual arbitration."


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # The writer's steps for the reader under a lead that tells them what to do.
        (f"{_TERMS} To opt out, you must:\n\n1. Open Settings and tap Privacy.\n2. Turn off the training switch.\n\n"
         "It takes a minute.", []),
        (f"{_TERMS} Here's how to opt out:\n\n1. Open the app and go to Settings.\n2. Turn off the training switch.\n\n"
         "It takes a minute.", []),
        ("Quillr's terms of service change on 1 May. Here is what you can do before then:\n\n1. Download a copy of your "
         "posts.\n2. Delete old drafts you no longer need.\n\nNone of this stops the change.", []),
        # The writer's summary of the terms.
        ("We read Quillr's new terms so you don't have to. The main points:\n\n• You can no longer sell your account.\n"
         "• You may only hold one account.\n\nQuillr did not comment.", []),
        # A message someone received, set off under a lead that names the terms.
        ("I found the following in my inbox this morning from Quillr, after its terms of service changed:\n\nWe are "
         "updating our terms. You don't need to do anything, and we will keep your data safe.\n\nAnyone else get this?",
         []),
        # The terms, named as the subject before the message's words: theirs.
        ("Quillr's terms of service changed last week. The new terms, which landed in my inbox this morning, say:\n\n"
         f"{_ARBITRATION}\n\nFew opt out.", [_ARBITRATION]),
        # The terms' own clause under a lead that names them, or under "Here's how it reads:": the terms'.
        (f"The arbitration section of Quillr's terms is strict. Here's how it reads:\n\n{_ARBITRATION}\n\nFew opt out.",
         [_ARBITRATION]),
        (f"Quillr's terms of service changed last week. One change stands out:\n\n{_ARBITRATION}\n\nFew opt out.",
         [_ARBITRATION]),
        ("Quillr's terms of service changed. The section on arbitration now says:\n\nTo opt out, you must send us a "
         "written notice within 30 days of accepting these terms.\n\nFew will.",
         ["To opt out, you must send us a written notice within 30 days of accepting these terms."]),
    ],
)  # fmt: skip
def test_review_39(body: str, found: list[str]) -> None:
    assert article_quotes("Quillr changes its terms", body) == found


_KO_LEAD = "툰모아가 이용약관을 개정했다. 개정 약관에는 다음과 같이 적혀 있다."
_KO_CLAUSE = "회사는 이용자가 게시한 작품을 서비스 홍보를 위하여 무상으로 이용할 수 있습니다."
_ZH_LEAD = "某平台修改了用戶協議。新版協議有下述規定："
_ZH_CLAUSE = "本公司有權在全球範圍內免費使用用戶上傳的內容。"


@pytest.mark.parametrize(
    ("title", "body", "found"),
    [
        # News after a Korean, Chinese or Japanese block in the parties' names: the writer's report (tosrec29, 9c977ba).
        ("웹툰 약관", f"{_KO_LEAD}\n\n{_KO_CLAUSE}\n\n회원들은 언제든 탈퇴할 수 있다며 반발했다.", [_KO_CLAUSE]),
        ("웹툰 약관", f"{_KO_LEAD}\n\n{_KO_CLAUSE}\n\n회사는 이용자가 원하면 언제든 작품을 삭제할 수 있다고 밝혔다.", [_KO_CLAUSE]),
        ("用戶協議", f"{_ZH_LEAD}\n\n{_ZH_CLAUSE}\n\n會員紛紛表示不滿，認為平台必須修改條款。", [_ZH_CLAUSE]),
        ("用户协议", "某平台修改了用户协议。新版用户协议有下述规定：\n\n本公司有权在全球范围内免费使用用户上传的内容。\n\n"
         "本公司表示，用户可以随时删除自己的内容。", ["本公司有权在全球范围内免费使用用户上传的内容。"]),
        ("規約", "ピクモは利用規約を改定した。新しい規約には次のように書かれている。\n\n利用者は、投稿内容について当社に無償で"
         "利用を許諾するものとします。\n\n利用者は、いつでも退会できると同社は説明している。",
         ["利用者は、投稿内容について当社に無償で利用を許諾するものとします。"]),
        # The block's next clause in the parties' names: the terms'.
        ("웹툰 약관", f"{_KO_LEAD}\n\n{_KO_CLAUSE}\n\n회원은 작품 삭제를 요청할 수 있습니다.\n\n작가들은 반발했다.",
         [_KO_CLAUSE, "회원은 작품 삭제를 요청할 수 있습니다."]),
        ("用戶協議", f"{_ZH_LEAD}\n\n{_ZH_CLAUSE}\n\n本公司保有隨時修改本協議之權利。\n\n會員紛紛表示不滿。",
         [_ZH_CLAUSE, "本公司保有隨時修改本協議之權利。"]),
        # A clause in the company's voice after "the clause", in a law's, a settlement's or another contract's sentence
        # (tosrec29, 322517f).
        *(
            ("Loopa's terms", f"Loopa's privacy policy changed in May. {sentence}", [])
            for sentence in (
                "Under the GDPR, a clause “We may keep your data forever” would be void.",
                "The union agreement signed on Friday contains the clause “We will not cut any jobs before 2028”.",
                "In the settlement, the company accepted the clause “We will pay every affected user within 90 days”.",
            )
        ),
        # What a law lets a party do, in the sentence after a terms quotation (tosrec28, d2e5590): the law's.
        ("Lumo's terms", "Lumo's terms of service say it may “end accounts without notice”. Under the GDPR, users can "
         "“object to processing at any time”.", ["end accounts without notice"]),
        ("Lumo's terms", "Lumo's terms of service say it may “end accounts without notice”. Afterward, users can "
         "“appeal within 30 days of the decision”.",
         ["end accounts without notice", "appeal within 30 days of the decision"]),
        ("Loopa's terms", "Loopa's privacy policy changed in May. The consumer group objects to the clause “We may "
         "share your data with partners for advertising”.", ["We may share your data with partners for advertising"]),
    ],
)  # fmt: skip
def test_review_39_session_rules(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
