"""runs_on first looks for any mark that may open a quotation running on past its paragraph, in one scan: the scan's
class must hold every such mark, and a paragraph with none of them runs nothing on."""

from annotations.detectors.tos_blocks import _RUN_ON_OPENER, RUN_ON_OPENERS, paragraphs, runs_on
from parsers.model import Unit


def test_the_scan_finds_every_opener() -> None:
    for mark in RUN_ON_OPENERS:
        assert _RUN_ON_OPENER.fullmatch(mark) is not None
    assert _RUN_ON_OPENER.search("‘single’ and ” closing and » marks") is None


def test_a_running_quotation_is_still_found() -> None:
    text = 'The section reads: "Members may not record any session or share its contents.\n\n"Nor may they'
    unit = Unit("b0", "block", text)
    first = paragraphs((unit,))[0]
    assert runs_on(text, first, []) == text.index('"')


def test_a_paragraph_without_openers_runs_nothing_on() -> None:
    text = "Members may not record any session or share its contents with anyone at all."
    unit = Unit("b0", "block", text)
    assert runs_on(text, paragraphs((unit,))[0], []) is None
