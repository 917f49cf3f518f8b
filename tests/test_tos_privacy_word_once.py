"""'新ポリシー' names the privacy policy only where a word of privacy is near (c788ed0): with no page known, the text
is read for that word once a call, not once for each '新ポリシー' in it (a text of thousands of them and no privacy
word was read thousands of times). Counted, never timed."""

from __future__ import annotations

from typing import Any

import pytest

from annotations.detectors import tos_mentions
from annotations.detectors.tos_mentions import document_mentions


class _Counted:
    """A pattern that counts its searches."""

    def __init__(self, pattern: Any, searches: list[int]) -> None:
        self.pattern = pattern
        self.searches = searches

    def search(self, text: str, *args: int) -> Any:
        self.searches.append(len(text))
        return self.pattern.search(text, *args)


def _privacy_searches(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """How often document_mentions(text) searched for a privacy word, and how many documents it found."""
    searches: list[int] = []
    role_pattern = tos_mentions.role_pattern

    def counted(role: str) -> Any:
        found = role_pattern(role)
        return _Counted(found, searches) if role == "privacy_word" else found

    monkeypatch.setattr(tos_mentions, "role_pattern", counted)
    found = document_mentions(text)
    return len(searches), len(found)


def test_a_text_of_many_new_policies_is_read_for_a_privacy_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """300 of them in a text that has no privacy word: 300 searches of the whole text before, one now."""
    searches, found = _privacy_searches("新ポリシー「月額は百円」" * 300, monkeypatch)
    assert searches <= 1
    assert found == 0


def test_a_privacy_word_still_makes_every_new_policy_the_privacy_policy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searches, found = _privacy_searches(
        "ナギは個人情報の扱いを変えた。" + "新ポリシー「位置を共有する」" * 5, monkeypatch
    )
    assert searches <= 1
    assert found == 5
