"""A document named inside a relative clause about someone else: "The association, which went through the terms
line by line, said they were “…”", "A lawyer who read the privacy policy told us it was “…”". The clause only says
what the speaker did with the document; the verb of saying after it is the speaker's, and so is the quotation
(GUIDELINES: what a person or body says about the terms is no quote from them)."""

from __future__ import annotations

from annotations.detectors.tos_attribution_words import words
from annotations.detectors.tos_mentions import Mention
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

# How far before the document's name the relative pronoun may stand: "which went through the".
MAX_CLAUSE_CHARS = 80
# How far after the document's name the speaker's verb may stand: "line by line, said".
MAX_VERB_CHARS = 40
# At most this many words between "whose" and the document make it the clause's subject: "whose new".
MAX_OWNER_WORDS = 2
# How far before the relative pronoun the noun it stands for is read: "A new clause, which".
MAX_ANTECEDENT_CHARS = 30
# Nouns of a part or a piece of the document: a clause on one of them is on the document's own words.
_PART_ROLES = ("part_noun", "text_piece", "document_part")
# What ends a relative clause before the document: then the document is not in it.
_CLAUSE_BREAKS = frozenset(',;:()“”"«»')


def inside_relative_clause(text: str, mention: Mention) -> bool:
    """Whether the document named in `text` stands in a relative clause (role relative_pronoun) on the subject
    of a verb of saying (role speaker) that follows it: the subject speaks, not the document."""
    opening = max(0, mention.start - MAX_CLAUSE_CHARS)
    pronouns = role_pattern("relative_pronoun").finditer(text, opening, mention.start)
    if not pronouns:
        return False
    if _on_a_part(text, pronouns[-1].start()):
        return False  # "A new clause, which was added to the terms in May, says users “…”": the clause speaks
    between = text[pronouns[-1].end() : mention.start]
    if any(char in _CLAUSE_BREAKS for char in between):
        return False
    if pronouns[-1].group().rstrip().endswith("whose") and len(between.split()) <= MAX_OWNER_WORDS:
        return False  # "an app whose privacy policy says …": the document is the clause's subject and speaks
    verb = role_pattern("speaker").search(text, mention.end, min(len(text), mention.end + MAX_VERB_CHARS))
    return verb is not None and not any(char in '“”"«»' for char in text[mention.end : verb.start()])


def _on_a_part(text: str, pronoun: int) -> bool:
    """Whether the noun right before the relative pronoun at `pronoun` is a part or a piece of the document ("clause",
    "passage", "wording"): then the verb after the clause is that part's saying, the document's own words."""
    before = words(text[max(0, pronoun - MAX_ANTECEDENT_CHARS) : pronoun])
    if not before:
        return False
    noun = before[-1].casefold()
    return any(noun in role_phrases(role) for role in _PART_ROLES)
