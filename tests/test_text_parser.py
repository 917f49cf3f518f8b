"""The plain-text parser on the seed, the bundled sample, and pages in other site styles."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from tests_support import unit_offsets_hold

from parsers import parse_text
from parsers.model import Article
from parsers.text import read_text

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((Path(__file__).parent / "fixtures" / "text").glob("*/source.txt"))
SAMPLE = ROOT / "tui" / "sample" / "sample-article.txt"


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _body(article: Article) -> str:
    return "\n".join(block.text for block in article.blocks)


def check_against_expected(source: Path, expected_path: Path) -> None:
    """Compare a parse with the page's expected.json, field by field."""
    text = source.read_text(encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    reading = read_text(text)
    article = reading.article
    meta = article.metadata
    assert meta.title == expected["title"]
    assert list(meta.authors) == expected["authors"]
    assert _iso(meta.published) == expected["published"]
    assert _iso(meta.updated) == expected["updated"]
    assert meta.description == expected.get("description")
    body = _body(article)
    assert article.blocks[0].text.startswith(expected["body_first"])
    assert article.blocks[-1].text.endswith(expected["body_last"])
    for phrase in expected["body_includes"]:
        assert phrase in body
    for phrase in expected["body_excludes"]:
        assert phrase not in body, phrase
    dropped = [fate.name for _number, fate in sorted(reading.ledger.items()) if fate.kind == "furniture"]
    assert dropped == expected["furniture"]
    headings = [block.text for block in article.blocks if block.kind == "heading"]
    for heading in expected["headings"]:
        assert heading in headings
    assert len(article.comments) == len(expected["comments"])
    for comment, wanted in zip(article.comments, expected["comments"], strict=True):
        assert comment.author == wanted["author"]
        assert _iso(comment.published) == wanted["published"]
        parent = expected["comments"][wanted["parent"]] if wanted["parent"] is not None else None
        parent_id = article.comments[wanted["parent"]].id if parent is not None else None
        assert comment.parent_id == parent_id
        assert comment.text.startswith(wanted["text_first"])
        assert comment.text.endswith(wanted["text_last"])
        assert wanted["text_first"] not in body
    assert unit_offsets_hold(article, text)


@pytest.mark.parametrize("source", PAGES, ids=[page.parent.name for page in PAGES])
def test_text_page_parses_as_expected(source: Path) -> None:
    """Each of our text pages yields its expected metadata, body and comment thread."""
    check_against_expected(source, source.parent / "expected.json")


def test_bundled_sample_parses_as_expected() -> None:
    """The bundled sample article yields its expected metadata, body and comments."""
    check_against_expected(SAMPLE, SAMPLE.parent / "expected.json")


def test_seed_article(seed_path: Path) -> None:
    """The seed: title, author, dates, two anonymous comments, and no page furniture in the body."""
    text = seed_path.read_text(encoding="utf-8")
    article = parse_text(text)
    assert article.metadata.title and article.metadata.title.startswith("Amazon settles for $30M")
    assert article.metadata.authors == ("Emre Çitak",)
    assert article.metadata.published == date(2023, 6, 1)
    assert article.metadata.updated == date(2023, 6, 1)
    assert [c.author for c in article.comments] == ["Anonymous", "Anonymous"]
    assert article.comments[0].published == datetime(2023, 6, 1, 23, 44)
    assert article.comments[1].published == datetime(2023, 6, 1, 23, 42)
    body = _body(article)
    for furniture in ("Previous Post", "Next Post", "Leave a Reply", "Rudeness", "consent to your data"):
        assert furniture not in body
        assert all(furniture not in c.text for c in article.comments)
    assert unit_offsets_hold(article, text)


def test_page_without_title_lines_is_empty() -> None:
    """Whitespace alone gives an article with no text."""
    assert not parse_text("   \n\n  ").has_text


def test_crlf_and_bom_keep_offsets() -> None:
    """Windows line ends and a BOM do not shift source offsets."""
    text = "\ufeffA title here\r\n\r\nBy Ann Lee | 4 March 2024\r\n\r\nThe body says a fine was paid.\r\n"
    article = parse_text(text)
    assert article.metadata.title == "A title here"
    assert article.metadata.authors == ("Ann Lee",)
    assert unit_offsets_hold(article, text.removeprefix("\ufeff"))


def test_control_characters_are_cleaned_in_every_unit() -> None:
    """ESC in title, body and comment arrives as a visible symbol."""
    text = "A title with an escape \x1b[2J inside\n\nBody \x1b]0;x\x07 text of the article.\n\nComments\n\nMallory says:\nMarch 5, 2024 at 9:12 am\n\nHi \x1b[31m there\n"
    article = parse_text(text)
    for unit in article.units():
        assert "\x1b" not in unit.text and "\x07" not in unit.text
    assert article.comments and "\u241b[31m" in article.comments[0].text


STANDFIRST_PAGE = (
    "Watchdog fines a chat app over stored voice notes\n\n"
    "The regulator says the app kept\nrecordings for years, in breach of the GDPR\n\n"
    "By Ann Lee | 4 March 2024\n\n"
    "The company must pay €5 million, the authority said on Monday.\n"
)


def test_standfirst_is_a_unit_that_is_annotated_with_source_offsets() -> None:
    """A standfirst is the `description` unit: in reading order after the title, annotated, mapped to the input."""
    from annotations import annotate

    article = parse_text(STANDFIRST_PAGE)
    units = article.units()
    assert [unit.kind for unit in units[:3]] == ["title", "description", "block"]
    assert units[1].text == "The regulator says the app kept recordings for years, in breach of the GDPR"
    assert unit_offsets_hold(article, STANDFIRST_PAGE)
    (law,) = [a for a in annotate(article).annotations if a.kind == "law"]
    assert (law.unit_id, law.unit_kind, law.text) == ("description", "description", "GDPR")
    assert law.source_start is not None and law.source_end is not None
    assert STANDFIRST_PAGE[law.source_start : law.source_end] == "GDPR"
