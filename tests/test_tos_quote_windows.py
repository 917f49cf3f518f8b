"""The sentence that may suppose a quotation is read within a window before it, not from its paragraph's start."""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.detectors import tos_fragments
from parsers import parse_text


def test_the_supposing_sentence_is_read_within_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each quotation of a paragraph of thousands sliced the paragraph from its start and searched it for
    its last sentence: the square of the paragraph. Now at most MAX_SUPPOSITION_CHARS before the quote."""
    read: list[int] = []
    real = tos_fragments.last_sentence

    def recorded(text: str, closed: bool = False) -> str:
        read.append(len(text))
        return real(text, closed)

    monkeypatch.setattr(tos_fragments, "last_sentence", recorded)
    annotate(parse_text("Kestrel terms of service\n\nThe terms of service say " + "“we may” " * 1_000 + "\n"))
    assert read
    assert max(read) <= tos_fragments.MAX_SUPPOSITION_CHARS


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        ("Most people assume a privacy policy says “we keep your data safe”.", False),
        ("Kestrel's privacy policy says “we keep your data for ten years”.", True),
    ],
)
def test_a_supposed_wording_is_still_no_quote(paragraph: str, quoted: bool) -> None:
    """What someone supposes a document says is no quotation of it; the document's own words are."""
    found = annotate(parse_text("Kestrel privacy policy\n\n" + paragraph + "\n")).annotations
    assert any(annotation.kind == "tos_quote" for annotation in found) is quoted
