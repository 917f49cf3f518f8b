"""Lines of real page openings over the headline that were read as the title: a breadcrumb with arrows,
a notice that the browser is old, a tagline of a whole sentence and more. Every row is text written for
the test."""

from __future__ import annotations

import pytest
from tests_support import lost_words, word_counts

from parsers import parse_text
from parsers.text import vocabulary

_BODY = (
    "Last week a reader asked whether the council may publish the names of people who comment on its "
    "planning notices, and the answer turned out to be longer than either of us expected.\n\n"
    "The council's own guidance says names stay visible for a year, after which they are removed.\n"
)


# Breadcrumbs with arrows, ASCII or not: navigation, never the title.
ARROW_CRUMBS = [
    "当前位置: 首页 -> 学术资源 -> 部门行政法学 -> 正文",
    "You are here: Home → Insights → Data Protection",
]


@pytest.mark.parametrize("crumb", ARROW_CRUMBS)
def test_an_arrow_breadcrumb_is_no_title(crumb: str) -> None:
    page = f"{crumb}\n\n{_BODY}"
    assert parse_text(page).metadata.title != crumb


def test_a_headline_with_an_arrow_is_still_the_title() -> None:
    page = f"Privacy -> Profit: Regulators Push Back on Ad Tech\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Privacy -> Profit: Regulators Push Back on Ad Tech"


# A notice that the browser is old, over the headline: the headline is the title, the notice stays.
BROWSER_NOTICES = [
    "Your browser is out-of-date!",
    "Your browser is not supported!",
    "Please update your browser now",
    # an archive notice over a former government's page: the page's status, no headline
    "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government",
]


@pytest.mark.parametrize("notice", BROWSER_NOTICES)
def test_a_browser_notice_is_no_title(notice: str) -> None:
    page = f"{notice}\n\nCouncil Fined Over Published Objectors' Names\n\n{_BODY}"
    article = parse_text(page)
    assert article.metadata.title == "Council Fined Over Published Objectors' Names"
    assert not lost_words(page, article)


def test_a_headline_about_a_former_governments_pages_is_still_the_title() -> None:
    title = "This Was Published Under the Old Government, and Now It Is Gone"
    assert parse_text(f"{title}\n\n{_BODY}").metadata.title == title


def test_a_headline_about_old_browsers_is_still_the_title() -> None:
    page = f"Your Browser Is Out of Date, and That Is a Privacy Risk\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Your Browser Is Out of Date, and That Is a Privacy Risk"


# A tagline: a whole sentence of a paragraph's length, then more words after its stop.
def test_a_tagline_with_a_sentence_and_more_is_no_title() -> None:
    tagline = (
        "A weekly letter, sent every Sunday morning, that looks closely at the rulings and fines we cover "
        "and at the people behind them. See all issues"
    )
    page = f"{tagline}\n\n{_BODY}"
    article = parse_text(page)
    assert article.metadata.title != tagline
    assert not lost_words(page, article)


SHORT_SENTENCE_TITLES = [
    "Meta fined €1.2bn. What it means for you",
    "Regulators fine the U.S. Postal Service unit over tracking pixels on its forms",
]


@pytest.mark.parametrize("title", SHORT_SENTENCE_TITLES)
def test_a_headline_with_a_short_sentence_or_an_abbreviation_is_still_the_title(title: str) -> None:
    assert parse_text(f"{title}\n\n{_BODY}").metadata.title == title


def test_a_browser_notice_of_two_sentences_is_no_title() -> None:
    page = (
        "Your browser is out-of-date!\n\n"
        "Update your browser to view this website correctly. Update my browser now\n\n"
        f"Council Fined Over Published Objectors' Names\n\n{_BODY}"
    )
    assert parse_text(page).metadata.title == "Council Fined Over Published Objectors' Names"


# A site's call printed once over the headline, which the page prints twice (over its reading time).
TAGLINES_OVER_A_REPEATED_HEADLINE = [
    ("Find your lawyer for data protection today!", "Data protection: what no shop owner should miss"),
    ("Trouvez votre avocat en droit du numérique !", "RGPD : ce que chaque commerçant doit savoir"),
]


@pytest.mark.parametrize(("tagline", "headline"), TAGLINES_OVER_A_REPEATED_HEADLINE)
def test_a_line_printed_once_over_a_headline_printed_twice_is_no_title(tagline: str, headline: str) -> None:
    page = f"{tagline}\n\n{headline}\n\n  • 12 min read\n{headline}\n\n{_BODY}"
    article = parse_text(page)
    assert article.metadata.title == headline
    assert not lost_words(page, article) & word_counts(tagline)


def test_a_headline_over_a_firm_printed_twice_stays_the_title() -> None:
    page = (
        "Privacy Enforcement: State Regulators Flex Their Muscles\n\n"
        f"Harbour Lane Morrow & Finch\nContact\n\nHarbour Lane Morrow & Finch\n\n{_BODY}"
    )
    assert parse_text(page).metadata.title == "Privacy Enforcement: State Regulators Flex Their Muscles"


def test_a_kicker_over_subheads_printed_twice_with_no_blank_stays_the_title() -> None:
    page = (
        "세 공공기관에 과징금 부과 결정\n"
        "안전조치 의무 위반으로 개인정보 만여건 유출\n"
        "직원 대상 개인정보보호 교육 강화 권고\n"
        "안전조치 의무 위반으로 개인정보 만여건 유출\n"
        "직원 대상 개인정보보호 교육 강화 권고\n"
        "개인정보보호위원회는 8일 전체회의를 열고 세 공공기관에 과징금과 과태료를 부과하고, 담당자 교육 등 "
        "보호 실태 개선을 권고했다.\n"
    )
    assert parse_text(page).metadata.title == "세 공공기관에 과징금 부과 결정"


def test_a_headline_printed_twice_itself_stays_the_title() -> None:
    page = (
        "Council Fined Over Published Objectors' Names\n\n  • 3 min read\n"
        f"Council Fined Over Published Objectors' Names\n\nA note from the editors on this story\n\n{_BODY}"
    )
    assert parse_text(page).metadata.title == "Council Fined Over Published Objectors' Names"


# A wiki's source line in other languages, under the page's name: the name is the title, not the line.
WIKI_SOURCES = [
    "Aus Wikipedia, der freien Enzyklopädie",
    "De Wikipedia, la enciclopedia libre",
    "Origem: Wikipédia, a enciclopédia livre.",
    "Z Wikipedii, wolnej encyklopedii",
    "Vikipedi, özgür ansiklopedi",
    "מתוך ויקיטקסט, מאגר הטקסטים החופשי",
    "من ويكيبيديا، الموسوعة الحرة",
    "维基百科，自由的百科全书",
    "위키백과, 우리 모두의 백과사전.",
]


@pytest.mark.parametrize("source", WIKI_SOURCES)
def test_the_name_over_a_wikis_source_line_in_any_language_is_the_title(source: str) -> None:
    page = f"Datenpanne/Fälle 13\n\n{source}\n\n{_BODY}"
    article = parse_text(page)
    assert article.metadata.title == "Datenpanne/Fälle 13"
    assert not lost_words(page, article)


@pytest.mark.parametrize(
    "line",
    [
        "Aus Wikipedia wissen wir, dass Bußgelder steigen",
        "De Wikipedia, la enciclopedia libre, copiamos todo el texto para este informe sobre multas",
    ],
)
def test_a_sentence_naming_a_wiki_is_no_source_line(line: str) -> None:
    assert vocabulary.WIKI_SOURCE.match(line) is None or len(line.split()) > vocabulary.DATE_LABEL_MAX_WORDS


# A board's controls over the topic: a link back to the site and a login form's fields are furniture.
BOARD_CONTROLS = [
    "Back to Main Site",
    "Back to the homepage",
    "Username: Password: Remember me",
    "E-mail: Password: Remember me",
]


@pytest.mark.parametrize("control", BOARD_CONTROLS)
def test_a_boards_control_line_is_no_title(control: str) -> None:
    page = f"{control}\n\nForum Guidelines, Read this second\n\nPosted: Sep 30 2007, 10:40 PM\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Forum Guidelines, Read this second"


def test_a_headline_about_a_login_form_is_still_the_title() -> None:
    page = f"Username and Password: Why Regulators Want Them Gone\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Username and Password: Why Regulators Want Them Gone"


# The same lines between two paragraphs of the running text are what the text quotes (a phishing page's
# form, its forged link): they stay, in a paragraph of their own or inside one.
QUOTED_CONTROLS = [
    ("The report describes what victims saw. The fake page was plain.\n\n", "\n\n"),
    ("The fake page looked ordinary, the report says. It showed two fields and a box:\n", "\n"),
    ("Die Seite bestand nur aus zwei Feldern. Mehr brauchte es nicht.\n\n", "\n\n"),
]


@pytest.mark.parametrize("control", [*BOARD_CONTROLS, "E-mail: Password:"])
@pytest.mark.parametrize(("above", "gap"), QUOTED_CONTROLS)
def test_a_control_line_quoted_between_paragraphs_stays(control: str, above: str, gap: str) -> None:
    page = (
        f"Phishing Kits Now Copy Login Pages\n\nBy Mara Lindqvist\n\n{above}{control}{gap}"
        "That was all it took for four thousand staff to hand over their details, the report says.\n"
    )
    assert any(control in block.text for block in parse_text(page).blocks)


@pytest.mark.parametrize("control", BOARD_CONTROLS)
def test_a_control_line_under_the_running_text_is_still_dropped(control: str) -> None:
    page = f"Phishing Kits Now Copy Login Pages\n\n{_BODY}\n{control}\n"
    assert not any(control in block.text for block in parse_text(page).blocks)


@pytest.mark.parametrize("above", ["Sign in. Subscribe.", "Fines Rise. Regulators Act."])
def test_a_short_line_of_two_sentences_opens_no_running_text(above: str) -> None:
    page = f"{above}\n\nBack to Main Site\n\nForum Guidelines, Read this second\n\n{_BODY}"
    assert not any("Main Site" in block.text for block in parse_text(page).blocks)


# A headline of a whole sentence and a second part saying more of the news is the title, over its byline.
LONG_HEADLINES = [
    "The regulator fined the company four hundred million euros for breaching children's privacy rules. "
    "Here is what happens next",
    "The data authority ordered the airline to delete every passenger scan it kept after boarding ended. "
    "What travellers can do now",
]


@pytest.mark.parametrize("headline", LONG_HEADLINES)
def test_a_long_headline_of_a_sentence_and_more_is_the_title(headline: str) -> None:
    page = f"{headline}\n\nBy Lena Ortiz\n\n{_BODY}"
    article = parse_text(page)
    assert article.metadata.title == headline
    assert article.metadata.authors == ("Lena Ortiz",)


# A tagline's second part asks the reader to act: no title, in English or in the languages of our pages.
TAGLINES = [
    "A weekly letter from our newsroom that looks closely at the rulings and fines we cover each week. "
    "Subscribe for free",
    "Ein wöchentlicher Brief aus unserer Redaktion, der die Urteile und Bußgelder der Woche genau erklärt. "
    "Jetzt abonnieren",
]


@pytest.mark.parametrize("tagline", TAGLINES)
def test_a_taglines_call_to_act_makes_it_no_title(tagline: str) -> None:
    page = f"{tagline}\n\nFines Rise Across Europe\n\nBy Lena Ortiz\n\n{_BODY}"
    assert parse_text(page).metadata.title == "Fines Rise Across Europe"


# A wiki's source line quoted under a paragraph of running text marks no header: the title stays the
# headline at the top, not the short line over the quoted source line.
QUOTED_SOURCES = ["Aus Wikipedia, der freien Enzyklopädie", "From Wikipedia, the free encyclopedia"]


@pytest.mark.parametrize("source", QUOTED_SOURCES)
def test_a_wiki_source_line_under_the_running_text_moves_no_title(source: str) -> None:
    page = (
        "How Wikis Describe Privacy Law\n\n"
        "We compared the entries in several languages for this piece. Each one opens the same way.\n\n"
        f"German Entry\n{source}\n\n"
        "The German entry is the longest of them, with many references to court rulings.\n"
    )
    article = parse_text(page)
    assert article.metadata.title == "How Wikis Describe Privacy Law"
    assert any(block.text.startswith("German Entry") for block in article.blocks)
