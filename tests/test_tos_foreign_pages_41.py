"""Terms quoted on non-English pages (tosrec33, session 41), by family of real pages read:

- Polish names the terms in the plural ("regulaminów", "regulaminach"): a register of unlawful clauses of online
  shops' terms (startuplaw.pl) lists each clause after a lead-in that names them so.
- Japanese news on a changed privacy policy ends its lead-in on "the following paragraph (wording) was added"
  with no ような ("項目の最後に以下の段落が追加された。", watch.impress.co.jp, itmedia.co.jp, gigazine.net): the
  paragraph set off below is the policy's.

Every text here is written for the test; the clauses are made up."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

PL_CLAUSE = "Sprzedawca zastrzega sobie prawo do zmiany niniejszego regulaminu w dowolnym czasie."
JA_CLAUSE = "当社はお客様の情報を提携先と共有し、提携先が独自の目的に使用することがあります。"
JA_TOP = "動画アプリのミルカがプライバシーポリシーを改定した。"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # Polish plural names of the terms lead in to the clause listed below.
        (
            "Klauzule niedozwolone",
            f"Wiele klauzul dotyczyło zmian regulaminów sklepów internetowych, na przykład:\n\n– „{PL_CLAUSE}”",
            [PL_CLAUSE],
        ),
        (
            "Klauzule niedozwolone",
            f"W regulaminach sklepów internetowych czytamy:\n\n„{PL_CLAUSE}”",
            [PL_CLAUSE],
        ),
        # Named as something else (a petition's wording), the clause is not the terms'.
        (
            "Petycja do sklepów",
            f"Wiele petycji dotyczyło sklepów internetowych, na przykład:\n\n– „{PL_CLAUSE}”",
            [],
        ),
        # Japanese "the following paragraph was added" over the policy's paragraph, in one paragraph or on its own line.
        ("ミルカの新ポリシー", f"{JA_TOP}項目の最後に以下の段落が追加された。\n\n{JA_CLAUSE}", [JA_CLAUSE]),
        (
            "ミルカの新ポリシー",
            f"{JA_TOP}\n\n「情報の共有」に以下の文言が追加されていました。\n\n{JA_CLAUSE}",
            [JA_CLAUSE],
        ),
        (
            "ミルカの新ポリシー",
            f"{JA_TOP}\n\n新たに以下の段落が追加され注目を集めている。\n\n{JA_CLAUSE}",
            [JA_CLAUSE],
        ),
        # A paragraph added to a law's guidance is no company's: no document is named before the lead-in.
        ("指針の改正", f"政府は指針を改正した。\n\n新たに以下の段落が追加された。\n\n{JA_CLAUSE}", []),
    ],
)
def test_foreign_terms_quoted(title: str, body: str, expected: list[str]) -> None:
    assert article_quotes(title, body) == expected
