"""What reader-comment and forum threads say around their posts, in the languages of the pages we read.

Data only, like `vocabulary`: relative dates ("5 hours ago", "vor 3 Stunden"), the verbs of
"NAME wrote:" headers, the words that announce a comment section or label a comment's buttons,
"reply to NAME" notes and quote headers. The parser's algorithm is in `comments`; the patterns
built here only join these word lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.scripts import CJK_IDEOGRAPHS, HANGUL_JAMO, HANGUL_SYLLABLES, KANA

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class RelativeForm:
    """How one language writes "N units ago": words before the count, after the unit, or both."""

    language: str
    before: str
    """Pattern of the words before the count ("vor", "hace", "il y a"), or "" for none."""
    after: str
    """Pattern of the words after the unit ("ago", "atrás"), or "" for none."""
    ones: tuple[str, ...]
    """Words that stand for the count one ("an", "einer", "una")."""
    units: tuple[str, ...]
    """Unit words, singular and plural, as patterns."""
    hedges: tuple[str, ...] = ()
    """Words that may stand before the count: "about a year ago", "over 2 years ago" (Slashdot, Disqus)."""


RELATIVE_FORMS = (
    RelativeForm(
        "en",
        "",
        "ago",
        ("a", "an", "one"),
        (
            r"seconds?",
            r"secs?",
            r"minutes?",
            r"mins?",
            r"hours?",
            r"hrs?",
            r"days?",
            r"weeks?",
            r"wks?",
            r"months?",
            r"years?",
            r"yrs?",
        ),
        ("about", "over", "almost", "nearly", "around"),
    ),
    RelativeForm(
        "de",
        "vor",
        "",
        ("einer", "einem", "eine"),
        (
            r"sekunden?",
            r"minuten?",
            r"stunden?",
            r"tag(?:en)?",
            r"wochen?",
            r"monat(?:en)?",
            r"jahr(?:en)?",
            r"std\.?",
            r"min\.?",
        ),
    ),
    RelativeForm(
        "es",
        "hace",
        "",
        ("un", "una"),
        (r"segundos?", r"minutos?", r"horas?", r"d[ií]as?", r"semanas?", r"mes(?:es)?", r"a[ñn]os?"),
    ),
    RelativeForm(
        "fr",
        r"il y a",
        "",
        ("un", "une"),
        (r"secondes?", r"minutes?", r"heures?", r"jours?", r"semaines?", r"mois", r"ans?", r"ann[ée]es?"),
    ),
    RelativeForm(
        "pt",
        r"h[áa]",
        "",
        ("um", "uma"),
        (r"segundos?", r"minutos?", r"horas?", r"dias?", r"semanas?", r"m[eê]s(?:es)?", r"anos?"),
    ),
    # "2 horas atrás": Brazilian pages also put the word after the unit.
    RelativeForm(
        "pt-after",
        "",
        r"atr[áa]s",
        ("um", "uma"),
        (r"segundos?", r"minutos?", r"horas?", r"dias?", r"semanas?", r"m[eê]s(?:es)?", r"anos?"),
    ),
)
# "4h", "1d ago", "22 h", "3mo": the compact ages of Reddit-like and app threads.
COMPACT_UNITS = ("s", "m", "min", "h", "hr", "d", "w", "wk", "mo", "y", "yr")
# Dates with no count: "yesterday", "gestern", "hier", "ayer", "ontem", "just now".
RELATIVE_WORDS = (
    "just now",
    "yesterday",
    "today",
    "gerade eben",
    "gestern",
    "heute",
    "ayer",
    "hoy",
    "hier",
    "aujourd'hui",
    "aujourd’hui",
    "à l'instant",
    "à l’instant",
    "ontem",
    "hoje",
    "agora mesmo",
)
# Longest count a relative date may hold: a thread shows no age of a thousand units.
RELATIVE_COUNT = r"\d{1,3}"


def _relative_pattern(short: bool) -> str:
    """One alternation of the relative dates the forms above describe; `short` adds "4h" and "yesterday"."""
    parts = []
    for form in RELATIVE_FORMS:
        count = "|".join([RELATIVE_COUNT, *form.ones])
        body = rf"(?:{count})\s+(?:{'|'.join(form.units)})"
        before = rf"{form.before}\s+" if form.before else ""
        if form.hedges:
            before += rf"(?:(?:{'|'.join(form.hedges)})\s+)?"
        after = rf"\s+{form.after}" if form.after else ""
        parts.append(f"{before}{body}{after}")
    if short:
        parts.append(rf"{RELATIVE_COUNT}\s?(?:{'|'.join(COMPACT_UNITS)})(?!\w)\.?(?:\s+ago)?")
        parts.extend(re.escape(word) for word in RELATIVE_WORDS)
    return "(?:" + "|".join(parts) + ")"


RELATIVE_DATE = _relative_pattern(short=True)
# Only the forms with words ("5 hours ago", "vor 3 Stunden"): where text may follow on the same line.
RELATIVE_DATE_LONG = _relative_pattern(short=False)

# What a thread may show between a name and its age: "u/name · Mod · 1d ago", "name · OP · 2h".
FLAIRS = (
    "mod",
    "moderator",
    "op",
    "admin",
    "author",
    "verified",
    "staff",
    "editor",
    r"top \d{1,2}% commenter",
)
# A commenter's role or place set off by a dash between the name and the date, with its own separator
# before the date: "Bob Roe – Moderator | 4 May 2023", "Ann Lee — Berlin · 3 May 2023". Up to three words.
DASHED_PART = re.compile(r"^(?P<part>[^\W\d][\w'’.-]*(?:\s+[\w'’.-]+){0,2})\s*[|·•—–]\s*(?P<date>\S.*)$")
# The dashes that set such a part off (a spaced hyphen is read with the name already: "Ann Lee - Berlin").
PART_DASHES = "—–"
# An age alone, maybe after a flair: what a header's date part may be when no calendar date is there.
RELATIVE_DATE_ALONE = re.compile(rf"^(?:(?:{'|'.join(FLAIRS)})\s*[·|•—–]\s*)?{RELATIVE_DATE}$", _I)
# Any relative date in a line: the words a header line may hold besides its name.
RELATIVE_DATE_ANYWHERE = re.compile(rf"(?<!\w){RELATIVE_DATE}(?!\w)", _I)
# What follows a comment's age on Hacker News-like threads: "| parent | next [–]".
NAV_WORDS = (
    "parent",
    "next",
    "prev",
    "root",
    "context",
    "flag",
    "favorite",
    "hide",
    "past",
    "edit",
    "delete",
)
_NAV = "|".join(NAV_WORDS)
NAV_TRAILER = rf"(?:\s*\|\s*(?:{_NAV}))*(?:\s*\[[–—-]\])?"
# Arrows a threaded view prints before a reply's name: "‣ name · DATE", "↳ name".
REPLY_MARKS = "‣↳└▸▶›»"
# A vote arrow copied with the name: "▲ name 2 hours ago".
VOTE_MARK = r"(?:[▲△⬆↑]\s*)?"
# "12 points", "3 votes": a score between a name and its age.
SCORE = r"(?:[-−]?\d{1,6}\s+(?:points?|votes?|punkte|puntos|pontos)\s+)?"

# Counters after a comment header's date: "· 2 replies", "| 14 likes", "· 231 Beiträge" (the
# author's posts on a board).
HEADER_COUNTERS = (
    r"repl(?:y|ies)",
    r"likes?",
    r"points?",
    r"votes?",
    r"posts?",
    r"messages?",
    r"beitr[äa]ge?",
    r"antworten",
    r"mensajes?",
    r"mensagens?",
    r"respuestas?",
    r"r[ée]ponses?",
)

# The verbs of "NAME wrote:" headers, a colon after them (French puts a space before it).
HEADER_VERBS = (
    "said",
    "says",
    "wrote",
    "writes",
    "commented",
    "comments",
    "replied",
    "replies",
    "posted",
    # German, French, Spanish, Portuguese, Italian
    "schrieb",
    "schreibt",
    "hat geschrieben",
    "meinte",
    "a écrit",
    "écrit",
    "escribió",
    "escribe",
    "dijo",
    "escreveu",
    "disse",
    "ha scritto",
    "scrive",
)
REPLY_VERB_WORDS = ("replied", "replies", "antwortete", "a répondu", "respondió", "respondeu")

# "Reply to NAME", "Antwort an NAME", "En réponse à NAME": the comment answers NAME's.
REPLY_TO_PHRASES = (
    r"(?:in )?reply(?:ing)? to",
    "antwort an",
    "antwort auf",
    "als antwort auf",
    r"en r[ée]ponse [àa]",
    r"r[ée]ponse [àa]",
    r"respuesta a",
    r"en respuesta a",
    r"(?:em )?resposta a",
)
# Lines that open a quotation of another post: "Quote from: NAME on DATE", "Originally Posted by
# NAME", "Zitat von NAME". What follows is quoted inside the comment that holds the line.
QUOTE_HEADERS = (
    r"quote from:\s*",
    r"quote:\s*",
    r"originally posted by\s+",
    r"zitat von\s+",
    r"zitat:\s*",
    r"citation de\s*(?::\s*)?",
    r"cita de\s*(?::\s*)?",
    r"citação de\s*(?::\s*)?",
    r"quoting\s+",
)
# Lines that name a post's author and date on phpBB-like boards: "Post by NAME » DATE",
# "Message par NAME » DATE", "Beitrag von NAME » DATE". Copied from a page, the post icon's label and the
# "by" after it run together: "Postby NAME » DATE", "Beitragvon NAME » DATE".
POST_BY = (
    r"post ?by",
    r"posted by",
    r"message ?par",
    r"beitrag ?von",
    r"mensaje ?por",
    r"mensagem ?por",
    "by",
)

# Names of a comment section, alone on a line: "Kommentare", "5 Kommentare", "Comentários (3)".
SECTION_WORDS = (
    "kommentare?",
    "leserkommentare",
    "comentarios?",
    "comentários?",
    "commentaires?",
)
# Words that name a comment section only after a count ("5 Antworten", "3 réponses"): alone they
# are as likely a heading of the article ("Antworten", "Diskussion").
COUNTED_SECTION_WORDS = ("antworten", "respuestas", "respostas", "réponses", "réactions", "reacciones")
# A comment's buttons, alone or in a row: "Antworten | Zitieren | Melden", "Répondre", "Responder".
ACTION_WORDS = (
    "antworten",
    "zitieren",
    "melden",
    "gefällt mir",
    "répondre",
    "signaler",
    "citer",
    "j'aime",
    "responder",
    "denunciar",
    "citar",
    "me gusta",
    "curtir",
    "rispondi",
    "segnala",
)


# Korean, Japanese and Chinese names of a comment section, maybe with a count: "댓글 3", "전체 댓글 (12)",
# "コメント一覧", "コメント (5件)", "评论 12条", "留言".
WIDE_SECTION_NAME = (
    r"(?:전체\s?)?(?:댓글|코멘트)(?:\s?[(\[]?\d{1,5}[)\]]?\s?개?)?|"
    r"(?:コメント|评论|評論|留言)(?:一覧|列表)?(?:\s?[(（]?\d{1,5}\s?(?:件|条|則)?[)）]?)?"
)


def alternatives(words: tuple[str, ...]) -> str:
    """Words of a list (each written as a regex) as one alternation, to group in a pattern."""
    return "|".join(words)


SECTION_NAME = (
    rf"(?:(?:(?:\d+\s+)?(?:{alternatives(SECTION_WORDS)})|\d+\s+(?:{alternatives(COUNTED_SECTION_WORDS)}))"
    rf"(?:\s*\(\d+\))?|{WIDE_SECTION_NAME})\s*:?"
)
ACTION_ROW = rf"(?:{alternatives(ACTION_WORDS)})(?:\s*\(\d+\))?(?:\s*[|·•]\s*(?:{alternatives(ACTION_WORDS)})(?:\s*\(\d+\))?)*"


# The parts of a comment header: its author (and whom it answers), a list number, a verb.
NAME = (
    r"(?P<author>(?:[ur]/)?[^\s\d][\w.'’@-]*(?:\s+[\w.'’@-]+){0,3}?)"
    r"(?:,?\s+(?:replying|replied|in reply|reply) to\s+(?P<target>[^\s\d][\w.'’@-]*(?:\s+[\w.'’@-]+){0,3}?))?"
)
NUMBER = r"(?:\d{1,4}[.)]\s+)?"
VERB = "(?:" + "|".join(HEADER_VERBS) + ")"


# A user name as threads print it: one token, "u/name", "kestrel_88", "meera.s".
HANDLE = r"(?P<author>(?:u/)?[^\W\d][\w.'’@-]{0,60})"
# A handle, maybe a score, and an age, alone on a line: "prax 5 hours ago", "▲ kestrel 2 hours ago
# | parent | next [–]", "user123 12 points 3 hours ago".
COMMENT_HEADER_AGE = re.compile(
    rf"^{VOTE_MARK}{HANDLE}\s+{SCORE}(?P<date>{RELATIVE_DATE}){NAV_TRAILER}\s*$",
    _I,
)
# The same with the comment's text after it, read only among comments: "prax 5 hours ago They say…".
COMMENT_HEADER_AGE_TEXT = re.compile(
    rf"^{VOTE_MARK}{HANDLE}\s+(?P<date>{RELATIVE_DATE_LONG})\s+(?P<text>\S.*)$",
    _I,
)
# "NAME wrote: text" on one line, read only among comments.
COMMENT_HEADER_VERB_TEXT = re.compile(rf"^{NUMBER}{NAME}\s+{VERB}\s*:\s+(?P<text>\S.*)$", _I)
# "Post by NAME » DATE", "Message par NAME » DATE": a board's post header.
COMMENT_HEADER_POST_BY = re.compile(rf"^(?:{'|'.join(POST_BY)})\s+{NAME}\s*»\s*(?P<date>.+?)\s*$", _I)
# "Quote from: NAME on DATE", "Originally Posted by NAME": a quotation of NAME's post starts.
QUOTE_HEADER = re.compile(
    rf"^(?:{'|'.join(QUOTE_HEADERS)})(?P<author>[^\s\d][\w.'’@-]*)(?:\s+on\s+.+|\s*».*)?$", _I
)
# Any line that opens a quotation, whatever it names as the source ("Quote from: the Terms of Use,
# section 4"): among comments it is a paragraph of its own, so the quotation under it starts the next.
QUOTE_LEAD = re.compile(rf"^(?:{'|'.join(QUOTE_HEADERS)})\S.{{0,100}}$", _I)
# A handle that cannot be a person's name written in prose: one token holding a digit, "_", an inner dot
# or "u/". One token: "Section 230 says:" and "Article 17 wrote:" open no comment.
HANDLE_LIKE = re.compile(r"^(?:u/\S+|\S*[\d_]\S*|\S*\w\.\w\S*)$")

# A comment header as Korean and Japanese boards print it: a nickname and a numeric date with the year first,
# maybe a separator between ("라온 · 2024.05.02", "달빛토끼 2024.05.02 14:03", "名無しさん 2024/05/02(木)
# 12:34:56.78 ID:Ab3x"), maybe the post's number and a label naming the writer before the name ("작성자:
# 라온", "1 名前：名無しさん"), and, on a reply with no indent to show it, a reply's mark or word before all
# ("ㄴ 답글 하늘바다 2024.05.03 09:11", "└ 返信 ken 2024/05/03"). The name is one token.
WIDE_AUTHOR_LABELS = ("작성자", "글쓴이", "닉네임", "아이디", "名前", "投稿者", "用户名", "网友")
WIDE_REPLY_MARKS = "ㄴ└↳"
WIDE_REPLY_WORDS = ("답글", "답변", "대댓글", "返信", "回复", "回覆")
# Date labels, never a nickname: "작성일 2024.05.02", "更新 2024/01/24".
WIDE_DATE_WORDS = frozenset(
    "작성일 등록일 입력 수정 승인 게재 업데이트 날짜 일시 작성 등록 更新 更新日 公開 公開日 投稿日 掲載日 日付 "
    "発行日 配信日 时间 日期 发布 發佈 发表 發表".split()
)
_WIDE_NUMERIC_DATE = r"\d{4}(?:\.\s?|[/-])\d{1,2}(?:\.\s?|[/-])\d{1,2}"
COMMENT_HEADER_WIDE = re.compile(
    rf"^(?:\d{{1,4}}(?:[:：.]\s?|\s))?(?P<lead>[{WIDE_REPLY_MARKS}]\s?)?(?P<word>(?:{alternatives(WIDE_REPLY_WORDS)})\s?)?"
    rf"(?:(?P<label>{alternatives(WIDE_AUTHOR_LABELS)})\s?[:：]\s?)?"
    r"(?P<author>[^\s\d:：|·•(\[][^\s:：|·•]{0,39})\s?(?:[|·•]\s?)?"
    rf"(?P<date>{_WIDE_NUMERIC_DATE}[^|·•]{{0,30}}?)(?:\s?ID[:：]\S{{1,20}})?\s*$"
)
COMMENT_HEADER_WIDE_NEEDS = re.compile(_WIDE_NUMERIC_DATE)
# The scripts of such a nickname: Hangul, kana, Chinese characters.
WIDE_NAME_SCRIPT = re.compile(f"[{HANGUL_JAMO}{HANGUL_SYLLABLES}{KANA}{CJK_IDEOGRAPHS}]")
