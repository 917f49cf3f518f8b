"""Session 34 (lawpen20): Korean and Chinese headlines write a fine with no currency ("과징금 724억→151억 확정",
"과징금 152억…"), the won taken from the article; Korean writes yen, yuan and pounds as 엔, 위안, 파운드.

Found on real pages (pages corpus, kept outside the repository): Korean papers on the competition regulator's
surcharge on a taxi-hailing app cut from 72.4 to 15.1 billion won, and a research firm's count of a group's
surcharges, whose headlines and subheads wrote the amounts bare."""

from __future__ import annotations

import pytest
from law_support import settled_currencies

from annotations.detectors.money import find_money
from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def penalties(*paragraphs: str) -> list[tuple[str, float | None, str | None]]:
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return [(f.text, f.amount, f.currency) for f in PenaltyDetector().detect(units)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("모빌리티 앱 과징금 724억→151억 확정", "공정위는 과징금을 151억 원으로 확정했다."),
            [
                ("724억", 72_400_000_000, "KRW"),
                ("151억", 15_100_000_000, "KRW"),
                ("151억 원", 15_100_000_000, "KRW"),
            ],
        ),
        (
            ("한 그룹, 지난해 과징금 152억…네 번째로 많아", "과징금은 총 152억원이었다."),
            [("152억", 15_200_000_000, "KRW"), ("152억원", 15_200_000_000, "KRW")],
        ),
        # A particle joined to the amount stays outside it.
        (
            ("위원회는 과징금 151억을 부과했다.", "과징금 151억 원이 확정됐다."),
            [("151억", 15_100_000_000, "KRW"), ("151억 원", 15_100_000_000, "KRW")],
        ),
    ],
)
def test_a_bare_korean_fine_takes_the_won(paragraphs: tuple[str, ...], expected: list) -> None:
    assert penalties(*paragraphs) == expected


@pytest.mark.parametrize(
    "text",
    [
        "가입자 87만 명의 정보가 유출됐다.",  # people
        "개인정보 3천만 건이 유출됐다.",  # records
        "이용자 1000만명이 영향을 받았다.",  # people, the counter joined
        "1만 2천 명이 참가했다.",  # a count in two groups
        "과징금 5천",  # a thousand alone closes no group
        "개인정보 보호법 29조에 따라 과징금을 부과했다.",  # 조: an article of the law
        "법 제15조 위반으로 과징금이 부과됐다.",
        "Room 5万 holds 3千 chairs.",  # among Latin words
    ],
)
def test_counts_and_stray_numbers_are_no_bare_amount(text: str) -> None:
    assert [m for m in find_money(text) if m.amount is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("제재금은 3억 엔이었다.", [("3억 엔", "JPY")]),
        ("벌금 5000만 위안이 부과됐다.", [("5000만 위안", "CNY")]),
        ("과징금 1억 파운드", [("1억 파운드", "GBP")]),
    ],
)
def test_korean_words_for_other_currencies(text: str, expected: list) -> None:
    assert settled_currencies(text) == expected
