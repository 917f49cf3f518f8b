"""Declined law names (law_inflections.toml) link to their knowledge-base entry as the name itself does,
and the knowledge base's Japanese Consumer Contract Act and Korean Terms and Conditions Act are found
by their own titles."""

from __future__ import annotations

import pytest
from law_support import find_laws

from annotations.detectors.law_inflections import inflected

DECLINED = [
    # German genitive of a compound: the law, not a name the knowledge base lacks.
    (
        "Der Anbieter verstieß gegen Pflichten des Netzwerkdurchsetzungsgesetzes, so das Bundesamt.",
        [("Netzwerkdurchsetzungsgesetzes", "de-netzdg")],
    ),
    (
        "Die Staatsanwaltschaft ermittelt nach den Vorschriften des Strafgesetzbuchs.",
        [("Strafgesetzbuchs", "de-stgb")],
    ),
    # Nordic genitive of a definite form, with the provision after it.
    (
        "Tilsynet viste til personopplysningslovens § 46 i vedtaket.",
        [("personopplysningslovens § 46", "no-personal-data-act")],
    ),
    (
        "Myndigheten prövade dataskyddslagens regler om kameror.",
        [("dataskyddslagens", "se-data-protection-act")],
    ),
    # Czech and Polish cases of a multi-word name: every word takes the case.
    (
        "Úřad shledal porušení zákona o zpracování osobních údajů.",
        [("zákona o zpracování osobních údajů", "cz-personal-data-processing-act")],
    ),
    (
        "Postup byl v souladu s obecným nařízením o ochraně osobních údajů.",
        [("obecným nařízením o ochraně osobních údajů", "gdpr")],
    ),
    (
        "Postępowanie prowadzono na podstawie ustawy o ochronie danych osobowych z 2018 r.",
        [("ustawy o ochronie danych osobowych", "pl-personal-data-protection-act")],
    ),
    (
        "Spółka działała zgodnie z ustawą o ochronie danych osobowych.",
        [("ustawą o ochronie danych osobowych", "pl-personal-data-protection-act")],
    ),
    # Japan's Consumer Contract Act and Korea's Terms and Conditions Act, by their titles and short forms.
    (
        "団体は、この条項が消費者契約法第9条に当たると指摘した。",
        [("消費者契約法第9条", "jp-consumer-contract-act")],
    ),
    (
        "Unfair terms are void under Japan's Consumer Contract Act (Act No. 61 of 2000).",
        [
            ("Consumer Contract Act", "jp-consumer-contract-act"),
            ("Act No. 61 of 2000", "jp-consumer-contract-act"),
        ],
    ),
    (
        "공정위는 이 조항이 약관의 규제에 관한 법률(약관법)상 무효라고 판단했다.",
        [("약관의 규제에 관한 법률", "korea-terms-act"), ("약관법", "korea-terms-act")],
    ),
    ("공정위는 약관규제법 개정안을 마련했다.", [("약관규제법", "korea-terms-act")]),
    (
        "The KFTC found the clause unfair under the Act on the Regulation of Terms and Conditions.",
        [("Act on the Regulation of Terms and Conditions", "korea-terms-act")],
    ),
]

NOT_THESE_LAWS = [
    # A declined common noun alone names no law.
    "Der Entwurf des neuen Gesetzes liegt dem Bundestag vor.",
    "Úřad posoudil návrh zákona v řízení.",
    "Projekt ustawy trafi do Sejmu jesienią.",
    "약관 조항 4개가 시정 대상이 됐다.",
    "消費者契約の締結について勧誘する際の注意点をまとめた。",
]


@pytest.mark.parametrize(("sentence", "expected"), DECLINED)
def test_declined_name_links_to_its_law(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert find_laws(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_THESE_LAWS)
def test_declined_common_noun_is_no_law(sentence: str) -> None:
    assert [ref for _text, ref in find_laws(sentence) if ref] == []


def test_a_name_some_other_law_has_is_not_declined_onto_it() -> None:
    """A German genitive of a name the knowledge base lacks stays unlinked ('Wahlgesetzes')."""
    assert all(ref is None for _text, ref in find_laws("Die Partei klagt gegen eine Regel des Wahlgesetzes."))


def test_words_of_one_name_take_one_case() -> None:
    forms = inflected(["ogólne rozporządzenie o ochronie danych"])
    assert "ogólnego rozporządzenia o ochronie danych" in forms
    assert "ogólne rozporządzenia o ochronie danych" not in forms
    assert inflected(["General Data Protection Regulation"]) == {}
