"""quick_init: the faster __init__ makes the same objects the dataclass's own would, and refuses
classes it cannot stand in for."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

import pytest

from annotations.model import Annotation, Finding
from annotations.quick_init import quick_init


@dataclass(frozen=True, slots=True)
class _Plain:
    name: str
    count: int = 3
    tags: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class _Quick:
    name: str
    count: int = 3
    tags: tuple[str, ...] = ()


def test_same_fields_as_the_generated_init() -> None:
    for args, kwargs in (
        (("a",), {}),
        (("a", 5), {}),
        (("a",), {"tags": ("x",)}),
        ((), {"name": "b", "count": 0}),
    ):
        plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
        assert (plain.name, plain.count, plain.tags) == (quick.name, quick.count, quick.tags)


def test_wrong_arguments_still_fail() -> None:
    with pytest.raises(TypeError):
        _Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("a", 1, (), "extra")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("a", colour="red")  # type: ignore[call-arg]


def test_finding_stays_frozen_equal_and_replaceable() -> None:
    made = Finding("law", "b0", 1, 5, "GDPR", "laws", ref="gdpr")
    assert made == Finding(kind="law", unit_id="b0", start=1, end=5, text="GDPR", detector="laws", ref="gdpr")
    assert made.clauses == () and made.amount is None
    assert replace(made, start=2).start == 2
    with pytest.raises(AttributeError):
        made.start = 3  # type: ignore[misc]


def test_refuses_classes_it_cannot_stand_in_for() -> None:
    @dataclass(slots=True)
    class Mutable:
        name: str

    @dataclass(frozen=True, slots=True)
    class Factory:
        items: list[str] = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            pass

    for cls in (Mutable, Factory, Checked):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_keyword_only_fields_stay_keyword_only() -> None:
    @quick_init
    @dataclass(frozen=True, slots=True, kw_only=True)
    class Labelled(_Quick):
        label: str
        shown: bool = True

    made = Labelled("a", 2, label="x")
    assert (made.name, made.count, made.tags, made.label, made.shown) == ("a", 2, (), "x", True)
    with pytest.raises(TypeError):
        Labelled("a", 2, (), "x")  # type: ignore[misc]
    with pytest.raises(TypeError):
        Labelled("a")  # type: ignore[call-arg]


def test_each_annotation_field_lands_in_its_own_slot() -> None:
    """Given a distinct value per field, each lands in its field, positionally or by keyword."""
    names = [item.name for item in fields(Annotation)]
    values: dict[str, Any] = {name: f"value of {name}" for name in names}
    by_keyword = Annotation(**values)
    assert [getattr(by_keyword, name) for name in names] == list(values.values())
    positional = [name for name in names if name in {item.name for item in fields(Finding)}]
    keywords = {name: value for name, value in values.items() if name not in positional}
    mixed = Annotation(*(values[name] for name in positional), **keywords)
    assert mixed == by_keyword and hash(mixed) == hash(by_keyword)


def test_an_object_keeps_its_own_class_whoever_calls_the_init() -> None:
    """Fields are stored while a new object wears a draft class: its own class is back when __init__ returns, and
    an object of a subclass that runs the base's __init__ keeps the subclass."""

    class Plain(_Quick):
        pass

    for made, cls in ((_Quick("a", 2), _Quick), (Plain("a", 2), Plain)):
        assert type(made) is cls
        assert (made.name, made.count, made.tags) == ("a", 2, ())
    finding = Finding("law", "b0", 1, 5, "GDPR", "laws")
    annotation = Annotation("law", "b0", 1, 5, "GDPR", "laws", id="a0")
    assert (type(finding), type(annotation)) == (Finding, Annotation)
    with pytest.raises(AttributeError):
        annotation.id = "a1"  # type: ignore[misc]
