"""Whose words a quotation is: a terms document's, as the sentence around it presents them, or not.

A quotation is the document's when the text before it names the document and hands over to it
(the document is the subject of a verb of saying or holding, or a preposition puts the quote
inside it) with nobody else speaking in between; or when the text after it names the document
that way ("…”, stated clause 6.3"). A sentence that opens with a pronoun or a connective ("It
also says", "Y aclara") goes on with the sentence before it.
"""

from __future__ import annotations

import re

from annotations.detectors.base import sentence_at, sentence_bounds
from annotations.detectors.memo import last_answer
from annotations.detectors.tos_added_piece import added_piece, adds_piece
from annotations.detectors.tos_antecedents import (
    company_subject,
    issued_after,
    law_subject,
    message_after,
    people_pronoun,
    points_to_state,
    state_issued,
    state_pointer,
    unnamed_notice,
)
from annotations.detectors.tos_attribution_clause import attributed_clause, through_piece
from annotations.detectors.tos_attribution_itself import emphasised, pointing_only
from annotations.detectors.tos_attribution_words import (
    after_subject,
    finding_denial,
    idiom,
    named_speaker_last,
    piece_of_other,
    words,
)
from annotations.detectors.tos_clause_context import (
    MAX_BACK_SENTENCES,
    back,
    back_lead,
    clause_start,
    governed,
    head_elsewhere,
    headline_binds,
    others,
)
from annotations.detectors.tos_comment_opening import CLOSING_MARKS, comment_opening, opens_line, quoted_at
from annotations.detectors.tos_company_saying import company_saying
from annotations.detectors.tos_copula import named_as_predicate
from annotations.detectors.tos_generic import compared, in_general
from annotations.detectors.tos_introduced import introduced_before
from annotations.detectors.tos_kept_right import others_right
from annotations.detectors.tos_lead_guards import (
    company_said,
    framed_by_other,
    purpose_given,
    writers_reading,
)
from annotations.detectors.tos_mentions import Mention, Page, Source, company, document_mentions
from annotations.detectors.tos_messages import stands_for_message
from annotations.detectors.tos_quoted_mentions import inside_quotation
from annotations.detectors.tos_relative import inside_relative_clause
from annotations.detectors.tos_there import there_back, there_elsewhere
from annotations.detectors.tos_trail import takes_floor
from annotations.detectors.tos_vocabulary import (
    holds_phrase,
    is_cjk,
    law_name_pattern,
    part_link,
    role_pattern,
    role_phrases,
)

# What the other terms-quote modules read from here: the document mentions, and the lead.
__all__ = ["Page", "Source", "company", "document_mentions", "lead"]

# Words between a document and the verb it is the subject of: "The policy, attached as an
# exhibit, says", "the wording of its privacy policy over the weekend and switched".
MAX_WORDS_TO_VERB = 8
# A relative clause on the document before the colon that hands over to its words ("the new policy, which applies to
# email, maps, search and online visits to the doctor:") may run this long: a sentence, not a paragraph.
MAX_WORDS_IN_RELATIVE = 20
# Words between a speaker's verb and the document its clause reports on: "said that Pico's new".
MAX_WORDS_TO_SPEAKER_CLAUSE = 4
# How much of a quotation, from its opening mark, is read for terms' own wording (_read_by_speaker).
MAX_AHEAD_CHARS = 400
# How far before a document its verb may start when it comes first ("وكتنص السياسة"), and how many words may
# follow the document before the quote ("المحدثة على أن", "ما يلي:").
MAX_VERB_FIRST_CHARS = 20
MAX_WORDS_AFTER_VERB_FIRST = 4
# How far back a pointing word's noun is looked for, and how close before it another source must be.
MAX_EARLIER_CHARS = 600
# How far before a document another source it is the topic of is read ("The EDPB's statement on the updated").
MAX_TOPIC_CHARS = 80
# Words between the users a company speaks of and the quotation: "users grant it a “…”".
MAX_WORDS_TO_QUOTE = 8
# Words between a pronoun subject and a colon that hands over to the document it stands for ("They open innocuously:").
MAX_WORDS_TO_PRONOUN_COLON = 4
# Words between a document and an aside between commas that its verb may come after ("The policy for Hulu, …, says").
MAX_WORDS_BEFORE_ASIDE = 2
# The words a sentence's subject is looked for in, for a pronoun after it to stand for ("The new provisions sit …").
MAX_SUBJECT_WORDS = 5
MAX_ANTECEDENT_CHARS = 20
# How many documents named before a quotation are read, nearest first, for the one that hands over to
# it (real leads name three at most); each is read with the whole text before it.
MAX_MENTIONS_READ = 12
_CJK_STOPS = ("。", "！", "？")
_DIGIT = re.compile(r"\d")
# Leader dots a Japanese list item sets between a label and what it says, as a colon ("利用規約・・・「…」").
_LEADER_DOTS = ("・・・", "‥")
_PARENTHETICAL = re.compile(r",[^,.;:!?]{1,60},")
# Spaces and at most one adverb between an aside after the document and the document's verb ("…, now says").
_ADVERB_BEFORE_VERB = re.compile(
    r"[ \t]+(?:(?:now|also|still|then|already|currently|explicitly|clearly|simply)[ \t]+)?"
)
# A bracketed aside right after a document, up to a few words of its own (its owner's name before it stays): a link or
# a note on where to read it. Not one that holds a quotation, nor one where someone speaks.
_BRACKETED = re.compile(r"(?:[ \t]+[^\s(),.;:!?“”«»\"]+){0,3}?[ \t]*\([^()\n“”«»\"]{1,80}\)")
_ASIDE_VOICES = ("speaker", "named_speaker", "other_source")
# A quotation between a document and a verb joined after it: the verb is another subject's ("the earlier version had
# caused “…” and said it would": the company said); not a section's name ("its terms, in a section called “…”, state").
_QUOTE_MARK = re.compile(r"[“”«»「」„\"]")
# A piece of the document pointed at before it: "the relevant part of", "one sentence of", "this clause in".
_PIECE = re.compile(
    r"\b(?:part|parts|bit|section|clause|line|lines|sentence|passage|paragraph|wording|excerpt)\s+(?:of|in|from)\s+",
    re.IGNORECASE,
)
# A piece put into the document right before it ("Zoomly added a line to its privacy policy:"): at most two words
# between ("to its new"), so that "a line to their petition against the terms" is the petition's.
_PUT_INTO = re.compile(
    r"\b(?:clause|line|lines|sentence|passage|paragraph|section|wording|language)\s+(?:to|into)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _change_says(left: str) -> bool:
    """Whether a sentence opens on a single change and its verb of saying, as one match of change_subject that holds
    the verb (change_saying_verb): "A atualização que entrou em vigor em 26 de junho passou a dizer que"."""
    subject = role_pattern("change_subject").match(left.lstrip())
    return subject is not None and subject.group().split()[-1].casefold() in role_phrases(
        "change_saying_verb"
    )


@last_answer  # a lead is asked in turn whether it hands over (_linked), is spoken of, and who speaks last
def _governed(left: str, mention: Mention) -> bool:
    """Whether a preposition governs the document at `mention` in `left` (governed)."""
    return governed(left[: mention.start])


def _verb_follows(after: str) -> bool:
    """Whether a verb of the document comes within a few words of it (asides between commas skipped)."""
    if role_pattern("attributing_relative").match(after):
        return False  # "the policy, under which the bank claimed": the relative clause's subject has the verb
    # An aside right after the document or its owner: "The privacy policy for Hulu, a video service with 9 million
    # subscribers, says".
    first = after.find(",")
    near = first >= 0 and len(words(after[:first])) <= MAX_WORDS_BEFORE_ASIDE
    aside = after[:first] + _PARENTHETICAL.sub(" ", after[first:], count=1) if near else after
    verb = role_pattern("doc_verb").search(aside)
    if verb is None and aside is not after:
        verb = role_pattern("doc_verb").search(after)  # the aside held the verb: "In section 2, it now says,"
    else:
        after = aside
    if verb is None:
        return False
    gap = after[: verb.start()]
    quoted = [mark.end() for mark in _QUOTE_MARK.finditer(gap)]
    if quoted and role_pattern("list_joint").fullmatch(gap[quoted[-1] :].strip()):
        return False  # "had caused “…” and said": the verb joined after a quotation is another subject's
    if is_cjk(gap):
        return verb.start() <= MAX_WORDS_TO_VERB * 3
    # Another clause between them has its own subject: "The policy is vague, but the firm said";
    # not a pronoun that picks the document up again: "found the policy too, it says".
    resumed = role_pattern("resumed_subject").search(gap)
    gap = gap[: resumed.start()] if resumed else gap
    # The verb goes with the gap: ", Zentri said" is a new subject's verb.
    clause = gap + after[verb.start() : verb.end()]
    return (
        len(words(gap)) <= MAX_WORDS_TO_VERB
        and not role_pattern("new_clause").search(gap)
        and not role_pattern("named_speaker").search(clause)
    )


def _postposed(after: str) -> bool:
    """A particle right after a document in Chinese or Japanese: プライバシーポリシーでは."""
    match = role_pattern("document_postposition").match(after)
    return match is not None


def _bracket_blanked(after: str) -> str:
    """`after` with a bracketed aside right after the document blanked out (offsets kept), when nobody speaks in it:
    "the app's terms of use (which you can read here), it is stated: “…”", "les conditions (en anglais) précisent"."""
    aside = _BRACKETED.match(after)
    if aside is None or any(role_pattern(role).search(aside.group()) for role in _ASIDE_VOICES):
        return after
    return " " * aside.end() + after[aside.end() :]


def _linked(left: str, mention: Mention) -> bool:
    """Whether the document at `mention` hands over to what follows it in `left`."""
    after = _bracket_blanked(left[mention.end :])
    # "In its policy, the firm may “…”", but not "whether a clause in the terms is valid, they ask
    # whether a “…”": the quote belongs to the clause the preposition opens. "According to the terms, you give …":
    # a pronoun subject after a preposition of attribution is no new speaker.
    inside = (_governed(left, mention) and not role_pattern("new_clause").search(after)) or attributed_clause(
        left[: mention.start], after
    )
    if inside or _postposed(after) or _verb_follows(after) or _verb_first(left, mention):
        return True
    if not after and adds_piece(left, mention):
        return True  # a lead-in's colon after "Quillo added a new line to its privacy policy": the added line follows
    if _attributing_relative(after):
        return True  # "the privacy policy, under which the bank could process data “…”"
    # "switching the wording from “…”": nothing but a linking word between the document and the quote.
    if after.strip().casefold() in role_phrases("document_link"):
        return True
    # "The new terms of use are blunt: …" — a colon a few words after the document; a full-width one in Chinese and
    # Japanese ("プライバシーポリシー：「…」").
    colon = min((index for index in (after.find(":"), after.find("：")) if index >= 0), default=-1)
    if colon < 0 and after.lstrip(" \t").startswith(_LEADER_DOTS):
        return True  # "・プライバシーポリシー・・・「…」と明文化された": leader dots after the name stand for its colon
    if colon < 0 or len(words(after[:colon])) > _colon_reach(left, mention.end):
        return False
    # Not "The updated terms prompted one user to write:": someone else says what follows.
    lead_in = _serial_and(after[:colon], left, mention.end)
    return not any(role_pattern(role).search(lead_in) for role in ("speaker", "new_clause", "named_speaker"))


# The last joint of a list of three or more ("email, web searches, and visits to the doctor"): no new subject.
_SERIAL_AND = re.compile(r"(,[^,]{1,60}),(?=\s+and\s)")


def _serial_and(lead_in: str, left: str, end: int) -> str:
    """`lead_in` with the comma before a list's last "and" taken out, when a relative clause on the document opens it:
    "which applies to email, web searches, and visits" lists what the policy covers; ", and" is no new clause there."""
    opening = role_pattern("relative_pronoun").match(left, end)  # `lead_in` is `left` from `end` on
    if opening is None:
        return lead_in
    clause = opening.end() - end  # the list is the clause's own: not "…, which runs long, and the FAQ, which"
    return lead_in[:clause] + _SERIAL_AND.sub(r"\1", lead_in[clause:])


def _colon_reach(left: str, end: int) -> int:
    """How many words may stand between the document and a colon that hands over to its words: a few, or a relative
    clause on the document ("in the new privacy policy, which applies to email, maps, search and the watch:") that
    only describes it, with nobody's quotation in it."""
    opening = role_pattern("relative_pronoun").match(left, end)
    if opening is None or _QUOTE_MARK.search(left, opening.end(), left.find(":", end)) is not None:
        return MAX_WORDS_TO_VERB
    return MAX_WORDS_IN_RELATIVE


def _verb_first(left: str, mention: Mention) -> bool:
    """Whether a verb right before the document makes it the subject, as Arabic writes it ("تنص الشروط على
    «…»", "وتوضح سياسة الخصوصية ما يلي:"), with only a few words and nobody else between it and the quote."""
    if (
        role_pattern("verb_first").search(left[max(0, mention.start - MAX_VERB_FIRST_CHARS) : mention.start])
        is None
    ):
        return False
    after = left[mention.end :]
    return len(words(after)) <= MAX_WORDS_AFTER_VERB_FIRST and not any(
        role_pattern(role).search(after) for role in ("speaker", "new_clause", "other_source")
    )


def _spoken_of(left: str, mention: Mention) -> bool:
    """Whether someone speaks of the document before it: "the minister said the policy would", "Zoomly responded
    to criticism of its terms in a post:", "The email explains that the passage in the new terms"."""
    speaker = role_pattern("speaker").search(left, 0, mention.start)
    if speaker is None or added_piece(left, speaker.span(), mention):
        return False  # "Quillo has added this line:": the piece put into the document, no statement
    piece = _PIECE.search(left, speaker.end(), mention.end)
    # "The email explains that the passage in the terms “…”": the piece is the subject of what the speaker reports.
    if piece is not None and role_pattern("reported_that").search(left[speaker.end() : piece.start()]):
        return True
    if _governed(left, mention) or through_piece(left[: mention.start]):
        # "CashDey tells borrowers in its terms that “…”", "According to a recent change to the policy": inside it
        return False
    # "One user posted the relevant part of the terms:", "quoted one line of the policy:": a piece of it, passed on.
    return piece is None and _PUT_INTO.search(left[speaker.end() : mention.start]) is None


def _participle_of_other(left: str, mention: Mention) -> bool:
    """Whether a participle after the document belongs to someone else who is the sentence's subject before it:
    "The chief executive defended the terms on Tuesday, saying the company “…”" — the executive says it."""
    if role_pattern("participle_of_other").match(left, mention.end) is None:
        return False
    return role_pattern("other_source").search(left, 0, mention.start) is not None


def _topic_of_other(left: str, mention: Mention) -> bool:
    """Whether the document is what another source right before it is about: "The company's FAQ on the new privacy
    policy says:", "In an FAQ about the terms of service, Zoomly explains" — the FAQ speaks, not the policy."""
    window = left[max(0, mention.start - MAX_TOPIC_CHARS) : mention.start]
    return role_pattern("topic_of_other").search(window) is not None


def _opens_with_reference(sentence: str) -> bool:
    """Whether a sentence goes on with the subject of the one before: "It says", "Y aclara", "Another"."""
    found = words(sentence)
    if not found:
        return False
    stripped = sentence.lstrip()
    change = role_pattern("change_subject").match(stripped)
    if change is not None:
        # "The changes make it clear that …": the changes of the document named before; not "The update notice
        # says", a message about them
        return not message_after(stripped, change.end())
    first = re.split(r"['’]", found[0])[0].casefold()
    if first in role_phrases("back_reference") or first in role_phrases("continuation"):
        return True
    if role_pattern("pronoun_alone").match(sentence.lstrip()):
        return True  # "Dieser lautet: „…“", not the article of "Dieses Vorgehen nennen Kritiker „…“"
    # A connective of several words: "En outre, il est prévu que …", "In addition, it says".
    return role_pattern("continuation").match(sentence.lstrip()) is not None


def _points_elsewhere(earlier: str, noun: str) -> bool:
    """Whether a pointing word's noun last stood for something else: "the pop-up notice … The notice"."""
    found = [match.start() for match in re.finditer(rf"\b{re.escape(noun)}\b", earlier, re.IGNORECASE)]
    if not found:
        return False
    window = earlier[max(0, found[-1] - MAX_ANTECEDENT_CHARS) : found[-1] + len(noun)]
    near = len(window) - len(noun) - 1
    other = any(match.end() >= near for match in role_pattern("other_source").finditer(window))
    return other and not document_mentions(window)


def _points_to_law(earlier: str, noun: str) -> bool:
    """Whether a pointing word ("the provision", "the text") stands for a law named after the last document."""
    if noun.casefold() not in role_phrases("law_pointable"):
        return False
    laws = [match.end() for match in law_name_pattern().finditer(earlier)]
    if not laws:
        return False
    named = document_mentions(earlier[laws[-1] :], named_only=True)
    return not named


def _of_other_contract(left: str, end: int) -> bool:
    """Whether the document or part named up to `end` is of another contract than the terms ("Clause 4 of the lease
    says", "the clause in the employment contract reads": roles contract_link and other_contract; "the agreement
    between the union and the employer": role other_parties)."""
    if role_pattern("other_parties").match(left, end) is not None:
        return True  # "the arbitration agreement between the union and the employer states"
    link = role_pattern("contract_link").match(left, end)
    return link is not None and role_pattern("other_contract").match(left, link.end()) is not None


def _from_left(
    left: str,
    mentions: list[Mention],
    earlier: str = "",
    messages: str = "",
    ahead: str = "",
    page: Page | None = None,
) -> Source | None:
    """The document `left` hands over to, when nobody else speaks between it and the end.

    `mentions` are the documents `left` names; `earlier` is the text of the unit before `left`,
    where a pointing word's noun may have stood for something other than a document; `messages`,
    when given, is that text with the paragraph before's end, where a message the noun stands for
    may have been spoken of ("Users now see a notice about the change." then "This notice states:");
    `ahead` is the text from the quotation's opening mark on, at most MAX_AHEAD_CHARS of it; `page`, when given, says
    whether a bare "the policy" stands for a state's (Page.state_policy).
    """
    if not mentions:
        return None
    # "Plumo's privacy policy, like many privacy policies, says": the documents compared with stand aside.
    mentions = [mention for mention in _parts_joined(left, mentions) if not compared(left, mention)]
    if not mentions:
        return None  # "Like most Terms of Service documents, its updates …": only documents compared with
    # "The passage she means reads:": one who only points at the passage does not speak it.
    speakers = pointing_only(left, mentions, others(left, mentions))
    # The nearest document that hands over wins; one named later that does not ("Its terms of use
    # state in the third paragraph that") gives way to it when its verb comes first.
    ends = [mention.start for mention in mentions[1:]] + [len(left)]
    last_other = max(speakers, default=-1)
    for mention, end in reversed(list(zip(mentions, ends, strict=True))[-MAX_MENTIONS_READ:]):
        if last_other >= mention.end and not _others_aside(left, mention, speakers):
            return None
        if inside_quotation(left, mention):
            continue  # "“Firms may change their privacy policies,” the FTC wrote. “…”": the speaker's word
        if in_general(left, mention):
            continue  # "Most privacy policies say “…”": documents in general, no company's wording
        if inside_relative_clause(left, mention):
            return None  # "A lawyer who read the privacy policy told us it was “…”": the lawyer's words
        if named_as_predicate(left, mention):
            return None  # "…不可欠なのが利用規約です。": what the terms are, no lead-in to them
        if mention.noun and _points_elsewhere(earlier + left[: mention.start], mention.noun):
            continue
        if mention.noun and stands_for_message((messages or earlier) + left[: mention.start], mention.noun):
            continue  # "A pop-up appeared on Tuesday. The notice read, “Tap AGREE …”"
        if mention.noun and _stands_for_other((messages or earlier) + left[: mention.start], mention.noun):
            continue  # "The Cabinet approved a national data policy. The policy states: “…”"
        if mention.noun and page is not None and state_pointer(left, mention.start, mention.end, page):
            continue  # on a page about a cabinet's data policy, "The policy states: “…”" paragraphs below
        if issued_after(left, mention.end):
            continue  # "The national data policy, approved by the cabinet on Tuesday, states: “…”"
        if mention.noun and head_elsewhere(
            earlier + left[: mention.start], left[mention.start : mention.end]
        ):
            continue  # "Kominfo menerbitkan aturan baru soal moderasi konten. Aturan baru itu …"
        if mention.noun and _points_to_law(earlier + left[: mention.start], mention.noun):
            continue  # "… under the Australian Consumer Law. The relevant provision says:"
        if mention.noun and role_pattern("foreign_context").search(left[: mention.start]):
            continue  # "Under the settlement, the agreement requires …"
        if (
            mention.noun and role_pattern("other_contract").search(left[: mention.start])
        ) or _of_other_contract(left, mention.end):
            continue  # "Many employment contracts contain a clause stating that", "Clause 4 of the lease says"
        if mention.noun and piece_of_other(left, mentions, mention, speakers):
            continue  # "Its help page sums it up in one line:"
        if _topic_of_other(left, mention) or role_pattern("topic_after").match(left, mention.end):
            continue  # "The company's FAQ on the new privacy policy says:", "利用規約について「…」と案内している"
        if message_after(left, mention.end):
            continue  # "The privacy policy update email reads:": the email speaks
        spoken = _participle_of_other(left, mention) or (
            _spoken_of(left, mention) and not _verb_follows(left[mention.end :])
        )
        linked = _linked(left, mention) if end == len(left) else _verb_follows(left[mention.end : end])
        if linked and _denied(left, mention):
            return None  # "The terms do not give Quillet “ownership of your photos”": what they lack
        if linked and not spoken and not _read_by_speaker(left, mention, ahead):
            taken = _floor_taken(left[mention.end :]) or _named_speaker_after(left, mention)
            return None if taken else Source(mention.name, company(left[: mention.end]))
    return None


def _others_aside(left: str, mention: Mention, speakers: list[int]) -> bool:
    """Whether every other source named after the document stands in an aside between commas right after it, with no
    verb of saying in the aside and the document's verb after it: "The terms, announced in a blog post on Monday, say
    “…”", "The policy, updated after a letter from the regulator, now says" — the aside tells what befell the
    document; the document speaks."""
    aside = _PARENTHETICAL.match(left, mention.end)
    if aside is None or any(position >= aside.end() for position in speakers):
        return False
    if role_pattern("speaker").search(aside.group()) is not None:
        return False
    # The document's verb right after the aside, an adverb at most between: not a new subject's ("…, they say").
    verb = _ADVERB_BEFORE_VERB.match(left, aside.end())
    return role_pattern("doc_verb").match(left, verb.end() if verb else aside.end()) is not None


def _stands_for_other(earlier: str, noun: str) -> bool:
    """Whether a pointing word's `noun` stands for no company's document by what the text before it (`earlier`) last
    named: a state's policy ("The Cabinet approved a national data policy. The policy …"), or no notice at all ("Zoomly
    changed its terms. This notice states:"), or one a sentence before brought in ("The tax office published a notice
    on Monday. The notice says")."""
    return points_to_state(earlier, noun) or unnamed_notice(earlier, noun) or introduced_before(earlier, noun)


def _read_by_speaker(left: str, mention: Mention, ahead: str = "") -> bool:
    """Whether a speaker's verb right before the document reports what the document does, not what it says (role
    effect_verb): "The consumer group said Pico's terms let the company “…”" is the group's reading of them, where
    "said the terms state that “…”" passes their words on. The speaker's clause runs on to the document: a comma or
    another clause between ("“Trust us,” the chief said, while the policy lets Kete share “…”") ends it. Not when the
    quotation (read from `ahead`) is worded as terms are (terms_wording): "Critics said the terms give Pico “a
    worldwide, royalty-free licence”" passes the terms' words on, as no reading words them."""
    after = left[mention.end :]
    folded = after.casefold()
    if not holds_phrase(folded, "effect_verb"):
        return False  # most leads ("The terms say “…”"): none of its words, read no further
    verb = role_pattern("doc_verb").search(after)
    if (
        verb is None
        or verb.group().casefold() not in role_phrases("effect_verb")
        or len(words(after[: verb.start()])) > MAX_WORDS_TO_VERB
    ):
        return False
    speakers = [found.end() for found in role_pattern("speaker").finditer(left, 0, mention.start)]
    if not speakers:
        return False
    between = left[max(speakers) : mention.start]
    if (
        "," in between
        or len(words(between)) > MAX_WORDS_TO_SPEAKER_CLAUSE
        or role_pattern("new_clause").search(between)
    ):
        return False
    return role_pattern("terms_wording").search(quoted_at(ahead, 0)) is None


def _named_speaker_after(left: str, mention: Mention) -> bool:
    """Whether a company or a person named after a comma speaks last, after the document's own clause: "Asked whether
    the privacy policy lets it sell data, Zoomly said:". Not when a preposition puts the quotation in the document
    ("In its new policy, Natter says it may “…”")."""
    return not _governed(left, mention) and named_speaker_last(left, mention.end)


def _denied(left: str, mention: Mention) -> bool:
    """Whether the sentence denies that the document says what follows: "the policy does not mention",
    "Nothing in the terms says" (role `denial`)."""
    denial = role_pattern("denial")
    return bool(
        denial.search(left[mention.end :])
        or denial.search(left[: mention.start])
        or finding_denial(left, mention)
    )


def _parts_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """A numbered part and the document it is of ("section 9.2 of the new terms", "Ziffer 9.2 der
    neuen AGB") as one mention: the words before the part ("In …") lead to the document."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and part_link().fullmatch(text, last.end, mention.start):
            joined[-1] = Mention(last.start, mention.end, mention.name, mention.noun)
        else:
            joined.append(mention)
    return joined


def _floor_taken(after: str) -> bool:
    """Whether, after a quotation the document's verb led to, someone else takes the floor:
    "The policy says “…”, and the company insists “…”", "… and critics called it “…”"."""
    close = max(map(after.rfind, CLOSING_MARKS))
    if close < 0:
        return False
    stretch = after[close + 1 :]
    return takes_floor(stretch) or role_pattern("naming_verb").search(stretch) is not None


def lead(
    text: str, position: int, page: Page, before: str = "", fallback: Source | None = None
) -> Source | None:
    """The document whose words start at `position` of `text`, by the text before it.

    `before` is the paragraph before `text`, which a sentence opening with "It" or "And" may
    reach back into; `fallback` is the document a pronoun opening a comment stands for ("They
    say “…”" under a thread about the terms).
    """
    if position == len(text) and text.endswith(_CJK_STOPS):
        position -= 1  # the lead-in's own full stop ends its sentence: "…規約には、次の一文がある。"
    bounds = sentence_bounds(text)
    start = clause_start(text, position, bounds)
    left = text[start:position]
    if writers_reading(left) or purpose_given(left, page) or framed_by_other(left):
        return (
            None  # "In plain English, clause 9 means: “…”", "the clause had been added to “…”": not its words
        )
    # "The policy itself says": pointing words set apart from a person's view count on a page that names no document.
    mentions = (
        document_mentions(left, page)
        or _voiced_pointing(text, position, left, page)
        or emphasised(left, page)
    )
    if position < len(text):
        # Not "Novos termos do Papo: “um absurdo”": a headline's quotation that does not bind.
        mentions = headline_binds(left, mentions, text, position)
    preceding = text[max(0, start - MAX_EARLIER_CHARS) : start]
    ahead = text[position : position + MAX_AHEAD_CHARS]
    found = _from_left(left, mentions, preceding, _earlier_text(preceding, text, start, before), ahead, page)
    if found is not None or mentions:
        return found
    if fallback is not None and opens_line(text, position):
        return comment_opening(text, position, fallback)
    left = _past_aside(left)
    continued = role_pattern("continuing_verb").fullmatch(left.strip().rstrip(",:：").strip()) is not None
    leading = not continued and back_lead(left)  # "Entre os dados coletados: “…”", "Compromete-se a “…”"
    continued = continued or leading
    if not continued and role_pattern("inside_reference").match(left.lstrip()) is not None:
        return _inside_back(text, bounds, start, before, page)
    if not continued and not _opens_with_reference(left):
        return _company_voice(left, page, quoted_at(text, position) if position < len(text) else "")
    # A pronoun or connective subject: the verb is in this sentence, the document before it.
    rest = after_subject(left)
    if not continued and rest is not None and company_subject(rest):
        return None  # "And the company adds: “We want …”": the company's statement
    if not continued and (
        others(left, [])
        or rest is None
        or not (_verb_follows(" " + rest) or _change_says(left) or _colon_follows(rest))
    ):
        return None
    # Only a colon after the pronoun hands over ("They open innocuously: …"): the pronoun must be the document's.
    colon_only = not continued and rest is not None and not (_verb_follows(" " + rest) or _change_says(left))
    index = sentence_at(bounds, start)
    earlier = _earlier_sentences(text, bounds, index, before)
    if not earlier and not text[:start].strip():
        if fallback is None and role_pattern("change_subject").match(left.lstrip()):
            # "A atualização passou a dizer …" opening the page under a title that names the policy: its change
            return page.topic
        return fallback
    said = text[bounds[index][0] : position] if index >= 0 else left
    if not continued and (
        people_pronoun(said, earlier[-1], page)
        or state_issued(earlier[-1], len(earlier[-1]))
        or law_subject(earlier[-1], page)
    ):
        # "Users were furious. They said: “…”", "The ministry released a data policy. It says: “…”", "The bill goes
        # further. It says platforms “…”"
        return None
    if not continued and rest is not None and company_said(said, rest, earlier[-1], page):
        return None  # "Nuvo published new terms on Monday. It promised users “…”": the company's words
    if colon_only and not _opens_on_document(earlier[-1], page):
        return None  # "Quillo's executives … They were blunt: “…”": their words
    found = _lead_back(earlier, page) if leading else back(earlier, page)
    if found is not None:
        # "… une notification. On y lit : « … »": the notice's words, not the terms'
        return None if there_elsewhere(said, earlier, page) else found
    return there_back(said, earlier, page)


def _inside_back(
    text: str, bounds: list[tuple[int, int]], start: int, before: str, page: Page
) -> Source | None:
    """The document a sentence opening "In it, the company says" speaks in: only the one the sentence right before
    names, and nothing else one reads in ("Acme updated its privacy policy. In it, …"); "Acme sent users an email. In it,
    …" is the email's."""
    earlier = _earlier_sentences(text, bounds, sentence_at(bounds, start), before)
    if not earlier or not document_mentions(earlier[-1], page):
        return None
    if role_pattern("other_source").search(earlier[-1]) is not None:
        return None  # "Bookly published an FAQ alongside its terms. In it, …": the FAQ may be the "it"
    return back(earlier[-1:], page)


def _attributing_relative(after: str) -> bool:
    """Whether the words after the document open a relative clause that gives what follows to it ("the privacy
    policy, under which the bank could process data “…”", "según la cual", "selon laquelle", "wonach"), with few
    words, nobody speaking and no new clause before the quotation."""
    opening = role_pattern("attributing_relative").match(after)
    if opening is None:
        return False
    rest = after[opening.end() :]
    if len(words(rest)) > MAX_WORDS_IN_RELATIVE or role_pattern("new_clause").search(rest):
        return False
    # "under which the bank claimed it could “…”": a claim made under the document, not its words
    return not any(
        role_pattern(role).search(rest) for role in ("speaker", "named_speaker", "other_source", "claim_verb")
    )


def _colon_follows(rest: str) -> bool:
    """Whether a colon a few words after a pronoun subject hands over to the document it stands for, as one after the
    document's name does ("The new terms are blunt:"): "They open innocuously: the provider “may …”", "Elles
    s'ouvrent de manière anodine : le prestataire « peut … »". Nobody speaks before the colon."""
    colon = min((index for index in (rest.find(":"), rest.find("：")) if index >= 0), default=-1)
    if colon < 0 or len(words(rest[:colon])) > MAX_WORDS_TO_PRONOUN_COLON:
        return False
    return not any(
        role_pattern(role).search(rest[:colon]) for role in ("speaker", "new_clause", "named_speaker")
    )


def _opens_on_document(sentence: str, page: Page) -> bool:
    """Whether `sentence` opens on the document or a part of it (role part_noun) as its subject, for a pronoun in the
    next sentence to stand for: "The new provisions sit in chapter VI. They open innocuously: …"; not "Quillo's
    executives defended the new terms. They were blunt: …" nor "Quillo published a statement on its terms. It is
    clear: …", whose pronoun stands for the people or the statement."""
    opening = " ".join(words(sentence)[:MAX_SUBJECT_WORDS])
    return bool(document_mentions(opening, page)) or role_pattern("part_noun").search(opening) is not None


def _earlier_text(earlier: str, text: str, start: int, before: str) -> str:
    """The text before a lead's sentence (`earlier`, its paragraph's part) a message a pointing word's noun stands for
    may be spoken of in, at most MAX_EARLIER_CHARS: the paragraph before's end too when the sentence opens its own
    ("Users who open the app now see a notice about the change." then "This notice states: “…”")."""
    if len(earlier) < MAX_EARLIER_CHARS and before and not text[:start].strip():
        earlier = before[max(0, len(before) - (MAX_EARLIER_CHARS - len(earlier))) :] + "\n" + earlier
    return earlier


def _lead_back(earlier: list[str], page: Page) -> Source | None:
    """The document a subjectless lead goes on with: that of the nearest sentence before naming one, through
    sentences that open on a lead too, with no official or regulator named in them (role back_lead_break)."""
    index = len(earlier) - 1
    while index > 0 and back_lead(earlier[index]) and not document_mentions(earlier[index], page):
        index -= 1
    chain = earlier[index:]
    if any(role_pattern("back_lead_break").search(sentence) for sentence in chain):
        return None
    mentions = document_mentions(chain[0], page)
    if mentions and _topic_of_other(chain[0], mentions[0]):
        # "L'association a publié un rapport sur les CGU. On peut lire : « … »": the report's words
        return None
    return back(chain, page)


def _earlier_sentences(text: str, bounds: list[tuple[int, int]], index: int, before: str) -> list[str]:
    """The sentences before the one at `index` of `bounds`, at most MAX_BACK_SENTENCES, reaching into the paragraph
    before (`before`) when this one holds fewer."""
    earlier = [text[s:e] for s, e in bounds[max(0, index - MAX_BACK_SENTENCES) : index]]
    if len(earlier) < MAX_BACK_SENTENCES and before:
        reach = MAX_BACK_SENTENCES - len(earlier)
        earlier = [before[s:e] for s, e in sentence_bounds(before)[-reach:]] + earlier
    return earlier


def _past_aside(left: str) -> str:
    """The clause from a pronoun aside on ("Backups, it says, are kept “…”" → "it says, are kept"): the aside's
    pronoun is the subject that goes on with the document named before; `left` itself when there is none."""
    aside = role_pattern("document_aside").search(left)
    return left if aside is None else left[aside.start() + 1 :]


def _voiced_pointing(text: str, position: int, left: str, page: Page) -> list[Mention]:
    """On a page that names no document, the pointing words ("The updated policy reads,") that count
    when the quotation binds as terms do ("“We may keep …”", "“You agree …”"): a government's new
    policy promises ("“we will build …”"), it does not bind its reader."""
    if (
        page.names_document
        or position >= len(text)
        or role_pattern("terms_binding").search(quoted_at(text, position)) is None
    ):
        return []
    # Not a numbered part ("Section 6 now says"): a stadium's or a club's rules have sections too.
    found = document_mentions(left, Page(True, page.topic, privacy=page.privacy))
    return [mention for mention in found if not _DIGIT.search(left, mention.start, mention.end)]


def _company_voice(left: str, page: Page, quoted: str) -> Source | None:
    """The document the page is about, when its company says in the present tense what users grant or
    must do and the quotation (`quoted`) follows: "Kestrel now says users grant it “…”"."""
    if page.topic is None:
        return None
    hedged = role_pattern("hedged_own_modal").search(left) is not None
    if hedged and role_pattern("terms_action_opening").search(quoted) is None:
        return None  # "Fenn says it may “revisit parts of the update”": the company's intention, not a clause
    voice = role_pattern("company_voice").search(left)
    if voice is None and not others(left, []) and company_saying(left, quoted, page.topic.company):
        return page.topic  # "Vellmor notes that it “may keep backups …”"
    if voice is None or others(left, []) or role_pattern("speaker").search(left[: voice.start()]):
        return None  # "Critics say users must accept “…”": the critics' words
    gap = left[voice.end() :]
    if others_right(left[: voice.start()], voice.group(), gap + quoted):
        return None  # "La AEPD se reserva el derecho de «…»", "Piaf se réserve le droit de « faire appel »"
    if len(words(gap)) > MAX_WORDS_TO_QUOTE or role_pattern("new_clause").search(gap):
        return None
    if role_pattern("naming_verb").search(gap):
        return None  # "Kestrel says users can opt out, calling it “a clarification”"
    if idiom(quoted):
        return None  # "Creators must now give Nuvo “the lion's share”": the writer's idiom
    if role_pattern("statement_voice").search(quoted):
        return None  # "Vellmor says it can “take our customers' privacy seriously”": a statement
    return Source(page.topic.document, company(left[voice.start() :]) or page.topic.company)
