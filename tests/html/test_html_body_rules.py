"""Body rules: text spread over modules, captions named by class, lines that are only a date."""

from __future__ import annotations

from parsers.html import parse_html

SENTENCE = "The regulator said the company had broken the rules, and it fined it for doing so, again. "


def _module(text: str) -> str:
    """One text module of a page builder, followed by a picture module."""
    return f'<div class="module text"><div class="text-inner"><p>{text}</p><p>{text}</p></div></div>'


def test_article_spread_over_text_modules_is_read_whole() -> None:
    """Paragraphs split into several modules all reach the body, not only the best-scoring module."""
    modules = "".join(_module(f"Part {n}. " + SENTENCE * size) for n, size in ((1, 4), (2, 1), (3, 2)))
    html = f"<html><body><div class='page'>{modules}</div></body></html>"
    text = "\n".join(block.text for block in parse_html(html).blocks)
    assert all(f"Part {n}." in text for n in range(1, 4))


def test_caption_named_by_class_is_a_caption() -> None:
    """A paragraph whose class names it a picture caption comes out as a caption, not as body text."""
    body = f"<p>{SENTENCE * 3}</p><p class='wp-caption-text'>Harbour workers repair the pier after the storm</p><p>{SENTENCE * 2}</p>"
    blocks = parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    kinds = {block.text: block.kind for block in blocks}
    assert kinds["Harbour workers repair the pier after the storm"] == "caption"


def test_line_holding_only_a_date_is_dropped() -> None:
    """A block saying nothing but a date or a time is furniture; a sentence with a date stays."""
    body = f"<p>23.10.2018</p><p>{SENTENCE * 3}</p><p>19:49</p><p>On 5 May 2020 the fine was paid.</p>"
    texts = [
        block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    ]
    assert "23.10.2018" not in texts and "19:49" not in texts
    assert "On 5 May 2020 the fine was paid." in texts


def test_ruby_readings_are_not_body_text() -> None:
    """Readings printed over the text (<rt>, <rp>) are left out; the base text stays."""
    words = "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの話です。"
    html = f"<html><body><article><p>{words * 12}</p></article></body></html>"
    text = " ".join(block.text for block in parse_html(html).blocks)
    assert "子どもの話です。" in text and "こ" not in text.replace("子どもの話です。", "")


def test_wrapper_named_like_boilerplate_around_the_named_body_stays() -> None:
    """A wrapper whose name holds a boilerplate word ("modal-enabled") stays when the named body is inside."""
    paragraphs = "<p>The court ruled on the case today, and the decision is short.</p>" * 6
    page = (
        '<html><body><div class="box article modal-enabled"><h1>Headline</h1>'
        f'<div class="entry-content">{paragraphs}</div></div>'
        + "<div class='more'><p>"
        + "Other teaser text about things. " * 40
        + "</p></div></body></html>"
    )
    text = " ".join(block.text for block in parse_html(page).blocks)
    assert "the decision is short" in text


def test_short_call_to_subscribe_is_dropped() -> None:
    """A short paywall or newsletter appeal inside the article is dropped; a sentence about subscribing stays."""
    stays = (
        "Readers who subscribe to the service pay more since the change, the regulator found in its report."
    )
    body = (
        f"<p>{SENTENCE * 3}</p><p>To view the full story, please subscribe to The Daily Ledger.</p>"
        f"<p>Pour lire la suite, abonnez-vous.</p><p>{stays}</p>"
    )
    texts = [
        block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    ]
    assert not any("please subscribe" in text or "lire la suite" in text for text in texts)
    assert stays in texts


def test_lead_named_so_before_the_body_joins_it() -> None:
    """A standfirst named as a lead, just before the body container, opens the body."""
    lead = "The company kept precise locations of children for five years, the authority found."
    html = (
        "<html><body><div class='story'><h1>Fine</h1>"
        f"<p class='article-lead'>{lead}</p><div class='article-body'><p>{SENTENCE * 4}</p><p>{SENTENCE * 3}</p>"
        "</div></div><div class='teaser'><p class='lead'><a href='/x'>Another story with a long linked "
        "headline that is no lead of this article</a></p></div></body></html>"
    )
    texts = [block.text for block in parse_html(html).blocks]
    assert texts[0] == lead
    assert not any("Another story" in text for text in texts)


def test_picture_credits_and_rights_lines_are_dropped() -> None:
    """Credit, copyright, licence and disclaimer lines leave the body; sentences naming them stay."""
    dropped = (
        "Titelbild: Agentur Beispiel/picture-alliance",
        "The minister at the hearing. | © Example Agency/Getty Images",
        "Quelle: Landesregierung",
        "© 2022, Example News. This article is the property of Example News. Reprinting is not allowed.",
        "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.",
        "(Alle Angaben ohne Gewähr)",
        "ERSCHIENEN IN",
    )
    stays = (
        "The photo credit went to a local agency, which the regulator said had licensed the picture properly.",
        "Quelle: Die Behörde hat die Zahlen am Montag veröffentlicht. Sie zeigen einen deutlichen Anstieg.",
        "Copying the pictures without asking was not allowed either, the court found in its ruling on it.",
    )
    paragraphs = "".join(f"<p>{text}</p>" for text in (*dropped, *stays))
    html = f"<html><body><article><p>{SENTENCE * 3}</p>{paragraphs}</article></body></html>"
    texts = [block.text for block in parse_html(html).blocks]
    assert not any(credit in texts for credit in dropped)
    assert all(text in texts for text in stays)


def test_staff_line_and_bare_byline_label_are_dropped() -> None:
    """A staff line under the author's name and a lone "Von:" leave the body; a sentence about an editor stays."""
    dropped = ("Redakteur in der Wirtschaft.", "Leiterin Redaktion Leben und Gesundheit", "Von:")
    stays = (
        "Leiter der Feuerwehr ist seit Montag ein Mann aus dem Ort",
        "Redakteure der Zeitung haben gestreikt.",
    )
    paragraphs = "".join(f"<p>{text}</p>" for text in (*dropped, *stays))
    html = f"<html><body><article><p>{SENTENCE * 3}</p>{paragraphs}</article></body></html>"
    texts = [block.text for block in parse_html(html).blocks]
    assert not any(line in texts for line in dropped)
    assert all(text in texts for text in stays)


def test_repeated_caption_is_kept_once() -> None:
    """A caption that a gallery repeats appears once in the body."""
    from parsers.html import parse_html

    figure = "<figure><img src='a.jpg'><figcaption>The harbour at dawn, seen from the old pier</figcaption></figure>"
    paragraph = (
        "<p>"
        + "The council voted on the harbour plan after a long debate about costs and access. " * 3
        + "</p>"
    )
    html = f"<html><body><article><h1>Harbour plan</h1>{figure}{paragraph}{figure}{paragraph}</article></body></html>"
    captions = [block.text for block in parse_html(html).blocks if block.kind == "caption"]
    assert captions == ["The harbour at dawn, seen from the old pier"]


def test_caption_that_is_only_a_credit_is_dropped() -> None:
    """ "Photo: Name, Agency" as a whole caption is a credit, not something to read; a real caption stays."""
    from parsers.html import parse_html

    paragraph = (
        "<p>"
        + "The council voted on the harbour plan after a long debate about costs and access. " * 3
        + "</p>"
    )
    figures = (
        "<figure><img src='a.jpg'><figcaption>Photo: Ana Ruiz, Harbour Press</figcaption></figure>"
        "<figure><img src='b.jpg'><figcaption>Boats wait at the old pier before the vote</figcaption></figure>"
    )
    html = (
        f"<html><body><article><h1>Harbour plan</h1>{paragraph}{figures}{paragraph}</article></body></html>"
    )
    captions = [block.text for block in parse_html(html).blocks if block.kind == "caption"]
    assert captions == ["Boats wait at the old pier before the vote"]


def _texts(body: str) -> list[str]:
    """The body block texts of a page whose article container holds `body`."""
    return [block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks]


def test_author_bio_at_the_article_end_is_dropped() -> None:
    """A closing "Name is the founder of …" paragraph is the author's bio; the same words mid-article stay."""
    bio = "Jane Roe is the founder of a small consultancy for harbour logistics."
    texts = _texts(f"<p>{SENTENCE * 3}</p><p>{bio}</p><p>{SENTENCE * 2}</p><p>{SENTENCE}</p><p>{bio}</p>")
    assert texts.count(bio) == 1 and texts[-1] != bio


def test_channel_appeals_are_dropped() -> None:
    """Short appeals to join a channel or follow the site (Spanish, German, Polish) are not article text."""
    appeals = (
        "¿Sabías que tenemos canal de Telegram? Únete desde tu celular.",
        "Folgen Sie uns auf Instagram und Facebook!",
        "Obserwuj nas w mediach społecznościowych.",
    )
    texts = _texts(f"<p>{SENTENCE * 3}</p>" + "".join(f"<p>{line}</p>" for line in appeals))
    assert not set(appeals) & set(texts) and texts


def test_press_contact_part_ends_the_article() -> None:
    """A "Pressekontakt" line in the second half cuts the contact details and boilerplate below it."""
    tail = "<p>Pressekontakt:</p><p>Telefon: 0123 456789</p><p>About the firm: a long boilerplate text.</p>"
    texts = _texts(f"<p>{SENTENCE * 3}</p><p>{SENTENCE * 2}</p>{tail}")
    assert len(texts) == 2 and not any("Telefon" in text for text in texts)


def test_list_of_links_between_paragraphs_is_article_text() -> None:
    """A list of linked resources in the middle of the text stays; the same kind of list after the text goes."""
    resources = "".join(f'<li><a href="/course/{n}">Course number {n} on data law</a></li>' for n in range(5))
    related = "".join(f'<li><a href="/story/{n}">Another story {n}</a></li>' for n in range(5))
    body = f"<p>{SENTENCE * 3}</p><ul>{resources}</ul><p>{SENTENCE * 2}</p><ul>{related}</ul>"
    texts = [
        block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    ]
    assert "Course number 2 on data law" in texts
    assert "Another story 2" not in texts


def test_sentence_carrying_a_link_is_text() -> None:
    """A short paragraph with a link in it ("See … for more.") is prose; a paragraph of links is a menu."""
    see = 'See <a href="/streams">locked and disturbed streams</a> for more.'
    menu = '<a href="/">Home</a> · <a href="/about">About us</a> · <a href="/contact">Contact</a>'
    body = f"<p>{SENTENCE * 3}</p><p>{see}</p><p>{SENTENCE * 2}</p><p>{menu}</p>"
    texts = [
        block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    ]
    assert "See locked and disturbed streams for more." in texts
    assert not any("About us" in text for text in texts)


def test_highlighted_code_keeps_its_comments() -> None:
    """Syntax highlighting names a code comment "hljs-comment"; it is code, not a comment section."""
    code = (
        '<pre><code><span class="hljs-comment"># stage every change in the working tree before you commit it</span>\n'
        'git add --all\n<span class="token comment">// and then record it with a message</span></code></pre>'
    )
    body = f"<p>{SENTENCE * 3}</p>{code}<p>{SENTENCE * 2}</p>"
    text = "\n".join(
        block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    )
    assert "# stage every change in the working tree" in text and "// and then record it" in text


def test_legal_disclosures_are_not_the_body() -> None:
    """Long risk disclosures under a page are not its text, however long and comma-rich they are."""
    legal = (
        "All investing carries risk, including loss of principal, and past results, fees and taxes vary. " * 4
    )
    disclosures = "".join(f'<div class="richtext rich--disclaimer"><p>{legal}</p></div>' for _ in range(4))
    sections = "".join(
        f'<div class="section"><div class="box"><div class="inner"><h2>Part {n}</h2><p>{SENTENCE}</p></div></div></div>'
        for n in range(5)
    )
    page = f"<html><body><main>{sections}<div id='disclosures'>{disclosures}</div></main></body></html>"
    text = "\n".join(block.text for block in parse_html(page).blocks)
    assert "Part 3" in text and "All investing carries risk" not in text


def test_introduction_before_the_body_container_joins_it() -> None:
    """Prose just before the scored body (an introduction set in its own box) is read with it."""
    intro = f'<div class="box-a"><p>{SENTENCE * 3}</p></div>'
    main = "".join(f"<p>Step {n}. {SENTENCE * 4}</p>" for n in range(8))
    menu = '<div class="menu"><a href="/a">One</a> <a href="/b">Two</a> <a href="/c">Three</a></div>'
    page = f"<html><body><div class='layout'>{menu}{intro}<div class='steps'>{main}</div></div></body></html>"
    texts = [block.text for block in parse_html(page).blocks]
    assert texts[0] == (SENTENCE * 3).strip() and "One Two Three" not in " ".join(texts)


def test_list_of_plain_items_with_some_links_is_text() -> None:
    """A checklist whose items are mostly plain, a few with a link, is the article's text wherever it stands."""
    items = [
        "Book the venue",
        '<a href="/venues">Compare <b>three</b> venues</a> first',
        "Send the invitations",
        "Order the flowers",
    ]
    checklist = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    body = f"<p>{SENTENCE * 3}</p><h3>Twelve months before</h3>{checklist}"
    texts = [
        block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    ]
    assert "Compare three venues first" in texts


def test_bare_counters_are_dropped() -> None:
    """Lines that are only a count or a post number ("65,797", "#2") are page furniture; a sentence with numbers stays."""
    body = (
        f"<p>{SENTENCE * 3}</p><div>65,797</div><div>#2</div><div>1.2k</div><p>The fine was 65,797 euros.</p>"
    )
    texts = [
        block.text for block in parse_html(f"<html><body><article>{body}</article></body></html>").blocks
    ]
    assert not {"65,797", "#2", "1.2k"} & set(texts)
    assert "The fine was 65,797 euros." in texts


def test_dialog_over_the_page_is_not_the_body() -> None:
    """A sign-up dialog with long text loses to the page's own shorter text."""
    dialog = "<p>" + "Join our club for early news of every sale, sent weekly to your inbox. " * 4 + "</p>"
    html = (
        "<html><body><div class='page'><p>The ferry leaves the north pier at seven, and tickets are sold on board "
        "only, in cash or by card.</p></div>"
        f"<div class='club' role='alertdialog'>{dialog * 3}</div></body></html>"
    )
    texts = [block.text for block in parse_html(html).blocks]
    assert texts and texts[0].startswith("The ferry leaves")
    assert not any("Join our club" in text for text in texts)


def test_page_set_wholly_inside_a_dialog_is_still_read() -> None:
    """A page whose every word sits in a dialog (a reader view laid over nothing) keeps its text."""
    paragraph = (
        "<p>The council met on Tuesday and agreed the new budget for the libraries, with a vote of nine.</p>"
    )
    html = f"<html><body><div aria-modal='true'>{paragraph * 4}</div></body></html>"
    assert any("The council met" in block.text for block in parse_html(html).blocks)


def _answer(text: str, times: int) -> str:
    """One post of a question-and-answer thread, its text named like every other post's."""
    return f"<div class='answer'><div class='post-body'><p>{text * times}</p></div></div>"


def test_form_where_the_reader_writes_is_not_the_body() -> None:
    """An answer form's prompts (a heading, sign-up lines, small print) are left out; the thread stays."""
    form = (
        "<form class='answer-form'><h2>Your Answer</h2><textarea name='text'></textarea>"
        "<p>Sign up using your email address</p><input type='email' name='mail'>"
        "<p>By clicking Post Your Answer you agree to the terms of service.</p></form>"
    )
    first = _answer("Keep the backup on a second disk, away from the first one, and test it. ", 4)
    second = _answer("A mirror copies every mistake at once, so it is no backup of the files. ", 4)
    html = f"<html><body><div id='answers'>{first}{second}{form}</div></body></html>"
    texts = [block.text for block in parse_html(html).blocks]
    assert any(text.startswith("Keep the backup") for text in texts)
    assert not {"Your Answer", "Sign up using your email address"} & set(texts)


def test_page_set_inside_one_form_is_still_read() -> None:
    """A page built inside one page-wide form (with a search box in it) keeps its article text."""
    paragraph = (
        "<p>The council agreed the budget for the libraries on Tuesday, with a vote of nine to two.</p>"
    )
    html = (
        "<html><body><form id='page'><input type='search' name='q'>"
        f"<div class='story'>{paragraph * 4}</div></form></body></html>"
    )
    assert any("The council agreed" in block.text for block in parse_html(html).blocks)


def test_thread_stays_whole_when_one_answer_is_long() -> None:
    """A question and its answers are read together, even when one answer holds most of the words."""
    question = _answer("How should I prepare food for forty guests at a first catering event? ", 2)
    short = _answer("Check everything twice, and bring spare plates and cups for the guests. ", 3)
    long = _answer("Visit the hall the week before, and ask where the fridges and ovens are. ", 8)
    html = f"<html><body><div id='main'><div id='q'>{question}</div><div id='answers'>{short}{long}</div></div></body></html>"
    text = "\n".join(block.text for block in parse_html(html).blocks)
    assert (
        "How should I prepare food" in text and "Check everything twice" in text and "Visit the hall" in text
    )
