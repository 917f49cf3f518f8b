"""What a line of a page saved as text looks like as a title: title-like, headline-like, or a site's
name standing over the headline."""

from __future__ import annotations

import re
import unicodedata

from parsers.scripts import HANGUL_SYLLABLES
from parsers.text import vocabulary as vocab
from parsers.text.ledger import furniture_rule
from parsers.text.lines import Line

# "© 2025", "(c) 2025", "Copyright 2025" before a site's name in a footer.
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)


def words(text: str) -> int:
    """Words with letters in them."""
    return sum(1 for word in text.split() if any(char.isalpha() for char in word))


def unspaced_sentence(text: str) -> bool:
    """Whether a line holds a sentence of Chinese or Japanese, written without spaces: this many of
    their characters and a full-width full stop, question or exclamation mark ("…严重违反本版规定。").
    A headline in these scripts has no such stop, but may close on a question or exclamation mark."""
    # a question or exclamation mark closing the line is a headline's ("…收集你的位置信息和通讯录？")
    return (
        vocab.UNSPACED_SENTENCE_END.search(text.rstrip().rstrip("？！")) is not None
        and unspaced_chars(text) >= vocab.UNSPACED_SENTENCE_MIN_CHARS
    )


def unspaced_chars(text: str) -> int:
    """How many characters of a script written without spaces (Chinese, Japanese kana) a line holds."""
    return sum(1 for char in text if _unspaced(char))


def unspaced_wraps_on(text: str, following: str) -> bool:
    """Whether a Chinese or Japanese line is the first of a sentence wrapped by hand onto `following` (the
    next line, no blank between): the line ends mid-clause with no stop, and the next goes on in the same
    script to a full-width stop ("…他们认为公司没有" over "充分说明数据用途。…")."""
    if (
        unspaced_chars(text) < vocab.UNSPACED_HEADLINE_MIN_CHARS
        or not following
        or not _unspaced(following[0])
    ):
        return False
    if vocab.UNSPACED_SENTENCE_END.search(following) is None:
        return False
    last = text[-1]
    if any(_kana(char) for char in text):
        return last in vocab.UNSPACED_WRAP_PARTICLES
    return _unspaced(last)


_HANGUL = re.compile(f"[{HANGUL_SYLLABLES}]")


def hangul_wraps_on(text: str, following: str) -> bool:
    """Whether a Korean line is the first part of a sentence wrapped by hand onto `following` (the next line,
    no blank between): it ends on a particle or a connective ending that leaves the clause open, and the
    next line goes on in Hangul ("…위치 권한을 끈 이용자의" over "정보까지 광고에 활용했다.")."""
    return (
        bool(following)
        and _HANGUL.match(following) is not None
        and vocab.HANGUL_WRAP_END.search(text.rstrip()) is not None
    )


def _kana(char: str) -> bool:
    """A hiragana or katakana character: the line is Japanese."""
    return 0x3040 <= ord(char) <= 0x30FF


def _unspaced(char: str) -> bool:
    """A character of a script written without spaces: Chinese characters, hiragana, katakana."""
    point = ord(char)
    return 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or 0x3040 <= point <= 0x30FF


def is_title_like(text: str, *, header_tails: bool = True) -> bool:
    """A short line that could be a title: no paragraph, no navigation bar, no furniture, no sentence;
    with `header_tails` off, a line ending on a site header's word (`site_label_line`) may be one."""
    if len(text) > vocab.TITLE_MAX_CHARS or not 1 <= words(text) <= vocab.TITLE_MAX_WORDS:
        return False
    if unspaced_chars(text) > vocab.UNSPACED_TITLE_MAX_CHARS or unspaced_sentence(text):
        return False  # a paragraph of Chinese or Japanese, with a stop inside or none at all
    if text.endswith((".", ",", ";", ":", "。", "、", "，", "；", "：")) and not text.endswith("..."):
        return False
    if _sentence_then_more(text):
        return False
    if navigation(text) or vocab.BULLET.match(text) or vocab.BYLINE_LABEL.match(text):
        return False
    if _arabic_masthead(text) or vocab.SITE_PHONE.search(text) or vocab.SITE_LINK_TAIL.search(text):
        return False  # a site's telephone line, its logo's alt text or a link elsewhere
    if header_tails and site_label_line(text):
        return False
    return not _page_notice(text) and furniture_rule(text) is None


def site_label_line(text: str) -> bool:
    """Whether a line ends as a site's header lines do, a logo's or a link's word, or on a short line the
    office's or the section's name (SITE_HEADER_TAIL, SITE_LABEL_TAIL). A headline may end so too ("… for a
    new logo", "…、旧体制に戻る", "新しい個人情報保護マニュアル"): `header.locate_title` keeps such a line as the
    title where no headline stands under it."""
    if vocab.SITE_HEADER_TAIL.search(text):
        return True
    short = text.strip()
    return len(short) <= vocab.SITE_LABEL_MAX_CHARS and vocab.SITE_LABEL_TAIL.search(short) is not None


def _arabic_masthead(text: str) -> bool:
    """Whether a line is an Arabic news page's masthead over its headline: a weekday's date line, or an
    editor's credit naming a few words (the name) after the post."""
    if vocab.ARABIC_DATE_LINE.match(text):
        return True
    credit = vocab.ARABIC_EDITOR_CREDIT.match(text)
    return credit is not None and len(text[credit.end() :].split()) <= vocab.ARABIC_CREDIT_MAX_NAME_WORDS


def _page_notice(text: str) -> bool:
    """Whether a line is a notice about the page and nothing else ("Your browser is out-of-date!"); one
    glued to the headline ("This article is more than 1 year old Council fined …") still holds it."""
    notice = vocab.PAGE_NOTICE.match(text)
    return notice is not None and not text[notice.end() :].strip(" .!").strip()


def _sentence_then_more(text: str) -> bool:
    """Whether a line opens with a whole sentence of a paragraph's length and goes on after its stop with
    what a tagline or a teaser asks ("A weekly newsletter … that goes deep into our reporting. Browse the
    archive"): no title. The stop ends a lower-case word: "U.S." and "Inc." end no sentence. A headline's
    second part saying more of the news ("… privacy rules. Here is what happens next") keeps it a title."""
    for stop in vocab.BODY_SENTENCE_END.finditer(text):
        before = text[: stop.start()].rsplit(None, 1)
        if not before or not before[-1].isalpha() or not before[-1].islower():
            continue
        return (
            stop.end() < len(text)
            and words(text[: stop.start()]) >= vocab.BODY_MIN_WORDS
            and vocab.TAGLINE_ACTION.match(text[stop.end() :].lstrip()) is not None
        )
    return False


def is_headline_like(text: str, short_korean: bool = True, *, header_tails: bool = True) -> bool:
    """A title-like line long enough to be a headline rather than a site name or a section label: in words,
    or in Chinese and Japanese, which write a headline with no space, in characters; a Korean one in fewer,
    longer words, where `short_korean` allows it (`header_tails` as in `is_title_like`)."""
    return is_title_like(text, header_tails=header_tails) and (
        words(text) >= vocab.HEADLINE_MIN_WORDS
        or unspaced_chars(text) >= vocab.UNSPACED_HEADLINE_MIN_CHARS
        or (short_korean and _korean_headline(text))
    )


def _korean_sentence(text: str) -> bool:
    """Whether a line is a Korean sentence of running text: enough words, ending on a sentence's ending."""
    return words(text) >= vocab.HANGUL_BODY_MIN_WORDS and vocab.WIDE_LINE_END.search(text) is not None


def _korean_headline(text: str) -> bool:
    """Whether a line is a short Korean headline: three words or more, of enough Hangul syllables."""
    return (
        words(text) >= vocab.HANGUL_HEADLINE_MIN_WORDS
        and len(_HANGUL.findall(text)) >= vocab.HANGUL_HEADLINE_MIN_CHARS
    )


def reads_as_body(text: str) -> bool:
    """Whether a line is a paragraph of running text: longer than any title, or a sentence of many words.

    Navigation bars and furniture are neither ("Home | News | Contact", a cookie notice the vocabulary
    names): they stand above titles.
    """
    if furniture_rule(text) is not None:
        return False
    if unspaced_sentence(text) or _korean_sentence(text):
        return True
    if navigation(text) and not _gapped_prose(text):
        return False
    if is_title_like(text):
        return False
    if len(text) > vocab.TITLE_MAX_CHARS:
        return True
    return words(text) >= vocab.BODY_MIN_WORDS and vocab.BODY_SENTENCE_END.search(text) is not None


def short_paragraph(text: str) -> bool:
    """Whether a line too short to read as running text is still a paragraph of it: two sentences or more,
    of several words, the last ending the line ("The report describes what victims saw. The page was
    plain."). A title, a menu or furniture ("Sign in. Subscribe.") is none."""
    if words(text) < vocab.SHORT_PARAGRAPH_MIN_WORDS or len(text) > vocab.TITLE_MAX_CHARS:
        return False
    stops = vocab.BODY_SENTENCE_END.findall(text)
    return len(stops) >= 2 and text.rstrip()[-1:] in ".!?。！？" and furniture_rule(text) is None


def _gapped_prose(text: str) -> bool:
    """Whether a line with a wide gap in it is still running text: a paragraph of many words with a
    sentence's end, spaced out where a page put several spaces between its sentences ("… on websites.    An
    excellent introduction …"). A menu has neither so many words nor a sentence, and a breadcrumb its
    separator marks ("minnesota › assets › …")."""
    return (
        words(text) >= vocab.BODY_MIN_WORDS
        and vocab.BODY_SENTENCE_END.search(text) is not None
        and vocab.NAVIGATION_SEPARATOR.search(text) is None
        and not breadcrumb(text)
    )


def navigation(text: str) -> bool:
    """Whether a line is a menu or a breadcrumb: items split by separator marks, wide gaps or tabs, or a
    Chinese, Japanese or Korean menu's short items split by single spaces."""
    return (
        vocab.NAVIGATION.search(text) is not None
        or breadcrumb(text)
        or _unspaced_menu(text)
        or _korean_menu(text)
    )


def _korean_menu(text: str) -> bool:
    """Whether a line is a Korean news site's menu: short items split by spaces, at least half of them
    section names ("뉴스홈 정치 경제 사회"); "쇼핑몰 운영사 과징금 부과" is a headline of nouns."""
    items = text.split()
    if len(items) < vocab.KOREAN_MENU_MIN_ITEMS or len(text) > vocab.BREADCRUMB_MAX_CHARS:
        return False
    if any(len(item) > vocab.KOREAN_MENU_ITEM_MAX_CHARS for item in items):
        return False
    return 2 * sum(1 for item in items if item in vocab.KOREAN_SECTION_NAMES) >= len(items)


def _unspaced_menu(text: str) -> bool:
    """Whether a line is a Chinese or Japanese site menu: many short items split by spaces, most of them in
    those scripts ("首页 锦天城概况 专业领域 行业领域 专业人员 CN EN JP")."""
    items = text.split()
    if len(items) < vocab.UNSPACED_MENU_MIN_ITEMS or len(text) > vocab.BREADCRUMB_MAX_CHARS:
        return False
    unspaced = sum(1 for item in items if unspaced_chars(item) == len(item))
    return 2 * unspaced > len(items) and all(
        len(item) <= vocab.UNSPACED_MENU_ITEM_MAX_CHARS for item in items
    )


def breadcrumb(text: str) -> bool:
    """Whether a short line is a breadcrumb: short items with no sentence's stop, split by marks with any
    spaces around them ("Inicio > Actualidad > Protección de datos"). "Privacy > Profit: Regulators Push
    Back on Ad Tech" is a headline, and a paragraph saying "fines > €20 million" running text."""
    if len(text) > vocab.BREADCRUMB_MAX_CHARS:  # also keeps the split off long runs of spaces
        return False
    items = vocab.BREADCRUMB_SEPARATOR.split(text)
    if len(items) < 2:
        return _unspaced_breadcrumb(text)
    short = items[:-1] if len(items) > 2 else items
    return all(
        1 <= words(item) <= vocab.BREADCRUMB_ITEM_MAX_WORDS and not item.endswith((".", ":", "?", "!"))
        for item in short
    )


def _unspaced_breadcrumb(text: str) -> bool:
    """Whether a line of Chinese or Japanese is a breadcrumb written with no spaces: short items split by
    arrow marks ("我的位置:首頁>文章詳情"), but the last of three or more, which may be the headline."""
    if not unspaced_chars(text):
        return False
    items = vocab.UNSPACED_BREADCRUMB_SEPARATOR.split(text)
    short = items[:-1] if len(items) > 2 else items
    return len(items) >= 2 and all(
        1 <= len(item.strip()) <= vocab.UNSPACED_CRUMB_MAX_CHARS and not item.rstrip().endswith(("。", "."))
        for item in short
    )


def leads_in(text: str) -> bool:
    """Whether a line is a lead-in of running text, a clause of several words ending on a colon
    ("The app's privacy policy states:"): what stands under it continues it and is no title. A short label
    ("Breaking:") and furniture the vocabulary names are neither."""
    return (
        text.endswith(":")
        and words(text) >= vocab.LEAD_IN_MIN_WORDS
        and len(text) <= vocab.TITLE_MAX_CHARS
        and furniture_rule(text) is None
    )


def is_date_label(text: str) -> bool:
    """Whether a short line labels the date under it ("Datum uitspraak", "Publication date",
    "Publicatiedatum", "Fecha de publicación"); "Data Protection" (a capital next) and a headline's
    "Save the Date" or "Meta Sets Launch Date" (the word capitalised last, no colon) label nothing."""
    words = text.rstrip(": ").split()
    if not 1 <= len(words) <= vocab.DATE_FIELD_MAX_WORDS:
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    if len(words) == 1:
        return first in vocab.DATE_LABEL_WORDS or (
            first.endswith(vocab.DATE_LABEL_SUFFIX) and first.isalpha()
        )
    # last: "Publication date", "Release Date:"; a headline's "Save the Date" has neither shape
    label_last = last in vocab.DATE_LABEL_WORDS and (words[-1].islower() or text.rstrip().endswith(":"))
    return (first in vocab.DATE_LABEL_WORDS and words[1][:1].islower()) or label_last


def folded(text: str) -> str:
    """Text compared loosely: case folded, every run of whitespace one space."""
    return " ".join(text.split()).casefold()


def site_name_over_headline(lines: list[Line], index: int, page: list[Line]) -> bool:
    """Whether the line at `index` is a site's name right over the headline, with no blank line between:
    a few capitalised words ("The Harbour Ledger Weekly News") over a longer headline in sentence case.

    A headline in title case under it is left as it was. A short title-case headline over a standfirst in
    sentence case ("Council Approves New Budget" over "City leaders back …") has the same shape, and case
    alone cannot tell the two apart: the line is a name only with evidence, a masthead's last word
    ("News", "Herald") over a line that reads as a headline, not as a standfirst (`_reads_as_prose`:
    "Saving Local News" over "A columnist asks where …" is a headline), or the line again further down
    the `page` where a site's name stands (`_named_again`). A line with a figure or a currency sign
    ("Meta Fined €1.2bn") is news, not a name.
    """
    if index + 1 >= len(lines) or lines[index + 1].number != lines[index].number + 1:
        return False
    upper, lower = lines[index].text.split(), lines[index + 1].text
    return (
        len(upper) <= vocab.SITE_NAME_MAX_WORDS
        and _capitalised(upper)
        and not _tells_news(lines[index].text)
        and is_headline_like(lower)
        and not _capitalised(lower.split())
        and len(lower.split()) > len(upper)
        and ((_masthead_word(upper[-1]) and not _reads_as_prose(lower)) or _named_again(page, index))
    )


def _reads_as_prose(text: str) -> bool:
    """Whether a line under a headline-like line reads as its standfirst: running prose keeps the articles
    ("a", "an", "the") that English headlines leave out ("Port authority fined over leaked scans")."""
    return any(word.strip(".,:;!?'’\"“”()").casefold() in vocab.ARTICLES for word in text.split())


def _masthead_word(word: str) -> bool:
    """Whether `word` ends a site's name as mastheads do ("News", "Herald", "Journal")."""
    return word.strip(".,:;!?'’\"").casefold() in vocab.MASTHEAD_WORDS


def _named_again(page: list[Line], index: int) -> bool:
    """Whether the line at `index` stands again below the headline as a site's name does: after a
    copyright mark, or alone in a footer, among short links ("About us", "Contact") and furniture.

    Alone among other headlines ("More from this section"), over its standfirst or beside running text,
    the line is a headline shown again (a teaser, a repeat), not a name.
    """
    name = folded(page[index].text)
    for at in range(index + 2, len(page)):
        text = folded(page[at].text)
        found = text.find(name)
        if found > 0 and _COPYRIGHT.search(text, 0, found) is not None:
            return True
        if text == name and not any(_is_text_line(page, near) for near in (at - 1, at + 1)):
            return True
    return False


def _is_text_line(page: list[Line], index: int) -> bool:
    """Whether the line at `index` (if any) is text of a page rather than a footer's: a headline, a
    standfirst or a paragraph, of a headline's length at least, and no furniture."""
    if not 0 <= index < len(page):
        return False
    text = page[index].text
    return words(text) >= vocab.HEADLINE_MIN_WORDS and furniture_rule(text) is None


def _capitalised(words: list[str]) -> bool:
    """Whether every word that starts with a letter starts with a capital."""
    return all(word[:1].isupper() or not word[:1].isalpha() for word in words)


def _tells_news(text: str) -> bool:
    """Whether a short capitalised line carries a figure or a currency sign, as headlines do and names rarely."""
    return any(char.isdigit() or unicodedata.category(char) == "Sc" for char in text)
