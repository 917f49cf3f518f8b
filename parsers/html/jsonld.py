"""JSON-LD blocks: loaded defensively and walked with an explicit stack, never recursively."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from parsers.html.metadata_vocabulary import MAX_JSONLD_CHARS, MAX_JSONLD_NODES
from parsers.html.tree import HtmlElement

JsonNode = dict[str, Any]

_WRAPPERS = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_SCHEMA_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?schema\.org/", re.I)


def load_jsonld(root: HtmlElement) -> list[Any]:
    """The parsed value of every JSON-LD script in the page, skipping those that do not parse."""
    values = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        value = _loads(script.text or "")
        if value is not None:
            values.append(value)
    return values


def _loads(text: str) -> Any:
    """Parse one block; broken, oversized or over-deep JSON yields None."""
    if len(text) > MAX_JSONLD_CHARS:
        return None
    text = _WRAPPERS.sub("", text.strip())
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def iter_nodes(values: list[Any]) -> Iterator[JsonNode]:
    """Every object in the values, depth first in document order, at most MAX_JSONLD_NODES of them."""
    stack: list[Any] = list(reversed(values))
    seen = 0
    while stack and seen < MAX_JSONLD_NODES:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
            continue
        if not isinstance(value, dict):
            continue
        seen += 1
        yield value
        stack.extend(reversed([child for child in value.values() if isinstance(child, (dict, list))]))


def types_of(node: JsonNode) -> frozenset[str]:
    """The node's schema.org types, lower-cased and without the vocabulary prefix."""
    raw = node.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return frozenset(_SCHEMA_PREFIX.sub("", name).lower() for name in names if isinstance(name, str))


def first_text(value: Any) -> str | None:
    """A plain string from a value that may be a string, a list, or an object with a name or value."""
    stack = [value]
    steps = 0
    while stack and steps < 50:
        steps += 1
        current = stack.pop(0)
        if isinstance(current, str) and current.strip():
            return current
        if isinstance(current, (int, float)) and not isinstance(current, bool):
            return str(current)
        if isinstance(current, list):
            stack[0:0] = current
        elif isinstance(current, dict):
            for key in ("name", "@value", "text", "headline", "url", "@id"):
                if key in current:
                    stack.insert(0, current[key])
                    break
    return None


def names_of(value: Any) -> list[str]:
    """Every name in an author-like value: a string, an object with a name, or a list of them."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:50]:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = next((part for part in name if isinstance(part, str)), None)
            if isinstance(name, str):
                names.append(name)
    return names
