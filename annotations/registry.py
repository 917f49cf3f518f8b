"""The detectors that run, in the order they run. Add a detector here and nowhere else."""

from __future__ import annotations

from functools import cache

from annotations.detectors.base import Detector
from annotations.detectors.laws import LawDetector
from annotations.detectors.penalties import PenaltyDetector
from annotations.detectors.tos_quotes import TosQuoteDetector


@cache
def detectors() -> tuple[Detector, ...]:
    """Every detector, built once."""
    return (LawDetector(), PenaltyDetector(), TosQuoteDetector())
