"""A site's cookie banner goes; an article or a comment quoting the banner's statement keeps every word."""

from __future__ import annotations

import pytest

from parsers import parse_text
from parsers.text import read_text

TITLE = "Watchdog fines a travel portal over tracking"
OPENING = (
    "The data protection authority fined the portal on Tuesday after a year-long inquiry into its pages."
)
CLOSING = "The portal said on Wednesday that it would appeal against the whole decision in court."

# Sentences that open with a site's cookie statement and go on as reported speech: running text.
QUOTED = [
    "Diese Seite verwendet Cookies, um Leser über alle ihre Geräte hinweg wiederzuerkennen, hieß es in dem Hinweis.",
    "Wir nutzen Cookies, um unsere Inhalte zu verbessern, erklärte eine Sprecherin des Portals am Donnerstag.",
    "Ce site utilise des cookies pour compter les visites, indiquait le bandeau, sans aucun bouton pour refuser.",
    "Esta web utiliza cookies de terceros sin pedir permiso, señala la resolución de la agencia.",
    "Deze website gebruikt cookies om lezers te volgen, meldde de pagina, en weigeren kon niet.",
    "Questo sito utilizza cookie di profilazione senza chiedere il consenso, si leggeva nel banner del portale.",
    "Este site utiliza cookies para seguir os leitores, dizia o aviso, que não oferecia recusa.",
    "We use cookies to improve your experience, the notice said, but it never offered a way to say no.",
    "This website uses cookies to follow readers around, the complaint says, quoting the portal's own banner.",
]

# A site's own banner, as pages print it.
BANNERS = [
    "Diese Seite verwendet Cookies. Durch die Nutzung unserer Seite stimmen Sie der Verwendung zu. Mehr erfahren",
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
    "We use cookies to improve your experience.",
    "Ce site utilise des cookies pour améliorer votre navigation. En savoir plus",
    "Esta web utiliza cookies propias. Al continuar navegando acepta su uso.",
    "Deze website gebruikt cookies. Door verder te surfen ga je akkoord.",
    "Questo sito utilizza cookie tecnici. Continuando la navigazione accetti il loro utilizzo.",
    "Questo sito utilizza cookie per migliorare la tua esperienza.",
    "Este site utiliza cookies para melhorar a sua experiência. Saiba mais",
    "Este site usa cookies para personalizar conteúdo.",
]


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _kept(text: str) -> str:
    article = parse_text(text)
    blocks = [block.text for block in article.blocks]
    comments = [comment.text or "" for comment in article.comments]
    return "\n".join([article.metadata.title or "", *blocks, *comments])


@pytest.mark.parametrize("sentence", QUOTED)
def test_a_quoted_cookie_statement_stays_amid_the_text_and_as_its_last_paragraph(sentence: str) -> None:
    """The quoting sentence is the article's text wherever it stands in the body, last paragraph included."""
    assert sentence in _kept(_page(TITLE, OPENING, sentence, CLOSING))
    assert sentence in _kept(_page(TITLE, OPENING, sentence))


@pytest.mark.parametrize("banner", BANNERS)
def test_a_banner_above_the_title_or_under_the_text_goes(banner: str) -> None:
    """A banner at the top of the page or under its last paragraph is furniture, and the title is found."""
    for page in (_page(banner, TITLE, OPENING, CLOSING), _page(TITLE, OPENING, CLOSING, banner)):
        reading = read_text(page)
        assert banner not in _kept(page)
        assert reading.article.metadata.title == TITLE
        assert [fate.name for fate in reading.ledger.values() if fate.kind == "furniture"] in (
            ["cookie-banner"],
            ["cookie-notice"],
        )


def test_a_lone_cookie_statement_between_paragraphs_is_quoted_and_stays() -> None:
    """One sentence of a banner between two paragraphs is what the article quotes."""
    statement = "We use cookies to improve your experience."
    assert statement in _kept(_page(TITLE, OPENING, statement, CLOSING))


# A banner's statement and its next words, quoted amid the article and then commented on.
QUOTED_BANNERS = [
    "We use cookies to make this site better. By staying on it you agree — the whole banner, no more, and the regulator called that no consent.",
    "Diese Website verwendet Cookies. Durch den Besuch stimmen Sie zu – mehr sagte der Hinweis nicht, kritisierte die Aufsicht.",
    "Ce site utilise des cookies. En naviguant, vous acceptez leur dépôt : c'est tout ce que lisaient les visiteurs, selon la décision.",
    "This website uses cookies. Got it was the one button offered, the regulator wrote, with nothing to refuse.",
]


@pytest.mark.parametrize("sentence", QUOTED_BANNERS)
def test_a_quoted_banner_amid_the_text_stays(sentence: str) -> None:
    """Between two paragraphs a banner is quoted: the paragraph keeps every word."""
    assert sentence in _kept(_page(TITLE, OPENING, sentence, CLOSING))


def test_an_aside_after_a_banner_keeps_it_at_the_edges_too() -> None:
    """The writer's words after a dash or a colon make the line text even as the last paragraph."""
    for sentence in QUOTED_BANNERS[:3]:
        assert sentence in _kept(_page(TITLE, OPENING, CLOSING, sentence))


def test_a_comment_quoting_a_banner_keeps_its_text_and_its_header() -> None:
    """In a comment the statement and what follows it are the commenter's words; the next comment's
    header is still read."""
    quote = "Wir verwenden Cookies, um Sie zu verfolgen. That is every word the banner gave me."
    page = (
        f"{TITLE}\n\nBy Ann Lee\n\n{OPENING}\n\nComments\n\nquietfern\nMarch 4, 2025 at 9:40 am\n{quote}\n\n"
        "dustyowl\nMarch 4, 2025 at 9:55 am\nMine said the same, with no button to refuse.\n"
    )
    comments = parse_text(page).comments
    assert [comment.author for comment in comments] == ["quietfern", "dustyowl"]
    assert comments[0].text == quote
