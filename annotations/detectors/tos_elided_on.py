"""A quotation that goes on with the document's quotation just before it, in the writer's next words.

Two shapes of English forum posts and tech news, after a quotation the page gives to the terms or policy:
- the quotation opens on an ellipsis ("… to do as they want with it or, “…and to authorize others to do so.”"): the
  ellipsis marks words cut from a longer text, and the text the writer has just quoted is the one they are cut from;
- the writer's next sentence adds one more item to what the document was quoted on ("… your phone's GPS location.”
  As well as motion sensor information, including “data about the speed of your movements …”"): the sentence opens
  on a phrase that adds (role adding_opener) and has no verb of its own before the quotation, so the quotation is
  still the document's.
Nobody may speak or be named between the two quotations, and nobody may take the second one after it.
"""

from __future__ import annotations

from annotations.detectors.quotes import Quote
from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_blocks import last_sentence
from annotations.detectors.tos_bound import unquoted
from annotations.detectors.tos_clause_context import others, someone_speaks
from annotations.detectors.tos_trail import spoken_after
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern

__all__ = ["elided_on"]

# The most characters between the document's quotation and the one that goes on with it: the same sentence or the
# next one.
MAX_BETWEEN_CHARS = 200
# The fewest words of a quotation that goes on: one word cut from the document is a term, not its wording.
MIN_WORDS = 2
_ELLIPSES = ("…", "...", "[…]", "[...]")


def elided_on(text: str, previous: Quote, quote: Quote) -> bool:
    """Whether `quote` goes on with the document's quotation `previous` (the one right before it in its paragraph):
    it opens on an ellipsis, or the writer's sentence holding it opens on a phrase that adds an item; nobody speaks,
    is named or takes it in between or after."""
    if quote.open_mark - previous.close_mark > MAX_BETWEEN_CHARS:
        return False
    quoted = text[quote.start : quote.end].strip()
    if len(words(quoted)) < MIN_WORDS:
        return False
    between = unquoted(text[previous.close_mark + 1 : quote.open_mark])
    if role_pattern("speaker").search(between) or law_name_pattern().search(between):
        return False  # "… the lawyer added: “…and more.”": someone else's words
    if quoted.startswith(_ELLIPSES):
        # A statement or a person named between may be where the cut words come from ("the FAQ: “…and more.”").
        elided = not (someone_speaks(between) or others(between, []))
    else:
        # Only a noun phrase added to the list: its nouns name no source ("motion sensor information").
        elided = _adds_item(between, previous_ended(text, previous))
    return elided and not spoken_after(text, quote.close_mark + 1)


def previous_ended(text: str, previous: Quote) -> bool:
    """Whether the quotation `previous` ends on a full stop, a question or an exclamation mark of its own."""
    return text[previous.start : previous.end].rstrip().endswith((".", "!", "?"))


def _adds_item(between: str, ended: bool) -> bool:
    """Whether the writer's words before the quotation are a sentence of their own that opens on a phrase adding an
    item ("As well as motion data, including"), with no modal of the writer's own in it; `ended`, the document's
    quotation before it ended on its own full stop."""
    lead = last_sentence(between).strip()
    if not lead or (lead == between.strip() and not ended):
        return False  # the same sentence as the document's quotation: tos_continued reads that
    opener = role_pattern("adding_opener").match(lead)
    return opener is not None and role_pattern("clause_modal").search(lead) is None
