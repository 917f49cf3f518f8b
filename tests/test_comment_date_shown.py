"""The comments pane's header shows a comment's date as the page wrote it when none could be computed."""

from __future__ import annotations

from datetime import datetime

from parsers import Article, Comment, Metadata
from tui.widgets.comments_view import comment_header, plan_comments


def test_a_relative_date_is_shown_as_the_page_wrote_it() -> None:
    """No computed date: the header shows the page's words ("5 hours ago") after the author."""
    assert (
        comment_header(Comment("c0", "Text.", author="prax", date_text="5 hours ago")) == "prax · 5 hours ago"
    )


def test_a_computed_date_is_shown_in_our_form() -> None:
    """A computed date wins over the page's wording, so every dated header reads the same way."""
    comment = Comment("c0", "Text.", author="Ann", published=datetime(2024, 3, 5, 9, 12), date_text="March 5")
    assert comment_header(comment) == "Ann · 2024-03-05 09:12"


def test_markup_and_control_characters_in_a_date_text_stay_literal() -> None:
    """Page text in the header is plain: markup-looking words are kept as they are, control bytes shown."""
    comment = Comment("c0", "Text.", author="x", date_text="[bold]3 days[/] ago\x1b[2J")
    header = comment_header(comment)
    assert header.startswith("x · [bold]3 days[/] ago") and "\x1b" not in header


def test_the_pane_plan_carries_the_date_text_header() -> None:
    """The pane's paragraphs put the header with the date text above the comment's text."""
    article = Article(
        Metadata(), comments=(Comment("c0", "Text.", author="prax", date_text="vor 2 Stunden"),)
    )
    plan = plan_comments(article, width=60)
    assert plan.layout.paragraphs[plan.headers["c0"]].text == "prax · vor 2 Stunden"
