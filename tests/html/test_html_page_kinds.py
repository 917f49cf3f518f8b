"""Pages that are not news articles: service pages in many sections, folded panels, pages shown by script."""

from __future__ import annotations

from parsers.html import parse_html

OFFER = "We install and repair wiring in homes and offices, and every job comes with a written guarantee. "


def _text(html: str) -> str:
    """The body text of a page, blocks joined by newlines."""
    return "\n".join(block.text for block in parse_html(html).blocks)


def _section(title: str, sentences: int) -> str:
    """One section of a page builder: a heading and a paragraph, several wrappers deep."""
    wrappers = ("section", "container", "row", "column", "column-inner", "module")
    opening = "".join(f'<div class="{name}">' for name in wrappers)
    return (
        f'{opening}<h2>{title}</h2><div class="rich"><p>{title}: {OFFER * sentences}</p></div>{"</div>" * 6}'
    )


def test_service_page_in_many_small_sections_is_read_whole() -> None:
    """A page whose text sits in many sections of equal weight keeps them all, not the best one alone."""
    titles = ("Rewiring", "Lighting", "Inspections", "Emergency call-outs", "Solar panels", "Car chargers")
    sections = "".join(_section(title, size) for title, size in zip(titles, (6, 1, 2, 1, 3, 1), strict=True))
    menu = '<nav><a href="/">Home</a> <a href="/about">About</a></nav>'
    text = _text(
        f"<html><body>{menu}<div class='site'>{sections}</div><footer>Call us</footer></body></html>"
    )
    assert all(f"{title}: We install" in text for title in titles)
    assert "Call us" not in text


def test_article_is_not_widened_to_the_teasers_around_it() -> None:
    """A short article beside many teaser summaries stays alone: teasers in list items are not its text."""
    article = "".join(f"<p>{OFFER}{OFFER}</p>" for _ in range(3))
    teasers = "".join(
        f'<li><a href="/story-{n}">Story {n}</a><p>A summary of another story, with some words, number {n}.</p></li>'
        for n in range(30)
    )
    page = f"<html><body><div class='story'><div class='text'>{article}</div></div><ul>{teasers}</ul></body></html>"
    text = _text(page)
    assert "We install" in text and "summary of another story" not in text


def test_short_post_is_not_widened_beyond_its_post_wrapper() -> None:
    """The winner being a named post ("type-post"), the long text of a sidebar beside it stays out."""
    notice = "<p>Legal notice about external links and the liability for them, in short.</p>"
    sidebar = "<div class='side'>" + f"<div class='box'>{notice * 2}</div>" * 6 + "</div>"
    page = (
        "<html><body><div class='wrap'><div class='content'><div class='post-12 post type-post'><h1>Snow</h1>"
        f"<p>{OFFER * 2}</p><p>{OFFER}</p></div></div>{sidebar}</div></body></html>"
    )
    text = _text(page)
    assert "We install" in text and "Legal notice" not in text


def test_folded_panels_are_read() -> None:
    """Answers in a closed accordion or tab are the page's text, though hidden until clicked."""
    answer = "You can cancel at any time, and we refund the unused part of your plan within ten days."
    page = (
        f"<html><body><main><h1>Questions</h1><p>{OFFER * 3}</p>"
        f'<div class="faq"><h3>Can I cancel?</h3><div class="accordion-content" style="display:none"><p>{answer}</p></div>'
        f'<div role="tabpanel" hidden><p>Tab text that is folded as well, and it is readable too.</p></div></div>'
        "</main></body></html>"
    )
    text = _text(page)
    assert answer in text and "Tab text that is folded" in text


def test_hidden_menu_is_still_dropped() -> None:
    """A hidden element that is not a folded panel (a closed menu, a modal) stays out."""
    page = (
        f"<html><body><main><p>{OFFER * 4}</p>"
        '<div class="popup" style="display: none"><p>Sign up for our deals before you leave this page now.</p></div>'
        "</main></body></html>"
    )
    assert "Sign up for our deals" not in _text(page)


def test_page_hidden_until_its_scripts_run_is_read() -> None:
    """A page wrapped whole in an element hidden until its scripts run still has its text read."""
    page = f'<html><body><div style="visibility:hidden"><article><h1>Guide</h1><p>{OFFER * 5}</p></article></div></body></html>'
    assert "We install" in _text(page)


def test_text_modules_named_widget_are_read() -> None:
    """A page builder names each module "widget"; a module holding a long paragraph is text, not furniture."""
    module = '<div class="builder-widget builder-widget-text"><div class="builder-widget-container"><p>{}</p></div></div>'
    parts = "".join(module.format(f"Step {n}. {OFFER * 2}") for n in range(1, 5))
    sidebar = '<div class="sidebar-widget"><a href="/a">Archive</a> <a href="/b">Contact</a></div>'
    text = _text(f"<html><body><article><h1>How we work</h1>{parts}</article>{sidebar}</body></html>")
    assert all(f"Step {n}." in text for n in range(1, 5))
    assert "Archive" not in text


def test_page_without_paragraphs_is_not_empty() -> None:
    """A shop grid whose text sits only in headings and short spans reads as its densest region."""
    cards = "".join(
        f'<div class="card"><h3>Trail shoe {n}</h3><span class="price">${90 + n}</span></div>'
        for n in range(12)
    )
    page = f'<html><body><header><a href="/">Shop</a></header><div class="grid">{cards}</div></body></html>'
    text = _text(page)
    assert "Trail shoe 0" in text and "Trail shoe 11" in text


def test_page_of_links_only_is_not_empty() -> None:
    """A page whose static markup is only a menu of links still shows those links."""
    links = " ".join(f'<a href="/c/{n}">Category {n}</a>' for n in range(20))
    assert "Category 7" in _text(f"<html><body><div>{links}</div></body></html>")


def test_grid_named_after_a_skip_link_is_kept() -> None:
    """A small "skip" link goes; a product grid whose class also says "skip-to-products" stays."""
    items = "".join(f"<div><h3>Lamp model {n}</h3><p>Brass, 40 cm, warm light.</p></div>" for n in range(15))
    footer = (
        "<footer>"
        + " ".join(f'<a href="/help/{n}">Help topic number {n}</a>' for n in range(60))
        + "</footer>"
    )
    page = (
        '<html><body><a class="skip-link" href="#main">Skip to content</a>'
        f'<div class="product-grid skip-to-products">{items}</div>{footer}</body></html>'
    )
    text = _text(page)
    assert "Lamp model 3" in text and "Skip to content" not in text


def test_page_put_inside_one_nav_element_is_read() -> None:
    """A furniture tag holding nearly the whole page is the page's wrapper, not its menu."""
    steps = "".join(f"<li>Step {n}: check the fuse box.</li>" for n in range(8))
    page = f"<html><body><nav><div><h1>Care guide</h1><p>{OFFER * 4}</p><ol>{steps}</ol></div></nav></body></html>"
    assert "We install" in _text(page)


def _card(n: int, summary: str = "What changed for renters this year, in short.") -> str:
    """One teaser card of a category page: section label, linked headline, summary, date."""
    return (
        f'<article class="card card--{n % 2}"><a class="label" href="/topics/housing">Housing</a>'
        f'<h3><a href="/news/story-{n}">Tenants win case number {n} against the landlord</a></h3>'
        f"<p>{summary}</p><time>Jun {n + 1}, 2024</time></article>"
    )


def test_category_page_is_a_listing_of_linked_items() -> None:
    """A page of teaser cards is a listing: each card one list item, its headline linked, its summary after it."""
    cards = "".join(_card(n) for n in range(6))
    page = f"<html><body><main><h1>Housing</h1><p>Our coverage of rents and tenancy.</p>{cards}</main></body></html>"
    article = parse_html(page, "https://news.example/topics/housing")
    assert article.metadata.page_kind == "listing"
    items = [block for block in article.blocks if block.kind == "list_item"]
    assert len(items) == 6
    first = items[0]
    assert (
        first.text
        == "Tenants win case number 0 against the landlord — What changed for renters this year, in short."
    )
    assert first.links[0].href == "https://news.example/news/story-0"
    assert (
        first.text[first.links[0].start : first.links[0].end]
        == "Tenants win case number 0 against the landlord"
    )
    assert "Our coverage of rents and tenancy." in [block.text for block in article.blocks]


def test_article_beside_teaser_cards_stays_an_article() -> None:
    """An article with a rail of teaser cards beside it is an article, its body the article's text."""
    story = "".join(f"<p>{OFFER * 2}</p>" for _ in range(4))
    rail = "".join(_card(n) for n in range(8))
    page = f"<html><body><article><h1>Rewiring rules</h1>{story}</article><div class='rail'>{rail}</div></body></html>"
    article = parse_html(page)
    assert article.metadata.page_kind == "article"
    assert "We install" in article.blocks[0].text


def test_list_of_long_entries_is_an_article() -> None:
    """Cards that each hold a long paragraph are sections of an article (a guide), not teasers."""
    cards = "".join(_card(n, summary=OFFER * 5) for n in range(6))
    assert parse_html(f"<html><body><main>{cards}</main></body></html>").metadata.page_kind == "article"


def _post(kind: str, text: str, votes: int) -> str:
    """One post of a question-and-answer page: vote count, body, the poster's card."""
    return (
        f'<div class="{kind}"><div class="post-layout"><div class="votecell"><div class="vote-count">{votes}</div></div>'
        f'<div class="postcell"><div class="post-body"><p>{text}</p><p>{OFFER}</p></div>'
        '<div class="user-info"><a href="/u/1">Ann Lee</a> 12.4k 3 gold badges 40 silver badges</div></div></div></div>'
    )


def test_question_beside_its_answers_is_read_with_them() -> None:
    """On a Q&A page the question sits beside the answers' container; both are the thread's text."""
    answers = "".join(_post("answer", f"Answer {n}: check the breaker first.", 10 - n) for n in range(3))
    page = (
        "<html><body><div id='mainbar'>"
        + _post("question", "Why does my fuse keep blowing?", 42)
        + f"<div id='answers'><h2>3 Answers</h2>{answers}</div></div></body></html>"
    )
    text = _text(page)
    assert "Why does my fuse keep blowing?" in text and "Answer 2: check the breaker first." in text
    assert "gold badges" not in text
