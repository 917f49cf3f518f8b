"""A faster `__init__` for the frozen, slotted dataclasses the detectors make by the thousand.

A frozen dataclass's generated `__init__` stores each field with `object.__setattr__(self, name,
value)`, which looks the name up on the class every time; a finding has 21 fields and a thread of
5,000 comments makes tens of thousands of findings, amounts and cue hits. The `__init__` made here
takes the same parameters with the same defaults and stores each value through its slot's own
descriptor, found once: the objects are the same, made in about half the time.

Faster still, an object made as the class itself (not as a subclass) is stored into while it wears
a draft class: the same slots, the same base, and object's own `__setattr__`, which the interpreter
stores through at once where each call of a descriptor's `__set__` packs and unpacks its arguments.
Its class is put back before `__init__` returns, so nobody sees the draft. A class whose draft the
interpreter refuses to swap with it (another layout) keeps the stores through the descriptors.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import TypeVar

T = TypeVar("T", bound=type)


def quick_init(cls: T) -> T:
    """Give a frozen, slotted dataclass with plain defaults (no factories) and no `__post_init__`
    an `__init__` that stores each field through its slot (same parameters, keyword-only ones last)."""
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    if not (params.frozen and params.init and "__slots__" in vars(cls)) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init needs a frozen, slotted dataclass without __post_init__")
    draft = _draft(cls)
    namespace: dict[str, object] = {"_cls": cls, "_draft": draft, "_set": object.__setattr__}
    positional: list[str] = []
    keyword: list[str] = []
    stores: list[str] = []
    drafted: list[str] = []
    for index, field in enumerate(fields(cls)):
        if not field.init or field.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{field.name}: quick_init takes fields with plain defaults only")
        argument = field.name
        if field.default is not MISSING:
            namespace[f"_default{index}"] = field.default
            argument += f"=_default{index}"
        (keyword if field.kw_only else positional).append(argument)
        namespace[f"_store{index}"] = getattr(cls, field.name).__set__
        stores.append(f"    _store{index}(self, {field.name})\n")
        drafted.append(f"        self.{field.name} = {field.name}\n")
    arguments = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    body = "".join(stores) or "    pass\n"
    if draft is not None and drafted:
        # A subclass's object (one calling this __init__ through super()) keeps the stores through the slots.
        swapped = "".join(drafted)
        slow = "".join("    " + line for line in stores)
        body = (
            "    if type(self) is _cls:\n        _set(self, '__class__', _draft)\n"
            f"{swapped}        self.__class__ = _cls\n    else:\n{slow}"
        )
    source = f"def __init__({arguments}):\n{body}"
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses assigning to a method
    return cls


def _draft(cls: type) -> type | None:
    """A class `cls`'s objects may wear while their fields are stored (see the module's docstring), or
    None when the interpreter would not swap one for the other."""
    namespace = {
        "__slots__": vars(cls)["__slots__"],
        # Both names share the interpreter's one slot for setting: either left as the frozen class's would
        # send every store through Python.
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
        "__module__": cls.__module__,
        "__qualname__": f"{cls.__qualname__}.draft",
    }
    try:
        draft = type(f"{cls.__name__}Draft", cls.__bases__, namespace)
        probe: object = object.__new__(cls)
        object.__setattr__(probe, "__class__", draft)
        probe.__class__ = cls
    except TypeError:
        return None
    return draft


__all__ = ["quick_init"]
