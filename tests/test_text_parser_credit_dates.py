"""A writer's name set off the date by a spaced hyphen, as Indonesian news pages print it under the
headline ("NAME - Jumat, 31 Januari 2020 | 13:00"): the writer and the date go to the metadata. A word
that is no person's name before such a date ("Update - 3 May 2023") names no one. The pages are our own,
in the shapes of real page openings (nextren.grid.id, suara.com)."""

from __future__ import annotations

import pytest

from parsers import parse_text

HEADLINE = "Kebocoran Data Pelanggan, Operator Didenda Rp 2 Miliar"
BODY = (
    "Regulator menjatuhkan denda kepada operator setelah data ribuan pelanggan bocor dan dijual di forum "
    "daring, kata juru bicara lembaga itu dalam konferensi pers.\n"
)


@pytest.mark.parametrize(
    ("credit", "authors", "published"),
    [
        ("Rina Santoso - Jumat, 31 Januari 2020 | 13:00", ["Rina Santoso"], "2020-01-31T13:00"),
        ("Rina Santoso\nKamis, 27 Oktober 2022 | 18:03 WIB", ["Rina Santoso"], "2022-10-27T18:03"),
    ],
)
def test_an_indonesian_credit_gives_writer_and_date(credit: str, authors: list[str], published: str) -> None:
    """Under the headline, the writer's name and the date (a weekday, a time after a bar, a zone's
    letters) are the article's writer and date; the headline stays the title."""
    meta = parse_text(f"{HEADLINE}\n\n{credit}\n\n{BODY}").metadata
    assert (meta.title, list(meta.authors)) == (HEADLINE, authors)
    assert meta.published is not None and meta.published.isoformat()[:16] == published


def test_a_word_and_a_hyphen_before_a_date_name_no_one() -> None:
    """'Update - 3 May 2023' under a paragraph opens no comment: the body under it stays blocks."""
    page = f"{HEADLINE}\n\n{BODY}\nUpdate - 3 May 2023\n\nThe operator said it would appeal the fine.\n"
    article = parse_text(page)
    assert not article.comments
    assert "The operator said it would appeal the fine." in [block.text for block in article.blocks]
