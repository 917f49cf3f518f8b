"""Terms-of-service quotes: quoted or set-off text that the article presents as a ToS, policy or EULA.

The detector walks the article's paragraphs in reading order. A quotation is the document's by
the sentence around it (tos_attribution); a paragraph after a lead-in is the document's by the
lead-in (tos_blocks); a quotation that opens a paragraph goes on with the paragraph before when
that one handed over to the document or was its words; a quotation that repeats wording already
found to be the document's is the document's too.
"""

from __future__ import annotations

import re
from itertools import islice, takewhile

from annotations.detectors.base import Unit
from annotations.detectors.gate import forget_recent
from annotations.detectors.memo import unit_scope
from annotations.detectors.own_document import is_own_document
from annotations.detectors.quotes import Quote, marks
from annotations.detectors.tos_accepting import accepting_source
from annotations.detectors.tos_apposed import apposed_source
from annotations.detectors.tos_article_heading import article_heading, heading_marked, points_below
from annotations.detectors.tos_attribution import Source, company, document_mentions, lead
from annotations.detectors.tos_attribution_words import only_document_name
from annotations.detectors.tos_block_end import writer_after_block
from annotations.detectors.tos_blocks import (
    Paragraph,
    after_gt_mark,
    binding_clause,
    binds,
    block_span,
    continues_block,
    in_clause_voice,
    in_poster_voice,
    is_bare_lead,
    is_connective,
    is_quote_header,
    labelled_line,
    last_sentence,
    marker_end,
    named_before_colon,
    opens_with_quote,
    paragraphs,
    reads_as_clause,
    words,
    writers_item,
)
from annotations.detectors.tos_bound import (
    binds_set_off,
    bound_run,
    bound_wording,
    headline_speaker,
    unquoted,
)
from annotations.detectors.tos_change_news import changed_to_rule, changed_wording
from annotations.detectors.tos_clause_apposed import clause_apposed_source
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_clauses import clause_categories
from annotations.detectors.tos_closing_speaker import person_before
from annotations.detectors.tos_continued import continues, continues_across, ends_paragraph, reopens
from annotations.detectors.tos_defined_term import defined_term_source
from annotations.detectors.tos_dropped_subject import dropped_subject_source
from annotations.detectors.tos_duty import duty_source
from annotations.detectors.tos_elided_on import elided_on
from annotations.detectors.tos_first_person import first_person_source
from annotations.detectors.tos_follow_on_cjk import follow_on_source
from annotations.detectors.tos_fragments import (
    after_document_sentence,
    fragment_source,
    goes_on,
    joined_before,
    label_quotations,
    resumes_after,
    reviewed_source,
    supposed,
)
from annotations.detectors.tos_generic import general_lead
from annotations.detectors.tos_hand_over import hand_over
from annotations.detectors.tos_hypothetical import written_if
from annotations.detectors.tos_in_play import in_play_source
from annotations.detectors.tos_items import (
    clause_items,
    headed_items,
    inline_items,
    led_items,
    open_item,
    quoted_items,
    reader_list,
    running_items,
)
from annotations.detectors.tos_joined_lines import joined_clause
from annotations.detectors.tos_judged_clause import judged_clause_source
from annotations.detectors.tos_law_name_quote import only_law_name
from annotations.detectors.tos_lead_forms import clause_label, new_lead_line
from annotations.detectors.tos_lead_guards import document_leads
from annotations.detectors.tos_list_lines import list_lead_line, short_item
from annotations.detectors.tos_list_siblings import item_quote, sibling_clause
from annotations.detectors.tos_marked import OFFER_TERMS, binds_as_clause, marked_opening, offer_binds
from annotations.detectors.tos_message_lead import message_reads, translated
from annotations.detectors.tos_named_after import clause_sentence_after, juxtaposed, named_clause_source
from annotations.detectors.tos_noted_cue import noted_source
from annotations.detectors.tos_notice_wording import announces_change
from annotations.detectors.tos_numbered_aside import after_aside, aged, numbered_at, numbered_heading
from annotations.detectors.tos_open_bracket import opens_unclosed
from annotations.detectors.tos_opening import handed_at_start
from annotations.detectors.tos_picture_lines import heading_list, picture_caption
from annotations.detectors.tos_possessive import possessed_source
from annotations.detectors.tos_poster_label import poster_label
from annotations.detectors.tos_reacted import reacted_on, restated_on
from annotations.detectors.tos_repeated_lines import repeated_lines
from annotations.detectors.tos_reported_change import reports_change
from annotations.detectors.tos_review_say import review_say_label
from annotations.detectors.tos_said_elsewhere import claimed_alone
from annotations.detectors.tos_said_that import said_that
from annotations.detectors.tos_service_heading import service_heading
from annotations.detectors.tos_shown_cjk import shown_message_cjk
from annotations.detectors.tos_sibling_labels import sibling_label
from annotations.detectors.tos_source_lines import source_line
from annotations.detectors.tos_specified import specified_source
from annotations.detectors.tos_told_block import told_takes
from annotations.detectors.tos_trail import (
    past_trail,
    someone_else_says,
    spoken_after,
    trail,
)
from annotations.detectors.tos_trailing import trailing_source
from annotations.detectors.tos_unled_block import unled_takes
from annotations.detectors.tos_verb_last import verb_last_source
from annotations.detectors.tos_vocabulary import CJK, role_pattern
from annotations.detectors.tos_voiced_lead import voiced_lead
from annotations.detectors.tos_walk import MAX_RECENT, Walk, asked, page_of, source_of
from annotations.detectors.tos_wording import (
    Wordings,
    clause_end,
    closing_continuation,
    document_label,
    in_document_voice,
    is_heading_line,
    is_wording,
    marked_quotation,
    normal_wording,
    only_quotes,
    paragraph_quotes,
    quoted_stretches,
    quotes_wording,
    wording_quotes,
)
from annotations.detectors.tos_wrapped import wrapped_on
from annotations.model import Finding

__all__ = ["TosQuoteDetector", "clause_categories"]

# Words before "that line" or "those clauses" in the sentence that names where quotations came from.
MAX_WORDS_TO_REFERENCE = 4
# Colons of one paragraph tried as "the terms state: …": each reads the sentence before it, so a
# hostile paragraph of colons ("x : x : …") would cost the square of its length.
MAX_INLINE_COLONS = 40
# How much text before a quotation is read for a sentence whose subject is a named person (person_before).
MAX_PERSON_LEAD_CHARS = 300
# Quotations set off in a row that wait for the paragraph after them to name their source: a real page sets off a
# few, a hostile one thousands, each read again under every paragraph that follows.
MAX_RUN_QUOTES = 60


class TosQuoteDetector:
    """Finds quotations and set-off clauses attributed to terms of service, privacy policies and similar."""

    name = "tos_quotes"

    def _finding(self, unit: Unit, start: int, end: int, source: Source) -> Finding:
        quoted = unit.text[start:end]
        return Finding(
            "tos_quote", unit.id, start, end, quoted, self.name,
            document=source.document, company=source.company, clauses=clause_categories(quoted),
        )  # fmt: skip

    def _accept(self, walk: Walk, unit: Unit, start: int, end: int, source: Source) -> None:
        if source.document == OFFER_TERMS and not offer_binds(unit.text[start:end]):
            return  # "The bonus terms read: “Get 100 free spins today”": an advert's slogan, no clause
        if announces_change(unit.text[start:end]):
            return  # "“We have made some updates to our Terms of Service.”": the company's notice, no clause
        walk.findings.append(self._finding(unit, start, end, source))
        walk.wording.append((unit.text[start:end], source))

    def _quote_source(self, walk: Walk, paragraph: Paragraph, quote: Quote, before: str) -> Source | None:
        """The document a quotation in a paragraph is from, or None."""
        text, unit = paragraph.unit.text, paragraph.unit
        handed = handed_at_start(walk, paragraph, quote, before)
        if handed is not None:
            return handed
        trailed = trailing_source(text, quote, walk.page)  # "정책에는 ‘…’라는 항목", "Sözleşmede “…” ifadesi"
        if trailed is not None and not (supposed(text, paragraph, quote) or written_if(text, quote)):
            return trailed
        # "Critics pointed to the terms' “perpetual licence”": the possessive gives the words to the document.
        possessed = possessed_source(text, quote, walk.page)
        if possessed is not None and not (supposed(text, paragraph, quote) or written_if(text, quote)):
            return possessed
        past = past_trail(text, quote, walk.page, before if unit.kind != "title" else "")
        if past is not None and not (supposed(text, paragraph, quote) or written_if(text, quote)):
            return past  # "X's privacy policy said there were cases … “…,” it stated."
        if claimed_alone(text, quote):
            return None  # "“…” So said a Zoomly spokesperson on Friday.": the next sentence gives it away
        if someone_else_says(text, quote, walk.page) and not document_leads(
            text, quote.open_mark, quote.close_mark, walk.page
        ):
            return None
        if before and opens_with_quote(paragraph.text) and poster_label(before):
            return None  # "From Reddit:" over "“The license you grant them is perpetual…”": users' posts
        if said_that(text, quote, walk.page):
            return None  # "A spokesperson said that the updated policy contains “…”": the speaker's account
        if person_before(
            text[max(paragraph.start, quote.open_mark - MAX_PERSON_LEAD_CHARS) : quote.open_mark]
        ):
            return None  # "Mara Jensen, the company's counsel, was blunt. “Users must arbitrate.”": hers
        if supposed(text, paragraph, quote) or written_if(text, quote):
            return None  # "…might as well say “…”", "規約に「変更する」と書いておけば": supposed wording
        if general_lead(text, quote.open_mark, walk.page):
            return None  # "Most privacy policies actually say the opposite: “…”": documents in general
        # A pronoun opening a comment ("They say “…”") stands for the document the thread is about.
        fallback = walk.page.topic if unit.in_comments else None
        earlier = before if unit.kind != "title" else ""
        found = lead(text, quote.open_mark, walk.page, earlier, fallback)
        found = found or trail(text, quote.close_mark + 1, walk.page, quote.open_mark, earlier)
        found = (
            found
            or labelled_line(text, quote.open_mark, before, walk.page)
            or juxtaposed(text, quote, walk.page)
            or voiced_lead(
                text, quote, walk.page, earlier, fallback, walk.recent[-1] if walk.recent else ""
            )  # "Their version now reads: “We share …”"
            or sibling_label(text, quote, walk.recent, walk.wording)  # "Line 2: “…”" after "Line 1: “…”"
        )
        if unit.kind == "title":
            # A headline quoting a clause with no lead-in ("Anger over “you waive any claim” line"): its wording says.
            if found or headline_speaker(text[paragraph.start : quote.open_mark], walk.page):
                return found  # "Senator: users must “take back control”": the senator's words
            return bound_wording(text, paragraph, quote, walk.page)
        if found is not None:
            return found
        found = fragment_source(text, quote, walk.page) or named_clause_source(text, quote, walk.page, before)
        found = found or clause_sentence_after(text, quote, walk.page)
        found = found or reviewed_source(text, quote, walk.page, before, walk.took)
        found = found or after_document_sentence(text, paragraph, quote, walk.page)
        found = found or changed_wording(text, paragraph, quote, walk.page, before)
        found = found or changed_to_rule(text, paragraph, quote, walk.page)
        found = found or defined_term_source(text, quote, walk.wording)  # "“Disputes” is a term that “…”"
        found = found or apposed_source(text, quote, walk.page)  # "the older policy ‘Respect for your …’"
        found = found or clause_apposed_source(text, quote, walk.page)  # "die Klausel „Wir können …“"
        found = found or judged_clause_source(text, quote, walk.page)  # "the court found “We …” void"
        found = found or accepting_source(text, quote, walk.page)  # "ao aceitar os termos, você declara “…”"
        found = found or specified_source(text, quote, walk.page)  # "X는 “…”고 명시했다"
        found = found or noted_source(text, quote, walk.page)  # "「…」について投稿禁止としている"
        found = found or verb_last_source(text, quote, walk.page)  # "…, dass die AGB eine „…“ vorsehen"
        found = found or dropped_subject_source(
            text, quote, walk.page, before
        )  # "La política es vaga. Dice que «…»"
        found = found or bound_wording(text, paragraph, quote, walk.page, asked(walk))
        # "The new terms run to 40 pages. … Users must now allow Wolkig to analyse files “to improve our models”."
        found = found or duty_source(text, paragraph, quote, walk.page, tuple(walk.recent) if before else ())
        if found is None and not unit.in_comments and walk.wording:
            # "It also says users “…”" a paragraph after the writer's own, under the document's last quotation
            found = in_play_source(text, paragraph, quote, walk.page, walk.wording[-1], walk.recent)
            # "…”고 규정했다. 또 “…”고 고지했다": a Korean, Japanese or Chinese sentence going on with the clauses
            found = found or follow_on_source(
                text, paragraph, quote, walk.page, walk.wording[-1], walk.recent
            )
        if found is not None or (unit.in_comments and not walk.wording):
            return found  # a comment reads the company's "our" only once the thread has quoted its document
        topic = walk.page.topic
        settled = source_of(walk) if walk.wording else topic if topic and topic.company else None
        # "Zoomly can now use recordings “to improve our products”" on a page that has settled its document.
        above = walk.recent[-1] if before and walk.recent else ""
        return first_person_source(text, paragraph, quote, walk.page, settled, above, poster=unit.in_comments)

    def _quotes(self, walk: Walk, paragraph: Paragraph, before: str) -> bool:
        """Terms quotations in one paragraph; whether the paragraph is all one accepted quotation."""
        text, whole = paragraph.unit.text, False
        previous: tuple[Quote, Source] | None = None
        waiting: list[Quote] = []  # quotations of this paragraph given to nobody since the last accepted one
        closing, walk.closing = walk.closing, None
        if closing is not None and closing[0] != before:
            closing = None  # the paragraph it ended is not the one right before
        reopened, walk.reopened = walk.reopened, None
        spoken_open, walk.spoken_open = walk.spoken_open == before != "", ""
        last: Quote | None = None
        for quote in wording_quotes(text, paragraph_quotes(paragraph, walk.last_of_stream)):
            if (
                spoken_open
                and quote.open_mark == marker_end(text, paragraph.start)
                and trail(text, quote.close_mark + 1, walk.page, quote.open_mark) is None
            ):
                # "Ernest commented: “The core issue … ¶ “Disney's argument …": the speaker's quotation goes on,
                # unless the document is named as its source after it ("“You agree to …,” the terms say").
                spoken_open = quote.close_mark >= paragraph.end
                if spoken_open:
                    walk.spoken_open = paragraph.text
                continue
            last = quote
            if previous is not None and quote.close_mark < previous[0].close_mark:
                continue  # nested in the document's quotation: its words are the document's already
            if only_document_name(text[quote.start : quote.end]) or only_law_name(
                text[quote.start : quote.end]
            ):
                continue  # "este acuerdo llamado “términos y condiciones”", "'AI 기본법' 등": a name, no wording
            if message_reads(text, quote) or translated(text, quote) or shown_message_cjk(text, quote):
                continue  # "users saw a pop-up reading “…”", "Translation: “…”": the notice's words, the writer's
            source = self._quote_source(walk, paragraph, quote, before)
            if (
                source is None
                and reopened is not None
                and previous is None
                and not waiting
                and reopens(text, paragraph.start, quote, walk.page)
            ):
                source = reopened  # "It reads: “We may … ¶ “You also …”": one quotation over two paragraphs
            if (
                source is None
                and closing is not None
                and previous is None
                and not waiting
                and continues_across(text, paragraph.start, quote, closing[1], walk.page)
            ):
                source = closing[
                    2
                ]  # "“…,” it adds, “…”" after a paragraph that ended on the document's quotation
            if (
                source is None
                and previous is not None
                # Not a quotation that holds the document's: "“… the complaint says it promised ‘…’ …”", a lawyer's.
                and quote.open_mark > previous[0].open_mark
                and (
                    goes_on(text, previous[0], quote, walk.page)
                    or resumes_after(text, previous[0], quote)
                    # "The agreement also says …", with no quotation given to nobody between
                    or (not waiting and continues(text, previous[0], quote, walk.page))
                    # "The terms say “…”. Fair enough. “Scanned files are kept for ninety days.”"
                    or (not waiting and reacted_on(text, previous[0], quote, walk.page))
                    # "… “Quillet may use uploaded files …”. Files can also be kept “for as long as necessary”."
                    or (not waiting and restated_on(text, previous[0], quote, walk.page))
                    # "… to do as they want with it or, “…and to authorize others to do so.”"
                    or (not waiting and elided_on(text, previous[0], quote))
                )
                and not claimed_alone(text, quote)
            ):
                source = previous[1]  # "changed from “…” to “…”": the same document goes on
            if source is None:
                walk.pending.append((paragraph.unit, quote))
                waiting.append(quote)
                continue
            for earlier in joined_before(text, paragraph, waiting, quote, walk.page):
                # "Kete may disclose “…” to “…”, the policy says": the cue after covers the quotations joined to it.
                self._accept(walk, paragraph.unit, earlier.start, earlier.end, source)
                walk.pending.remove((paragraph.unit, earlier))
            waiting = []
            previous = (quote, source)
            # A clause list inside the quotation: its lead-in and each clause apart, markers outside.
            items = quoted_items(paragraph, quote.start, quote.end)
            if not items and quote.close_mark >= paragraph.end:
                items = running_items(paragraph, quote.start, quote.end)  # the list goes on below
            for start, end in items or [(quote.start, quote.end)]:
                self._accept(walk, paragraph.unit, start, end, source)
            walk.running = source if quote.close_mark >= paragraph.end else None
            whole = whole or marker_end(text, paragraph.start) == quote.open_mark
        if (
            last is not None
            and (previous is None or previous[0] is not last)
            and _speaker_left_open(text, paragraph, last)
        ):
            walk.spoken_open = paragraph.text
        if previous is not None and not waiting and ends_paragraph(text, previous[0], paragraph.end):
            walk.closing = (paragraph.text, text[previous[0].start : previous[0].end], previous[1])
        return whole

    def _set_off_inline(self, walk: Walk, paragraph: Paragraph) -> None:
        """A clause after a colon inside a paragraph, without quotation marks: "the terms state: we may …"."""
        text = paragraph.unit.text
        quoted = quoted_stretches(paragraph)
        colons = (
            index
            for index in range(paragraph.start, paragraph.end - 1)
            # A link's colon ("https://…") sets nothing off.
            if text[index] in ":：" and not quoted(index) and not text.startswith("//", index + 1)
        )
        for colon in islice(colons, MAX_INLINE_COLONS):
            start = colon + 1
            # French typography sets no-break spaces after a colon and inside a guillemet.
            while start < paragraph.end and text[start] in " \t\u00a0\u202f":
                start += 1
            marked, start = start, after_gt_mark(text, start, paragraph.end)  # "From the ToS: > We may …"
            if start >= paragraph.end or marks().pattern.match(text, start) or text[start] == "\n":
                continue
            joined = joined_clause(paragraph.unit, paragraph, colon, walk.page)
            if joined is not None:  # "… removed from the terms:" ending its line, the clause on the next one
                if joined[0] is not None and not quotes_wording(text, joined[1], joined[2]):
                    self._accept(walk, paragraph.unit, joined[1], joined[2], joined[0])
                continue
            # "From the new terms: 1. We may share … 2. We may keep …": one clause per item, each to its full stop.
            spans = inline_items(paragraph, start) or [(start, clause_end(text, start, paragraph.end))]
            source = lead(text, colon, walk.page)
            # Led in by the writer's own sentence ("The privacy policy lists the data: names, emails and contacts"),
            # the stretch must read as a clause; a label ("条款:", "Section 14:") sets off the clause itself.
            led = source is not None
            source = source or clause_label(text, paragraph.start, colon)
            if source is None and binds_as_clause(text[spans[0][0] : spans[0][1]]):
                # "Zoomly's terms of service, section 5: We may suspend …": the document's name as a label; "Relevant
                # bit of the EULA: > The Licensor may …": a line the page marks as quoted, as under a lead-in's line.
                head = text[paragraph.start : colon]
                source = document_label(head, walk.page, listed=len(spans) > 1)
                source = source or (named_before_colon(head, walk.page) if start > marked else None)
                source = source or review_say_label(
                    head, list(walk.recent), walk.page
                )  # "What they say: We …"
            if source is None:
                continue
            for begin, end in spans:
                if (
                    words(text[begin:end]) >= 4
                    and not quotes_wording(text, begin, end)
                    and not reports_change(text[begin:end], walk.page)
                    and (not led or reads_as_clause(text[begin:end]))
                ):
                    self._accept(walk, paragraph.unit, begin, end, source)

    def _set_off(self, walk: Walk, paragraph: Paragraph, previous: Paragraph | None) -> bool:
        """A paragraph after a lead-in (or after a set-off clause it goes on with) is the document's."""
        modes = (
            "lead",
            "titled",
            "block",
            "list",
            "items",
            "announced",
            "header",
            "bound",
            "unled",
            "numbered",
            "told",
            "article",
        )
        # "Respuesta de ana:" then "Del aviso de privacidad, tal cual:": a lead-in of its own, no clause.
        if walk.handing is None or walk.mode not in modes:
            return False
        if announces_change(paragraph.text):
            # The company's notice pasted under the lead: no clause, nor anything below it.
            walk.handing, walk.mode = None, ""
            return False
        if opens_with_quote(paragraph.text) and not opens_unclosed(
            paragraph.unit.text, marker_end(paragraph.unit.text, paragraph.start), paragraph.end
        ):
            return False  # a quotation of its own; not "1「ユーザーは…" left open (tos_open_bracket)
        if new_lead_line(paragraph, walk.page) and walk.mode != "numbered":
            return False  # a numbered clause ending on a colon ("7.2 … if you:") leads its own items in
        if writer_after_block(paragraph, [wording for wording, _ in walk.wording[-MAX_RECENT:]]):
            return False  # "Note the “may notify you”: not “will”.": the writer on the clause above
        if reports_change(paragraph.text, walk.page):
            return False  # "Tech giants have modified their terms to allow …": the writer's news of a change
        numbered = (
            marker_end(paragraph.unit.text, paragraph.start) > paragraph.start
        )  # "2. … I suggest you …"
        # Not a feature's name in marks ("the “Find My Phone” feature"): the clause names it, nobody says "my".
        if in_poster_voice(unquoted(paragraph.text)) and walk.mode != "quote" and not numbered:
            return False  # "I read it twice and I still don't get it.": a poster's words, terms never say "I"
        # The page marks where its quotation goes on and where it ends ("> …" lines, a blockquote).
        quoted = marked_quotation(previous, paragraph)
        if walk.mode in ("block", "list") and quoted is False:
            return False
        if walk.mode in ("lead", "titled", "items", "bound") and self._quoting_item(walk, paragraph):
            return True
        marked = marker_end(paragraph.unit.text, paragraph.start) > paragraph.start
        # A list item the parser took its marker from goes on with a clause list all the same.
        listed = marked or paragraph.unit.block_kind == "list_item"
        if walk.mode == "titled" and not listed:
            return False  # under "Gizlilik Sözleşmesi Maddeleri", the list's items: not the writer's prose after it
        if walk.mode == "announced" and not (marked or binding_clause(paragraph)):
            return False  # parts counted off above: a numbered clause, or one that binds in the terms' voice
        if walk.mode == "article" and not (
            (in_clause_voice(paragraph.text) or numbered)
            and binds_set_off(paragraph, walk.page, lead_named=True)
        ):
            # Under "第3条(禁則事項)", the article's text speaks as the terms do, not the writer; its numbered
            # paragraphs ("1. 本サービスは、日本国内を対象としており、…") are its own, whoever they name.
            return False
        if walk.mode == "bound" and not binds_set_off(paragraph, walk.page, walk.lead_named):
            return False  # under a bare colon ("One change stands out:"), only a clause that binds
        if walk.mode == "header" and not (marked or binds(paragraph)):
            return False  # under "Quote from: Forum Rules", a rule: it binds someone
        if walk.mode == "items" and (marked or paragraph.unit.block_kind == "list_item"):
            # An item of the writer's list: the list goes on, and the quotations it holds are the document's, also in
            # an item that speaks as the document ("To give the app the right to “use your name … we display”").
            unit_text = paragraph.unit.text
            self._item_quotations(
                walk, paragraph, [q for q in paragraph_quotes(paragraph) if is_wording(unit_text, q)]
            )
            return True
        # The next item of a lettered or bulleted clause list goes on with it, whatever its voice.
        more = (
            continues_block(paragraph)
            or (walk.mode == "list" and listed and not writers_item(paragraph.text))  # not "Honestly, …"
            or quoted is True
        )
        # "…送信、投稿、" then "表示するコンテンツに対して、…": the clause's sentence wrapped into the next paragraph.
        more = more or (walk.mode == "block" and wrapped_on(previous, paragraph))
        if walk.mode == "items" or (walk.mode in ("block", "list") and not more):
            return False
        block = block_span(paragraph)
        if block is None and walk.mode == "list" and listed:
            block = short_item(paragraph)  # "- publish benchmark results.": a clause list's short item
        lead_line = list_lead_line(paragraph) if block is None and not listed else None
        if lead_line is not None:
            # "You may not:" over the list's items: the list's own lead line, then its items (tos_list_lines).
            self._accept(walk, paragraph.unit, lead_line[0], lead_line[1], walk.handing)
            walk.mode = "list"
            return True
        if block is None or reader_list(paragraph):
            return False  # "My concerns are these: 1. …; 2. …": the reader's own points
        for start, end in (
            clause_items(paragraph) or led_items(paragraph) or label_quotations(paragraph) or [block]
        ):
            self._accept(walk, paragraph.unit, start, end, walk.handing)
        walk.numbered = numbered_at(paragraph.text, walk.handing) or walk.numbered
        # Under a forum's quote header the post quoted is one paragraph; what follows is the reply,
        # unless it goes on numbering or binding as the rules do. A clause ending on its colon leads in its items.
        headed = walk.mode in ("header", "announced")
        leads = paragraph.text.endswith((":", "：")) or points_below(paragraph)
        walk.mode = "announced" if headed else "list" if listed or leads else "block"
        return True

    def _marked(self, walk: Walk, paragraph: Paragraph, previous: Paragraph | None) -> None:
        """Lines the page marks as quoted, opening a post or a reply with no lead-in (tos_marked); or a
        heading that names the document over its numbered clauses (tos_items)."""
        headed = headed_items(paragraph, walk.page) if paragraph.unit.kind != "title" else None
        if headed is not None:
            for start, end in headed[1]:
                self._accept(walk, paragraph.unit, start, end, headed[0])
            return
        found = (normal_wording(wording) for wording, _ in walk.wording[-MAX_RECENT:])
        earlier = (normal_wording(text) for text in walk.recent)
        marked = marked_opening(paragraph, previous, walk.page, earlier, found)
        if marked is not None:
            (start, end), source = marked
            self._accept(walk, paragraph.unit, start, end, source)

    def _quoting_item(self, walk: Walk, paragraph: Paragraph) -> bool:
        """Under a lead-in, an item that quotes the document in the writer's voice ("AI training: the
        app may “use …”") is no clause: only its quotations are the document's, and the next item's."""
        text = paragraph.unit.text
        quotes = [quote for quote in paragraph_quotes(paragraph) if is_wording(text, quote)]
        # Not one inside another ("Boxly: “… (together, “your stuff”) …"): the outer quotation holds its words.
        quotes = [quote for quote in quotes if not any(_inside(quote, other) for other in quotes)]
        if not quotes or in_document_voice(text, paragraph, quotes):
            return False
        self._item_quotations(walk, paragraph, quotes)
        walk.mode = "items"
        return True

    def _item_quotations(self, walk: Walk, paragraph: Paragraph, quotes: list[Quote]) -> None:
        """The quotations of an item of the writer's list under a lead-in, given to the document it handed over to."""
        text = paragraph.unit.text
        for quote in quotes:
            if walk.handing is not None and not spoken_after(text, quote.close_mark + 1):
                self._accept(walk, paragraph.unit, quote.start, quote.end, walk.handing)

    def _paragraph(self, walk: Walk, paragraph: Paragraph, previous: Paragraph | None) -> None:
        """Find what one paragraph holds, and what it hands over to the next; quotations set off
        before it with no document yet take the one it names ("That line from their terms …")."""
        forget_recent()  # the words of the last paragraph's texts: found by value, never for another paragraph
        if previous is None or previous.stream != paragraph.stream or paragraph.unit.kind == "title":
            self._close_run(walk)
        else:
            source = source_line(paragraph, walk.page)
            if source is not None:
                self._cited_above(walk, previous, source)
            elif walk.run:
                self._named_after(walk, paragraph)
        count, found, worded = len(walk.pending), len(walk.findings), len(walk.wording)
        self._paragraph_body(walk, paragraph, previous)
        walk.took = len(walk.findings) > found
        self._list_item(walk, paragraph, previous, (found, worded))
        walk.unasked.append(paragraph.text)
        walk.recent.append(paragraph.text)
        fresh, started = walk.pending[count:], not walk.run
        walk.run = walk.run + fresh if fresh and only_quotes(paragraph, [q for _, q in fresh]) else []
        # Each paragraph after a run reads the whole run (bound_run): a page of thousands of quotations set off in a row
        # cost the square of their number. Only the last ones wait for a paragraph to name their source.
        del walk.run[:-MAX_RUN_QUOTES]
        if started and walk.run:
            walk.run_lead = (
                previous.text if previous is not None and previous.stream == paragraph.stream else ""
            )

    def _list_item(
        self, walk: Walk, paragraph: Paragraph, previous: Paragraph | None, counts: tuple[int, int]
    ) -> None:
        """A list item made of one quotation (tos_list_siblings): once one item of the list is the document's, the
        items before it that found no source, and those after it, are that document's clauses too. `counts` are the
        findings and wordings before the paragraph: the earlier items go in before its own, in reading order."""
        item = item_quote(paragraph) if previous is None or previous.stream == paragraph.stream else None
        state = walk.items
        if item is None:
            state.source, state.waiting = None, []
            return
        unit = paragraph.unit
        if walk.took:
            state.source = walk.wording[-1][1]
            taken = [
                entry
                for entry in state.waiting
                if sibling_clause(entry[0].text[entry[1].start : entry[1].end])
            ]
            state.waiting = []
        elif state.source is not None and sibling_clause(unit.text[item.start : item.end]):
            taken = [(unit, item)]
        else:
            state.waiting.append((unit, item))
            return
        own = walk.findings[counts[0] :], walk.wording[counts[1] :]
        del walk.findings[counts[0] :], walk.wording[counts[1] :]
        for entry in taken:
            self._accept(walk, entry[0], entry[1].start, entry[1].end, state.source)
        walk.findings.extend(own[0])
        walk.wording.extend(own[1])
        if taken:
            walk.pending = [entry for entry in walk.pending if entry not in taken]
            walk.run = [entry for entry in walk.run if entry not in taken]

    def _cited_above(self, walk: Walk, previous: Paragraph, source: Source) -> None:
        """Under a source line ("Source: Quillet Terms of Service"), the paragraph above is the
        document's: its quotations set off with no document yet, or itself when it binds as a clause."""
        if walk.run:
            for unit, quote in walk.run:
                self._accept(walk, unit, quote.start, quote.end, source)
            walk.pending = [entry for entry in walk.pending if entry not in walk.run]
            walk.run = []
            return
        last = walk.findings[-1] if walk.findings else None  # findings come in reading order
        taken = last is not None and last.unit_id == previous.unit.id and last.end > previous.start
        block = None if taken or not binds(previous) else block_span(previous)
        if block is not None:
            self._accept(walk, previous.unit, block[0], block[1], source)

    def _close_run(self, walk: Walk) -> None:
        """Quotations set off alone at the end of a stream ("Twitter: twitter.com/tos" then its clause, last in the
        article), with no paragraph after to name a source: those that bind are the document's, as under one that names
        none (tos_bound.bound_run). Not one that holds a quotation already found: someone quoting the terms in it."""
        units = {unit.id for unit, _ in walk.run}
        # Findings come in reading order: those of the run's units are the last ones, whatever the page's length.
        recent = list(takewhile(lambda found: found.unit_id in units, reversed(walk.findings)))
        run = [(unit, quote) for unit, quote in walk.run if not _holds_finding(recent, unit, quote)]
        if run:
            taken, source = bound_run(run, walk.run_lead, "", walk.page, bool(walk.wording))
            for unit, quote in taken:
                self._accept(walk, unit, quote.start, quote.end, source)
            walk.pending = [entry for entry in walk.pending if entry not in taken]
        walk.run = []

    def _named_after(self, walk: Walk, paragraph: Paragraph) -> None:
        """Give the set-off quotations just before to the document a pointing sentence names."""
        first = re.split(r"(?<=[.!?])\s+", paragraph.text, maxsplit=1)[0]
        reference = role_pattern("passage_reference").search(first)
        if reference is None or words(first[: reference.start()]) > MAX_WORDS_TO_REFERENCE:
            # None named: those that bind as terms do are the document's the page is about (tos_bound).
            taken, source = bound_run(walk.run, walk.run_lead, paragraph.text, walk.page, bool(walk.wording))
            for unit, quote in taken:
                self._accept(walk, unit, quote.start, quote.end, source)
            # Rebuilt under each paragraph, the pending list of a long page cost the square of its length.
            if taken:
                walk.pending = [entry for entry in walk.pending if entry not in taken]
            return
        named = document_mentions(first[reference.end() :], walk.page)
        if not named or role_pattern("other_source").search(first[: reference.end() + named[0].start]):
            return
        source = Source(named[0].name, company(first))
        for unit, quote in walk.run:
            self._accept(walk, unit, quote.start, quote.end, source)
        walk.pending = [entry for entry in walk.pending if entry not in walk.run]
        walk.run = []

    def _paragraph_body(self, walk: Walk, paragraph: Paragraph, previous: Paragraph | None) -> None:
        """What one paragraph holds and hands over."""
        same = previous is not None and previous.stream == paragraph.stream
        before = previous.text if previous is not None and same else ""
        if same and previous is not None and walk.mode in ("numbered", "told"):
            told_takes(
                walk, paragraph, previous
            )  # "In a later point, Zoomly also notes that …" over "We may …"
        # "11. Licenza sui Contenuti" between the lead and "11.1 L'utente …": a numbered clause's heading hands on.
        headed = walk.mode == "numbered" and numbered_heading(paragraph)
        if not same or (
            walk.mode in ("unled", "numbered")
            and not headed
            and not unled_takes(paragraph, walk.page, walk.mode)
        ):
            # Under no lead at all, only a clause that binds and quotes nothing is handed to (tos_unled_block).
            walk.handing, walk.mode = None, ""
        resumed = after_aside(walk.numbered, paragraph, walk.page) if walk.handing is None and same else None
        if resumed is not None:  # "2.2/ …" after "2.1/ …" and the writer's aside on it
            walk.handing, walk.mode = resumed, "numbered"
        walk.numbered = aged(walk.numbered) if same else None
        running, walk.running = walk.running, None
        closed = closing_continuation(paragraph) if running is not None and same else None
        if closed is not None and running is not None:
            self._accept(walk, paragraph.unit, closed[0], closed[1], running)
        elif running is not None and same and (item := open_item(paragraph)) is not None:
            # "(b) contact any person …;": the next clause of a quoted list the paragraph before left open.
            self._accept(walk, paragraph.unit, item[0], item[1], running)
            walk.running = running
            return
        elif running is not None and same:
            walk.reopened = running  # a paragraph opening on a mark may go on with the quotation left open
        title = paragraph.unit.kind == "title"
        if not title and walk.mode in ("block", "list") and heading_marked(paragraph):
            walk.handing, walk.mode = (
                None,
                "",
            )  # "●免責事項の大幅追加" under a clause's items: the writer's next section
        if not title and (article := article_heading(paragraph, walk.page)) is not None:
            # "第3条(禁則事項)" alone on its line over the article's text: the lines under it, as under a lead-in.
            walk.handing, walk.mode = article, "article"
            return
        if walk.mode in ("lead", "bound", "") and heading_list(paragraph, previous):
            walk.handing, walk.mode = None, ""  # "2. Data Storage" after "1. Our Data": a table of contents
            return
        # Another quoted post's header: it alone decides whose the post under it is.
        if not title and walk.handing is not None and not is_quote_header(paragraph.text):
            if walk.mode == "block" and service_heading(paragraph):
                # "Microsoft SkyDrive" between two services' clauses: the next clause is the document's if it binds.
                walk.mode = "bound"
                return
            connective = is_connective(paragraph) and list_lead_line(paragraph) is None  # not "You may not:"
            if is_bare_lead(paragraph.text) or connective:
                return  # "Quote" or "and also" between a lead-in and the clause: hand over past it
            if (walk.mode in ("lead", "bound") and is_heading_line(paragraph, question=True)) or headed:
                return  # "The new terms say:" then the part's heading ("Who can see my files?"), then its clause
            if picture_caption(paragraph):  # "Medium homepage screenshot showing …": a caption, no clause
                if walk.mode in ("lead", "bound"):
                    # A caption between "The new section reads:" and the clause: only a paragraph that binds as
                    # terms do may still be the clause; the writer's prose after a screenshot is not.
                    walk.mode = "bound"
                else:
                    walk.handing, walk.mode = None, ""
                return
            if self._set_off(walk, paragraph, previous):
                return
        whole = self._quotes(walk, paragraph, before)
        if walk.handing is None and not whole:
            self._marked(walk, paragraph, previous)
        if ":" in paragraph.text or "：" in paragraph.text:
            self._set_off_inline(walk, paragraph)
        if walk.last_of_stream:
            # A comment of one paragraph, or a body's last: the next paragraph starts its own stream
            # and reads no hand-over, so the lead-in questions below need no answer.
            walk.handing, walk.mode = None, ""
            return
        hand_over(walk, paragraph, before, whole)

    def _repeats(self, walk: Walk) -> None:
        """A quotation that repeats wording already found to be a document's is that document's.

        A repeat found here adds nothing to look in: its wording lies inside the one it repeats. A headline's
        quotation counts as the body's does: '“바람처럼 사라집니다”…' over the clause quoted in full below, when it
        is a clause, not a name (see _headline_clause)."""
        found = Wordings([wording for wording, _ in walk.wording])
        for unit, quote in walk.pending:
            quoted = unit.text[quote.start : quote.end]
            if unit.kind == "title" and not _headline_clause(quoted):
                continue
            index = found.first_holding(quoted)
            if index is not None:
                self._accept(walk, unit, quote.start, quote.end, walk.wording[index][1])

    def detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        """Every terms-of-service quote in the units."""
        # Each quotation reads its unit's sentences: worked out once, not once per quotation.
        with unit_scope():
            return self._detect(units)

    def _detect(self, units: tuple[Unit, ...]) -> list[Finding]:
        if is_own_document(units):
            # A site's terms page opened on its own: its clauses are its text, not a quotation; only its readers'
            # comments may still quote it.
            units = tuple(unit for unit in units if unit.in_comments)
        walk = Walk(page_of(units))
        previous = None
        found = paragraphs(units)
        for index, paragraph in enumerate(found):
            following = found[index + 1] if index + 1 < len(found) else None
            walk.last_of_stream = following is None or following.stream != paragraph.stream
            self._paragraph(walk, paragraph, previous)
            previous = paragraph
        self._close_run(walk)
        self._repeats(walk)
        # Lines set off with no marks that repeat a piece of the wording found ("perpetual, irrevocable").
        wordings = [wording for wording, _ in walk.wording]
        for paragraph, start, end, index in list(repeated_lines(found, wordings, walk.findings)):
            self._accept(walk, paragraph.unit, start, end, walk.wording[index][1])
        return walk.findings


def _speaker_left_open(text: str, paragraph: Paragraph, quote: Quote) -> bool:
    """Whether a quotation given to no document runs to its paragraph's end with someone named speaking it in its
    sentence ("Ernest commented: “The core issue …"): its next paragraph's opening mark goes on with that speaker."""
    return quote.close_mark >= paragraph.end and someone_speaks(
        last_sentence(text[paragraph.start : quote.open_mark])
    )


def _inside(quote: Quote, other: Quote) -> bool:
    """Whether `quote` lies inside `other`, another quotation of the same text."""
    return other is not quote and other.open_mark < quote.open_mark and quote.close_mark <= other.end


def _holds_finding(findings: list[Finding], unit: Unit, quote: Quote) -> bool:
    """Whether a quotation holds a terms quote already found inside it ("“Per their terms, Acme has “…,” they say.”")."""
    return any(
        found.unit_id == unit.id and quote.start <= found.start and found.end <= quote.end
        for found in findings
    )


# A headline's quotation in a script that spaces its words repeats a clause when it has this many words: a two-word
# one is most often a name or a label the article is about ("What 'service improvement' covers", "the new 'entry
# analytics' terms"), which GUIDELINES leaves out; Korean, Chinese and Japanese words carry a clause in fewer.
MIN_HEADLINE_CLAUSE_WORDS = 3
_WIDE_SCRIPT = re.compile(f"[{CJK}]")


def _headline_clause(quoted: str) -> bool:
    """Whether a headline's quotation may repeat terms wording: a clause, not a name or a label."""
    return len(quoted.split()) >= MIN_HEADLINE_CLAUSE_WORDS or _WIDE_SCRIPT.search(quoted) is not None
