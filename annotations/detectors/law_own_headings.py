"""A text's own numbered sections: a bill's "Sec. 4. Effective date." and a club's rules' "§ 2 Zweck und Ziele" (or
"§ 1" over the line "Name und Sitz") open their line with a bare provision and a short heading. They are the text's
structure, not references to a law; a page holds several of them, where an explainer's one "Section 230 Reform" line
is a headline that names a section."""

from __future__ import annotations

import re

from parsers.model import Unit

# The provision opens its line; after it an optional full stop, then either the line's end (the heading is the next
# line) or a short capitalised heading with no sentence mark inside that ends its line, with or without a full stop.
_HEADING_AFTER = re.compile(r"\.?[ \t]*(?:\n|\Z|[ \t](?=[A-ZÄÖÜÉ])[^\n.:!?\"“”]{1,60}\.?[ \t]*(?:\n|\Z))")
# A bill's table of contents, its lines joined into one paragraph: "Sec. 101. Short title. Sec. 102. Findings. …", each
# heading followed by the next section's word, or ending the paragraph.
_HEADING_RUN = re.compile(
    r"\.\s(?=[A-Z])[^\n.:!?\"“”]{1,80}\.(?:\s+(?=(?:Sec\.|SEC\.|Section|SECTION|TITLE|§)\s?[\dIVXL])|\s*\Z)"
)
# Bills and club rules number their sections so; "Article 5" over "Principles" is an explainer's heading for the
# GDPR's article, which counts.
_SECTION_WORDS = ("§", "Sec.", "SEC.", "Section", "SECTION")
MIN_HEADINGS = 2
"""How many line-opening sections with headings make a page's sections its own."""


def _opens_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def own_headings(
    units: tuple[Unit, ...], bare: dict[str, list[tuple[int, int, str | None]]]
) -> set[tuple[str, int]]:
    """The bare provisions (unit id, start) that head the page's own sections, when it holds MIN_HEADINGS or more."""
    texts = {unit.id: unit.text for unit in units}
    found = {
        (unit_id, start)
        for unit_id, spans in bare.items()
        for start, end, _ref in spans
        if texts[unit_id].startswith(_SECTION_WORDS, start)
        and (
            (_opens_line(texts[unit_id], start) and _HEADING_AFTER.match(texts[unit_id], end))
            or _HEADING_RUN.match(texts[unit_id], end)
        )
    }
    return found if len(found) >= MIN_HEADINGS else set()
