"""Review of session 36's law and penalty commits (revlaw36): rows that failed on the commits reviewed.

"CPPA" as Canada's proposed Consumer Privacy Protection Act (lawpen22) is labelled only where the article points to
Canada more than to California, whose privacy agency the acronym also names: one Canadian word in a Californian
article no longer makes the agency a law. Spanish and Portuguese "por" before a wrong (lawpen22's amount for a
wrong) is also "because of": in a sentence of losses, falls, costs or spending the amount is what the wrong cost,
not a fine."""

from __future__ import annotations

import pytest
from law_support import find_laws

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit

_PENALTIES = PenaltyDetector()


def _penalties(*paragraphs: str) -> list[tuple[str, float | None, str | None]]:
    units = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return [(f.text, f.amount, f.currency) for f in _PENALTIES.detect(units)]


LAW_CASES = [
    # California's agency in an article that also names Canada (failed: CPPA as canada-cppa).
    (
        (
            "The California Privacy Protection Agency fined the app maker on Tuesday.",
            "The CPPA said the company, which also sells in Canada, ignored opt-out requests under the CCPA.",
        ),
        [("CCPA", "ccpa")],
    ),
    (("The CPPA fined a Canadian-owned retailer for ignoring opt-out signals in California.",), []),
    (
        ("CPPA enforcement roundup: the California agency has now fined five companies.", "One is Canadian."),
        [],
    ),
    # Canada's bill where the article points to Canada, or a Canadian word names it; a Canadian page that never
    # spells the acronym out still writes it more often than it names Canada (lawpen20's dwpv.com page).
    (
        (
            "Canada's Bill C-27 would bring in the CPPA and a tribunal.",
            "The CPPA follows the GDPR in places, and Canadian federal rules on fines would change.",
        ),
        [("CPPA", "canada-cppa"), ("CPPA", "canada-cppa"), ("GDPR", "gdpr")],
    ),
    (
        ("Ottawa's bill would create the CPPA, and the Privacy Commissioner of Canada welcomed it.",),
        [("CPPA", "canada-cppa")],
    ),
    (
        (
            "Canada's CPPA would replace part of PIPEDA.",
            "California, for its part, has an agency of its own.",
        ),
        [("CPPA", "canada-cppa"), ("PIPEDA", "pipeda")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), LAW_CASES)
def test_body_acronym_of_another_country(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    assert find_laws(*paragraphs) == expected


PENALTY_CASES = [
    # What a leak cost: a fall, a loss, spending (failed: each a fine).
    ("Las acciones de la cadena cayeron 2 euros por la filtración de datos.", []),
    ("La aseguradora perdió 30 millones de euros por la filtración, según su informe anual.", []),
    ("O valor de mercado da varejista caiu R$ 2 bilhões pelo vazamento.", []),
    ("A rede gastou R$ 5 milhões pela violação do sistema, em auditorias e consultores.", []),
    # An amount for a wrong with no such word stays a fine.
    ("Un lector cuenta que le cobraron S/ 500 por no tener el registro al día.", [("S/ 500", 500, "PEN")]),
    ("A loja pagou R$ 80 mil por descumprir a lei de dados.", [("R$ 80 mil", 80000, "BRL")]),
]

_KRW_FINE = "위원회는 이 게임사에 과징금 9억원을 매겼다. "
KOREAN_CASES = [
    # A count or a share's price before a past copula, after a fine in won (failed: each a fine in won).
    (_KRW_FINE + "이 게임의 가입자는 1800만이었다.", [("9억원", 9e8, "KRW")]),
    (_KRW_FINE + "사고 당시 피해 인원은 2600만이었지만 일부만 통지를 받았다.", [("9억원", 9e8, "KRW")]),
    (_KRW_FINE + "처분 전날 주가는 4만이었지만 곧 떨어졌다.", [("9억원", 9e8, "KRW")]),
    (_KRW_FINE + "이용자는 3100만으로 늘었다.", [("9억원", 9e8, "KRW")]),
    # A fine with no currency of its own before the copula stays a fine (lawpen22's family).
    (
        _KRW_FINE + "처음 통보된 과징금은 14억이었으나 조정됐다.",
        [("9억원", 9e8, "KRW"), ("14억", 1.4e9, "KRW")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN_CASES)
def test_korean_count_before_a_copula(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _penalties(text) == expected


@pytest.mark.parametrize(("text", "expected"), PENALTY_CASES)
def test_amount_for_a_wrong_in_a_sentence_of_cost(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _penalties(text) == expected


SWISS_CASES = [
    # Groups set apart by apostrophes read as one amount; no group starts an amount of its own (a long run of them
    # took time growing with its square: 100,000 characters of "1'000'000…" over two minutes).
    (
        "Die Aufsicht verhängte eine Busse von CHF 1'250'000 gegen die Bank.",
        [("CHF 1'250'000", 1250000, "CHF")],
    ),
    ("Die Busse beträgt bis zu 250'000 Franken.", [("250'000 Franken", 250000, "CHF")]),
]


@pytest.mark.parametrize(("text", "expected"), SWISS_CASES)
def test_swiss_groups(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _penalties(text) == expected
