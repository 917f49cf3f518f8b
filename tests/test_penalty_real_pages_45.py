"""Amount and currency families counted on a pool of real fine pages in session 45 (pen45): Russian numbers
written as words before their magnitude ("пяти миллионов рублей"); crowns read by the language a Nordic page is
written in (Danish "kr." is DKK, though Datatilsynet names the regulator of Denmark and of Norway), "kr." before
the figure and Nordic ranges ("mellem 50.000 og 100.000 kr."); Nordic shares of turnover (omsætning, omsetning,
an owner in the genitive); Korean and Chinese shares written after a basis without 액 or with 的; Kenyan shillings
in the singular; items of a list pasted without markers, each ending with a semicolon; and an amount or share
whose last word the end of an excerpt cut off ("на 4 млн рубле", "10% of to"). Every sentence is made up."""

from __future__ import annotations

import pytest
from law_support import find_penalties, find_penalty_shares

CASES = [
    # Russian numbers in words, in the nominative and the genitive, before миллион/тысяча.
    (("Суд оштрафовал оператора на пять миллионов рублей.",), [("пять миллионов рублей", 5e6, "RUB")]),
    (
        ("Регулятор оштрафовал платформу. Ей придется выплатить более трех миллионов рублей.",),
        [("трех миллионов рублей", 3e6, "RUB")],
    ),
    (
        ("Штраф для юрлиц составит от 200 тысяч до одного миллиона рублей.",),
        [("200 тысяч", 2e5, "RUB"), ("одного миллиона рублей", 1e6, "RUB")],
    ),
    # A number word with no fine near it is no penalty.
    (("Компания потратила пять миллионов рублей на рекламу.",), []),
    # Crowns by the page's language: Danish words make "kr." Danish, Norwegian words Norwegian, Swedish Swedish.
    (
        ("Byretten idømte efter sagen kommunen en bøde på 75.000 kr. for mangler af sikkerheden.",),
        [("75.000 kr.", 75e3, "DKK")],
    ),
    (
        (
            "Nemnda stadfestet etter klagen et overtredelsesgebyr på 90 000 kroner, som ble ilagt av tilsynet.",
        ),
        [("90 000 kroner", 9e4, "NOK")],
    ),
    (
        (
            "Myndigheten beslutade att bolaget ska betala en sanktionsavgift på 40 000 kr för att det inte följt reglerna.",
        ),
        [("40 000 kr", 4e4, "SEK")],
    ),
    # Without words of one Nordic language the bare "kr." stays Norwegian, as before.
    (("The fine was 60,000 kr. in total.",), [("60,000 kr.", 6e4, "NOK")]),
    # "kr." before the figure; a range between two figures joined by og.
    (
        ("Tilsynet indstillede af den grund virksomheden til en bøde på kr. 300.000 efter bruddet.",),
        [("kr. 300.000", 3e5, "DKK")],
    ),
    (
        ("Efter praksis ligger bøderne af den slags på mellem 25.000 og 80.000 kr.",),
        [("25.000", 25e3, "DKK"), ("80.000 kr.", 8e4, "DKK")],
    ),
    # Kenyan shillings written in the singular, as a conversion and alone.
    (
        ("The commissioner fined the lender $15,000 (1,940,000 Kenyan shilling) for sharing contacts.",),
        [("$15,000", 15e3, "USD"), ("1,940,000 Kenyan shilling", 1.94e6, "KES")],
    ),
    # Items of a list pasted without markers, each ending with a semicolon: the lead-in's fine word reaches them;
    # the last, ended by a full stop, looks like a paragraph and stays out of reach six units down.
    (
        (
            "Суд назначил платформам штрафы:",
            "Alpha Ltd (2 млн рублей);",
            "Beta Inc. (3 млн рублей);",
            "Gamma LLC (4 млн рублей);",
            "Delta AB (700 тыс. рублей);",
            "Epsilon Corp. (9 млн рублей за повторное нарушение);",
            "Zeta Co. (5 млн рублей).",
        ),
        [
            ("2 млн рублей", 2e6, "RUB"),
            ("3 млн рублей", 3e6, "RUB"),
            ("4 млн рублей", 4e6, "RUB"),
            ("700 тыс. рублей", 7e5, "RUB"),
            ("9 млн рублей", 9e6, "RUB"),
        ],
    ),
    # Prose paragraphs far from the lead-in, not ending with a semicolon, stay unread.
    (
        (
            "Суд назначил платформам штрафы.",
            "Компания отчиталась.",
            "Аналитики ждут роста.",
            "Выручка составила 4 млн рублей.",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_real_page_amount_families(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float, str]]
) -> None:
    assert find_penalties(*paragraphs) == expected


SHARES = [
    # Nordic shares of turnover: Danish omsætning after an owner in the genitive, Norwegian årsomsetningen.
    (
        "Overtrædelser kan straffes med bøder på op til 4 procent af en virksomheds globale omsætning.",
        [("4 procent af en virksomheds globale omsætning", None, None, 4.0)],
    ),
    (
        "Tilsynet kan ilegge et overtredelsesgebyr på opp til 2 % av den samlede globale årsomsetningen.",
        [("2 % av den samlede globale årsomsetningen", None, None, 2.0)],
    ),
    (
        "Sanktionsavgiften kan bli upp till fyra procent av bolagets globala årsomsättning.",
        [("fyra procent av bolagets globala årsomsättning", None, None, 4.0)],
    ),
    # A share of a firm's turnover with no fine is a fact about the firm.
    ("Eksporten udgør 40 procent af virksomhedens omsætning.", []),
    # Korean shares after a basis without 액: a cap with the object particle, or the genitive.
    (
        "위원회는 위반행위자에게 전체 매출 3%를 상한으로 하는 과징금을 부과할 수 있다.",
        [("전체 매출 3%", None, None, 3.0)],
    ),
    (
        "종전에는 위반행위와 관련된 매출의 3%를 상한으로 과징금을 매겼다.",
        [("관련된 매출의 3%", None, None, 3.0)],
    ),
    ("회사의 전체 매출 3% 증가가 예상된다.", []),
    # Chinese: a share right after the basis before 的罚款, and 营收 with the genitive 的.
    (
        "违法企业可被处以上一年度营业额5%的罚款。",
        [("上一年度营业额5%", None, None, 5.0)],
    ),
    (
        "欧盟最高能罚2000万欧元或全球营收的4%。",
        [("2000万欧元", 2e7, "EUR", None), ("全球营收的4%", None, None, 4.0)],
    ),
    ("公司全年营收的30%来自广告业务。", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_real_page_share_families(
    text: str, expected: list[tuple[str, float | None, str | None, float]]
) -> None:
    assert find_penalty_shares(text) == expected


CUT_OFF = [
    # The excerpt ends in the middle of the currency word or of the share's basis: read to where the text stops.
    (
        ("Суд оштрафовал сервис на 2 млн рублей.", "Позже суд оштрафовал его еще на 7 млн рубле"),
        [("2 млн рублей", 2e6, "RUB", None), ("7 млн рубле", 7e6, "RUB", None)],
    ),
    (
        ("The guide lowers any amount above the statutory cap for an administrative penalty of 10% of to",),
        [("10% of to", None, None, 10.0)],
    ),
    # A text cut in the middle of another word, or ending on a whole one, gains nothing.
    (
        ("The regulator fined the firm €3 million for its fail",),
        [("€3 million", 3e6, "EUR", None)],
    ),
    (("Суд оштрафовал сервис на 2 млн рублей",), [("2 млн рублей", 2e6, "RUB", None)]),
    (("The firm reported revenue of 10% of to",), []),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CUT_OFF)
def test_amounts_cut_off_by_the_end_of_the_text(
    paragraphs: tuple[str, ...], expected: list[tuple[str, float | None, str | None, float | None]]
) -> None:
    assert find_penalty_shares(*paragraphs) == expected
