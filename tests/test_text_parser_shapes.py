"""The plain-text parser on the shapes of real page openings: titles, site headers, bylines, furniture."""

from __future__ import annotations

from datetime import date

import pytest
from tests_support import unit_offsets_hold

from parsers import parse_text
from parsers.text import read_text
from parsers.text.furniture_rules import FURNITURE_RULES
from parsers.text.ledger import furniture_rule
from parsers.text.vocabulary import TITLE_MAX_WORDS

BODY = "The regulator fined the company €5 million under the GDPR, it said on Monday.\n"


def _blocks(text: str) -> list[str]:
    return [block.text for block in parse_text(text).blocks]


def test_a_long_run_of_spaces_after_a_copyright_mark_is_read_at_once() -> None:
    """ "(c)" then thousands of spaces: the copyright rule must not try every split of the run."""
    page = "A title of the page\n\n" + "(c)" + " " * 20_000 + "x\n\nThe body goes on here.\n"
    assert parse_text(page).blocks[-1].text == "The body goes on here."


def test_a_page_opening_with_a_paragraph_has_no_title() -> None:
    """Text whose first line is a paragraph gets no title, and the paragraph is the first block."""
    first = "The data protection authority has fined a retailer after its loyalty app shared shoppers' locations with advertisers for two years."
    article = parse_text(f"{first}\n\n{BODY}")
    assert article.metadata.title is None
    assert [block.text for block in article.blocks] == [first, BODY.strip()]


@pytest.mark.parametrize(
    "lead",
    ["Brightpath's updated privacy policy now states:", "Section 9 of the new user agreement reads:"],
)
def test_a_quotation_under_a_lead_in_is_no_title(lead: str) -> None:
    """A page opening on a lead-in ending with a colon: the quotation under it continues the sentence and
    stays a block in its place, not the title."""
    quote = "“We may keep your uploads for as long as your account stays open.”"
    after = "A spokesperson said the wording had not changed in substance."
    article = parse_text(f"{lead}\n\n{quote}\n\n{after}\n")
    assert article.metadata.title is None
    assert _blocks(f"{lead}\n\n{quote}\n\n{after}\n") == [lead, quote, after]


def test_a_short_label_with_a_colon_stays_above_its_headline() -> None:
    """A two-word kicker ending on a colon is no lead-in: the headline under it is still the title."""
    article = parse_text(f"Breaking news:\n\nRegulator fines shopping app over location data\n\n{BODY}")
    assert article.metadata.title == "Regulator fines shopping app over location data"


def test_a_sentence_length_line_above_a_byline_is_not_a_title() -> None:
    """A line longer than the title limit above a byline stays a block; the byline is still read."""
    long_line = " ".join(["word"] * (TITLE_MAX_WORDS + 1))
    article = parse_text(f"{long_line}\n\nBy Ann Lee | 4 March 2024\n\n{BODY}")
    assert article.metadata.title is None
    assert article.metadata.authors == ("Ann Lee",)
    assert _blocks(f"{long_line}\n\nBy Ann Lee | 4 March 2024\n\n{BODY}")[0] == long_line


def test_site_header_breadcrumb_and_kicker_above_the_title_stay_in_order() -> None:
    """Lines above the title that no furniture rule names are blocks, in reading order, before the body."""
    page = (
        "Privacy Daily\nNews | Guides | Podcasts\n\nHome > Enforcement > Europe\n\nData protection\n\n"
        f"Watchdog fines chat app over stored voice notes\n\nBy Ann Lee | 4 March 2024\n\n{BODY}"
    )
    article = parse_text(page)
    assert article.metadata.title == "Watchdog fines chat app over stored voice notes"
    assert [block.text for block in article.blocks] == [
        "Privacy Daily",
        "News | Guides | Podcasts",
        "Home > Enforcement > Europe",
        "Data protection",
        BODY.strip(),
    ]
    assert unit_offsets_hold(article, page)


def test_a_headline_printed_twice_keeps_both() -> None:
    """A headline that repeats is the title once and a heading block the second time."""
    headline = "Watchdog fines chat app over stored voice notes"
    article = parse_text(f"{headline}\n\n{headline}\n\nBy Ann Lee | 4 March 2024\n\n{BODY}")
    assert article.metadata.title == headline
    assert article.metadata.description is None
    assert [(block.kind, block.text) for block in article.blocks][:1] == [("heading", headline)]


def test_a_repeated_heading_in_the_body_stays() -> None:
    """A heading printed again (an image's alt text) is kept each time."""
    page = f"Watchdog fines chat app\n\nBy Ann Lee\n\n{BODY}\nWhat the law says\n\n{BODY}\nWhat the law says\nA caption under the image\n"
    assert _blocks(page).count("What the law says") == 2


def test_a_standfirst_between_title_and_byline_is_the_description() -> None:
    """A headline-like line between the title and the byline is the description unit."""
    page = f"Watchdog fines chat app over voice notes\n\nThe regulator says recordings were kept for years\n\nBy Ann Lee\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.description == "The regulator says recordings were kept for years"
    assert [unit.kind for unit in article.units()][:3] == ["title", "description", "block"]


@pytest.mark.parametrize(
    ("byline", "authors", "published", "updated"),
    [
        ("By Ann Lee and Bo Chen | Updated March 4, 2024", ("Ann Lee", "Bo Chen"), None, date(2024, 3, 4)),
        ("Posted by Ann Lee on 4 March 2024", ("Ann Lee",), date(2024, 3, 4), None),
        ("By Jane Doe, Staff Writer | 4 March 2024", ("Jane Doe",), date(2024, 3, 4), None),
        ("Posted on 20.12.2024 by Lukas Meier", ("Lukas Meier",), date(2024, 12, 20), None),
        ("Von Katrin Albers | 12. März 2024", ("Katrin Albers",), date(2024, 3, 12), None),
        ("Par Hélène Garnier", ("Hélène Garnier",), None, None),
        ("Posted on March 12, 2025 by admin · 4 Comments", ("admin",), date(2025, 3, 12), None),
        ("Posted on May 13, 2011 by Editor", ("Editor",), date(2011, 5, 13), None),
        ("Submitted by Oona Beck on March 1, 2006", ("Oona Beck",), date(2006, 3, 1), None),
    ],
)
def test_byline_variants_become_metadata(
    byline: str, authors: tuple[str, ...], published: date | None, updated: date | None
) -> None:
    """Each byline shape gives its authors and dates, and leaves the text."""
    page = f"Watchdog fines chat app over voice notes\n\n{byline}\n\n{BODY}"
    reading = read_text(page)
    meta = reading.article.metadata
    assert (meta.authors, meta.published, meta.updated) == (authors, published, updated)
    assert reading.ledger[2].kind == "metadata"
    assert _blocks(page) == [BODY.strip()]


def test_a_byline_with_more_than_a_date_gives_names_and_stays() -> None:
    """ "By NAME | 5 min read": the name is read, and the line stays in the text since it says more."""
    page = f"Watchdog fines chat app over voice notes\n\nBy Ann Lee | 5 min read of analysis\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.authors == ("Ann Lee",)
    assert _blocks(page)[0] == "By Ann Lee | 5 min read of analysis"


@pytest.mark.parametrize(
    "line",
    [
        "318 points by wrenfield 7 hours ago | 142 comments",
        "12 points by kx_9 2 days ago | hide | past | favorite | 5 comments",
    ],
)
def test_a_submission_line_names_its_poster_and_stays(line: str) -> None:
    """A link aggregator's "N points by NAME AGE | …" line gives its poster; its age and counts stay in the text."""
    page = f"Watchdog fines chat app over voice notes (example.com)\n{line}\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title == "Watchdog fines chat app over voice notes (example.com)"
    assert article.metadata.authors == (line.split()[3],)
    assert _blocks(page)[0] == line


def test_prose_about_points_is_no_submission_line() -> None:
    """A sentence with "points by" in it names nobody."""
    line = "3 points by which the fine was cut were argued."
    page = f"Watchdog fines chat app over voice notes\n{line}\n\n{BODY}"
    assert parse_text(page).metadata.authors == ()
    assert line in _blocks(page)


def test_a_handle_over_a_date_line_is_no_title() -> None:
    """A forum's "handle / Posted DATE" under the thread's title: the title stays the headline above."""
    page = f"Why was my post removed?\n\nBoard › Help\n\nfernhill\nPosted 3 May 2022\n{BODY}"
    assert parse_text(page).metadata.title == "Why was my post removed?"


def test_numbered_items_keep_their_numbers_and_bullets_go() -> None:
    """A number is a word of its item; a bullet sign is not."""
    page = f"Watchdog fines chat app over voice notes\n\n{BODY}\n1. First duty\n2. Second duty\n\n- one point\n- another point\n"
    items = [block.text for block in parse_text(page).blocks if block.kind == "list_item"]
    assert items == ["1. First duty", "2. Second duty", "one point", "another point"]


def test_a_page_without_blank_lines_has_a_block_a_line() -> None:
    """Lines too long to be wrapped by hand are paragraphs of their own, even with no blank line between."""
    first = "The regulator said the company kept recordings of customer calls for years without telling anyone, and fined it."
    second = "The company said it would appeal the decision and that it had already changed how long it keeps recordings."
    page = f"Watchdog fines chat app over voice notes\nWhat happened\n{first}\n{second}\n"
    assert _blocks(page) == ["What happened", first, second]


def test_a_tags_line_stays() -> None:
    """A tags line names laws as often as not: it stays a block."""
    assert "Tags: GDPR, CCPA, enforcement" in _blocks(
        f"Watchdog fines chat app over voice notes\n\n{BODY}\nTags: GDPR, CCPA, enforcement\n"
    )


# Each furniture rule: lines it drops, and lines like them that it must keep.
FURNITURE_TABLE = {
    "share-label": (
        ["Share", "Share this article", "Share on:", "Artikel teilen", "Partager"],
        ["Share prices fell after the fine"],
    ),
    "share-bar": (
        ["Share: LinkedIn | Twitter | Email", "Facebook", "Share on Facebook Twitter"],
        ["Facebook was fined"],
    ),
    "share-button": (
        ["Click to share on Twitter (Opens in new window)"],
        ["Click to share data, the app said"],
    ),
    "advertisement": (["Advertisement", "- Advertisement -"], ["Advertisement rules tightened in 2024"]),
    "page-control": (
        [
            "Skip to content",
            "Menu",
            "Back to top",
            "Zum Inhalt springen Zur Navigation springen",
            "Aller au contenu",
            "Saltar al contenido principal",
            "Naar de inhoud springen",
            "דלג לתוכן",
            "לדלג לתוכן",
            "Przejdź do treści",
            "Przejdź do treści Przejdź do nawigacji",
            "İçeriğe geç",
            "Ana içeriğe atla",
            "跳到主要内容",
            "本文へスキップ",
            "본문 바로가기",
            "ここから本文です",
            "Main content starts here",
            "O conteúdo principal começa aqui.",
        ],
        [
            "Menu prices must include VAT",
            "Zum Inhalt springen die Nutzer selten",
            "Przejdź do treści decyzji, by zobaczyć wysokość kary",
            "İçeriğe geç kalan yanıtlar için ceza kesildi",
            "跳到主要内容的链接在新版页面上失效了",
            "본문 바로가기 버튼이 없는 사이트가 많다",
            "Main content starts here with the regulator's decision",
            "ここから本文ですが、その前に注意事項があります",
        ],
    ),
    "site-link": (
        ["Back to Main Site", "Back to the homepage"],
        ["Back to the main site of the breach, investigators found more"],
    ),
    "login-form": (
        ["Username: Password: Remember me", "E-mail: Password:"],
        ["Username: password reuse is how the breach began"],
    ),
    "account-links": (["Sign in | Subscribe", "Log in"], ["Log in data was exposed"]),
    "app-prompt": (
        ["Get the app", "Open in app", "打开微信,扫一扫二维码", "订阅我们的微信公众号", "关注公众号"],
        ["Get the app maker to pay", "打开微信后,用户被要求扫一扫二维码才能退款"],
    ),
    "reading-time": (
        [
            "5 min read",
            "• 0 minute read",
            "schedule 1 min de lecture",
            "Lesezeit 3 Min.",
            "12 Minuten Lesezeit",
        ],
        ["5 min read of the decision", "Lesezeit der Entscheidung: lang"],
    ),
    "image-credit": (
        ["Photo: Lena Hartmann", "Image credit: Getty Images"],
        ["Photo: The FTC says the app broke the law. It fined it."],
    ),
    "read-more": (
        [
            "Read more",
            "Continue reading →",
            "Weiterlesen",
            "Leer más »",
            "اقرأ المزيد",
            "続きを読む",
            "더 보기",
        ],
        [
            "Read more about the GDPR fine",
            "Leer más sobre la multa de la AEPD",
            "続きを読むには会員登録が必要です",
        ],
    ),
    "newsletter-prompt": (
        [
            "Subscribe to our newsletter",
            "Thanks for reading Privacy Notes! Subscribe for free to receive new posts.",
            "Sign up for our weekly briefing and never miss a ruling",
            "Subscribe to our newsletter to get the sharpest privacy reporting every week.",
            "Join our newsletter and receive a short digest of rulings",
        ],
        [
            "The newsletter said the fine was large",
            "Join their newsletter and they sell your address to a broker.",
            "Subscribe to the newsletter to get the refund form.",
            "Subscribe to the newsletter to get their tracking cookies on every page you read.",
            "Join the briefing and be ready to argue with the manager.",
            "Sign up for their newsletter and never see your inbox again",
        ],
    ),
    "newsletter-offer": (["Receive our alerts by email."], ["Receive a refund of $25"]),
    "email-box": (
        ["Enter your email address", "Alerts: type your email to subscribe"],
        [
            "Users had to enter an email to opt out of the sale of their data entirely",
            "Members must enter your email address, the form says, even for a child's account.",
            "You must enter your email address to opt out. Absurd.",
        ],
    ),
    "feedback-prompt": (
        ["Was this article helpful?", "Was this article helpful? Yes / No"],
        ["Was this fine enough?"],
    ),
    "widget-leftover": (["Like this:", "Like Loading..."], ["Like this fine, others followed"]),
    "loading-placeholder": (
        ["Cargando. Por favor, espere", "Loading, please wait...", "Chargement…", "読み込み中…", "로딩 중"],
        ["Cargando datos de clientes sin permiso, la app fue multada", "Loading your contacts is optional"],
    ),
    "wiki-redirect-note": (
        ["개인정보보호법에서 넘어옴"],
        ["이 조항은 구법에서 넘어옴에 따라 해석이 바뀌었다는 지적이 있다."],
    ),
    "copyright": (
        [
            "© 2024 Example Media. All rights reserved.",
            "Feeding the news since 1998 © 1998–2025",
            "(c) 2023 Example Media Ltd",
            "Copyright © Example Media 2019–2025",
            "Copyright Example Media, 2024.",
            "Example Media Ltd. All rights reserved.",
            "All Rights Reserved | Privacy | Terms",
            "Copyright 2024 The Regents of the Harbour Data Institute. All rights reserved.",
            "Copyright (c) 2020-2024 by Ann Lee",
        ],
        [
            'Clause 9 closes with "all rights reserved" over photos we took ourselves.',
            "They kept all rights reserved for themselves, which nobody noticed.",
            "The copyright claim was dismissed",
            "A cookie banner on a laptop screen. © Studio Lumen",
            "(c) share the balance owed with anyone in your contact list where we think it useful.",
            "Copyright strikes against small channels rose sharply after the new policy took effect.",
            "(c) 2021 amendments lifted the top fine to four per cent of a firm's turnover.",
            "Copyright 2019 is the year the studio rewrote its licence for fan art.",
            "Copyright claims doubled in 2019.",
        ],
    ),
    "attorney-advertising": (
        ["Attorney Advertising. Prior results do not guarantee a similar outcome."],
        ["Attorneys said"],
    ),
    "pagination": (["Page 2 of 3", "1 2 3 Next ›"], ["Page 2 of the order lists the fines"]),
    "post-navigation": (
        ["Previous Post: «", "Next article", "← Older posts"],
        ["Previous article: Meta fined €1.2bn"],
    ),
    "comment-actions": (
        ["Reply", "Reply · Like (3)", "12 likes"],
        ["Reply to the regulator's letter by May"],
    ),
    "comment-actions-translated": (
        ["Antworten | Zitieren | Melden", "Répondre", "Responder | Denunciar", "Citar (2)"],
        ["Antworten auf die Fragen der Leser", "Répondre aux critiques de la CNIL"],
    ),
    "comment-count": (
        ["3 Comments", "Comments (3)", "4 comments | Sort by: oldest", "5 Kommentare", "Comentários (3)"],
        ["3 thoughts on “The fine”", "Kommentare der Behörde zum Urteil"],
    ),
    "board-top-link": (
        ["Top", "Nach oben", "Haut", "Arriba"],
        ["Top fines of the year", "Top!", "Nach oben offen"],
    ),
    "comment-sort": (["Sort by: Newest", "Oldest first"], ["Sorting the data by age was illegal"]),
    "thread-expander": (
        ["Show more replies", "Load more comments", "View 12 replies", "Hide replies"],
        ["Show more replies to the regulator, the court said", "Load more data than you need"],
    ),
    "comment-service": (["Powered by Disqus"], ["Powered by data from brokers, the app tracks you"]),
    "thread-depth": (["level 1", "Level 12"], ["level 1 of the fine schedule", "Level 3 breaches cost more"]),
    "quote-expander": (
        ["Click to expand...", "Click to expand…", "Zum Erweitern klicken..."],
        ["Click to expand the table of fines", "Click to expand... the full terms"],
    ),
    "comment-form-heading": (
        ["Leave a Reply", "Join the discussion", "Post Comment"],
        ["Leave a reply to the consultation by June"],
    ),
    "comment-form-notice": (
        ["Your email address will not be published. Required fields are marked *"],
        ["Your email was published"],
    ),
    "comment-form-field": (
        ["Comment *", "Name (required)", "Website"],
        ["Name and shame, the watchdog said"],
    ),
    "comment-form-option": (
        ["Save my name, email, and website in this browser for the next time I comment."],
        ["Save money"],
    ),
    "comment-form-consent": (["Check the box to consent to your data being stored."], ["Check the settings"]),
    "comment-spam-notice": (
        ["This site uses Akismet to reduce spam."],
        ["This site uses cookies without consent, the CNIL found"],
    ),
    "comment-policy": (["Comment policy: be civil."], ["The policy was changed in May"]),
    "comment-policy-sentence": (
        ["Rudeness will not be tolerated.", "Comments are moderated and may not appear immediately."],
        [
            'Their rules say "spam will not be tolerated" and then the bots took over',
            "The policy was changed",
        ],
    ),
    "cookie-banner": (
        [
            "Diese Seite verwendet Cookies. Durch die Nutzung unserer Seite stimmen Sie dem zu.",
            "We use cookies to improve your experience. Learn more",
            "We use cookies. By using this site you agree to our Cookie Policy - Accept",
            "Wir nutzen Cookies. Mehr erfahren: Datenschutzerklärung",
            "Questo sito utilizza cookie tecnici. Continuando a navigare accetti.",
            "Este site usa cookies. Ao continuar navegando você concorda.",
        ],
        [
            "Cookies were set before consent",
            "We use cookies to improve your experience, the banner read. There was no button to refuse.",
            "Wir verwenden Cookies. Mehr stand dort nicht, sagte die Behörde.",
            # The banner's words, then the writer's own aside after a dash or a colon.
            "This site uses cookies. By browsing on you consent — or so the shop claimed until the fine.",
            "Wir nutzen Cookies. Wenn Sie weiterlesen, stimmen Sie zu – mehr bot das Portal seinen Lesern nie.",
            "Nous utilisons des cookies. En cliquant, vous acceptez : une formule que le régulateur a rejetée.",
        ],
    ),
    "cookie-button": (
        ["Accept all cookies", "Cookie settings", "Manage preferences"],
        ["Accept the ruling, the court said", "Cookie settings were hidden three screens deep"],
    ),
    "cookie-notice": (
        [
            "We use cookies to improve your experience.",
            "Ce site utilise des cookies pour améliorer votre expérience.",
            "Este sitio web utiliza cookies para mejorar la navegación.",
            "Deze website gebruikt cookies om het gebruik te analyseren.",
            "Questo sito utilizza cookie per offrirti una navigazione migliore.",
            "Este site utiliza cookies para melhorar a navegação.",
        ],
        [
            "Diese Seite verwendet Cookies, obwohl die Behörde das 2023 untersagt hat, sagt der Kläger.",
            "Este site utiliza cookies para rastrear os leitores, afirma a nota técnica da autoridade.",
            "Questo sito utilizza cookie di profilazione senza consenso, ha scritto il Garante.",
        ],
    ),
}


def test_every_furniture_rule_has_a_named_row() -> None:
    """Rule names are unique, and each has examples in the table below."""
    names = [rule.name for rule in FURNITURE_RULES]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(FURNITURE_TABLE)


@pytest.mark.parametrize("name", sorted(FURNITURE_TABLE))
def test_furniture_rule_drops_its_lines_and_keeps_prose(name: str) -> None:
    """Each rule names its own lines (in the tail at least) and no line of prose like them."""
    dropped, kept = FURNITURE_TABLE[name]
    for line in dropped:
        rule = furniture_rule(line, in_tail=True)
        assert rule is not None and rule.name == name, (line, rule)
    for line in kept:
        assert furniture_rule(line, in_tail=True) is None, line


def test_a_flattened_table_stays_one_block_a_row_a_line() -> None:
    """Rows split by pipes stay together, so each row keeps the header's words in its unit."""
    rows = [
        "State | Statute | Civil penalty per violation",
        "Utah | UCPA | Up to $7,500",
        "Texas | TDPSA | Up to $7,500",
    ]
    page = "Watchdog fines chat app over voice notes\n\n" + "\n".join(rows) + "\n"
    assert _blocks(page) == ["\n".join(rows)]


def test_a_lead_in_line_keeps_its_quote() -> None:
    """In text not wrapped by hand, a line ending in a colon and the quote under it are one paragraph."""
    lead = "The new user agreement, in its section about the works you upload and what the company may do with them, now says:"
    quote = '"You grant us a worldwide, royalty-free licence to use your drafts for model training."'
    page = f"Watchdog fines chat app over voice notes\n{lead}\n{quote}\nThat is new.\n"
    assert _blocks(page) == [f"{lead} {quote}", "That is new."]


def test_a_name_over_a_role_is_the_author_and_the_headline_the_title() -> None:
    """An author card (name, then role, then the date) under the headline: the name is the author, the
    headline stays the title, the date is read, and the role stays in the text (no metadata holds it)."""
    page = (
        "Harbour board fined for losing patient files\n\nMarta Quist\nHealth Correspondent\n\n"
        f"Published 3 March 2025\n\n{BODY}"
    )
    reading = read_text(page)
    meta = reading.article.metadata
    assert (meta.title, meta.authors) == ("Harbour board fined for losing patient files", ("Marta Quist",))
    assert meta.published is not None and meta.published.isoformat().startswith("2025-03-03")
    assert _blocks(page) == ["Health Correspondent", BODY.strip()]


def test_a_document_label_over_the_date_is_no_author_and_no_title() -> None:
    """ "Media Statement" or "Press release" over the date names what the page is: the headline under
    the date is the title, and the label stays a block."""
    headline = "Court fines trader for sharing a rival's home address online"
    for label in ("Media Statement", "Press release"):
        page = f"{label}\nDate: 9 May 2025\n\n{headline}\n\n{BODY}"
        meta = parse_text(page).metadata
        assert (meta.title, meta.authors) == (headline, ()), label
        assert label in _blocks(page)


@pytest.mark.parametrize(
    "name", ["Privacy Policy", "Cookie Policy", "Community Guidelines", "User Agreement"]
)
def test_a_documents_name_over_its_updated_line_is_the_title_and_no_author(name: str) -> None:
    """A policy page's name over "Last updated: DATE" (under the site's "Legal" label) is what the page is:
    its title, no author card; the date is the update's."""
    page = f"Legal\n\n{name}\n\nLast updated: January 15, 2025\n\n{BODY}"
    meta = parse_text(page).metadata
    assert (meta.title, meta.authors) == (name, ())
    assert meta.updated == date(2025, 1, 15)


def test_a_persons_name_over_an_updated_line_is_still_the_author() -> None:
    """A name of capitalised words over "Last updated: DATE" is still the writer's card."""
    page = f"Why the council kept the old policy\n\nMira Osei\nLast updated: January 15, 2025\n\n{BODY}"
    assert parse_text(page).metadata.authors == ("Mira Osei",)


@pytest.mark.parametrize(
    ("headline", "under"),
    [
        ("New Cookie Policy", "By Ann Lee\n4 May 2023"),  # a headline ending on a policy word
        ("Revised User Agreement", "By Ola Berg\n2 June 2024"),
        ("Stricter Community Guidelines", "By Ann Lee"),
        ("Shop rewrites its Terms and Conditions", "By Ann Lee\n4 May 2023"),  # a headline before too
    ],
)
def test_a_headline_ending_on_a_document_word_over_a_byline_is_the_title(headline: str, under: str) -> None:
    """A policy's name is the document's own only over its "Last updated" line: over a byline it ends a
    headline like any other, and the short line under the byline stays the body's."""
    page = f"{headline}\n{under}\nShort line opens the story here\n\n{BODY}"
    meta = parse_text(page).metadata
    assert meta.title == headline
    assert "Short line opens the story here" in _blocks(page)


def test_a_members_joined_line_over_a_date_names_no_author() -> None:
    """A board's member block ("Joined" over the day) at the top of a thread: "Joined" is no author."""
    page = f"Can my landlord read my smart meter data?\n\nmeter_maid\nJoined\nJun 2, 2014\n\n{BODY}"
    assert parse_text(page).metadata.authors == ()


def test_a_powered_by_line_in_the_body_stays() -> None:
    """ "Powered by Disqus" is a comment service's credit only where comments stand: in an article's
    body "Powered by coral" (a reef's food) is a line of the text."""
    page = "How the reef feeds itself\n\nThe lagoon's fish eat what the reef makes.\n\nPowered by coral\n\nThe end.\n"
    assert "Powered by coral" in _blocks(page)


@pytest.mark.parametrize(
    "top",
    ["The Ghost Writer\nJane Doe\n5 June 2025", "Ask the Analyst\n5 June 2025"],
)
def test_a_title_ending_in_a_job_word_is_no_role(top: str) -> None:
    """A role ("Staff Writer") is one only right under a name: a headline ending in a job word over the
    name or the date is the title, not a label the title is looked for under."""
    page = f"{top}\n\nA short look back\n\n{BODY}"
    assert parse_text(page).metadata.title == top.split("\n")[0]
    assert "A short look back" in _blocks(page)


def test_a_members_joined_line_is_no_title_and_its_day_no_date() -> None:
    """ "Joined" over the day a member joined, under a thread's title: neither title nor author, and the
    day is not when the article was published; both lines stay in the text."""
    page = f"Forum thread: renting in the old town\n\nJoined\nJun 2, 2014\n\n{BODY}"
    meta = parse_text(page).metadata
    assert (meta.title, meta.authors, meta.published) == ("Forum thread: renting in the old town", (), None)
    assert _blocks(page)[:2] == ["Joined", "Jun 2, 2014"]


@pytest.mark.parametrize(
    "under",
    [
        "you have a fair point there",  # a reply's first line under the opening post
        "What changes for small shops next year?",  # a heading inside the body
        "The regional authorities also took note and then",  # a cut-off last line of the excerpt
    ],
)
def test_a_short_line_under_the_first_paragraph_is_no_title(under: str) -> None:
    """Without a byline the title stands above the body: a page opening with a long paragraph gets no
    title, and a short line under that paragraph (a reply, a heading, an excerpt's cut-off end) stays
    a block in its place."""
    first = (
        "Plenty of new members keep asking why the board limits links and likes for fresh accounts, so "
        "here is the short version of how the trust levels work and why we keep them."
    )
    page = f"Board notes\n\n{first}\n\n{under}\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title is None
    assert _blocks(page) == ["Board notes", first, under, BODY.strip()]


def test_a_byline_is_no_title_even_when_it_reads_like_one() -> None:
    """ "by NAME 12 days ago" under a site's menu reads as four words of a headline: it is the poster's
    byline, so it names the poster and gives no title."""
    page = f"Example Board home | new | ask\nby quietfern 12 days ago\n\n{BODY}"
    meta = parse_text(page).metadata
    assert meta.title is None
    assert meta.authors[:1] and meta.authors[0].startswith("quietfern")


def test_the_writers_name_over_the_byline_leaves_the_title_above() -> None:
    """A writer's card ("Ines Varga" over "By Ines Varga, our data reporter.") under the headline: the
    name is not the title, the headline above it is, and every line stays."""
    headline = "Regulator warns more privacy fines are coming"
    page = f"{headline}\n\nInes Varga\nBy Ines Varga, our data reporter.\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title == headline
    assert "Ines Varga" in _blocks(page)
    assert unit_offsets_hold(article, page)


def test_a_copyright_line_above_the_running_text_stays_and_the_footer_goes() -> None:
    """A report's front matter carries its imprint ("© Office of the Harbour Data Commissioner, 2024")
    above the letter that opens it: that line is part of the document and stays a block. The same kind
    of line under the last paragraph is the page's footer, and goes."""
    imprint = "© Office of the Harbour Data Commissioner, 2024"
    footer = "© 2025 Harbour Data Office. All rights reserved."
    letter = (
        "I am pleased to present this year's report on how the Office handled complaints about the "
        "personal records that shops, clinics and councils keep."
    )
    page = (
        f"Annual report 2024\n\nOffice of the Harbour Data Commissioner\n{imprint}\n\n{letter}\n\n{footer}\n"
    )
    reading = read_text(page)
    assert any(imprint in block for block in _blocks(page))
    assert not any(footer in block for block in _blocks(page))
    assert [fate.name for fate in reading.ledger.values() if fate.kind == "furniture"] == ["copyright"]


def test_a_poster_and_a_time_counted_back_give_the_name_alone() -> None:
    """ "by NAME 12 days ago" names the poster: the name alone is the author, and as "12 days ago" is
    no date the line stays in the text."""
    page = f"Example Board home | new | ask\nby quietfern 12 days ago\n\n{BODY}"
    article = parse_text(page)
    assert (article.metadata.title, article.metadata.authors) == (None, ("quietfern",))
    assert any("by quietfern 12 days ago" in block for block in _blocks(page))
