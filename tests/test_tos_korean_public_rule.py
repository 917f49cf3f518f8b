"""A Korean quotation named the content of a rule is a terms clause only when the rule is the company's: a government's
or a regulator's rule named between ("정부 규정", "공정위 시정 규정") is none. Every text is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

_TITLE = "게임사 루나플레이, 이용약관 개정"


@pytest.mark.parametrize(("paragraph", "found"), [
    # A government's or a regulator's rule.
    ("\"확률형 아이템 정보를 모두 알려야 한다\"는 내용의 정부 규정이 다음 달 시행된다.", []),
    ("\"부당한 환불 제한을 없애라\"는 내용의 공정위 시정 규정이 발표됐다.", []),
    # The company's terms.
    ("\"회사는 언제든 서비스를 종료할 수 있다\"는 내용의 앱 이용약관이 논란이 됐다.", ["회사는 언제든 서비스를 종료할 수 있다"]),
])  # fmt: skip
def test_a_public_rule_named_after_a_quotation_is_no_terms_clause(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=_TITLE)) == found
