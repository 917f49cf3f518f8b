"""tos_vocabulary.role_alternation: behind a lookahead on its first characters, it finds what the plain alternation finds."""

from __future__ import annotations

import re

import pytest

from annotations.detectors.tos_vocabulary import TOS, role_alternation
from annotations.knowledge import vocabulary

_ROLES = (
    "written_lead",
    "trailing_document",
    "public_owner",
    "service_word",
    "owned_cue",
    "trailing_cue",
    "genitive_end",
    "specifying_cue",
    "name_coordinator",
)

# Our own sentences in the languages these roles are written for, and some that hold none of their words.
_TEXTS = (
    "Şirketin kullanım koşulları şöyle yazıyor: “Verileriniz paylaşılabilir” ifadesi dikkat çekti.",
    "Trong điều khoản dịch vụ mới, công ty ghi rõ rằng: “Chúng tôi có thể chia sẻ dữ liệu”",
    "नई नीति में साफ लिखा है कि “हम आपका डेटा बेच सकते हैं”",
    "이용약관에는 “회사는 게시물을 삭제할 수 있다”고 명시했다",
    "新しいプライバシーポリシーには「第三者に提供します」と明記された。",
    "The regulator fined the firm €2m. Its privacy policy says “we may share your data”.",
    "Kanun ve yönetmelik değişti; Kurul'un kararı “kesin” denildi.",
    "",
    "  \n",
)


@pytest.mark.parametrize("role", _ROLES)
def test_a_role_alternation_finds_what_the_plain_alternation_finds(role: str) -> None:
    """Searched, matched at every position and searched within stretches, both give the same spans."""
    plain = re.compile("|".join(f"(?:{entry.regex})" for entry in vocabulary(TOS).role(role)), re.IGNORECASE)
    fast = role_alternation(role)
    for text in _TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for start in range(len(text)):
            one, other = fast.match(text, start), plain.match(text, start)
            assert (one and one.span()) == (other and other.span())
            end = min(len(text), start + 60)
            one, other = fast.search(text, start, end), plain.search(text, start, end)
            assert (one and one.span()) == (other and other.span())


@pytest.mark.parametrize("role", ["written_lead", "trailing_document", "public_owner", "service_word"])
def test_a_role_alternation_opens_with_a_lookahead(role: str) -> None:
    """Roles whose entries open with optional words or a boundary are searched behind a class of first characters:
    re no longer enters every alternative at each position of the sixty characters before a quotation."""
    assert role_alternation(role).pattern.startswith("(?=[")
