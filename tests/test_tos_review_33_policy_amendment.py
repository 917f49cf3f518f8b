"""Review of tosrec18a's policy-revision entry (session 33): "a policy revision" names the revised document
("“…,” the company explains in a policy revision that takes effect tomorrow"), but "a policy amendment" is a public
body's word for changing its own policy ("The school board adopted a policy amendment in March that says “…”"),
as "amendment" is a bill's: on a page that names a privacy policy, it is no company's document."""

from __future__ import annotations

from tos_support import article_quotes

TITLE = "Quillo rewrites its privacy policy"


def test_a_public_bodys_policy_amendment_is_none_of_the_terms() -> None:
    body = (
        "Quillo's privacy policy covers pupils too. The school board adopted a policy amendment in March that says "
        "“teachers may not ask pupils to install apps”."
    )
    assert article_quotes(TITLE, body) == []


def test_a_policy_revision_the_company_explains_is_the_document() -> None:
    body = "“We may use your voice recordings to improve our speech models,” the company writes in a policy revision."
    assert article_quotes(TITLE, body) == ["We may use your voice recordings to improve our speech models,"]
