"""Remove what is never article text: scripts and widgets, hidden elements, page furniture and boilerplate."""

from __future__ import annotations

from lxml import etree

from parsers.html.comment_vocabulary import COMMENT_SECTION_HINTS
from parsers.html.tree import HtmlElement, has_ancestor, hints, inside_article, remove_keeping_tails, tag_of
from parsers.html.vocabulary import (
    BOILERPLATE_HINTS,
    BOILERPLATE_MAX_LONG_PARAGRAPHS,
    CONTENT_HINTS,
    CONTENT_WORDS,
    DIALOG_ROLES,
    DROP_TAGS,
    FOLDED_HINTS,
    FURNITURE_TAGS,
    HEADING_TAGS,
    HIDDEN_STYLE,
    LABEL_HINTS,
    LABEL_MAX_CHARS,
    LAYOUT_HINTS,
    LAYOUT_MAX_LONG_PARAGRAPHS,
    LAYOUT_NAMED_MAX_LONG_PARAGRAPHS,
    LEGAL_HINTS,
    LONG_PARAGRAPH_CHARS,
    POST_WRAPPER_TOKENS,
    TAXONOMY_TOKENS,
)

# A furniture element or boilerplate-hinted element holding more than this share of the page's text
# is the page's main wrapper named carelessly ("has-sidebar"), not furniture: it stays.
MAX_REMOVED_SHARE = 0.4
# A layout-named module holding a <p> this long, with less than this share of link text, is a text module.
PROSE_MIN_CHARS = 80
PROSE_MAX_LINK_SHARE = 0.3
# A furniture element holding more than this share of the page's text is the page put inside one: it stays.
WHOLE_PAGE_SHARE = 0.9
# A hidden element holding more than this share of the page's text is the page itself, shown by its scripts.
MOST_OF_PAGE = 0.5
# Content-hinted elements with at least this much text are kept even when a boilerplate hint matches too.
PROTECTED_CONTENT_CHARS = 200
# A form holding more paragraphs of prose than this is a page set inside a form, not an entry form.
ENTRY_FORM_MAX_LONG_PARAGRAPHS = 1
# Controls that take typed text, and the input types that do.
ENTRY_FIELD_TAGS = ("textarea", "input")
ENTRY_INPUT_TYPES = frozenset({"text", "email", "password", "search", "tel", "url"})
# Tags that can be the named article body inside a wrapper.
_BODY_TAGS = ("div", "article", "section", "main")
# Elements whose own text can be a paragraph of the article (not inline ones).
_OWN_TEXT_TAGS = frozenset(
    {"div", "section", "article", "main", "td", "blockquote", "font", "center", "body"}
)


def drop_junk(root: HtmlElement) -> None:
    """Remove scripts, styles, forms controls and other never-readable elements, then hidden ones."""
    for element in root.iter("noscript"):
        # Pages drawn by script often put the whole article in <noscript> for readers without it.
        if _has_long_paragraphs(element, LAYOUT_MAX_LONG_PARAGRAPHS):
            element.tag = "div"
    forms = [form for form in root.iter("form") if any(map(_is_entry_field, form.iter(*ENTRY_FIELD_TAGS)))]
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    body = root.find("body")
    page_chars = len((body if body is not None else root).text_content()) or 1
    remove_keeping_tails([form for form in forms if _is_entry_form(form, page_chars)])
    hidden = [
        element
        for element in root.iter()
        if (_is_hidden(element) and not _is_folded(element, page_chars)) or _is_dialog(element, page_chars)
    ]
    remove_keeping_tails(hidden)


def _is_entry_form(form: HtmlElement, page_chars: int) -> bool:
    """Whether a form with fields to type in is where the reader writes (an answer, a sign-up), not the page.

    Its text is the prompts around the fields; sites built on one page-wide form (ASP.NET) put the whole
    page in it, told apart by the share of the page it holds and by the paragraphs of prose inside.
    """
    if len(form.text_content()) > MAX_REMOVED_SHARE * page_chars:
        return False
    prose = (
        paragraph for paragraph in form.iter("p") if _collapsed_length(paragraph) >= LONG_PARAGRAPH_CHARS
    )
    return sum(1 for _paragraph in prose) <= ENTRY_FORM_MAX_LONG_PARAGRAPHS


def _collapsed_length(element: HtmlElement) -> int:
    """The length of an element's text with its runs of white space counted as one."""
    return len(" ".join(element.text_content().split()))


def _is_entry_field(field: HtmlElement) -> bool:
    """Whether a form control takes typed text: a text area, or an input of a writing type."""
    if field.tag == "textarea":
        return True
    return (field.get("type") or "text").lower() in ENTRY_INPUT_TYPES


def _is_dialog(element: HtmlElement, page_chars: int) -> bool:
    """Whether the element is a dialog over the page, and not the page itself put in one."""
    if element.get("role") not in DIALOG_ROLES and element.get("aria-modal") != "true":
        return False
    return len(element.text_content()) <= WHOLE_PAGE_SHARE * page_chars


def _is_folded(element: HtmlElement, page_chars: int) -> bool:
    """Whether a hidden element is content a reader unfolds: a closed panel, or a page waiting for its scripts.

    Accordions, tabs and FAQ answers hide their text until clicked; pages that fade in once their scripts
    run hide the whole page. Either way the text is the page's to read.
    """
    if len(element.text_content()) > MOST_OF_PAGE * page_chars:
        return True
    value = hints(element)
    return (
        element.get("role") == "tabpanel" or bool(value and FOLDED_HINTS.search(value))
    ) and not LAYOUT_HINTS.search(value)


def _is_hidden(element: HtmlElement) -> bool:
    """Whether markup hides the element from a reader."""
    if not isinstance(element.tag, str):
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return element.tag not in ("html", "body")
    style = element.get("style")
    return bool(style and HIDDEN_STYLE.search(style.lower())) and element.tag not in ("html", "body")


def remove_boilerplate(root: HtmlElement, keep: frozenset[HtmlElement] = frozenset()) -> None:
    """Remove furniture (nav, aside, footer, page headers) and boilerplate-hinted subtrees."""
    body = root.find("body")
    page_chars = len((body if body is not None else root).text_content()) or 1
    long_counts = _long_paragraph_counts(root)
    doomed = [element for element in root.iter() if _is_boilerplate(element, keep, long_counts)]
    remove_keeping_tails([element for element in doomed if _removable(element, page_chars, long_counts)])


def _removable(element: HtmlElement, page_chars: int, long_counts: dict[HtmlElement, int]) -> bool:
    """Whether a boilerplate element is small enough to go: not the page's main wrapper named carelessly."""
    share = len(element.text_content()) / page_chars
    return share <= MAX_REMOVED_SHARE or (
        tag_of(element) in FURNITURE_TAGS
        and share <= WHOLE_PAGE_SHARE
        and long_counts.get(element, 0) <= LAYOUT_MAX_LONG_PARAGRAPHS
    )


def _long_paragraph_counts(root: HtmlElement) -> dict[HtmlElement, int]:
    """For every element holding one, how many long paragraphs its subtree holds; counted in one pass.

    A paragraph is a <p>'s text or another element's own text; list items and their children are left
    out (the excerpt in a list of teasers is no paragraph of an article).
    """
    counts: dict[HtmlElement, int] = {}
    for paragraph in root.iter():
        tag = tag_of(paragraph)
        if not tag or tag == "li" or _parent_tag(paragraph) == "li":
            continue
        own = paragraph.text_content() if tag == "p" else _own_text(paragraph)
        if len(own) < LONG_PARAGRAPH_CHARS:
            continue
        counts[paragraph] = counts.get(paragraph, 0) + 1
        for ancestor in paragraph.iterancestors():
            counts[ancestor] = counts.get(ancestor, 0) + 1
    return counts


def _is_boilerplate(
    element: HtmlElement, keep: frozenset[HtmlElement], long_counts: dict[HtmlElement, int]
) -> bool:
    """Whether an element is furniture or named as boilerplate (and not named as content)."""
    tag = tag_of(element)
    if not tag or tag in ("html", "body") or element in keep:
        return False
    if tag in FURNITURE_TAGS:
        return True
    if tag == "header" and not inside_article(element):
        return True
    value = hints(element)
    if not value or POST_WRAPPER_TOKENS.search(value):
        return False
    if has_ancestor(element, _is_code):
        return False  # highlighted code names its parts ("hljs-comment", "token tag"): they are the code
    if "-" in value:
        value = TAXONOMY_TOKENS.sub(" ", value)
    long_paragraphs = long_counts.get(element, 0)
    if LEGAL_HINTS.search(value):
        return True  # legal text is long by nature; the share of the page it may take still bounds it
    if BOILERPLATE_HINTS.search(value):
        if CONTENT_HINTS.search(value):
            return len(element.text_content()) < PROTECTED_CONTENT_CHARS
        # A boilerplate word inside a longer name ("modal-enabled", "date-outer") also names wrappers
        # of the whole post; one holding a run of long paragraphs, or the named article body, is article text.
        return long_paragraphs <= BOILERPLATE_MAX_LONG_PARAGRAPHS and not _wraps_body(element, value)
    if LABEL_HINTS.search(value):
        return len(element.text_content()) <= LABEL_MAX_CHARS and not CONTENT_HINTS.search(value)
    if LAYOUT_HINTS.search(value):
        # Page builders name every module "widget", "header" or "nav-…"; one holding prose is content.
        if CONTENT_WORDS.search(value) or long_paragraphs > LAYOUT_NAMED_MAX_LONG_PARAGRAPHS:
            return False
        return not _holds_prose(element)
    return False


def _holds_prose(element: HtmlElement) -> bool:
    """Whether an element holds prose: a <p> of some length that is not mostly links, or an unlinked heading."""
    if element.find(".//a") is None and any(True for _heading in element.iter(*HEADING_TAGS)):
        return True  # a section's title set in a module of its own
    for paragraph in element.iter("p"):
        text_length = len(paragraph.text_content())
        if text_length >= PROSE_MIN_CHARS:
            linked = sum(len(link.text_content()) for link in paragraph.iter("a"))
            if linked < PROSE_MAX_LINK_SHARE * text_length:
                return True
    return False


def _is_code(element: HtmlElement) -> bool:
    """Whether an element is a block or run of code."""
    return element.tag in ("pre", "code")


def _wraps_body(element: HtmlElement, value: str) -> bool:
    """Whether a content-named container with real text (the article body) sits inside the element."""
    if COMMENT_SECTION_HINTS.search(value):
        return False
    for inner in element.iter(*_BODY_TAGS):
        named = inner.get("itemprop") == "articleBody" or CONTENT_HINTS.search(hints(inner))
        if named and inner is not element and len(inner.text_content()) >= PROTECTED_CONTENT_CHARS:
            return True
    return False


def _has_long_paragraphs(element: HtmlElement, most: int = LAYOUT_MAX_LONG_PARAGRAPHS) -> bool:
    """Whether the element holds more than `most` long paragraphs: article text, not furniture."""
    found = 0
    for paragraph in element.iter():
        tag = paragraph.tag
        if tag == "li" or _parent_tag(paragraph) == "li":
            continue  # the excerpt in a list of teasers is no paragraph of an article
        own = paragraph.text_content() if tag == "p" else _own_text(paragraph)
        if len(own) >= LONG_PARAGRAPH_CHARS:
            found += 1
            if found > most:
                return True
    return False


def _parent_tag(element: HtmlElement) -> str:
    """The tag of the element's parent, or ""."""
    parent = element.getparent()
    return tag_of(parent) if parent is not None else ""


def _own_text(element: HtmlElement) -> str:
    """The element's own text: before its first child and after each child (lines split by <br>)."""
    return (element.text or "") + "".join(child.tail or "" for child in element)


def remove_all(elements: list[HtmlElement]) -> None:
    """Remove the elements from their tree, keeping the text that follows each."""
    remove_keeping_tails(elements)
