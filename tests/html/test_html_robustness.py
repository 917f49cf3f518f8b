"""Hostile input: parse_html never raises, and the pipeline itself survives depth, size and garbage."""

from __future__ import annotations

import time

import pytest

from parsers.html import parse_html
from parsers.html.extract import Progress, extract_article
from parsers.model import Article


def strict(html: str | bytes, url: str | None = None) -> Article:
    """The pipeline without the safety net, so a bug fails the test instead of hiding."""
    return extract_article(html, url, Progress())


@pytest.mark.parametrize(
    "document",
    [
        "",
        "   \n\t ",
        b"",
        b"\x00\x01\x02\xff\xfe\x80binary\x00",
        bytes(range(256)) * 20,
        "<!-- only a comment -->",
        "<p>no html or body element</p>",
        "plain text without any markup at all",
        "<html><head><title>Head only</title></head></html>",
        "<<<>>><p<p<p</div></div></span>",
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>declared</p></body></html>',
        "<html><body><p>\x1b[31mred\x1b[0m \u202eevil\u202c</p></body></html>",
    ],
)
def test_odd_documents_parse_without_error(document: str | bytes) -> None:
    """Empty, binary, bodiless and broken documents all give an Article."""
    article = strict(document)
    assert isinstance(article, Article)


def test_controls_are_cleaned_in_body_text() -> None:
    """Escape and bidi controls never reach a block."""
    article = strict("<html><body><p>" + "Plain words here. " * 10 + "\x1b[31m \u202eevil</p></body></html>")
    text = " ".join(block.text for block in article.blocks)
    assert "\x1b" not in text and "\u202e" not in text
    assert "evil" in text


def test_ten_thousand_nested_divs() -> None:
    """A page nested 10,000 deep parses, keeps its text, and takes well under a few seconds."""
    html = "<html><body>" + "<div>" * 10_000 + "<p>" + "Deep text sits here. " * 20 + "</p>"
    html += "</div>" * 10_000 + "</body></html>"
    started = time.perf_counter()
    article = strict(html)
    assert time.perf_counter() - started < 10
    assert "Deep text sits here." in " ".join(block.text for block in article.blocks)


def test_hundred_thousand_nested_spans_do_not_recurse() -> None:
    """100,000 nested elements never reach Python's recursion limit."""
    html = "<html><body><p>" + "<span>" * 100_000 + "x" + "</span>" * 100_000 + "</p></body></html>"
    assert isinstance(strict(html), Article)


def test_five_megabyte_page() -> None:
    """A 5 MB page parses in reasonable time."""
    paragraph = "<p>" + "A sentence about data protection, with a comma. " * 10 + "</p>\n"
    html = "<html><body><article>" + paragraph * (5_000_000 // len(paragraph)) + "</article></body></html>"
    started = time.perf_counter()
    article = strict(html)
    assert time.perf_counter() - started < 30
    assert len(article.blocks) > 1000


def test_deep_jsonld_is_ignored_not_fatal() -> None:
    """JSON-LD nested deeper than the json module allows is skipped."""
    deep = "[" * 100_000 + "]" * 100_000
    html = (
        f'<html><head><script type="application/ld+json">{deep}</script></head><body><p>x</p></body></html>'
    )
    assert isinstance(strict(html), Article)


def test_public_function_never_raises_on_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failing stage yields what was found before it, not an exception."""
    from parsers.html import extract

    def broken(*_args: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(extract, "choose_containers", broken)
    article = parse_html("<html><head><title>Kept title</title></head><body><p>text</p></body></html>")
    assert article.metadata.title == "Kept title"
    assert article.blocks == ()


def test_text_after_a_long_run_of_hidden_elements_stays_in_order() -> None:
    """Thousands of hidden elements in one paragraph go, and the words between them stay, in order."""
    run = "".join(f"<span hidden>gone{index}</span> word{index}" for index in range(3000))
    article = strict(f"<html><body><article><p><b>Start</b>{run}</p></article></body></html>")
    text = " ".join(block.text for block in article.blocks)
    assert "gone" not in text
    assert text.startswith("Start word0 word1 word2")
    assert text.endswith("word2998 word2999")


def test_hidden_children_between_kept_ones_leave_their_tails_to_the_kept_one_before() -> None:
    """A hidden element's following text joins the visible element before it, not the one after."""
    html = "<p>A <i>one</i> b <span hidden>x</span> c <span hidden>y</span> d <i>two</i> e</p>"
    article = strict(f"<html><body><article>{html * 3}</article></body></html>")
    assert [block.text for block in article.blocks] == ["A one b c d two e"] * 3
