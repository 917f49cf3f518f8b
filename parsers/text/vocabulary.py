"""What page furniture, bylines and comment headers look like in pages saved as text.

Data only: the parser in this package reads these patterns top to bottom.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Longest line, in words, that may be a heading, a caption or a name.
HEADING_MAX_WORDS = 14
CAPTION_MAX_WORDS = 16
NAME_MAX_WORDS = 4
# Lines longer than this are prose, never a byline, a date line or a comment header.
MAX_META_LINE = 200
# How many lines after the title may hold the byline and dates.
HEADER_ZONE_LINES = 7
# A headline has this many words with letters in them.
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 30
# How far down the page the title and byline may be.
TITLE_SEARCH_LINES = 60
# Navigation bars: items split by pipes, bullets, slashes or wide gaps.
NAVIGATION = re.compile(r"\S\s(?:\||·|•|/|»|›)\s\S|\S {3,}\S|\t")
# A short first line runs into longer ones: a heading with no blank line after it.
HEADING_RUN_IN_RATIO = 0.6

_SOCIAL = (
    r"facebook|twitter|x|linkedin|e-?mail|reddit|whatsapp|print|pinterest|telegram|copy link|"
    r"mastodon|bluesky|threads|tumblr|pocket|flipboard|hacker news|sms|messenger"
)

# Lines dropped wherever they stand.
FURNITURE_LINES = tuple(
    re.compile(pattern, _I)
    for pattern in (
        r"^share(?: this| on| the)?(?: article| story| post| page)?\s*[:.]?$",
        r"^share(?: this| on| the)?(?: article| story| post| page)?\s*:.{0,100}$",
        # Separators are either punctuation or spaces, never both ambiguously: no backtracking blow-up.
        rf"^(?:share on\s+)?(?:{_SOCIAL})(?:(?:\s*[|·•,/]\s*|\s+)(?:share on\s+)?(?:{_SOCIAL})){{0,12}}\s*[:.]?$",
        r"^(?:click to share on|share via)\b.*$",
        r"^(?:tags?|filed under|categories|category|topics?)\s*:.*$",
        r"^(?:advertisement|sponsored|ad|skip to (?:main )?content|menu|search|home|close)$",
        r"^(?:image|photo|picture|illustration|video)(?:\s+(?:credit|source))?s?\s*:.*$",
        r"^(?:photo|image)?\s*credit\s*:.*$",
        r"^(?:read more|continue reading|read next|recommended)\b.*$",
        r"^(?:subscribe|sign up|join)\b.{0,40}\bnewsletter\b.*$",
        r"^(?:reply|reply ↓|↓|like|likes|report|flag|permalink|log in to reply|cancel reply|\d+ likes?)$",
        r"^(?:reply|like|likes|report|share|upvote|downvote|replies)(?:\s*\(\d+\))?(?:\s*[|·•]\s*(?:reply|like|likes|report|share)(?:\s*\(\d+\))?)*$",
        r"^(?:start writing|get the app|download the app|open in app)$",
        r"^\d+\s+min(?:ute)?s?\s+read$",
        r"^(?:was this (?:article|page|story) (?:helpful|useful)\??).*$",
        r"^(?:subscribe|sign in|sign up|log in|log out|register|newsletter)$",
        r"^like this:.*$",
        r"^(?:like\s+)?loading(?:\.{3}|…)?$",
        r"^.{0,80}\b(?:subscribe|sign up)\b.{0,80}\b(?:receive|posts|for free|alerts|inbox|updates)\b.{0,60}$",
        r"^(?:receive|get) (?:our|the) .{0,60}(?:by e-?mail|in your inbox|newsletter)\W*$",
        r"^attorney advertising\b.*$",
        r"^.*(?:type|enter) your e-?mail.*$",
        r"^.*(?:©|\(c\) \d{4}|all rights reserved).*$",
        r"^(?:loading|loading\.\.\.|loading…)$",
    )
)

# Lines after which the article body is over.
END_OF_BODY = tuple(
    re.compile(pattern, _I)
    for pattern in (
        r"^(?:[←«‹<]\s*)?(?:previous|next|prev)\s+(?:post|article|story|entry)\b.*$",
        r"^(?:[←«‹<]\s*)?(?:older|newer)\s+(?:posts?|entry|entries|articles?|stories)\b.*$",
        r"^(?:related|similar)(?:\s+\w+){0,2}\s*:?$",
        r"^(?:you (?:may|might) also (?:like|enjoy)|more from\b|more stories|most (?:read|popular)|trending)\b.*$",
        r"^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\b.*$",
        r"^(?:\d+\s+)?(?:comments?|responses?|replies|thoughts)(?:\s*\(\d+\))?(?:\s+on\s+.*)?\s*:?$",
        r"^\d+\s+(?:comments?|responses?|replies|thoughts)\b.{0,60}$",
        r"^(?:join|start) the (?:discussion|conversation)\b.*$",
        r"^(?:reader comments|discussion|what readers say|conversation)\s*:?$",
        r"^about the author\s*:?$",
    )
)

# Lines where the comment form or the comment policy begins: nothing after them is content.
COMMENT_FORM = tuple(
    re.compile(pattern, _I)
    for pattern in (
        r"^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\b.*$",
        r"^your email address will not be published\b.*$",
        r"^you must be (?:logged|signed) in\b.*$",
        r"^(?:log|sign) in to (?:comment|reply|join the (?:discussion|conversation)|post)\b.*$",
        r"^(?:comment|name|email|website)\s*\*?$",
        r"^(?:post comment|submit comment|cancel reply)$",
        r"^.*(?:©|all rights reserved).*$",
    )
)

_NAME = (
    r"(?P<author>[^\s\d][\w.'’@-]*(?:\s+[\w.'’@-]+){0,3}?)"
    r"(?:,?\s+(?:replying|in reply|reply) to\s+(?P<target>[^\s\d][\w.'’@-]*(?:\s+[\w.'’@-]+){0,3}?))?"
)
_NUMBER = r"(?:\d{1,4}[.)]\s+)?"
_VERB = r"(?:said|says|wrote|writes|commented|comments|replied|replies|posted)"

# A comment header names its author and often its date; `date` must hold a date to count.
COMMENT_HEADER_WITH_DATE = tuple(
    re.compile(pattern, _I)
    for pattern in (
        rf"^{_NUMBER}{_NAME}\s+{_VERB}\s+(?:on\s+|at\s+)?(?P<date>.+?)\s*:?$",
        rf"^{_NUMBER}{_NAME}\s+on\s+(?P<date>.+?)(?:\s+{_VERB})?\s*:?$",
        rf"^{_NUMBER}{_NAME}\s*[|·•—–]\s*(?P<date>.+?)\s*:?$",
    )
)
# Counters after a comment header's date: "· 2 replies", "| 14 likes".
HEADER_TRAILER = re.compile(r"\s*[·|•]\s*\d+\s+(?:repl(?:y|ies)|likes?|points?|votes?)\s*$", _I)
COMMENT_HEADER_NO_DATE = re.compile(rf"^{_NUMBER}{_NAME}\s+{_VERB}\s*:$", _I)
REPLY_VERBS = re.compile(r"\b(?:replied|replies)\b", _I)
# "Reply to NAME", "In reply to NAME", "↳ NAME": the comment answers NAME's.
REPLY_TO = re.compile(
    r"^(?:↳\s*|(?:in )?reply(?:ing)? to\s+|@)(?P<author>[\w.'’@-]+(?:\s+[\w.'’-]+){0,3})\s*:?$", _I
)
# Words that start sentences, never names: "It says:", "The FTC wrote:".
NOT_NAMES = frozenset(
    """
    the a an it he she they we this that there his her their its our regulator company agency court
    spokesperson statement report judge commission policy updated posted published by last
    """.split()
)

BYLINE_PATTERNS = tuple(
    re.compile(pattern, _I)
    for pattern in (
        r"^(?:posted|published|written)\s+(?:on\s+)?(?P<date>.+?)\s+by\s+(?P<authors>.+?)$",
        r"^(?:posted|published|written)\s+by\s+(?P<authors>.+?)(?:\s+(?:on|[|·•—–-])\s+(?P<date>.+))?$",
        r"^by\s+(?P<authors>.+?)(?:\s*(?:[|·•—–]|,\s(?=\w+\.? \d|\d)|\s-\s|\s+on\s+)\s*(?P<date>.+))?$",
    )
)
UPDATED_LINE = re.compile(
    r"^(?:last\s+)?(?:updated|modified|edited)\b\s*(?:on\s*)?[:•·|–—-]?\s*(?P<date>.+)$", _I
)
PUBLISHED_LINE = re.compile(
    r"^(?:published|posted|first published|date)\b\s*(?:on\s*)?[:•·|–—-]?\s*(?P<date>.+)$", _I
)
AUTHOR_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\band\b|&|,)\s*", _I)
NAME_LINE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|da|del|der|la|le|bin|al))*$"
)

BULLET = re.compile(r"^(?:[-*•·▪◦‣]|\d{1,3}[.)])\s+")
QUOTE_MARK = re.compile(r"^>\s?")
SENTENCE_END = re.compile(r"[.!?:;…\"”’)»]$")


def _union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern for a list, so a line is tested once."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), _I)


FURNITURE = _union(FURNITURE_LINES)
END_OF_BODY_ANY = _union(END_OF_BODY)
COMMENT_FORM_ANY = _union(COMMENT_FORM)
