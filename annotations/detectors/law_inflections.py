"""A law's name in the case forms a sentence gives it (German genitive, Nordic genitive, Czech and Polish
cases), from the declension tables in knowledge/law_inflections.toml, so that a declined name links to
its knowledge-base entry as the name itself does."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from annotations.knowledge import vocabulary

INFLECTIONS = "law_inflections.toml"
# (ending, whole word only, its form in each case)
_Rule = tuple[str, bool, tuple[str, ...]]


@cache
def _rules() -> tuple[int, tuple[_Rule, ...]]:
    """The number of cases and every declined ending, the longest first."""
    words = vocabulary(INFLECTIONS)
    cases = len(words.tables["cases"]["order"])
    rules = []
    for entry in words.role("declension"):
        forms = tuple(entry.get("forms"))
        if len(forms) != cases:
            raise ValueError(f"{INFLECTIONS}: {entry.id}: one form per case ({cases})")
        rules += [(ending.casefold(), bool(entry.get("whole")), forms) for ending in entry.phrases]
    return cases, tuple(sorted(rules, key=lambda rule: -len(rule[0])))


def _declined(word: str, case: int) -> str:
    """One word in one case: the longest ending a rule declines decides; unchanged when none does or
    the case leaves it alone."""
    folded = word.casefold()
    for ending, whole, forms in _rules()[1]:
        if folded == ending if whole else folded.endswith(ending):
            form = forms[case]
            if not form:
                return word
            stem = word[: len(word) - len(ending)]
            if not stem and word[:1].isupper():
                form = form[:1].upper() + form[1:]  # "Zákona o ...", opening a sentence
            return stem + form
    return word


def inflected(names: Iterable[str]) -> dict[str, str]:
    """Each declined form of the names that differs from every name given, with the name it declines."""
    given = list(names)
    seen = {name.casefold() for name in given}
    forms: dict[str, str] = {}
    for name in given:
        words = name.split(" ")
        for case in range(_rules()[0]):
            form = " ".join(_declined(word, case) for word in words)
            if form.casefold() not in seen:
                seen.add(form.casefold())
                forms[form] = name
    return forms
