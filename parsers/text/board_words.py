"""What message boards print around a post besides a "NAME · DATE" line: data only.

Two families of boards set a post's author and date apart from the post over several lines:
- a member block over each post (XenForo, vBulletin, phpBB themes): the name, maybe a rank,
  then "Joined 14 Mar 2016 · Messages 3,412";
- a post number line: "« Reply #2 on: June 11, 2014, 09:02:17 AM »" under the name and the
  post's subject (SMF), or "Reply #1 · posted DATE" over "NAME writes..." (Whirlpool), or a
  bare "Reply #1" over the name (Steam discussions).
The algorithm that reads them is in `posts`; the patterns built here only join these lists.
"""

from __future__ import annotations

import re

from parsers.date_words import MONTHS
from parsers.text.thread_words import alternatives

_I = re.IGNORECASE

# Longest line that may be a member's statistics or a post number line.
BOARD_LINE_MAX_CHARS = 120
# Longest date line under a handle ("Jan 5", "March 5, 2024 at 9:12 am"), in characters and words.
DATE_LINE_MAX_CHARS = 40
DATE_LINE_MAX_WORDS = 7
# Longest rank under a member's name ("Well-Known Member"), in words.
RANK_MAX_WORDS = 4

# Words that open a member's statistics line: "Joined", "Registriert seit", "Inscrit le".
MEMBER_SINCE = (
    "joined",
    "registered",
    "member since",
    "registriert seit",
    "registriert",
    "mitglied seit",
    "dabei seit",
    "inscrit le",
    "inscrit",
    "inscrito",
    "inscrito em",
    "registrado",
    "miembro desde",
    "membro desde",
)
# What a member's statistics count: "Messages 3,412", "Posts: 120", "Beiträge: 231".
MEMBER_COUNTS = (
    "messages",
    "posts",
    "reaction score",
    "likes",
    "points",
    "solutions",
    "beiträge",
    "nachrichten",
    "mensajes",
    "mensagens",
    "réactions",
)
# Words of a post number: "Reply #2", "Antwort #2", "Réponse #2".
POST_NUMBER_WORDS = ("reply", "antwort", "réponse", "respuesta", "resposta", "post", "beitrag")
# What stands between a post number and its date on SMF boards: "on:", "am:", "le :".
POST_DATE_WORDS = ("on", "am", "le", "en", "em")
# The verbs after a name on the line under a post number: "NAME writes...", "NAME wrote:".
AUTHOR_VERBS = (
    "writes",
    "wrote",
    "said",
    "says",
    "schreibt",
    "schrieb",
    "écrit",
    "a écrit",
    "escribe",
    "escribió",
)


# Spaces around an optional sign are one run with the sign inside it ("\s*(?::\s*)?", not "\s*:?\s*"),
# and a run before a sign or a word never gives a space back (possessive): runs that meet split N spaces
# N ways at each try (a 120-character line of "Joined 5", spaces and a letter took 0.2 s, a page of such
# lines minutes; now 0.1 ms).
_COUNT = rf"(?:{alternatives(MEMBER_COUNTS)})\s*+(?::\s*+)?\d[\d.,]{{0,11}}"
# "Joined 14 Mar 2016 · Messages 3,412", "Joined: Jan 2016 Posts: 1,234", "Registriert seit: 12.03.2016".
MEMBER_LINE = re.compile(
    rf"^(?:{alternatives(MEMBER_SINCE)})\s*+(?::\s*+)?(?P<date>[^·|•:\d]{{0,12}}\d[^·|•:]{{0,30}}?)"
    rf"(?P<counts>(?:\s*+(?:[·|•,]\s*+)?{_COUNT}){{0,4}})\s*+$",
    _I,
)
_NUMBER = rf"(?:{alternatives(POST_NUMBER_WORDS)})\s*#\d{{1,6}}"
# "« Reply #2 on: June 11, 2014, 09:02:17 AM »", "« on: June 11, 2014 »": an SMF post's number and date.
SMF_POST_LINE = re.compile(
    rf"^(?:«\s*(?:{_NUMBER}\s+)?|{_NUMBER}\s+)(?:{alternatives(POST_DATE_WORDS)})\s*:\s*(?P<date>[^«»]{{4,60}}?)\s*»?$",
    _I,
)
# "Reply #1 · posted 2025-Mar-4, 9:12 pm · ref: X", "Reply #1": a post number over its author's name.
NUMBER_OVER_AUTHOR = re.compile(
    rf"^(?P<number>{_NUMBER})(?:\s*[·|•]\s*(?:posted\s+)?(?P<date>[^·|•]{{4,60}}?))?(?:\s*[·|•]\s*[^·|•]{{1,60}}?){{0,3}}\s*$",
    _I,
)
# "kerrigan_nsw writes...", "DEV_Halvard [developer]", "brisket_bob": the author under a post number.
AUTHOR_UNDER_NUMBER = re.compile(
    r"^(?P<author>[^\W\d][\w.'’@-]{0,60}(?:\s+[\w.'’@-]{1,30}){0,3}?)(?:\s*\[[^\]\n]{1,30}\])?"
    rf"(?:\s+(?:{alternatives(AUTHOR_VERBS)})\s*(?:\.{{3}}|…|:)?)?$",
    _I,
)
# "Author Topic: Council fined over a leak  (Read 812 times)": the head of an SMF thread, over its first post.
TOPIC_LINE = re.compile(r"^(?:author\s+topic|autor\s+thema|auteur\s+sujet|autor\s+tema)\s?:", _I)
# "Posts: 214", "Karma: +3/-0", "***", "Offline": an SMF member block's lines between the name and the subject.
SMF_MEMBER_LINE = re.compile(
    r"^(?:(?:posts|karma|gender|location|beiträge|messages|mensajes|mensagens)\s?:\s?[^:]{1,30}|"
    r"\*{1,6}|online|offline)$",
    _I,
)
# How many lines an SMF member block holds at most: the name, a rank, stars, statistics.
SMF_MEMBER_MAX_LINES = 6
# "Re: The thread's subject": the subject an SMF post carries between its author and its number.
SUBJECT_LINE = re.compile(r"^(?:re|aw|sv|rép|resp)\s*:", _I)
# "by quietgrep ( 1838472 ) on Tuesday March 04, 2025 @11:34AM (#65213377) Homepage Journal",
# "by Anonymous Coward on … (#65213460)", "by NAME ( 123 ) writes:" with "on DATE (#N)" on the line
# under it: Slashdot's long comment header, under the comment's subject line. It needs the user's
# number or the comment's ("By Ann Lee on March 3" is an article's byline). Single spaces, so no runs meet.
_SLASHDOT_AUTHOR = r"^by\s(?P<author>[^\s()][^()]{0,60}?)"
_SLASHDOT_TAIL = r"(?:\s(?:homepage|journal))*$"
_SLASHDOT_DATE = r"\son\s(?P<date>[^()]{4,60}?)"
SLASHDOT_BYLINES = tuple(
    re.compile(pattern, _I)
    for pattern in (
        rf"{_SLASHDOT_AUTHOR}\s\(\s?\d{{1,9}}\s?\)(?:\swrites:)?(?:{_SLASHDOT_DATE}(?:\s\(#\d{{1,12}}\))?)?{_SLASHDOT_TAIL}",
        rf"{_SLASHDOT_AUTHOR}(?:\swrites:)?{_SLASHDOT_DATE}\s\(#\d{{1,12}}\){_SLASHDOT_TAIL}",
    )
)
SLASHDOT_DATE_LINE = re.compile(r"^on\s(?P<date>[^()]{4,60}?)(?:\s\(#\d{1,12}\))?" + _SLASHDOT_TAIL, _I)
# "Re:Six years? (Score:5, Insightful)", "Fines are a cost of business (Score:2)": the subject over it.
SLASHDOT_SUBJECT = re.compile(r"^(?:re:.{0,100}|.{0,100}\(score:\s?-?\d[^()]{0,30}\))$", _I)
# How every line above starts, tried first: most lines of a thread start otherwise and are passed at once.
BOARD_LINE_START = re.compile(
    rf"^(?:«|by\s|{alternatives(MEMBER_SINCE)}|{alternatives(POST_NUMBER_WORDS)})", _I
)
# "fernhill", "mod_ashby (Moderator)", "u/lantern_jaw": a user's handle alone on its line, maybe with a role, over
# an Invision board's "Posted DATE" line. Matched against one token, the handle: a user's full name may
# follow it on a Discourse header line (posts._named_after), a title over a listing's date line may not.
USER_LINE = re.compile(r"^(?:[ur]/)?[^\W\d][\w.'’@-]{0,60}(?:\s*[(\[][^)\]\n]{1,30}[)\]])?$")
# A word of a person's name written after a Discourse handle ("Kowalczyk", "O'Neill", "J."); capitalised too.
NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]{0,40}$")
# "Jan 5", "Mar '23", "Mar 2023": a day or a month with no year or no day, as Discourse dates a post.
_MONTH = "|".join(sorted((re.escape(name) for name in MONTHS), key=len, reverse=True))
SHORT_DAY = re.compile(rf"^(?:{_MONTH})\.?\s+(?:\d{{1,2}}|'\d{{2}}|\d{{4}})$", _I)
# "Trust Level 3", "TL2": a Discourse user's trust level, printed under the handle like a title.
TRUST_LEVEL = re.compile(r"^(?:trust level|tl)\s?[0-4]$", _I)
# "level 2": how deep the reply under it stands, printed over it by Reddit-like threads.
DEPTH_LINE = re.compile(r"^level (\d{1,2})$", _I)
