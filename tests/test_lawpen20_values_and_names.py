"""Session 34 (lawpen20): amounts of Chinese, Japanese and Korean news read whole, a description before a
capitalised "Act" that is no law's name, and "federal" as no sign of the US dollar.

Found on real pages (pages corpus, kept outside the repository): a Korean wire report on the privacy
regulator's fines since 2020 (1천168억원, a thousand and 168 hundred millions), a Japanese games-news report of
a European fine (622万2000ユーロ), a Nigerian paper's "breach of the nation's data Act", a Canadian guide to
Bill C-27 whose "$10 million" read as US dollars by its "federal"."""

from __future__ import annotations

import pytest
from law_support import find_laws, settled_currencies

from annotations.detectors.money import find_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thousand (천, 千) opens a group of four digits that the next magnitude multiplies whole.
        ("과징금은 1천168억원으로 과태료를 크게 웃돌았다.", [(116_800_000_000, "KRW")]),
        ("과징금 2천500만원을 부과했다.", [(25_000_000, "KRW")]),
        ("과징금 1천347억9100만원이 부과됐다.", [(134_791_000_000, "KRW")]),
        # Digits with no magnitude may close the amount, right before the currency's character.
        ("欧州委員会から622万2000ユーロの課徴金の支払いを命じられた。", [(6_222_000, "EUR")]),
        ("并处罚款1亿2000万5000元。", [(120_005_000, "CNY")]),
        # Amounts already read right stay so.
        ("과징금 64억4천만원을 부과했다.", [(6_440_000_000, "KRW")]),
        ("과징금 15억 3천만원을 부과했다.", [(1_530_000_000, "KRW")]),
        ("과징금 1조2천억원이 거론된다.", [(1_200_000_000_000, "KRW")]),
        ("罰金は4億5000万円に上る。", [(450_000_000, "JPY")]),
        ("罰金5千万円が科された。", [(50_000_000, "JPY")]),
    ],
)
def test_cjk_amounts_are_read_whole(text: str, expected: list) -> None:
    assert [(m.amount, m.currency) for m in find_money(text) if m.amount is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower-case description before a capitalised head is no name of the knowledge base's Data Act.
        ("The regulator fined the lender for breaching the nation's data Act last year.", []),
        ("Critics called the new data Act toothless.", []),
        # The name itself, capitalised or lower-cased whole, stays a law; so does a name with a capital inside.
        ("The EU Data Act applies from September 2025.", ["EU Data Act"]),
        ("Lawyers expect the data act to reshape cloud contracts in the EU.", ["data act"]),
        (
            "La CNIL rappelle que la loi Informatique et Libertés s'applique.",
            ["loi Informatique et Libertés"],
        ),
    ],
)
def test_a_description_before_a_capitalised_act_is_no_name(text: str, expected: list[str]) -> None:
    assert [found for found, _ref in find_laws(text)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "federal" is Canada's and Australia's word as much as the United States': it names no dollar.
        (
            (
                "The Canadian federal government tabled a bill to replace the federal private sector privacy law.",
                "Tribunals could impose penalties up to the higher of $10 million and 3% of gross global revenue.",
            ),
            [("$10 million", "USD")],  # GUIDELINES: no C$ written
        ),
        (
            (
                "Australia's federal privacy regulator sought penalties in the Federal Court.",
                "The maximum is $50 million per contravention.",
            ),
            [("$50 million", "USD")],  # GUIDELINES: no A$ written
        ),
        # A United States article keeps its dollar by its own cues.
        (
            (
                "The FTC said the federal settlement resolves claims under U.S. law.",
                "The company will pay $5 million.",
            ),
            [("$5 million", "USD")],
        ),
    ],
)
def test_federal_names_no_dollar(paragraphs: tuple[str, ...], expected: list) -> None:
    assert settled_currencies(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # The code written before the sign names the dollar, whatever the article's own dollar is.
        (
            (
                "Canada's Competition Bureau settled for a CA $9 million penalty.",
                "By comparison, the US Federal Trade Commission fined the network USD $5 billion.",
            ),
            [("CA $9 million", "CAD"), ("USD $5 billion", "USD")],
        ),
        (("The regulator in Ottawa fined the firm USD$2 million.",), [("USD$2 million", "USD")]),
    ],
)
def test_a_code_before_the_dollar_sign_names_the_dollar(paragraphs: tuple[str, ...], expected: list) -> None:
    assert settled_currencies(*paragraphs) == expected
