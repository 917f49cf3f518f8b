"""The shapes of a comment header line, built from the word lists of `thread_words`: data only.

`comment_headers` tries them on a line; which shape a line has says who wrote the comment, when,
and whom it answers.
"""

from __future__ import annotations

import re

from parsers.text import thread_words as thread

_I = re.IGNORECASE
_NAME = thread.NAME
_NUMBER = thread.NUMBER
_VERB = thread.VERB

COMMENT_HEADER_AGE = thread.COMMENT_HEADER_AGE
COMMENT_HEADER_AGE_TEXT = thread.COMMENT_HEADER_AGE_TEXT
COMMENT_HEADER_VERB_TEXT = thread.COMMENT_HEADER_VERB_TEXT
COMMENT_HEADER_POST_BY = thread.COMMENT_HEADER_POST_BY
COMMENT_HEADER_WIDE = thread.COMMENT_HEADER_WIDE
COMMENT_HEADER_WIDE_NEEDS = thread.COMMENT_HEADER_WIDE_NEEDS
QUOTE_HEADER = thread.QUOTE_HEADER
HANDLE_LIKE = thread.HANDLE_LIKE

# A comment header names its author and often its date; `date` must hold a date to count.
COMMENT_HEADER_WITH_DATE = tuple(
    re.compile(pattern, _I)
    for pattern in (
        rf"^{_NUMBER}{_NAME}\s+{_VERB}\s+(?:on\s+|at\s+)?(?P<date>.+?)\s*:?$",
        rf"^{_NUMBER}{_NAME}\s+on\s+(?P<date>.+?)(?:\s+{_VERB})?\s*:?$",
        # "NAME - Jumat, 31 Januari 2020 | 13:00": Indonesian news sets the writer off the date with a
        # spaced hyphen (tried before the bars, which "Ann Lee - Berlin | 3 May 2023" needs).
        rf"^{_NUMBER}{_NAME}\s-\s(?P<date>.+?)\s*:?$",
        # "NAME (12345) | about a year ago": Slashdot prints the user's number after the name.
        rf"^{_NUMBER}{_NAME}(?:\s*\(\d{{1,9}}\))?\s*[|·•—–]\s*(?P<date>.+?)\s*:?$",
    )
)
# What each form above cannot be without, searched before it: most lines of a thread lack it.
COMMENT_HEADER_WITH_DATE_NEEDS = (
    re.compile(rf"\s{_VERB}\s", _I),
    re.compile(r"\son\s", _I),
    re.compile(r"\s-\s"),
    re.compile(r"[|·•—–]"),
)
# The form whose name a spaced hyphen sets off: only a person's name stands so ("Update - 3 May 2023").
COMMENT_HEADER_HYPHENED = COMMENT_HEADER_WITH_DATE[2]
# Counters after a comment header's date: "· 2 replies", "| 14 likes".
HEADER_TRAILER_MARK = re.compile(r"[·|•]")
# "| (#44576667)": the comment's own number, which Slashdot prints last.
HEADER_TRAILER = re.compile(
    r"(?<!\s)\s*[·|•]\s*(?:\d[\d.,]*\s+(?:" + "|".join(thread.HEADER_COUNTERS) + r")|\(#\d{1,12}\))\s*$", _I
)
COMMENT_HEADER_NO_DATE = re.compile(rf"^{_NUMBER}{_NAME}\s+{_VERB}\s*:$", _I)
REPLY_VERBS = re.compile(r"\b(?:" + "|".join(thread.REPLY_VERB_WORDS) + r")\b", _I)
# "Reply to NAME", "In reply to NAME", "↳ NAME": the comment answers NAME's.
REPLY_TO = re.compile(
    r"^(?:↳\s*|(?:"
    + "|".join(thread.REPLY_TO_PHRASES)
    + r")\s+|@)(?P<author>[\w.'’@-]+(?:\s+[\w.'’-]+){0,3})\s*:?$",
    _I,
)
# The words a comment header line says besides its names and its date, each named above: a verb ("says:",
# "wrote", "said on"), a reply note ("Reply to"), a board's "Post by", a flair or rank ("Mod", a tag in
# brackets: "[developer]"), the thread's links ("parent | next [–]"), counters ("231 Beiträge", "2
# replies"), the comment's list number ("1.") and the user's or comment's number ("(12345)", "(#44576667)").
# They are the header's labels: read with it into the metadata, never text of the comment.
HEADER_LABELS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        (
            _VERB,
            *thread.REPLY_TO_PHRASES,
            *thread.POST_BY,
            *thread.FLAIRS,
            *thread.NAV_WORDS,
            r"\d[\d.,]*\s+(?:" + "|".join(thread.HEADER_COUNTERS) + ")",
            "on",
            r"\d{1,4}[.)]",
            r"\(#?\d{1,12}\)",
            r"\[[^\]\n]{1,30}\]",
        )
    )
    + r")(?!\w)",
    _I,
)
