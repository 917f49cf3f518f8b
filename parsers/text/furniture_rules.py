"""The named furniture rules: the only lines a page saved as text may lose, each matched whole.

Data only, with the patterns that test a line against all rules at once; `parsers.text.ledger`
reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from parsers.text import thread_words as thread
from parsers.text.skip_links import SKIP_LINK

_I = re.IGNORECASE

_SOCIAL = (
    r"facebook|twitter|x|linkedin|e-?mail|reddit|whatsapp|print|pinterest|telegram|copy link|"
    r"mastodon|bluesky|threads|tumblr|pocket|flipboard|hacker news|sms|messenger|xing|copy"
)
# A run of social network names, split by punctuation or by spaces (never both ambiguously,
# so the pattern cannot backtrack badly on a long line).
_SOCIAL_RUN = rf"(?:share on\s+)?(?:{_SOCIAL})(?:(?:\s*[|·•,/]\s*|\s+)(?:share on\s+)?(?:{_SOCIAL})){{0,12}}"
_ACCOUNT = r"subscribe|sign in|sign up|log in|login|log out|register|newsletter|my account"
# Who holds a copyright in an imprint: capitalised words, a domain, and the few small words names
# hold ("The Regents of the University", "Example Media & Co"), up to ten words; never a sentence's
# lower-case verb ("(c) 2021 amendments raised the fine", "Copyright 2019 is when …").
_HOLDER_WORD = (
    r"(?-i:[^\W\d_a-zß-ÿ])[\w&'’.-]*|[\w-]+(?:\.[\w-]+)+|&|and|of|the|for|its|und|et|y|de|des|du|"
    r"licensors|affiliates"
)
_HOLDER = rf"(?:by\s+)?(?:{_HOLDER_WORD})(?:[\s,]+(?:{_HOLDER_WORD})){{0,9}}"
_YEARS = r"\d{4}(?:\s*[–-]\s*\d{4})?"
_RIGHTS = (
    r"(?:all|some) rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
)
# A footer's copyright line (the "copyright" furniture rule, and where a comment form's page ends).
# Spelt "(c)" or "Copyright", it is an imprint: a year and a holder, in either order, and at most an
# "All rights reserved" after them.
COPYRIGHT = (
    rf"©.{{0,120}}|(?:\(c\)|copyright\b)(?:\s*(?:©|\(c\)))?\s*(?:{_YEARS}(?:[\s,.|·•]+{_HOLDER})?|{_HOLDER}[\s,]+{_YEARS})"
    rf"\W*(?:(?<=\W)(?:{_RIGHTS})\W*)?|"
    r".{0,80}©\s*\d{4}(?:\s*[–-]\s*\d{4})?\W*|"
    r"(?:.{0,80}?[.,|·•]\s*)?all rights reserved\b(?:\W*|\s*[.|·•]\s*.{0,80})"
)

# Who states a cookie banner's notice, and its verb: "We use cookies", "Diese Seite verwendet Cookies",
# "Ce site utilise des cookies", "Esta web utiliza cookies", "Deze website gebruikt cookies", "Questo sito
# utilizza cookie", "Este site usa cookies".
_COOKIE_STATEMENT = (
    r"(?:we use|this (?:web)?site uses) cookies(?: and similar technologies)?|"
    r"(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen) cookies|"
    r"(?:ce site(?: web)?|nous) utilis(?:e|ons) des cookies|"
    r"(?:este sitio(?: web)?|esta (?:web|página(?: web)?)) (?:utiliza|usa) cookies|"
    r"(?:deze (?:web)?site|wij) (?:gebruikt|gebruiken) cookies|"
    r"este site (?:utiliza|usa) cookies|questo sito(?: web)? utilizza (?:i )?cookie"
)
# What the cookies are for, as a banner says it right after the statement ("… to improve your
# experience", "…, um …", "… pour …", "… para …", "… om …", "… per …"), or whose they are.
_COOKIE_PURPOSE = (
    r"to|um|pour|afin de|para|om|per|propias|de terceros|próprios|de terceiros|tecnici|di terze parti|"
    r"di profilazione"
)
# What only a banner says after its statement: how you agree to it, where to learn more, its buttons.
_BANNER_NEXT = (
    r"by (?:continuing|using|clicking|browsing|staying|visiting)|you (?:agree|consent|accept)|learn more|"
    r"more info(?:rmation)?|find out more|read (?:more|our)|see our|(?:our )?(?:privacy|cookie) (?:policy|notice)|"
    r"accept|ok(?:ay)?|got it|i agree|"
    r"durch (?:die (?:weitere )?nutzung|das (?:weitere )?surfen|den besuch|klicken|die weitere)|wenn sie|"
    r"weitere informationen|mehr (?:erfahren|informationen|infos?)|akzeptieren|alle akzeptieren|einverstanden|"
    r"datenschutzerklärung|"
    r"en (?:poursuivant|continuant|savoir plus|naviguant|cliquant)|pour en savoir plus|accepter|tout accepter|"
    r"j'accepte|politique de (?:confidentialité|cookies)|plus d'informations|"
    r"(?:al|si) (?:continuar|continúa|continúas|sigue|seguir|navegar|hacer clic|pulsar)|más información|"
    r"aceptar|acepto|política de (?:cookies|privacidad)|"
    r"door (?:verder te|gebruik te maken|te klikken|op)|meer (?:informatie|info|lezen)|lees meer|akkoord|"
    r"accepteren|cookiebeleid|privacybeleid|"
    r"continuando|proseguendo|chiudendo|maggiori informazioni|(?:per )?saperne di più|accetta|accetto|"
    r"informativa|"
    r"(?:ao|se) continuar|ao navegar|saiba mais|mais informações|aceitar|aceito|política de (?:privacidade|cookies)"
)


Scope = Literal["page", "notice", "tail", "between"]


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """A named kind of line that is page furniture: the only lines the parser may drop.

    `scope` says where the rule holds: "page" anywhere, "notice" anywhere but inside a comment (a
    site's notice, which a commenter may quote), "tail" only after the article body
    (among comments and the comment form), where a line can be told apart by where it stands,
    "between" in the tail but outside a comment: a rule that matches a sentence by a phrase in
    it ("… will not be tolerated") names the site's notice, not a commenter quoting one.
    """

    name: str
    source: str
    """The rule's regular expression, matching a whole stripped line, case ignored."""
    scope: Scope = "page"
    needs: tuple[str, ...] = ()
    """Words (case ignored) a line must hold one of for the rule to match: a cheap search first.

    Given to rules whose pattern starts with a run of any characters, which the engine would
    otherwise try at every length of that run on every line.
    """
    footer: bool = False
    """A footer's line: furniture only under the page's running text. Above a paragraph of it the line
    is part of the document ("© Office of the Data Commissioner, 2024" in a report's front matter)
    and stays."""
    edge: bool = False
    """A line of the page's edges: furniture only above the page's running text or under it. Between two
    paragraphs of it the line is what the text quotes, and stays."""

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled rule, compiled on first use: a line meets all rules at once first (FURNITURE_ANY)."""
        return _compiled(self.source)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source, _I)


def _rule(
    name: str,
    pattern: str,
    scope: Scope = "page",
    needs: tuple[str, ...] = (),
    *,
    footer: bool = False,
    edge: bool = False,
) -> FurnitureRule:
    """A furniture rule whose pattern must match the whole stripped line, case ignored."""
    return FurnitureRule(name, rf"^(?:{pattern})$", scope, needs, footer, edge)


FURNITURE_RULES = (
    # "Share", "Share this article", "Share on:" with nothing after: the label of a share bar.
    _rule(
        "share-label",
        r"share(?: this| on| the| via)?(?: article| story| post| page)?\s*[:.]?|"
        r"(?:artikel |beitrag )?teilen|partager(?: cet article)?|compartir|condividi",
    ),
    # "Share: LinkedIn | Twitter | Email", "Share on Facebook Twitter": a share bar.
    _rule(
        "share-bar",
        rf"(?:share(?: this| on| the| via)?(?: article| story| post| page)?\s*(?::\s*)?)?{_SOCIAL_RUN}\s*[:.]?",
    ),
    # "Click to share on Twitter (Opens in new window)": WordPress share buttons.
    _rule(
        "share-button", r"(?:click to share on|share via|share on) [\w ]{1,20}(?:\(opens in new window\))?"
    ),
    # "Advertisement", "Sponsored", "Ad": where an advertisement stood.
    _rule("advertisement", r"[-–—\s]*(?:advertisement|sponsored|ad|anzeige|publicité|publicidad)[-–—\s]*"),
    # "Skip to content", "Menu", "Search", "Close", "Back to top": controls of the page.
    _rule(
        "page-control",
        r"(?:press [\"“]?enter[\"”]? to )?skip to (?:the )?(?:main )?content|menu|main menu|search|home|close|toggle navigation|back to top|"
        r"open menu|close menu|show more|show less|expand|collapse|"
        # The same skip links in the languages of our pages ("Zum Inhalt springen Zur Navigation springen").
        r"zum inhalt springen(?: zur navigation springen)?|zur navigation springen|aller au contenu(?: principal)?|"
        r"(?:saltar|ir) al contenido(?: principal)?|naar (?:de )?inhoud (?:springen|gaan)|"
        r"vai al contenuto(?: principale)?|(?:pular|ir) para o conteúdo(?: principal)?|"
        # Hebrew, Polish, Turkish, Chinese, Japanese and Korean skip links ("דלג לתוכן", "Przejdź do treści",
        # "İçeriğe geç", "跳到主要内容", "本文へスキップ", "본문 바로가기"), each maybe with its neighbour.
        rf"(?:{SKIP_LINK})(?:\s*(?:{SKIP_LINK}))?",
    ),
    # "Back to Main Site", "Back to the homepage": a board's link back to its site, with the page's other
    # controls at its top or foot. Only outside the page's running text: between two of its paragraphs
    # it is what the text quotes (a phishing page's forged link), and stays.
    _rule("site-link", r"back to (?:the )?(?:main )?(?:site|home ?page)", edge=True),
    # "Username: Password: Remember me", "E-mail: Password:": a login form's fields, left as text. Only
    # outside the page's running text, as the link above: between its paragraphs a form is quoted.
    _rule("login-form", r"(?:user ?name|login|e-?mail)\s*:\s*password\s*:?(?:\s*remember me)?", edge=True),
    # "Subscribe", "Sign in | Subscribe", "Log in": account links, alone or in a row.
    _rule("account-links", rf"(?:{_ACCOUNT})(?:\s*[|·•/]\s*(?:{_ACCOUNT})){{0,4}}"),
    # "Get the app", "Open in app", "Start writing": app and platform prompts; on Chinese pages the prompt to
    # scan the page's QR code in WeChat or to follow its official account ("打开微信,扫一扫二维码").
    _rule(
        "app-prompt",
        r"start writing|get the app|download the app|open in app|"
        r"(?:打开|打開)微信(?:\s*[,，])?\s*(?:扫一扫|掃一掃)(?:二维码|二維碼)?|"
        r"(?:订阅|訂閱|关注|關注)(?:我们的|我們的)?(?:微信)?(?:公众号|公眾號)",
    ),
    # "5 min read", "• 0 minute read", "1 min de lecture": reading-time estimates.
    _rule(
        "reading-time",
        r"\W*(?:schedule\s+)?\d{1,3}\s+(?:min(?:ute)?s?|minuten)\.?\s+(?:read|de lecture|lesezeit|de lectura)\W*|"
        r"(?:lesezeit|reading time|temps de lecture|tiempo de lectura)\s*(?::\s*)?\d{1,3}\s+min(?:uten|utes)?\.?",
    ),
    # "Photo: Jane Doe", "Image credit: Getty Images": credits, short and alone on a line.
    _rule(
        "image-credit",
        r"(?:(?:image|photo|picture|illustration)s?(?: credit| source)?|credit)\s*:\s*\S[^.!?]{0,60}",
    ),
    # "Read more", "Continue reading →": a link label with no title after it; the same label in the
    # languages of our pages ("Weiterlesen", "Lire la suite", "Leer más", "Leia mais", "Devamını oku",
    # "Baca selengkapnya", "اقرأ المزيد", "続きを読む", "더 보기", "阅读全文").
    _rule(
        "read-more",
        r"(?:read more|continue reading|read next|read the full (?:story|article)|weiterlesen|mehr lesen|"
        r"lire la suite|leer más|seguir leyendo|leia mais|continue lendo|continua a leggere|leggi tutto|"
        r"lees meer|devamını oku|baca selengkapnya|اقرأ المزيد|続きを読む|더\s?보기|阅读全文|閱讀全文)\W*",
    ),
    # "Subscribe to our newsletter", "Sign up for our daily briefing", "Thanks for reading X!
    # Subscribe for free to receive new posts": newsletter prompts. After the newsletter only what a
    # prompt offers, named ("… to get the latest", "… and never miss a story", "… for free"): "Sign up
    # for their newsletter and you are opted in twice", "… to get the refund form.", "… and be ready to
    # argue", "… and never see your inbox again" are sentences that only start like a prompt.
    _rule(
        "newsletter-prompt",
        r"(?:subscribe|sign up|join)\b[^.!?]{0,40}\b(?:newsletter|briefing|digest)s?\b"
        r"(?:\W*|\s+(?:(?:to|and)\s+(?:(?:get|receive)\s+(?:[\w'’-]+\s+){0,3}"
        r"(?:latest|updates?|news|headlines|stories|posts|best|top|weekly|daily|free|exclusive|alerts|"
        r"reporting|coverage|analysis|insights|digest|round-?up|briefings?)|"
        r"stay\s+(?:informed|up[- ]to[- ]date|in the loop|ahead|connected|updated)|never\s+miss|"
        r"be\s+the\s+first|keep\s+up)|for\s+(?:free|updates|the\s+latest|more))\b[^.!?]{0,40}\W*)|"
        r"thanks for reading\b.{0,60}\bsubscribe\b.{0,80}",
    ),
    # "Get our newsletter in your inbox": the same prompt, said the other way round.
    _rule(
        "newsletter-offer", r"(?:receive|get) (?:our|the) .{0,60}(?:by e-?mail|in your inbox|newsletter)\W*"
    ),
    # "Type your email…", "Enter your email address", "Newsletter: enter your email to subscribe": a
    # sign-up box's label. "To opt out you must enter your email address on a separate page" is prose.
    _rule(
        "email-box",
        r"(?:[^.!?]{0,30}?[:|·•–-]\s*)?(?:type|enter) your e-?mail(?: address)?"
        r"(?:\s+(?:here|below)|\s+to\s+(?:subscribe|sign up|get\b[^.!?]{0,25}|receive\b[^.!?]{0,25}))?"
        r"\s*(?:\.{3}|…|[:*.!])?",
        needs=("your email", "your e-mail"),
    ),
    # "Was this article helpful?": a feedback prompt.
    _rule(
        "feedback-prompt",
        r"was this (?:article|page|story|post) (?:helpful|useful)\??(?:\s+yes\s*(?:[/|·]\s*)?no)?",
    ),
    # "Like this:", "Like Loading…", "Loading...": WordPress widget leftovers.
    _rule("widget-leftover", r"like this:|(?:like\s+)?loading(?:\.{3}|…)?"),
    # "Loading, please wait…", "Cargando. Por favor, espere", "Chargement…", "読み込み中…": a script's
    # placeholder printed where the page's content was still to come.
    _rule(
        "loading-placeholder",
        r"(?:loading|cargando|chargement(?: en cours)?|wird geladen|carregando|caricamento(?: in corso)?|"
        r"yükleniyor|memuat|読み込み中|로딩\s?중|불러오는\s?중|加载中|載入中)(?:\.{1,3}|…)?"
        r"(?:[\s,]*(?:please wait|por favor,? espere|veuillez patienter|bitte warten|aguarde|"
        r"attendere prego|attendere|lütfen bekleyin|mohon tunggu|しばらくお待ちください|"
        r"잠시만\s?기다려\s?주세요|请稍候)(?:\.{1,3}|…|!)?)?",
    ),
    # "개인정보보호법에서 넘어옴": a wiki's note that the reader came by a redirect from another title,
    # printed above the article's text. The same words in the clipped '-음' style are a sentence of a post
    # or a comment ("유튜브에서 넘어옴", came over from YouTube): between paragraphs and in comments it stays.
    _rule("wiki-redirect-note", r"\S.{0,60}에서\s?넘어옴", scope="notice", edge=True),
    # "© 2024 Example Media. All rights reserved.", "Example Media © 1998–2025": a footer's
    # copyright line. A caption's photo credit ("… © Studio Lumen") is no footer and stays. Spelt
    # "(c)" or "Copyright", the mark needs a year beside it: "(c) share details …" is the third item
    # of a clause list and "Copyright claims rose …" a sentence, neither a footer. "All rights reserved"
    # is a footer as a sentence of its own, after a name or a mark ("Example Media. All rights reserved.");
    # inside a sentence or quotation marks it is what a text quotes ("still ends with "all rights
    # reserved" on art we made").
    # Above a paragraph of the page's running text the line is a document's imprint, and stays.
    _rule("copyright", COPYRIGHT, needs=("©", "(c)", "copyright", "all rights reserved"), footer=True),
    # "Attorney Advertising. Prior results do not guarantee a similar outcome.": the bar's notice.
    _rule("attorney-advertising", r"attorney advertising\b.{0,120}"),
    # "Page 2 of 3", "1 2 3 Next ›": pagination.
    _rule("pagination", r"page \d{1,4} of \d{1,4}|(?:\d{1,4}\s+){1,9}(?:next|page \d{1,4})\W*"),
    # "Previous Post: «", "Next article", "← Older posts": post navigation with no title after it.
    _rule(
        "post-navigation",
        r"[←«‹<\s]*(?:previous|next|prev|older|newer)\s+(?:posts?|articles?|stor(?:y|ies)|entry|entries)[\s:»›→>«]*",
    ),
    # "Reply", "Like", "Report", "Reply · Like", "Log in to Reply", "12 likes": a comment's buttons.
    _rule(
        "comment-actions",
        r"(?:reply|reply ↓|↓|like|likes|report|flag|permalink|log in to reply|cancel reply|restack|\d+ likes?)|"
        r"(?:reply|like|likes|report|share|upvote|downvote|replies)(?:\s*\(\d+\))?"
        r"(?:\s*[|·•]\s*(?:reply|like|likes|report|share)(?:\s*\(\d+\))?)*",
    ),
    # "Antworten | Zitieren | Melden", "Répondre", "Responder | Denunciar": the same buttons in other
    # languages, only among comments, where "Antworten" cannot be a heading of the article.
    _rule("comment-actions-translated", thread.ACTION_ROW, scope="tail"),
    # "4 comments", "Comments (3)", "3 Responses", "Discussion": a comment count or label alone.
    _rule(
        "comment-count",
        r"(?:\d+\s+)?(?:comments?|responses?|replies|thoughts)(?:\s*\(\d+\))?"
        r"(?:\s*[|·•]\s*sort(?:ed)? by\b.{0,30})?\s*:?|"
        r"(?:reader comments|discussion|what readers say|conversation)\s*:?|" + thread.SECTION_NAME,
        scope="tail",
    ),
    # "Show more replies", "Load more comments", "View 3 replies", "Hide replies": a thread's buttons
    # that fetch or fold more of it.
    _rule(
        "thread-expander",
        r"(?:show|load|view|see|read)\s+(?:\d{1,5}\s+)?(?:more|all|previous|older|newer|earlier)\s+"
        r"(?:comments?|replies|responses|posts|answers)\W*|(?:show|view|hide)\s+(?:\d{1,5}\s+)?(?:repl(?:y|ies)|answers?)\W*",
        scope="tail",
    ),
    # "Powered by Disqus": the comment service's credit under the thread, only where comments stand:
    # in an article's body "Powered by coral" (a reef's food) is text.
    _rule(
        "comment-service",
        r"(?:comments\s+)?powered by (?:disqus|commento|hyvor(?: talk)?|coral|livefyre|viafoura)\W*",
        scope="tail",
    ),
    # "level 1", "level 2": how deep a reply stands, printed over it by Reddit-like threads.
    _rule("thread-depth", r"level \d{1,2}", scope="tail"),
    # "Click to expand...": the control under a quotation in a board post (XenForo), in the
    # languages of the pages we read.
    _rule(
        "quote-expander",
        r"(?:click to expand|zum erweitern klicken|cliquez pour (?:agrandir|développer)|"
        r"haz clic para expandir|clique para expandir)\s*(?:\.{3}|…)?",
    ),
    # "Top", "Nach oben", "Haut", "Arriba": a board's link back to the top of the page, printed under each
    # post (phpBB). Only among comments: in an article "Top" alone can be a heading.
    _rule("board-top-link", r"top|nach oben|haut|arriba|▲", scope="tail"),
    # "Sort by: Newest", "Oldest first": how the comments are ordered.
    _rule("comment-sort", r"sort(?:ed)? by\b.{0,30}|(?:newest|oldest|best|top) first"),
    # "Leave a Reply", "Join the discussion", "Log in to comment": where the comment form starts.
    _rule(
        "comment-form-heading",
        r"(?:leave|post|add|write|submit) (?:a |your )?(?:reply|comment|response)\W*|"
        r"(?:join|start) the (?:discussion|conversation)\W*|"
        r"(?:you must be (?:logged|signed) in|(?:log|sign) in) to (?:comment|reply|join the (?:discussion|conversation)|post)\b.{0,60}",
    ),
    # "Your email address will not be published. Required fields are marked *": the form's notice.
    _rule(
        "comment-form-notice",
        r"your email address will not be published\b.{0,80}|required fields are marked\W*",
    ),
    # "Comment *", "Name *", "Website", "Post Comment": the form's fields and buttons.
    _rule(
        "comment-form-field",
        r"(?:comment|name|e-?mail|website|url)(?:\s*\*|\s*\((?:required|optional|will not be published)\))*|"
        r"cancel",
        "tail",
    ),
    # "Save my name, email, and website in this browser…", "Notify me of follow-up comments":
    # the form's check boxes.
    _rule("comment-form-option", r"(?:save my name|notify me of)\b.{0,120}", "tail"),
    # "Check the box to consent to your data being stored…": the form's consent box.
    _rule("comment-form-consent", r"(?:check|tick) the box to consent\b.{0,200}"),
    # "This site uses Akismet to reduce spam.": the form's spam notice.
    _rule("comment-spam-notice", r"this site uses akismet\b.{0,120}"),
    # "Comment policy: …": the comment policy's label, told apart by standing after the body.
    _rule(
        "comment-policy",
        r"comment(?:s|ing)? (?:policy|guidelines)\b.{0,400}",
        scope="tail",
        needs=("comment",),
    ),
    # "Rudeness … will not be tolerated", "… may not appear immediately": the policy's sentences, told
    # apart by their words, and only outside a comment: a commenter quotes or mocks such a rule ("Their
    # rules say \"harassment will not be tolerated\" but …"), and a phrase in quotation marks is quoted.
    _rule(
        "comment-policy-sentence",
        r"[^\"“”„«»]{0,200}\b(?:will not be tolerated|stay on[- ]topic|may not appear immediately|"
        r"held for moderation|awaiting moderation|comments are moderated|keep it civil)\b[^\"“”„«»]{0,200}",
        scope="between",
        needs=(
            "will not be tolerated",
            "stay on",
            "may not appear immediately",
            "held for moderation",
            "awaiting moderation",
            "keep it civil",
        ),
    ),
    # "Diese Seite verwendet Cookies. Durch die Nutzung … Weitere Informationen", "We use cookies to
    # improve your experience. Accept all to continue.": a cookie banner, its statement followed by what
    # only a banner says next (how you agree, where to learn more, its buttons). A text quoting the
    # statement goes on otherwise ("…, the banner read, but …") and stays; inside a comment no line of it
    # is the site's banner. Only outside the page's running text: between two of its paragraphs a banner
    # is what the article quotes, and it then says something of it ("We use cookies. OK is the only
    # button, the complaint says"). After the banner's own words no aside of the writer's, set off by a
    # spaced dash or a colon and opening in lower case, may follow ("… you agree — that was the whole
    # banner"), at the edges too; a banner's own next part opens in capitals ("Learn more: Privacy Policy").
    _rule(
        "cookie-banner",
        rf"(?:{_COOKIE_STATEMENT})\b[^.!?]{{0,200}}(?:[.!:]\s{{0,3}}|\s{{1,3}}[-–—|·•]\s{{1,3}})(?:{_BANNER_NEXT})\b"
        r"(?:(?!(?-i:\s[-–—]\s[a-zß-ÿ]|\s?:\s[a-zß-ÿ])).){0,300}",
        scope="notice",
        edge=True,
    ),
    # "Accept all cookies", "Cookie settings", "Manage preferences": a banner's buttons, on a line alone.
    _rule(
        "cookie-button",
        r"(?:accept|reject|allow|decline)(?: all)?(?: cookies)?|cookie (?:settings|preferences)|manage (?:cookies|preferences)",
        scope="notice",
    ),
    # "We use cookies to improve your experience.", "Ce site utilise des cookies pour …": the statement
    # alone, one sentence saying what the cookies are for and no more. Only outside the page's running
    # text (above it or under it, between comments): amid the paragraphs it is what an article quotes.
    _rule(
        "cookie-notice",
        rf"(?:{_COOKIE_STATEMENT})(?:,?\s{{1,3}}(?:{_COOKIE_PURPOSE})\b[^.!?,;]{{0,200}})?\s{{0,3}}[.!]?",
        scope="notice",
        edge=True,
    ),
)
FURNITURE_BY_NAME = {rule.name: rule for rule in FURNITURE_RULES}


def _union(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list, so a line is tested once."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), _I)


# The rules with no words to test first, as one pattern; the rest are tried only when a line holds their words.
FURNITURE_ANY = _union(tuple(rule.source for rule in FURNITURE_RULES if not rule.needs))
FURNITURE_NEEDED_WORDS = tuple(word.lower() for rule in FURNITURE_RULES for word in rule.needs)
FURNITURE_NEEDS = re.compile("|".join(re.escape(word) for word in FURNITURE_NEEDED_WORDS), _I)
