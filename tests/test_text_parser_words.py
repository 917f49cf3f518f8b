"""Nothing lost: every word of every input line lands in the parsed article, unless a named
furniture rule dropped the line or the line was read into the metadata (a byline, a date, a
comment header). A failure names the line, the words it lost, and what the parser said of it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests_support import unit_offsets_hold

from parsers.dates import find_date
from parsers.model import Article
from parsers.sanitize import clean_text
from parsers.text import Fate, TextReading, read_text
from parsers.text.comment_headers import label_words
from parsers.text.furniture_rules import FURNITURE_BY_NAME
from parsers.text.ledger import Ledger
from parsers.text.lines import split_lines
from parsers.text.thread_words import RELATIVE_DATE_ANYWHERE

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted((FIXTURES / "text").glob("*/source.txt"))
SAMPLE = ROOT / "tui" / "sample" / "sample-article.txt"
# A metadata line may say this many words besides its names and dates: "By … and …", "said on".
META_LABEL_MAX_WORDS = 5
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _without_dates(text: str) -> str:
    """The text with its calendar dates and its relative ones ("5 hours ago") blanked."""
    while (found := find_date(text)) is not None:
        text = text[: found[1]] + " " + text[found[2] :]
    return RELATIVE_DATE_ANYWHERE.sub(" ", text)


def _kept_words(article: Article) -> Counter[str]:
    """The words of title, description, authors, blocks, comments and comment authors."""
    meta = article.metadata
    parts = [meta.title or "", meta.description or "", *meta.authors]
    parts += [block.text for block in article.blocks]
    parts += [f"{comment.author or ''} {comment.text}" for comment in article.comments]
    return Counter(_words("\n".join(parts)))


def _names(article: Article) -> set[str]:
    """The words of every name the metadata holds, and of every comment's date as its header wrote it."""
    names = [*article.metadata.authors, *(comment.author or "" for comment in article.comments)]
    names += [comment.date_text or "" for comment in article.comments]
    return set(_words(" ".join(names)))


def _fate_report(ledger: Ledger, texts: dict[int, str]) -> str:
    """Every line that is in no unit, with the rule or metadata that took it."""
    return "\n".join(
        f"  line {number}: {fate.kind} {fate.name!r}: {texts[number][:70]!r}"
        for number, fate in sorted(ledger.items())
    )


def _metadata_problems(number: int, line: str, fate: Fate, names: set[str]) -> list[str]:
    """A line (or a line's head) read into metadata may say only a few words besides names and dates; a
    comment header none but the labels the vocabulary names ("says", "Reply to", "parent | next")."""
    rest = Counter(word for word in _words(_without_dates(line)) if word not in names)
    if fate.name == "comment header":
        rest -= Counter(_words(" ".join(label_words(line))))
        limit = 0
    else:
        limit = META_LABEL_MAX_WORDS
    if sum(rest.values()) > limit:
        return [f"line {number} {line[:70]!r} was read as {fate.name}, but it says more: {sorted(rest)}"]
    return []


def lost_words(text: str, reading: TextReading | None = None) -> list[str]:
    """What the parse of `text` (or `reading` of it) loses, one readable line a problem; empty when none."""
    reading = reading or read_text(text)
    article, ledger = reading.article, reading.ledger
    texts = {line.number: line.text for line in split_lines(clean_text(text.removeprefix("\ufeff"))) if line}
    kept, names = _kept_words(article), _names(article)
    problems: list[str] = []
    wanted: Counter[str] = Counter()
    for number, line in texts.items():
        fate = ledger.get(number)
        if fate is not None and fate.kind == "metadata" and fate.head:
            # The line's head was read into metadata and its rest is in a unit: check each part.
            line, head = line[fate.head :], line[: fate.head]
            problems += _metadata_problems(number, head, fate, names)
            fate = None
        if fate is None:
            line_words = Counter(_words(line))
            wanted += line_words
            if missing := sorted(word for word in line_words if word not in kept):
                problems.append(f"line {number} {line[:70]!r} is in no unit; it lost {missing}")
        elif fate.kind == "furniture":
            rule = FURNITURE_BY_NAME.get(fate.name)
            if rule is None or not rule.pattern.match(line):
                problems.append(
                    f"line {number} {line[:70]!r} was dropped by {fate.name!r}, which does not match it"
                )
        else:
            problems += _metadata_problems(number, line, fate, names)
    if short := wanted - kept:
        problems.append(f"words kept fewer times than the input has them: {dict(short)}")
    if problems:
        problems.append("lines in no unit:\n" + _fate_report(ledger, texts))
    return problems


def _annotation_cases() -> list[tuple[str, str]]:
    cases = []
    for path in sorted((FIXTURES / "annotations").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                cases.append((f"{path.stem}/{case['id']}", case["text"]))
    return cases


TEXT_CASES = [(f"fixture/{page.parent.name}", page.read_text(encoding="utf-8")) for page in PAGES]
TEXT_CASES += [("sample", SAMPLE.read_text(encoding="utf-8")), *_annotation_cases()]


@pytest.mark.parametrize(("name", "text"), TEXT_CASES, ids=[name for name, _text in TEXT_CASES])
def test_every_text_case_keeps_its_words(name: str, text: str) -> None:
    """Our pages, the bundled sample and every labelled case lose no word outside furniture and metadata,
    and every unit maps back to the input (both checks read one parse: parsing again doubled the table's time)."""
    reading = read_text(text)
    problems = lost_words(text, reading)
    assert problems == [], "\n".join(problems)
    assert unit_offsets_hold(reading.article, text)


def test_seed_article_keeps_its_words(seed_path: Path) -> None:
    """The seed article loses no word outside furniture and metadata."""
    problems = lost_words(seed_path.read_text(encoding="utf-8"))
    assert problems == [], "\n".join(problems)


CHECKED_PAGE = (
    "A headline that is long enough\n\nBy Ann Lee | 4 March 2024\n\nThe body says a fine was paid.\n\nShare\n"
)


def test_a_lost_word_is_reported_with_its_line() -> None:
    """The check notices a line that landed nowhere and names it, with every line's fate."""
    reading = read_text(CHECKED_PAGE)
    assert lost_words(CHECKED_PAGE, reading) == []
    trimmed = TextReading(Article(reading.article.metadata), reading.ledger)
    problems = lost_words(CHECKED_PAGE, trimmed)
    assert problems[0].startswith(
        "line 4 'The body says a fine was paid.' is in no unit; it lost ['body', 'fine', 'paid', 'says', 'the', 'was']"
    )
    assert "line 6: furniture 'share-label': 'Share'" in problems[-1]


def test_a_wrong_furniture_claim_is_reported() -> None:
    """A line said to be dropped by a rule that does not match it is reported with the rule's name."""
    reading = read_text(CHECKED_PAGE)
    article = Article(reading.article.metadata)
    claimed = TextReading(article, {**reading.ledger, 4: Fate("furniture", "share-bar")})
    assert "line 4 'The body says a fine was paid.' was dropped by 'share-bar', which does not match it" in (
        lost_words(CHECKED_PAGE, claimed)
    )


def test_prose_read_as_metadata_is_reported() -> None:
    """A line of prose said to be metadata is reported with the words it would lose."""
    page = "A headline that is long enough\n\nThe agency said the company must now pay more.\n"
    reading = read_text(page)
    claimed = TextReading(Article(reading.article.metadata), {2: Fate("metadata", "byline")})
    (problem, _report) = lost_words(page, claimed)
    assert problem.startswith("line 2 'The agency said the company must now pay more.' was read as byline")


def test_a_comment_header_saying_more_than_its_labels_is_reported() -> None:
    """A comment header may leave the text with its names, its date and the labels the vocabulary names
    ("says", "Reply to"): a line said to be one that says a few words more ("Lee says it is fair") is
    reported with those words, though a byline may say as many."""
    page = "A headline that is long enough\n\nThe body says a fine was paid.\n\nLee says it is fair\n"
    reading = read_text(page)
    claimed = TextReading(reading.article, {**reading.ledger, 4: Fate("metadata", "comment header")})
    (problem, *_rest) = lost_words(page, claimed)
    assert problem.startswith("line 4 'Lee says it is fair' was read as comment header")
    assert problem.endswith("['fair', 'is', 'it', 'lee']")
    byline = TextReading(reading.article, {**reading.ledger, 4: Fate("metadata", "byline")})
    assert lost_words(page, byline) == []


# Lines of the shapes real pages have, to build pages from.
_NAMES = st.sampled_from(["Ann Lee", "Jürgen Maaß", "Priya Raman", "Li Wei", "O'Brien Kelly", "Anonymous"])
_DATES = st.sampled_from(
    [
        "4 March 2024",
        "Jun 1, 2023",
        "2023-09-15T14:05:00+01:00",
        "20.12.2024",
        "March 5, 2024 at 9:12 am",
        "5. Mai 2024",
    ]
)
_HANDLES = st.sampled_from(["prax", "u/lantern_jaw", "kestrel88", "jens_k", "meera.s"])
_AGES = st.sampled_from(
    ["5 hours ago", "1d ago", "vor 3 Stunden", "hace 2 días", "il y a 3 heures", "há 2 dias"]
)
_FURNITURE = st.sampled_from(
    [
        "Share on Facebook Twitter LinkedIn",
        "Share: LinkedIn | Email",
        "Advertisement",
        "Leave a Reply",
        "Previous Post: «",
        "3 Comments",
        "Your email address will not be published. Required fields are marked *",
        "Reply",
        "5 min read",
        "We use cookies to improve your experience. Accept all to continue.",
        "© 2024 Example Media. All rights reserved.",
        "Skip to content",
        "Kommentare",
        "Antworten | Zitieren | Melden",
        "Répondre",
        "Click to expand...",
        "level 1",
        "דלג לתוכן",
        "Przejdź do treści",
        "İçeriğe geç",
        "跳到主要内容",
        "ここから本文です",
        "打开微信,扫一扫二维码",
    ]
)
# Headlines and menus of Chinese and Japanese pages, written with no space between words.
_UNSPACED = st.sampled_from(
    [
        "网信办通报多款应用违规收集用户位置信息",
        "我的位置:首頁>文章詳情",
        "首页 事务所概况 业务领域 专业人员 新闻资讯 联系我们",
        "通販会社の顧客情報流出で個人情報保護委員会が指導",
        "该公司表示已完成整改。监管部门将继续跟进",
    ]
)
_PROSE = st.text(
    alphabet=st.characters(
        blacklist_categories=["Cs"], blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    ),
    max_size=120,
)
_WORDS = st.lists(
    st.sampled_from(
        ["fine", "GDPR", "the", "regulator", "€5m", "said", "Data", "über", "1.", "-", "by", "on", "Comments"]
    ),
    min_size=1,
    max_size=25,
).map(" ".join)
_LINE = st.one_of(
    _PROSE,
    _WORDS,
    _FURNITURE,
    _DATES,
    _NAMES,
    st.builds("By {} and {} | Updated {}".format, _NAMES, _NAMES, _DATES),
    st.builds("Posted by {} on {}".format, _NAMES, _DATES),
    st.builds("{}, Staff Writer".format, _NAMES),
    st.builds("{} said on {}".format, _NAMES, _DATES),
    st.builds("{} says:".format, _NAMES),
    st.builds("Reply to {}".format, _NAMES),
    st.builds("{} · {}".format, _HANDLES, _AGES),
    st.builds("▲ {} {} | parent | next [–]".format, _HANDLES, _AGES),
    st.builds("{} {} {}".format, _HANDLES, _AGES, _WORDS),
    st.builds("{} wrote: {}".format, _HANDLES, _WORDS),
    st.builds("Quote from: {} on {}".format, _HANDLES, _DATES),
    st.builds("Antwort an {}".format, _HANDLES),
    st.builds("{}. {}".format, st.integers(1, 12), _WORDS),
    # Board posts: a member block, an SMF post's name, subject and number, a post number over its author.
    st.builds("{}\nSenior Member\nJoined {} · Messages 1,204".format, _HANDLES, _DATES),
    st.builds("{}\nRe: {}\n« Reply #2 on: {} »".format, _HANDLES, _WORDS, _DATES),
    st.builds("Reply #{} · posted {}".format, st.integers(1, 99), _DATES),
    st.builds("{} writes...".format, _HANDLES),
    st.builds("{}\n{}".format, _HANDLES, st.sampled_from(["Jan 5", "2h", "Mar '23", "Posted 3 May 2022"])),
    st.builds("{} said:\n{}\nClick to expand...".format, _HANDLES, _WORDS),
    st.builds("{} ({}) | {} | (#{})".format, _HANDLES, st.integers(1, 99999), _AGES, st.integers(1, 10**8)),
    # A role or place after a dash in a commenter's header, a writer's credit under a title, CJK lines.
    st.builds("{} – Moderator | {}".format, _NAMES, _DATES),
    st.builds("{} — Berlin · {}".format, _NAMES, _DATES),
    st.builds("{} | {}".format, _NAMES, _DATES),
    _UNSPACED,
)
_PAGE = st.lists(
    st.tuples(st.integers(0, 6), _LINE, st.integers(0, 2)).map(
        lambda item: " " * item[0] + item[1] + "\n" * (item[2] + 1)
    ),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_no_page_loses_words(text: str) -> None:
    """On pages of every shape, no word is lost outside furniture and metadata, and offsets hold."""
    reading = read_text(text)
    problems = lost_words(text, reading)
    assert problems == [], "\n".join(problems)
    assert unit_offsets_hold(reading.article, text)
