"""Whose words a quotation is, by the text after it: a speaker who takes it ("…," said Ibarra), a
document named after it ("…”, stated clause 6.3"), or an impersonal attribution ("…”, peut-on lire",
"…“, heißt es darin") whose document the sentences before name."""

from __future__ import annotations

import re

from annotations.detectors.base import last_started, sentence_at, sentence_bounds
from annotations.detectors.memo import last_answer
from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import names_document, word_start, words
from annotations.detectors.tos_clause_context import (
    CLAUSE_BREAK,
    MAX_BACK_SENTENCES,
    MAX_CLAUSE_CHARS,
    back,
    clause_start,
    coordinated,
    governed,
    others,
    someone_speaks,
)
from annotations.detectors.tos_closing_speaker import closing_speaker, inverted_closing, opens_sentence
from annotations.detectors.tos_coordinated import coordinated_with_document
from annotations.detectors.tos_copula import quoted_subject
from annotations.detectors.tos_mentions import (
    Mention,
    Page,
    Source,
    company,
    document_mentions,
    may_name_document,
)
from annotations.detectors.tos_messages import earlier_window, stands_for_message
from annotations.detectors.tos_past_trail import past_document_trail
from annotations.detectors.tos_quotative import reported_speech
from annotations.detectors.tos_there import there_back, there_elsewhere
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = [
    "closed_by_speaker",
    "past_trail",
    "someone_else_says",
    "speaker_goes_on",
    "spoken_after",
    "takes_floor",
    "trail",
    "without_note",
]

# Words after a quote before the document that owns it: "…”, explica Charla en su política".
MAX_WORDS_TO_DOCUMENT_AFTER = 6
# Words before the document's phrase after a quotation in which its verb or speaker is looked for ("stated the arbitration").
NEAR_VERB_WORDS = 4
# Past the words that may stand between a quotation and the document that takes it, how much more is read for a
# document's name that starts among them: the longest name or pointing phrase, and what its pattern looks at after it.
NEAR_MARGIN_CHARS = 200
# A run of spaces a phrase's pattern may stretch over (tos_mentions.may_name_document reads such a window whole too).
_LONG_SPACE = re.compile(r"\s{20}")
# Words after a quote before the verb of the one who said it: "…," the company's chief said.
MAX_WORDS_TO_SPEAKER = 4
# How far before a quotation's sentence the speaker's quotation it may resume is read: that quotation's end and its
# attribution ("…," the company said.).
MAX_RESUMED_CHARS = 200
_SENTENCE_STOPS = (".", "!", "?")
# The document a quotation was added to, right after "to": read this far, with at most this many words before its name
# ("to its new privacy policy").
MAX_PLACED_CHARS = 80
MAX_WORDS_BEFORE_PLACED = 2
# How far before a quotation the attribution of the quotation before it is read ("…,” the regulator wrote. “…”).
MAX_ATTRIBUTION_CHARS = 120
# The marks that close a quotation before an attribution, and every quotation mark (none may stand in the attribution).
_CLOSING_MARKS = ("”", "»", "」", '"', "“")
_OPENING_MARKS = ("“", "„", "«", "「", "『", '"')
_ANY_MARKS = frozenset('“”„«»「」『』"')
# The spaces between a document's name and another source it only qualifies ("its privacy policy FAQ"), and a word
# that may stand between them ("its privacy policy update email").
_QUALIFIER_SPACE = re.compile(r"[ \t]+")
_QUALIFIER_WORD = re.compile(r"[^\W\d_]+[ \t]+")
# A bracketed note by the writer right after a quotation: "(emphasis added)", "[sic]"; no speaker.
_EDITORIAL_NOTE = re.compile(r"^[,.;]?[ \t]*[(\[][^()\[\]\n]{0,40}[)\]]")


def without_note(right: str) -> str:
    """The text after a quotation with the writer's bracketed note right after it blanked out:
    "(emphasis added)" and "[sic]" name no speaker, whatever verb they hold."""
    return _EDITORIAL_NOTE.sub(lambda note: " " * len(note.group()), right, count=1)


def spoken_after(text: str, position: int) -> bool:
    """Whether a speaker takes the quotation ending at `position`: "…," said Ibarra; "…," the firm said."""
    right = _after_quote(text, position)
    speaker = role_pattern("speaker").search(right)
    if speaker is None or _impersonal(right):
        return False  # "…,” it says": whose it is, the sentences before decide (`trail`)
    gap = right[: speaker.start()]
    if len(words(gap)) > MAX_WORDS_TO_SPEAKER or role_pattern("new_clause").search(gap):
        return False
    if coordinated(gap):
        return False  # "… to “…” and added “…”": the same subject goes on
    if document_mentions(gap, Page(True, None)):
        return False  # "…," the policy says, "…": the document is the one speaking
    # "…,” stated clause 7.2": a numbered part or a pointing word after the verb is the document too, and so is one a
    # preposition puts the verb in, past the words that say which version it is ("…," the company said in its new
    # privacy policy).
    mentions = document_mentions(right[speaker.end() :], Page(True, None))
    if not mentions or _qualifies_other(right[speaker.end() :], mentions[0].end):
        return True  # "…," the company said in its new privacy policy announcement: the announcement's words
    between = right[speaker.end() : speaker.end() + mentions[0].start]
    return len(words(between)) > 2 and not governed(between)


def _qualifies_other(text: str, end: int) -> bool:
    """Whether the document named up to `end` in `text` only says what another source after it is about: "its
    privacy policy FAQ", "its new terms of service blog post", "its privacy policy update email" (GUIDELINES: the
    company's FAQ answers, blog posts and notices are no terms)."""
    space = _QUALIFIER_SPACE.match(text, end)
    if space is None:
        return False
    other = role_pattern("other_source")
    word = _QUALIFIER_WORD.match(text, space.end())
    return other.match(text, space.end()) is not None or (
        word is not None and other.match(text, word.end()) is not None
    )


def speaker_goes_on(text: str, open_mark: int, begin: int = 0) -> bool:
    """Whether a quotation opening its sentence at `open_mark` goes on with the quotation right before it, which a
    speaker took in the one sentence between ("“Firms may …,” the regulator wrote. “Users may …”"): the speaker's next
    words, as the pieces of a quotation split by its attribution are. Not when the document took it ("“…,” the policy
    says. “…”": spoken_after gives it to the document). `begin` bounds how far back the text is read."""
    start = max(begin, open_mark - MAX_ATTRIBUTION_CHARS)
    close = max(text.rfind(mark, start, open_mark) for mark in _CLOSING_MARKS)
    if close <= start or text[close - 1].isspace():
        return False  # no quotation closes right before it (a straight mark after a space opens one)
    between = text[close + 1 : open_mark].rstrip()
    if not between.endswith((".", "。")) or any(mark in between for mark in _ANY_MARKS):
        return False
    return spoken_after(text, close + 1)


def closed_by_speaker(text: str, quote: Quote) -> bool:
    """Whether a quotation that opens its sentence is closed by who said it, whatever the verb: "“…,” Tunde
    Bakare maintained", "“…,” ujar juru bicara Gasken" (tos_closing_speaker)."""
    right = _after_quote(text, quote.close_mark + 1)
    if not opens_sentence(text, quote.open_mark):
        # "The terms grant “a licence,” …": the lead before the quotation decides, unless a speaker after the verb
        # closes it ("Novos termos do Zapt: “é abusivo”, afirma Procon-SP").
        return inverted_closing(text, quote.open_mark, quote.close_mark, right)
    return closing_speaker(text, quote.close_mark, right)


def someone_else_says(text: str, quote: Quote, page: Page) -> bool:
    """Whether the words around a quotation give it to a speaker: a verb of saying after it ("…," said Ibarra), a
    name or a role closing its sentence ("…,” Bakare maintained"), or a Korean or Japanese quotative ending with a
    subject that is no document (빨리와 측은 "…"고 반박했다, 「…」と田中社長は語った)."""
    return (
        spoken_after(text, quote.close_mark + 1)
        or closed_by_speaker(text, quote)
        or reported_speech(text, quote, page)
    )


def takes_floor(stretch: str) -> bool:
    """Whether someone other than the subject before speaks in `stretch`: "and the firm insists"."""
    return any(
        not coordinated(stretch[: match.start()]) for match in role_pattern("speaker").finditer(stretch)
    )


@last_answer  # spoken_after and closed_by_speaker read the same one in turn
def _after_quote(text: str, position: int) -> str:
    """The rest of the sentence after a quotation that ends at `position` (_right), the writer's note blanked out."""
    return without_note(_right(text, position))


def _right(text: str, position: int, *, across: bool = False) -> str:
    """The rest of the sentence after `position` (a CJK full stop or a line break also ends it), at most
    MAX_CLAUSE_CHARS of it. A quotation that closed its sentence with its own full stop has nothing after it,
    unless `across` reads on into the next sentence (where a document may be named: `trail`)."""
    bounds = sentence_bounds(text)
    held = sentence_at(bounds, min(position, len(text) - 1))
    end = bounds[held][1] if across else _sentence_end(bounds, position)
    end = min(end, position + MAX_CLAUSE_CHARS)
    stop = CLAUSE_BREAK.search(text, position, end)
    return text[position : stop.start() if stop else end]


def _sentence_end(bounds: list[tuple[int, int]], position: int) -> int:
    """Where the sentence holding `position` ends; `position` itself when it lies in the break between two
    sentences: "The policy says data is kept “as long as needed.” A spokesperson said …" — the full stop inside
    the marks closed the quotation's sentence, and the speaker of the next one did not say it."""
    index = last_started(bounds, position)
    if index < 0 or position <= bounds[index][1]:
        return bounds[max(index, 0)][1]
    return position


def trail(text: str, position: int, page: Page, opening: int, before: str = "") -> Source | None:
    """The document named after a quotation that ends at `position`: "…”, stated clause 6.3"; or,
    after "…”, peut-on lire" or "…“, heißt es darin", the one the sentences before name.

    Not when the sentence before the quotation (from `opening`, its mark) already gives it to
    someone: "The FAQ says training is "opt-out", yet nothing in the terms says so". `before` is
    the paragraph before `text`.
    """
    bounds = sentence_bounds(text)
    start = clause_start(text, opening, bounds)
    left = text[start:opening]
    if (someone_speaks(left) and not _placed_in_document(text, position, page)) or coordinated_with_document(
        left, page
    ):
        return None  # "「利用規約」と「…」": a name beside the document's, not its words
    right = _right(text, position, across=True)
    named = may_name_document(text, position, position + len(right))
    if _impersonal(right):
        mentions = document_mentions(right, page) if named else []
        if mentions:  # "„…“, heißt es in den neuen AGB": the document is named after the attribution
            return Source(mentions[0].name, company(right))
        if _ruling_place(left, page):
            return None  # "Kurul kararında “…” denildi": the board's decision holds the words
        # The words before the quotation in its own sentence come last ("… policy. “…,” it says").
        earlier = [*_sentences_before(text, start, before), left]
        found = back(earlier, page)
        if found is not None:
            # "… une affiche. « … », peut-on y lire": the poster's words, not the terms'
            return None if there_elsewhere(right, earlier, page) else found
        return there_back(right, earlier, page)
    if text[: position - 1].rstrip()[-1:] in _SENTENCE_STOPS and _resumes_speaker(text, start):
        return None  # closed on its own full stop, what comes after is a new sentence, not this quotation's attribution
    first = _first_near(right, page) if named else None
    if first is not None:
        return _named_after(text, opening, position, right, first, before)
    # A document named further on gives the quotation nothing; only where none is named at all may the next
    # sentence point back to it ("That line is from the terms"). Read to the end only when that one would.
    following = _passage_after(text, bounds, position, page)
    if following is None or (named and document_mentions(right, page)):
        return None
    return following


def past_trail(text: str, quote: Quote, page: Page, before: str = "") -> Source | None:
    """The document a pronoun and a past verb after a quotation that opens its sentence stand for: "X's privacy policy
    said … “…,” it stated." (tos_past_trail); `before` is the paragraph before `text`."""
    start = clause_start(text, quote.open_mark, sentence_bounds(text))
    if words(text[start : quote.open_mark]):
        return None  # "The company wrote that “…,” it said": the lead decides
    right = _right(text, quote.close_mark + 1, across=True)
    return past_document_trail(right, _sentences_before(text, start, before), page)


def _first_near(right: str, page: Page) -> Mention | None:
    """The first document named in `right` when it starts before the word that would make the words between it and
    the quotation too many to hand it back (MAX_WORDS_TO_DOCUMENT_AFTER, `_hands_back`); None when none does.
    Only those words and NEAR_MARGIN_CHARS after them are read (a phrase that starts there ends within them): a
    sentence of thousands of quotations was read to its end, up to MAX_CLAUSE_CHARS, after each of them."""
    limit = word_start(right, MAX_WORDS_TO_DOCUMENT_AFTER)
    cut = limit + NEAR_MARGIN_CHARS
    read = right if cut >= len(right) or _LONG_SPACE.search(right) else right[:cut]
    mentions = document_mentions(read, page)
    return mentions[0] if mentions and mentions[0].start <= limit else None


def _named_after(
    text: str, opening: int, position: int, right: str, first: Mention, before: str
) -> Source | None:
    """The document named first after a quotation (`first`, in `right`), if the words between give it back to it."""
    if first.noun and stands_for_message(earlier_window(before, text, opening), first.noun):
        return None  # "Gogo sent users a notice about its policy. “…,” the notice read": the message's
    if _qualifies_other(right, first.end):
        return None  # "“…,” reads the privacy policy FAQ": the FAQ's words
    between = right[: first.start]
    if quoted_subject(between):
        return None  # "「…」のが、いろいろなWebサービスの規約。": what the terms are like, no wording of them
    if between.lstrip().startswith((":", "：")) and role_pattern("speaker").search(between):
        return None  # "„…“: Verbraucherschützer kritisieren Nutzungsbedingungen": the critics' words
    if names_document(text[opening + 1 : position - 1], between) or between.startswith(("…", "...")):
        return None  # "배달앱 '바로배달' 약관", a headline's "“…?”…모아페이 약관": no wording
    if any(mark in between for mark in _OPENING_MARKS):
        return None  # "“…” “Firms may change a privacy policy …,” she added": in her next quotation
    if _hands_back(between):
        return Source(first.name, company(right))
    return None


def _placed_in_document(text: str, position: int, page: Page) -> bool:
    """Whether the quotation ending at `position` was put into the document named right after it ("Trailmate added “…”
    to its privacy policy"): "added" there changes the document, where before a quotation it is a speaker's verb."""
    joint = role_pattern("placed_into").match(text, position)
    if joint is None:
        return False
    after = text[joint.end() : joint.end() + MAX_PLACED_CHARS]
    mentions = document_mentions(after, page)
    return bool(mentions) and len(words(after[: mentions[0].start])) <= MAX_WORDS_BEFORE_PLACED


def _resumes_speaker(text: str, start: int) -> bool:
    """Whether the quotation whose sentence starts at `start` resumes a speaker's, right after the sentence that closed on
    it: "“Legal documents are easy to misread,” the company said. “It is not our intention to sell your photos.” The
    language was changed" goes on with the company's words; the sentence after it points at the terms' change, not
    back at this quotation."""
    before = text[max(0, start - MAX_RESUMED_CHARS) : start].rstrip()
    if not before.endswith("."):
        return False
    close = max(before.rfind(mark) for mark in _CLOSING_MARKS)
    return close >= 0 and spoken_after(before + " ", close + 1)


def _passage_after(text: str, bounds: list[tuple[int, int]], position: int, page: Page) -> Source | None:
    """The document the sentence after a quotation's names when it points back to it: "That line is from the terms"."""
    index = sentence_at(bounds, min(position, len(text) - 1))
    if index + 1 < len(bounds):
        following = text[bounds[index + 1][0] : bounds[index + 1][1]]
        if role_pattern("passage_reference").match(following):
            found = document_mentions(following, page)
            if found:
                return Source(found[0].name, company(following))
    return None


def _hands_back(between: str) -> bool:
    """Whether the words between a quotation and the document named after it give the quotation to it:
    few words, a preposition, the document's verb or a trailing link ("…”, explica Charla en su política")."""
    count = len(words(between))
    # The verb or speaker stands right before the document's phrase, whose modifiers the mention leaves out ("…,”
    # stated the arbitration clause"): the last words, as many as a verb, an article and two modifiers take.
    near = between[word_start(between, max(0, count - NEAR_VERB_WORDS)) :]
    near = near if len(near) > len(between[-20:]) else between[-20:]
    return (
        not others(between, [])
        and not role_pattern("new_clause").search(between)
        and count <= MAX_WORDS_TO_DOCUMENT_AFTER
        and (
            count <= 2
            or governed(between)
            or role_pattern("doc_verb").search(near) is not None
            or role_pattern("trailing_link").search(between) is not None
            or role_pattern("speaker").search(near) is not None
        )
    )


def _impersonal(right: str) -> bool:
    """Whether the words after a quotation attribute it with no subject of their own, or with a
    pronoun: "…”, peut-on lire", "…“, heißt es darin", "…”, it says" (and nobody else named after)."""
    found = role_pattern("trailing_attribution").search(right)
    if found is None or words(right[: found.start()]):
        return False
    return not others(right[found.end() :], [])


def _ruling_place(left: str, page: Page) -> bool:
    """Whether the words before a quotation in its own sentence put it in a decision or an announcement
    (role ruling_place) with no document named after that place: "Kurul kararında “…”", not "Kurul kararında,
    gizlilik politikasındaki “…”"."""
    end = max((place.end() for place in role_pattern("ruling_place").finditer(left)), default=-1)
    return end >= 0 and not document_mentions(left[end:], page)


def _sentences_before(text: str, start: int, before: str) -> list[str]:
    """The sentences before the one starting at `start`, the paragraph before's last ones included."""
    bounds = sentence_bounds(text)
    # Those that end by `start`, found by halving: all of them, listed again for each quotation, cost the square
    # of a paragraph of thousands of quotations.
    index = last_started(bounds, start)
    ended = index + 1 if index >= 0 and bounds[index][1] <= start else max(index, 0)
    earlier = [text[s:e] for s, e in bounds[max(0, ended - MAX_BACK_SENTENCES) : ended]]
    if len(earlier) < MAX_BACK_SENTENCES and before:
        reach = MAX_BACK_SENTENCES - len(earlier)
        earlier = [before[s:e] for s, e in sentence_bounds(before)[-reach:]] + earlier
    return earlier
