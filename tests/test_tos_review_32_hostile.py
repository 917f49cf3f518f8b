"""A page of thousands of quotations set off in paragraphs of their own, one after another, is read in work that grows
with its length: each paragraph after such a run reads the run again to see which of it binds as terms do
(tos_bound.bound_run), so only the last quotations of a run wait for a paragraph to name their source.

Counted, never timed: how often a quotation is asked whether it binds.
"""

from __future__ import annotations

from typing import Any

import pytest
from tos_support import page_units

from annotations.detectors import tos_bound
from annotations.detectors.tos_quotes import TosQuoteDetector

_VERBS = ("share", "sell", "keep", "analyse", "store", "disclose", "transfer", "license")


def _asked(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """How often tos_bound.binds_alone is called on a page of `count` set-off quotations after a lead paragraph."""
    calls = 0
    real = tos_bound.binds_alone

    def asking(*args: Any, **kwargs: Any) -> bool:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    paragraphs = [
        f"“You may not {_VERBS[n % len(_VERBS)]} item {n} of the service, and you must pay.”"
        for n in range(count)
    ]
    units = page_units("Wolkig changed its terms of service this week.", *paragraphs, title="Wolkig's terms")
    with monkeypatch.context() as patched:
        patched.setattr(tos_bound, "binds_alone", asking)
        TosQuoteDetector().detect(units)
    return calls


def test_a_long_run_of_set_off_quotations_is_read_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    few, many = _asked(300, monkeypatch), _asked(1200, monkeypatch)
    assert many <= 4.5 * few  # 4 times the paragraphs: 16 times the work when each reads the whole run


def test_a_short_run_is_still_given_to_the_document_the_paragraph_after_names() -> None:
    units = page_units(
        "Wolkig changed its terms of service this week. Two lines stand out.",
        "“You may not resell the service.”",
        "“We may close your account at any time.”",
        "Both lines come from the new terms of service.",
        title="Wolkig's terms",
    )
    assert [found.text for found in TosQuoteDetector().detect(units)] == [
        "You may not resell the service.",
        "We may close your account at any time.",
    ]
