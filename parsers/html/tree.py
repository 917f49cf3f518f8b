"""Build the element tree: libxml2 through lxml for speed, BeautifulSoup for what libxml2 cannot take whole.

BeautifulSoup with its "lxml" builder is the parser base; when libxml2 parses the page in one go
(nearly always) its own tree is used directly, which costs a tenth of building BeautifulSoup's.
Pages nested deeper than libxml2 allows, or that it refuses, go through BeautifulSoup, whose
tree is copied into an lxml tree with an explicit stack (no recursion, any depth).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeAlias

import lxml.html
from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
from lxml import etree

from parsers.html.comment_vocabulary import COMMENT_SECTION_HINTS, NOT_COMMENT_SECTION_HINTS
from parsers.html.vocabulary import DROP_TAGS

HtmlElement: TypeAlias = lxml.html.HtmlElement

# Characters an XML tree cannot hold; the sanitiser would show them, here they are only dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TAG_NAME = re.compile(r"^[a-z][a-z0-9_.-]*$")
_ATTRIBUTE_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:.-]*$")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_DEPTH_ERRORS = ("excessive depth", "huge input lookup", "maximum depth")
# Deeper than this, BeautifulSoup's subtrees become one flat element of their text: nothing a reader
# needs lives that deep, and inserting under ever deeper parents costs time in proportion to depth.
MAX_COPY_DEPTH = 200
_ONE_CLASS = etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement)


def load_tree(text: str) -> HtmlElement | None:
    """The document's root element, or None when the text holds no markup at all."""
    # A tree cannot hold C0 controls or lone surrogates (lxml refuses them when text is moved), so they go
    # now, in both parsing paths alike; every other character reaches the sanitiser untouched.
    text = _NOT_XML.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        return None
    root = _parse_with_lxml(text)
    if root is None:
        root = _parse_with_soup(text)
    return root


def _parse_with_lxml(text: str) -> HtmlElement | None:
    """libxml2's tree, or None when it dropped part of the page (too deep) or refused it."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, collect_ids=False)
    # lxml.html picks each element's class in Python (form and input classes); one class for all, chosen in C,
    # makes every element proxy several times cheaper to create.
    parser.set_element_class_lookup(_ONE_CLASS)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    for entry in parser.error_log:
        message = entry.message.lower()
        if any(error in message for error in _DEPTH_ERRORS):
            return None
    return root


def _parse_with_soup(text: str) -> HtmlElement | None:
    """BeautifulSoup's tree (lxml builder) copied into an lxml tree, iteratively."""
    soup = BeautifulSoup(text, "lxml")
    root = lxml.html.Element("html")
    stack: list[tuple[Tag, HtmlElement, int]] = [(soup, root, 0)]
    while stack:
        source, target, depth = stack.pop()
        if depth >= MAX_COPY_DEPTH:
            target.text = _NOT_XML.sub("", source.get_text(" "))
            continue
        last: HtmlElement | None = None
        children: list[tuple[Tag, HtmlElement, int]] = []
        for child in source.children:
            if isinstance(child, (Comment, Doctype)):
                continue
            if isinstance(child, NavigableString):
                _append_text(target, last, str(child))
            elif isinstance(child, Tag):
                if child.name == "html" and target is root:
                    children.append((child, root, depth))
                    continue
                last = _copy_element(child, target)
                children.append((child, last, depth + 1))
        stack.extend(reversed(children))
    return root


def _append_text(parent: HtmlElement, last: HtmlElement | None, text: str) -> None:
    """Add text after `last` (as its tail) or at the start of `parent`."""
    text = _NOT_XML.sub("", text)
    if last is None:
        parent.text = (parent.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _copy_element(source: Tag, parent: HtmlElement) -> HtmlElement:
    """A new lxml child of `parent` with `source`'s name and attributes."""
    name = (source.name or "span").lower()
    if not _TAG_NAME.match(name):
        name = "span"
    element = etree.SubElement(parent, name)
    if name in DROP_TAGS:
        return element
    for key, value in source.attrs.items():
        if not _ATTRIBUTE_NAME.match(key):
            continue
        if isinstance(value, list):
            value = " ".join(value)
        try:
            element.set(key, _NOT_XML.sub("", str(value)))
        except ValueError:
            continue
    return element


def hints(element: HtmlElement) -> str:
    """The element's class and id, lower-cased, for the hint patterns."""
    get = element.get
    value = f"{get('class') or ''} {get('id') or ''}"
    return value.lower() if value != " " else ""


_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def split_hints(element: HtmlElement) -> str:
    """Class and id lower-cased, followed by the camelCase names split at each capital ("MtnComment": "mtn-comment").

    Hint patterns match whole words between spaces, dashes and underscores, which a camelCase name
    ("kommentarModul", "commentsCon") joins into one; the split copy lets them find the words.
    """
    get = element.get
    value = f"{get('class') or ''} {get('id') or ''}"
    if value == " ":
        return ""
    split = _CAMEL_BOUNDARY.sub("-", value)
    return value.lower() if split == value else f"{value.lower()} {split.lower()}"


def is_comment_section(element: HtmlElement) -> bool:
    """Whether the element's name says it holds reader comments ("comments-open" on <body> does not)."""
    if element.tag in ("html", "body"):
        return False
    value = split_hints(element)
    return (
        bool(value)
        and bool(COMMENT_SECTION_HINTS.search(value))
        and not NOT_COMMENT_SECTION_HINTS.search(value)
    )


def tag_of(element: object) -> str:
    """The element's tag name, or "" for comments and processing instructions.

    Both tree builders give lower-case names (libxml2's HTML parser and `_copy_element`), so none is folded here.
    """
    tag = getattr(element, "tag", None)
    return tag if isinstance(tag, str) else ""


def depth_of(element: HtmlElement) -> int:
    """How many ancestors the element has."""
    depth = 0
    parent = element.getparent()
    while parent is not None:
        depth += 1
        parent = parent.getparent()
    return depth


def remove_keeping_tails(elements: list[HtmlElement]) -> None:
    """Remove the elements and their content, keeping the text that follows each.

    Siblings are handled together: each parent's surviving text is joined once, so a run of thousands of
    removed elements costs time in proportion to its length, not to its square.
    """
    by_parent: dict[HtmlElement, set[HtmlElement]] = {}
    for element in elements:
        parent = element.getparent()
        if parent is not None:
            by_parent.setdefault(parent, set()).add(element)
    for parent, doomed in by_parent.items():
        _remove_children(parent, doomed)


def _remove_children(parent: HtmlElement, doomed: set[HtmlElement]) -> None:
    """Remove some children of one parent, moving each one's tail onto the text before it."""
    holder: HtmlElement | None = None  # the kept child (or, while None, the parent) whose text comes first
    pieces: list[str] = []
    for child in list(parent):
        if child not in doomed:
            _join_text(parent, holder, pieces)
            holder, pieces = child, []
            continue
        if child.tail:
            pieces.append(child.tail)
        parent.remove(child)
    _join_text(parent, holder, pieces)


def _join_text(parent: HtmlElement, holder: HtmlElement | None, pieces: list[str]) -> None:
    """Append the pieces of text to the holder's tail, or to the parent's text when no child holds them."""
    if not pieces:
        return
    if holder is None:
        parent.text = (parent.text or "") + "".join(pieces)
    else:
        holder.tail = (holder.tail or "") + "".join(pieces)


def has_ancestor(element: HtmlElement, test: Callable[[HtmlElement], bool]) -> bool:
    """Whether any ancestor of the element (not the element itself) passes `test`, walked without recursion."""
    parent = element.getparent()
    while parent is not None:
        if test(parent):
            return True
        parent = parent.getparent()
    return False


def inside_article(element: HtmlElement) -> bool:
    """Whether an <article> or <main> encloses the element."""
    return has_ancestor(element, lambda parent: parent.tag in ("article", "main"))
