"""Annotations as W3C Web Annotation JSON-LD: one AnnotationCollection, one Annotation per finding.

Follows the Web Annotation Data Model (W3C Recommendation, 2017): each Annotation has an IRI
`id`, `type` "Annotation", a `target` that is a SpecificResource of the article with a
TextQuoteSelector (exact, prefix, suffix) and, for plain-text input, a TextPositionSelector
with code-point offsets into the input. The collection embeds its one page of annotations.
Identifiers are `urn:uuid:` names derived from the article's address and the annotation id,
so the same input gives the same document.
"""

from __future__ import annotations

import uuid
from typing import Any

from annotations.model import Annotated, Annotation
from parsers.model import Article

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
QUOTE_CONTEXT = 32
"""Characters of the unit's text kept before and after the quote (prefix and suffix)."""
KIND_TAGS = {"law": "law", "penalty": "penalty", "tos_quote": "terms-of-service quote"}
# A law is identified (its body names it); a penalty or a terms quote is classified.
MOTIVATIONS = {"law": "identifying", "penalty": "classifying", "tos_quote": "classifying"}


def _iri(source: str, name: str) -> str:
    """A stable IRI for something fineprint names about a source."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{source}#fineprint-{name}')}"


def _amount(annotation: Annotation) -> str:
    if annotation.amount is not None:
        return f"{annotation.amount:,.0f} {annotation.currency or ''}".strip()
    return f"{annotation.percent:g}% of turnover" if annotation.percent is not None else "an amount"


def describe(annotation: Annotation) -> str:
    """What the finding is, in one line for the annotation's describing body."""
    if annotation.kind == "law":
        law = annotation.law
        return f"Law: {law.name} ({law.jurisdiction})" if law else "Law"
    if annotation.kind == "penalty":
        kind = (annotation.penalty_type or "penalty").replace("_", " ")
        return f"Penalty: {_amount(annotation)}, {kind}"
    clauses = ", ".join(clause.label for clause in annotation.clauses)
    document = annotation.document or "terms"
    return f"Quote from the {document}" + (f": {clauses}" if clauses else "")


def _bodies(annotation: Annotation) -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": KIND_TAGS[annotation.kind]},
        {
            "type": "TextualBody",
            "purpose": "describing",
            "format": "text/plain",
            "value": describe(annotation),
        },
    ]
    if annotation.kind == "law" and annotation.law is not None and annotation.law.url:
        bodies.append({"type": "SpecificResource", "purpose": "identifying", "source": annotation.law.url})
    return bodies


def _selectors(annotation: Annotation, text: str) -> list[dict[str, Any]]:
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": annotation.text}
    prefix = text[max(0, annotation.start - QUOTE_CONTEXT) : annotation.start]
    suffix = text[annotation.end : annotation.end + QUOTE_CONTEXT]
    quote["prefix"], quote["suffix"] = prefix, suffix
    selectors = [quote]
    if annotation.source_start is not None and annotation.source_end is not None:
        selectors.append(
            {"type": "TextPositionSelector", "start": annotation.source_start, "end": annotation.source_end}
        )
    return selectors


def annotation_to_w3c(annotation: Annotation, unit_text: str, source: str) -> dict[str, Any]:
    """One finding as a Web Annotation targeting `source` (an IRI: the page's address or a file URI)."""
    return {
        "id": _iri(source, annotation.id),
        "type": "Annotation",
        "motivation": MOTIVATIONS[annotation.kind],
        "body": _bodies(annotation),
        "target": {
            "type": "SpecificResource",
            "source": source,
            "selector": _selectors(annotation, unit_text),
        },
    }


def annotated_to_w3c(article: Article, annotated: Annotated, source: str, generator: str) -> dict[str, Any]:
    """The article's annotations as an AnnotationCollection whose embedded first page holds them all."""
    texts = {unit.id: unit.text for unit in article.units()}
    items = [annotation_to_w3c(a, texts.get(a.unit_id, ""), source) for a in annotated.annotations]
    title = article.metadata.title or "an article"
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": _iri(source, "annotations"),
        "type": "AnnotationCollection",
        "label": f"Laws, penalties and terms-of-service quotes in {title}",
        "generator": {"type": "Software", "name": generator},
        "total": len(items),
    }
    if items:
        # The model allows the first page embedded; with one page it is also the last.
        collection["first"] = {
            "id": _iri(source, "annotations-page-1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        }
        collection["last"] = collection["first"]["id"]
    return collection
