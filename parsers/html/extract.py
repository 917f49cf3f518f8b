"""The HTML pipeline: tree, metadata, comments, boilerplate removal, main content, blocks."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from parsers.decode import decode_document
from parsers.html.blocks import extract_blocks
from parsers.html.body import decide_kind, keep_blocks, number_blocks, select_blocks
from parsers.html.cleaning import drop_junk, remove_all, remove_boilerplate
from parsers.html.comments import extract_comments
from parsers.html.containers import choose_containers
from parsers.html.fallback import any_text, densest_region
from parsers.html.jsonld import load_jsonld
from parsers.html.listing import find_cards, is_listing, listing_blocks
from parsers.html.metadata import declared_kind, extract_metadata, gather_signals, title_candidates
from parsers.html.page_dates import text_around
from parsers.html.people import headline_authors
from parsers.html.published import decide_published, gather_clues
from parsers.html.titles import headline_element
from parsers.html.tree import HtmlElement, load_tree
from parsers.long_units import cut_comments
from parsers.model import Article, Block, Comment, Metadata
from parsers.sanitize import clean_inline


@dataclass
class Progress:
    """What the pipeline has found so far; a failure later still returns this much."""

    metadata: Metadata = field(default_factory=Metadata)
    blocks: tuple[Block, ...] = ()
    comments: tuple[Comment, ...] = ()

    def article(self) -> Article:
        """The article made of what was found."""
        return Article(metadata=self.metadata, blocks=self.blocks, comments=self.comments)


def _in_tree(element: HtmlElement | None, root: HtmlElement) -> bool:
    """Whether the element is still part of the tree under `root`."""
    while element is not None:
        if element is root:
            return True
        element = element.getparent()
    return False


def extract_article(html: str | bytes, url: str | None, progress: Progress) -> Article:
    """Run the whole pipeline, recording progress as it goes; may raise on a bug."""
    text = decode_document(html) if isinstance(html, (bytes, bytearray)) else html
    progress.metadata = Metadata(url=clean_inline(url))
    root = load_tree(text)
    if root is None:
        return progress.article()
    signals = gather_signals(root, load_jsonld(root))
    h1 = headline_element(root, title_candidates(root, signals))
    progress.metadata = extract_metadata(
        root, url, signals, clean_inline(h1.text_content()) if h1 is not None else None
    )
    drop_junk(root)
    found = extract_comments(root, url, signals.jsonld_comments)
    progress.comments = cut_comments(found.comments)
    remove_all(found.elements)
    around = text_around(root, h1 if _in_tree(h1, root) else None)
    clues = gather_clues(root, signals, around, url, progress.metadata.language)
    meta = progress.metadata
    if not meta.authors:
        progress.metadata = replace(meta, authors=headline_authors(around, meta.site_name, url))
    remove_boilerplate(root)
    skip = frozenset([h1]) if h1 is not None else frozenset()
    title = progress.metadata.title
    progress.blocks, containers = _body(root, url, skip, title)
    cards = find_cards(root)
    kind = decide_kind(
        declared_kind(signals), not found.comments and is_listing(cards, root, containers), progress.blocks
    )
    if kind == "listing" and cards.items:
        items = listing_blocks(cards, url, lambda raw: keep_blocks(raw, title))
        progress.blocks = number_blocks(items) or progress.blocks
    published = decide_published(clues, url, containers, kind)
    progress.metadata = replace(progress.metadata, page_kind=kind, published=published)
    return progress.article()


def _body(
    root: HtmlElement, url: str | None, skip: frozenset[HtmlElement], title: str | None
) -> tuple[tuple[Block, ...], list[HtmlElement]]:
    """The body blocks and the containers they came from; never empty while the page shows text."""
    containers = choose_containers(root)
    blocks = select_blocks(extract_blocks(containers, url, skip), title)
    if blocks:
        return blocks, containers
    region = densest_region(root)
    if region is None:
        return (), containers
    raw = extract_blocks([region], url, skip)
    return select_blocks(raw, title) or number_blocks(any_text(raw)), [region]


def fragment_blocks(html: str, url: str | None) -> tuple[Block, ...]:
    """All readable blocks of an HTML fragment (a feed entry's content), without choosing a main part."""
    root = load_tree(f"<html><body>{html}</body></html>")
    if root is None:
        return ()
    drop_junk(root)
    body = root.find("body")
    return select_blocks(extract_blocks([body if body is not None else root], url), None)
