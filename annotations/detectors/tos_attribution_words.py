"""Small judgements about the words around a quotation, for tos_attribution: whose piece of text a
pointing word names, where a sentence's subject ends after an opening time, and whether a quotation
only names whose document follows it."""

from __future__ import annotations

import re
from itertools import islice, pairwise

from annotations.detectors.tos_mentions import Mention, Page, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = [
    "after_subject",
    "finding_denial",
    "idiom",
    "named_speaker_last",
    "names_document",
    "only_document_name",
    "piece_of_other",
    "word_start",
    "words",
]

# Words of a quoted name right before a document's name: "the “Smart Reply” terms".
MAX_NAME_WORDS = 3
# The most words a fragment may have and still be an idiom of the writer's as a whole: "think long and hard" (four).
MAX_IDIOM_WORDS = 5
_WORD = re.compile(r"[\w'’-]+")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def words(text: str) -> list[str]:
    """The words of `text`."""
    return _WORD.findall(text)


def letter_words(text: str) -> list[str]:
    """The words of `text` that open on a letter: numbers and their parts are none."""
    return _LETTER_WORD.findall(text)


def idiom(quoted: str) -> bool:
    """Whether a short fragment is a known idiom or scare quote of the writer's (role writer_idiom): in the sentence of
    what users must now do, "think twice" and "the lion's share" are the writer's, while a fragment the list does not
    know ("reverse engineer", "automatic renewal", « actions collectives ») stays the terms' wording."""
    return len(words(quoted)) <= MAX_IDIOM_WORDS and role_pattern("writer_idiom").search(quoted) is not None


def finding_denial(text: str, mention: Mention) -> re.Match[str] | None:
    """What the document named at `mention` "did not provide", right after it, when a finding or the one who made it
    stands before it ("The court found that Nuvo's terms did not provide “…”"): the finding's wording. Without one,
    "the terms do not provide “any warranty”" is the document disclaiming in its own words."""
    denial = role_pattern("finding_denial").search(text[mention.end :])
    if denial is None or role_pattern("finding_subject").search(text, 0, mention.start) is None:
        return None
    return denial


def word_start(text: str, count: int) -> int:
    """Where the word after the first `count` words of `text` starts (as `words` counts them); len(text) if none."""
    over = next(islice(_WORD.finditer(text), count, None), None)
    return len(text) if over is None else over.start()


def piece_of_other(left: str, mentions: list[Mention], mention: Mention, others: list[int]) -> bool:
    """Whether a pointing word that names a piece of any text ("one line", "the passage") is the piece of
    someone else who is the subject before it: "Its help page sums it up in one line:". Not when that
    source only frames the sentence ("In a statement, the firm quoted the passage:"), nor when a document
    is named between them."""
    if mention.noun is None or mention.noun.casefold() not in role_phrases("text_piece"):
        return False
    for position in others:
        if position >= mention.start:
            continue
        between = left[position : mention.start]
        if "," in between or any(position < other.start < mention.start for other in mentions):
            continue
        return True
    return False


def after_subject(sentence: str) -> str | None:
    """What follows the pronoun or connective a sentence opens with; past a time before the pronoun
    ("As of 6 March 2024, they state"), whose comma starts no clause of its own."""
    stripped = sentence.lstrip()
    opener = role_pattern("continuation").match(stripped)
    if opener is not None:
        found = words(opener.group())
        if found and found[-1].casefold() in role_phrases("back_reference"):
            return stripped[opener.end() :]
        rest = stripped[opener.end() :].lstrip(" \t,")
        pronoun = words(rest)[:1]
        if len(found) > 1 and pronoun and pronoun[0].casefold() in role_phrases("back_reference"):
            # "In addition, they state": the pronoun and its verb come after the opener's words (not "On y lit …").
            return rest
    subject_and_rest = stripped.split(None, 1)
    return subject_and_rest[1] if len(subject_and_rest) == 2 else None


def names_document(quoted: str, between: str) -> bool:
    """Whether a short quotation right before a document's name, with nothing but a space between and no
    sentence of its own, is a name that qualifies the document ("'바로배달' 약관"), not its wording. Not one that ends
    on a comma inside its marks: the first piece of a quotation split by the document's attribution ("“We may,” the
    policy says, “share …”"), a name carries no comma of its own."""
    found = words(quoted)
    ended = quoted.rstrip().endswith((".", "!", "?", "。", ","))
    return between.strip() == "" and "\n" not in between and len(found) <= MAX_NAME_WORDS and not ended


def only_document_name(quoted: str) -> bool:
    """Whether a quotation is a document's name and nothing more ("este acuerdo llamado “términos y
    condiciones”", "what it calls its "privacy policy""): what the writer calls the document, not its wording."""
    found = document_mentions(quoted, Page(True, None))
    if not found:
        return False
    rest = quoted[: found[0].start] + " " + quoted[found[-1].end :]
    joined = all(not words(quoted[first.end : second.start]) for first, second in pairwise(found))
    return len(words(rest)) <= 1 and joined


def named_speaker_last(text: str, start: int = 0) -> bool:
    """Whether a company or a person named after a comma speaks last in `text` from `start`, so that the colon or the
    quotation after it is theirs: "Asked whether the privacy policy lets it sell data, Zoomly said:". Not an aside
    the document's own verb goes on after ("The terms of service, Zoomly says, now read:")."""
    found = role_pattern("named_speaker").finditer(text, start)
    if not found:
        return False
    return role_pattern("doc_verb").search(text, found[-1].end()) is None
