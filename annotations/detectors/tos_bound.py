"""Quotations whose own wording binds as terms do, on a page that names a terms document.

An article about a company's terms often quotes a clause with no lead-in at all ("Drivers now
complain about one line. “You waive any claim against the operator” sits near the end."): the
wording itself says what it is, the company granting itself rights ("we may", "at our sole
discretion") or the user giving them ("you grant", "you agree"), or words only terms use (a "royalty-free
licence", "without notice", "these terms", "accounts may not be sold"). Such a quotation is the
document's the text before it names (or the page's), unless the words around it give it to
someone else (a spokesperson, a statement, a regulator), name it ("calling it") or make it a
supposition, or the quotation speaks as a poster or asks.
"""

from __future__ import annotations

import re

from annotations.detectors.base import GLUED_NEXT, GLUED_STOP, Unit
from annotations.detectors.quotes import Marks, Quote, marks
from annotations.detectors.tos_antecedents import pointed_elsewhere
from annotations.detectors.tos_attribution_words import finding_denial, idiom
from annotations.detectors.tos_blocks import (
    Paragraph,
    after_spaces,
    announces_summary,
    in_clause_voice,
    in_poster_voice,
    last_sentence,
    opens_with_quote,
    others_open,
    words,
)
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS, poster_speaks
from annotations.detectors.tos_closing_speaker import opens_sentence
from annotations.detectors.tos_generic import in_general
from annotations.detectors.tos_law_voice import law_requires
from annotations.detectors.tos_lead_guards import received_message, writers_reading
from annotations.detectors.tos_mentions import (
    DEFAULT_DOCUMENT,
    Page,
    Source,
    document_mentions,
    may_name_document,
    public_documents,
)
from annotations.detectors.tos_poster_label import poster_label
from annotations.detectors.tos_saying_close import closed_by_saying
from annotations.detectors.tos_trail import speaker_goes_on
from annotations.detectors.tos_vocabulary import (
    flagged_phrases,
    is_cjk,
    law_name_pattern,
    role_pattern,
    role_phrases,
)

__all__ = [
    "binds_set_off",
    "bound_lead",
    "bound_run",
    "bound_wording",
    "claimed_document",
    "names_a_document",
    "reads_as_clause",
    "someone_else_around",
    "unquoted",
]

# How much text before a quotation is read for the sentence that leads to it and for the document
# it names: a paragraph of thousands of quotations is not read from its start for each.
MAX_BEFORE_CHARS = 1_000
# Words before a quotation read with it as the start of its clause ("Snapbook may", "users agree to").
CLAUSE_START_WORDS = 3
# How much text after a quotation is read for someone who says it ("…,” the lawyer added).
MAX_AFTER_CHARS = 200
# How far after a speaker's verb and its preposition the document may be named for the verb to be the document's
# ("stated in the updated User Agreement"): its name must start in the first half.
MAX_TO_DOCUMENT_CHARS = 60
# Words around a quotation that give it to someone or something other than the document (a button's
# label never gets here: wording_quotes leaves it out), or deny the document says it ("The terms do not say").
_NOT_THE_DOCUMENT = ("speaker", "other_source", "naming_verb", "supposition", "denial")
# The fewest words of a quotation that reads as a clause with no binding word (reads_as_clause): "Podremos
# modificar el precio del abono" is one, "purely cosmetic" or "a land grab" is a name given to something.
MIN_CLAUSE_WORDS = 6
# How far before a verb of posting the noun of content it is the participle of is read ("materials posted").
MAX_CONTENT_NOUN_CHARS = 16
# Words between a document and the verb of a remark it is the subject of: "The policy | sums it up", "lo | resumió".
MAX_REMARK_GAP_WORDS = 1
# Words between the change that is a sentence's subject and its verb: "The update also now adds".
MAX_ADVERBS_BEFORE_VERB = 2
# A stop with no space after it ends a sentence too (base.GLUED_STOP), also right after a quotation's closing mark,
# where the text read after it starts ("… collecte ».La déclaration est vague").
_SENTENCE_END = re.compile(
    rf"[{re.escape(SENTENCE_END_MARKS)}](?:\s|$)|\n|{GLUED_STOP}|(?<=^[.!?]){GLUED_NEXT}"
)
# A clause's own number opening a set-off paragraph: "(ii) ", "(b) ", "4.2 ", "12.3.1 ", "§ 5 " (not a bullet, which the
# writer's own lists use as often).
_CLAUSE_NUMBER = re.compile(
    r"\s*(?:\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)|\d{1,2}(?:\.\d{1,2}){1,2}[./]?|§\s?\d{1,3})[ \t]+(?=\w)"
)
# A colon or a dash between words ends the run a clause may begin with: "Senator: users must “take back control”"
# gives the words before the colon to a speaker, not to the clause.
_CLAUSE_BREAK = re.compile(r"[:：]|\s[-–—]\s|[–—]")
# Marks that double as apostrophes or open a quotation inside another: never read as a quotation's ends here.
# A headline's speaker: a short name or role before a colon at its start ("Senator: users must “…”", "Dana Ruiz: …").
_HEADLINE_SPEAKER = re.compile(r"\s*[^\W\d_][\w.'’ -]{0,40}[:：]\s")
_SINGLE_MARKS = "'‘’‚‹›"


def binds_alone(quoted: str, page: Page, around: str | None = None) -> bool:
    """Whether a quotation's own words bind as terms do on a page that names a terms document ("we may",
    the company's name in its place at the start: "Chirp may", or terms' own wording: "without notice"):
    not a poster's words ("I agree …") nor a question. A licence's words in another language (licence_grant)
    bind only where `around`, the sentence outside the marks, names the users who grant it or a document."""
    return (
        page.names_document
        and (
            role_pattern("terms_binding").search(quoted) is not None
            or role_pattern("terms_wording").search(quoted) is not None
            or role_pattern("name_binding").match(quoted) is not None
            or (role_pattern("licence_grant").search(quoted) is not None and _granted(around, page))
        )
        and not in_poster_voice(quoted)
        and not quoted.rstrip().endswith(("?", "？"))
    )


def _granted(around: str | None, page: Page) -> bool:
    """Whether the sentence around a licence's words (None: not known, a clause set off alone) names who grants
    it or whom: users ("Nutzer sollten eine «…» erteilen"), the company (its name or noun) or a document ("Die
    neue Klausel 8.1 gewährte …")."""
    own = page.topic.company if page.topic else None
    return (
        around is None
        or role_pattern("licence_grantor").search(around) is not None
        or (own is not None and own in around)
        or bool(document_mentions(around, page))
    )


def reads_as_clause(quoted: str) -> bool:
    """Whether a quotation that stands as a sentence of its own reads as a clause whatever its words: at least
    MIN_CLAUSE_WORDS words, in no poster's voice and no company's voice of a statement ("we are committed", "we
    never sell": statement_voice), not told in the past ("Nobody had read it": past_narrative), neither asking nor exclaiming. Read only where the text before names a
    document: a set-off quotation under a paragraph that names one, or one after a sentence that does."""
    return (
        words(quoted) >= MIN_CLAUSE_WORDS
        and role_pattern("statement_voice").search(quoted) is None
        and role_pattern("past_narrative").search(quoted) is None
        and not in_poster_voice(quoted)
        and not quoted.rstrip().endswith(("?", "？", "!", "！"))
    )


def settled_clause(quoted: str) -> bool:
    """Whether a quotation set off alone reads as a clause (reads_as_clause) and speaks as terms do ("you", "we",
    "our": in_clause_voice): "“Recordings are kept as long as needed to improve our products.”" on a page that has
    already quoted its document is that document's, with no document named just above it."""
    return reads_as_clause(quoted) and in_clause_voice(quoted)


def _someone_else(around: tuple[str, ...], page: Page) -> bool:
    """Whether the text around a quotation gives it to a speaker, a statement, a name or a supposition."""
    return any(
        _gives_away(role, match, part, page)
        for role in _NOT_THE_DOCUMENT
        for part in around
        if not _change_tells(part)
        for match in _role_matches(role, part, page)
    )


def _change_tells(part: str) -> bool:
    """Whether `part` is a sentence whose subject is the change to the document and whose verb says what it holds
    ("The update also adds an explanation about scraping."): its verb and its nouns tell the document's content,
    nobody else speaks in it. Not when anyone else has a verb of saying or stands between the change and its verb
    ("The update, a spokesperson said, adds …", "The changes say a lot, the lawyer said"), nor when the change has
    no verb of what it holds ("The update follows a statement")."""
    stripped = part.lstrip()
    subject = role_pattern("change_subject").match(stripped)
    if subject is None:
        return False
    said = list(role_pattern("speaker").finditer(stripped, subject.end() - 1))
    if len(said) > 1:
        return False
    if subject.group().rstrip().split()[-1].casefold() in role_phrases("change_saying_verb"):
        return not said or (said[0].start() >= subject.start() and said[0].end() <= subject.end())
    verb = said[0] if said else role_pattern("doc_verb").search(stripped, subject.end())
    if verb is None:
        return False
    opened = stripped[subject.end() : verb.start()]
    return words(opened) <= MAX_ADVERBS_BEFORE_VERB and role_pattern("other_source").search(opened) is None


def _role_matches(role: str, part: str, page: Page) -> list[re.Match[str]]:
    """The matches of a role's words in `part`; a denial is read around each document `part` names, as its
    patterns are anchored there ("the terms | do not say", "Nothing in the | policy")."""
    pattern = role_pattern(role)
    if role != "denial":
        return list(pattern.finditer(part))
    found = []
    for mention in document_mentions(part, page):
        match = (
            pattern.search(part[mention.end :])
            or pattern.search(part[: mention.start])
            or finding_denial(part, mention)
        )
        if match:
            found.append(match)
    return found


def _gives_away(role: str, match: re.Match[str], part: str, page: Page) -> bool:
    """Whether a speaker's verb or another source's word takes the quotation away from the document: not a verb
    whose place is the document itself ("As stated in the User Agreement", "comme indiqué dans les CGU"), nor a
    remark whose subject it is ("The privacy policy sums it up:"), nor a poster who says nothing ("If another user
    reports your account, Kudipay may “…”", "commenters must “…”": words of the clause)."""
    if role == "other_source":
        return poster_speaks(part, match)
    if role != "speaker":
        return True
    if match.group().casefold() in flagged_phrases("speaker", "remark") and _document_remarks(
        part, match, page
    ):
        return False
    if _content_before(part, match.start()):
        return False  # "display content posted on the service": the content's participle, no one posting
    at = after_spaces(part, match.end())
    preposition = role_pattern("document_preposition").match(part, at)
    if preposition is None:
        return True
    named = document_mentions(part[preposition.end() : preposition.end() + MAX_TO_DOCUMENT_CHARS], page)
    return not named or named[0].start > MAX_TO_DOCUMENT_CHARS // 2


def _content_before(part: str, start: int) -> bool:
    """Whether the word right before `start` is a noun of content (role posted_content: "content", "material"): a
    verb of posting after it is its participle ("content posted on the service"), as terms write it."""
    head = part[max(0, start - MAX_CONTENT_NOUN_CHARS) : start]
    found = role_pattern("posted_content").finditer(head)
    return bool(found) and not head[found[-1].end() :].strip()


def _document_remarks(part: str, match: re.Match[str], page: Page) -> bool:
    """Whether a document named right before a remark's verb is its subject ("The privacy policy sums it up",
    "La política de privacidad lo resumió"), with at most MAX_REMARK_GAP_WORDS words between."""
    before = part[: match.start()]
    named = document_mentions(before, page)
    return bool(named) and words(before[named[-1].end :]) <= MAX_REMARK_GAP_WORDS


def unquoted(text: str) -> str:
    """`text` with every double-marked quotation in it blanked out, marks and all: a word inside another
    quotation ("“… in court.” | approved") is that quotation's, not the writer's saying whose the next one is.
    Other single marks are left alone: an apostrophe ("the club's") opens nothing. A curly single quotation of
    British and Indian pages ("(b) ‘impersonate a public official’") is blanked too: its opening mark is never an
    apostrophe where it stands before a letter after no letter, and its closing one ends it only before no letter
    ("‘the club’s rules’" goes on past "club’s")."""
    every, opener, at, kept, start = marks(), "", 0, [], 0
    for found in every.pattern.finditer(text):
        char, index = found.group(), found.start()
        if not opener and _opens_here(text, index, char, every):
            opener, at = char, index
        elif opener == _SINGLE_OPEN:
            if char == _SINGLE_CLOSE and not _letter_at(text, index + 1):
                kept.append(text[start:at] + " " * (found.end() - at))
                opener, start = "", found.end()
        elif opener and (char in every.pairs.get(opener, "") or char == opener):
            kept.append(text[start:at] + " " * (found.end() - at))
            opener, start = "", found.end()
    return "".join(kept) + text[start:]


_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"


def _opens_here(text: str, index: int, char: str, every: Marks) -> bool:
    """Whether the mark `char` at `index` opens a quotation unquoted blanks: a double mark, or a curly single one that
    opens (_single_opens)."""
    if char == _SINGLE_OPEN:
        return _single_opens(text, index)
    return char not in _SINGLE_MARKS and (char in every.pairs or char in every.straight)


def _letter_at(text: str, index: int) -> bool:
    """Whether a letter or digit stands at `index` of `text`."""
    return 0 <= index < len(text) and text[index].isalnum()


def _single_opens(text: str, index: int) -> bool:
    """Whether the curly single mark at `index` opens a quotation: after no letter, before a letter ("‘post …’"), not
    the elided century of "‘90s"."""
    after = text[index + 1] if index + 1 < len(text) else " "
    return not _letter_at(text, index - 1) and after.isalpha()


def _named_or_page(before: str, page: Page) -> Source:
    """The document named last in `before`, or the page's."""
    named = document_mentions(before, page)
    if named:
        return Source(named[-1].name)
    return page.topic or Source(DEFAULT_DOCUMENT)


def bound_wording(
    text: str, paragraph: Paragraph, quote: Quote, page: Page, asked: bool = False
) -> Source | None:
    """The document a quotation that binds as terms do (alone, or with the CLAUSE_START_WORDS before it that begin its
    clause: "Snapbook may “retain deleted photos for a year”") is from, when nothing around it says whose it is; none
    on a label line under a paragraph that asked readers (`asked`: "Dana: “We may keep …”" is Dana's answer)."""
    begin = max(paragraph.start, quote.open_mark - MAX_BEFORE_CHARS)
    before = text[begin : quote.open_mark]
    if asked and role_pattern("review_label").fullmatch(last_sentence(before).lstrip()):
        return None  # a comparison's line of companies ("Meta: “…”") is reviewed_source's
    quoted = text[quote.start : quote.end]
    # A clause begun outside the marks binds as well: "Snapbook may “retain deleted photos”", "users agree to “…”".
    # It may begin after any of the words before ("Under the update, FitHaus may “…”": at "FitHaus").
    begun = _CLAUSE_BREAK.split(last_sentence(before))[-1].split()[-CLAUSE_START_WORDS:]
    tails = (" ".join(begun[start:]) for start in range(len(begun)))
    after = text[quote.close_mark + 1 : min(paragraph.end, quote.close_mark + 1 + MAX_AFTER_CHARS)]
    stop = _SENTENCE_END.search(after)
    lead = unquoted(last_sentence(before, closed=True))
    around = f"{lead} {unquoted(after[: stop.start()] if stop else after)}"
    if not binds_alone(quoted, page, around) and (
        idiom(quoted) or not any(binds_alone(f"{tail} {quoted}", page, around) for tail in tails)
    ):
        return None  # "Users must now “think twice”": the clause begun outside holds the writer's idiom
    if role_pattern("legal_consequence").match(quoted):
        return None  # "Plumo may “face fines of up to 4% of turnover”": what the law may do, no clause
    # The paragraph's words outside the marks, read within the windows on either side: the whole paragraph,
    # read again for each of its quotations, cost the square of a paragraph of thousands of them.
    if not words(before + after):
        return None  # set off alone: the paragraph after may still say whose it is (set_off_source)
    if opens_sentence(text, quote.open_mark) and (
        speaker_goes_on(text, quote.open_mark, begin)
        or _spoken_before(before, page)
        or closed_by_saying(text, quote, page)  # "“Com ela, o usuário concorda …”, afirma."
    ):
        # "“Firms may …,” the regulator wrote. “Users may …”": the regulator goes on; "Their support agent wrote back.
        # “We may refund you …” Never happened.": the agent's words, opening the sentence after theirs
        return None
    if _someone_else((lead, unquoted(after[: stop.start()] if stop else after)), page) or _public_lead(
        lead, page
    ):
        return None
    if pointed_elsewhere(before, page):
        return None  # "The ministry released a privacy policy for its portal. The policy states: “…”"
    if writers_reading(lead):
        return None  # "Just by uploading them! In other words, “thanks for …”": the writer's gloss
    if _law_speaks(lead, page) or _law_changed(before, lead, page) or law_requires(lead, page):
        return None  # "The GDPR is clear: consent must be “freely given”", "Under the GDPR, the policy “shall …”"
    # The window is searched for the document named last only where one may be named: a paragraph of thousands of
    # label lines ("Dana: “We may …”") searched the thousand characters before each of them.
    return _named_or_page(before if may_name_document(text, begin, quote.open_mark) else "", page)


def _spoken_before(before: str, page: Page) -> bool:
    """Whether the sentence right before a quotation that opens its own gives the floor to someone (a speaker's verb, a
    person or a statement named: "Their support agent wrote back today.") and names no document, whose words the
    quotation then is."""
    previous = unquoted(last_sentence(before.rstrip()[:-1] if before.rstrip().endswith(_STOPS) else ""))
    return (
        bool(previous.strip()) and not document_mentions(previous, page) and _someone_else((previous,), page)
    )


_STOPS = tuple(SENTENCE_END_MARKS)


def _law_changed(before: str, lead: str, page: Page) -> bool:
    """Whether a lead opening on a change ("The amendment stated:") goes on from words before it that name a law and no
    document after it ("Lawmakers amended the GDPR last year. The amendment stated: “…”"): the change is the law's."""
    if role_pattern("change_subject").match(lead.lstrip()) is None:
        return False
    prior = before[: max(0, len(before) - len(last_sentence(before)))]
    laws = [match.end() for match in law_name_pattern().finditer(prior)]
    return bool(laws) and not document_mentions(prior[laws[-1] :], page)


def _law_speaks(lead: str, page: Page) -> bool:
    """Whether a law named in the lead, with no document named after it, is what the sentence is about ("The GDPR is
    clear: consent must be “…”", "Under the Privacy Act 1988, organisations must take “…”"), also one named by kind only ("Le décret dispose que « … »"). Not when a new clause
    or the company's update takes over after it ("when the AI Act applies; users must “…”", "The GDPR is clear, but
    under the update users must “…”"): the law is then not the subject of the quotation's clause."""
    laws = [match.end() for match in law_name_pattern().finditer(lead)]
    laws += [match.end() for match in role_pattern("law_subject").finditer(lead)]
    if not laws:
        return False
    after = lead[max(laws) :]
    # "Under the statute, an arbitration agreement “shall be …”": a kind of clause the law speaks of, no document.
    named = [mention for mention in document_mentions(after, page) if not _indefinite(after[: mention.start])]
    return not named and role_pattern("law_handoff").search(after) is None


def _indefinite(before: str) -> bool:
    """Whether the word right before a document's name is indefinite (role law_object: "an arbitration agreement")."""
    last = before.split()[-1:]
    return bool(last) and last[0].casefold() in role_phrases("law_object")


def someone_else_around(lead: str, after: str, page: Page) -> bool:
    """Whether the sentence around a quotation (`lead` before it, `after` it) gives it to someone else or names a
    document a public body owns: the guards of bound_wording, for a quotation another rule reads (tos_duty)."""
    return _someone_else((lead, after), page) or _public_lead(lead, page)


def _public_lead(lead: str, page: Page) -> bool:
    """Whether the lead names a document a public body owns, after any company's ("The city council's privacy policy
    now states:"): its policy is no company's terms. A public body named without a document of its own ("Following an
    EU probe, Zoomly may now “…”") leaves the quotation to the company's document."""
    owned = public_documents(lead)
    named = document_mentions(lead, page)
    return bool(owned) and (not named or owned[-1] > named[-1].start)


def headline_speaker(head: str, page: Page) -> bool:
    """Whether a headline's words before a quotation begin with a speaker and a colon ("Senator: users must “…”"),
    one that names no document ("Snapbook terms: …" names one)."""
    found = _HEADLINE_SPEAKER.match(head)
    return found is not None and not document_mentions(found.group(), page)


def bound_run(
    run: list[tuple[Unit, Quote]], lead: str, follow: str, page: Page, settled: bool = False
) -> tuple[list[tuple[Unit, Quote]], Source]:
    """Of quotations set off alone in paragraphs of their own, those that bind as terms do (or, under a paragraph
    that names a document, read as a clause: reads_as_clause), and their document, when the paragraph after
    (`follow`) names no source for them and quotes nothing more: the one the paragraph before (`lead`) names, or
    the page's; none when that one ends on someone else's lead ("A spokesperson said:") or the one after gives
    them to someone. On a page `settled` on its document (one of its quotations found above), a quotation that reads
    as a clause in the terms' voice needs no document named in the paragraph before (settled_clause)."""
    fallback = page.topic or Source(DEFAULT_DOCUMENT)
    lead = lead[-MAX_BEFORE_CHARS:]
    if poster_label(lead):
        return [], fallback  # "From Reddit:" over the run: users' posts
    if _cjk_law_leads(last_sentence(lead), page):
        return [], fallback  # "個人情報保護法は次のように定めている。" over the run: the law's text
    # Under a paragraph that names the document, a quotation that reads as a clause needs no binding word.
    # Not under a document only argued about ("The plaintiffs argue the terms …"): the quotation is theirs.
    claimed = claimed_document(lead, page)
    named = names_a_document(lead, page) and not claimed
    # Under a colon that names no document ("Here's how Wikipedia defines it:"), the lead's own source speaks.
    settled = settled and not claimed and not lead.rstrip().endswith((":", "："))
    taken = [
        (unit, quote)
        for unit, quote in run
        if binds_alone(unit.text[quote.start : quote.end], page)
        or (named and reads_as_clause(unit.text[quote.start : quote.end]))
        or (settled and settled_clause(unit.text[quote.start : quote.end]))
    ]
    if not taken or opens_with_quote(follow):
        return [], fallback
    stop = _SENTENCE_END.search(follow, 0, MAX_AFTER_CHARS)
    first = follow[: stop.start() if stop else MAX_AFTER_CHARS]
    if _someone_else((last_sentence(lead), first), page) or role_pattern("back_attribution").search(first):
        return [], fallback  # "C'est ce qu'a annoncé la directrice": the quotation before is hers
    return taken, _named_or_page(lead, page)


def claimed_document(text: str, page: Page) -> bool:
    """Whether the last sentence of `text` gives the document only as what someone claims of it ("The plaintiffs
    argue that Lumo's new terms break its promises."): a verb of claiming (claim_verb) before its first mention. A quotation set off below is theirs to quote, not the document's by that sentence."""
    last = last_sentence(text)
    mentions = document_mentions(last, page)
    head = last[: mentions[0].start] if mentions else ""
    # A verb of claiming, not of saying: "Readers wrote to us about clause 12 of the terms" hands the clause over.
    return bool(head) and role_pattern("claim_verb").search(head) is not None


def bound_lead(paragraph: Paragraph, page: Page, before: str = "") -> Source | None:
    """The document a paragraph ending on a colon hands over to when it names none ("One change stands out:",
    "On commence en douceur :") on a page that names one: the paragraph set off below is the document's only if
    it binds as terms do (binds_set_off). None when the writer speaks in the first person, or someone else
    speaks, is named or supposed, in its last sentence, or, for a lead of one sentence that names no document ("Berikut
    kutipannya:"), in the last sentence of `before`, the paragraph before it ("Menteri Kominfo menanggapi …")."""
    text = paragraph.text.rstrip()[-MAX_BEFORE_CHARS:]
    if not page.names_document or not text.endswith((":", "：")) or announces_summary(paragraph):
        return None
    last = unquoted(last_sentence(text[:-1]))
    poster = in_poster_voice(last) and role_pattern("found_wording").search(last) is None
    if poster or _someone_else((last,), page) or writers_reading(f"{last}:"):
        return None  # "Here is my take:", "Put simply, …"; not "I found the following clause:"
    if role_pattern("how_to_lead").match(last.lstrip()) or received_message(last, page):
        return None  # "To opt out, you must:" over the writer's steps; "Got this email today:" over the company's email
    if _law_leads(last, page):
        return None  # "The statute is blunt:", "Article 17 GDPR reads in part:": the law's text follows
    if (
        last.strip() == text[:-1].strip()
        and not document_mentions(last, page)
        and _official_before(before, page)
    ):
        return None  # "Menteri Kominfo menanggapi perubahan itu." then "Berikut kutipannya:": the minister's words
    if _last_named_in_general(text, page):
        return None  # "Most privacy policies list their reasons. The most common are:": the writer's idea of them
    return _named_or_page(text, page)


def _last_named_in_general(text: str, page: Page) -> bool:
    """Whether the document `text` names last is documents in general ("Most privacy policies"): what is set off
    under it is the writer's idea of such documents, no company's clauses."""
    named = document_mentions(text, page)
    return bool(named) and in_general(text, named[-1])


def _official_before(before: str, page: Page) -> bool:
    """Whether the last sentence of `before` names an official or someone else who speaks (roles back_lead_break,
    _NOT_THE_DOCUMENT's): a bare lead-in after it hands over their words."""
    if not before.strip():
        return False
    last = unquoted(last_sentence(before.rstrip()[-MAX_BEFORE_CHARS:]))
    return role_pattern("back_lead_break").search(last) is not None or _someone_else((last,), page)


def _law_leads(last: str, page: Page) -> bool:
    """Whether a lead's last sentence is a law's or a public body's, named after any document in it ("The statute is
    blunt:", "Article 17 GDPR reads in part:", "The regulator's guidance is plain:"), not "Article 5 of the terms reads:"."""
    named = document_mentions(last, page)
    found = [match.start() for match in law_name_pattern().finditer(last)]
    found += [match.start() for match in role_pattern("law_lead").finditer(last)]
    if not named:
        found += [match.start() for match in role_pattern("public_body").finditer(last)]
    return bool(found) and (not named or max(found) > named[-1].start)


def _cjk_law_leads(last: str, page: Page) -> bool:
    """Whether a Chinese, Japanese or Korean lead's last sentence names a law after any document in it
    ("個人情報保護法は次のように定めている。"), by the knowledge base or by the word that ends a law's name."""
    if not is_cjk(last):
        return False
    named = document_mentions(last, page)
    found = [match.start() for match in law_name_pattern().finditer(last)]
    found += [match.start() for match in role_pattern("law_ending_cjk").finditer(last)]
    return bool(found) and (not named or max(found) > named[-1].start)


def binds_set_off(paragraph: Paragraph, page: Page, lead_named: bool = False) -> bool:
    """Whether a paragraph set off under a bare colon binds as terms do (or reads as a clause, when the paragraph
    with the colon named a document: `lead_named`, or when it opens on a clause's number: "(ii) La licence …",
    "4.2 Tallyho …"), in no poster's voice, with nobody speaking in it or opening it ("Critics say users must …")."""
    text = paragraph.text
    numbered = _CLAUSE_NUMBER.match(text) is not None
    clause = binds_alone(text, page) or ((lead_named or numbered) and reads_as_clause(text))
    return clause and not _someone_else((unquoted(text),), page) and not others_open(text)


def names_a_document(text: str, page: Page) -> bool:
    """Whether the last MAX_BEFORE_CHARS of a paragraph name a document ("Halden Bank's privacy notice opens
    with:"): what is set off under it may read as a clause with no binding word (binds_set_off)."""
    return bool(document_mentions(text.rstrip()[-MAX_BEFORE_CHARS:], page))
