"""Vocabularies of the HTML comment reader: the class and id hints of comment sections, of one comment
and of its parts, matched against an element's `class` and `id` joined by a space, lower-cased."""

from __future__ import annotations

import re

# A comment section: its class or id.
COMMENT_SECTION_HINTS = re.compile(
    r"(?:^|[\s_-])(?:comments?|commentlist|comment-?list|comments?-?area|comments?-?section|"
    r"comments?-?wrap(?:per)?|discussion|disqus_thread|dsq-comments|reader-?comments|user-?comments|"
    r"kommentare|commentaires|responses|reactions|forum-?posts|thread-?posts|kommentarmodul|commentscon|"
    r"commentconwrap|comments?-?container)(?:$|[\s_-])"
)
# Names that look like a comment section but are widgets, counters or links about comments.
NOT_COMMENT_SECTION_HINTS = re.compile(
    r"widget|sidebar|recent|latest|popular|most|count|link|button|toggle|icon|number|rss|feed|nav|menu|"
    r"teaser|bubble|trigger|open|show|closed|policy|rules|guidelines"
)
# Lists about comments elsewhere on the site ("recent-comments widget"): nothing inside is a comment here.
COMMENT_WIDGET_HINTS = re.compile(r"widget|sidebar|recent|latest|popular|most|teaser")
# One comment: its class or id (checked on li/article/div items inside a section).
COMMENT_ITEM_HINTS = re.compile(
    r"(?:^|[\s_-])(?:comment|comment-?\d+|li-comment-?\d+|depth-?\d+|comment-?item|single-?comment|"
    r"commentitem|dsq-comment|post|forum-?post|message|reply|kommentar|commentaire)(?:$|[\s_-])"
)
# Parts of a comment that are not its text.
COMMENT_NOISE_HINTS = re.compile(
    r"(?:^|[\s_-])(?:reply|comment-?reply-?link|comment-?meta|commentmetadata|comment-?metadata|"
    r"comment-?author|vcard|avatar|says|comment-?actions|actions|rating|vote|votes|report|signature|"
    r"post-?meta|post-?header|post-?footer|user-?info|userinfo|author|meta|date|time|permalink|edit-?link|"
    r"like|likes|share|quote-?button)(?:$|[\s_-])"
)
# The generic words (content, text, body) count only as a whole name or its last part: "text-right" is layout.
COMMENT_TEXT_HINTS = re.compile(
    r"(?:^|[\s_-])(?:comment-?content|comment-?text|comment-?body|commenttext|comment_text|kommentar-?text|"
    r"post-?content|post-?body|post-?text|message-?body|message-?content)(?:$|[\s_-])|"
    r"(?:^|[\s_-])(?:content|text|body)(?:$|\s)"
)
COMMENT_AUTHOR_HINTS = re.compile(
    r"(?:^|[\s_-])(?:fn|comment-?author|author|author-?name|username|user-?name|user|name|nick|poster|autor|"
    r"auteur|verfasser)"
    r"(?:$|[\s_-])"
)
COMMENT_DATE_HINTS = re.compile(
    r"(?:^|[\s_-])(?:date|time|timestamp|published|comment-?date|meta|datum|zeit)(?:$|[\s_-])"
)
# Sections that hold the comment form only: never comments.
COMMENT_FORM_HINTS = re.compile(
    r"(?:^|[\s_-])(?:respond|comment-?form|reply-?form|comment-?respond)(?:$|[\s_-])"
)
MIN_COMMENT_ITEMS = 1
