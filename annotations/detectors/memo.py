"""Work done once per unit while an article is annotated: a unit's sentences, its quotations.

Detectors ask for the same unit's sentences many times (for each amount, each quotation, and
again when findings are put in order). While `article_scope()` is open, a function wrapped in
`per_text` works each text out once. Results are kept by the text object, not by its value:
two units that read alike are each worked out on their own, as they are in a real article.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import count
from typing import ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")
_slots = count()


class _Scope(threading.local):
    """Each thread's open scope, if any (annotating workers may overlap)."""

    def __init__(self) -> None:
        # (function slot, id of the text) -> (the text, held so that its id stays its own; the result)
        self.results: dict[tuple[int, int], tuple[str, object]] | None = None


_scope = _Scope()


@contextmanager
def article_scope() -> Iterator[None]:
    """Keep what `per_text` functions work out until the article has been annotated."""
    outer = _scope.results
    _scope.results = {}
    try:
        yield
    finally:
        _scope.results = outer


@contextmanager
def unit_scope() -> Iterator[None]:
    """An article scope for a detector called on its own (its units' sentences worked out once, not once
    per quotation); inside annotate() the article's open scope is kept, with what it holds already."""
    if _scope.results is not None:
        yield
        return
    with article_scope():
        yield


def per_text(function: Callable[[str], T]) -> Callable[[str], T]:
    """`function`, worked out once per text object while an article scope is open."""
    slot = next(_slots)

    def remembered(text: str) -> T:
        results = _scope.results
        if results is None:
            return function(text)
        key = (slot, id(text))
        held = results.get(key)
        if held is not None and held[0] is text:
            return held[1]  # type: ignore[return-value]
        found = function(text)
        results[key] = (text, found)
        return found

    remembered.__doc__ = function.__doc__
    remembered.__wrapped__ = function  # type: ignore[attr-defined]
    return remembered


def last_answer(function: Callable[P, T]) -> Callable[P, T]:
    """`function`, keeping its last answer: asked again right away about the same text object (the first
    argument, held) with equal other arguments, it answers without working it out again. For checks that
    several readers of one quotation ask in turn. One answer is kept for all threads: a thread may find
    another's, only ever for the same arguments. A call with keyword arguments is worked out and not kept."""
    last: list[tuple[tuple[object, ...], T] | None] = [None]

    def remembered(*args: P.args, **kwargs: P.kwargs) -> T:
        held = last[0]
        # The text by identity first: a tuple compares its items by identity before value, so this is cheap.
        if held is not None and args and held[0][0] is args[0] and held[0] == args and not kwargs:
            return held[1]
        found = function(*args, **kwargs)
        if not kwargs:
            last[0] = (args, found)
        return found

    remembered.__doc__ = function.__doc__
    remembered.__wrapped__ = function  # type: ignore[attr-defined]
    return remembered
