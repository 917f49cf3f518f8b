"""JSON (de)serialisation of articles and annotations: the one place the JSON contract lives."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from annotations.model import Annotated, Annotation, ClauseCategory, LawEntry
from parsers.model import Article, Block, Comment, DateValue, Link, Metadata

_METADATA_FIELDS = ("title", "authors", "published", "updated", "site_name", "url", "canonical_url", "description",
                    "language", "tags", "page_kind")  # fmt: skip


def date_to_json(value: DateValue | None) -> str | None:
    """ISO 8601, keeping what the source said: a zone, no zone, or no time."""
    return value.isoformat() if value is not None else None


def date_from_json(value: str | None) -> DateValue | None:
    """The inverse of date_to_json."""
    if not value:
        return None
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def number_to_json(value: float | None) -> int | float | None:
    """Amounts as integers when whole."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _links(links: tuple[Link, ...]) -> list[dict[str, Any]]:
    return [{"start": link.start, "end": link.end, "href": link.href} for link in links]


def article_to_json(article: Article) -> dict[str, Any]:
    """The article part of the contract."""
    meta = article.metadata
    metadata: dict[str, Any] = {}
    for name in _METADATA_FIELDS:
        value = getattr(meta, name)
        metadata[name] = (
            date_to_json(value)
            if name in ("published", "updated")
            else (list(value) if isinstance(value, tuple) else value)
        )
    blocks = [{"id": b.id, "kind": b.kind, "text": b.text, "links": _links(b.links)} for b in article.blocks]
    comments = [
        {"id": c.id, "parent_id": c.parent_id, "author": c.author, "published": date_to_json(c.published),
         "date_text": c.date_text, "text": c.text, "links": _links(c.links)} | _continues(c)
        for c in article.comments
    ]  # fmt: skip
    return {"metadata": metadata, "blocks": blocks, "comments": comments}


def _continues(comment: Comment) -> dict[str, bool]:
    """`"continues": true` on a piece after the first of a comment cut for length; nothing on others."""
    return {"continues": True} if comment.continues else {}


def article_from_json(data: dict[str, Any]) -> Article:
    """An Article back from article_to_json's output (offset maps are not kept)."""
    meta = dict(data["metadata"])
    meta["published"] = date_from_json(meta.get("published"))
    meta["updated"] = date_from_json(meta.get("updated"))
    meta["authors"] = tuple(meta.get("authors") or ())
    meta["tags"] = tuple(meta.get("tags") or ())
    links = lambda items: tuple(Link(**item) for item in items or ())  # noqa: E731
    blocks = tuple(Block(b["id"], b["kind"], b["text"], links(b.get("links"))) for b in data["blocks"])
    comments = tuple(
        Comment(c["id"], c["text"], c.get("parent_id"), c.get("author"), date_from_json(c.get("published")),
                links(c.get("links")), date_text=c.get("date_text"), continues=c.get("continues") is True)
        for c in data["comments"]
    )  # fmt: skip
    return Article(Metadata(**{k: meta.get(k) for k in _METADATA_FIELDS}), blocks, comments)  # type: ignore[arg-type]


def _law_to_json(law: LawEntry) -> dict[str, Any]:
    return {
        "id": law.id, "name": law.name, "kind": law.kind, "short_names": list(law.short_names),
        "jurisdiction": law.jurisdiction, "year": law.year, "regulators": list(law.regulators),
        "citations": list(law.citations), "summary": law.summary, "url": law.url,
        "penalties": [
            {"description": p.description, "amount": number_to_json(p.amount), "currency": p.currency,
             "percent": p.percent, "basis": p.basis, "per": p.per, "as_of": p.as_of}
            for p in law.penalties
        ],
    }  # fmt: skip


def _clause_to_json(clause: ClauseCategory) -> dict[str, str]:
    return {
        "id": clause.id,
        "label": clause.label,
        "severity": clause.severity,
        "explanation": clause.explanation,
    }


def annotation_to_json(annotation: Annotation) -> dict[str, Any]:
    """One annotation of the contract, with the fields of its kind.

    For plain-text input `text` is the span as the input has it, so that
    `input[source_start:source_end] == text` also where the unit joined wrapped lines.
    """
    a = annotation
    text = a.source_text if a.source_text is not None else a.text
    data: dict[str, Any] = {"id": a.id, "kind": a.kind, "unit_id": a.unit_id, "start": a.start, "end": a.end,
                            "text": text}  # fmt: skip
    if a.source_start is not None:
        data["source_start"], data["source_end"] = a.source_start, a.source_end
    if a.kind == "law":
        data["law"] = _law_to_json(a.law) if a.law else None
    elif a.kind == "penalty":
        data.update(amount=number_to_json(a.amount), currency=a.currency, percent=a.percent, qualifier=a.qualifier,
                    rate=a.rate, penalty_type=a.penalty_type, conversion_of=a.conversion_of, payer=a.payer,
                    authority=a.authority, related_law=a.related_law)  # fmt: skip
    else:
        data.update(document=a.document, company=a.company, clauses=[_clause_to_json(c) for c in a.clauses])
    data.update(ref=a.ref, detector=a.detector)
    return data


def annotated_to_json(annotated: Annotated) -> dict[str, Any]:
    """The annotations and summary parts of the contract."""
    summary = annotated.summary
    return {
        "annotations": [annotation_to_json(a) for a in annotated.annotations],
        "summary": {
            "penalties": list(summary.penalties),
            "totals": {currency: number_to_json(total) for currency, total in summary.totals.items()},
            "notes": list(summary.notes),
        },
    }


# How json writes the constants and the floats it cannot write as numbers.
_CONSTANTS: dict[object, str] = {None: "null", True: "true", False: "false"}
_FLOAT_NAMES = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}
_encode_string = json.encoder.encode_basestring  # type: ignore[attr-defined]
INDENT = "  "


def _scalar(value: object) -> str:
    """One value that holds no other, as json.dumps writes it (ensure_ascii off)."""
    if isinstance(value, str):
        return _encode_string(value)
    if value is None or value is True or value is False:
        return _CONSTANTS[value]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        text = float.__repr__(value)
        return _FLOAT_NAMES.get(text, text)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(key: object) -> str:
    """A dict key as json.dumps writes it: a string, or a scalar turned into one."""
    if isinstance(key, str):
        return _encode_string(key)
    if isinstance(key, (int, float)) or key is None:
        return '"' + _scalar(key) + '"'
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _float(value: float) -> str:
    text = float.__repr__(value)
    return _FLOAT_NAMES.get(text, text)


# The writer of each scalar type; a subclass (an IntEnum, say) goes through _scalar().
_SCALARS: dict[type, Any] = {
    str: _encode_string,
    int: int.__repr__,
    float: _float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _value: "null",
}


def _writer(value: object) -> Any:
    """How to write a value that holds no other; None for a list or dict."""
    found = _SCALARS.get(type(value))
    if found is None and not isinstance(value, (dict, list, tuple)):
        return _scalar
    return found


def dumps_indented(document: object) -> str:
    """`json.dumps(document, ensure_ascii=False, indent=2)`, the same text, written faster.

    With an indent the standard library falls back to its pure-Python encoder, which took longer
    than annotating a large article; this walks the document once with an explicit stack and
    writes each scalar member in one piece.
    """
    parts: list[str] = []
    # An open list or dict: its remaining items, what goes before its next item, its depth, whether a dict.
    stack: list[list[Any]] = []
    value: Any = document
    depth = 0
    while True:
        write = _writer(value)
        if write is not None:
            parts.append(write(value))
        elif not value:
            parts.append("{}" if isinstance(value, dict) else "[]")
        else:
            is_dict = isinstance(value, dict)
            depth += 1
            parts.append("{" if is_dict else "[")
            stack.append(
                [iter(value.items()) if is_dict else iter(value), "\n" + INDENT * depth, depth, is_dict]
            )
        value = _DONE
        while stack and value is _DONE:
            value = _members(stack[-1], parts)
            if value is _DONE:
                frame = stack.pop()
                parts.append("\n" + INDENT * (frame[2] - 1) + ("}" if frame[3] else "]"))
        if value is _DONE:
            return "".join(parts)
        depth = stack[-1][2]


def _members(frame: list[Any], parts: list[str]) -> Any:
    """Write the scalar members of an open list or dict; return the first list or dict met, or _DONE."""
    items, separator, depth, is_dict = frame
    comma = ",\n" + INDENT * depth
    scalars = _SCALARS
    if is_dict:
        for key, member in items:
            name = _encode_string(key) if type(key) is str else _key(key)
            write = scalars.get(type(member)) or _writer(member)
            if write is None:
                parts.append(f"{separator}{name}: ")
                frame[1] = comma
                return member
            parts.append(f"{separator}{name}: {write(member)}")
            separator = comma
    else:
        for member in items:
            write = scalars.get(type(member)) or _writer(member)
            if write is None:
                parts.append(separator)
                frame[1] = comma
                return member
            parts.append(separator + write(member))
            separator = comma
    frame[1] = separator
    return _DONE


_DONE = object()
