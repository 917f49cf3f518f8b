"""Terms-of-service quote detector: attributed quotes found, other quotes left alone."""

from __future__ import annotations

import pytest

from annotations.detectors.base import Unit
from annotations.detectors.tos_quotes import TosQuoteDetector

POSITIVE = [
    (
        "According to their terms of service, the firm has “a perpetual, irrevocable licence to use your recordings”.",
        "a perpetual, irrevocable licence to use your recordings",
        "terms of service",
    ),
    (
        'The app\'s privacy policy says "we may share your information with our advertising partners".',
        "we may share your information with our advertising partners",
        "privacy policy",
    ),
    (
        "Read the EULA. It says «you waive any right to a jury trial or class action».",
        "you waive any right to a jury trial or class action",
        "licence agreement",
    ),
    (
        "Its user agreement states that users grant „a worldwide, royalty-free licence“ to the company.",
        "a worldwide, royalty-free licence",
        "user agreement",
    ),
    (
        "The new terms of use are blunt: ‘we can change these terms at any time without notice’.",
        "we can change these terms at any time without notice",
        "terms of use",
    ),
    (
        "Under the cookie policy, “partners may track you across other sites and apps”.",
        "partners may track you across other sites and apps",
        "cookie policy",
    ),
]
NEGATIVE = [
    "“We take privacy seriously,” a spokesperson said.",
    "The commissioner told reporters: “This fine sends a clear message to the industry.”",
    "The judge wrote that the company had “failed to protect its users”.",
    "Zuckerberg once said “They trust me” about early users.",
    "Critics call the feature “creepy” and “invasive”.",
    "As the headline put it, “Regulators are coming for your data”.",
    "The minister said the policy would “protect children online for years to come”.",
    "“It was a bad week,” one employee wrote in a post.",
]


def _find(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.document) for f in TosQuoteDetector().detect((Unit("c0", sentence),))]


@pytest.mark.parametrize(("sentence", "quoted", "document"), POSITIVE)
def test_attributed_quote_is_found(sentence: str, quoted: str, document: str) -> None:
    """A quote attributed to a ToS-like document is found, with the text strictly inside the marks."""
    assert _find(sentence) == [(quoted, document)]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_other_quotes_are_left_alone(sentence: str) -> None:
    """Quotes of people, officials, courts, headlines and scare quotes are not ToS quotes."""
    assert _find(sentence) == []


def test_nested_quote_inside_a_quoted_sentence() -> None:
    """Only the inner quote attributed to the terms counts, not the comment's outer quotation."""
    text = "Like here:\n\n“Per their terms of service, Acme has “an unlimited, irrevocable right to sell your footage,” they say.”"
    assert _find(text) == [("an unlimited, irrevocable right to sell your footage,", "terms of service")]


def test_clause_categories_are_named() -> None:
    """The quoted clause's categories come from the knowledge base."""
    (finding,) = TosQuoteDetector().detect((Unit("c0", POSITIVE[0][0]),))
    assert {"content-licence", "perpetual-rights"} <= {c.id for c in finding.clauses}
