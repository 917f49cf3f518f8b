"""A paragraph of a whole page (one line, no paragraph tags) is cut at sentence ends into units of bounded size."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from parsers import parse
from parsers.long_units import MAX_UNIT_CHARS, piece_spans, pieces_links, sliced_offsets
from parsers.model import Link, OffsetMap

SENTENCE = "The regulator fined the app maker €2 million under the GDPR on Friday. "


def _one_line(sentences: int) -> str:
    return (SENTENCE * sentences).strip()


def test_a_one_line_text_page_is_cut_into_paragraphs_at_sentence_ends() -> None:
    """No body block of a one-line page is longer than the limit, each ends a sentence, and no word is lost."""
    text = _one_line(3 * MAX_UNIT_CHARS // len(SENTENCE))
    article = parse(text.encode())
    assert len(article.blocks) >= 3
    assert all(len(block.text) <= MAX_UNIT_CHARS for block in article.blocks)
    assert all(block.text.endswith("Friday.") for block in article.blocks)
    assert " ".join(block.text for block in article.blocks) == text


def test_the_pieces_of_a_text_page_still_point_into_the_input() -> None:
    """Each piece's offsets map back to the same characters of the input."""
    text = _one_line(2 * MAX_UNIT_CHARS // len(SENTENCE))
    article = parse(text.encode())
    for block in article.blocks:
        assert block.offsets is not None
        span = block.offsets.span_to_source(0, len(block.text))
        assert span is not None and text[span[0] : span[1]] == block.text


def test_a_one_paragraph_html_page_is_cut_and_keeps_its_links() -> None:
    """An HTML paragraph over the limit is cut too; a link in a later piece still covers its words."""
    body = _one_line(2 * MAX_UNIT_CHARS // len(SENTENCE))
    html = f'<html><body><p>{body} See <a href="https://ex.example/ruling">the ruling</a>.</p></body></html>'
    article = parse(html.encode(), "text/html")
    assert len(article.blocks) >= 2
    last = article.blocks[-1]
    (link,) = last.links
    assert last.text[link.start : link.end] == "the ruling"
    assert link.href == "https://ex.example/ruling"


def test_a_paragraph_under_the_limit_is_one_block() -> None:
    """An ordinary paragraph, even a long one, is left whole."""
    text = _one_line((MAX_UNIT_CHARS - 100) // len(SENTENCE))
    assert len(parse(text.encode()).blocks) == 1
    assert piece_spans(text) == [(0, len(text))]


def test_a_sentence_longer_than_the_limit_is_never_cut() -> None:
    """A sentence is read whole by the detectors: one longer than the limit ends its piece where it ends."""
    text = "Short one. " + "Word " * 10 + "end. Next one."
    assert [text[start:end] for start, end in piece_spans(text, 20)] == [
        "Short one.",
        "Word " * 10 + "end.",
        "Next one.",
    ]
    assert piece_spans("word " * 30, 32) == [(0, 150)]  # no sentence ends: one piece, as before


def test_a_sentence_of_quotations_beyond_the_limit_stays_one_block() -> None:
    """Thousands of quotations in one sentence (tests/test_tos_work_bounds.py) stay one unit, so their cap holds."""
    sentence = "The terms say " + " and ".join(["“we may sell your data”"] * 1_000) + "."
    assert [block.text for block in parse(sentence.encode()).blocks] == [sentence]


def test_the_space_between_two_pieces_belongs_to_neither() -> None:
    """A cut leaves out the white space at it, however long."""
    text = "First one." + " " * 40 + "Second one."
    assert [text[start:end] for start, end in piece_spans(text, 20)] == ["First one.", "Second one."]


def test_an_offset_map_sliced_keeps_only_the_runs_within() -> None:
    """Runs are clipped to the slice and shifted to its start."""
    offsets = OffsetMap(((0, 100, 5), (6, 200, 5)))
    assert sliced_offsets(offsets, 3, 9).runs == ((0, 103, 2), (3, 200, 3))


class _CountedRuns(tuple):  # type: ignore[type-arg]
    """Runs that count how many times one of them is looked at."""

    looked = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountedRuns.looked += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for run in super().__iter__():
            _CountedRuns.looked += 1
            yield run


def test_slicing_a_map_into_many_pieces_looks_at_each_run_a_few_times() -> None:
    """Cutting a unit of many runs into many pieces stays linear: each piece looks only at the runs
    that meet it (and a few to find them), not at every run of the unit."""
    runs = _CountedRuns((index * 10, 5000 + index * 10, 8) for index in range(2000))
    offsets = OffsetMap(runs)
    _CountedRuns.looked = 0
    pieces = [sliced_offsets(offsets, start, start + 1000) for start in range(0, 20000, 1000)]
    assert sum(len(piece.runs) for piece in pieces) == 2000
    assert pieces[1].runs[0] == (0, 6000, 8)
    assert _CountedRuns.looked <= 3 * len(runs)


def _brute_links(links: tuple[Link, ...], start: int, end: int) -> tuple[Link, ...]:
    """The links of `text[start:end]` found by testing every link: what each piece must hold."""
    return tuple(
        Link(max(link.start, start) - start, min(link.end, end) - start, link.href)
        for link in links
        if link.start < end and link.end > start
    )


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=40),
    st.lists(st.integers(1, 300), min_size=1, max_size=12, unique=True),
)
def test_each_piece_gets_the_links_that_meet_it(raw: list[tuple[int, int]], cuts: list[int]) -> None:
    """Any links (crossing cuts, empty, out of order) land in every piece they meet, clipped to it, as a
    test of every link against every piece finds them; gaps between pieces belong to none."""
    links = tuple(
        Link(start, start + length, f"https://example.org/{n}") for n, (start, length) in enumerate(raw)
    )
    bounds = sorted(cuts)
    spans = [
        (low + 1 if number else 0, high)
        for number, (low, high) in enumerate(zip([0, *bounds], [*bounds, 400], strict=True))
    ]
    spans = [(start, end) for start, end in spans if start < end]
    assert pieces_links(links, spans) == [_brute_links(links, start, end) for start, end in spans]


class _CountedSpans(list[tuple[int, int]]):
    """Spans that count how often a piece is looked at, by index or by walking the list."""

    looked = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountedSpans.looked += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for span in super().__iter__():
            _CountedSpans.looked += 1
            yield span


class _CountedLink(Link):
    """A link that counts how often its ends are read: once or twice for every test against a piece."""

    read = 0

    def __getattribute__(self, name: str):  # type: ignore[no-untyped-def]
        if name in ("start", "end"):
            _CountedLink.read += 1
        return super().__getattribute__(name)


def test_cutting_a_unit_of_many_links_into_many_pieces_stays_linear() -> None:
    """2,000 links over 1,000 pieces: each link looks only at the pieces it meets (found by bisection),
    not at every piece, so the pieces are looked at a few times per link and each link's ends are read a
    few times (not pieces × links, however the pieces or the links are walked)."""
    spans = _CountedSpans((index * 100, index * 100 + 99) for index in range(1000))
    links = tuple(
        _CountedLink(index * 50 + 10, index * 50 + 20, "https://example.org/") for index in range(2000)
    )
    _CountedSpans.looked = _CountedLink.read = 0
    pieces = pieces_links(links, spans)
    assert [len(piece) for piece in pieces] == [2] * 1000
    assert pieces[3] == (Link(10, 20, "https://example.org/"), Link(60, 70, "https://example.org/"))
    assert _CountedSpans.looked <= len(spans) + 4 * len(links)
    assert _CountedLink.read <= 10 * len(links)
