"""What page furniture, bylines, dates and comment headers look like in pages saved as text.

Data only: the parser in this package reads these entries. A line is dropped only when one
of the named rules of `furniture_rules` matches it whole; every other line lands in a unit or, for
bylines, dates and comment headers, in the metadata.
"""

from __future__ import annotations

import re

from parsers.scripts import CJK_IDEOGRAPHS, HANGUL_SYLLABLES, UNSPACED
from parsers.text import thread_words as thread
from parsers.text.furniture_rules import COPYRIGHT

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
# No line longer than this, in words or characters, is a title: that is a paragraph.
TITLE_MAX_WORDS = 30
TITLE_MAX_CHARS = 220
# A "Published …" or "Updated …" line this short marks the header even with a date no reader knows.
DATE_LABEL_MAX_WORDS = 6
# How far down the page the title and byline may be.
TITLE_SEARCH_LINES = 60
# Without a byline, the title is the first headline-like line among this many lines.
TITLE_TOP_LINES = 14
# A headline printed twice within this many lines (over its reading time or share bar, then again) is the
# page's headline, over which a line printed once is a tagline.
HEADLINE_REPEAT_LINES = 4
# A sentence of this many words, or a line too long for a title, is the body's running text: no line
# under it is the title ("you make a good point" under a forum post's first paragraph is a reply).
BODY_MIN_WORDS = 12
# What a tagline or a teaser asks after its sentence, the words opening its last part ("… that goes deep
# into our reporting. Browse the archive", "… behind them. See all issues"): a headline's second part
# says more of the news instead ("… privacy rules. Here is what happens next") and stays the title.
TAGLINE_ACTION = re.compile(
    r"(?:browse|see|view|read|explore|discover|subscribe|sign up|join|learn|find out|visit|follow|listen|"
    r"watch|download|register|get|abonnieren|jetzt|alle|s'abonner|abonnez|voir|lire|suscr[ií]b|ver|leer|"
    r"assine|veja)\b",
    _I,
)
# A short paragraph of two sentences or more, with this many words, opens the running text as much as a
# long one does, for the edge furniture under it: "The fake page was plain." then "E-mail: Password:".
SHORT_PARAGRAPH_MIN_WORDS = 8
# A line of this many words ending on a colon leads into the text under it ("Its privacy policy states:").
LEAD_IN_MIN_WORDS = 3
# A sentence ends here: a full stop, question or exclamation mark (also full-width) before a space or the end.
BODY_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
# Chinese and Japanese, written without spaces, end a sentence on a full-width mark wherever it stands; a
# line with this many of their characters and such a mark is running text, never a title.
UNSPACED_SENTENCE_END = re.compile(r"[。！？]")
UNSPACED_SENTENCE_MIN_CHARS = 20
# Lines of a site's header that no headline is, above it on Japanese law firms' and offices' pages: the
# office's telephone number with its hours ("モノリス法律事務所03-6262-3248平日10:00-18:00", "0120-316-742
# 受付時間 …"); the alt text of its logo or a link elsewhere, at the line's end ("…山下江法律事務所のロゴ",
# "弁護士法人ATBのサイトリンク", "…保護方針はこちら", "…一覧に戻る"); and, on a short line, the name of the
# office or of the site's section ("新宿区四谷の行政書士事務所", "トピックス・法律情報", "誹謗中傷対策マニュアル",
# "2013年バックナンバー"). Such a line stays in the text; the title is the headline under it. A headline may
# end as a logo's line or a label does ("… for a new logo", "…、旧体制に戻る", "新しい個人情報保護マニュアル"):
# SITE_HEADER_TAIL and SITE_LABEL_TAIL make a line no title only over a headline (header.locate_title).
SITE_PHONE = re.compile(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])")
SITE_LINK_TAIL = re.compile(
    r"(?:のロゴ|サイトリンク|はこちら|(?:一覧|トップ|TOP|ホーム|先頭)に戻る)\W{0,3}$", _I
)
SITE_HEADER_TAIL = re.compile(r"(?:ロゴ|\blogo|に戻る)\W{0,3}$", _I)
SITE_LABEL_TAIL = re.compile(r"(?:事務所|バックナンバー|トピックス|法律情報|マニュアル)$")
SITE_LABEL_MAX_CHARS = 14
# A headline in these scripts is one run of characters with no space to count words by (a word is one to
# three characters): this many of them make a headline ("受权发布丨网络数据安全管理条例"), fewer a label
# ("コラム", "新闻资讯"); more than the most make a paragraph, never a title.
UNSPACED_HEADLINE_MIN_CHARS = 10
UNSPACED_TITLE_MAX_CHARS = 64
# Korean is spaced, but its words are long (a noun with its particle, compounds written as one): a
# headline of three words is common ("개인정보위 과징금 부과"), when they hold this many Hangul syllables;
# fewer words are a label ("개인정보보호 시리즈", "본문 바로가기").
HANGUL_HEADLINE_MIN_WORDS = 3
HANGUL_HEADLINE_MIN_CHARS = 8
# A Korean line of this many words ending a sentence (WIDE_LINE_END: "…밝혔다.") is running text: fewer,
# longer words than an English paragraph holds, and a headline ends on a noun, not on 다.
HANGUL_BODY_MIN_WORDS = 6
# A line of these scripts wrapped by hand inside a sentence ends mid-clause: a Chinese line (no kana in
# it) on a Chinese character, a Japanese one on a case particle. A headline ends on a noun, a verb, a mark
# or "か" (a question: "…流出か"), so these endings mark a sentence going on under the line.
UNSPACED_WRAP_PARTICLES = frozenset("をにがはでとのてへも")
# A Korean line wrapped by hand inside a sentence ends on a particle or a connective ending that leaves
# the clause open (an object's 을/를, a topic's 은/는, 에, 에서, 으로, 에게; …는데, …지만, …면서, …하고,
# …하며). A headline ends on a noun (…부과, …사고) or a quote, so these endings are no heading's.
HANGUL_WRAP_END = re.compile(r"(?:[을를은는에]|에서|으로|에게|는데|지만|면서|하고|하며)$")
# A site's name over the headline with no blank line between: at most this many words, each capitalised.
SITE_NAME_MAX_WORDS = 5
# The last word of a masthead ("The Harbour Ledger Weekly News", "Valley Herald"): with it, a short
# capitalised line over a sentence-case headline is the site's name, not a title-case headline.
MASTHEAD_WORDS = frozenset(
    word.casefold()
    for word in (
        "News", "Times", "Herald", "Post", "Journal", "Ledger", "Gazette", "Daily", "Weekly", "Tribune",
        "Chronicle", "Review", "Observer", "Online", "Magazine", "Courier", "Dispatch", "Examiner",
        "Sentinel", "Telegraph", "Inquirer", "Bulletin",
    )
)  # fmt: skip
# English articles: a line under a short capitalised one that has them reads as a standfirst, not as
# a headline under a masthead (headlines leave them out: "Port authority fined over leaked scans").
ARTICLES = frozenset({"a", "an", "the"})
# Above a byline, the title and at most one standfirst: this many chunks of headline-like lines.
TITLE_CHAIN_CHUNKS = 2
# The marks a menu or a breadcrumb splits its items by; the last three also compare amounts in prose
# ("fines > €20 million", "Privacy > Profit: …"), so only a breadcrumb's shape makes them navigation.
_MENU_MARKS = r"\||·|•|/|»|›"
_BREADCRUMB_MARKS = rf"{_MENU_MARKS}|->|→|>|》|＞"
# A separator mark with one space each side ("Home | News | Contact").
NAVIGATION_SEPARATOR = re.compile(rf"\S\s(?:{_MENU_MARKS})\s\S")
# Navigation bars: items split by pipes, bullets, slashes (one space each side) or wide gaps.
NAVIGATION = re.compile(rf"{NAVIGATION_SEPARATOR.pattern}|\S {{3,}}\S|\t")
# A breadcrumb: short items split by any mark with any run of spaces ("Inicio > Actualidad > Protección
# de datos", "Press Releases  >  Consumer Protection", "首頁 > 中國品牌 > 正文"); a line this long at most,
# each item this many words at most (but the last of three or more, which may be the article's headline).
BREADCRUMB_SEPARATOR = re.compile(rf"(?<!\s)\s+(?:{_BREADCRUMB_MARKS})\s+")
BREADCRUMB_MAX_CHARS = 200
BREADCRUMB_ITEM_MAX_WORDS = 4
# Chinese and Japanese pages write a breadcrumb with no spaces ("我的位置:首頁>文章詳情"): items of at most
# this many characters split by an arrow mark.
UNSPACED_BREADCRUMB_SEPARATOR = re.compile(r"->|→|[>›»＞]")
UNSPACED_CRUMB_MAX_CHARS = 12
# A Chinese or Japanese site menu on one line: at least this many items split by single spaces, each a
# few characters of those scripts or a short Latin label ("首页 锦天城概况 专业领域 … CN EN JP"). Chinese
# and Japanese text puts no space between words, so such a line is no sentence.
UNSPACED_MENU_MIN_ITEMS = 5
UNSPACED_MENU_ITEM_MAX_CHARS = 6
# A Korean site menu on one line: at least this many short items split by spaces, at least half of them a
# news site's section names ("뉴스홈 정치 경제 사회", "전체기사 최신뉴스 포토 영상"). Korean headlines are
# spaced too, so the section names, not the shape, tell the menu from a headline of nouns.
KOREAN_MENU_MIN_ITEMS = 4
KOREAN_MENU_ITEM_MAX_CHARS = 6
KOREAN_SECTION_NAMES = frozenset(
    """
    홈 뉴스 뉴스홈 전체기사 전체뉴스 최신뉴스 최신기사 주요뉴스 많이본뉴스 인기뉴스 속보 정치 경제 사회 국제 세계
    문화 연예 스포츠 오피니언 사설 칼럼 포토 사진 영상 동영상 전국 지역 생활 라이프 IT 과학 IT·과학 산업 금융
    증권 부동산 북한 교육 건강 기획 연재 인물 피플 여행 날씨 랭킹 구독 로그인 회원가입 검색 메뉴 전체메뉴 제보
    기사제보 뉴스레터 게임 테크 비즈 마켓 헬스 푸드 English 정치일반 경제일반 사회일반 국제일반 문화일반 TV
    """.split()
)
# A site's menu at the very top: at least this many lines with no blank between, from the first line on,
# each of at most this many words ("Stories", "Slash Boxes", "Comments"); a section's name in it (the
# site's "Comments" page) starts no comments of this page.
TOP_MENU_MIN_LINES = 3
TOP_MENU_ITEM_MAX_WORDS = 3
# A ticker or a list of other stories' headlines: at least this many headline-like lines with no blank
# between ("تبوك تتهيأ لعيد الفطر …" over "أتربة مثارة على العاصمة …" over …). None of them is this page's
# title: a page's headline stands alone, or over its standfirst and byline.
TICKER_MIN_LINES = 4
# A line at least this long, ending on no mark, over a line going on in lower case: a paragraph wrapped
# at a fixed width (a mail, a mailing list's archive), never a title.
WRAPPED_LINE_MIN_CHARS = 50
# A wiki's source line under the page's name ("From Wikipedia, the free encyclopedia", "From GDPRhub"):
# it marks the header, so the short line above it is the title. The name is looked for ahead and then
# taken whole (possessive), so a long word that fails at its end is not tried again from each "hub" in it.
# Other languages' wikis name themselves and what they are ("Aus Wikipedia, der freien Enzyklopädie",
# "מתוך ויקיטקסט, מאגר הטקסטים החופשי", "Vikipedi, özgür ansiklopedi", "维基百科，自由的百科全书").
_WIKI_NAMES = r"wikip[eé]di[aei]?|wikisource|wiktionary|vikipedi|ויקיפדיה|ויקיטקסט|ويكيبيديا"
WIKI_SOURCE = re.compile(
    r"^from\s+(?=[\w'’-]*?(?:wiki|hub))[\w'’-]++(?:,\s+the\s+free\s+(?:encyclopedia|dictionary))?\s*$|"
    rf"^(?:aus|de|da|van|z|origem:|מתוך|من)\s+(?:{_WIKI_NAMES})[,،]\s+[^\W\d][\w'’ -]{{0,50}}\.?$|"
    r"^(?:vikipedi|维基百科|維基百科|위키백과)[，,]\s*\S.{0,30}$|^出典[:：]\s*フリー百科事典.{0,30}$",
    _I,
)
# A lettered list's item and the item before it: "(c)" under "(b)" is the list's third item, not a
# copyright imprint ("(b) 2018 Reform Doubled It" then "(c) 2021 Amendments Raised The Cap"). A line's
# list letter is looked for up through its run of lines (no blank line between), past an item's wrapped
# lines and its sub-items ("(i)", "(ii)", "(1)", "-"): the letters of a list's items, case ignored, are
# a to h, since "(i)" and "(v)" open sub-items as roman numerals.
LIST_ITEM = "(c)"
LIST_ITEM_BEFORE = "(b)"
LIST_LETTER = re.compile(r"^\s*(\([a-h]\))\s", _I)
# A byline's label alone, the name on the next line ("posted by", "Written by", "Publié par"): no title.
BYLINE_LABEL = re.compile(r"^(?:[\w'’-]+\s+){0,2}(?:by|von|par|door|por|di)\s*:?$")
# A short first line runs into longer ones: a heading with no blank line after it.
HEADING_RUN_IN_RATIO = 0.6
# A table flattened to text: cells split by pipes or tabs, at least this many splits a row.
TABLE_CELL_SPLIT = re.compile(r"\s\|\s|\t|^\||\|$")
TABLE_MIN_SPLITS = 2
# A chunk with a line longer than this was not wrapped by hand: each line is its own paragraph. The
# length is in columns: a wide character (Chinese, Japanese, Korean) takes two, as on a terminal, so a
# Chinese paragraph of sixty characters is as long a line as an English one of a hundred and twenty.
WRAPPED_LINE_MAX_CHARS = 100
# A line whose last word is one of these, in lower case, leaves its sentence open: the next line goes on with
# it, even among lines not wrapped by hand ("in violation of the provisions" over "of" over "Chapter VII,").
# Only words that end no heading: not "to", "in" or "for" ("Replying to"), nor German "an" or "zu", which
# end a sentence ("Google passt seine Nutzungsbedingungen an").
WRAP_OPEN_END = re.compile(
    r"(?:of|the|and|or|under|with|that|which|whichever|de|des|du|et|ou|das|dos|del|los|und|oder|"
    r"der|dem|den|von|della|degli|che)"
)
# A line wrapped by hand reaches at least this share of the width its run of lines was wrapped at.
WRAP_NEAR_WIDTH_SHARE = 0.75
# Nobody wraps by hand at fewer characters than this: a run of shorter lines is a list or a verse.
WRAP_MIN_WIDTH = 50
# A line opening as an item of a list (a bullet, "1.", "(e)", "(iv)", "(2)") starts a unit of its own.
LIST_OPENING = re.compile(r"^(?:[-–*•·▪◦‣◾►]|\d{1,3}[.)]|\([0-9a-z]{1,4}\))(?:\s|$)", _I)


# Lines where the article's body ends and its tail begins: post navigation, related links,
# the comments and the comment form. They mark a place; only a furniture rule drops one.
SECTION_MARKERS = (
    r"^(?:[←«‹<]\s*)?(?:previous|next|prev)\s+(?:post|article|story|entry)\b.*$",
    r"^(?:[←«‹<]\s*)?(?:older|newer)\s+(?:posts?|entry|entries|articles?|stories)\b.*$",
    r"^(?:related|similar)(?:\s+\w+){0,2}\s*:?$",
    r"^(?:you (?:may|might) also (?:like|enjoy)|more from\b|more stories|most (?:read|popular)|trending)\b.*$",
    r"^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\b.*$",
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|thoughts)(?:\s*\(\d+\))?(?:\s+on\s+.*)?\s*:?$",
    r"^\d+\s+(?:comments?|responses?|replies|thoughts)\b.{0,60}$",
    r"^(?:join|start) the (?:discussion|conversation)\b.*$",
    r"^(?:reader comments|discussion|what readers say|conversation)\s*:?$",
    rf"^{thread.SECTION_NAME}$",
    r"^about the author\s*:?$",
)

# Lines where the comment form or the comment policy begins: the comment above them is over.
COMMENT_FORM = (
    r"^(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\b.*$",
    r"^your email address will not be published\b.*$",
    r"^you must be (?:logged|signed) in\b.*$",
    r"^(?:log|sign) in to (?:comment|reply|join the (?:discussion|conversation)|post)\b.*$",
    r"^(?:post comment|submit comment|cancel reply)$",
    r"^comment(?:s|ing)? (?:policy|guidelines)\b.*$",
    rf"^(?:{COPYRIGHT})$",
)

# A word opening on one of these dashes inside a header's name part ("ZDNet - Campbell Kwan | …",
# "BuzzNews -Security Experts | …") makes it a digest's credit line, a source and its writer, until a
# comments heading or a comment's header opens the thread ("Ann Lee - Berlin | 3 May 2023" under it).
CREDIT_DASHES = "-–—"
# The furniture rule whose line ("Comments", "4 comments", "Discussion") heads the thread under the body.
THREAD_HEADING_RULE = "comment-count"

# Words that start sentences, never names: "It says:", "The FTC wrote:"; and the words opening a post's
# category line over its date, never a commenter's ("In Local news on 3 Dec 2015", "Filed under Council on …").
NOT_NAMES = frozenset(
    """
    the a an it he she they we this that there his her their its our regulator company agency court
    spokesperson statement report judge commission policy updated posted published by last
    in on at under filed my your i you someone somebody everyone everybody nobody honestly mom dad level
    """.split()
)

# A document's label is this many words at most, its last one of LABEL_WORDS.
LABEL_MAX_WORDS = 3
# Words of a document's label, never of an author's name: "Media Statement" or "Client Alert" over
# the date line is what the page is, not who wrote it; "Joined" over a date is a board member's
# statistics.
LABEL_WORDS = frozenset(
    """
    statement statements release releases alert alerts notice notices update updates insight insights
    briefing bulletin news announcement announcements advisory opinion analysis commentary newsroom
    joined registered enforcement determination determinations decision decisions ruling rulings
    """.split()
)
# Last words of a document's own name ("Privacy Policy", "Terms and Conditions"): over its date line it
# is the page's title, never its writer's card. Over a byline it is an ordinary headline's end ("New
# Cookie Policy" over "By Ann Lee"), so these are no label words.
DOCUMENT_NAME_WORDS = frozenset("policy policies terms conditions agreement guidelines".split())

# A date's label alone on a line over the date ("Datum uitspraak", "Publication date", "Fecha de
# publicación", "Veröffentlichungsdatum"): a decision page's field, never a title or a name. One of these
# words alone, first before a lower-case word, or last; or one word ending in "datum".
DATE_LABEL_WORDS = frozenset({"date", "datum", "fecha", "tarih", "dátum"})
DATE_LABEL_SUFFIX = "datum"
DATE_FIELD_MAX_WORDS = 4
# A law firm signing as one: its partners' surnames, then "LLP", "LLC" or "P.C." ("by Harrow, Venn,
# Castle & Pike LLP"), one author, not four.
FIRM_BYLINE = re.compile(
    r"^[A-Z][\w'’-]*(?:(?:,|\s&|,?\s+and)\s+[A-Z][\w'’-]*)+\s+"
    r"(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.C\.|P\.A\.|LPA|GmbH|S\.A\.|B\.V\.|AG|Ltd\.?)$"
)
# The same firm's last word, after capitalised names with "&" between them ("Davis Polk & Wardwell LLP").
FIRM_SUFFIXES = frozenset(
    {
        "LLP",
        "L.L.P.",
        "LLC",
        "L.L.C.",
        "PLLC",
        "P.C.",
        "P.A.",
        "LPA",
        "GmbH",
        "S.A.",
        "B.V.",
        "AG",
        "Ltd",
        "Ltd.",
    }
)
FIRM_MAX_WORDS = 8
# What parts people from a firm after them in a byline ("Ann Lee and Baker & McKenzie LLP"), and how far
# from the byline's end a firm is looked for.
FIRM_SEPARATOR = re.compile(r",\s+|(?<!\s)\s+and\s+")
FIRM_MAX_CHARS = 200

# A board member's statistics label alone on a line, over the day they joined: never a title, and its
# date is not the article's.
MEMBER_WORDS = frozenset({"joined", "registered", "member since"})

# Words of sentences, never of a name after "By": "By then, it was too late."
NOT_IN_NAMES = frozenset(
    """
    is was were are be been has have had it its then this that these those which who when if not will
    would can could should to of in at for with from the a an now also than after before far
    """.split()
)
# A byline with no date that opens on a bare "By"/"Von"/"Par"/"Por"/"Di"/"Door" names a person only
# when the rest is a name: headlines open on these words too ("Von der Leyen warnt …", "Por qué …").
BARE_BYLINE_WORDS = frozenset({"by", "von", "par", "por", "di", "door"})
# Lower-case words inside a name, never its first: "Ursula von der Leyen", "Ana de la Vega".
NAME_PARTICLES = frozenset(
    "van von de den da del della der la le los du di do dos das ten ter zu bin ibn al".split()
)
# Words of a sentence in the languages of our pages, capitalised or not: no name holds one.
FUNCTION_WORDS = frozenset(
    """
    any all every some no not our my your his her their its what why how who where when here there
    this that these those new more most one and or but if so as on in at to for with from
    der die das den dem des ein eine einen und oder nicht mit für auf aus bei nach über unter wie was warum
    wer les un une au aux et ou pour sur dans avec sans pourquoi comment qui que quoi
    el los las una unos unas y o para con sin sobre qué cómo cuándo dónde quién il lo gli uno per su
    perché come chi het een en op voor naar waarom hoe os um uma sem com porque
    """.split()
)
# A "Label: NAME" line names the writer: "Author: Ann Lee", "Editör: Deniz Ova", "Autor: Jana Kessler"
# (no date on it: its date group never matches; the label leaves with the line, as "By" does).
LABELLED_BYLINE = (
    r"^(?:authors?|written by|editor|editör|yazar|autor(?:in)?|auteur|autore)\s*:"
    r"\s*(?P<authors>[^\s:][^:]*?)(?P<date>(?!))?$"
)
# A notice about the page itself over its headline, which stays in the text but starts no body and is
# no title: the browser's scripts are off or the browser is old ("Your browser is out-of-date!"), or the
# article is old ("This article is more than 3 years old").
PAGE_NOTICE = re.compile(
    r"(?:javascript|js) (?:is|seems to be|appears to be) (?:disabled|turned off|not enabled|blocked)\b|"
    r"(?:your )?browser is (?:out[- ]of[- ]date|outdated|not supported|no longer supported)\W*$|"
    r"(?:please )?update your browser(?: to (?:view|see|use)\b.{0,120}| now\W*|\W*)$|"
    r"(?:please )?(?:enable|turn on) javascript\b|"
    r"this (?:article|story|post|page|content) is (?:more than|over) (?:\d{1,3}|one|two|three|a) "
    r"(?:years?|months?) old\b|"
    # a government site's archive notice over an earlier government's page ("This was published under the
    # 2019 to 2022 Johnson Conservative government")
    r"this (?:was|page was|content was) published under the \d{4} to \d{4} [\w' -]{1,60} government\W*$",
    _I,
)
# The masthead of an Arabic news page over its headline: a date line opening on a weekday ("الخميس 20
# نوفمبر 2025 05:20 صـ 29 جمادى أول 1447 هـ", "الجمعة، 22 نوفمبر 2024") and the editors' credits ("رئيس
# مجلس الإدارة ورئيس التحرير NAME", "مستشار التحرير NAME", often glued to the name). They stay in the
# text, but none is the title.
# The date line gives a day and a month (a month's name or "/" and a number): "الخميس 20 قتيلا …" (a
# headline counting twenty dead on Thursday) is no date. The credit names at most this many words after
# its post: "رئيس التحرير يكتب: …" (the editor writes) is a headline.
ARABIC_DATE_LINE = re.compile(
    r"^(?:ال)?(?:أحد|إثنين|اثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)[،,]?\s+\d{1,2}\s?(?:[/.-]\s?\d|"
    r"(?:يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|"
    r"نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|ذو)(?!\w))"
)
ARABIC_EDITOR_CREDIT = re.compile(r"^(?:رئيس|مدير|مستشار|نائب|سكرتير)\s[^\n]{0,40}?التحرير")
ARABIC_CREDIT_MAX_NAME_WORDS = 4
# A comment count at the end of a byline: "Posted on DATE by NAME · 4 Comments".
BYLINE_TRAILER = re.compile(r"(?<!\s)\s*[·|•,]\s*(?:\d+|no)\s+(?:comments?|responses?|replies)\s*$", _I)
# Slashdot's story byline ends in a joke department ("… @09:05AM from the watched-every-mile dept."):
# the story's own words, which keep the line in the text once its names and date are read.
STORY_DEPARTMENT = re.compile(r"\bfrom\s+the\s+[\w'-]+(?:\s+[\w'-]+){0,5}\s+dept\.?$", _I)
# "by quietfern 12 days ago", "posted by Jan Ek 3 hours ago": a board's poster (a handle, or a name of up
# to three words) and when, counted back (no date, so the line stays). Read before "Posted by NAME".
RELATIVE_BYLINE = re.compile(
    r"^(?:(?:posted|submitted|written)\s+)?by\s+(?P<authors>\S+(?:\s+\S+){0,2}?)\s+"
    r"(?P<date>\d{1,6}\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b.*)$",
    _I,
)
_WORDED_BYLINES = tuple(
    re.compile(pattern, _I)
    for pattern in (
        r"^(?:posted|published|written|submitted)\s+(?:on\s+)?(?P<date>.+?)\s+by\s+(?P<authors>.+?)$",
        r"^(?:posted|published|written|submitted)\s+by\s+(?P<authors>.+?)(?:\s+(?:on|[|·•—–-])\s+(?P<date>.+))?$",
        # "412 points by NAME 5 hours ago | hide | 48 comments": a link aggregator's submission line.
        r"^\d{1,6}\s+points?\s+by\s+(?P<authors>\S+)\s+(?P<date>.+?)$",
        LABELLED_BYLINE,
        # "By", and its words in the languages of the pages we read: "Von", "Par", "Por", "Di", "Door".
        r"^(?:by|von|par|por|di|door)\s+(?P<authors>.+?)"
        r"(?:\s*(?:[|·•—–]|,\s(?=\w+\.? \d|\d)|\s-\s|\s+on\s+)\s*(?P<date>.+))?$",
    )
)
BYLINE_PATTERNS = (RELATIVE_BYLINE, *_WORDED_BYLINES)
# A blog post's byline as Korean blog hosts print it under the headline: "by HANDLE 2025. 3. 19." (the
# handle one token, a numeric date, year first, and maybe its time, ending the line). It names the author
# and the date and marks the header, but stays in the text as the host's own line.
BLOG_BYLINE = re.compile(
    r"^by\s(?P<authors>\S+)\s(?P<date>\d{4}(?:\.\s?|[/-])\d{1,2}(?:\.\s?|[/-])\d{1,2}\.?(?:\s\d{1,2}:\d{2})?)$",
    _I,
)
# A Chinese or Japanese byline is a run of labelled fields: "作者:李明 王芳", "记者 张伟", "文/李明", "2017年
# 02月13日 14:35:14 来源:《中国记者》杂志", "发布时间:2024-05-06 来源:本站原创". The labels: who wrote it
# (the names after it are the authors), when (a date after it), and the rest (a source, an editor, a
# count of views), whose words keep the line in the text. "文" labels only before a mark ("文/李明").
CJK_BYLINE_LABEL = re.compile(
    r"(?P<author>本[报報]记者|本報記者|作者|[记記]者|撰文|撰稿|文(?=\s*[/|丨:：]))|"
    r"(?P<when>[发發]布[时時][间間]|[发發]表[时時][间間]|[时時][间間]|日期)|"
    r"(?P<other>[来來]源|出[处處]|[责責]任[编編][辑輯]|[编編][辑輯]|[浏瀏][览覽]次?[数數]?|[阅閱][读讀])"
)
CJK_BYLINE_MARK = re.compile(r"\s*(?:[:：|/丨]\s*)?")
# The names after an author label: two to four Chinese characters each, set apart by spaces or commas.
CJK_NAME = re.compile(rf"[{CJK_IDEOGRAPHS}]{{2,4}}")
CJK_NAME_SEPARATOR = re.compile(r"[\s、,，/]+")
# A Korean reporter's byline: "김철수 기자", "[이데일리 이후섭 기자]", "이종현기자", maybe with the
# reporter's mail or the time after it ("신동진 기자 shine@donga.com", "이후섭 기자I 2021.07.28 17:41"),
# which keeps the line in the text. A paragraph opening on "[이데일리 이후섭 기자]" is no byline line.
KOREAN_BYLINE = re.compile(
    rf"^(?P<bracket>\[)?(?:(?P<outlet>[\w{HANGUL_SYLLABLES}]+)\s+)?(?P<authors>[{HANGUL_SYLLABLES}]{{2,4}})\s?기자\]?"
    r"(?P<rest>\s*(?:\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?|I?\s*\d[\d.:\s]*))?$"
)
# An Arabic byline: a writing verb or label, a colon or a dash, and a name of two to four words ("كتبت - نورا
# فخرى", "كتب: أحمد علي", "بقلم: سارة يوسف"); "بقلم" (by the pen of) needs no mark. "كتب الوزير رسالة …"
# (the minister wrote a letter) is a sentence: the verb with no mark after it is no byline.
ARABIC_BYLINE = re.compile(
    r"^(?:(?:كتب|كتبت|كتبه|كتبته|تحرير|إعداد|اعداد|تقرير|متابعة)\s?[:：\-–—]|بقلم(?:\s?[:：\-–—])?)\s?"
    r"(?P<authors>[\u0621-\u064a\u066e-\u06d3]+(?:\s[\u0621-\u064a\u066e-\u06d3]+){1,3})$"
)
# A reporter's name opens on a Korean surname (one syllable, or two for the few double ones): "방송 기자"
# or "취재 기자" at a headline's end names no one. The outlet before the name outside brackets ends as an
# outlet's name does ("한빛일보 정다은 기자"); "폭행당한 방송 기자" is a headline.
KOREAN_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 "
    "주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 "
    "육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 "
    "시 갈 단 견 당 화 창 옹 순 빙 묵 학 계 근 판 뇌 독 룡 로 림 리 륙 량 려 렴".split()
)
KOREAN_DOUBLE_SURNAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방 어금 망절".split())
KOREAN_OUTLET_ENDS = (
    "일보", "신문", "뉴스", "경제", "방송", "데일리", "타임스", "타임즈", "투데이", "미디어", "저널", "통신",
    "닷컴", "TV", "뉴시스", "헤럴드", "포스트", "넷", "비즈", "매일", "일요", "주간", "코리아", "인사이트",
)  # fmt: skip
# "By | October 23rd, 2016": a byline's label and its date with no name between (a theme's empty author
# field); its date is read, and no one is named. "By October 23rd, 2016 the rule had gone" is a sentence.
NAMELESS_BYLINE = re.compile(r"^(?:by|von|par|por|di|door)\s*[|·•—–]\s*(?P<date>\S.{0,60})$", _I)
UPDATED_LINE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|modified|edited)|mis à jour|aktualisiert|actualizado|aggiornato|(?:최종\s?)?수정|"
    r"업데이트|(?:最終)?更新日?|최종\s?업데이트)\b"
    r"\s*(?:(?:on|le|am|el|il)\s*)?(?:[:•·|–—-]\s*)?(?P<date>.+)$",
    _I,
)
PUBLISHED_LINE = re.compile(
    r"^(?:published|posted|first published|date|publié|veröffentlicht|publicado|pubblicato|(?:기사\s?)?입력|"
    r"등록|승인|게재|公開日|投稿日|掲載日|配信日)\b"
    r"\s*(?:(?:on|le|am|el|il)\s*)?(?:[:•·|–—-]\s*)?(?P<date>.+)$",
    _I,
)
# The update's label inside a publication line, after its date ("입력 2021.07.28 17:41 수정 2021.07.28 18:02",
# "Published 3 May 2024 | Updated 4 May 2024"): the line gives both dates.
UPDATED_INSIDE = re.compile(
    r"(?:^|\s)(?:[|·•/]\s?)?(?=(?:(?:last\s+)?updated|최종\s?수정|수정|업데이트|(?:最終)?更新日)\b)", _I
)
# What a byline says a person is, after the name: "Jane Doe, Staff Writer", "Health Correspondent",
# "Senior Asia Business Reporter": up to three words of beat or rank before the job.
AUTHOR_ROLE = re.compile(
    r"^(?:[^\W\d_][\w'’.-]*\s+){0,3}"
    r"(?:writer|reporter|correspondent|editor|contributor|journalist|columnist|analyst|producer|reviewer|"
    r"partner|associate|counsel|attorney|lawyer|solicitor)s?$",
    _I,
)
# What follows a name after a comma and belongs to it: "Ann Lee, Esq.", "Owen Pratt, Jr.".
# A firm's suffix after its comma is one too: "Kronenberger Rosenfeld, LLP" is one firm.
NAME_SUFFIXES = frozenset(
    {
        "esq",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
        "phd",
        "md",
        "llm",
        "cpa",
        "cipp",
        "llp",
        "llc",
        "ltd",
        "inc",
        "plc",
    }
)
# A board member's rank under or over the poster's name ("Free Member", "Well-known member", "Silver
# badge", "Site Admin", "Forums Administrator"): no writer's name.
MEMBER_RANK = re.compile(
    r"^(?:[\w'’-]+\s+){0,2}(?:members?|moderators?|administrators?|admins?|newbies?|guests?|users?|badge)$",
    _I,
)
AUTHOR_SPLIT = re.compile(r"(?:(?<!\s)|(?!\s))\s*(?:,\s*and\s+|\band\b|&|,)\s*", _I)
NAME_LINE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|da|del|der|la|le|bin|al))*$"
)

# A list item's marker: a bullet (no word, left out of the item's text) or a number (kept in it).
BULLET = re.compile(r"^(?:(?P<bullet>[-–*•·▪◦‣◾►])|\d{1,3}[.)])\s+")
QUOTE_MARK = re.compile(r"^>\s?")
SENTENCE_END = re.compile(r"[.!?:;…\"”’)»]$")
# A line of Chinese or Japanese ending on a full-width stop, comma or colon (or on an ASCII one right after
# their characters, as pages saved as text often have it) is a sentence or a clause going on under it,
# never a heading or a caption.
_UNSPACED_CHAR = UNSPACED
UNSPACED_CLAUSE_END = re.compile(rf"(?:[。，、；：]|(?<=[{_UNSPACED_CHAR}])[,;:])$")
# A line of Chinese or Japanese ending a sentence (a full-width stop, maybe inside a closing quote), or of
# Korean (a sentence-final ending, 다 요 죠 니 까, and its stop): a chunk of such lines is a paragraph a
# line, as pages in these languages saved as text put them, never one paragraph wrapped by hand, which
# breaks its lines inside sentences.
WIDE_LINE_END = re.compile(r"(?:[。！？]|[다요죠니까][.!?])[」』”’\"）)]?$")


def _union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list, so a line is tested once (and only the union is compiled at start)."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), _I)


SECTION_MARKER_ANY = _union(SECTION_MARKERS)
COMMENT_FORM_ANY = _union(COMMENT_FORM)
