"""Find the element (or run of sibling elements) that holds the article text, by scoring paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from parsers.html.tree import HtmlElement, has_ancestor, hints, tag_of
from parsers.html.vocabulary import (
    CONTAINER_TAGS,
    CONTENT_HINTS,
    LEAD_HINTS,
    LEAD_LEVELS,
    LEAD_MAX_CHARS,
    LEAD_MIN_CHARS,
    MIN_PARAGRAPH_CHARS,
    NEGATIVE_WEIGHT_HINTS,
    PARAGRAPH_TAGS,
    POSITIVE_WEIGHT_HINTS,
    POST_WRAPPER_TOKENS,
    SELECTOR_MIN_CHARS,
    SELECTOR_MIN_SHARE,
    SIBLING_SCORE_SHARE,
)

CLASS_WEIGHT = 25.0
TOP_CANDIDATES = 5
MIN_SIBLING_SCORE = 10.0
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_MAX_LINK_DENSITY = 0.25
INTRO_PARAGRAPH_CHARS = 150  # a sibling before the winner holding a paragraph this long is its introduction
# A winner holding this many content-named bodies of one name is a thread; siblings holding one join it.
MIN_THREAD_POSTS = 2
ANCESTOR_LEVELS = 3
ALTERNATIVE_SHARE = 0.75  # candidates scoring this share of the winner's score are near-equal
MIN_ALTERNATIVES = 3  # this many near-equal candidates under one ancestor make it the container
WRAPPER_MAX_GROWTH = 1.3  # a named container enclosing the winner may add this much text, no more
INNERMOST_SHARE = 0.8  # a nested named container with this share of the best one's text is preferred
MAX_HINTED = 60
SMALL_CANDIDATE_CHARS = 250  # a content-named element with less text than this is a label, not the body
DISJOINT_MIN_SHARE = 1.0  # a named container elsewhere must hold as much text as the winner


CLIMB_LEVELS = 4  # how far above the winner the article may turn out to be spread
CLIMB_MIN_GROWTH = 2.0  # an ancestor holding this much more paragraph weight holds more of the article
CLIMB_MIN_GROWTH_REPEATED = 1.3  # ... or this much, when it repeats the winner's container (text modules)
CLIMB_MAX_LINK_DENSITY = 0.2  # ... as long as it is not a block of teasers
SPREAD_SHARE = (
    0.5  # a winner holding less than this share of the page's paragraph weight is one section of many
)
WIDEN_SHARE = 0.8  # ... and the page's text is then the smallest ancestor holding this share


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
        if tag in CONTAINER_TAGS and _is_hinted_container(element):
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


def _is_hinted_container(element: HtmlElement) -> bool:
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
        inside = sum(1 for element in alternatives if _is_ancestor(ancestor, element))
        if inside >= MIN_ALTERNATIVES:
            scores.score.setdefault(ancestor, 0.0)
            return ancestor
        ancestor = ancestor.getparent()
    return best


def with_siblings(top: HtmlElement, top_score: float, scores: Scores) -> list[HtmlElement]:
    """The top candidate plus the siblings that look like more of the same article."""
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(MIN_SIBLING_SCORE, top_score * SIBLING_SCORE_SHARE)
    top_class = top.get("class")
    post_names = _thread_post_names(top, scores)
    chosen = []
    before_top = True
    for sibling in parent:
        if sibling is top:
            chosen.append(sibling)
            before_top = False
            continue
        if not tag_of(sibling):
            continue
        bonus = top_score * SIBLING_SCORE_SHARE if top_class and sibling.get("class") == top_class else 0.0
        if (
            scores.score.get(sibling, -1e9) + bonus >= threshold
            or _is_good_paragraph(sibling)
            or _holds_post(sibling, post_names)
            or (before_top and _is_intro(sibling))
        ):
            chosen.append(sibling)
    return chosen


def _is_intro(element: HtmlElement) -> bool:
    """Whether an element before the winner is an introduction: prose with a long paragraph, few links."""
    if tag_of(element) not in CONTAINER_TAGS:
        return False
    length = len(element.text_content())
    if not length or link_density(element, length) >= SIBLING_MAX_LINK_DENSITY:
        return False
    return any(len(paragraph.text_content()) >= INTRO_PARAGRAPH_CHARS for paragraph in element.iter("p"))


def _thread_post_names(top: HtmlElement, scores: Scores) -> frozenset[str]:
    """The class of the content-named bodies the winner holds, when it holds several: a thread of posts."""
    names = [
        element.get("class") for element in scores.hinted if element is not top and _is_ancestor(top, element)
    ]
    return frozenset(name for name in names if name and names.count(name) >= MIN_THREAD_POSTS)


def _holds_post(sibling: HtmlElement, post_names: frozenset[str]) -> bool:
    """Whether a sibling of a thread holds a post named like the thread's (a question beside its answers)."""
    if not post_names:
        return False
    return any(
        element.get("class") in post_names and len(element.text_content()) >= SIBLING_PARAGRAPH_CHARS
        for element in sibling.iter(*CONTAINER_TAGS)
    )


def _is_good_paragraph(element: HtmlElement) -> bool:
    """A loose sibling paragraph that reads like article text."""
    if tag_of(element) != "p":
        return False
    text = element.text_content().strip()
    density = link_density(element, len(text))
    if len(text) > SIBLING_PARAGRAPH_CHARS:
        return density < SIBLING_MAX_LINK_DENSITY
    return density == 0 and text.endswith((".", "!", "?", "”", '"'))


def good_text_length(element: HtmlElement) -> int:
    """Text length outside links."""
    total = len(element.text_content())
    return int(total * (1.0 - link_density(element, total)))


def choose_containers(root: HtmlElement) -> list[HtmlElement]:
    """The elements holding the body, in document order (empty when nothing scores)."""
    scores = score_paragraphs(root)
    top, top_score = top_candidate(scores)
    if top is not None:
        top = widen(climb(top, scores), scores)
    scored = with_siblings(top, top_score, scores) if top is not None else []
    hinted = _best_hinted(scores.hinted)
    chosen = hinted if hinted and _prefer_hinted(hinted, scored) else scored
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
            if _is_ancestor(element, first) or not LEAD_HINTS.search(hints(element)):
                continue
            if element.find(".//h1") is None and _reads_as_lead(element):
                return element
    return None


def _reads_as_lead(element: HtmlElement) -> bool:
    """Whether a lead-named element holds a sentence or two of unlinked text."""
    length = len(element.text_content().strip())
    return LEAD_MIN_CHARS <= length <= LEAD_MAX_CHARS and link_density(element, length) < 0.3


def climb(top: HtmlElement, scores: Scores) -> HtmlElement:
    """An ancestor of the winner when the article is spread over several of its sections.

    Pages built of modules (a text block, a picture, a text block) put each run of paragraphs in its own
    container; the winner is then one of them, and the ancestor that holds them all is the article.
    """
    chain = [top]
    for _level in range(CLIMB_LEVELS):
        if _is_page_part(chain[-1]):
            break  # a whole post or article is never one module of a larger one
        parent = chain[-1].getparent()
        if parent is None or tag_of(parent) in ("body", "html"):
            break
        chain.append(parent)
    if len(chain) == 1:
        return top
    weight = _held_along(chain, [(paragraph, points) for paragraph, points, _length in scores.paragraphs])
    best = 0
    for index in range(1, len(chain)):
        growth = CLIMB_MIN_GROWTH if not _repeats(chain[index], top) else CLIMB_MIN_GROWTH_REPEATED
        if weight[index] < growth * weight[best]:
            continue
        if _added_link_density(chain[index], chain[best]) > CLIMB_MAX_LINK_DENSITY:
            break
        best = index
    return chain[best]


def widen(top: HtmlElement, scores: Scores) -> HtmlElement:
    """The smallest ancestor holding most of the page's paragraphs, when the winner holds too few of them.

    Service, product and documentation pages spread their text over many small sections of equal
    weight; the winner is then one of them, and the page's text is what they hold together.
    """
    if _is_hinted_container(top):
        return top  # the page names its body: the text outside it is the page's, not the article's
    own = [
        (paragraph, float(length))
        for paragraph, _points, length in scores.paragraphs
        if not _in_teaser(paragraph)
    ]
    total = sum(length for _paragraph, length in own)
    chain = [top]
    # Never beyond the post, article or main part that holds the winner: what lies outside is another part.
    while not _is_page_part(chain[-1]) and (parent := chain[-1].getparent()) is not None:
        if tag_of(parent) == "html":
            break
        chain.append(parent)
    weight = _held_along(chain, own)
    if not total or weight[0] >= SPREAD_SHARE * total:
        return top
    for index, held in enumerate(weight):
        if held >= WIDEN_SHARE * total:
            return chain[index]
    return chain[-1]


def _is_page_part(element: HtmlElement) -> bool:
    """Whether an element is a whole part of the page: an <article>, the <main> part, or a named post."""
    if element.tag in ("article", "main") or element.get("role") == "main":
        return True
    value = element.get("class")
    return bool(value) and POST_WRAPPER_TOKENS.search(value.lower()) is not None


def _held_along(chain: list[HtmlElement], items: list[tuple[HtmlElement, float]]) -> list[float]:
    """For each element of a chain of ancestors (innermost first), the summed values of the items it holds."""
    position = {element: index for index, element in enumerate(chain)}
    held = [0.0] * len(chain)
    for item, value in items:
        ancestor: HtmlElement | None = item
        while ancestor is not None and ancestor not in position:
            ancestor = ancestor.getparent()
        if ancestor is not None:
            held[position[ancestor]] += value
    for index in range(1, len(held)):
        held[index] += held[index - 1]
    return held


def _in_teaser(paragraph: HtmlElement) -> bool:
    """Whether a paragraph is the summary of a teaser: inside a link or a list item."""
    return has_ancestor(paragraph, lambda parent: parent.tag in ("a", "li"))


def _repeats(outer: HtmlElement, top: HtmlElement) -> bool:
    """Whether `outer` holds another element named like the winner: one module of text among several."""
    name = top.get("class")
    if not name:
        return False
    return any(element is not top and element.get("class") == name for element in outer.iter(top.tag))


def _added_link_density(outer: HtmlElement, inner: HtmlElement) -> float:
    """The link density of what `outer` holds besides `inner`: teasers around an article are mostly links."""
    outer_length, inner_length = len(outer.text_content()), len(inner.text_content())
    added = outer_length - inner_length
    if added <= 0:
        return 0.0
    linked = (
        link_density(outer, outer_length) * outer_length - link_density(inner, inner_length) * inner_length
    )
    return max(0.0, linked) / added


def _prefer_hinted(hinted: list[HtmlElement], scored: list[HtmlElement]) -> bool:
    """Whether the content-named containers beat the scoring winner."""
    hinted_length = sum(good_text_length(element) for element in hinted)
    if hinted_length < SELECTOR_MIN_CHARS:
        return False
    if not scored:
        return True
    scored_length = sum(good_text_length(element) for element in scored)
    if any(_is_ancestor(h, s) for h in hinted for s in scored):
        return hinted_length <= WRAPPER_MAX_GROWTH * scored_length  # a wrapper around much more: a layout
    if any(h is s or _is_ancestor(s, h) for h in hinted for s in scored):
        return hinted_length >= SELECTOR_MIN_SHARE * scored_length
    return hinted_length >= DISJOINT_MIN_SHARE * scored_length


def _best_hinted(hinted: list[HtmlElement]) -> list[HtmlElement]:
    """The innermost content-named container holding nearly all the text any of them holds."""
    if not hinted:
        return []
    lengths = [(element, good_text_length(element)) for element in hinted[:MAX_HINTED]]
    most = max(length for _element, length in lengths)
    near = [element for element, length in lengths if length >= INNERMOST_SHARE * most]
    innermost = [element for element in near if not any(_is_ancestor(element, other) for other in near)]
    best = innermost[0]
    siblings = [
        element
        for element, length in lengths
        if element.get("class") == best.get("class") and element.getparent() is best.getparent() and length
    ]
    return siblings if best.get("class") and len(siblings) > 1 else [best]


def _is_ancestor(ancestor: HtmlElement, element: HtmlElement) -> bool:
    """Whether `ancestor` encloses `element` (and is not it)."""
    return has_ancestor(element, lambda parent: parent is ancestor)
