"""Choose the elements that hold the body: the scoring winner spread as far as the text goes, or a named body."""

from __future__ import annotations

from parsers.html.scoring import (
    good_text_length,
    is_ancestor,
    link_density,
    score_paragraphs,
    top_candidate,
)
from parsers.html.spread import MIN_THREAD_POSTS, climb, join_thread, widen, with_siblings
from parsers.html.tree import HtmlElement, hints, tag_of
from parsers.html.vocabulary import (
    LEAD_HINTS,
    LEAD_LEVELS,
    LEAD_MAX_CHARS,
    LEAD_MIN_CHARS,
    SELECTOR_MIN_CHARS,
    SELECTOR_MIN_SHARE,
)

WRAPPER_MAX_GROWTH = 1.3  # a named container enclosing the winner may add this much text, no more
INNERMOST_SHARE = 0.8  # a nested named container with this share of the best one's text is preferred
MAX_HINTED = 60
DISJOINT_MIN_SHARE = 1.0  # a named container elsewhere must hold as much text as the winner
THREAD_MIN_SHARE = 0.3  # the other posts of a thread hold this much text beside its longest one, at least


def choose_containers(root: HtmlElement) -> list[HtmlElement]:
    """The elements holding the body, in document order (empty when nothing scores)."""
    scores = score_paragraphs(root)
    top, top_score = top_candidate(scores)
    if top is not None:
        top = join_thread(widen(climb(top, scores), scores), scores)
    scored = with_siblings(top, top_score, scores) if top is not None else []
    hinted = _best_hinted(scores.hinted)
    thread = any(_is_one_post_of(element, scored, scores.hinted) for element in hinted)
    chosen = hinted if hinted and not thread and _prefer_hinted(hinted, scored) else scored
    lead = find_lead(chosen[0]) if chosen else None
    return [lead, *chosen] if lead is not None else chosen


def find_lead(first: HtmlElement) -> HtmlElement | None:
    """The article's lead paragraph when it is named so and sits just before the body container, outside it."""
    ancestor = first
    for _level in range(LEAD_LEVELS):
        ancestor = ancestor.getparent()
        if ancestor is None or tag_of(ancestor) in ("body", "html"):
            return None
        for element in ancestor.iter():
            if element is first:
                break
            if is_ancestor(element, first) or not LEAD_HINTS.search(hints(element)):
                continue
            if element.find(".//h1") is None and _reads_as_lead(element):
                return element
    return None


def _reads_as_lead(element: HtmlElement) -> bool:
    """Whether a lead-named element holds a sentence or two of unlinked text."""
    length = len(element.text_content().strip())
    return LEAD_MIN_CHARS <= length <= LEAD_MAX_CHARS and link_density(element, length) < 0.3


def _is_one_post_of(body: HtmlElement, scored: list[HtmlElement], hinted: list[HtmlElement]) -> bool:
    """Whether a named body is one post of a thread the scored parts hold: others of its name are in them too.

    A question and its answers each name their text alike ("post-body"); the longest answer is one of them.
    Teasers named like the article's body hold little text beside it, and make no thread.
    """
    name = body.get("class")
    if not name or not any(is_ancestor(part, body) for part in scored):
        return False
    posts = [
        element
        for element in hinted
        if element is not body
        and element.get("class") == name
        and any(is_ancestor(part, element) for part in scored)
    ]
    others = sum(len(post.text_content()) for post in posts)
    return len(posts) >= MIN_THREAD_POSTS - 1 and others >= THREAD_MIN_SHARE * len(body.text_content())


def _prefer_hinted(hinted: list[HtmlElement], scored: list[HtmlElement]) -> bool:
    """Whether the content-named containers beat the scoring winner."""
    hinted_length = sum(good_text_length(element) for element in hinted)
    if hinted_length < SELECTOR_MIN_CHARS:
        return False
    if not scored:
        return True
    scored_length = sum(good_text_length(element) for element in scored)
    if any(is_ancestor(h, s) for h in hinted for s in scored):
        return hinted_length <= WRAPPER_MAX_GROWTH * scored_length  # a wrapper around much more: a layout
    if any(h is s or is_ancestor(s, h) for h in hinted for s in scored):
        return hinted_length >= SELECTOR_MIN_SHARE * scored_length
    return hinted_length >= DISJOINT_MIN_SHARE * scored_length


def _best_hinted(hinted: list[HtmlElement]) -> list[HtmlElement]:
    """The innermost content-named container holding nearly all the text any of them holds."""
    if not hinted:
        return []
    lengths = [(element, good_text_length(element)) for element in hinted[:MAX_HINTED]]
    most = max(length for _element, length in lengths)
    near = [element for element, length in lengths if length >= INNERMOST_SHARE * most]
    innermost = [element for element in near if not any(is_ancestor(element, other) for other in near)]
    best = innermost[0]
    siblings = [
        element
        for element, length in lengths
        if element.get("class") == best.get("class") and element.getparent() is best.getparent() and length
    ]
    return siblings if best.get("class") and len(siblings) > 1 else [best]
