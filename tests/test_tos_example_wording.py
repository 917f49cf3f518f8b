"""Wording given as an example of what terms might hold is no company's terms (role supposition, example-wording):
explainers on clickwrap, browsewrap and contract drafting write "A licence agreement could say, for example, “…”" or
"A site's footer might just say “…”" (wikiwand.com and endlesswiki.com on browsewrap, uslawexplained.com's browse-wrap
guide, orangereclame.nl). GUIDELINES: a terms quote is text quoted from a company's terms. Terms retold with "may",
"might" or "could" outside the marks keep their label. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body"), [
    ("Clickwrap explained",
     "A licence agreement could say, for example, “You may not publish the results of any benchmark.”"),
    ("Clickwrap explained",
     "A site's footer might just say “By using this site, you agree to our terms of use.”"),
    ("Clickwrap explained",
     "A shrink-wrap licence could state that “opening this box means you accept these terms.”"),
    ("Clickwrap explained",
     "A browse-wrap notice might look like “Use of this website means you agree to our terms.”"),
])  # fmt: skip
def test_example_wording_is_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Filebox terms",
     "Filebox's terms say it may show “ads based on what you do in the app.”",
     ["ads based on what you do in the app."]),
    ("Filebox terms",
     "Filebox's terms say users could have their accounts “closed without notice.”",
     ["closed without notice."]),
    ("Filebox terms",
     "Filebox's terms say it could “close accounts without notice.”",
     ["close accounts without notice."]),
    ("Filebox terms",
     "Filebox's terms of service say the company might “pass your data to partners.”",
     ["pass your data to partners."]),
])  # fmt: skip
def test_terms_retold_with_a_modal_keep_their_words(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
