"""Score paragraphs and their containers: the best-scoring candidate for the article body, and measures of text."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.html.tree import HtmlElement, has_ancestor, hints, tag_of
from parsers.html.vocabulary import (
    CONTAINER_TAGS,
    CONTENT_HINTS,
    MIN_PARAGRAPH_CHARS,
    NEGATIVE_WEIGHT_HINTS,
    PARAGRAPH_TAGS,
    POSITIVE_WEIGHT_HINTS,
    UTILITY_CLASSES,
)

CLASS_WEIGHT = 25.0
TOP_CANDIDATES = 5
ANCESTOR_LEVELS = 3
ALTERNATIVE_SHARE = 0.75  # candidates scoring this share of the winner's score are near-equal
MIN_ALTERNATIVES = 3  # this many near-equal candidates under one ancestor make it the container
SMALL_CANDIDATE_CHARS = 250  # a content-named element with less text than this is a label, not the body


@dataclass
class Scores:
    """Candidate scores, each paragraph's points, and the content-hinted containers met on the way."""

    score: dict[HtmlElement, float]
    hinted: list[HtmlElement]
    paragraphs: list[tuple[HtmlElement, float, int]]  # each paragraph, its points and its text length


def link_density(element: HtmlElement, text_length: int | None = None) -> float:
    """Share of the element's text that sits inside links."""
    length = text_length if text_length is not None else len(element.text_content())
    if not length:
        return 0.0
    linked = sum(len(link.text_content()) for link in element.iter("a"))
    return min(1.0, linked / length)


def class_weight(element: HtmlElement) -> float:
    """Readability's weight: names suggesting content add, names suggesting furniture subtract."""
    value = hints(element)
    if not value:
        return 0.0
    if "-" in value:
        value = UTILITY_CLASSES.sub(" ", value)
    weight = 0.0
    if NEGATIVE_WEIGHT_HINTS.search(value):
        weight -= CLASS_WEIGHT
    if POSITIVE_WEIGHT_HINTS.search(value):
        weight += CLASS_WEIGHT
    return weight


def _paragraph_text_length(element: HtmlElement, tag: str) -> int:
    """The length of text an element contributes as a paragraph, or 0 when it is not one."""
    if tag in PARAGRAPH_TAGS:
        if tag != "p" and element.find(".//p") is not None:
            return 0
        return len(element.text_content().strip())
    if tag in ("div", "section", "article", "span", "font"):
        own = len((element.text or "").strip()) + sum(len((c.tail or "").strip()) for c in element)
        return own if own >= MIN_PARAGRAPH_CHARS else 0
    return 0


def score_paragraphs(root: HtmlElement) -> Scores:
    """Each paragraph's score added to its parent, grandparent and great-grandparent."""
    score: dict[HtmlElement, float] = {}
    hinted: list[HtmlElement] = []
    paragraphs: list[tuple[HtmlElement, float, int]] = []
    for element in root.iter():
        tag = tag_of(element)
        if not tag:
            continue
        if tag in CONTAINER_TAGS and is_hinted_container(element):
            hinted.append(element)
        length = _paragraph_text_length(element, tag)
        if length < MIN_PARAGRAPH_CHARS:
            continue
        text = element.text_content() if tag in PARAGRAPH_TAGS else (element.text or "")
        points = 1.0 + text.count(",") + min(length / 100, 3.0)
        paragraphs.append((element, points, length))
        ancestor = element.getparent() if tag in PARAGRAPH_TAGS else element
        for level in range(ANCESTOR_LEVELS):
            if ancestor is None:
                break
            if ancestor not in score:
                score[ancestor] = _initial_score(ancestor)
            score[ancestor] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
            ancestor = ancestor.getparent()
    return Scores(score, hinted, paragraphs)


def is_hinted_container(element: HtmlElement) -> bool:
    """Whether the element's name or itemprop says it holds the article body."""
    if element.get("itemprop") == "articleBody":
        return True
    value = hints(element)
    return bool(value) and CONTENT_HINTS.search(value) is not None


def _initial_score(element: HtmlElement) -> float:
    """A container's score before its paragraphs count: its tag and its class weight."""
    tag = tag_of(element)
    base = 5.0 if tag in ("div", "article", "main") else 3.0 if tag in ("pre", "td", "blockquote") else 0.0
    if tag in ("ol", "ul", "dl", "form", "li", "th", "address"):
        base = -3.0
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        base = -5.0
    return base + class_weight(element)


def top_candidate(scores: Scores) -> tuple[HtmlElement | None, float]:
    """The best-scoring container after discounting link-heavy ones."""
    ranked = sorted(scores.score.items(), key=lambda item: item[1], reverse=True)[: 2 * TOP_CANDIDATES]
    adjusted = sorted(
        ((element, _adjusted_score(element, raw)) for element, raw in ranked),
        key=lambda item: item[1],
        reverse=True,
    )[:TOP_CANDIDATES]
    if not adjusted or adjusted[0][1] <= 0:
        return None, 0.0
    best, best_score = adjusted[0]
    close = [element for element, value in adjusted[1:] if value >= ALTERNATIVE_SHARE * best_score]
    return _common_ancestor(best, close, scores), best_score


def _adjusted_score(element: HtmlElement, raw: float) -> float:
    """A candidate's score discounted by its link text; a content name on a snippet of text counts not."""
    length = len(element.text_content())
    if length < SMALL_CANDIDATE_CHARS and class_weight(element) > 0:
        raw -= CLASS_WEIGHT
    return raw * (1.0 - link_density(element, length))


def _common_ancestor(best: HtmlElement, alternatives: list[HtmlElement], scores: Scores) -> HtmlElement:
    """An ancestor of the winner holding enough near-equal candidates: the text is spread over them."""
    if len(alternatives) < MIN_ALTERNATIVES:
        return best
    ancestor = best.getparent()
    while ancestor is not None and tag_of(ancestor) != "body":
        inside = sum(1 for element in alternatives if is_ancestor(ancestor, element))
        if inside >= MIN_ALTERNATIVES:
            scores.score.setdefault(ancestor, 0.0)
            return ancestor
        ancestor = ancestor.getparent()
    return best


def good_text_length(element: HtmlElement) -> int:
    """Text length outside links."""
    total = len(element.text_content())
    return int(total * (1.0 - link_density(element, total)))


def is_ancestor(ancestor: HtmlElement, element: HtmlElement) -> bool:
    """Whether `ancestor` encloses `element` (and is not it)."""
    return has_ancestor(element, lambda parent: parent is ancestor)
