"""What a pointing word, a pronoun or the sentence after a quotation says the quotation is, when it is no terms.

A pointing word's noun stands for what it last named: "The Cabinet approved a national data policy. The policy
states: “…”" quotes the state's policy, not a company's document (state_issued, points_to_state). "The notice"
on a page that named no notice before is a message on screen, not a privacy notice (unnamed_notice). "They" right
after a sentence that opens on users or critics stands for them (people_pronoun); "It" right after a sentence that opens on
a law, a bill or a law's section stands for that text (law_subject). And a quotation that stands as a
sentence of its own is a spokesperson's or a blog post's when the next sentence points back at it and names one
("“…” So said a spokesperson on Friday.": claimed_after). GUIDELINES: government policies, pop-ups, users' words
and company statements are no terms.
"""

from __future__ import annotations

import re
from functools import cache

from annotations.detectors.jurisdiction import cue_words
from annotations.detectors.quotes import marks
from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_clause_context import SENTENCE_END_MARKS
from annotations.detectors.tos_mentions import Page, document_mentions, public_documents
from annotations.detectors.tos_vocabulary import (
    law_name_pattern,
    phrase_alternation,
    role_pattern,
    role_phrases,
)

__all__ = [
    "claimed_after",
    "company_subject",
    "issued_after",
    "law_subject",
    "message_after",
    "open_quotation",
    "people_pronoun",
    "pointed_elsewhere",
    "points_to_state",
    "state_issued",
    "state_pointer",
    "state_top",
    "unnamed_notice",
]

# How much of a document's sentence before it is read for the state body and its verb.
MAX_ISSUE_CHARS = 200
# Words between a state body and the verb by which it issues the policy: "The Cabinet on Wednesday approved",
# "Kenya's Ministry of ICT and Digital Economy has published" (a longer gap holds a clause of its own).
MAX_WORDS_TO_ISSUE = 6
# Words before a state body read for a preposition that makes it no subject: "with the data protection authority".
MAX_WORDS_TO_SUBJECT = 4
# Words between the issuing verb and the policy it issues: "approved the gazetting of the draft policy".
MAX_WORDS_TO_DOCUMENT = 6
_CLAUSE_BREAK = re.compile(r"[,;:–—(]")
# The longest sentence after a quotation read for its speaker: "So said a Zoomly spokesperson on Friday."
MAX_CLAIM_CHARS = 200
# A company's possessive before the policy a state body approved: "approved Zoomly's new privacy policy".
_OWNED = re.compile(r"(?<![\w&.-])(?P<owner>[\w&.-]+)['’]s?\s")
# A capitalised owner's possessive right before a document, up to two words between: "Zoomly's new privacy policy".
_COMPANY_OWNER = re.compile(r"(?<![\w&.-])(?P<owner>[A-Z][\w&.-]*)['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}$")
# The article before a law's name that opens a sentence: "The GDPR is stricter."
_LAW_NAME_OPENING = re.compile(r"[ \t]*(?:the[ \t]+|its[ \t]+)?", re.IGNORECASE)
# A sentence's opening word.
_OPENING_WORD = re.compile(r"[ \t]*(?P<word>[^\W\d_][\w-]*)")
# How far before a pointing word's noun a document named with a public owner may start: "the government's new
# national data policy".
MAX_OWNED_NAME_CHARS = 80
# Opening marks that differ from their closing ones, and those closing ones: a paragraph that opens on one and holds
# none of its closers runs its quotation on into the next.
_OPEN_ONLY = {"“": "”", "«": "»", "„": "“”", "「": "」"}
_SENTENCE_STOP = re.compile(rf"[{re.escape(SENTENCE_END_MARKS)}](?=\s)|\n")
# After a quotation's closing mark: a full stop outside the marks, if any, then the next sentence on the same line.
_AFTER_CLOSE = re.compile(rf"(?P<stop>[{re.escape(SENTENCE_END_MARKS)}])?[ \t]+(?=\S)")


def state_issued(text: str, start: int) -> bool:
    """Whether the document named at `start` of `text` is what a state body, as its sentence's subject, approves or
    releases there: "The Cabinet on Wednesday approved a national data policy", "The IT ministry released a draft
    data governance policy". Not one a company's possessive owns ("The regulator approved Zoomly's policy"); a
    country's or a state's does not count as one ("approved the country's first data policy": state_owner)."""
    window = text[max(0, start - MAX_ISSUE_CHARS) : start]
    stops = list(_SENTENCE_STOP.finditer(window))
    sentence = window[stops[-1].end() :] if stops else window
    issuer = next(
        (
            found
            for found in role_pattern("state_issuer").finditer(sentence)
            if _subject(sentence, found.start())
        ),
        None,
    )
    issuer_end = issuer.end() if issuer is not None else _country_subject(sentence)
    if issuer_end < 0:
        return False
    verb = role_pattern("state_issue_verb").search(sentence, issuer_end)
    if verb is None or len(words(sentence[issuer_end : verb.start()])) > MAX_WORDS_TO_ISSUE:
        return False
    if role_pattern("issue_object_break").search(sentence, verb.end()) is not None:
        return False  # "The regulator issues an enforcement notice over the messaging policy": the notice is issued
    issued = sentence[verb.end() :]
    if _CLAUSE_BREAK.search(issued) or len(words(issued)) > MAX_WORDS_TO_DOCUMENT:
        return False  # "The government announced a crackdown, and Pico published its new privacy policy"
    return all(
        found.group("owner").casefold() in role_phrases("state_owner")
        for found in _OWNED.finditer(sentence, verb.end())
    )


def _country_subject(sentence: str) -> int:
    """Where a country named as the sentence's opening word ends ("Kenya has adopted a national data policy": a
    jurisdiction's cue word), or -1."""
    found = _OPENING_WORD.match(sentence)
    return found.end() if found is not None and found.group("word") in cue_words() else -1


def _subject(sentence: str, start: int) -> bool:
    """Whether a state body named at `start` of `sentence` may be its subject: no preposition (role
    issuer_preposition) among the few words before it since the last clause break ("after talks with the data
    protection authority, Pico published", "Following an order from the regulator, Pico released")."""
    before = _CLAUSE_BREAK.split(sentence[:start])[-1]
    return not any(
        word.casefold() in role_phrases("issuer_preposition")
        for word in words(before)[-MAX_WORDS_TO_SUBJECT:]
    )


def issued_after(text: str, end: int) -> bool:
    """Whether the words right after a document ending at `end` say a state body issued it, in the passive: "The
    national data policy was approved by the cabinet", "a data policy, approved by the cabinet on Tuesday,"."""
    return role_pattern("state_issued_after").match(text, end) is not None


def message_after(text: str, end: int) -> bool:
    """Whether the words right after a document or a change ending at `end` make it the topic of a message: "The
    privacy policy update email reads", "Its policy change notification says", "The terms of use video says", "The
    update notice tells users", "The notice of changes says" (role message_after). The email, the notification or
    the video speaks, and GUIDELINES count emails, in-app notices and explanations as no terms."""
    return role_pattern("message_after").match(text, end) is not None


def state_top(top: str) -> bool:
    """Whether the top of a page (`top`: its title and first paragraphs) is about a state's policy: one named as a
    state's ("the draft National Data Governance Policy": state_policy_name; "the government's national data policy"),
    or one a state body issued there (state_issued, issued_after: "The Federal Executive Council approved a national
    data policy")."""
    if _company_document(top):
        return False  # "Zoomly's privacy policy clashes with the government's data policy": a company's is there too
    if role_pattern("state_policy_name").search(top) is not None or public_documents(top):
        return True
    return any(
        state_issued(top, found.start()) or issued_after(top, found.end())
        for found in _policy_noun().finditer(top)
    )


def _company_document(text: str) -> bool:
    """Whether `text` names a document a company's possessive owns ("Zoomly's privacy policy", "Lumo's new terms")."""
    names = [(found.start(), found.end()) for found in role_pattern("state_policy_name").finditer(text)]
    for mention in document_mentions(text, named_only=True):
        if any(start <= mention.start < end for start, end in names):
            continue  # "India's draft National Data Governance Policy": the state's, by its name
        owner = _COMPANY_OWNER.search(text, max(0, mention.start - MAX_OWNED_NAME_CHARS), mention.start)
        name = owner.group("owner") if owner is not None else ""
        if name and name.casefold() not in role_phrases("state_owner") and name not in cue_words():
            return True  # not a country's ("India's draft data policy": a jurisdiction's cue word)
    return False


def state_pointer(text: str, start: int, end: int, page: Page) -> bool:
    """Whether the pointing phrase at text[start:end] ("The policy", "this policy") stands for the state's policy the
    page is about (Page.state_policy): a bare determiner and the noun, no owner of its own."""
    return page.state_policy and _bare_pointer().fullmatch(text, start, end) is not None


def points_to_state(earlier: str, noun: str) -> bool:
    """Whether a pointing word's `noun` ("the policy") last stood, in the text before it (`earlier`), for a policy a
    state owns: one a state body issued in that sentence (state_issued, issued_after), or one named with a public
    owner ("the government's national data policy": tos_mentions.public_documents). Not where a company's document
    is named there too: the pointing word is then as likely the company's, which the page is about."""
    found = list(re.finditer(rf"\b{re.escape(noun)}\b", earlier, re.IGNORECASE))
    if not found or _company_document(earlier):
        return False  # "Zoomly's privacy policy was rewritten after the government's data policy": the page's own
    last = found[-1]
    if state_issued(earlier, last.start()) or issued_after(earlier, last.end()):
        return True
    window = earlier[max(0, last.start() - MAX_OWNED_NAME_CHARS) : last.end()]
    return any(start <= len(window) - len(noun) for start in public_documents(window))


def pointed_elsewhere(before: str, page: Page) -> bool:
    """Whether the last document named in the text before a quotation (`before`) is a pointing word that stands for
    no company's document (points_to_state, unnamed_notice): "The ministry released a privacy policy for its portal.
    The policy states: “…”" quotes the state's policy, however much the quotation binds."""
    named = document_mentions(before, page)
    if not named:
        return False
    if issued_after(before, named[-1].end):
        return True  # "The national data policy, approved by the cabinet, states: “…”"
    if named[-1].noun is None:
        return False
    if state_pointer(before, named[-1].start, named[-1].end, page):
        return True  # a page about a state's policy: "The policy states: “…”" far below its top
    earlier = before[: named[-1].start]
    return points_to_state(earlier, named[-1].noun) or unnamed_notice(earlier, named[-1].noun)


@cache
def _policy_noun() -> re.Pattern[str]:
    """The noun of a state's policy (role state_policy_noun), read in a page's top for a state body that issued it."""
    return re.compile(rf"\b(?:{phrase_alternation('state_policy_noun')})\b", re.IGNORECASE)


@cache
def _bare_pointer() -> re.Pattern[str]:
    """A pointing phrase with no owner of its own: a determiner (role bare_determiner), at most two words, the noun
    ("the new policy", "this draft policy")."""
    return re.compile(
        rf"(?:{phrase_alternation('bare_determiner')})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{phrase_alternation('state_policy_noun')})",
        re.IGNORECASE,
    )


@cache
def _determined() -> re.Pattern[str]:
    """An article (role subject_article) and the subject noun after it: "the company", "la empresa"."""
    return re.compile(
        rf"[ \t]*(?:{phrase_alternation('subject_article')})[ \t]*(?P<noun>[^\W\d_]+)", re.IGNORECASE
    )


def company_subject(rest: str) -> bool:
    """Whether the words after a sentence's opening connective (`rest`) open on the company as the subject ("And the
    company adds:", "Y la empresa añade:"): it speaks for itself there, not the document named before."""
    found = _determined().match(rest)
    return found is not None and found.group("noun").casefold() in role_phrases("speaking_company")


def unnamed_notice(earlier: str, noun: str) -> bool:
    """Whether a pointing "notice" (screen_notice_noun) comes after text (`earlier`) that named another document and
    never a notice: "Zoomly has changed its terms of service. This notice states: “…”" quotes a notice about the
    terms, not a privacy notice. Text that names no document at all leaves the notice to the page's document, as a
    privacy notice named further up ("PayLagos published a new privacy notice." … "The notice now says")."""
    if noun.casefold() not in role_phrases("screen_notice_noun"):
        return False
    if re.search(rf"\b{re.escape(noun)}", earlier, re.IGNORECASE) is not None:
        return False
    return bool(document_mentions(earlier, named_only=True))


def people_pronoun(said: str, sentence: str, page: Page) -> bool:
    """Whether the lead `said` opens on a plural pronoun (people_pronoun) right after a `sentence` whose people it
    stands for: people opening it as its subject (people_subject: "Users were furious. They said: “…”"), or people
    named in a sentence that names no document ("The backlash was swift, with users furious. They said: “…”")."""
    opener = role_pattern("continuation").match(said.lstrip())  # "Well, they said:", "Also, they said:"
    opening = words(said.lstrip()[opener.end() :] if opener is not None else said)[:1]
    if not opening or opening[0].casefold() not in role_phrases("people_pronoun"):
        return False
    if role_pattern("people_subject").match(sentence) is not None:
        return True
    return role_pattern("people_noun").search(sentence) is not None and not document_mentions(sentence, page)


def law_subject(sentence: str, page: Page) -> bool:
    """Whether `sentence` opens on a law, a bill or a numbered part of one as its subject (role law_opening: "The bill
    before parliament goes further.", "Section 5 of the Act is clear.", or a law's name: "The GDPR is stricter.") and
    names no document: a pronoun in the next sentence ("It says platforms “…”") stands for that text, not for the
    terms quoted further back."""
    if document_mentions(sentence, page):
        return False
    if role_pattern("law_opening").match(sentence) is not None:
        return True
    opening = _LAW_NAME_OPENING.match(sentence)
    return opening is not None and law_name_pattern().match(sentence, opening.end()) is not None


def claimed_after(text: str, close_mark: int) -> bool:
    """Whether the quotation closing at `close_mark` ends its sentence and the next sentence gives it back to a
    speaker or a source it names: "“…” So said a Zoomly spokesperson.", "“…” The company said this in a blog post."
    (claimed_after, with other_source or topic_of_other)."""
    closed = text[max(0, close_mark - 2) : close_mark].rstrip().endswith(tuple(SENTENCE_END_MARKS))
    after = _AFTER_CLOSE.match(text, close_mark + 1, close_mark + 1 + MAX_CLAIM_CHARS)
    if after is None or not (closed or after.group("stop")):
        return False  # "“…,” the firm said": the sentence goes on, and its own words decide
    following = _SENTENCE_STOP.split(text[after.end() : close_mark + 1 + MAX_CLAIM_CHARS], maxsplit=1)[0]
    if marks().pattern.match(following):
        return False  # another quotation follows: its own sentence may claim that one, not this
    if role_pattern("claimed_after").search(following) is None:
        return False
    return any(role_pattern(role).search(following) for role in ("other_source", "topic_of_other"))


def open_quotation(paragraph: str) -> bool:
    """Whether a paragraph opens a quotation it never closes, as news runs a speaker's words over several paragraphs
    ("“So we are proposing updates to our terms of service …" then "“These updates are about clarity …”"): its
    words are the speaker's, and a document they name hands nothing over to the paragraph after."""
    stripped = paragraph.lstrip()
    opening = stripped[:1]
    closing = _OPEN_ONLY.get(opening)
    return closing is not None and not any(mark in stripped[1:] for mark in closing)
