"""A document's definition quoted after the defined term it gives, on a page that quoted the term inside the document's
own wording before: "But “Disputes” is a defined term that “…”", "What are the Lumo Services? They are “…”". Page of
this shape: a discussion-forum comment reading a streaming service's arbitration clause (news.ycombinator.com); an
earlier outside check's pages showed "defines X as" too. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

_CLAUSE = "agree to settle, by binding individual arbitration, all Disputes"
_OPENING = f'Lumo\'s terms of use require subscribers to "{_CLAUSE}" with a few exceptions.'
_DEFINITION = "covers any claim or controversy between you and Lumo about the Lumo Services"
_SERVICES = "the apps, websites and content Lumo offers in any format"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (f'{_OPENING}\n\nBut "Disputes" is a defined term that "{_DEFINITION}".',
         [_CLAUSE, _DEFINITION]),
        (f'{_OPENING}\n\nBut "Disputes" is a term of art, which "{_DEFINITION}".',
         [_CLAUSE, _DEFINITION]),
        (f'{_OPENING} "Disputes" means "{_DEFINITION}".', [_CLAUSE, _DEFINITION]),
        # The answer to a question about a term the definition quoted names.
        (f'{_OPENING}\n\nBut "Disputes" is a defined term that "{_DEFINITION}".\n\nWhat are the Lumo Services? They '
         f'are "{_SERVICES}".', [_CLAUSE, _DEFINITION, _SERVICES]),
        # A term no wording of the document quoted before: someone's own label, not the document's definition.
        (f'{_OPENING}\n\nBut "Creators" is a broad term that "covers anyone who has ever posted a clip", one fan '
         'wrote.', [_CLAUSE]),
        # The same words in lower case: the writer's word, no defined term.
        (f'{_OPENING}\n\nBut "disputes" is a term that "covers a lot of ground" in any contract.', [_CLAUSE]),
    ],
)  # fmt: skip
def test_a_definition_after_a_term_the_document_used_is_its_wording(body: str, found: list[str]) -> None:
    assert article_quotes("Lumo's arbitration clause reaches further than it looks", body) == found
