"""A fragment of a clause quoted inside the writer's own sentence about what the terms bind someone to.

News of new terms often quotes a few words of a clause inside a sentence of its own, a sentence or a paragraph after
the document is named: "Wolkig has overhauled its terms. The new terms run to 40 pages. … Users must now allow Wolkig
to analyse uploaded files “to improve our models”." Nothing in the sentence names the document, and the words quoted
bind nobody on their own. The sentence does: its subject is the users or the company (licence_grantor), and a modal
or a verb of granting follows it (clause_modal, duty_verb). Such a quotation is the document's named last in the
sentences before it in its paragraph, or in the paragraph before, when nobody else speaks around it and no law or
public body is the sentence's matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotations.currencies import sign_chars
from annotations.detectors.base import last_started, sentence_bounds
from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import idiom
from annotations.detectors.tos_blocks import Paragraph, in_poster_voice, last_sentence, words
from annotations.detectors.tos_bound import MAX_AFTER_CHARS, MAX_BEFORE_CHARS, someone_else_around, unquoted
from annotations.detectors.tos_clause_context import others
from annotations.detectors.tos_mentions import (
    Page,
    Source,
    document_mentions,
    first_company_name,
    may_name_document,
)
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern, role_phrases

__all__ = ["duty_source"]

# Words between the subject and its modal or verb of granting: "Users | must now", "Nutzer | räumen".
MAX_SUBJECT_GAP_WORDS = 2
# Paragraphs above the quotation's read for the document named last (the sentences before it in its own first).
MAX_ABOVE_PARAGRAPHS = 2
# The fewest words a fragment quoted so must have: a single word is a name, not wording (GUIDELINES).
MIN_FRAGMENT_WORDS = 2
# The roles of the words that state a duty after the sentence's subject.
_DUTIES = ("clause_modal", "duty_verb", "keeping_verb")
_WORD = re.compile(r"\w+")
# A word that may be capitalised, in any script with capitals (_capitalised keeps those that are): a company's name is
# one ("Visage y conserve une « … »", "Émilie"); only those named beside the document above count as the subject.
_NAME_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w&-]{1,30}")
# How far from the document named above a company's name may stand: "les conditions d'utilisation de Visage".
MAX_NAME_CHARS = 40
# Characters before the quotation in which a colon makes the words a sign's or a label's ("Drivers must: “…”").
MAX_COLON_CHARS = 40
# The most words a quotation after an indefinite article may have and still be a thing's name ("a “safety course”"),
# and how far back from the opening mark the article is looked for.
MAX_NAMED_THING_WORDS = 3
MAX_ARTICLE_CHARS = 12


@lru_cache(maxsize=1)
def _amount_sign() -> re.Pattern[str]:
    """A currency sign of money.toml in a fragment: an amount someone earns or pays ("Drivers can now earn “up to $40
    an hour”")."""
    return re.compile(f"[{re.escape(sign_chars())}]")


def duty_source(
    text: str, paragraph: Paragraph, quote: Quote, page: Page, above: tuple[str, ...]
) -> Source | None:
    """The document a quotation is from when its sentence says what the terms bind the users or the company to
    and a document is named just before: earlier in the paragraph, or in one of the paragraphs `above` it (the
    nearest last; only the last MAX_ABOVE_PARAGRAPHS are read)."""
    if not page.names_document:
        return None
    quoted = text[quote.start : quote.end]
    if words(quoted) < MIN_FRAGMENT_WORDS or in_poster_voice(quoted) or quoted.rstrip().endswith(("?", "？")):
        return None
    if _amount_sign().search(quoted):
        return None
    window = text[max(paragraph.start, quote.open_mark - MAX_BEFORE_CHARS) : quote.open_mark]
    lead = unquoted(last_sentence(window))
    topic = role_pattern("clause_topic").search(lead) is not None
    if not topic and not any(
        role_pattern(duty).search(lead) for duty in (*_DUTIES, "company_permission_word")
    ):
        return None  # most quotations: no duty stated, no document to look for above
    if not topic and (
        _named_thing(lead, quoted) or idiom(quoted) or role_pattern("legal_consequence").match(quoted)
    ):
        # "Borrowers must now pay a “convenience fee”", "Users must now “think twice”", "Plumo may “face fines …”"
        return None  # the writer's words, or a regulator's
    begin = max(paragraph.start, quote.open_mark - MAX_BEFORE_CHARS)
    lead_start = quote.open_mark - len(last_sentence(window))
    # A sentence of thousands of quotations reads its window for a document only where one may be named.
    earlier = text[begin:lead_start] if may_name_document(text, begin, lead_start) else ""
    named = _named_before(earlier, above, page)
    after = _rest_of_sentence(text, paragraph, quote.close_mark + 1)
    if named is None or _public_matter(lead) or _public_matter(after):
        return None
    if not (topic or _binds_someone(lead, quoted + " " + after, named[1], page)):
        return None
    # "Drivers must: “stop the app …”, a sign read": a colon or a verb after it gives the words to a sign or a speaker.
    if ":" in lead[-MAX_COLON_CHARS:] or any(
        role_pattern(role).search(after) for role in ("doc_verb", "speaker")
    ):
        return None
    if others(lead, []) or someone_else_around(lead, after, page):
        return None
    return named[0]


def _named_thing(lead: str, quoted: str) -> bool:
    """Whether a short fragment after an indefinite article ("must complete a “safety course”") names a thing the
    terms bring rather than quoting them: not when users grant it or the company keeps it ("users grant Chitra a
    “perpetual licence”", "Zipp now keeps a “device fingerprint”")."""
    if words(quoted) > MAX_NAMED_THING_WORDS:
        return False
    if role_pattern("named_thing").search(lead[-MAX_ARTICLE_CHARS:]) is None:
        return False
    return not any(role_pattern(role).search(lead) for role in ("duty_verb", "keeping_verb", "granting_verb"))


def _named_before(earlier: str, above: tuple[str, ...], page: Page) -> tuple[Source, frozenset[str]] | None:
    """The document named last in the sentences before the quotation's in its paragraph (`earlier`), else in the
    paragraphs above, the nearest first; with the capitalised names around it, one of which may be its company.
    Another source named after it, nearer the quotation ("Zipp explained the change in its FAQ"), ends the search:
    the fragment may be that source's."""
    for text in (earlier, *reversed(above[-MAX_ABOVE_PARAGRAPHS:])):
        found = _last_named(text, page)
        others_from = found[2] if found is not None else 0
        if any(True for _ in role_pattern("other_source").finditer(text[-MAX_BEFORE_CHARS:][others_from:])):
            return None
        if found is not None:
            return found[0], found[1]
    return None


@lru_cache(maxsize=64)
def _last_named(text: str, page: Page) -> tuple[Source, frozenset[str], int] | None:
    """The document named last in the end of `text` and the capitalised names within MAX_NAME_CHARS of it ("les
    conditions d'utilisation de Visage"), and where the mention ends: a paragraph above is read once for all its
    quotations below."""
    text = text[-MAX_BEFORE_CHARS:]
    named = document_mentions(text, page)
    if not named:
        return None
    last = named[-1]
    near = text[max(0, last.start - MAX_NAME_CHARS) : last.end + MAX_NAME_CHARS]
    own = first_company_name(text) or (page.topic.company if page.topic else None)
    articles = role_phrases("sentence_article")
    names = frozenset(name for name in _capitalised(near) if name.casefold() not in articles)
    names |= {own} if own else set()
    return Source(last.name, own), names, last.end


def _rest_of_sentence(text: str, paragraph: Paragraph, position: int) -> str:
    """The words from `position` to the end of their sentence (by the unit's sentence bounds), at most MAX_AFTER_CHARS
    and within the paragraph; none when a sentence ended right before it."""
    bounds = sentence_bounds(text)
    index = last_started(bounds, position)
    end = bounds[index][1] if index >= 0 else position
    return text[position : max(position, min(end, paragraph.end, position + MAX_AFTER_CHARS))]


def _capitalised(text: str) -> list[str]:
    """The words of `text` that open with a capital, in any script that has them ("Visage", "Émilie", "Öko")."""
    return [word for word in _NAME_WORD.findall(text) if word[0].isupper()]


def _public_matter(lead: str) -> bool:
    """Whether a law, a court, a public body or a settlement is the sentence's matter ("Under the proposed order,
    the company must obtain “…”"): the fragment is the order's or the law's."""
    return any(
        pattern.search(lead) is not None
        for pattern in (law_name_pattern(), role_pattern("statute_context"), role_pattern("foreign_context"))
    )


def _binds_someone(lead: str, kept: str, names: frozenset[str], page: Page) -> bool:
    """Whether a sentence's subject, the users or the company, comes a few words before a modal or a verb of
    granting: "Users must now allow", "la empresa podrá", "Nutzer räumen Wolkig darin das Recht ein"; not the
    subject of what someone or something says ("The post states that a company must"). A verb of keeping binds
    only when what is `kept` (the quotation and the rest of its sentence) names data; so does a product as the subject
    ("the app", "the site": company_subject, no organisation_subject), whose "may" states what may happen ("The app may
    “drain your battery faster”") as often as what its terms allow ("The app may “share your location data …”")."""
    subjects = [*role_pattern("licence_grantor").finditer(lead), *role_pattern("bound_party").finditer(lead)]
    own = page.topic.company if page.topic else None
    companies = [
        match
        for match in _NAME_WORD.finditer(lead)
        if match.group()[0].isupper() and (match.group() in names or match.group() == own)
    ]
    named = list(role_pattern("company_subject").finditer(lead))
    companies += named
    organisations = list(role_pattern("organisation_subject").finditer(lead))
    spans = {found.span() for found in organisations}
    products = [found for found in named if found.span() not in spans]
    for subject in [*subjects, *companies, *organisations]:
        if any(role_pattern(role).search(lead, 0, subject.start()) for role in ("speaker", "doc_verb")):
            return False
        if subject in products and role_pattern("kept_data").search(kept) is None:
            continue  # "The app may “drain your battery faster”": of a product, "may" is what may happen
        rest = lead[subject.end() :]
        if _duty_after(rest, kept):
            return True
        if subject in companies and _permitted(rest, "company_permission"):
            return True
        # Not "The tech giant can “afford to lose a few users”": nothing the terms let it do with data.
        if (
            subject in organisations
            and _permitted(rest, "organisation_permission")
            and role_pattern("kept_data").search(kept) is not None
        ):
            return True
    return False


def _permitted(rest: str, role: str) -> bool:
    """Whether a modal of what the terms let the company do opens `rest` within MAX_SUBJECT_GAP_WORDS words: "It will be
    able to “…”" (company_permission); "The retailer can “share …”" (organisation_permission: of a firm, "can" is what
    its terms allow, when what it can do names data; of an app or of users it is a feature, "The app can now
    “translate …”", left out)."""
    found = role_pattern(role).search(rest)
    return found is not None and len(_WORD.findall(rest[: found.start()])) <= MAX_SUBJECT_GAP_WORDS


def _duty_after(rest: str, kept: str) -> bool:
    """Whether a modal or a verb of granting, or of keeping data, opens `rest` within MAX_SUBJECT_GAP_WORDS words:
    not a plan ("Next year, Rowlo will “open three new cities”") nor an ability ("Users can now turn on “…”"); the
    search goes on past them ("Users will have to hand over “…”")."""
    for duty in _DUTIES:
        for found in role_pattern(duty).finditer(rest):
            if len(_WORD.findall(rest[: found.start()])) > MAX_SUBJECT_GAP_WORDS:
                break
            word = found.group().casefold()
            if word in role_phrases("plan_modal") or word in role_phrases("ability_modal"):
                continue
            if duty == "keeping_verb" and role_pattern("kept_data").search(kept) is None:
                continue  # "Zipp keeps “a low profile” in Europe": nothing the terms keep
            return True
    return False
