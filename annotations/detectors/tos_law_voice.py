"""A law's own wording beside a document's name: what a law requires of a privacy policy, or a lead-in in which a
law provides what is set off below.

"Under Article 12 of the GDPR, the privacy policy “shall be provided in concise form”": the document is only the
subject the law's requirement is about, with no verb of its own before the quotation. "This follows from Article 13
of the GDPR, which provides that the controller shall give the following:" over a list: the law speaks, whatever
document the sentences before named. GUIDELINES: statute text is no terms.
"""

from __future__ import annotations

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_mentions import Page, document_mentions
from annotations.detectors.tos_vocabulary import law_name_pattern, role_pattern, role_phrases

__all__ = ["law_pointed", "law_requires", "law_voiced"]

# Words that may stand between a law's name and its verb: ", which", "itself", "also clearly".
MAX_WORDS_TO_LAW_VERB = 3


def law_voiced(sentence: str) -> bool:
    """Whether a law named in `sentence` (a lead-in's last sentence) has its own verb of providing right after it
    ("Article 13 of the GDPR, which provides that …", "The GDPR requires the following"), with no document after it."""
    # A law the knowledge base names, or a Chinese title in its brackets it may lack ("《民法典》第四百九十六条规定：").
    laws = sorted(
        [*law_name_pattern().finditer(sentence), *role_pattern("law_title_cjk").finditer(sentence)],
        key=lambda law: law.start(),
    )
    verbs = iter(role_pattern("law_verb").finditer(sentence))
    verb = next(verbs, None)
    named: list[int] | None = None  # where documents are named, read once and only if a law has its verb
    for law in laws:
        while verb is not None and verb.start() < law.end():
            verb = next(verbs, None)  # each verb is passed once: a sentence of many laws is read once
        if verb is None:
            return False
        if len(words(sentence[law.end() : verb.start()])) > MAX_WORDS_TO_LAW_VERB:
            continue
        if named is None:
            named = [mention.start for mention in document_mentions(sentence)]
        if not any(start >= law.end() for start in named):
            return True
    return False


def law_requires(lead: str, page: Page) -> bool:
    """Whether a quotation right after `lead` is what a law named in it requires of the document named after the law:
    the document stands right before the quotation with at most a modal between ("Under the GDPR, the privacy
    policy “shall …”", "the GDPR requires that a privacy notice “be concise”"), no verb of its own ("says", "reads")."""
    laws = [law.end() for law in law_name_pattern().finditer(lead)]
    if not laws:
        return False
    mentions = document_mentions(lead[laws[-1] :], page)
    if not mentions:
        return False
    gap = lead[laws[-1] + mentions[-1].end :].strip()
    return not gap or role_pattern("clause_modal").fullmatch(gap) is not None


def law_pointed(earlier: str, noun: str | None) -> bool:
    """Whether a pointing word's noun ("The relevant provision says:") stands for a law the sentences before it
    (`earlier`) name after any document: "Consumer advocates point to the Australian Consumer Law. The relevant
    provision says:" sets off the law's text, not the terms the page quoted above."""
    if noun is None or noun.casefold() not in role_phrases("law_pointable"):
        return False
    laws = [law.end() for law in law_name_pattern().finditer(earlier)]
    return bool(laws) and not document_mentions(earlier[laws[-1] :], named_only=True)
