"""A poster's first person that is another language's common word: German "ich" (I) is Polish and Slovak "ich"
(their), French "je" is Czech "je" (is) and Dutch "je" (you). In a text written in a Slavic language with Latin letters
(role slavic_letter) such a word (role first_person_homograph) is that language's own, not anyone speaking; so is
"je" in a text with Dutch words (role dutch_word), where it is the "you" that Dutch terms address users by."""

from __future__ import annotations

from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["first_person_in", "homograph", "slavic_homograph"]


def slavic_homograph(folded: str, text: str) -> bool:
    """Whether a case-folded first-person word is, in `text`, a Slavic language's word ("ich" in a Polish clause)."""
    return (
        folded in role_phrases("first_person_homograph")
        and role_pattern("slavic_letter").search(text) is not None
    )


def dutch_you(folded: str, text: str) -> bool:
    """Whether a case-folded first-person word is, in `text`, Dutch "you" ("die je plaatst", "Je geeft ons …")."""
    return (
        folded in role_phrases("first_person_dutch_homograph")
        and role_pattern("dutch_word").search(text) is not None
    )


def homograph(folded: str, text: str) -> bool:
    """Whether a case-folded first-person word is, in `text`, another language's word: Slavic or Dutch."""
    return slavic_homograph(folded, text) or dutch_you(folded, text)


def first_person_in(text: str) -> bool:
    """Whether `text` speaks in the first person (role first_person), its Slavic and Dutch homographs aside."""
    return any(
        not homograph(found.group().casefold(), text) for found in role_pattern("first_person").finditer(text)
    )
