"""Plain-text and Markdown renderings of an annotated article, for the command line."""

from __future__ import annotations

from annotations import Annotation
from annotations.summary import format_amount
from tui.formatting import byline, show_date
from tui.sources import Loaded


def describe(annotation: Annotation) -> str:
    """One line about an annotation: what it is, in plain words."""
    if annotation.kind == "law" and annotation.law:
        law = annotation.law
        return f"law: {law.name} ({law.jurisdiction}{f', {law.year}' if law.year else ''})"
    if annotation.kind == "penalty":
        if annotation.amount is None:
            return f"penalty: {annotation.percent:g}% of turnover" if annotation.percent else "penalty"
        parts = [format_amount(annotation.amount, annotation.currency), annotation.currency or ""]
        details = [annotation.penalty_type, annotation.qualifier, annotation.rate]
        if annotation.payer:
            details.append(f"paid by {annotation.payer}")
        if annotation.authority:
            details.append(f"imposed by {annotation.authority}")
        extra = ", ".join(d.replace("_", " ") for d in details if d)
        return f"penalty: {' '.join(p for p in parts if p)}" + (f" ({extra})" if extra else "")
    company = f" of {annotation.company}" if annotation.company else ""
    clauses = ", ".join(clause.label for clause in annotation.clauses)
    return f"{annotation.document or 'terms'} quote{company}" + (f": {clauses}" if clauses else "")


def as_text(loaded: Loaded, with_annotations: bool) -> str:
    """The article as plain text, annotations listed after it."""
    lines = [loaded.article.metadata.title or "(untitled)", byline(loaded.article), ""]
    lines.extend(f"{block.text}\n" for block in loaded.article.blocks)
    for comment in loaded.article.comments:
        if comment.continues:  # a piece of a post cut for length: it goes on under the post's header
            lines.append(f"[{comment.id}] {comment.text}\n")
            continue
        when = f" on {show_date(comment.published)}" if comment.published else ""
        reply = f" (reply to {comment.parent_id})" if comment.parent_id else ""
        lines.append(f"[{comment.id}] {comment.author or 'Someone'}{when}{reply}:\n{comment.text}\n")
    if with_annotations:
        lines.append("Annotations:")
        lines.extend(f"  {a.id} {a.unit_id} {a.text!r}: {describe(a)}" for a in loaded.annotated.annotations)
        lines.extend(f"Note: {note}" for note in loaded.annotated.summary.notes)
    return "\n".join(lines)


def as_markdown(loaded: Loaded) -> str:
    """The annotations as a Markdown report."""
    meta = loaded.article.metadata
    out = [f"# {meta.title or 'Untitled'}", ""]
    if meta.authors:
        out += [f"*By {', '.join(meta.authors)}*", ""]
    out += ["| id | where | text | what |", "|---|---|---|---|"]
    for a in loaded.annotated.annotations:
        quoted = a.text.replace("|", "\\|")
        out.append(f"| {a.id} | {a.unit_id} | {quoted} | {describe(a).replace('|', '/')} |")
    quotes = [a for a in loaded.annotated.annotations if a.kind == "tos_quote" and a.clauses]
    for quote in quotes:
        out += [
            "",
            f"**{quote.id}**, from the {quote.document or 'terms'}"
            + (f" of {quote.company}" if quote.company else "")
            + ":",
        ]
        out += [f"- {clause.label} ({clause.severity}): {clause.explanation}" for clause in quote.clauses]
    laws = {a.law.id: a.law for a in loaded.annotated.annotations if a.kind == "law" and a.law}
    if laws:
        out += ["", "**Laws**"]
        out += [f"- {law.name} ({law.jurisdiction}): {law.summary}" for law in laws.values()]
    summary = loaded.annotated.summary
    if summary.totals:
        out += ["", "**Totals:** " + ", ".join(format_amount(v, k) for k, v in summary.totals.items())]
    out += [f"\n> {note}" for note in summary.notes]
    return "\n".join(out) + "\n"
