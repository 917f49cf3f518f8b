"""A number and magnitude written with no currency right after a word for people or a count counts those, not won
or yuan: "이용자 3370만의 정보" (thirty-three million users' data), "회원 수 4500만" (a membership of forty-five
million), "用户5000万" (fifty million users). Found by revlaw34 reviewing 9a9234c, which reads bare Korean and
Chinese amounts as the article's currency."""

from __future__ import annotations

import pytest

from annotations.detectors.money import find_money
from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def penalties(*paragraphs: str) -> list[tuple[str, float | None, str | None]]:
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return [(f.text, f.amount, f.currency) for f in PenaltyDetector().detect(units)]


@pytest.mark.parametrize(
    "text",
    [
        "이용자 3370만의 정보를 유출한 쇼핑몰",
        "회원 수 4500만에 이르는 플랫폼",
        "가입자 2300만을 거느린 통신사",
        "该平台用户5000万，",
        "その会員300万が影響を受けた。",
    ],
)
def test_a_count_of_people_is_no_bare_amount(text: str) -> None:
    assert [m for m in find_money(text) if m.amount is not None] == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ("이용자 3370만의 정보를 유출한 쇼핑몰에 과징금 1200억원이 부과됐다.",),
            [("1200억원", 120_000_000_000, "KRW")],
        ),
        (
            ("회원 수 4500만에 이르는 플랫폼에 과징금 151억을 부과했다.", "과징금 151억 원이 확정됐다."),
            [("151억", 15_100_000_000, "KRW"), ("151억 원", 15_100_000_000, "KRW")],
        ),
        # A word that only ends like one ('액수', an amount) leaves the fine a fine.
        (
            ("과징금 액수 50억에 대해 회사가 반발했다.", "과징금 50억 원이 부과됐다."),
            [("50억", 5_000_000_000, "KRW"), ("50억 원", 5_000_000_000, "KRW")],
        ),
    ],
)
def test_the_fine_beside_a_count_stays(paragraphs: tuple[str, ...], expected: list) -> None:
    assert penalties(*paragraphs) == expected
