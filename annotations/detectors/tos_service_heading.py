"""A service's name set as a heading between the clauses a page compares ("Microsoft SkyDrive" under Dropbox's clause
and over Microsoft's): pages that line up several services' terms put each clause under its service's name, with no
lead-in of its own. Under such a heading the clause set off next is still the document's, as under a bare colon: only
one that binds as terms do (the walk's "bound" mode); the writer's prose after a heading ends it."""

from __future__ import annotations

import re

from annotations.detectors.tos_blocks import Paragraph, words
from annotations.detectors.tos_wording import is_heading_line

__all__ = ["service_heading"]

# The most words of a service's name set as a heading: "Amazon Web Services", "Microsoft SkyDrive", "Google Drive".
MAX_NAME_WORDS = 3
_NAME_WORD = re.compile(r"[A-Z][\w&.+-]*|[a-z]+[A-Z][\w&.+-]*")  # "Dropbox", "SkyDrive", "iCloud"


def service_heading(paragraph: Paragraph) -> bool:
    """Whether a paragraph is a heading of one to MAX_NAME_WORDS words, each written as a name is."""
    text = paragraph.text.strip()
    return (
        words(text) <= MAX_NAME_WORDS
        and is_heading_line(paragraph)
        and all(_NAME_WORD.fullmatch(word) for word in text.split())
    )
