"""Which quotations can be terms wording: a unit's and a paragraph's quotations, and the tests
that set apart a clause's words from a label, a button, a name or the writer's own sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import accumulate

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.memo import per_text
from annotations.detectors.quotes import Quote, find_quotes, marks, unclosed_opening
from annotations.detectors.tos_attribution_words import letter_words
from annotations.detectors.tos_blocks import (
    Paragraph,
    after_spaces,
    last_sentence,
    marker_end,
    runs_on,
    words,
)
from annotations.detectors.tos_consent_label import consent_label, term_of_art
from annotations.detectors.tos_document_calls import document_calls
from annotations.detectors.tos_labelled_open import labelled_opening
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_noun_case import noun_case
from annotations.detectors.tos_section_names import names_part
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern, role_phrases
from parsers.scripts import HALFWIDTH_KATAKANA, HANGUL_SYLLABLES, KATAKANA

MIN_QUOTE_WORDS = 2
# Words of a part's heading set on its own line ("Article 5 – Contenus publiés").
MAX_HEADING_LINE_WORDS = 8
# A quoted name in title case of at most this many words is a heading, a label or a feature.
MAX_LABEL_WORDS = 10
# A title-case name this short may end on the writer's full stop inside the marks: “Service Generated Data.”.
MAX_STOPPED_LABEL_WORDS = 4
# Words before a quote (or after it) where a button, an option or a heading is named.
UI_CUE_WORDS = 3
# How far back a concept of law's sentence is read for the document that says it (_document_says).
MAX_SAID_CHARS = 200
# How far before a quotation's opening mark "so-called" or a defining word is looked for ("sogenannten ", "所谓的",
# "hereinafter referred to as ").
MAX_SO_CALLED_CHARS = 24
_NORMAL = re.compile(r"[\W_]+")
# Katakana, its long-vowel mark and its middle dot only: a name or a loanword, never a clause.
_KATAKANA_NAME = re.compile(rf"[{KATAKANA}{HALFWIDTH_KATAKANA}\s]+")
# One Korean word: Hangul with no space in it ('스트리미', an app's name). Korean spaces its words, so this is a single
# word, however many syllables it has (CJK script otherwise counts a word for every two characters).
_ONE_HANGUL_WORD = re.compile(f"[{HANGUL_SYLLABLES}]+")
# Three letters in a row: a word, not a list marker such as "a)" or "ii".
_LETTERS = re.compile(r"[^\W\d_]{3,}")
# Quotations of one sentence whose source is looked for: each reads up to a thousand characters on
# either side, so a sentence of thousands of quotations ("“we may” “we may” …") took 1-2 ms for each.
# The most in one sentence of any labelled set is 4; those past this many are not terms quotes.
MAX_QUOTES_PER_SENTENCE = 24
# A line break, the end of another quotation, or a bracketed aside closed before the quotation ("X (formerly known
# as Twitter) “may collect …”": the aside names X, not the quotation), before a button's name.
_ACROSS = re.compile(r"\n|[”»\"」]\W*\s|[)\]]")
# A full stop before a space or the end, or a line break: where a clause set off after a colon ends.
_CLAUSE_STOP = re.compile(r"[.!?…](?=\s|$)|[。！？]|\n")
# Marks that open a quotation, and marks that only close one: a paragraph that closes a quotation
# running on from the one before has a closing mark before any opening one.
_OPENERS = "“„«「『"
_CLOSERS = "”»」』"
# Words a document's label before a colon may hold besides its name: a company, a numbered part.
MAX_LABEL_EXTRA = 2
# The parser's kind for a paragraph the page marks as quoted ("> " lines, a blockquote).
QUOTED_BLOCK = "quote"


def _is_label(quoted: str) -> bool:
    """A heading, a defined term, a feature or a button in title case: "Provision to Third Parties"."""
    if quoted.islower():
        return False  # no capital at all: most wording
    found = letter_words(quoted)
    small = role_phrases("title_small_word")
    significant = [word for word in found if word.casefold() not in small]
    # The writer's full stop or comma, set inside the marks as American punctuation does, may end a short name:
    # “Service Generated Data.” is a defined term at the end of the writer's sentence.
    ended = quoted.rstrip()
    if len(found) <= MAX_STOPPED_LABEL_WORDS and not role_pattern("stopped_clause_verb").search(quoted):
        # Not a title-case clause that says something: “All Sales Are Final.”, “We Never Sell Data.”
        ended = ended.removesuffix(".").removesuffix(",")
    if not significant or len(found) > MAX_LABEL_WORDS or ended.endswith((".", "!", "?", ";")):
        return False
    if len(significant) >= MIN_QUOTE_WORDS * 2 and all(word.isupper() for word in significant):
        return False  # a clause in capitals: "YOU WAIVE ANY RIGHT TO A JURY TRIAL"
    return all(word[0].isupper() for word in significant)


def _ui_named(text: str, quote: Quote) -> bool:
    """A button, an option or a heading named just before or after the quote: click "I agree"."""
    near = text[max(0, quote.open_mark - 60) : quote.open_mark]
    near = _ACROSS.split(near)[-1]  # not across a line or another quotation
    before = " ".join(near.split()[-UI_CUE_WORDS:])
    after = " ".join(text[quote.close_mark + 1 : quote.close_mark + 40].split()[:1])
    cue = role_pattern("ui_cue")
    # "The policy calls ad networks “trusted partners”": the document's own name for them, no label (tos_document_calls).
    named = (cue.search(before) and not document_calls(text, quote)) or cue.match(after)
    named = named or role_pattern("ui_noun_after").match(after)
    return bool(named) or names_part(text, quote) or _sibling_ui(text, quote)  # "the “Your Content” section"


# Between a button's name and the next one joined to it: "tap “Accept” to keep using the app, or “Not now”".
_SIBLING_GAP = re.compile(r"[”»\"](?P<gap>[^“”«»„\".!?\n]{0,50})$")
_OPENING_MARKS = '“«„"'


def _sibling_ui(text: str, quote: Quote) -> bool:
    """Whether the quotation is joined by "or" or "and" to a quotation just before it that names a button or an
    option ("tap “Accept” to keep going, or “Not now” to decide later"): another button's name, no wording."""
    start = max(0, quote.open_mark - 60)
    gap = _SIBLING_GAP.search(text, start, quote.open_mark)
    if gap is None:
        return False
    joint = gap.group("gap").split()
    if not joint or joint[-1].casefold() not in role_phrases("list_joint"):
        return False
    closing = gap.start()
    opening = max(text.rfind(mark, max(0, closing - 60), closing) for mark in _OPENING_MARKS)
    if opening < 0:
        return False
    before = _ACROSS.split(text[max(0, opening - 60) : opening])[-1]
    return role_pattern("ui_cue").search(" ".join(before.split()[-UI_CUE_WORDS:])) is not None


def wording_quotes(text: str, quotes: list[Quote]) -> Iterator[Quote]:
    """The quotations that can be terms wording (is_wording), at most MAX_QUOTES_PER_SENTENCE of one sentence."""
    # The sentences are read at the first quotation that can be wording: most paragraphs quote nothing.
    bounds: list[tuple[int, int]] | None = None
    per_sentence = Counter[int]()
    for quote in quotes:
        if not is_wording(text, quote):
            continue
        bounds = bounds if bounds is not None else sentence_bounds(text)
        sentence = sentence_at(bounds, quote.open_mark)
        per_sentence[sentence] += 1
        if per_sentence[sentence] <= MAX_QUOTES_PER_SENTENCE:
            yield quote


def is_wording(text: str, quote: Quote) -> bool:
    """Whether a quotation can be terms wording at all: two words or more, no label, no button, no
    name written in katakana alone (an app called 「ミルミル」: Japanese wording has kanji or kana particles) nor one
    Korean word ('스트리미'),
    no law's name alone, nothing in an English first person singular ("I'll", "my": terms never speak so)."""
    quoted = text[quote.start : quote.end]
    if (
        words(quoted) < MIN_QUOTE_WORDS
        or _KATAKANA_NAME.fullmatch(quoted)
        or _ONE_HANGUL_WORD.fullmatch(quoted)
    ):
        return False
    if law_name_pattern().fullmatch(quoted.strip()):
        return False  # "「개인정보 보호법」은 …": a law's name in the marks Korean and Japanese set it in, no wording
    if _so_called(text, quote):
        return False  # "いわゆる「同意疲れ」", "the so-called “privacy dashboard”": a name at arm's length
    if role_pattern("singular_voice").search(quoted):
        return False  # "the terms are like saying “I'll mow your lawn …”": someone's own words
    if consent_label(quoted) or (term_of_art(quoted) and not _document_says(text, quote)):
        return False  # "読まずに「同意する」を押してしまう", "relies on “legitimate interest”": a label, a concept of law
    # German capitals are nouns: "zur „Verbesserung von Modellen“" is wording (tos_noun_case).
    return not (_is_label(quoted) and not noun_case(text, quote)) and not _ui_named(text, quote)


def _so_called(text: str, quote: Quote) -> bool:
    """Whether "so-called", a defining word or a writer's gloss (roles so_called, writer_gloss) stands right before the
    quotation's opening mark."""
    before = text[max(0, quote.open_mark - MAX_SO_CALLED_CHARS) : quote.open_mark]
    for role in ("so_called", "writer_gloss"):
        found = role_pattern(role).finditer(before)
        if found and not before[found[-1].end() :].strip(" \t的"):
            return True
    return False


def _document_says(text: str, quote: Quote) -> bool:
    """Whether the quotation's sentence names a document with its verb right after the name ("The privacy policy lists
    “contractual necessity”", "Draftly's privacy policy says it relies on its “legitimate interests”"): what the
    document says, though the words are a concept of law; not "its privacy policy relies on “legitimate interest”"."""
    left = last_sentence(text[max(0, quote.open_mark - MAX_SAID_CHARS) : quote.open_mark])
    mentions = document_mentions(left, Page(True, None))
    if not mentions:
        return False
    verb = after_spaces(left, mentions[-1].end)
    return role_pattern("doc_verb").match(left, verb) is not None


def normal_wording(quoted: str) -> str:
    """Quoted words with case, punctuation and spacing set aside: how a repeated quotation is recognised."""
    return _NORMAL.sub(" ", quoted.casefold()).strip()


class Wordings:
    """Terms wordings, asked which is the first to hold a quotation's words (case, punctuation and
    spacing set aside). They are searched as one text, a line each (normal wording holds no line
    break), so that the search runs in C: compared one by one, a page of thousands of quotations and
    thousands of terms quotes took seconds."""

    def __init__(self, wordings: list[str]) -> None:
        normal = [normal_wording(wording) for wording in wordings]
        self.joined = "\n".join(normal)
        self.starts = list(accumulate((len(wording) + 1 for wording in normal[:-1]), initial=0))

    def first_holding(self, quoted: str) -> int | None:
        """The index of the first wording that holds `quoted`, or None."""
        wanted = normal_wording(quoted)
        at = self.joined.find(wanted) if wanted else -1
        return bisect_right(self.starts, at) - 1 if at >= 0 else None


def marked_quotation(previous: Paragraph | None, paragraph: Paragraph) -> bool | None:
    """After a paragraph the page marks as quoted ("> " lines, a blockquote): whether this one is
    quoted too (True) or steps out of the quotation (False); None when the page marks nothing."""
    if previous is None or previous.unit.block_kind != QUOTED_BLOCK:
        return None
    return paragraph.unit.block_kind == QUOTED_BLOCK


def only_quotes(paragraph: Paragraph, quotes: list[Quote]) -> bool:
    """Whether a paragraph is nothing but quotations (and list markers): set off, waiting for a source."""
    text, cursor, outside = paragraph.unit.text, paragraph.start, []
    for quote in sorted(quotes, key=lambda quote: quote.open_mark):
        outside.append(text[cursor : quote.open_mark])
        cursor = quote.close_mark + 1
    outside.append(text[cursor : paragraph.end])
    return _LETTERS.search(" ".join(outside)) is None


# What may follow an item's quotation that closes it: its stop and spaces.
_CLOSING_PUNCTUATION = " \t.;,!?"


def in_document_voice(text: str, paragraph: Paragraph, quotes: list[Quote]) -> bool:
    """Whether the words outside a paragraph's quotations speak as the document ("we", "our"): a
    clause that quotes a phrase of its own, not a writer's item about the document."""
    outside, cursor = [], paragraph.start
    for quote in quotes:
        outside.append(text[cursor : quote.open_mark])
        cursor = quote.close_mark + 1
    outside.append(text[cursor : paragraph.end])
    if (
        len(quotes) == 1
        and outside[0].rstrip().endswith((":", "："))
        and not outside[1].strip(_CLOSING_PUNCTUATION)
    ):
        return False  # "Like we saw last year, you can sign your friends up: “…”": the writer's item, led to its quotation
    return role_pattern("document_voice").search(" ".join(outside)) is not None


def quotes_wording(text: str, start: int, end: int) -> bool:
    """Whether a stretch quotes wording ("…: it says the app collects “…”": the writer's sentence),
    beyond the defined terms a clause itself puts in quotation marks ("your “Content”")."""
    return any(start <= quote.open_mark < end and is_wording(text, quote) for quote in unit_quotes(text))


def clause_end(text: str, start: int, stop: int) -> int:
    """Where a clause set off after a colon ends: its sentence's full stop (outside), or the paragraph."""
    match = _CLAUSE_STOP.search(text, start, stop)
    return match.start() if match else stop


def paragraph_quotes(paragraph: Paragraph, cut_off: bool = False) -> list[Quote]:
    """The quotations inside a paragraph, and one its first mark opens and nothing closes (or, in the
    text's last paragraph, `cut_off`, any mark nothing closes: the excerpt ends inside the quotation)."""
    text = paragraph.unit.text
    every = unit_quotes(text)
    found = [
        quote for quote in every if quote.open_mark >= paragraph.start and quote.close_mark < paragraph.end
    ]
    opening = unclosed_opening(text[: paragraph.end], marker_end(text, paragraph.start), every)
    if opening is None:  # "Dropbox: “By using our Services …": a service's clause left open under its name
        opening = labelled_opening(text, marker_end(text, paragraph.start), paragraph.end, every)
    if opening is not None:
        found.append(_trimmed(text, opening, paragraph.end))
    running = runs_on(text, paragraph, every, cut_off)
    if running is not None and running != opening:
        found.append(_trimmed(text, running, paragraph.end))
    return found


def _trimmed(text: str, open_mark: int, end: int) -> Quote:
    """A quotation that nothing closes, from its mark to `end`, without the spaces French marks keep inside."""
    start = open_mark + 1
    while start < end and text[start] in " \u00a0\u202f":
        start += 1
    return Quote(start, end, 0, open_mark, end)


@per_text
def unit_quotes(text: str) -> list[Quote]:
    """The quotations of a unit, found once for all its paragraphs; a quotation that is nothing but
    another one inside it is that one written with doubled marks (‘‘…’’), and only the inner counts."""
    found = find_quotes(text)
    marks_of = {(quote.open_mark, quote.close_mark) for quote in found}
    return [quote for quote in found if (quote.start, quote.end - 1) not in marks_of]


def is_heading_line(paragraph: Paragraph, question: bool = False, elided: bool = False) -> bool:
    """A part's heading on its own line between a lead-in and the clause under it ("Termination", "Article 5 –
    Contenus publiés", "Your recipes and our licence", "＜変更後＞"): short, ending on no punctuation, quoting
    nothing and binding no one, as a clause does ("We may sell your data"). With `question`, a heading that asks
    may end on its question mark (a policy's own "Who can see my files?"); with `elided`, an apostrophe inside a
    word is no quotation mark ("Licenza sui Contenuti concessa dall'utente")."""
    text = paragraph.text.strip()
    return (
        0 < words(text) <= MAX_HEADING_LINE_WORDS
        and "\n" not in text
        and not text.endswith((".", "!", "。", "！", ":", "：", ",", ";"))
        and (question or not text.endswith(("?", "？")))
        and not (find_quotes(text) if elided else marks().pattern.search(text))
        and role_pattern("clause_modal").search(text) is None
    )


def closing_continuation(paragraph: Paragraph) -> tuple[int, int] | None:
    """The span of a paragraph that closes a quotation the paragraph before left open (`reads: "We may …`
    then `You can opt out."`): from its start (a list marker aside) to its first closing mark, when no
    opening mark comes before that; None when it closes nothing."""
    text = paragraph.unit.text
    start = marker_end(text, paragraph.start)
    for index in range(start, paragraph.end):
        char = text[index]
        closes = index + 1 == paragraph.end or not text[index + 1].isalnum()
        if char in _OPENERS or (char == '"' and not closes):
            return None
        if char in _CLOSERS or char == '"':
            return (start, index) if words(text[start:index]) >= MIN_QUOTE_WORDS else None
    return None


def document_label(head: str, page: Page, listed: bool = False) -> Source | None:
    """The document a label before a colon is, when the label is the document's name with a numbered part and
    little more (a company): "Zoomly's terms of service, section 5", "ピクモ利用規約第5条", "누리 이용약관 제5조";
    not a writer's heading about it ("What the new terms mean for you"). A numbered clause list after the colon
    (`listed`) numbers the parts itself: "From the new terms of use: 1. We may …"."""
    sentence = head[max(head.rfind(". "), head.rfind("。"), head.rfind("\n")) + 1 :]
    mentions = document_mentions(sentence, page, named_only=True)
    if not mentions:
        return None
    first, last = mentions[0], mentions[-1]
    if words(sentence[: first.start]) > MAX_LABEL_EXTRA or words(sentence[last.end :]) > MAX_LABEL_EXTRA:
        return None
    # A numbered part says the text after the colon is that part's ("section 5", "第5条", "제5조"); a bare name
    # over a colon ("Zoomly's privacy policy: users can now …") heads a writer's summary as often.
    numbered = listed or any(char.isdigit() for char in sentence[first.start :])
    return Source(last.name) if numbered else None


def quoted_stretches(paragraph: Paragraph) -> Callable[[int], bool]:
    """Whether an offset lies inside one of the paragraph's quotations: a colon there (“Last updated: 4 May”) is the
    quotation's own, no lead-in of the writer's. Quotations sorted by their opening, with the furthest close so far."""
    quotes = sorted(paragraph_quotes(paragraph), key=lambda quote: quote.open_mark)
    opens = [quote.open_mark for quote in quotes]
    furthest = list(accumulate((quote.close_mark for quote in quotes), max))

    def inside(index: int) -> bool:
        before = bisect_left(opens, index)
        return before > 0 and furthest[before - 1] > index

    return inside
