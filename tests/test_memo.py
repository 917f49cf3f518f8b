"""Per-unit results are worked out once per text object while an article is annotated, never shared by value."""

from __future__ import annotations

from annotations.detectors.memo import article_scope, last_answer, per_text


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


def test_the_last_answer_is_kept_for_the_same_text_and_arguments() -> None:
    """A check asked again at once about the same text object and equal other arguments answers from what it
    kept; a text that reads alike (another object) or another position is worked out again."""
    calls: list[tuple[str, int]] = []

    @last_answer
    def start(text: str, position: int, bounds: list[int]) -> int:
        calls.append((text, position))
        return position - len(bounds)

    text, twin, bounds = "".join(["a b ", "c"]), "".join(["a b", " c"]), [1, 2]
    assert start(text, 3, bounds) == 1
    assert start(text, int("3"), bounds) == 1  # an equal position, another int object
    assert start(twin, 3, bounds) == 1
    assert start(twin, 4, bounds) == 2
    assert start(twin, 4, [1, 2]) == 2  # equal bounds in another list: the same answer
    assert start(twin, 4, [1, 2, 3]) == 1
    assert calls == [(text, 3), (twin, 3), (twin, 4), (twin, 4)]
