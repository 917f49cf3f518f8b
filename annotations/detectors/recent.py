"""A bounded cache of compiled patterns that keeps the ones used last.

A detector compiles an alternation for each set of its patterns a text can match. A long session
(the TUI, a library caller) reads thousands of units, many with a set of their own: a cache that
stopped taking entries once full recompiled, for every later article, each set it had not met in
its first few hundred units. Here the entry used longest ago goes instead.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)


def remembered(
    cache: OrderedDict[Key, re.Pattern[str]], key: Key, make: Callable[[Key], re.Pattern[str]], size: int
) -> re.Pattern[str]:
    """`cache[key]`, made by `make(key)` when missing; past `size` entries the one used longest ago goes."""
    found = cache.get(key)
    if found is None:
        found = cache[key] = make(key)
        if len(cache) > size:
            cache.popitem(last=False)
    else:
        cache.move_to_end(key)
    return found
