"""Scans made cheaper with the same answers: a gate's pieces that open with a lower-case letter, in an ASCII text,
tested one by one; the local dollars' own forms found in one pass over the article. The amount cues of a
jurisdiction are kept as they read: with and without a letter before the number."""

from __future__ import annotations

import pytest

from annotations.currencies import own_dollar_forms, own_dollar_names
from annotations.detectors.currency_context import _named_dollars
from annotations.detectors.gate import MAX_TESTED_PIECES, MIN_SCANNED_PIECES, Gate, Piece
from annotations.detectors.jurisdiction import jurisdiction_signals
from annotations.detectors.money import find_money
from parsers import parse_text

# More pieces than a scan needs, some opening with a lower-case letter (fewer than are tested one by one),
# one beyond ASCII, and pieces that are prefixes of others.
_PIECES = [f"K{n:02d}" for n in range(MIN_SCANNED_PIECES)] + [
    "art",
    "arts.",
    "c.",
    "ch.",
    "loi",
    "Loi n°",
    "Ley",
    "ley",
    "§",
    "Art",
]
assert sum(piece[0].islower() for piece in _PIECES) <= MAX_TESTED_PIECES
_GATE = Gate([frozenset({Piece(piece, False)}) for piece in _PIECES])


@pytest.mark.parametrize(
    "text",
    [
        "Under arts. 5 and 6 of the loi, K07 and K12 apply.",
        "see c. 12, ch. 4 and K47",
        "Ley 25.326 and la ley",
        "partners and charts",  # "art" inside words
        "nothing here at all",
        "K03K04 Loi n° 78-17",
        "Under § 5 of the loi",  # beyond ASCII: scanned whole
        "",
    ],
)
def test_a_gate_lets_through_the_patterns_whose_pieces_the_text_holds(text: str) -> None:
    expected = frozenset(index for index, piece in enumerate(_PIECES) if piece in text)
    assert _GATE.viable(text) == expected


def _article(*paragraphs: str) -> list:
    return list(parse_text("A title\n\n" + "\n\n".join(paragraphs)).units())


def _named(*paragraphs: str) -> set[str]:
    units = _article(*paragraphs)
    return _named_dollars(units, [find_money(unit.text) for unit in units])


def _named_by_each_form(*paragraphs: str) -> set[str]:
    """What _named_dollars gave when it tested each form with `in` before the pattern."""
    text = "\n".join(unit.text for unit in _article(*paragraphs))
    forms = own_dollar_forms()
    return {
        code
        for code, pattern in own_dollar_names().items()
        if any(form.lower() in text.lower() for form in forms[code]) and pattern.search(text)
    }


@pytest.mark.parametrize(
    ("paragraphs", "codes"),
    [
        (("The regulator fined it $5 million.", "That is about C$6.8 million."), {"CAD"}),
        (("A fine of $2 million.", "All amounts are in Australian dollars."), {"AUD"}),
        (("A fine of $2 million (A$3 million) and NZ$1 million.",), {"AUD", "NZD"}),
        (("A fine of $2 million, paid in HKD and S$.",), {"HKD", "SGD"}),
        (("A fine of $2 million over a decade of fraud.",), set()),  # "cad", "aud" inside words
        (("A fine of $2 million.", "CAD software was involved."), {"CAD"}),
        (("A fine of $2 million.", "The cad was fined."), set()),  # a code is read as written
        (("A fine of $5 million.",), set()),
        (("A fine of €5 million.", "Canadian dollars"), set()),  # no bare dollar to settle
    ],
)
def test_the_local_dollars_an_article_names(paragraphs: tuple[str, ...], codes: set[str]) -> None:
    assert _named(*paragraphs) == codes
    if any("$" in paragraph for paragraph in paragraphs):
        assert _named_by_each_form(*paragraphs) == codes


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("The firm paid 250 000 Franken.", True),
        ("The firm paid 1,5 Mio. Franken.", True),
        ("A fine of 1.250 Franken was set.", True),
        ("It happened in Franken last year.", False),
        ("Code x250 Franken is a product name.", False),  # a letter touches the number
        ("Version 2.5 Franken", True),
    ],
)
def test_an_amount_in_francs_points_to_switzerland(text: str, cued: bool) -> None:
    signals = jurisdiction_signals(_article(text), (), money=True)
    assert (signals.get("CH", 0) > 0) is cued
