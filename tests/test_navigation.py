"""Moving through annotations: the walk from the cursor lands where a look at every visible one would."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.navigation import Step, step

KINDS = ("law", "penalty", "tos_quote")


@dataclass(frozen=True)
class _Found:
    kind: str


def _by_looking_at_all(kinds: list[str], current: int | None, forward: bool, hidden: set[str]) -> Step:
    """The plain rule, written as a scan of every visible annotation."""
    visible = [i for i, kind in enumerate(kinds) if kind not in hidden]
    if not visible:
        return Step(current, "No annotations to show")
    if current is None:
        return Step(visible[0] if forward else visible[-1])
    later = [i for i in visible if (i > current if forward else i < current)]
    if not later:
        return Step(current, "Last annotation" if forward else "First annotation")
    return Step(later[0] if forward else later[-1])


@settings(max_examples=300, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(KINDS), max_size=12),
    current=st.none() | st.integers(min_value=-2, max_value=14),
    forward=st.booleans(),
    hidden=st.sets(st.sampled_from(KINDS)),
)
def test_step_lands_where_a_full_scan_would(
    kinds: list[str], current: int | None, forward: bool, hidden: set[str]
) -> None:
    annotations = [_Found(kind) for kind in kinds]
    assert step(annotations, current, forward, hidden) == _by_looking_at_all(kinds, current, forward, hidden)  # type: ignore[arg-type]


def test_step_skips_hidden_kinds_and_stops_at_the_end() -> None:
    annotations = [_Found("law"), _Found("penalty"), _Found("law")]
    assert step(annotations, 0, True, {"penalty"}) == Step(2)  # type: ignore[arg-type]
    assert step(annotations, 2, True) == Step(2, "Last annotation")  # type: ignore[arg-type]
    assert step(annotations, None, False, {"law"}) == Step(1)  # type: ignore[arg-type]
    assert step(annotations, 1, True, set(KINDS)) == Step(1, "No annotations to show")  # type: ignore[arg-type]
