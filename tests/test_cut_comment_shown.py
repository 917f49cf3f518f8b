"""A comment cut for length (parsers.long_units) is shown as one post: one header, its pieces under it.

The page is written for the test: an article with a forum post three times the limit of one unit, by
Bo, and a short reply to it by Cy.
"""

from __future__ import annotations

from pathlib import Path

from app_pilot import pane_lines, wait_for_article

from annotations.jsonio import article_from_json, article_to_json
from parsers import parse_text
from parsers.long_units import MAX_UNIT_CHARS
from parsers.model import post_count
from tui.app import FineprintApp
from tui.render_text import as_text
from tui.sources import load
from tui.widgets.comments_view import CommentsView
from tui.widgets.metadata_panel import metadata_lines

POST = " ".join(
    f"Point {n}: the terms let the app sell my data to Acme Co. Ltd for €5."
    for n in range(3 * MAX_UNIT_CHARS // 70)
)
PAGE = (
    "A title about a settlement here\n\nBy Ann Lee | 4 March 2024\n\nThe body text of the article.\n\n"
    f"2 Comments\n\nBo said on March 5, 2024 at 9:12 am\n\n{POST}\n\n"
    "    Cy said on March 5, 2024 at 9:30 am\n\n    I agree with every point.\n"
)


def test_the_pieces_after_the_first_continue_the_post_in_the_json_too() -> None:
    """Only the later pieces of the cut post say they continue it; the JSON keeps it, and says nothing
    on a comment that was not cut."""
    article = parse_text(PAGE)
    *pieces, reply = article.comments
    assert len(pieces) >= 3
    assert [piece.continues for piece in pieces] == [False] + [True] * (len(pieces) - 1)
    assert not reply.continues
    data = article_to_json(article)
    assert [c.get("continues") for c in data["comments"]] == [None] + [True] * (len(pieces) - 1) + [None]
    assert article_from_json(data).comments == article.comments


def test_the_text_output_names_the_writer_of_a_cut_post_once(tmp_path: Path) -> None:
    """`fineprint parse --format text` heads the post once; its pieces follow under their ids."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    text = as_text(load(str(page)), with_annotations=False)
    assert text.count("Bo on ") == 1 and text.count("Cy on ") == 1
    assert text.count("€5.") == POST.count("€5.")


async def test_the_comments_pane_shows_one_header_for_a_cut_post(tmp_path: Path) -> None:
    """One header for Bo's post, its pieces under it at its indent, the reply deeper; the post counts
    once, folds whole, and a cursor sent to a later piece lands on the post."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    async with FineprintApp(str(page)).run_test(size=(120, 40)) as pilot:
        screen = await wait_for_article(pilot)
        pane = screen.query_one(CommentsView)
        lines = pane_lines(pane)
        assert lines[0].strip() == "2 comments"
        assert sum(line.strip().startswith("Bo ·") for line in lines) == 1
        assert sum(line.strip().startswith("Cy ·") for line in lines) == 1
        assert sum(line.count("€5.") for line in lines) == POST.count("€5.")
        assert screen.opened is not None
        last_piece = screen.opened.article.comments[-2]
        assert last_piece.continues
        pane.move_cursor(last_piece.id)
        assert pane.cursor == "c0"
        pane.toggle_thread()
        await pilot.pause()
        folded = pane_lines(pane)
        assert not any("Point" in line for line in folded) and not any("Cy ·" in line for line in folded)


def test_the_metadata_panel_counts_a_cut_post_once() -> None:
    """'Blocks / comments' counts posts as the comments pane does: Bo's cut post and Cy's reply are 2."""
    article = parse_text(PAGE)
    assert len(article.comments) > 2
    assert post_count(article.comments) == 2
    assert f"Blocks / comments: {len(article.blocks)} / 2" in metadata_lines(article)
