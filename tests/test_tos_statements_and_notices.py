"""A company's words after a frame that names where it spoke ("In a blog post, Palette called the changes …" then
"It stated: “…”"), a Korean notice board (회사는 공지사항에서 "…"라고 밝혔다), and a German closing speaker whose
phrase the sentence splitter ran past („…“, so Dr. Beate Gelbmann, Leiterin im VKI. „…“). Patterns from real pages:
a US tech site on a design company's terms update, a Korean messenger's consent screen story, an Austrian daily on a
court ruling against a terms clause. Each with the nearest quotation that stays the document's. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("It stated: “We have had many questions about this update and want to give some clarity.”", []),
        ("It now states: “We may review your files to enforce these terms.”",
         ["We may review your files to enforce these terms."]),
    ],
)  # fmt: skip
def test_a_past_bare_lead_after_a_blog_post_is_the_companys(lead: str, expected: list[str]) -> None:
    units = page_units(
        "In a blog post, Pigmento called the changes “a routine re-acceptance” of its terms by subscribers.",
        lead,
        title="Pigmento calls terms update routine",
    )
    assert quotes_found(units) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('회사는 공지사항에서 "대화 내용은 서버에 저장하지 않습니다"라고 밝혔다. 그러나 개정된 개인정보 처리방침은 다르다.', []),
        ('개정된 개인정보 처리방침에는 "대화 기록을 최대 1년간 보관할 수 있습니다"라는 문장이 들어갔다.',
         ["대화 기록을 최대 1년간 보관할 수 있습니다"]),
    ],
)  # fmt: skip
def test_a_korean_notice_board_is_no_terms(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="메신저 '톡톡' 개인정보 처리방침 개정 논란")) == expected


def test_a_closing_speaker_before_a_next_quoted_sentence_takes_the_quotation() -> None:
    units = page_units(
        "Laut Handelsgericht wurde dadurch eine Zustimmung zu den Nutzungsbedingungen verlangt, deren Inhalt aber"
        " unklar ist. Die Klausel sei daher bereits aus diesem Grund intransparent. „Bei einer Änderung von"
        " Geschäftsbedingungen muss der Anbieter offenlegen, was genau geändert werden soll“, so Dr. Lena Hofer,"
        " Leiterin der Rechtsabteilung im Verein. „Außerdem war nicht klar, was die Folgen sind.“",
        title="Gericht kippt Klausel in Nutzungsbedingungen",
    )
    assert quotes_found(units) == []
