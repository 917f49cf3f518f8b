"""Where a long unit is cut: never after an abbreviation, and comments are cut as blocks are.

The texts are written for the test: a regulator's decision told in one run of sentences, and a forum
post as long as a whole page, each far over the limit of one unit.
"""

from __future__ import annotations

import pytest

from parsers import parse, parse_text
from parsers.html.extract import Progress, extract_article
from parsers.long_units import LONG_SENTENCE_TIMES, MAX_UNIT_CHARS, piece_spans
from parsers.model import Comment


@pytest.mark.parametrize(
    "phrase",
    [
        "the app maker Acme Co. The regulator",
        "Acme Holdings Inc. Its lawyers",
        "the letter to Mr. Okafor",
        "the U.S. Senate",
        "complaint No. 5 of the year",
        "brokers, e.g. Google and Meta",
        "written by J. Alvarez",
        "the rule in SEC. 4 of the code",
        "the rules in Secs. 4 and 5",
    ],
    ids=["Co.", "Inc.", "Mr.", "U.S.", "No. 5", "e.g.", "an initial", "SEC. 4", "Secs. 4"],
)
def test_no_cut_falls_after_an_abbreviation(phrase: str) -> None:
    """The stop of 'Co.', 'Mr.', 'No.', 'e.g.' or an initial ends no sentence: the cut falls at the last real end."""
    text = f"The fine was paid. Then {phrase} answered the letter. Nothing more was said."
    stop = text.index(phrase) + len(phrase)
    first, *rest = [text[start:end] for start, end in piece_spans(text, stop + 2)]
    assert first == "The fine was paid."
    assert " ".join([first, *rest]) == text


def test_a_lower_case_word_after_a_stop_opens_no_sentence() -> None:
    """'approx. five' or 'version 2.0. then' read on: no cut before a word in lower case."""
    text = "The fine was paid. It came to approx. five million in all. Nothing more."
    stop = text.index("approx.") + len("approx.")
    start, end = piece_spans(text, stop + 2)[0]
    assert text[start:end] == "The fine was paid."


def test_a_long_page_full_of_company_names_is_cut_only_at_sentence_ends() -> None:
    """A one-line page three times the limit: every block ends a sentence, none after 'Co.' or 'Inc.'."""
    sentence = "The regulator fined Acme Co. Ltd and Brightline Inc. The two firms paid €2 million each. "
    text = (sentence * (3 * MAX_UNIT_CHARS // len(sentence))).strip()
    blocks = parse(text.encode()).blocks
    assert len(blocks) >= 3
    assert all(block.text.endswith("each.") for block in blocks)


@pytest.mark.parametrize(
    "run",
    ["Acme Co. ", "e.g. ", "A. ", "No. 5 ", "Mr. ", "the fee was paid. then "],
    ids=["Co.", "e.g.", "initials", "No. 5", "Mr.", "lower case"],
)
def test_a_long_run_with_no_sentence_end_is_cut_at_its_stops(run: str) -> None:
    """Hostile: megabytes of abbreviations, or of sentences opening in lower case, have no sentence end
    as the splitter reads one; they are cut at their stops (the rule before) into pieces within the limit,
    where they were one unit of megabytes."""
    text = (run * (2_000_000 // len(run))).strip()
    spans = piece_spans(text)
    assert len(spans) >= len(text) // MAX_UNIT_CHARS
    assert max(end - start for start, end in spans) <= MAX_UNIT_CHARS
    assert all(text[end - 1] == "." for _start, end in spans[:-1])
    assert " ".join(text[start:end] for start, end in spans) == text


def test_a_long_text_with_no_stop_is_cut_at_white_space() -> None:
    """Hostile: a stop-less run longer than LONG_SENTENCE_TIMES the limit is cut at white space within the
    limit, or at the limit in a run with none; a tail no longer than that stays whole (one sentence)."""
    for text in ["word " * 400_000, "x" * 400_000]:
        spans = piece_spans(text)
        bound = LONG_SENTENCE_TIMES * MAX_UNIT_CHARS
        assert all(end - start <= MAX_UNIT_CHARS for start, end in spans[:-1])
        assert spans[-1][1] - spans[-1][0] <= bound
        assert len(text) - spans[-1][0] > bound - MAX_UNIT_CHARS


def _long_post(sentences: int) -> str:
    return " ".join(
        f"Point {n}: the terms let the app sell my data to Acme Co. Ltd for €5." for n in range(sentences)
    )


def test_a_long_text_comment_is_cut_and_keeps_its_author_and_place() -> None:
    """A forum post far over the limit becomes several comments by the same author, each pointing back
    into the input; the reply under it still answers it."""
    post = _long_post(3 * MAX_UNIT_CHARS // 70)
    page = (
        "A title about a settlement here\n\nBy Ann Lee | 4 March 2024\n\nThe body text of the article.\n\n"
        f"2 Comments\n\nBo said on March 5, 2024 at 9:12 am\n\n{post}\n\n"
        "    Cy said on March 5, 2024 at 9:30 am\n\n    I agree with every point.\n"
    )
    article = parse_text(page)
    *pieces, reply = article.comments
    assert len(pieces) >= 3
    assert all(len(piece.text) <= MAX_UNIT_CHARS and piece.text.endswith("€5.") for piece in pieces)
    assert {(piece.author, piece.parent_id) for piece in pieces} == {("Bo", None)}
    assert [piece.id for piece in article.comments] == [f"c{n}" for n in range(len(pieces) + 1)]
    assert (reply.author, reply.parent_id, reply.text) == ("Cy", "c0", "I agree with every point.")
    assert " ".join(piece.text for piece in pieces) == post
    for piece in pieces:
        assert piece.offsets is not None
        span = piece.offsets.span_to_source(0, len(piece.text))
        assert span is not None and page[span[0] : span[1]] == piece.text


def test_a_long_html_comment_is_cut_and_keeps_its_links_and_replies() -> None:
    """An HTML comment over the limit is cut too: same author, a link in a later piece covers its words,
    and a reply nested in it answers its first piece."""
    post = _long_post(2 * MAX_UNIT_CHARS // 70) + ' See <a href="https://ex.example/terms">the terms</a>.'
    reply = '<ul><li class="comment"><b class="fn">Cy</b><div class="comment-content"><p>Agreed.</p></div></li></ul>'
    html = (
        "<html><body><article><h1>Headline</h1><div class='entry-content'>"
        + "<p>The regulator published its findings on cookie walls today, after a long inquiry.</p>" * 5
        + "</div></article><div id='comments' class='comments-area'><ol class='comment-list'>"
        + f"<li class='comment'><b class='fn'>Bo</b><div class='comment-content'><p>{post}</p></div>{reply}</li>"
        + "<li class='comment'><b class='fn'>Di</b><div class='comment-content'><p>A third view.</p></div></li>"
        + "</ol></div></body></html>"
    )
    comments = extract_article(html, "https://blog.example.net/post/", Progress()).comments
    pieces = [comment for comment in comments if comment.author == "Bo"]
    assert len(pieces) >= 2 and all(len(piece.text) <= MAX_UNIT_CHARS for piece in pieces)
    assert {piece.parent_id for piece in pieces} == {None}
    (link,) = pieces[-1].links
    assert pieces[-1].text[link.start : link.end] == "the terms"
    answer = next(comment for comment in comments if comment.author == "Cy")
    assert answer.parent_id == pieces[0].id
    assert comments[-1].author == "Di" and comments[-1].parent_id is None


def test_a_chain_of_long_replies_keeps_its_threading() -> None:
    """Hostile: twenty comments, each over the limit and each answering the one before (by indent): every
    piece is within the limit, and each reply's first piece answers the first piece of the comment above."""
    post = _long_post(MAX_UNIT_CHARS // 50)
    page = "A title about a settlement here\n\nBy Ann Lee | 4 March 2024\n\nThe body text of the article.\n\n"
    for depth in range(20):
        pad = " " * (2 * depth)
        page += f"{pad}Reader{depth} said on March 5, 2024 at 9:12 am\n\n{pad}{post}\n\n"
    comments = parse_text(page).comments
    assert all(len(comment.text) <= MAX_UNIT_CHARS for comment in comments)
    firsts: dict[str | None, Comment] = {}
    for comment in comments:
        firsts.setdefault(comment.author, comment)
    authors = [f"Reader{depth}" for depth in range(20)]
    assert list(firsts) == authors and len(comments) > len(authors)
    assert [firsts[name].parent_id for name in authors] == [None] + [firsts[name].id for name in authors[:-1]]
    assert all(comment.parent_id == firsts[comment.author].parent_id for comment in comments)
