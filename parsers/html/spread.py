"""Where the body spreads beyond the scoring winner: modules above it, sections around it, siblings beside it."""

from __future__ import annotations

from collections import Counter

from parsers.html.scoring import Scores, is_ancestor, is_hinted_container, link_density
from parsers.html.tree import HtmlElement, has_ancestor, tag_of
from parsers.html.vocabulary import CONTAINER_TAGS, POST_WRAPPER_TOKENS, SIBLING_SCORE_SHARE

MIN_SIBLING_SCORE = 10.0
SIBLING_PARAGRAPH_CHARS = 80
SIBLING_MAX_LINK_DENSITY = 0.25
INTRO_PARAGRAPH_CHARS = 150  # a sibling before the winner holding a paragraph this long is its introduction
# A winner holding this many content-named bodies of one name is a thread; siblings holding one join it.
MIN_THREAD_POSTS = 2
CLIMB_LEVELS = 4  # how far above the winner the article may turn out to be spread
CLIMB_MIN_GROWTH = 2.0  # an ancestor holding this much more paragraph weight holds more of the article
CLIMB_MIN_GROWTH_REPEATED = 1.3  # ... or this much, when it repeats the winner's container (text modules)
CLIMB_MAX_LINK_DENSITY = 0.2  # ... as long as it is not a block of teasers
# A winner holding less than this share of the page's paragraph text is one section of many ...
SPREAD_SHARE = 0.5
WIDEN_SHARE = 0.8  # ... and the page's text is then the smallest ancestor holding this share


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
    names = Counter(
        element.get("class") for element in scores.hinted if element is not top and is_ancestor(top, element)
    )
    return frozenset(name for name, count in names.items() if name and count >= MIN_THREAD_POSTS)


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
    if is_hinted_container(top):
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


def join_thread(top: HtmlElement, scores: Scores) -> HtmlElement:
    """The part holding every post of a thread, when the winner is one of several content-named posts of one name.

    A question and its answers are bodies of one name ("post-body"); the best-scoring one is a single answer.
    """
    hinted = set(scores.hinted)
    holder = next((element for element in (top, *top.iterancestors()) if element in hinted), None)
    name = holder.get("class") if holder is not None else None
    if not name:
        return top
    posts = [
        element
        for element in scores.hinted
        if element.get("class") == name and len(element.text_content()) >= SIBLING_PARAGRAPH_CHARS
    ]
    named = set(posts)
    posts = [post for post in posts if not any(parent in named for parent in post.iterancestors())]
    if len(posts) < MIN_THREAD_POSTS:
        return top
    common = _common_parent(posts)
    if common is None or tag_of(common) in ("body", "html") or not is_ancestor(common, top):
        return top
    return common


def _common_parent(elements: list[HtmlElement]) -> HtmlElement | None:
    """The innermost element enclosing all the elements (none of them itself), walked once per element."""
    chain = list(elements[0].iterancestors())
    position = {ancestor: index for index, ancestor in enumerate(chain)}
    outermost = 0
    for element in elements[1:]:
        ancestor = element.getparent()
        while ancestor is not None and ancestor not in position:
            ancestor = ancestor.getparent()
        if ancestor is None:
            return None
        outermost = max(outermost, position[ancestor])
    return chain[outermost] if chain else None
