"""Reader comments: WordPress lists, schema.org Comment microdata and JSON-LD, and generic comment sections."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from parsers.dates import parse_machine_date
from parsers.html.blocks import extract_blocks
from parsers.html.comment_parts import comment_author, comment_date, text_root
from parsers.html.comment_vocabulary import (
    COMMENT_FORM_HINTS,
    COMMENT_NOISE_HINTS,
    COMMENT_SECTION_HINTS,
    COMMENT_WIDGET_HINTS,
    NOT_COMMENT_SECTION_HINTS,
)
from parsers.html.jsonld import JsonNode, first_text, names_of
from parsers.html.tree import HtmlElement, has_ancestor, hints, split_hints, tag_of
from parsers.html.vocabulary import CONTENT_HINTS
from parsers.model import Comment, DateValue, Link
from parsers.sanitize import clean_inline, clean_text

# One comment, by an exact class token or id.
_ITEM_TOKEN = re.compile(
    r"comment|comments?-item|commentitem|single-comment|dsq-comment|comment-\d+|li-comment-\d+|"
    r"comment-entry|post|forum-post|message|kommentar|commentaire|reply|answer|review|"
    r"(?:comment|kommentar|commentaire)-?(?:item|entry|box|\d+)"
)
# A name whose last word is a comment word: "MtnComment", "user-reply", "kommentar".
_LAST_WORD_COMMENT = re.compile(r"(?:^|[_-])(?:comment|kommentar|commentaire|reply|reaction)$")
# Every word that can name a comment section or item: a cheap first test before the exact ones.
_COMMENT_WORDS = re.compile(r"comment|kommentar|discussion|disqus|dsq|respons|reaction|repl|forum|thread")
# A site's name for its whole comment block with "links" glued on ("sect_commentlinks").
_GLUED_LINK_SECTION = re.compile(r"(?:^|[\s_-])comments?links?(?:$|[\s_-])")
# The dash or bar that stood between a comment's text and its author's name, left behind when the name goes.
_TRAILING_SEPARATOR = re.compile(r"(?<!\s)\s+[–—|·•-]+$")
GLUED_SECTION_MIN_CHARS = 500
BARE_LINK_MAX_CHARS = 40
GLUED_SECTION_LINK_SHARE = 0.3
ITEM_TAGS = ("li", "article", "div", "section", "dd", "blockquote", "tr")
MAX_SECTIONS = 20
MAX_COMMENTS = 5000
MIN_REPEATED_ITEMS = 2
MIN_ITEM_CHARS = 2
MAX_ITEM_LINK_SHARE = 0.5  # a look-alike item mostly made of links is a button or a menu entry
THREAD_SHARE_OF_PAGE = 0.5  # a thread of posts holding this share of the page's text is the page's subject
ARTICLE_SHARE_OF_SECTION = 0.5  # a "section" mostly made of one article body is the article, not comments


@dataclass
class FoundComments:
    """The comments and the elements to take out of the body."""

    comments: tuple[Comment, ...]
    elements: list[HtmlElement]


def _tokens(element: HtmlElement) -> list[str]:
    """Class tokens and id, lower-cased, with camelCase names also split ("MtnComment": "mtn-comment")."""
    return split_hints(element).split()


def _is_item(element: HtmlElement) -> bool:
    """Whether an element's class or id names one comment, or it is schema.org Comment microdata."""
    if "schema.org/comment" in (element.get("itemtype") or "").lower():
        return True
    if tag_of(element) not in ITEM_TAGS:
        return False
    return any(_ITEM_TOKEN.fullmatch(token) for token in _tokens(element))


def _names_one_comment(element: HtmlElement) -> bool:
    """Whether a name ends in a comment word ("MtnComment", "user-reply"): one comment of a run without a wrapper."""
    if tag_of(element) not in ITEM_TAGS:
        return False
    return any(_LAST_WORD_COMMENT.search(token) for token in _tokens(element))


def _sections(root: HtmlElement) -> list[HtmlElement]:
    """Outermost comment sections and loose comment items, in page order; none holds the article or its headline.

    A loose item is one of a run of sibling comments that no named section wraps (forum posts straight
    under <main>), or a schema.org Comment outside any section.
    """
    found: list[HtmlElement] = []
    taken: set[HtmlElement] = set()
    runs: dict[HtmlElement, bool] = {}
    named = 0
    for element in root.iter():
        tag = tag_of(element)
        if not tag or not (_COMMENT_WORDS.search(split_hints(element)) or _is_microdata_comment(element)):
            continue
        if _inside(element, taken):
            continue
        loose = _is_loose_item(element, runs)
        if not loose and _is_refused_section(element):
            taken.add(element)  # a widget or counter about comments: what it lists is no comment here
            continue
        if loose or (named < MAX_SECTIONS and not _names_one_comment(element) and _is_section(element, tag)):
            if element.find(".//h1") is not None or _holds_article(element):
                continue
            found.append(element)
            taken.add(element)
            named += not loose
            if len(found) >= MAX_COMMENTS:
                break
    return found


def _is_section(element: HtmlElement, tag: str) -> bool:
    """Whether the element's name says it is a comment section (not a form, widget, counter or link)."""
    value = split_hints(element)
    if _is_glued_link_section(element, value, tag):
        return True
    if not value or not COMMENT_SECTION_HINTS.search(value) or COMMENT_FORM_HINTS.search(value):
        return False
    return not NOT_COMMENT_SECTION_HINTS.search(value) and tag not in ("a", "span", "nav", "aside", "button")


def _is_glued_link_section(element: HtmlElement, value: str, tag: str) -> bool:
    """Whether a section named "commentlinks" is a thread of comments: long, and mostly text, not links.

    "link" in a name usually marks a link about comments ("comment-link"); glued to the section word
    it is a site's name for the whole comment block, told apart by reading like text.
    """
    if tag not in ("div", "section") or not _GLUED_LINK_SECTION.search(value):
        return False
    if COMMENT_FORM_HINTS.search(value) or COMMENT_WIDGET_HINTS.search(value):
        return False
    text = element.text_content()
    length = len(text.strip())
    if length < GLUED_SECTION_MIN_CHARS:
        return False
    linked = sum(len(link.text_content().strip()) for link in element.iter("a"))
    return linked <= GLUED_SECTION_LINK_SHARE * length


def _is_refused_section(element: HtmlElement) -> bool:
    """Whether the element is named for comments but is a widget listing other pages' comments."""
    value = split_hints(element)
    return (
        bool(value) and bool(COMMENT_SECTION_HINTS.search(value)) and bool(COMMENT_WIDGET_HINTS.search(value))
    )


def _is_loose_item(element: HtmlElement, runs: dict[HtmlElement, bool]) -> bool:
    """Whether the element is schema.org Comment microdata, or one of a run of siblings named as comments."""
    if _is_microdata_comment(element):
        return True
    if not _names_one_comment(element):
        return False
    parent = element.getparent()
    if parent is None:
        return False
    if parent not in runs:
        named = sum(1 for child in parent if child.tag == element.tag and _names_one_comment(child))
        runs[parent] = named >= MIN_REPEATED_ITEMS
    return runs[parent]


def _inside(element: HtmlElement, taken: set[HtmlElement]) -> bool:
    """Whether one of the element's ancestors was already taken."""
    return has_ancestor(element, taken.__contains__)


def _holds_article(element: HtmlElement) -> bool:
    """Whether a content-hinted article body holding most of the element's text sits inside it."""
    total = len(element.text_content()) or 1
    for inner in element.iter():
        value = hints(inner) if tag_of(inner) in ("div", "section", "article") else ""
        named = value and CONTENT_HINTS.search(value) and not COMMENT_SECTION_HINTS.search(value)
        if named and len(inner.text_content()) > ARTICLE_SHARE_OF_SECTION * total:
            return True
    return False


def _items_in(section: HtmlElement) -> list[HtmlElement]:
    """The comment items in a section: named ones, else the largest run of look-alike siblings."""
    if _is_microdata_comment(section) or _names_one_comment(section):
        return [element for element in section.iter() if element is section or _is_item(element)]
    named = [element for element in section.iter() if element is not section and _is_item(element)]
    # "reply" buttons are named like comments; a section whose named items are all bare links has none
    if named and not all(_is_bare_link(element) for element in named):
        return named
    return _repeated_children(section)


def _repeated_children(section: HtmlElement) -> list[HtmlElement]:
    """The group of siblings sharing tag and class, each with some text, that holds the most text.

    Counted by text, not by number: a row of short figures about the thread ("Replies 1", "Views 2k")
    outnumbers its two posts.
    """
    best: list[HtmlElement] = []
    best_chars = 0
    for parent in section.iter():
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in parent:
            if tag_of(child) in ("div", "li", "article", "section", "blockquote"):
                groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
        for group in groups.values():
            if len(group) < MIN_REPEATED_ITEMS:
                continue
            # empty look-alikes (spinner dots, spacers) are no comments and must not outnumber them
            group = [item for item in group if _reads_like_a_comment(item)]
            chars = sum(len(item.text_content().strip()) for item in group)
            if len(group) >= MIN_REPEATED_ITEMS and chars > best_chars:
                best, best_chars = group, chars
    return best


def _is_bare_link(item: HtmlElement) -> bool:
    """Whether an item is a button: a short text that is all link ("antworten", "Reply")."""
    text = item.text_content().strip()
    if len(text) > BARE_LINK_MAX_CHARS:
        return False
    linked = sum(len(link.text_content().strip()) for link in item.iter("a"))
    return linked >= len(text)


def _reads_like_a_comment(item: HtmlElement) -> bool:
    """Whether a look-alike item has text of its own, not only links (share buttons, profile links)."""
    text = item.text_content().strip()
    if len(text) <= MIN_ITEM_CHARS:
        return False
    linked = sum(len(link.text_content().strip()) for link in item.iter("a"))
    return linked <= MAX_ITEM_LINK_SHARE * len(text)


def extract_comments(
    root: HtmlElement, base_url: str | None, jsonld_comments: list[JsonNode]
) -> FoundComments:
    """All comments in page order, and the sections and items that held them."""
    sections = _opening_post_kept(root, _sections(root))
    items: list[HtmlElement] = []
    for section in sections:
        items.extend(_items_in(section))
    comments = _from_items(items[:MAX_COMMENTS], base_url)
    if not comments and jsonld_comments:
        comments = _from_jsonld(jsonld_comments)
    return FoundComments(tuple(comments), sections if comments else [s for s in sections if _is_form_only(s)])


def _opening_post_kept(root: HtmlElement, sections: list[HtmlElement]) -> list[HtmlElement]:
    """The sections without the first post of a thread that holds the page's text: a forum's opening post.

    On a forum page the question and its answers are one run of look-alike posts; the first is the
    article the others answer, so it stays in the body.
    """
    runs: dict[HtmlElement, list[HtmlElement]] = {}
    for element in sections:
        parent = element.getparent()
        if parent is not None and _names_one_comment(element):
            runs.setdefault(parent, []).append(element)
    if not runs:
        return sections
    page = len(root.text_content()) or 1
    first_posts = {
        run[0]
        for run in runs.values()
        if sum(len(item.text_content()) for item in run) > THREAD_SHARE_OF_PAGE * page
    }
    return [element for element in sections if element not in first_posts]


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
    text = _TRAILING_SEPARATOR.sub("", "\n".join(parts))
    return text, tuple(link for link in links if link.end <= len(text))


def _is_noise(element: HtmlElement) -> bool:
    """Whether a part of a comment is its byline, date, avatar, reply link or form."""
    if tag_of(element) in ("form", "footer", "header", "img", "cite"):
        return True
    value = split_hints(element)
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
        published = parse_machine_date(
            first_text(node.get("dateCreated")) or first_text(node.get("datePublished"))
        )
        comments.append(_make(len(comments), cleaned, parent, author, published, ()))
        replies = node.get("comment")
        replies = replies if isinstance(replies, list) else [replies]
        stack.extend((reply, len(comments) - 1) for reply in reversed(replies))
    return comments
