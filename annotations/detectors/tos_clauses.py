"""The clause categories a quoted passage of terms falls under (content licence, arbitration, AI training …),
by the patterns of annotations/knowledge/clauses.toml."""

from __future__ import annotations

from functools import cache

from annotations.detectors.gate import Gate, required_pieces
from annotations.knowledge import load_clauses
from annotations.model import ClauseCategory

__all__ = ["clause_categories"]


def clause_categories(quoted: str) -> tuple[ClauseCategory, ...]:
    """The clause categories a quoted passage falls under."""
    viable = _clause_gate().viable(quoted)
    return tuple(
        category
        for index, (category, pattern) in enumerate(load_clauses())
        if index in viable and pattern.search(quoted)
    )


@cache
def _clause_gate() -> Gate:
    """Which clause patterns a quotation can match, by the literal pieces each needs."""
    return Gate([required_pieces(pattern.pattern, pattern.flags) for _category, pattern in load_clauses()])
