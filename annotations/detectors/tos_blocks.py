"""Paragraphs of an article, and the ones that are terms set off without quotation marks.

A lead-in names the document and hands over to it ("The new section reads:", "the following
sections of the agreement."); the paragraphs after it are the document's words, each its own
span, for as long as they speak in the document's voice (you, we, the user) and not the
poster's (I, my). List markers stay outside a span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from annotations.detectors.base import GLUED_STOP
from annotations.detectors.quotes import Quote, find_quotes, marks
from annotations.detectors.tos_attribution import Page, Source, document_mentions, lead
from annotations.detectors.tos_attribution_words import named_speaker_last
from annotations.detectors.tos_colon_lines import colon_line_cuts
from annotations.detectors.tos_homographs import homograph
from annotations.detectors.tos_law_voice import law_pointed, law_voiced
from annotations.detectors.tos_lead_guards import received_message, writers_reading
from annotations.detectors.tos_open_bracket import after_open_bracket
from annotations.detectors.tos_vocabulary import (
    is_cjk,
    is_unspaced,
    law_name_pattern,
    list_marker,
    role_pattern,
    role_phrases,
)
from annotations.quick_init import quick_init
from parsers.model import Unit

# The words a paragraph's subject takes at most, before its verb.
MAX_SUBJECT_WORDS = 3
# A set-off clause is at least this many words (or twice as many CJK characters).
MIN_SET_OFF_WORDS = 4
# A paragraph of at most this many words that ends without punctuation ("and also") joins what
# is around it rather than interrupting it.
MAX_CONNECTIVE_WORDS = 3
# A heading-kind unit this long is prose the parser took for a heading.
MIN_PROSE_HEADING = 80
# A lead-in is read from this much of the end of its paragraph.
MAX_LEAD_CHARS = 400
# A forum's quote header or a source line is one short line.
MAX_HEADER_CHARS = 160
# Words of a heading written after a bare label on its line ("原文:コンテンツの利用").
MAX_LABELLED_HEADING_WORDS = 8
# How far back a bare lead-in ("Quote:") looks for the document it hands over to.
MAX_BARE_REACH = 300
# Roles that name a law in a Chinese, Japanese or Korean lead-in's sentence: "条例", "個人情報保護法".
_LAW_WORDS = ("law_word_cjk", "law_ending_cjk")
# Marks that open a quotation running on over paragraphs (single marks are apostrophes too often).
RUN_ON_OPENERS = ("“", "„", "«", '"', "「")
_RUN_ON_OPENER = re.compile(f"[{re.escape(''.join(RUN_ON_OPENERS))}]")
# In the text's last paragraph a left single mark opens one too, cut off by the excerpt's end ("the older version of
# the policy ‘Respect for your privacy is …"): a typed apostrophe is the right single mark, not the left one.
CUT_OFF_OPENERS = (*RUN_ON_OPENERS, "‘")
_CUT_OFF_OPENER = re.compile(f"[{re.escape(''.join(CUT_OFF_OPENERS))}]")
# A quotation running on past its paragraph is at least a clause long.
MIN_RUN_ON_WORDS = 4
# The spaces French typography sets inside a guillemet: a plain one, a no-break one, a narrow no-break one.
_FRENCH_SPACES = " \u00a0\u202f"
# One the end of the text cuts off may be cut after its second word: a fragment of terms wording (GUIDELINES).
MIN_CUT_OFF_WORDS = 2
# A writer's note after a lead-in's colon ("(emphasis mine)", "(Hervorhebung durch mich)") is at most this long.
MAX_ASIDE_CHARS = 60
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A quoted heading that ends its sentence: “Our Access to Your Work.” or “Licences”.
_TITLE_AT_END = re.compile(r"[“\"‘'«„「][^“”\"«»„「」\n]{1,120}[”\"’'»“」][.:]?\s*")
_WORD = re.compile(r"[\w'’-]+")
# An English plural a later "they" or "them" may stand for ("partners", "members", "days"); not "this", "was", "its".
_MAY = re.compile(r"May")
_PLURAL = re.compile(r"\b[^\W\d_]{2,}[^\W\d_siau]s\b")
# A paragraph's first sentence, up to its first full stop, question or exclamation mark.
_FIRST_SENTENCE = re.compile(r"[^.!?\n]*[.!?]")


@quick_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A stretch of a unit between blank lines (or either side of a lead-in line's colon the parser joined to the
    clause under it, tos_colon_lines); `stream` groups paragraphs one author wrote in a row."""

    unit: Unit
    start: int
    end: int
    stream: str

    @property
    def text(self) -> str:
        return self.unit.text[self.start : self.end]


# A double quotation mark in a line under a colon: the line quotes, it is not set off as a clause (tos_colon_lines).
_QUOTING = re.compile('[“”"«»„]')


def paragraphs(units: tuple[Unit, ...]) -> list[Paragraph]:
    """Every paragraph of every unit, in reading order, trimmed of surrounding spaces."""
    found: list[Paragraph] = []
    for unit in units:
        stream = unit.id if unit.in_comments or unit.kind == "title" else "body"
        position = 0
        for separator in [*_BLANK_LINE.finditer(unit.text), None]:
            end = separator.start() if separator else len(unit.text)
            start = position
            while start < end and unit.text[start].isspace():
                start += 1
            stop = end
            while stop > start and unit.text[stop - 1].isspace():
                stop -= 1
            if stop > start:
                # "such as Facebook's terms: (emphasis mine)": the lead-in ends on its colon.
                stop = start + len(without_lead_aside(unit.text[start:stop]))
                # "It reads:" over the clause on a page written a paragraph a line: two paragraphs (tos_colon_lines).
                for cut, after in colon_line_cuts(unit, start, stop):
                    lead_line, clause = unit.text[start : cut - 1], unit.text[cut : (after or stop + 1) - 1]
                    if is_quote_header(lead_line) or is_bare_lead(lead_line) or is_quote_header(clause):
                        continue  # "kai wrote:" or "Quote:" over what a forum quotes: one paragraph, as the page joined it
                    if _QUOTING.search(clause) or not _reads_as_set_off(clause):
                        continue  # "mike_t:" over a post that quotes the terms; a column's headline under "wrote:"
                    found.append(Paragraph(unit, start, cut - 1, stream))
                    start = cut
                    if after is not None:
                        found.append(Paragraph(unit, start, after - 1, stream))
                        start = after
                found.append(Paragraph(unit, start, stop, stream))
            position = separator.end() if separator else end
    return found


def _reads_as_set_off(line: str) -> bool:
    """Whether a line under a colon may be a clause set off (as tos_joined_lines asks of it): in the terms' voice or
    binding, in no poster's voice, asking nothing ("Your life is theirs to share: Thought you were …?" is a headline)."""
    if in_poster_voice(line) or line.rstrip().endswith(("?", "？")):
        return False
    return (
        role_pattern("clause_voice").search(line) is not None
        or role_pattern("clause_modal").search(line) is not None
    )


def words(text: str) -> int:
    """How many words `text` has; Chinese and Japanese script count a word for every two characters. Korean
    sets its words apart with spaces as Latin script does: "회원 게시물의 이용 허락" is four words, not six."""
    if is_unspaced(text):
        return len(text.replace(" ", "")) // 2
    return len(_WORD.findall(text))


def has_words(text: str, count: int) -> bool:
    """Whether `text` has at least `count` words, as `words` counts them; read only up to the `count`-th word
    in a script that spaces its words (a long line of prose is not counted through)."""
    if is_unspaced(text):
        return words(text) >= count
    return sum(1 for _ in islice(_WORD.finditer(text), count)) >= count


def marker_end(text: str, start: int = 0) -> int:
    """Where the text starts after a list marker at `start` ("(a) ", "5.4 ", "• "), or `start`."""
    match = list_marker().match(text, start)
    return match.end() if match else start


_GLUED = re.compile(GLUED_STOP)
# Marks that close a quotation or an aside right after the stop that ends its sentence.
_CLOSING_MARKS = '"”’»)'


def last_sentence(text: str, closed: bool = False) -> str:
    """What follows the last run of spaces after . ! ? or 。 in `text` (all of it when there is none); with `closed`,
    also after a closing mark right after the stop ("… forever.” Omar: “…”": the quotation ended the sentence)."""
    index = len(text)
    while index > 0:
        stop = max(text.rfind(".", 0, index), text.rfind("!", 0, index), text.rfind("?", 0, index))
        stop = max(stop, text.rfind("。", 0, index))
        if stop < 0:
            break
        after = stop + 1
        while closed and after < len(text) and text[after] in _CLOSING_MARKS:
            after += 1  # "… forever.” Omar: “…”": the sentence ends after the quotation that ends it
        marked = after > stop + 1
        if _GLUED.match(text, after):
            return text[
                after:
            ]  # "… sont utilisées.L'un des éléments …": a page that ran its sentences together
        if after < len(text) and text[after].isspace():
            while after < len(text) and text[after].isspace():
                after += 1
            # After a closing mark, only before a new sentence's opening: not "“…” and".
            if not marked or after == len(text) or not text[after].islower():
                return text[after:]
        index = stop
    return text


def opens_with_quote(text: str) -> bool:
    """Whether a paragraph starts (after a list marker) with a quotation mark."""
    index = marker_end(text)
    return index < len(text) and bool(marks().pattern.match(text, index))


def is_connective(paragraph: Paragraph) -> bool:
    """A short line such as "and also" that joins a quoted clause list."""
    text = paragraph.text
    return (
        words(text) <= MAX_CONNECTIVE_WORDS
        and not text.rstrip().endswith((".", "!", "?", "。"))
        and (not is_bare_lead(text))
    )


def is_bare_lead(text: str) -> bool:
    """A lead-in that names nothing: "Quote", "Quota:", "My translation:"."""
    if len(text) > MAX_LEAD_CHARS:
        return False
    stripped = text.strip().rstrip(":：").strip()
    return bool(stripped) and role_pattern("bare_lead").fullmatch(stripped) is not None


def labelled_heading(text: str) -> bool:
    """A bare label, a colon and a short heading on one line: "原文:コンテンツの利用", "Original text:
    Use of your content". The heading names the part the clauses below come from, not a document."""
    stripped = text.strip()
    if "\n" in stripped or len(stripped) > MAX_HEADER_CHARS:
        return False
    colon = min((index for index in (stripped.find(":"), stripped.find("：")) if index > 0), default=-1)
    if colon < 0:
        return False
    heading = stripped[colon + 1 :].strip()
    if not heading or heading.endswith((".", "!", "?", "。", ":", "：")) or marks().pattern.search(heading):
        return False
    return words(heading) <= MAX_LABELLED_HEADING_WORDS and is_bare_lead(stripped[:colon])


def in_clause_voice(text: str) -> bool:
    """Whether a paragraph speaks as terms do (you, we, the user) and not as a poster (I, my); a name in marks
    ("the “Find My Phone” feature") is the clause's word for a feature, nobody's "my"."""
    return (
        not in_poster_voice(_without_quotations(text))
        and role_pattern("clause_voice").search(text) is not None
    )


def writers_item(text: str) -> bool:
    """Whether a list item after a clause list is the writer's: it opens on a remark ("Honestly, this is the worst
    part"), asks or exclaims. A clause list's next item goes on with it
    whatever its voice ("(b) contact any person …;"), but not one of these; one ending as the list's items end
    (on a semicolon) is the list's whatever it opens on."""
    stripped = text.strip()
    if _ITEM_END.search(stripped):
        return False  # "We believe that … have been violated;", "… security concerns); or": ended as the list's items end
    # Not by "I" or advice alone: a forum's own rules speak so ("20. … If you have issues I suggest you contact …").
    return role_pattern("comment_opener").match(stripped) is not None or stripped.endswith(
        ("?", "!", "？", "！")
    )


# How an item of a clause list ends when more items follow: on a semicolon, or one with the word joining the last
# item after it ("; or", "; and", "; y", "; ou").
_ITEM_END = re.compile(r"[;；]\s*(?:[^\W\d_]{1,4})?$")


# A letter of the Latin script, where the vocabulary knows how terms speak and bind (clause_voice, clause_modal).
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")


def reads_as_clause(text: str) -> bool:
    """Whether a stretch set off after a colon reads as a clause: it binds with a modal ("may", "must") or speaks as
    terms do (you, we, the user), and gives no advice of the writer's. "The privacy policy has a problem: it lists
    no retention period" and "The policy lists the data: names, emails and contacts" are the writer's."""
    if role_pattern("writer_advice").search(text):
        return False
    if _LATIN_LETTER.search(text) is None:
        return True  # Arabic, Thai …: a script whose clause words the vocabulary does not hold is not judged
    return in_clause_voice(text) or role_pattern("clause_modal").search(text) is not None


def in_poster_voice(text: str) -> bool:
    """Whether a text speaks as a poster does (I, my, ich, je)."""
    own = {phrase.casefold() for phrase in role_phrases("first_person")} - {"i"}
    for word in _WORD.findall(text):
        folded = word.casefold().replace("’", "'")  # "I’m" is written with a curly apostrophe as often as not
        if word == "I" or (folded in own and not homograph(folded, text)):
            return True
    return False


def is_prose(paragraph: Paragraph) -> bool:
    """A paragraph of running text: not a heading, unless the parser took a long sentence for one."""
    return paragraph.unit.block_kind != "heading" or len(paragraph.text) >= MIN_PROSE_HEADING


def announces_summary(paragraph: Paragraph) -> bool:
    """Whether a lead-in announces the writer's own summary ("Here is what changed:"), not the wording."""
    last = last_sentence(paragraph.text.rstrip()[-MAX_LEAD_CHARS:])
    return role_pattern("summary_lead").search(last) is not None


def finished_by_items(paragraph: Paragraph) -> bool:
    """Whether the items below a lead-in finish its sentence in the writer's words ("When you sign up, you agree, among
    many other things:", "Such clauses allow companies to:"): what one agrees to, what clauses allow; only their
    quotations are the document's. Not when the sentence names the document ("the guidelines list what members agree
    not to do:")."""
    last = last_sentence(paragraph.text.rstrip()[-MAX_LEAD_CHARS:])
    if role_pattern("reported_lead").search(last) is not None:
        return True  # "The company's data policy notes that:": indirect speech
    return role_pattern("completing_lead").search(last) is not None and not document_mentions(last)


def without_lead_aside(text: str) -> str:
    """A lead-in without the writer's note in brackets after its colon ("such as Facebook's terms: (emphasis mine)"
    → "such as Facebook's terms:", role lead_aside): the colon still hands over to the block below."""
    if not text.endswith((")", "]")):
        return text
    aside = role_pattern("lead_aside").search(text, max(0, len(text) - MAX_ASIDE_CHARS))
    lead = text[: aside.start()].rstrip() if aside is not None else ""
    return lead if lead.endswith((":", "：")) else text


def lead_in(paragraph: Paragraph, page: Page, before: str = "") -> Source | None:
    """The document a paragraph hands over to at its end, by a colon or by "the following …"."""
    text = paragraph.text.rstrip()[-MAX_LEAD_CHARS:]
    if is_bare_lead(text) or labelled_heading(text):
        return _bare(before, page)
    if is_quote_header(text):
        return None  # a forum's header hands over by `header_source` alone
    if text.endswith((":", "：")):
        colon = len(text) - 1
        sentence = last_sentence(text[:colon])  # "Did you read the article? It literally says:"
        if is_bare_lead(sentence):
            return _bare(text[: colon - len(sentence)], page)
        if law_voiced(sentence):
            return None  # "… Article 13 of the GDPR, which provides that the controller shall give the following:"
        if writers_reading(text[colon - len(sentence) : colon + 1]):
            return (
                None  # "Put simply, the new clause means this:": the writer's reading below, not its wording
            )
        if received_message(sentence, page):
            return None  # "I found the following in my inbox …, after its terms of service changed:": the email's words
        found = lead(text, colon, page, before)
        return found if found is not None else named_before_colon(text[:colon], page)
    last = last_sentence(text)
    # The last "as follows" ends the lead-in: a Japanese paragraph runs its sentences on with no space after 。, so
    # "次のような記述がある。…以下に引用する。" is one "sentence" here, and its first 次の has words after it.
    leads = role_pattern("following_lead").finditer(last)
    following = leads[-1] if leads else None
    if following is None or marks().pattern.search(last, following.end()):
        return None  # "added the following sentence: “…”": what it announced is already quoted
    found = lead(text, len(text), page, before)
    # "the following sections of the agreement": the words announced are the document's parts.
    if found is None and role_pattern("document_part").match(last, after_spaces(last, following.end())):
        found = named_before_colon(last, page)
    # The terms may be named in the paragraph before ("OpenAIの利用規約では…書かれています。" over "以下のようなものもありました。").
    earlier = (
        f"{before[-MAX_BARE_REACH:]}\n{text[: len(text) - len(last)]}"
        if before
        else text[: len(text) - len(last)]
    )
    return found or _as_follows(earlier, last, following, page)


def _as_follows(earlier: str, last: str, following: re.Match[str], page: Page) -> Source | None:
    """The document named before a Korean or Japanese lead-in that ends "as follows" or "I quote" ("…개인정보
    처리방침을 개정했다. 새로 추가된 수집 항목은 다음과 같다.", "規約の該当部分を引用する。"): the items set off below
    are its words. Not when someone speaks in that sentence ("회사 관계자가 밝힌 내용은 다음과 같다") or after the
    document."""
    if not is_cjk(last) or last[following.end() :].strip(" \t.。:："):
        return None
    sentence = last[last.rfind("。", 0, following.start()) + 1 : following.start()]
    if role_pattern("other_source").search(sentence) or role_pattern("speaker").search(sentence):
        return None
    if law_name_pattern().search(sentence) or any(role_pattern(role).search(sentence) for role in _LAW_WORDS):
        return None  # "個人情報保護法では、以下のような規定があります。": the law's text
    recent = (earlier + last[: following.start()])[-MAX_BARE_REACH:]
    mentions = document_mentions(recent, page)
    if not mentions or role_pattern("other_source").search(recent, mentions[-1].end):
        return None
    return Source(mentions[-1].name)


def after_spaces(text: str, index: int) -> int:
    """The first offset at or after `index` that is no space (Japanese runs "次の一文" together)."""
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def announced_parts(paragraph: Paragraph, page: Page) -> Source | None:
    """The document whose parts a paragraph counts off at its end, with no colon: "Two clauses in the
    new terms drew complaints.", "Zoomly added a new paragraph to its privacy policy." — the set-off
    clauses below it are those parts. Not a question, nor a paragraph where someone else speaks last."""
    text = paragraph.text.rstrip()[-MAX_LEAD_CHARS:]
    if text.endswith(("?", "？")) or role_pattern("part_noun").search(text) is None:
        return None  # most paragraphs name no part at all: one fast look before the full pattern
    last = last_sentence(text)
    titled = _titled_part(last, page)
    if titled is not None:
        return titled
    part = role_pattern("announced_part").search(last)
    if part is None:
        return None
    # Named: a numbered part ("section 24") may be a law's, and a pointing word has nothing to point at yet.
    mentions = document_mentions(text, page, named_only=True)
    # "added a new paragraph" is the company changing its document; any other verb of saying is a speaker's.
    speakers = role_pattern("speaker").finditer(last)
    if not mentions or any(last[match.end() : part.start()].strip() for match in speakers):
        return None
    if role_pattern("other_source").search(text[mentions[-1].end :]):
        return None
    return Source(mentions[-1].name)


def _titled_part(last: str, page: Page) -> Source | None:
    """The document whose numbered part a sentence ends on with the part's heading quoted: "The first is
    section 3.2, entitled “Our Access to Your Work.”" — the clause set off below is that part's text."""
    for mention in document_mentions(last, page):
        heading = role_pattern("part_heading").match(last, mention.end)
        if heading is not None and _TITLE_AT_END.fullmatch(last, heading.end()):
            return Source(mention.name)
    return None


def binds(paragraph: Paragraph) -> bool:
    """Whether a paragraph binds someone as a clause does: "may", "must", "bedarf", "できる"."""
    text = paragraph.text
    dates: set[int] | None = None  # where a date's "May" stands ("before May 15th", "since 1 May"): no modal
    for modal in role_pattern("clause_modal").finditer(text):
        if modal.group().casefold() != "may":
            return True
        if dates is None:
            dates = {
                date.start() + may.start()
                for date in role_pattern("month_date").finditer(text)
                for may in _MAY.finditer(date.group())
            }
        if modal.start() not in dates:
            return True
    return False


def binding_clause(paragraph: Paragraph) -> bool:
    """Whether a paragraph under counted-off parts is one of them: in the terms' voice, binding someone
    ("We may record …", "当社は…できるものとします。"), with nobody speaking and no question asked. A
    short line counts too (the parser takes a Japanese sentence for a heading)."""
    text = paragraph.text
    return (
        in_clause_voice(text)
        and binds(paragraph)
        and not role_pattern("comment_opener").match(text)
        and not text.rstrip().endswith(("?", "？"))
        and not role_pattern("speaker").search(text)
        and not others_open(text)
    )


def others_open(text: str) -> bool:
    """Whether a paragraph opens on someone else as its subject ("Critics say …", "Lawyers in Pune
    call it …"): the writer reports them, however much the rest sounds like a clause."""
    opening = " ".join(text.split()[:MAX_SUBJECT_WORDS])
    return role_pattern("other_source").search(opening) is not None


def is_quote_header(text: str) -> bool:
    """Whether a line is the header a forum puts over a quoted post: "Quote from: …", "Zitat von …"."""
    stripped = text.strip()
    if len(stripped) > MAX_HEADER_CHARS or "\n" in stripped:
        return False
    return role_pattern("quote_header").match(stripped) is not None


def labelled_line(text: str, position: int, before: str, page: Page) -> Source | None:
    """The document a quotation opening a labelled line is from: "Removed: “…”", "Quote: “…”"."""
    start = text.rfind("\n", 0, position) + 1
    label = text[start:position].strip()
    if not label.endswith((":", "：")) or not is_bare_lead(label):
        return None
    earlier = before + "\n" + text[:start]
    if _told_after_other(label, earlier):
        return None  # "In a blog post, Palette called the changes “…” of its terms." then "It stated:": the post's
    return _bare(earlier, page)


def _told_after_other(label: str, earlier: str) -> bool:
    """Whether a bare lead tells in the past ("It stated:", "It said:": role past_statement) after a sentence that
    names another source (a blog post, a statement: role other_source): the pronoun is the one who spoke there."""
    if not any(word.casefold() in role_phrases("past_statement") for word in re.findall(r"[\w'’]+", label)):
        return False
    return role_pattern("other_source").search(last_sentence(earlier.rstrip())) is not None


def _bare(earlier: str, page: Page) -> Source | None:
    """A bare "Quote:" or "It literally says:" hands over to the document just named, or the page's;
    to none when someone else (a launch post, a spokesperson) or a law was named after the last document."""
    recent = earlier[-MAX_BARE_REACH:]
    mentions = document_mentions(recent, page)
    named_at = mentions[-1].end if mentions else 0
    for role in ("other_source", "reporting_source"):
        if any(match.start() >= named_at for match in role_pattern(role).finditer(recent)):
            return None  # "Reuters wrote a piece about it. It literally says:": the piece's words
    if law_name_pattern().search(recent, named_at):
        return None  # "The GDPR is clear. It says:": the law's words
    return Source(mentions[-1].name) if mentions else page.topic


def named_before_colon(lead_text: str, page: Page) -> Source | None:
    """A lead-in that names the document and ends in a colon, with nobody else speaking after it, nor the document
    the topic of another text ("From the FTC complaint about the privacy policy:")."""
    sentence = last_sentence(lead_text)
    mentions = document_mentions(sentence, page)
    if not mentions or role_pattern("speaker").search(sentence[: mentions[-1].start]):
        return None
    if role_pattern("topic_of_other").search(sentence[: mentions[-1].start]):
        return None  # "From the FTC complaint about the privacy policy:": the complaint's words
    if law_pointed(lead_text[: len(lead_text) - len(sentence)], mentions[-1].noun):
        return None  # "… the Australian Consumer Law. The relevant provision says:": the law's provision
    after = sentence[mentions[-1].end :]
    if role_pattern("other_source").search(after) or named_speaker_last(after):
        return None  # "Asked whether the privacy policy lets it sell data, Zoomly said:": Zoomly's answer
    return Source(mentions[-1].name)


def after_gt_mark(text: str, start: int, end: int) -> int:
    """Where a comment's quoted line starts after its "> " mark at `start` (a page that joins lines runs "From the
    ToS: > We may …" into one), or `start`."""
    if start < end and text[start] == ">":
        return after_spaces(text, start + 1)
    return start


def block_span(paragraph: Paragraph) -> tuple[int, int] | None:
    """The span (in the unit) of a set-off paragraph: all of it but a list marker, if long enough."""
    start = marker_end(paragraph.unit.text, paragraph.start)
    if paragraph.unit.text.startswith(">", start):  # a comment's "> " line: the mark stays outside
        start = after_spaces(paragraph.unit.text, start + 1)
    start = after_open_bracket(paragraph.unit.text, start, paragraph.end)  # "1「ユーザーは…するものとする"
    text = paragraph.unit.text[start : paragraph.end]
    if words(text) < MIN_SET_OFF_WORDS or marks().pattern.match(text):
        return None
    return start, paragraph.end


def continues_block(paragraph: Paragraph) -> bool:
    """Whether a paragraph after a set-off clause is more of the clause."""
    text = paragraph.text
    return (
        is_prose(paragraph)
        and not role_pattern("comment_opener").match(text.lstrip("(["))  # "(By the way, …)": an aside
        and not text.rstrip().endswith("?")
        and not _exclaims(text)
        and not _speaks_of_company(text)
        and not _cites_document(text)
        and not role_pattern("writer_advice").search(_without_quotations(text))  # "you probably should"
        and in_clause_voice(text)
        and (binds(paragraph) or _speaks_to_reader(text))
        and not role_pattern("speaker").search(text)
        and not role_pattern("news_report_cjk").search(text)  # "…할 수 있다며 반발했다.", "本公司表示，…"
        and not others_open(text)
    )


def _exclaims(text: str) -> bool:
    """Whether a paragraph opens on the writer's exclamation ("Just by submitting them! In other words, “…”"):
    terms state, they do not exclaim. Not a warning in capitals ("IMPORTANT! You must …"), as terms set one."""
    first = _FIRST_SENTENCE.match(text.lstrip())
    return first is not None and first.group().endswith("!") and not first.group().isupper()


def _cites_document(text: str) -> bool:
    """Whether a paragraph that is mostly one quotation names a document outside it ("The terms also say that “we
    may sell prints …”"): the writer quoting the document again, not more of the clause above; the quotation is
    read as any is. Not a clause in the document's voice that names itself ("If you do not agree with these Terms,
    you must …") with no quotation, nor one quoting only a defined term ("In these Terms, “Content” means …")."""
    whole = [
        quote
        for quote in find_quotes(text)
        if quote.depth == 0 and (quote.end - quote.start) * 2 > len(text.strip())
    ]
    if not whole:
        return False
    outside = text[: whole[0].start] + " " + text[whole[0].end :]
    return bool(document_mentions(outside))


def _speaks_of_company(text: str) -> bool:
    """Whether a paragraph speaks of the company from outside ("Email them before May 15th or you're bound."): a
    "they" or "them" in its own words (not inside its quotations) with no plural before it in the paragraph that it
    may stand for ("Advertising partners may set cookies. They may …" goes on with the clause), nor a person it may
    stand for ("… let anyone else use your account or give them your password"), not the subject of a modal ("They
    may combine it …", the clause's partners named in the paragraph above), and no "we", "us" or "our" of the
    company's own."""
    own = _without_quotations(text)
    outside = role_pattern("company_outside").search(own)
    return (
        outside is not None
        and _PLURAL.search(own, 0, outside.start()) is None
        and role_pattern("they_person").search(own, 0, outside.start()) is None
        and role_pattern("they_binding").match(own, outside.start()) is None
        and role_pattern("company_inside").search(own) is None
    )


def _speaks_to_reader(text: str) -> bool:
    """Whether a paragraph speaks as terms do in the first or second person (we, you), not only of "users":
    "Users on the forum were not impressed." after a set-off clause is the writer's, unless it binds. Words
    inside its quotations are the quoted text's ('ユーザーが「当社の…」に使うと明記された'), not its own voice."""
    third = role_phrases("third_person_voice")
    own = _without_quotations(text)
    return any(match.group().casefold() not in third for match in role_pattern("clause_voice").finditer(own))


def _without_quotations(text: str) -> str:
    """`text` with the inside of each outermost quotation blanked out (offsets kept). A paragraph that is mostly
    one quotation ("Soit, en français : « vous nous accordez … »", the clause above translated) speaks in its
    voice, and is kept whole."""
    found = [quote for quote in find_quotes(text) if quote.depth == 0]
    if not found or any((quote.end - quote.start) * 2 > len(text.strip()) for quote in found):
        return text
    parts, at = [], 0
    for quote in found:
        parts.append(text[at : quote.start] + " " * (quote.end - quote.start))
        at = quote.end
    return "".join(parts) + text[at:]


def _holds_mark(rest: str) -> bool:
    """Whether `rest` holds a quotation mark other than an apostrophe inside a word ("l'utilisateur", "don't")."""
    for mark in marks().pattern.finditer(rest):
        at = mark.start()
        if not (0 < at < len(rest) - 1 and rest[at - 1].isalpha() and rest[at + 1].isalpha()):
            return True
    return False


def runs_on(text: str, paragraph: Paragraph, every: list[Quote], cut_off: bool = False) -> int | None:
    """The opening mark of a quotation that runs on past the paragraph's end: `The section reads:
    "Members may not record …` with the next paragraph opening on a mark of its own; the mark opens
    the paragraph's last stretch, nothing closes it, and that stretch is a whole sentence or more.
    In the text's last paragraph (`cut_off`) the quotation may stop mid-sentence: the excerpt ends there."""
    opener, openers = (_CUT_OFF_OPENER, CUT_OFF_OPENERS) if cut_off else (_RUN_ON_OPENER, RUN_ON_OPENERS)
    if opener.search(text, paragraph.start, paragraph.end) is None:
        return None  # most paragraphs hold no such mark: one scan in C says so
    index = max(text.rfind(mark, paragraph.start, paragraph.end) for mark in openers)
    if index <= paragraph.start or any(quote.open_mark <= index <= quote.close_mark for quote in every):
        return None
    before, after = text[index - 1], text[index + 1 : index + 2]
    if after and after in _FRENCH_SPACES and text[index] in marks().spaced:
        # "« Nous pouvons …": French spacing inside the mark
        after = text[index + 1 : paragraph.end].lstrip(_FRENCH_SPACES)[:1]
    rest = text[index + 1 : paragraph.end]
    if before.isalnum() or not after or after.isspace() or _holds_mark(rest):
        return None
    if text[index] == "‘" and not (after.isalpha() or after == "…"):
        return None  # "la licence ‘ irrévocable ‘, sorte de …": a mark typed apart, no clause opening
    if text[index] in marks().elide_years and after.isdigit():
        return None  # "back in the ‘90s": an elided century, no quotation
    stopped = rest.rstrip().endswith((".", "!", "。"))
    ended = cut_off or stopped
    # Cut off mid-sentence by the end of the text, a fragment of two words is already terms wording (GUIDELINES:
    # fragments); one that ends on its own stop was not cut off ("The notice said "closed for.": a mark left open).
    least = MIN_CUT_OFF_WORDS if cut_off and not stopped else MIN_RUN_ON_WORDS
    return index if words(rest) >= least and ended else None
