"""What the terms-quote walk (tos_quotes.py) carries from one paragraph to the next, and the page it walks."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from annotations.detectors.base import Unit
from annotations.detectors.quotes import Quote
from annotations.detectors.tos_antecedents import state_top
from annotations.detectors.tos_fragments import label_line, readers_asked
from annotations.detectors.tos_list_siblings import ListState
from annotations.detectors.tos_mentions import Page, Source, company, document_mentions
from annotations.detectors.tos_numbered_aside import NumberedClause
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern, role_phrases
from annotations.model import Finding

__all__ = ["MAX_RECENT", "Walk", "asked", "page_of", "source_of"]

# How much of the top of the page names the document a thread is about.
TOPIC_UNITS = 3
MAX_TOPIC_CHARS = 2000
# A heading of at most this many words over the body is a section label or a caption ("News", "Tinder", "Privacy
# and security"): it stands in the top, but is not one of the units the topic is read from.
MAX_LABEL_HEADING_WORDS = 3
# Most units the top is read from, labels included: a page of nothing but short headings reads no further.
MAX_TOP_UNITS = 8
# How many paragraphs read before, and how many quotations found, lines a reply marks as quoted are
# compared with: a reader's words quoted back come from the few comments above.
MAX_RECENT = 20
# A bar of links ("Contact us | Privacy notice | Cookies"): at least this many items, each at most this many words,
# the whole at most this long.
LINK_BAR_MIN_ITEMS = 3
LINK_BAR_ITEM_MAX_WORDS = 4
LINK_BAR_MAX_CHARS = 200
# A quotation, left out where the page is looked at for a consumer cue: a government's loan agreement
# quoted on "a separate account" is still no user's. Bounded, and no quotation runs over another opening
# mark of its kind, so a run of unclosed marks is read once: a 1 MB line of “ took 2,000 steps a mark.
_QUOTED = re.compile(r'“[^“”]{0,2000}”|"[^"\n]{0,2000}"|«[^«»]{0,2000}»|「[^「」]{0,2000}」')


@dataclass
class Walk:
    """What the walk through the paragraphs carries from one to the next."""

    page: Page
    findings: list[Finding] = field(default_factory=list)
    wording: list[tuple[str, Source]] = field(default_factory=list)
    """What each accepted quotation quotes, as written, and whose it is."""
    pending: list[tuple[Unit, Quote]] = field(default_factory=list)
    handing: Source | None = None
    """The document the paragraph before handed over to (by a lead-in, or by being its words)."""
    mode: str = ""
    """How it handed over: "lead" (a lead-in), "block" (a set-off clause), "list" (a set-off clause
    opening with a list marker), "quote" (a quoted one),
    "items" (an item under a lead-in that quotes the document in the writer's words)."""
    run: list[tuple[Unit, Quote]] = field(default_factory=list)
    """Quotations the paragraphs just before were made of, with no document yet."""
    run_lead: str = ""  # the paragraph before those quotations
    last_of_stream: bool = False
    """Whether the paragraph read now ends its stream: the next one, if any, reads nothing it hands over."""
    lead_named: bool = False
    """Whether the paragraph that handed over under a bare colon ("bound") named a document itself."""
    closing: tuple[str, str, Source] | None = None
    """A paragraph that ended on the document's quotation (its last sentence holds it and nothing quoted after), the
    words of that quotation, and whose they are: the next paragraph's first sentence may go on with it (tos_continued)."""
    running: Source | None = None
    """The document whose quotation the paragraph before left open at its end: the next closes it."""
    spoken_open: str = ""
    """A paragraph that left open at its end a quotation someone else speaks ("Ernest commented: “The core issue …"): a
    quotation opening the next paragraph on a mark goes on with that speaker's words."""
    reopened: Source | None = None
    """The document whose open quotation the paragraph read now may go on with by opening on a mark (tos_continued)."""
    took: bool = False
    """Whether the paragraph before gave a finding: a comparison's next line ("Lumigram: “…”") goes on from one."""
    asked: bool = False
    """Whether the paragraph before `unasked` asked readers or people ("We asked five readers what they would accept."),
    or was a label line under one: a label line's quotation ("Dana: “…”") is then the answer of the one it names."""
    unasked: list[str] = field(default_factory=list)
    """Paragraphs read since `asked` was last worked out: they are read only when a quotation needs it."""
    recent: deque[str] = field(default_factory=lambda: deque(maxlen=MAX_RECENT))
    """The last paragraphs read: lines a reply marks as quoted may repeat one of them."""
    items: ListState = field(default_factory=ListState)
    """The list of items made of one quotation each that the walk is in (tos_list_siblings)."""
    numbered: NumberedClause | None = None
    """The last clause set off under its own number ("2.1/ …"): a later number may follow a writer's aside (tos_numbered_aside)."""


def source_of(walk: Walk) -> Source:
    """The source of the last quotation found."""
    return walk.wording[-1][1]


def page_of(units: tuple[Unit, ...]) -> Page:
    """Whether the page names a document anywhere, and the one its title or first paragraphs name. A bar of links
    is left out: a site's menu or footer names its own privacy notice on every page, whatever the page is about."""
    units = tuple(unit for unit in units if not _link_bar(unit.text))
    top = "\n\n".join(unit.text[:MAX_TOPIC_CHARS] for unit in _top_units(units) if not unit.in_comments)
    names = any(document_mentions(unit.text, named_only=True) for unit in units)
    consumer = any(_consumer_cue(unit.text) for unit in units if not unit.in_comments)
    privacy = any(role_pattern("privacy_word").search(unit.text) for unit in units)
    lawless = not any(_names_law(unit.text) for unit in units)
    # A page on a company's policy under a data law ("the app must bring its policy in line with POPIA") names the
    # document only by pointing words: on such a page they stand for it, as on one that names it.
    names = names or (consumer and not lawless and _points_to_policy(top))
    found = document_mentions(top, Page(names, None, consumer, privacy))
    topic = Source(found[0].name, company(top)) if found else None
    return Page(names or bool(found), topic, consumer, privacy, lawless, state_top(top))


def _top_units(units: tuple[Unit, ...]) -> list[Unit]:
    """The first TOPIC_UNITS units, not counting the short headings among them: a site's section label or a photo's
    caption over the body ("News", "Tinder") would otherwise push the first paragraph, which names the document,
    out of the top."""
    top: list[Unit] = []
    counted = 0
    for unit in units[:MAX_TOP_UNITS]:
        if counted == TOPIC_UNITS:
            break
        top.append(unit)
        if not (unit.block_kind == "heading" and len(unit.text.split()) <= MAX_LABEL_HEADING_WORDS):
            counted += 1
    return top


def _link_bar(text: str) -> bool:
    """Whether a unit is a bar of short links split by a mark ("Contact us | Privacy notice | Cookies", "Home · News ·
    Terms"), not a sentence or a headline."""
    if len(text) > LINK_BAR_MAX_CHARS:
        return False
    cuts = role_pattern("link_separator").finditer(text)
    if len(cuts) < LINK_BAR_MIN_ITEMS - 1:
        return False
    edges = [0, *(edge for cut in cuts for edge in (cut.start(), cut.end())), len(text)]
    items = [text[start:end] for start, end in zip(edges[::2], edges[1::2], strict=True)]
    return all(0 < len(item.split()) <= LINK_BAR_ITEM_MAX_WORDS for item in items)


def _points_to_policy(top: str) -> bool:
    """Whether the title or opening of a page points to a company's policy without naming it ("its policy", "the new
    policy", "sua nova política") and names an app or a company there, read as on a page that names one; not "section
    13G" or "the operative part", nor a district's or a party's policy."""
    if role_pattern("policy_company_cue").search(top) is None:
        return False  # "District rewrites its phone policy": a school's, a ministry's or a party's policy
    nouns = role_phrases("policy_noun")
    return any(
        mention.noun is not None and mention.noun.casefold() in nouns
        for mention in document_mentions(top, Page(True, None, True))
    )


def _names_law(text: str) -> bool:
    """Whether `text` names a law, by its name or by a word for one (role law_word: "ley", "Gesetz", "statute")."""
    return law_name_pattern().search(text) is not None or role_pattern("law_word").search(text) is not None


def _consumer_cue(text: str) -> bool:
    """Whether a paragraph, outside its quotations, speaks of a company's users: users, customers, an app."""
    return role_pattern("consumer_cue").search(_QUOTED.sub(" ", text)) is not None


def asked(walk: Walk) -> bool:
    """Whether the paragraph before asked readers (`readers_asked`), worked out from the last paragraph read that is no
    label line: the paragraphs read since the last time are looked at from the end, once."""
    for text in reversed(walk.unasked):
        if not label_line(text):
            walk.asked = readers_asked(text, walk.asked)
            break
    walk.unasked.clear()
    return walk.asked
