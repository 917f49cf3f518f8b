"""Whether "the notice" after a quotation is a message sent to users is read from a bounded stretch before it.

A paragraph repeating 'Its privacy notice changed. “We may share x,” the notice read.' had the whole paragraph
before each quotation searched for a sent or shown message: 100 KB took 5 s, 200 KB 19 s. Counted, never timed:
the characters handed to tos_messages.stands_for_message.
"""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors import tos_trail

_REPEATED = "Its privacy notice changed. “We may share your photos,” the notice read. "


def _characters_read(repeats: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters of earlier text the message check reads for a paragraph of `repeats` sentences."""
    read = 0
    original = tos_trail.stands_for_message

    def counting(earlier: str, noun: str) -> bool:
        nonlocal read
        read += len(earlier)
        return original(earlier, noun)

    monkeypatch.setattr(tos_trail, "stands_for_message", counting)
    quotes_found(page_units(_REPEATED * repeats, title="Photo app changes its privacy notice"))
    return read


def test_the_stretch_read_for_a_message_grows_with_the_paragraph_not_its_square(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _characters_read(40, monkeypatch)
    large = _characters_read(160, monkeypatch)
    assert small > 0
    assert large < 5 * small


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The message sent about the policy is still the notice that reads.
        (
            [
                "Lumo sent users a notice about changes to its privacy policy. “Nothing changes,” the notice read."
            ],
            [],
        ),
        # A privacy notice named with nothing sent before it is the document.
        (
            ["Lumo changed its terms. “We may share your photos,” the privacy notice reads."],
            ["We may share your photos,"],
        ),
    ],
)
def test_the_notice_after_a_quotation_within_the_bounded_stretch(
    paragraphs: list[str], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Lumo changes its privacy notice")) == expected
