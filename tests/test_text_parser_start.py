"""A long text page read top first: its title and body to show at once, its comments after."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests_support import long_thread

from parsers import LONG_TEXT, parse, parse_start
from parsers.text import read_text, read_text_start

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    *sorted((Path(__file__).parent / "fixtures" / "text").glob("*/source.txt")),
    ROOT / "tui" / "sample" / "sample-article.txt",
]


@pytest.mark.parametrize("source", PAGES, ids=[page.parent.name for page in PAGES])
def test_the_top_of_a_page_is_the_start_of_the_whole(source: Path) -> None:
    """The top holds no comment; its metadata is the whole page's and its blocks are the whole's first ones."""
    text = source.read_text(encoding="utf-8")
    start, whole = read_text_start(text), read_text(text).article
    assert not start.article.comments
    assert start.article.blocks == whole.blocks[: len(start.article.blocks)]
    if start.article.blocks:
        assert start.article.metadata == whole.metadata
    assert [u.offsets for u in start.article.units()] == [u.offsets for u in whole.units()][
        : len(start.article.units())
    ]


def test_finishing_twice_reads_the_same_page() -> None:
    """The top is left as it was by finishing it: a second finish gives the same article and ledger."""
    text = PAGES[-1].read_text(encoding="utf-8")
    start = read_text_start(text)
    first, second = start.finish(), start.finish()
    assert first.article == second.article and first.ledger == second.ledger
    assert first.article.comments


def test_a_long_thread_is_read_top_first_and_its_rest_is_the_whole() -> None:
    """Past LONG_TEXT a text page's comments wait for `rest()`, which gives what `parse` gives."""
    document = long_thread(1500).encode()
    assert len(document) > LONG_TEXT
    start = parse_start(document)
    assert start.rest is not None
    assert not start.article.comments
    assert [b.text for b in start.article.blocks] == ["The regulator imposed a $5 million fine."]
    whole = start.rest()
    assert whole == parse(document) and len(whole.comments) == 1500
    assert [u.offsets for u in whole.units()] == [u.offsets for u in parse(document).units()]


def test_short_pages_and_html_are_parsed_whole() -> None:
    """Below LONG_TEXT, and for any HTML page, there is no rest: the article is the whole one."""
    short = long_thread(3).encode()
    page = (
        b"<html><body><article><h1>A title</h1><p>"
        + b"Some text. " * 20_000
        + b"</p></article></body></html>"
    )
    for document in (short, page):
        start = parse_start(document)
        assert start.rest is None and start.article == parse(document)
