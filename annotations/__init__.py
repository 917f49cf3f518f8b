"""The headless annotation core: an Article in, laws, penalties and ToS quotes out."""

from __future__ import annotations

from annotations.model import Annotated, Annotation, ClauseCategory, LawEntry, PenaltyCap, Summary
from annotations.pipeline import annotate

__all__ = ["Annotated", "Annotation", "ClauseCategory", "LawEntry", "PenaltyCap", "Summary", "annotate"]
