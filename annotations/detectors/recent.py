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
    """`cache[key]`, made by `make(key)` when missing; past `size` entries the one used longest ago goes.

    Threads may share the cache: between one's look-up and its move another may take the entry out, or
    empty the cache before its trim. Each step is one call on the dictionary, and a key gone by then is
    no error: the pattern found is still the right one, and someone else has trimmed."""
    found = cache.get(key)
    if found is not None:
        try:
            cache.move_to_end(key)
        except KeyError:
            return found  # taken out since the look-up by another thread
        return found
    found = cache.setdefault(key, make(key))
    while len(cache) > size:
        try:
            cache.popitem(last=False)
        except KeyError:
            break  # emptied since by another thread
    return found
