"""Vocabularies of the HTML metadata readers: schema.org types, byline hints and labels, date words and
the bounds on what JSON-LD and author fields may hold."""

from __future__ import annotations

import re

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "advertisercontentarticle", "satiricalarticle",
        "scholarlyarticle", "techarticle", "socialmediaposting", "liveblogposting", "posting",
        "discussionforumposting", "report", "medicalscholarlyarticle", "webpage", "itempage", "qapage",
    }
)  # fmt: skip
# Types that describe a page rather than its article: used only when no article type is found.
PAGE_TYPES = frozenset({"webpage", "itempage", "qapage"})
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "blog"})
PERSON_TYPES = frozenset({"person"})
ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})
# Bylines in the page.
BYLINE_HINTS = re.compile(
    r"(?:^|[\s_-])(?:byline|author|authors|author-?name|post-?author|entry-?author|article-?author|"
    r"writer|by-?line|contributor|autor|auteur|vcard|autoren|auteurs|autore|autori|autores|verfasser)(?:$|[\s_-])"
)
# A label in front of the author's name ("Autor: Ann Lee", "<b>Von:</b> Ann Lee").
AUTHOR_LABEL = re.compile(
    r"^\s*(?:autor(?:in)?|author|auteur|autore|verfasser(?:in)?|written by|von|par|por|door|di|av|text)\s*:\s*$",
    re.I,
)
BYLINE_PREFIX = re.compile(
    r"^\s*(?:by|von|par|por|door|di|af|av|written by|posted by|published by|view all posts by|"
    r"more from|all posts by|eingestellt von|erstellt von|geschrieben von|verfasst von|zum profil von|"
    r"alles von|ein beitrag von|publié par|escrito por|autor(?:in)?:?|author:?|interview:|text:|"
    r"text und fotos?:?|texte?:)(?:\s*:)?\s+",
    re.I,
)
# A line under a headline that names its author: "By Ann Lee", "Von Bo Park".
BYLINE_LINE = re.compile(r"^\s*(?:by|von|par|por|door|di|written by|text:|autor:|autorin:)\s+\S", re.I)
# Credentials after a name ("Ann Lee, PhD"): not part of it.
NAME_CREDENTIALS = re.compile(r",?\s+(?:ph\.?\s?d|m\.?\s?d|mba|msc|rd|rn|dds|esq)\.?$", re.I)
# Author values that name no person: the desk or the platform.
NOT_AN_AUTHOR = re.compile(
    r"^(?:staff|admin|administrator|wordpressadmin|webmaster|editor|guest|anonymous|unknown|null|none)$", re.I
)
# Title separators between a headline and a site name.
TITLE_SEPARATORS = re.compile(r"(?<!\s)\s+(?:[|\-–—:·•»«/]|::)\s+")
# Dates in a URL path: /2019/10/18/ or /2019-10-18-.
URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)")
# Labels saying the date after them is when the article appeared ("Mise en ligne 23 mai 2019").
PUBLISHED_DATE_WORDS = re.compile(
    r"\b(?:published(?: on)?|posted(?: on)?|veröffentlicht(?: am)?|publiziert(?: am)?|erschienen(?: am)?|publié le|"
    r"mise? en ligne(?: le)?|publicado(?: el)?|pubblicato(?: il)?|erstellt am)\s*:?|\b(?:written|erstellt)\s*:",
    re.I,
)
# Words saying a date is when the article changed, not when it appeared.
UPDATED_DATE_WORDS = re.compile(
    r"updated|modified|revised|edited|aktualisiert|geändert|bearbeitet|mis à jour|modifié|actualizado|"
    r"aggiornato",
    re.I,
)
MAX_JSONLD_CHARS = 2_000_000
MAX_JSONLD_NODES = 20_000
MAX_AUTHORS = 12
MAX_AUTHOR_CHARS = 80
