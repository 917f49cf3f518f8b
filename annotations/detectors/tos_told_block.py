"""A passage of the document set off under the writer's own account of it, on a page that has settled its document.

News about a change to a company's terms or policy often tells what the document does in one sentence of its own
("As part of that push, the company has made clear that it plans to use customer data.", "In a later section, Zoomly
also notes that public posts may be used.") and sets the passage itself off below it, with no colon, no quotation
marks and no document named in that sentence. The page has already said which document it is about (its top names
it, or a quotation of it was found), so the paragraph below is that document's when it speaks as the document does:
the company's own "we" or "our" with the reader's "you" or a modal, or the company's own name beside its "we"
("We use public information to train Zoomly's models"), and nobody else speaks in it. A sentence in which someone
speaks (a spokesperson, "said", a statement, a blog post) hands nothing over, unless it opens on a place in the
document ("In a later section, Zoomly also notes that …"): what the company notes there is the document's.
"""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import (
    MAX_LEAD_CHARS,
    Paragraph,
    in_poster_voice,
    is_quote_header,
    last_sentence,
    opens_with_quote,
    others_open,
    words,
)
from annotations.detectors.tos_bound import someone_else_around, unquoted
from annotations.detectors.tos_left_open import before_left_open
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_poster_label import poster_lead
from annotations.detectors.tos_supposed_lead import supposed_lead
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern
from annotations.detectors.tos_walk import Walk

__all__ = ["told_clause", "told_lead", "told_takes"]

# The fewest words of a paragraph taken as a passage of the document with no lead-in: a line of a few words in the
# company's voice is a caption, a button or a slogan as often.
MIN_PASSAGE_WORDS = 12
# The fewest words of the lead's last sentence: "That's it." or a heading tells nothing of the document.
MIN_LEAD_WORDS = 6
# Roles whose words, in the passage itself, give it to someone other than the document.
_NOT_A_PASSAGE = ("statement_voice", "writer_advice", "past_narrative")


def told_takes(walk: Walk, paragraph: Paragraph, previous: Paragraph) -> None:
    """Under a paragraph that handed over as "told" (any full paragraph of the writer's on a page whose document is
    settled) or "numbered", take `paragraph` as a passage of the document (walk mode "told") when it reads as one
    and the paragraph before is the writer's account of the document (told_lead); else, under "told", hand over
    nothing. The passage is read first: few paragraphs speak as a document does, and the lead is read only for them."""
    if walk.handing is not None and told_clause(paragraph, walk.page, previous.text):
        source = told_lead(previous, walk.page, walk.handing)
        if source is not None:
            walk.handing, walk.mode = source, "told"
            return
    if walk.mode == "told":
        walk.handing, walk.mode = None, ""


def told_lead(paragraph: Paragraph, page: Page, established: Source | None) -> Source | None:
    """The document a paragraph that ends on the writer's full sentence hands over to, on a page whose document is
    `established` (found quoted, or named at its top): that one, or the one the last sentence names. None when the
    sentence quotes, asks, trails off or ends on a colon, is a poster's or a law's, or someone else speaks in it
    (unless it opens on a place in the document: "In a later section, Zoomly also notes that …"), and when the
    paragraph says "we" itself: the company's own page (or the newsroom) speaks on in one voice, nothing is set off."""
    if established is None or not page.names_document:
        return None
    text = paragraph.text.rstrip()[-MAX_LEAD_CHARS:]
    if not text.endswith(".") or text.endswith("..") or is_quote_header(text):
        return None
    last = last_sentence(text)
    if words(last) < MIN_LEAD_WORDS:
        last = text  # "… to train its A.I. chatbot.": a stop inside an abbreviation cut the sentence short
    if words(last) < MIN_LEAD_WORDS or unquoted(last) != last or in_poster_voice(_unabbreviated(last)):
        return None  # "The company said it “…”.": the sentence quotes someone
    if law_name_pattern().search(last) or role_pattern("reporting_source").search(last):
        return None  # "The GDPR requires this.", "The report found as much."
    if supposed_lead(paragraph, page) or poster_lead(paragraph):
        return None  # "A typical policy might read like this.": no company's wording below
    if role_pattern("company_inside").search(_unabbreviated(unquoted(text))):
        return None  # "Below we pick out a few points from our terms.": the company's own page, one voice throughout
    placed = role_pattern("document_place").match(last.lstrip()) is not None
    if not placed and someone_else_around(unquoted(last), "", page):
        return None  # "Slack explained its reasoning in a blog post.": the company's statement may follow
    named = document_mentions(last, page)
    return Source(named[-1].name) if named else established


def told_clause(paragraph: Paragraph, page: Page, lead: str = "") -> bool:
    """Whether a paragraph under such a lead is a passage of the document: it opens on no quotation, has at least
    MIN_PASSAGE_WORDS words, speaks in the company's own "we" or "our" (role company_inside) with the reader's "you"
    (clause_voice's second person), a modal (clause_modal) or the company's own name (the page's), and reads as no
    statement, advice, story, question or poster's line, with nobody opening or speaking in it and no law named."""
    if role_pattern("company_inside").search(paragraph.text) is None:
        return False  # most paragraphs: no "we" at all, nothing more to read
    if opens_with_quote(paragraph.text) or words(paragraph.text) < MIN_PASSAGE_WORDS:
        return False
    # Read outside its quotations: "The policy reads, “We may …”" speaks in the writer's voice around the document's,
    # also where the excerpt ends inside one ("a TOS that states "We may discontinue service at any ti").
    text = _unabbreviated(before_left_open(unquoted(paragraph.text)))
    if text.rstrip().endswith(("?", "!")) or in_poster_voice(text) or others_open(text):
        return False
    if ":" in text[: _first_stop(text)] or "：" in text:
        return False  # "What they say: We may sell …": a label or a lead-in on the line, read by the colon's rules
    if role_pattern("company_inside").search(text) is None:
        return False
    if any(role_pattern(role).search(text) for role in _NOT_A_PASSAGE):
        return False  # "We take privacy seriously.", "You might want to opt out.", "We had never read it."
    if role_pattern("newsroom_we").search(text):
        return False  # "We have asked Zoomly for comment and will update this story.": the newsroom's "we"
    addressed = role_pattern("reader_address").search(text) is not None
    modal = role_pattern("clause_modal").search(text) is not None
    if not (addressed or modal or _names_company(text, lead)):
        return False
    if law_name_pattern().search(text):
        return False  # "We comply with the GDPR …": the law's words are no passage of the terms
    return not someone_else_around(text, "", page)


def _first_stop(text: str) -> int:
    """Where the first sentence of `text` ends (after its stop), or its end."""
    found = _STOP.search(text)
    return found.end() if found else len(text)


def _unabbreviated(text: str) -> str:
    """`text` without initialisms written with stops ("A.I.", "U.S.") or the country's "US", whose letters read as
    words ("I", "us") otherwise."""
    return _INITIALISM.sub(" ", text)


def _names_company(text: str, lead: str) -> bool:
    """Whether the passage names, past its first word, a capitalised name the lead above names too ("We use public
    information to help train Zoomly's models" under "Zoomly changed the wording …"): the company speaking of itself
    by name beside its "we", as its documents do."""
    named = {_name(word) for word in lead.split()[1:] if word[:1].isupper()} - _NOT_NAMES
    return any(_name(word) in named for word in text.split()[1:] if word[:1].isupper())


def _name(word: str) -> str:
    """A capitalised word as a name: without the marks around it and its possessive ("Zoomly's" → "Zoomly")."""
    word = word.strip(_EDGES)
    return word[:-2] if word.endswith(("'s", "’s")) else word


_STOP = re.compile(r"[.!?](?:\s|$)")
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}|\bUS\b")
# What stands around a name in running text ("Zoomly's", "(Zoomly)", "Zoomly,"), and capitalised words that name no one.
_EDGES = ".,;:!?()[]\"'“”‘’«»"
_NOT_NAMES = frozenset(
    {"We", "Our", "Us", "You", "Your", "I", "It", "Its", "The", "This", "That", "These", "Those"}
)
