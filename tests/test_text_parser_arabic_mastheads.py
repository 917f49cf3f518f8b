"""The masthead of an Arabic news page saved as text: the site's name, a date line opening on a weekday
and the editors' credits stand over the headline. They stay in the text, but none is the title. The
pages are our own, in the shapes of real page openings."""

from __future__ import annotations

import pytest

from parsers import parse_text

HEADLINE = "غرامات جديدة على الشركات التي تتأخر في الإبلاغ عن تسرب البيانات"
BODY = (
    "أعلنت الهيئة الوطنية لحماية البيانات أنها ستفرض غرامات مالية على الشركات التي لا تبلغ عن حوادث "
    "تسرب البيانات خلال المدة المحددة، وقالت إن القواعد الجديدة تسري اعتبارا من الشهر المقبل.\n"
)


@pytest.mark.parametrize(
    "masthead",
    [
        "بوابة المدينة\nالأربعاء 12 مارس 2025 09:15 صـ 12 رمضان 1446 هـ\nرئيس مجلس الإدارة ورئيس التحريرسامي ناصر",
        "الجمعة، 22 نوفمبر 2024 10:09 م",
        "مستشار التحرير: هالة منصور\nمدير التحرير نادر عادل",
    ],
)
def test_an_arabic_masthead_is_no_title(masthead: str) -> None:
    """The headline under the masthead is the title; the masthead's lines stay in the text."""
    page = f"{masthead}\n\n{HEADLINE}\n\n{BODY}"
    article = parse_text(page)
    assert article.metadata.title == HEADLINE
    kept = "\n".join(block.text for block in article.blocks)
    assert all(line in kept for line in masthead.split("\n"))


@pytest.mark.parametrize(
    "headline",
    [
        "الخميس الأسود في أسواق المال بعد قرار الهيئة",  # a weekday opening a headline, no date after it
        "رئيس الوزراء يعلن غرامات جديدة على الشركات",  # a head of government, not of the newsroom
    ],
)
def test_a_headline_opening_on_the_same_words_is_the_title(headline: str) -> None:
    """Only a date line or an editor's credit is masthead: a headline opening on a weekday or on رئيس stays."""
    assert parse_text(f"{headline}\n\n{BODY}").metadata.title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "الخميس 20 قتيلا في حادث سير على الطريق الصحراوي",  # a weekday and a count, no month: no date
        "رئيس التحرير يكتب: لماذا نحتاج قانونا لحماية البيانات",  # the editor is the headline's subject
        "مدير التحرير يرد على قرار الهيئة بفرض غرامة على الموقع",
    ],
)
def test_a_headline_about_a_weekday_count_or_an_editor_is_the_title(headline: str) -> None:
    """A weekday before a number that no month follows is no date line, and a post of the newsroom followed
    by more than a name is a headline: the line is the title."""
    assert parse_text(f"{headline}\n\n{BODY}").metadata.title == headline


@pytest.mark.parametrize(
    ("header", "authors", "published"),
    [
        # a writing verb, a dash and the reporter's name, under the article's date with its half of the day
        ("الجمعة، 02 مارس 2018 02:00 م\nكتبت - هدى سالم", ["هدى سالم"], "2018-03-02T14:00"),
        ("كتب: كريم عادل\n١٥ مارس ٢٠٢٤", ["كريم عادل"], "2024-03-15"),
        ("بقلم سارة يوسف الحسيني", ["سارة يوسف الحسيني"], None),
    ],
)
def test_an_arabic_byline_names_the_writer(header: str, authors: list[str], published: str | None) -> None:
    """Under the headline, an Arabic byline names the writer and the date line dates the article; the
    masthead's date of today over everything stays in the text and makes no title."""
    page = f"الأحد، 23 نوفمبر 2025 11:05 ص\n\n{HEADLINE}\n{header}\n\n{BODY}"
    article = parse_text(page)
    meta = article.metadata
    assert (meta.title, list(meta.authors)) == (HEADLINE, authors)
    assert (meta.published.isoformat()[:16] if meta.published else None) == published
    assert "الأحد، 23 نوفمبر 2025 11:05 ص" in "\n".join(block.text for block in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "كتب الوزير رسالة إلى الشركات",  # the minister wrote a letter: the verb with no mark is a sentence
        "كتبت الهيئة في بيانها أن الغرامات ستزيد العام المقبل بعد مراجعة القواعد",
    ],
)
def test_a_sentence_opening_on_a_writing_verb_is_no_byline(line: str) -> None:
    """A line opening on 'wrote' with no colon or dash after it names no one and stays in the text."""
    article = parse_text(f"{HEADLINE}\n{line}\n\n{BODY}")
    assert list(article.metadata.authors) == []
    assert line in "\n".join([article.metadata.description or "", *(block.text for block in article.blocks)])
