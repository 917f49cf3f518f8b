"""Per-unit results are worked out once per text object while an article is annotated, never shared by value."""

from __future__ import annotations

from annotations.detectors.memo import article_scope, per_text


def _counting() -> tuple[list[str], object]:
    calls: list[str] = []

    @per_text
    def words(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    return calls, words


def test_one_text_is_worked_out_once_in_a_scope() -> None:
    """Asked three times for the same unit's text, the function runs once."""
    calls, words = _counting()
    text = "".join(["a b ", "c"])
    with article_scope():
        first = words(text)  # type: ignore[operator]
        assert words(text) is first  # type: ignore[operator]
        assert words(text) is first  # type: ignore[operator]
    assert calls == [text]


def test_units_that_read_alike_are_each_worked_out() -> None:
    """Two units with equal text are two texts: a benchmark that repeats a comment pays for each."""
    calls, words = _counting()
    one, two = "".join(["same ", "words"]), "".join(["same", " words"])
    assert one == two and one is not two
    with article_scope():
        words(one)  # type: ignore[operator]
        words(two)  # type: ignore[operator]
    assert len(calls) == 2


def test_without_a_scope_nothing_is_kept() -> None:
    """Outside annotate(), a detector called directly works every text out each time."""
    calls, words = _counting()
    text = "x y"
    words(text)  # type: ignore[operator]
    words(text)  # type: ignore[operator]
    with article_scope():
        words(text)  # type: ignore[operator]
    words(text)  # type: ignore[operator]
    assert len(calls) == 4
