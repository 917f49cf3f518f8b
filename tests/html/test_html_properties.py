"""Property tests: any bytes and any tag soup parse, and the output keeps the model's invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers.html.extract import Progress, extract_article
from parsers.model import Article
from parsers.sanitize import is_clean

TAGS = [
    "p",
    "div",
    "span",
    "a",
    "h1",
    "h2",
    "li",
    "ul",
    "pre",
    "blockquote",
    "article",
    "nav",
    "table",
    "td",
    "br",
]
ATTRIBUTES = [
    "",
    ' class="comment"',
    ' class="entry-content"',
    ' id="comments"',
    ' class="share"',
    ' href="javascript:alert(1)"',
    ' href="/x"',
    ' itemtype="https://schema.org/Comment"',
    ' style="display:none"',
]
TEXTS = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
QUICK = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    """Random, often unbalanced markup from a small vocabulary, with random text."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag, attribute = draw(st.sampled_from(TAGS)), draw(st.sampled_from(ATTRIBUTES))
        kind = draw(st.integers(0, 2))
        parts.append(f"<{tag}{attribute}>" if kind == 0 else f"</{tag}>" if kind == 1 else draw(TEXTS))
    if draw(st.booleans()):
        parts.insert(0, '<script type="application/ld+json">' + draw(TEXTS) + "</script>")
    return "".join(parts)


def check_invariants(article: Article) -> None:
    """Ids in order, links inside their text and http(s), every string clean."""
    assert [block.id for block in article.blocks] == [f"b{i}" for i in range(len(article.blocks))]
    assert [comment.id for comment in article.comments] == [f"c{i}" for i in range(len(article.comments))]
    known = {comment.id for comment in article.comments}
    for comment in article.comments:
        assert comment.parent_id is None or comment.parent_id in known
    for unit in (*article.blocks, *article.comments):
        assert is_clean(unit.text)
        for link in unit.links:
            assert 0 <= link.start < link.end <= len(unit.text)
            assert link.href.startswith(("http://", "https://"))
    if article.metadata.title:
        assert is_clean(article.metadata.title)


@settings(max_examples=500, **QUICK)
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    """Any bytes parse to an Article that keeps the invariants."""
    check_invariants(extract_article(data, "https://example.org/a", Progress()))


@settings(max_examples=600, **QUICK)
@given(tag_soup())
def test_random_tag_soup(html: str) -> None:
    """Random markup parses to an Article that keeps the invariants."""
    check_invariants(extract_article(html, "https://example.org/a", Progress()))
