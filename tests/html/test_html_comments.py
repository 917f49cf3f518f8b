"""Comments: WordPress threads, schema.org microdata and JSON-LD, generic sections; never in the body."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from parsers.html.extract import Progress, extract_article
from parsers.model import Article

ARTICLE = (
    "<article><h1>Headline</h1><div class='entry-content'>"
    + ("<p>The regulator published its findings on cookie walls today, after a long inquiry.</p>" * 5)
    + "</div></article>"
)


def parse(comments_html: str, head: str = "") -> Article:
    """Parse an article page followed by `comments_html`."""
    html = f"<html><head>{head}</head><body>{ARTICLE}{comments_html}</body></html>"
    return extract_article(html, "https://blog.example.net/post/", Progress())


def wp_comment(number: int, author: str, when: str, text: str, children: str = "") -> str:
    """One WordPress comment as the default theme writes it."""
    replies = f'<ul class="children">{children}</ul>' if children else ""
    return (
        f'<li id="comment-{number}" class="comment even depth-1">'
        f'<article id="div-comment-{number}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><img class="avatar" src="a.png">'
        f'<b class="fn">{author}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#c"><time datetime="{when}">a date</time></a></div></footer>'
        f'<div class="comment-content"><p>{text}</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>'
        f"</article>{replies}</li>"
    )


def test_wordpress_thread_with_nesting() -> None:
    """Authors, dates, texts and parents come from the WordPress markup, in page order."""
    reply = wp_comment(2, "Bo", "2024-03-05T22:00:00+00:00", "I disagree with the first point.")
    thread = wp_comment(1, "Ann", "2024-03-05T21:20:00+00:00", "Great summary of the ruling.", reply)
    thread += wp_comment(3, "Cy", "2024-03-06T08:00:00", "Where is the full decision?")
    section = (
        f'<div id="comments" class="comments-area"><h2>3 thoughts</h2><ol class="comment-list">{thread}</ol>'
    )
    section += '<div id="respond"><h3>Leave a Reply</h3></div></div>'
    article = parse(section)
    assert [(c.id, c.parent_id, c.author, c.text) for c in article.comments] == [
        ("c0", None, "Ann", "Great summary of the ruling."),
        ("c1", "c0", "Bo", "I disagree with the first point."),
        ("c2", None, "Cy", "Where is the full decision?"),
    ]
    assert article.comments[2].published == datetime(2024, 3, 6, 8, 0)
    body = " ".join(block.text for block in article.blocks)
    assert "Great summary" not in body and "Leave a Reply" not in body
    assert "cookie walls" in body


def test_schema_org_microdata_comments() -> None:
    """itemtype=schema.org/Comment items give author, date and text."""
    item = (
        '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Dana</span>'
        '</span><meta itemprop="dateCreated" content="2023-07-01T10:00:00Z">'
        '<div itemprop="text"><p>Thanks for the clear explanation.</p></div></div>'
    )
    article = parse(f"<section>{item}</section>")
    assert len(article.comments) == 1
    comment = article.comments[0]
    assert (comment.author, comment.text) == ("Dana", "Thanks for the clear explanation.")
    assert comment.published is not None and comment.published.year == 2023


def test_jsonld_comments_when_the_markup_has_none() -> None:
    """Comments listed in the article's JSON-LD are used, replies nested."""
    data = {
        "@type": "BlogPosting",
        "headline": "Headline",
        "comment": [
            {
                "@type": "Comment",
                "author": {"@type": "Person", "name": "Eve"},
                "dateCreated": "2024-01-01",
                "text": "First!",
                "comment": [{"@type": "Comment", "author": "Fay", "text": "Welcome."}],
            }
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    comments = parse("", head).comments
    assert [(c.id, c.parent_id, c.author, c.text) for c in comments] == [
        ("c0", None, "Eve", "First!"),
        ("c1", "c0", "Fay", "Welcome."),
    ]


def test_generic_comment_section_of_repeated_items() -> None:
    """A section of look-alike items with author, date and text is read as comments."""
    items = "".join(
        f'<div class="entry"><span class="user">user{n}</span><span class="date">2024-02-0{n}</span>'
        f"<p>Opinion number {n} on the matter.</p></div>"
        for n in range(1, 4)
    )
    article = parse(f'<div id="disqus_thread">{items}</div>')
    assert [c.author for c in article.comments] == ["user1", "user2", "user3"]
    assert article.comments[1].text == "Opinion number 2 on the matter."
    assert "Opinion number" not in " ".join(block.text for block in article.blocks)


def test_no_comments_on_a_plain_article() -> None:
    """An article without a comment section has none, and a widget named like one is not one."""
    widget = '<aside><ul class="recent-comments widget"><li class="comment">Ann on Headline</li></ul></aside>'
    assert parse(widget).comments == ()


def test_camel_case_items_without_a_section_are_comments() -> None:
    """A run of siblings named "...Comment" in camelCase, with no section around them, are comments."""
    items = "".join(
        f'<div class="SiteComment"><div class="SiteCommentAuthor">user{n}</div>'
        f'<div class="SiteCommentText">Reader view number {n}, with some words.</div></div>'
        for n in range(1, 4)
    )
    html = f"<html><body><main>{ARTICLE}{items}</main></body></html>"
    article = extract_article(html, "https://forum.example.net/t/1", Progress())
    assert [c.text for c in article.comments][1] == "Reader view number 2, with some words."
    assert [c.author for c in article.comments] == ["user1", "user2", "user3"]
    body = " ".join(block.text for block in article.blocks)
    assert "Reader view" not in body and "cookie walls" in body


def test_camel_case_section_with_empty_look_alikes() -> None:
    """A "kommentarModul" section is found, and empty spinner dots do not outnumber its comments."""
    spinner = '<div class="spin"><div></div><div></div><div></div><div></div></div>'
    items = "".join(
        f'<div class="entryBox flex"><p class="byline">Nutzer {n}</p>{spinner}'
        f"<p>Danke für den Tipp Nummer {n}.</p></div>"
        for n in range(1, 4)
    )
    article = parse(f'<div class="kommentarModul flex">{items}</div>')
    assert len(article.comments) == 3
    assert "Tipp Nummer" not in " ".join(block.text for block in article.blocks)


def test_forum_opening_post_stays_the_body() -> None:
    """On a thread page the first post is the article and the others are its comments."""
    first = "The regulator fined the company for its cookie banner, and here is why it matters. " * 4
    posts = f'<div class="ForumComment"><p>{first}</p></div>' + "".join(
        f'<div class="ForumComment"><p>Answer number {n} to the question above.</p></div>'
        for n in range(1, 3)
    )
    html = f"<html><body><main><h1>Thread</h1>{posts}</main></body></html>"
    article = extract_article(html, "https://forum.example.net/t/2", Progress())
    assert "cookie banner" in " ".join(block.text for block in article.blocks)
    assert [c.text for c in article.comments] == [
        "Answer number 1 to the question above.",
        "Answer number 2 to the question above.",
    ]


def test_no_comments_from_a_widget_or_a_single_named_box() -> None:
    """Comment-named items inside a recent-comments widget, or one lone "comment" box, are not comments."""
    widget = (
        '<div class="recent-comments-widget"><div class="comment">Ann on Headline</div>'
        '<div class="comment">Bo on Other headline</div></div>'
    )
    assert parse(widget).comments == ()
    assert parse('<div class="editorComment"><p>Our editor adds a note here.</p></div>').comments == ()


def test_section_named_commentlinks_holding_text_is_a_comment_thread() -> None:
    """A "sect_commentlinks" block of long unlinked posts is the comment thread; its reply buttons are no comments."""
    post = "<li class='member'><h4>Reader {n}</h4><p>{text}</p><ul class='toolbar'><li class='reply'><a href='#'>antworten</a></li></ul></li>"
    text = "I disagree with the regulator here, the inquiry took far too long and changed little for anyone."
    posts = "".join(post.format(n=n, text=f"{text} ({n})") for n in range(6))
    article = parse(
        f"<div class='sect sect_commentlinks'><h2>Leserkommentare</h2><ul class='sectbody'>{posts}</ul></div>"
    )
    texts = [comment.text for comment in article.comments]
    assert any(text in comment for comment in texts) and "antworten" not in texts
    assert all(text not in block.text for block in article.blocks)


def test_commentlinks_made_of_links_is_not_a_thread() -> None:
    """A "commentlinks" block of links (to other pages' comments) is still no comment section."""
    links = "".join(
        f"<li><a href='/p{n}'>Comment on the story number {n} of the week</a></li>" for n in range(30)
    )
    article = parse(f"<div class='commentlinks'><ul>{links}</ul></div>")
    assert not article.comments


def test_comment_text_is_the_named_part_holding_the_most() -> None:
    """A profile line named "…__text" before the post does not stand in for the comment's text."""
    post = (
        '<article class="entry entry--post" id="elComment_{n}">'
        '<aside class="entry__header"><div class="photoPanel__text"><a class="username">Mira</a> Members</div></aside>'
        '<div class="entry__content"><div class="richText"><p>{text}</p><p>It took a week, but it worked.</p></div></div>'
        "</article>"
    )
    texts = ("I asked the shop for my data and got a spreadsheet.", "Same here, after two reminders.")
    thread = "".join(post.format(n=n, text=text) for n, text in enumerate(texts))
    comments = parse(f'<div class="topic comments">{thread}</div>').comments
    assert [comment.text.splitlines()[0] for comment in comments] == list(texts)


def test_posts_outweigh_a_row_of_thread_figures() -> None:
    """In a section whose items are unnamed, the posts are read as comments, not the figures about the thread."""
    figures = "".join(
        f"<li>{label}</li>" for label in ("Replies 2", "Views 1.9k", "Created 1 yr", "Last reply")
    )
    posts = "".join(
        f"<article class='entry'><p>{text}</p></article>"
        for text in (
            "I would like to know which products are planned for next year, and when.",
            "There is no public plan, but the team posts changes here as they ship them.",
        )
    )
    article = parse(f"<div id='comments'><ul class='overview'>{figures}</ul>{posts}</div>")
    texts = [comment.text for comment in article.comments]
    assert len(texts) == 2 and texts[0].startswith("I would like to know")
    assert not any("Views" in text for text in texts)


def test_the_hcard_name_inside_an_author_part_that_also_holds_the_date() -> None:
    """A theme that prints the date inside the author part ("Am 4. Juni 2024 um 09:12 von <cite class="fn">Lena</cite>",
    as a German tech site's comments do) gives the hCard name, not the whole line."""
    item = (
        '<li id="comment-{n}" class="comment"><div class="comment-author vcard">'
        '<span class="date">Am 4. Juni 2024 um 09:12 </span><span class="author"> von <cite class="fn">{who}</cite>'
        '</span></div><div class="comment-text"><p>{text}</p></div></li>'
    )
    thread = item.format(n=1, who="Lena", text="Die Strafe ist zu niedrig.") + item.format(
        n=2, who="kai_77", text="Das Gesetz kommt ohnehin zu spät."
    )
    article = parse(f'<div id="comments"><h3>2 Kommentare</h3><ol class="commentlist">{thread}</ol></div>')
    assert [(c.author, c.text) for c in article.comments] == [
        ("Lena", "Die Strafe ist zu niedrig."),
        ("kai_77", "Das Gesetz kommt ohnehin zu spät."),
    ]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Am 4. Juni 2024 um 09:12", datetime(2024, 6, 4, 9, 12)),
        ("June 4, 2024 at 9:12 pm", datetime(2024, 6, 4, 21, 12)),
        ("4 June 2024", date(2024, 6, 4)),
    ],
)
def test_a_written_comment_date_keeps_its_time(written: str, expected: date) -> None:
    """A date-named part written in prose keeps the hour it gives, as the text parser's comment headers do."""
    article = parse(
        '<div id="comments"><ol class="commentlist"><li id="comment-1" class="comment">'
        f'<div class="comment-meta"><span class="author">Lena</span> <span class="date">{written}</span></div>'
        '<div class="comment-text"><p>Die Strafe ist zu niedrig.</p></div></li></ol></div>'
    )
    assert [(c.author, c.published) for c in article.comments] == [("Lena", expected)]
