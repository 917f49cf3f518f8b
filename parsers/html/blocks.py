"""Turn chosen containers into text blocks with kinds and link ranges, walking with an explicit stack."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.html.links import resolve_href
from parsers.html.tree import HtmlElement, hints, tag_of
from parsers.html.vocabulary import BLOCK_TAGS, CAPTION_HINTS, KIND_BY_TAG
from parsers.model import Link
from parsers.sanitize import clean_text

_SPACES = re.compile(r"\s+")
_CODE_TAGS = frozenset({"pre"})
_CELL_TAGS = frozenset({"td", "th"})


@dataclass
class RawBlock:
    """A block before filtering and numbering."""

    kind: str
    text: str
    links: tuple[Link, ...]
    link_chars: int = 0


@dataclass
class _Builder:
    """Collects inline text for the block being read, and the links inside it."""

    base_url: str | None
    parts: list[str] = field(default_factory=list)
    length: int = 0
    links: list[Link] = field(default_factory=list)
    open_links: list[tuple[HtmlElement, str, int]] = field(default_factory=list)
    kinds: list[tuple[HtmlElement, str]] = field(default_factory=list)
    blocks: list[RawBlock] = field(default_factory=list)
    after_break: bool = False
    code_depth: int = 0

    def add(self, text: str | None) -> None:
        """Append text: whitespace collapsed, except inside code."""
        if not text:
            return
        if not self.code_depth:
            text = _SPACES.sub(" ", text)
            if text == " " and (not self.parts or self.parts[-1].endswith(" ")):
                return
            if text.startswith(" ") and self.parts and self.parts[-1].endswith(" "):
                text = text[1:]
            if text.strip():
                self.after_break = False
        self.parts.append(text)
        self.length += len(text)

    def line_break(self) -> None:
        """A <br>: a space, or the end of the block when it is the second in a row."""
        if self.after_break:
            self.flush()
            return
        if self.code_depth:
            self.add("\n")
        else:
            self.add(" ")
        self.after_break = True

    def flush(self) -> None:
        """Close the current block, trimming its ends and its link ranges."""
        self.after_break = False
        raw = "".join(self.parts)
        self.parts, self.length = [], 0
        links, self.links = self.links, []
        self.open_links = [(element, href, 0) for element, href, _start in self.open_links]
        kind = self.kinds[-1][1] if self.kinds else "paragraph"
        text = raw.strip() if kind != "code" else raw.strip("\n").rstrip()
        if not text.strip():
            return
        shift = len(raw) - len(raw.lstrip()) if kind != "code" else len(raw) - len(raw.lstrip("\n"))
        spans = [
            Link(max(0, link.start - shift), min(len(text), link.end - shift), link.href)
            for link in links
            if min(len(text), link.end - shift) > max(0, link.start - shift)
        ]
        linked = sum(link.end - link.start for link in spans)
        kept = tuple(link for link in spans if link.href)
        self.blocks.append(RawBlock(kind, clean_text(text), kept, linked))

    def open_link(self, element: HtmlElement) -> None:
        """Start a link range at the current position; only followable hrefs become Links."""
        if element.get("href") is not None:
            self.open_links.append(
                (element, resolve_href(element.get("href"), self.base_url) or "", self.length)
            )

    def close_link(self, element: HtmlElement) -> None:
        """End the link range opened by this element."""
        for index in range(len(self.open_links) - 1, -1, -1):
            opener, href, start = self.open_links[index]
            if opener is element:
                del self.open_links[index]
                if self.length > start:
                    self.links.append(Link(start, self.length, href))
                return


def extract_blocks(
    containers: list[HtmlElement], base_url: str | None, skip: frozenset[HtmlElement] = frozenset()
) -> list[RawBlock]:
    """The blocks of text in the containers, in reading order; `skip` elements are left out (tails kept)."""
    builder = _Builder(base_url)
    for container in containers:
        _walk(container, builder, skip)
        builder.flush()
    return builder.blocks


def _walk(container: HtmlElement, builder: _Builder, skip: frozenset[HtmlElement]) -> None:
    """Visit the container's subtree in document order without recursion."""
    stack: list[tuple[HtmlElement, bool]] = [(container, False)]
    while stack:
        element, closing = stack.pop()
        tag = tag_of(element)
        if closing:
            _close(element, tag, builder)
            if element is not container:
                builder.add(element.tail)
            continue
        if not tag or element in skip:
            if element is not container:
                builder.add(element.tail)
            continue
        _open(element, tag, builder)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))


def _open(element: HtmlElement, tag: str, builder: _Builder) -> None:
    """Entering an element: block boundaries, kinds, links, its leading text."""
    if tag == "br":
        builder.line_break()
        return
    if tag in BLOCK_TAGS:
        builder.flush()
        kind = KIND_BY_TAG.get(tag) or _named_kind(element, tag)
        if kind:
            builder.kinds.append((element, kind))
        if tag in _CODE_TAGS:
            builder.code_depth += 1
    elif tag == "a":
        builder.open_link(element)
    elif tag in _CELL_TAGS and builder.parts and "".join(builder.parts).strip():
        builder.add(" | ")
    builder.add(element.text)


def _named_kind(element: HtmlElement, tag: str) -> str | None:
    """ "caption" for a paragraph or box whose class names it the caption or credit of a picture."""
    if tag not in ("p", "div", "span"):
        return None
    value = hints(element)
    return "caption" if value and CAPTION_HINTS.search(value) else None


def _close(element: HtmlElement, tag: str, builder: _Builder) -> None:
    """Leaving an element: end its block or its link."""
    if tag in BLOCK_TAGS:
        builder.flush()
        if builder.kinds and builder.kinds[-1][0] is element:
            builder.kinds.pop()
        if tag in _CODE_TAGS:
            builder.code_depth -= 1
    elif tag == "a":
        builder.close_link(element)
