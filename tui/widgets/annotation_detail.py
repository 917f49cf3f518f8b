"""The detail of the selected annotation: the law, the penalty or the quoted clause, explained."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.layout import Paragraph
from tui.widgets.text_pane import TextPane

if TYPE_CHECKING:  # the annotation core loads with the first annotations, after the text is painted
    from annotations import Annotation, LawEntry

NOTHING_SELECTED = "Press ] for the first annotation."
NO_ENTRY = "fineprint's knowledge base has no entry for this law yet."


def _law_lines(law: LawEntry) -> list[str]:
    from annotations.summary import format_amount

    lines = [law.name]
    facts = [law.jurisdiction, str(law.year) if law.year else "", law.kind]
    lines.append(" · ".join(f for f in facts if f))
    if law.regulators:
        lines.append("Enforced by " + ", ".join(law.regulators))
    lines += ["", law.summary]
    if law.penalties:
        lines += ["", "Penalties:"]
        for cap in law.penalties:
            figure = format_amount(cap.amount, cap.currency) if cap.amount is not None else ""
            share = f"{cap.percent:g}% of {cap.basis or 'turnover'}" if cap.percent else ""
            year = f" ({cap.as_of})" if cap.as_of else ""
            lines.append(f"• {' or '.join(x for x in (figure, share) if x)}{year}: {cap.description}")
    if law.citations:
        lines += ["", "Cited as " + "; ".join(law.citations)]
    return lines


def _law_name(law_id: str | None) -> str | None:
    """The full name of a law of the knowledge base, by id."""
    from annotations.knowledge import laws_by_id

    law = laws_by_id().get(law_id or "")
    return law.name if law else law_id


def _penalty_lines(annotation: Annotation) -> list[str]:
    from annotations.summary import format_amount

    if annotation.amount is not None:
        lines = [
            f"{format_amount(annotation.amount, annotation.currency)} ({annotation.amount:,.0f} {annotation.currency})"
        ]
    else:
        lines = [f"{annotation.percent:g}% of turnover" if annotation.percent else "An unspecified amount"]
    labels = (
        ("Type", (annotation.penalty_type or "").replace("_", " ")),
        ("Qualifier", annotation.qualifier),
        ("Rate", annotation.rate),
        ("Paid by", annotation.payer),
        ("Imposed by", annotation.authority),
        ("Under", _law_name(annotation.related_law)),
        ("Converts", annotation.conversion_of),
    )
    lines += [f"{label}: {value}" for label, value in labels if value]
    return lines


def _quote_lines(annotation: Annotation) -> list[str]:
    lines = [
        f"Quoted from the {annotation.document or 'terms'}"
        + (f" of {annotation.company}" if annotation.company else "")
    ]
    for clause in annotation.clauses:
        lines += ["", f"{clause.label} ({clause.severity})", clause.explanation]
    return lines


def detail_lines(annotation: Annotation) -> list[str]:
    """The lines of the detail pane for an annotation."""
    if annotation.kind == "law":
        if annotation.law is None:  # a law the knowledge base has no entry for (a bill, a foreign act)
            return ["Law", annotation.text, "", NO_ENTRY]
        return ["Law", *_law_lines(annotation.law)]
    if annotation.kind == "penalty":
        return ["Penalty", *_penalty_lines(annotation)]
    return ["Terms-of-service quote", *_quote_lines(annotation)]


class AnnotationDetail(TextPane):
    """What the selected annotation is, in plain words (a pane of lines, like the article's)."""

    COMPONENT_CLASSES = {"pane--title"}

    _shown_lines: list[str] | None = None

    def show(self, annotation: Annotation | None) -> None:
        """Attributes down: the annotation to explain (the same words again are not laid out again)."""
        lines = detail_lines(annotation) if annotation is not None else [NOTHING_SELECTED]
        if lines == self._shown_lines and self.layout_.paragraphs:
            self.scroll_to(y=0, animate=False)
            return
        self._shown_lines = lines
        paragraphs = []
        for number, line in enumerate(lines):
            lead = "• " if line.startswith("• ") else ""
            role = "title" if number == 0 and annotation is not None else "paragraph"
            paragraphs.append(Paragraph(f"d{number}", line[len(lead) :], role, lead=lead, gap=0))
        self.fill(paragraphs)
