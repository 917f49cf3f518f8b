"""Vocabularies of the HTML parser: tag sets, class/id hint patterns and thresholds, kept apart from code.

Every list here is data the algorithms in the sibling modules read; tuning happens here.
Patterns are matched against an element's `class` and `id` joined by a space, lower-cased. The
comment reader's hints are in comment_vocabulary.py, the metadata readers' words in
metadata_vocabulary.py.
"""

from __future__ import annotations

import re

# --- tags -------------------------------------------------------------------------------------------

# Removed with their content before anything else: never readable text.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "button", "select", "option", "input", "textarea", "audio", "video", "source", "track", "map",
        "head", "dialog", "frameset", "frame", "applet", "label", "amp-ad", "amp-analytics", "amp-pixel",
        "amp-sidebar", "amp-consent", "amp-social-share", "amp-iframe", "amp-embed", "amp-sticky-ad",
        "rt", "rp",  # ruby annotations (readings printed over the text), not the text itself
    }
)  # fmt: skip
# Page furniture by tag: dropped from the body unless they hold the article itself.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "menu"})
# Tags that start a new block of text.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody",
        "tfoot", "tr", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr",
        "center", "details", "summary", "body", "html", "hgroup", "legend",
    }
)  # fmt: skip
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Block kinds by the nearest tag that names one (the innermost wins).
KIND_BY_TAG = {
    **dict.fromkeys(HEADING_TAGS, "heading"),
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "pre": "code",
    "blockquote": "quote",
    "figcaption": "caption",
    "caption": "caption",
}
# Blocks named as the caption or credit of a picture ("wp-caption-text", "image-caption", "credits"):
# captions, wherever the page put them.
CAPTION_HINTS = re.compile(
    r"(?:^|[\s_-])(?:wp-caption-text|caption|captions|img-?caption|image-?caption|photo-?caption|"
    r"imagedescription|image-?description|bildunterschrift|bildtext|legende|legend|didascalia|dida|"
    r"credits?|photo-?credit|image-?credit|bildnachweis|copyright-?text)(?:$|[\s_-])"
)
# Elements whose own text counts as a paragraph when scoring candidates for the main content.
PARAGRAPH_TAGS = frozenset({"p", "pre", "blockquote", "td"})
# Containers that can hold the article body.
CONTAINER_TAGS = frozenset(
    {"div", "article", "section", "main", "td", "body", "span", "font", "center", "form"}
)

# --- class / id hints -------------------------------------------------------------------------------

# Whole-subtree boilerplate: removed from the body wherever found (unless a content hint also matches).
BOILERPLATE_HINTS = re.compile(
    r"(?:^|[\s_-])(?:"
    r"share|sharing|social|sociable|addthis|shariff|sharedaddy|jp-relatedposts|related|recommend|"
    r"recommended|read-?more|more-?stories|also-?read|outbrain|taboola|newsletter|subscribe|subscription|"
    r"signup|sign-up|cookie|consent|gdpr|advert|advertisement|ads?|adsense|ad-?slot|dfp|sponsor|promo|"
    r"breadcrumbs?|pagination|pager|author-?box|author-?bio|about-?the-?author|"
    r"comments?|comment-?list|disqus|respond|"
    r"popular|trending|most-?read|most-?popular|modal|overlay|popup|inline-?ad|teaser-?list|"
    r"author-?info|author-?details|author-?description|saboxplugin-?wrap|ez-toc-?container|toc-?container|"
    r"table-?of-?contents|related-?posts?|relatedposts?|affiliate-?text|next-?prev|post-?nav|"
    r"prev-?next|caption-?credit|copyright|disclaimer|donate|wp-?block-?buttons"
    r")(?:$|[\s_-])"
)
# Boilerplate that is long by nature (legal disclosures, risk warnings): removed even when it holds a run of
# long paragraphs, which elsewhere marks a carelessly named wrapper of the article.
LEGAL_HINTS = re.compile(
    r"(?:^|[\s_-])(?:disclaimers?|disclosures?|legal-?notice|legal-?disclaimer|risk-?warning|important-?information)"
    r"(?:$|[\s_-])"
)
# Names of labels and small widgets (a date, a rating, a skip link, a row of actions): boilerplate only while
# the element is as small as such a thing is. A big element named so ("product-grid skip-to-products",
# "rating-margin" around reviews) holds the page's content under a careless name.
LABEL_HINTS = re.compile(
    r"(?:^|[\s_-])(?:"
    r"byline|post-?meta|entry-?meta|meta-?data|tags|tag-?list|tag-?cloud|categories|skip|sr-only|"
    r"visually-?hidden|screen-?reader|jump-?link|rating|ratings|post-?ratings|star-?rating|follow|"
    r"print-?only|toolbar|post-?date|entry-?date|date|timestamp|dateline|post-?actions|actions|"
    r"reading-?time|read-?time|"
    # a forum post's furniture: the poster's card, badges, reputation, vote counts
    r"user-?info|user-?details|user-?card|user-?stats|author-?stats|flair|badges?|reputation|votes?|vote-?count|voting"
    r")(?:$|[\s_-])"
)
LABEL_MAX_CHARS = 300
# Layout names for furniture; page builders also use them on the wrapper of everything ("has-sidebar"),
# so they remove an element only when it holds no run of long paragraphs and no content word.
LAYOUT_HINTS = re.compile(
    r"(?:^|[\s_-])(?:sidebar|widget|widgets|nav|navbar|navigation|menu|masthead|footer|site-?header|"
    r"header|topbar|banner|rail|aside)(?:$|[\s_-])"
)
CONTENT_WORDS = re.compile(r"article|body|content|main|post|entry|story|text|blog|column")
LONG_PARAGRAPH_CHARS = 150
LAYOUT_MAX_LONG_PARAGRAPHS = 1
LAYOUT_NAMED_MAX_LONG_PARAGRAPHS = 0  # a layout-named element holding one long paragraph is a text module
BOILERPLATE_MAX_LONG_PARAGRAPHS = 2  # a boilerplate-named element with more long paragraphs is the article
# Taxonomy classes that CMSs put on posts ("tag-privacy", "category-news"): never a hint by themselves.
TAXONOMY_TOKENS = re.compile(r"(?:^|\s)(?:tag|tags|category|categories|format|status|type|topic)-[^\s]+")
# Tokens that mark an element as one whole post ("post-2551586", "type-post"): never boilerplate.
POST_WRAPPER_TOKENS = re.compile(r"(?:^|\s)(?:post-\d+|postid-\d+|type-post|hentry|h-entry)(?:$|\s)")
# Hints that an element holds the article text; they protect it from the boilerplate hints.
CONTENT_HINTS = re.compile(
    r"(?:^|[\s_-])(?:article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|"
    r"entry-?content|post-?content|post-?body|post-?text|postbody|entry-?body|body-?text|"
    r"blog-?post|content-?body|text-?content|rich-?text|richtext|prose|td-post-content|single-?content|"
    r"field-?body|field-?name-?body|node-?content|story-?text|articletext|article__body|article__content|"
    r"c-entry-content|paywall-?content|content-?article|wysiwyg-?content)(?:$|[\s_-])"
)
# The standfirst of an article (its lead paragraph), often set apart from the body container.
LEAD_HINTS = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|intro|intro-?text|teaser-?text|article-?teaser|article-?intro|standfirst|"
    r"stand-?first|dek|article-?summary|entry-?summary|sapo|chapeau|chapo|article-?lead|abstract|"
    r"sub-?headline|subheadline)(?:$|[\s_-])"
)
LEAD_MIN_CHARS = 40
LEAD_MAX_CHARS = 1000
LEAD_LEVELS = 3  # how far above the body container its lead may sit
# Readability-style weights: names that suggest content or furniture.
POSITIVE_WEIGHT_HINTS = re.compile(
    r"article|body|content|entry|main|page|post|text|blog|story|hentry|h-entry|prose|column"
)
NEGATIVE_WEIGHT_HINTS = re.compile(
    r"hidden|banner|combx|comment|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|"
    r"scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|social|teaser|"
    r"newsletter|subscribe|cookie|consent|popup|modal|recirc|card|byline|author|caption|credit"
)
# Utility classes of CSS frameworks (Tailwind, Bootstrap) that set a size, colour or alignment and name nothing:
# "text-sm", "text-gray-700", "justify-content-center", "md:text-left", "min-h-[64px]". Their words ("text",
# "content") are no hint that an element holds the article; they are left out before weighing a name.
UTILITY_CLASSES = re.compile(
    r"(?:^|(?<=\s))(?:\S*[:\[]\S*|(?:text|justify-content|align-content|place-content|content)-"
    r"(?:xs|sm|md|base|lg|\d?xl|left|center|right|justify|start|end|between|around|evenly|stretch|nowrap|wrap|"
    r"truncate|break|muted|uppercase|lowercase|capitalize|balance|pretty|ellipsis|clip|white|black|dark|light|"
    r"primary|secondary|transparent|current|inherit|[a-z]+-\d{2,3})(?:/\d+)?)(?=\s|$)"
)
# Known body containers, tried before scoring (attribute tests, most specific first).
BODY_SELECTORS = (
    "//*[@itemprop='articleBody']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article__body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' story-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-body ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' c-entry-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' td-post-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-text ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' story-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-entry ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' gh-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' body-text ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' available-content ')]",
)
# Roles of a dialog laid over the page (a sign-up form, the terms of service, a cookie notice): like <dialog>,
# never the page's own text, however long.
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})
# Hidden by markup: not shown to a reader.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# Hidden elements that are folded content (a closed accordion panel, a tab, an FAQ answer): kept.
FOLDED_HINTS = re.compile(
    r"accordion|collaps|tab-?panel|tabs?__panel|tabbed-?content|faq|expandable|read-?more-?content|"
    r"show-?more-?content"
)

# --- thresholds -------------------------------------------------------------------------------------

MIN_PARAGRAPH_CHARS = 25  # shorter texts do not score as paragraphs
MAX_LINK_DENSITY = 0.5  # a block with more link text than this is navigation
MAX_LINK_DENSITY_SHORT = 0.35  # the same, for blocks shorter than SHORT_BLOCK_CHARS
PARAGRAPH_MAX_LINK_DENSITY = 0.7  # a paragraph or quote is navigation only when nearly all link text
SHORT_BLOCK_CHARS = 80
SELECTOR_MIN_CHARS = 200  # a known body container must hold at least this much text to win
SELECTOR_MIN_SHARE = 0.5  # ... and, inside the scoring winner, this share of its text
SIBLING_SCORE_SHARE = 0.2  # siblings of the winner scoring this share of it join the body
CARD_TAGS = ("article", "li", "div", "section", "tr")  # elements that can be one teaser card of a listing
CARD_MAX_CHARS = 1500  # a card with more text than this is an article or a section, not a teaser
TEASER_TITLE_MIN_CHARS = 12  # a teaser's headline is longer than a menu entry
LISTING_MIN_ITEMS = 4  # this many look-alike teaser cards make a list of items
LISTING_MIN_SHARE = 0.5  # ... when they hold this share of the page's text
LISTING_MAX_PARAGRAPH_CHARS = 400  # ... and no paragraph is this long (article text)
LISTING_MAX_ARTICLE_CHARS = 600  # ... and the body scoring chose holds no more text than this beside them
MAX_ELEMENTS_FOR_SCORING = 200_000
# Lines that open a block of links to other articles; it runs until the article text resumes.
RELATED_HEADINGS = re.compile(
    r"^(?:related(?: articles| posts| stories| content| news)?|more (?:stories|articles|news|on this|from \w+)|"
    r"you may also like|you might also like|recommended(?: for you)?|most (?:read|popular|viewed)|"
    r"read (?:also|next|more)|see also|also read|further reading|"
    r"lesen sie auch|lesen sie mehr|auch interessant|das könnte sie auch interessieren|mehr zum thema|"
    r"weitere artikel|weitere beiträge|weitere meldungen|ähnliche artikel|ähnliche beiträge|meistgelesen\w*|"
    r"meistgelesene artikel|empfehlungen(?: aus der redaktion)?|noch mehr \w+.*|aktuelle meldungen|"
    r"à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|"
    r"veja também|leia também|lea también|te puede interesar|más noticias|noticias relacionadas|"
    r"leggi anche|potrebbe interessarti|czytaj (?:też|także|więcej)|notas relacionadas|verwandte themen|"
    r"zum weiterlesen|mehr zum thema.*|empfehlungen aus de[mr] .*|weitere inhalte zu .*|más sobre .*|"
    r"about the author|über den autor|über die autorin|à propos de l'auteur|sobre el autor)\W*$",
    re.I,
)
# A block that is only a date or a time ("23.10.2018", "5. Februar 2020", "19:49"): page furniture.
DATE_ONLY_LINE = re.compile(
    r"^\W*(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[^\W\d]{3,12}\.?\s+\d{4}|"
    r"[^\W\d]{3,12}\.?\s+\d{1,2},?\s+\d{4})?(?:\s*(?:,|um|at|à|-|–)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?)?\W*$",
    re.I,
)
RELATED_ENDS_AT_CHARS = 150  # an unlinked paragraph this long after such a line is article text again
# Short lines that end an article and are never body text.
BOILERPLATE_LINES = re.compile(
    r"^(?:advertisement|anzeige|publicité|werbung|share|share this|share this article|share on \w+|tweet|"
    r"read more|read next|related|related articles|related posts|see also|continue reading|sign up|subscribe|"
    r"follow us|comments?|\d+ comments?|leave a comment|leave a reply|click here|print|email|"
    r"weiterlesen|mehr zum thema|lire aussi|lire la suite|à lire aussi|\d+\s*min(?:ute)?s?\s+read\b.*|"
    r"lesezeit:?\s*\d+\s*min.*|temps de lecture.*|kommentare? schreiben|write a comment|"
    r"table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|índice|"
    r"(?:was|war|is|ist) (?:this|der|dieser|diese) (?:article|page|post|answer|guide|artikel|beitrag|seite) (?:helpful|useful|hilfreich|nützlich)\??(?: yes no| ja nein)?|"
    r"\(?(?:no ratings yet|noch keine bewertungen)\)?|rate this (?:article|post|recipe)|"
    r"(?:möchten sie )?(?:den|diesen) (?:artikel|beitrag) teilen|drucken|imprimer|drukuj)\W*$",
    re.I,
)
# Calls to subscribe, pay, sign up or support, and reprint notices, inside the article container:
# a block no longer than PROMO_MAX_CHARS that says one of these is the publisher talking, not the article.
PROMO_LINES = re.compile(
    r"\b(?:please subscribe|subscribe (?:now|today|here)|already (?:a )?(?:subscriber|member)|first-time subscribers|"
    r"to (?:view|read|continue reading|access) (?:the|this) (?:full|rest|whole|entire|complete)|"
    r"if you (?:enjoyed|liked|like|enjoy) (?:reading )?this|sign up (?:for|to) (?:our|the) newsletter|"
    r"do you want to be informed|support (?:our|independent) journalism|copyrighted property of|"
    r"written permission must be obtained|all rights reserved|todos los derechos reservados|"
    r"pour (?:lire la suite|accéder en illimité|rester informé)|déjà abonné|abonnez-vous|"
    r"inscrivez-vous à (?:la|notre) newsletter|jetzt abonnieren|bereits abonnent|newsletter abonnieren|"
    r"zum newsletter anmelden|lesen sie (?:das|die) [\w-]+ (?:magazin|ausgabe)|hazte (?:miembro|socio)|"
    r"suscr[ií]bete|cancela cuando quieras|ya eres suscriptor|zapraszamy (?:też )?do subskrypcji|"
    r"abbonati (?:a|ora)|già abbonato|"
    r"(?:tenemos|nuestro) canal de (?:telegram|whatsapp|youtube)|únete (?:a nuestro|desde)|síguenos en|"
    r"puedes? escribirnos|escríbenos a|folg(?:en sie|e) uns auf|(?:unser(?:em|en)?|zum) (?:whatsapp|telegram)-kanal|"
    r"obserwuj nas|dołącz do nas)\b",
    re.I,
)
PROMO_MAX_CHARS = 200
# Picture credits, copyright, licence and disclaimer lines inside the article container: a block no longer than
# CREDIT_MAX_CHARS that opens with a picture or copyright label, or ends in a "© Agency" credit.
CREDIT_LINES = re.compile(
    r"^\s*(?:(?:titelbild|beitragsbild|aufmacherbild|headerbild|abbildung|bildquelle|bildnachweis|fotonachweis|"
    r"image credit|photo credit|featured image|picture credit)\s*:|(?:©|\(c\)|copyright\b))"
    r"|(?:\||/|–|-)\s*(?:©|foto:|photo:|bild:)\s*[^.!?]{2,60}$"
    r"|^\s*(?:quelle|source|fuente|fonte|fotos?|photos?|bild|credit)\s*:\s*[^.!?]{1,60}$"
    r"|\balle angaben ohne gewähr\b|\bsofern nicht anders (?:ausgewiesen|angegeben|vermerkt)\b"
    r"|\b(?:unter|under)\s+(?:der\s+|a\s+|the\s+)?(?:lizenz\s+|licen[cs]e\s+)?(?:cc[- ]by|creative commons)\b"
    r"|^\s*(?:erschienen in|first published in|originally published in)\W*$",
    re.I,
)
CREDIT_MAX_CHARS = 300
# A caption that is nothing but a picture credit: "Photo: Name, Agency", "(Name / Agency)", "Name/Outlet".
CAPTION_CREDIT = re.compile(
    r"^\s*\(?\s*(?:photo|image|picture|foto|bild|illustration|video|credit|source|quelle)s?(?:\s+credit)?\s*:[^.!?]{1,80}\)?\s*$"
    r"|^\s*\([^()]{2,60}\)\s*$"
    r"|^\s*[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}\s*/\s*[A-Z][\w.&'’ -]{1,30}$",
    re.I,
)
CAPTION_CREDIT_MAX_CHARS = 90
# The staff line under an author's name ("Redakteurin im Ressort Wirtschaft.") or a bare byline label:
# a block no longer than BIO_MAX_CHARS that is only this belongs to the byline, not the article.
BIO_LINES = re.compile(
    r"^\s*(?:(?:chef|ressortleiter|leitende[rn]?\s)?redakteur(?:in)?|ressortleiter(?:in)?|leiter(?:in)? (?:der |des )?(?:redaktion|ressorts?)|"
    r"korrespondent(?:in)?|volontär(?:in)?|staff writer|senior (?:writer|editor|reporter)|contributing (?:writer|editor))"
    r"\b[^.!?]*[.]?\s*$"
    r"|^\s*(?:von|by|autor|author)\s*:\s*$",
    re.I,
)
BIO_MAX_CHARS = 90
# The last blocks of an article that say who wrote it ("X is the founder of …", "Zu seinen
# Tätigkeitsfeldern zählen …"): an author's bio, not the article. Only checked at the container's end.
TAIL_BIO = re.compile(
    r"^\s*(?:[A-ZÀ-Þ][\w.'’-]*\s+){1,4}(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\w&-]+\s+){0,3}?"
    r"(?i:founder|co-?founder|ceo|professor|lecturer|editor|writer|journalist|reporter|author|correspondent|"
    r"consultant|contributor|columnist|freelance\w*)\b"
    r"|^\s*(?i:zu (?:seinen|ihren) (?:tätigkeitsfeldern|schwerpunkten|arbeitsgebieten) zählen)\b"
)
TAIL_BIO_MAX_CHARS = 500
TAIL_BIO_BLOCKS = 2  # how many of the last blocks may be a bio
# A line that opens a press release's contact or boilerplate part: the article ended above it.
PRESS_CONTACT_LINES = re.compile(
    r"\W*(?:(?:media|press)\s+contacts?|pressekontakt|medienkontakt|kontakt für (?:die )?(?:medien|presse)|"
    r"contacto de prensa|contact presse|kontakt dla mediów)\W*",
    re.I,
)
PRESS_CONTACT_MAX_CHARS = 60
