"""A poster's first person that is another language's common word: German "ich" (I) is Polish and Slovak "ich"
(their), French "je" is Czech "je" (is). In a text written in a Slavic language with Latin letters (role
slavic_letter) such a word (role first_person_homograph) is that language's own, not anyone speaking."""

from __future__ import annotations

from annotations.detectors.tos_vocabulary import role_pattern, role_phrases

__all__ = ["first_person_in", "slavic_homograph"]


def slavic_homograph(folded: str, text: str) -> bool:
    """Whether a case-folded first-person word is, in `text`, a Slavic language's word ("ich" in a Polish clause)."""
    return (
        folded in role_phrases("first_person_homograph")
        and role_pattern("slavic_letter").search(text) is not None
    )


def first_person_in(text: str) -> bool:
    """Whether `text` speaks in the first person (role first_person), its Slavic homographs aside."""
    return any(
        not slavic_homograph(found.group().casefold(), text)
        for found in role_pattern("first_person").finditer(text)
    )
