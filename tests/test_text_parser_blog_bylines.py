"""A blog post's byline as Korean blog hosts print it under the headline: "by HANDLE 2025. 3. 19.", the handle
and a numeric date, year first, set apart by a space alone. The handle is the author, the date the
publication date, and the headline above is the title (not a photo's caption printed twice below); the
line itself stays in the text, its words kept. The pages are our own, in the shapes of real ones."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import parse_text

HEADLINE = "개인정보 유출 통지 안 하면 과태료, 사업자가 알아둘 점"
BODY = (
    "개인정보가 유출된 사실을 알고도 정보주체에게 알리지 않으면 과태료가 부과될 수 있습니다. "
    "이 글에서는 통지 기한과 방법을 정리해 보겠습니다.\n"
)


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("by haneul_note 2024. 11. 2.", "haneul_note", dt.date(2024, 11, 2)),
        ("by datadiary 2023. 4. 16. 21:05", "datadiary", dt.datetime(2023, 4, 16, 21, 5)),
        ("by mina 2024/05/03", "mina", dt.date(2024, 5, 3)),
    ],
)
def test_a_blog_byline_gives_author_and_date(byline: str, author: str, published: object) -> None:
    """Under the skip link, the category and the headline: the byline's handle and date are metadata."""
    page = f"본문 바로가기\n생활 법률 정보\n\n{HEADLINE}\n\n{byline}\n반응형\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title == HEADLINE
    assert list(article.metadata.authors) == [author]
    assert article.metadata.published == published
    assert any(byline in block.text for block in article.blocks)  # the host's line stays in the text


def test_a_caption_printed_twice_under_the_byline_is_no_title() -> None:
    """A photo's alt text and caption, the same short line twice under the byline, leave the headline the title."""
    caption = "개인정보 유출 통지 방법"
    page = f"{HEADLINE}\n\nby haneul_note 2024. 11. 2.\n반응형\n\n{caption}\n{caption}\n\n{BODY}"
    assert parse_text(page).metadata.title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "by the way 2024. 5. 3. was the day the notice went out",  # the date does not end the line
        "By 2030 the regulator expects every shop to keep such a register.",  # a year, no handle
        "by the way 2024. 5. 3.",  # two words before the date: no handle
    ],
)
def test_a_line_with_a_date_inside_is_no_blog_byline(line: str) -> None:
    """A sentence opening on "by" with a date inside names no one and stays in the text."""
    article = parse_text(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert not article.metadata.authors
    assert any(line in block.text for block in article.blocks)
