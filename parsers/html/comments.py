"""Reader comments: WordPress lists, schema.org Comment microdata and JSON-LD, and generic comment sections."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parsers.html.blocks import extract_blocks
from parsers.html.comment_parts import comment_author, comment_date, text_root
from parsers.html.dates import parse_date
from parsers.html.jsonld import JsonNode, first_text, names_of
from parsers.html.tree import HtmlElement, hints, tag_of
from parsers.html.vocabulary import (
    COMMENT_FORM_HINTS,
    COMMENT_NOISE_HINTS,
    COMMENT_SECTION_HINTS,
    CONTENT_HINTS,
    NOT_COMMENT_SECTION_HINTS,
)
from parsers.model import Comment, DateValue, Link
from parsers.sanitize import clean_inline, clean_text

# One comment, by an exact class token or id.
_ITEM_TOKEN = re.compile(
    r"comment|comments?-item|commentitem|single-comment|dsq-comment|comment-\d+|li-comment-\d+|"
    r"comment-entry|post|forum-post|message|kommentar|commentaire|reply|answer|review|"
    r"(?:comment|kommentar|commentaire)-?(?:item|entry|box|\d+)"
)
MAX_SECTIONS = 20
MAX_COMMENTS = 5000
MIN_REPEATED_ITEMS = 2
MIN_ITEM_CHARS = 2
ARTICLE_SHARE_OF_SECTION = 0.5  # a "section" mostly made of one article body is the article, not comments


@dataclass
class FoundComments:
    """The comments and the elements to take out of the body."""

    comments: tuple[Comment, ...]
    elements: list[HtmlElement]


def _tokens(element: HtmlElement) -> list[str]:
    """Class tokens and id, lower-cased."""
    return hints(element).split()


def _is_item(element: HtmlElement) -> bool:
    """Whether an element's class or id names one comment, or it is schema.org Comment microdata."""
    if "schema.org/comment" in (element.get("itemtype") or "").lower():
        return True
    if tag_of(element) not in ("li", "article", "div", "section", "dd", "blockquote", "tr"):
        return False
    return any(_ITEM_TOKEN.fullmatch(token) for token in _tokens(element))


def _sections(root: HtmlElement) -> list[HtmlElement]:
    """Outermost comment sections that hold no article body and no headline."""
    found: list[HtmlElement] = []
    for element in root.iter():
        value = hints(element) if tag_of(element) else ""
        if not value or not COMMENT_SECTION_HINTS.search(value) or COMMENT_FORM_HINTS.search(value):
            continue
        if NOT_COMMENT_SECTION_HINTS.search(value) or tag_of(element) in (
            "a",
            "span",
            "nav",
            "aside",
            "button",
        ):
            continue
        if any(_encloses(section, element) for section in found):
            continue
        if element.find(".//h1") is not None or _holds_article(element):
            continue
        found.append(element)
        if len(found) >= MAX_SECTIONS:
            break
    return found


def _holds_article(element: HtmlElement) -> bool:
    """Whether a content-hinted article body holding most of the element's text sits inside it."""
    total = len(element.text_content()) or 1
    for inner in element.iter():
        value = hints(inner) if tag_of(inner) in ("div", "section", "article") else ""
        named = value and CONTENT_HINTS.search(value) and not COMMENT_SECTION_HINTS.search(value)
        if named and len(inner.text_content()) > ARTICLE_SHARE_OF_SECTION * total:
            return True
    return False


def _encloses(ancestor: HtmlElement, element: HtmlElement) -> bool:
    """Whether `ancestor` is `element` or one of its ancestors."""
    current: HtmlElement | None = element
    while current is not None:
        if current is ancestor:
            return True
        current = current.getparent()
    return False


def _items_in(section: HtmlElement) -> list[HtmlElement]:
    """The comment items in a section: named ones, else the largest run of look-alike siblings."""
    named = [element for element in section.iter() if element is not section and _is_item(element)]
    if named:
        return named
    return _repeated_children(section)


def _repeated_children(section: HtmlElement) -> list[HtmlElement]:
    """The biggest group of siblings sharing tag and class, each with some text."""
    best: list[HtmlElement] = []
    for parent in section.iter():
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if tag_of(child) in ("div", "li", "article", "section"):
                groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for group in groups.values():
            if len(group) >= MIN_REPEATED_ITEMS and len(group) > len(best):
                best = group
    return [item for item in best if len(item.text_content().strip()) > MIN_ITEM_CHARS]


def extract_comments(
    root: HtmlElement, base_url: str | None, jsonld_comments: list[JsonNode]
) -> FoundComments:
    """All comments in page order, and the sections and items that held them."""
    sections = _sections(root)
    items: list[HtmlElement] = []
    for section in sections:
        items.extend(_items_in(section))
    loose = [element for element in root.iter() if _is_microdata_comment(element)]
    items.extend(item for item in loose if not any(_encloses(section, item) for section in sections))
    comments = _from_items(items[:MAX_COMMENTS], base_url)
    if not comments and jsonld_comments:
        comments = _from_jsonld(jsonld_comments)
    elements = sections + [item for item in loose if item not in sections]
    return FoundComments(tuple(comments), elements if comments else [s for s in sections if _is_form_only(s)])


def _is_form_only(section: HtmlElement) -> bool:
    """Whether a section without comments holds nothing but a form and its prompts."""
    return len(section.text_content().strip()) < 400


def _is_microdata_comment(element: HtmlElement) -> bool:
    """Whether an element is schema.org Comment microdata."""
    itemtype = element.get("itemtype")
    return bool(itemtype) and "schema.org/comment" in itemtype.lower()


def _from_items(items: list[HtmlElement], base_url: str | None) -> list[Comment]:
    """Comments from item elements; wrappers with no text of their own are passed through."""
    item_set = set(items)
    index_of: dict[HtmlElement, int] = {}
    comments: list[Comment] = []
    for item in items:
        nested = frozenset(other for other in item.iter() if other in item_set and other is not item)
        author, author_element = comment_author(item, nested)
        published, date_element = comment_date(item, nested)
        parts = frozenset(element for element in (author_element, date_element) if element is not None)
        text, links = _comment_text(item, nested | parts, base_url)
        parent = _parent_index(item, item_set, index_of)
        if not text:
            if parent is not None:
                index_of[item] = parent
            continue
        index_of[item] = len(comments)
        comments.append(_make(len(comments), text, parent, author, published, links))
    return comments


def _parent_index(
    item: HtmlElement, item_set: set[HtmlElement], index_of: dict[HtmlElement, int]
) -> int | None:
    """The index of the comment that encloses this one."""
    parent = item.getparent()
    while parent is not None:
        if parent in item_set:
            return index_of.get(parent)
        parent = parent.getparent()
    return None


def _comment_text(
    item: HtmlElement, nested: frozenset[HtmlElement], base_url: str | None
) -> tuple[str, tuple]:
    """The comment's own text (nested replies, names, dates and reply links left out) and its links."""
    container = text_root(item, nested)
    noise = frozenset(
        element
        for element in container.iter()
        if element is not container and tag_of(element) and _is_noise(element)
    )
    blocks = extract_blocks([container], base_url, skip=nested | noise)
    parts: list[str] = []
    links: list[Link] = []
    offset = 0
    for block in blocks:
        if offset:
            offset += 1
        links.extend(Link(link.start + offset, link.end + offset, link.href) for link in block.links)
        parts.append(block.text)
        offset += len(block.text)
    return "\n".join(parts), tuple(links)


def _is_noise(element: HtmlElement) -> bool:
    """Whether a part of a comment is its byline, date, avatar, reply link or form."""
    if tag_of(element) in ("form", "footer", "header", "img", "cite"):
        return True
    value = hints(element)
    return bool(value) and COMMENT_NOISE_HINTS.search(value) is not None and not _has_text_hint(value)


def _has_text_hint(value: str) -> bool:
    """Whether a class names the comment's text."""
    return bool(re.search(r"comment-?(?:content|text|body)|e-content|message-?(?:body|content)", value))


def _make(
    index: int, text: str, parent: int | None, author: str | None, published: DateValue | None, links: tuple
) -> Comment:
    """A Comment with its id and its parent's id."""
    return Comment(
        id=f"c{index}",
        text=text,
        parent_id=f"c{parent}" if parent is not None else None,
        author=author,
        published=published,
        links=links,
    )


def _from_jsonld(nodes: list[JsonNode]) -> list[Comment]:
    """Comments from schema.org Comment nodes (replies nested under `comment`), in order."""
    comments: list[Comment] = []
    seen: set[int] = set()
    stack: list[tuple[Any, int | None]] = [(node, None) for node in reversed(nodes)]
    while stack and len(comments) < MAX_COMMENTS:
        node, parent = stack.pop()
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        text = first_text(node.get("text")) or first_text(node.get("description"))
        cleaned = clean_text(text.strip()) if text else ""
        if not cleaned:
            continue
        names = names_of(node.get("author"))
        author = clean_inline(names[0]) if names else None
        published = parse_date(first_text(node.get("dateCreated")) or first_text(node.get("datePublished")))
        comments.append(_make(len(comments), cleaned, parent, author, published, ()))
        replies = node.get("comment")
        replies = replies if isinstance(replies, list) else [replies]
        stack.extend((reply, len(comments) - 1) for reply in reversed(replies))
    return comments
