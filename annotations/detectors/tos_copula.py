"""Japanese nominal sentences that name a document as their predicate: "円滑な運営に不可欠なのが利用規約です。" (what is
indispensable is the terms of use), "「あまりにも長すぎて読む気になれない」のが、いろいろなWebサービスの規約。" (what is too
long to read is the terms). The sentence says what the document is; it neither leads in to the document's wording nor
gives the quotation before のが to it (GUIDELINES: text quoted from the terms, as the article presents it)."""

from __future__ import annotations

from annotations.detectors.tos_mentions import Mention
from annotations.detectors.tos_vocabulary import role_pattern

# How far before the document's name のが may stand, the words that qualify the name between ("のが、いろいろなWebサービスの").
MAX_PREDICATE_CHARS = 30
# What ends the nominal clause before the name: a full stop, or a quotation's marks.
_BREAKS = frozenset('。！？!?「」『』“”"')


def quoted_subject(between: str) -> bool:
    """Whether the words right after a quotation make it the subject of a nominal sentence ("「…」のが…規約")."""
    return role_pattern("nominal_subject").match(between) is not None


def named_as_predicate(text: str, mention: Mention) -> bool:
    """Whether the document named at `mention` of `text` is the predicate of a nominal sentence: のが before it within
    MAX_PREDICATE_CHARS, nothing that ends the clause between, and only a copula or nothing after it."""
    after = text[mention.end :].strip()
    if after and role_pattern("japanese_copula").match(after) is None:
        return False
    found = role_pattern("nominal_subject").finditer(
        text, max(0, mention.start - MAX_PREDICATE_CHARS), mention.start
    )
    if not found:
        return False
    return not _BREAKS.intersection(text[found[-1].end() : mention.start])
