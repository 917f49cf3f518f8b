"""Which units an article offers: a page summary that only repeats the body is not a unit twice."""

from __future__ import annotations

from parsers import parse_html, parse_text
from parsers.model import Article, Block, Metadata

OPENING = "The regulator fined the shop for keeping card numbers in a spreadsheet anyone could open."


def _kinds(description: str, first_block: str) -> list[str]:
    article = Article(
        Metadata(title="A fine", description=description), (Block("b0", "paragraph", first_block),)
    )
    return [unit.kind for unit in article.units()]


def test_a_summary_that_is_the_first_paragraph_is_not_a_unit() -> None:
    assert _kinds(OPENING, OPENING) == ["title", "block"]


def test_a_summary_that_only_differs_in_spacing_and_case_is_the_paragraph() -> None:
    assert _kinds(OPENING.upper().replace(" ", "  "), OPENING) == ["title", "block"]


def test_a_summary_cut_short_with_an_ellipsis_is_the_paragraph() -> None:
    assert _kinds(OPENING[:60] + "…", OPENING) == ["title", "block"]


def test_a_summary_of_its_own_stays_a_unit() -> None:
    assert _kinds("Why a spreadsheet cost a shop its reputation.", OPENING) == [
        "title",
        "description",
        "block",
    ]


def test_a_short_summary_is_a_repeat_only_when_it_is_the_whole_block() -> None:
    assert _kinds("The regulator fined", OPENING) == ["title", "description", "block"]
    assert _kinds("Card numbers leaked.", "Card numbers leaked") == ["title", "block"]


def test_an_html_meta_description_copied_from_the_lead_is_shown_once() -> None:
    page = (
        f'<html><head><title>A fine</title><meta name="description" content="{OPENING}"></head>'
        f"<body><article><h1>A fine</h1><p>{OPENING}</p><p>The shop said it has moved the file.</p>"
        "</article></body></html>"
    )
    units = parse_html(page).units()
    assert [unit.text for unit in units].count(OPENING) == 1


def test_a_standfirst_in_plain_text_stays_even_when_a_paragraph_repeats_it() -> None:
    """Plain text shows what the reader saw: a standfirst printed again further down is there twice."""
    standfirst = "The shop kept card numbers where anyone could read them"
    text = f"Shop fined over open spreadsheet\n\n{standfirst}\n\nBy Ann Lee | 4 March 2024\n\n{OPENING}\n\n{standfirst}\n"
    article = parse_text(text)
    assert article.metadata.description == standfirst
    assert [unit.text for unit in article.units()].count(standfirst) == 2
