"""A company's account of its terms, framed as another source's words ("In its FAQ, Filebox says the terms of
service change “…”") or told in a relative clause of its own ("the terms of service, which it now says are “…”").
Patterns from real pages on a file-transfer service's rolled-back terms (a blog post, an FAQ, statements). Each with
the nearest quotation that stays the document's. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("In its FAQ, Filebox says the terms of service change “does not affect who owns your files”.", []),
        ("On its help page, Filebox says the new terms of service change “nothing about your rights”.", []),
        ("Filebox has since rewritten the terms of service, which it now says are “easier to understand”.", []),
        ("In its terms of service, Filebox says it may “scan files to stop the spread of malware”.",
         ["scan files to stop the spread of malware"]),
        ("The terms of service, which it updated in May, say users grant “a licence to host and transfer files”.",
         ["a licence to host and transfer files"]),
    ],
)  # fmt: skip
def test_a_company_framed_as_another_source_is_not_its_terms(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Filebox rolls back its terms")) == expected
