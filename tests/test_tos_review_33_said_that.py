"""Review of tosprec17's speaker rule (session 33, tos_said_that): "A spokesperson said that the updated policy
contains “…”" is the company's account of its terms, not their wording. The company's side must be the one who
speaks, the subject of the verb of saying. Where the company is only named in the sentence, as the one sued,
contacted or criticised ("Users who sued the company said the old privacy policy promised to “…”", "Reporters who
contacted the firm noted that the terms now say “…”", "Critics of the company say the new policy lets it “…”"),
those who speak cite the document: the quotation is its wording (GUIDELINES: the attribution decides)."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


PAGE = "Quillo rewrites its rules\n\nQuillo changed its terms of service and its privacy policy this week.\n\n{body}\n"


@pytest.mark.parametrize(("body", "wanted"), [
    (
        "Users who sued the company said the old privacy policy promised to “never sell your personal data”.",
        ["never sell your personal data"],
    ),
    (
        "Reporters at the Daily Ledger, who contacted the company, noted that the terms now say “we may use your "
        "files to train AI”.",
        ["we may use your files to train AI"],
    ),
    (
        "Lawyers suing the firm said the old privacy policy promised to “delete your photos within a month”.",
        ["delete your photos within a month"],
    ),
    (
        "Los abogados que demandaron a la empresa dijeron que las condiciones permiten “usar tus archivos para "
        "entrenar modelos”.",
        ["usar tus archivos para entrenar modelos"],
    ),
])  # fmt: skip
def test_those_who_speak_about_the_company_cite_its_document(body: str, wanted: list[str]) -> None:
    assert _quotes(PAGE.format(body=body)) == wanted


@pytest.mark.parametrize("body", [
    "A spokesperson said that the updated policy contains “only the usual rules for a photo service”.",
    "In a statement, the company said the new terms were “nothing out of the ordinary”.",
    "A Quillo spokeswoman told reporters on Monday that the terms held “no surprises for careful readers”.",
    "Quillo's chief executive wrote on Monday that the new terms only “clarify how we run the service”.",
])  # fmt: skip
def test_the_company_that_speaks_of_its_terms_gives_its_own_account(body: str) -> None:
    assert _quotes(PAGE.format(body=body)) == []
