"""Alternations gated together (gate.shared_alternatives) let through, for every text, the alternatives each one's
own gate lets through; a one-word company name is read as it was before its document search was skipped."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.gate import Alternatives, shared_alternatives
from annotations.detectors.tos_mentions import company, first_company_name
from annotations.detectors.tos_vocabulary import SHARED_GATE_ROLES, _plain_and_rest, role_pattern

_FIRST = [r"\bterms(?!\s+of)", r"(?<=\w)['’]s\s+policy", r"privacy (?:policy|notice)", r"\bToS\b", r"\w+ment"]
_SECOND = [r"\bthe (?:policy|terms)\b", r"(?:civil )?penalty", r"U\.S\.C\.", r"this (?:notice|agreement)"]

_TEXT = st.lists(
    st.sampled_from(
        ["privacy policy", "Ring’s  policy", "agreement", "TOS", "terms of", "terms", "the policy", "THE TERMS",
         "this notice", "This Agreement", "civil ", "PENALTY", "U.S.C.", "ſ", "\u212aits", "利用規約", " ", "x", "\n"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from([0, re.IGNORECASE]))
def test_alternations_gated_together_find_what_each_finds_alone(text: str, flags: int) -> None:
    """Each alternation of a shared gate finds in a text what the same alternation gated alone finds, asked in
    either order (the second asks the gate about the text the first asked about)."""
    first, second = shared_alternatives([_FIRST, _SECOND], flags)
    assert first is not None and second is not None
    for shared, patterns in ((first, _FIRST), (second, _SECOND), (first, _FIRST)):
        alone = Alternatives(patterns, flags)
        cut, own = shared.for_text(text), alone.for_text(text)
        found = [match.span() for match in cut.finditer(text)] if cut is not None else []
        assert found == ([match.span() for match in own.finditer(text)] if own is not None else [])


def test_an_empty_group_has_no_alternation() -> None:
    assert shared_alternatives([[], _SECOND])[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Its privacy policy says ",
        "Under its terms of service, the firm ",
        "Some users quoted the privacy notice: ",
        "The agreement, updated in May, now reads ",
        "their policy page reads ",
        "Die Datenschutzerklärung sagt ",
    ],
)
def test_the_document_roles_find_what_their_own_gates_find(text: str) -> None:
    """The document roles, gated together, find in a lead-in what each role's alternation gated alone finds."""
    for role in SHARED_GATE_ROLES:
        rest = role_pattern(role).rest
        assert rest is not None
        alone = Alternatives(_plain_and_rest(role)[1], re.IGNORECASE)
        cut, own = rest.for_text(text), alone.for_text(text)
        found = [match.span() for match in cut.finditer(text)] if cut is not None else []
        assert found == ([match.span() for match in own.finditer(text)] if own is not None else [])


@pytest.mark.parametrize(
    ("context", "owner", "first"),
    [
        ("Its privacy policy", None, None),
        ("Zoomly's privacy policy", "Zoomly", "Zoomly"),
        ("The Zoomly privacy policy", None, None),
        ("Zoomly Cloud's terms", "Zoomly Cloud", "Zoomly Cloud"),
        ("Yesterday Plumo said its terms", "Yesterday Plumo", "Yesterday Plumo"),
        ("On Tuesday the terms", None, None),
        ("Kestrel Terms of Service", "Kestrel", "Kestrel"),
        ("Zoomly Cloud Terms of Service", "Zoomly Cloud", "Zoomly Cloud"),
        ("Novus Inc. terms", None, "Novus Inc."),
    ],
)
def test_company_names_of_one_word_and_more(context: str, owner: str | None, first: str | None) -> None:
    """A name of one word is read without looking for a document after its first space (it has none), as before;
    one of several words still loses the document's name that ends it (rows as main read them before the change)."""
    assert company(context) == owner
    assert first_company_name(context) == first
