"""Metadata from JSON-LD, OpenGraph, Twitter cards, Dublin Core, plain meta tags and the page itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from parsers.dates import parse_machine_date
from parsers.html.jsonld import JsonNode, first_text, iter_nodes, names_of, types_of
from parsers.html.links import resolve_href
from parsers.html.metadata_vocabulary import ARTICLE_TYPES, LISTING_TYPES, ORGANISATION_TYPES, PAGE_TYPES
from parsers.html.people import byline_names, clean_names
from parsers.html.titles import choose_title, names_site
from parsers.html.tree import HtmlElement
from parsers.model import DateValue, Metadata
from parsers.sanitize import clean_inline

# Meta keys (property, name or itemprop, lower-cased) in order of trust, per field.
TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "headline", "title")
AUTHOR_KEYS = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "byl", "citation_author", "og:article:author", "article.author", "cxenseparse:author", "dc.contributor",
)  # fmt: skip
PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "published_time", "article.published", "pubdate", "publishdate", "publish-date", "publish_date",
    "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "citation_publication_date", "cxenseparse:recs:publishtime",
    "article.created", "datecreated", "originalpublicationdate", "release_date", "dc.date.created",
)  # fmt: skip
UPDATED_KEYS = (
    "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
    "dcterms.modified", "last-modified", "article.updated", "modified_time", "dc.date.modified",
)  # fmt: skip
SITE_KEYS = (
    "og:site_name",
    "application-name",
    "publisher",
    "dc.publisher",
    "dcterms.publisher",
    "twitter:site",
)
DESCRIPTION_KEYS = ("description", "og:description", "twitter:description", "dc.description")
LANGUAGE_KEYS = ("content-language", "og:locale", "dc.language", "language", "inlanguage")
TAG_KEYS = ("article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags")
MAX_TAGS = 50


@dataclass
class PageSignals:
    """What metadata sources say, gathered once from the tree."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    article: JsonNode | None = None
    types: frozenset[str] = frozenset()
    site_node_name: str | None = None
    jsonld_comments: list[JsonNode] = field(default_factory=list)
    by_id: dict[str, JsonNode] = field(default_factory=dict)


def read_meta_tags(root: HtmlElement) -> dict[str, list[str]]:
    """Every meta tag's content under its property, name, itemprop or http-equiv, lower-cased."""
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), []).append(content)
    return found


def gather_signals(root: HtmlElement, jsonld: list[Any]) -> PageSignals:
    """Meta tags plus the JSON-LD node that describes the article (inside @graph and arrays too)."""
    signals = PageSignals(meta=read_meta_tags(root))
    page_node: JsonNode | None = None
    all_types: set[str] = set()
    for node in iter_nodes(jsonld):
        types = types_of(node)
        all_types |= types
        if types & (ARTICLE_TYPES - PAGE_TYPES) and signals.article is None:
            signals.article = node
        elif types & PAGE_TYPES and page_node is None:
            page_node = node
        elif types & ORGANISATION_TYPES and signals.site_node_name is None:
            signals.site_node_name = first_text(node.get("name"))
        if "comment" in types:
            signals.jsonld_comments.append(node)
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1:
            signals.by_id.setdefault(node_id, node)
    if signals.article is None:
        signals.article = page_node
    signals.types = frozenset(all_types)
    return signals


def _meta_first(signals: PageSignals, keys: tuple[str, ...]) -> str | None:
    """The first non-empty meta value among `keys`, in their order."""
    for key in keys:
        for value in signals.meta.get(key, ()):
            cleaned = clean_inline(value)
            if cleaned:
                return cleaned
    return None


def _node_value(signals: PageSignals, *keys: str) -> str | None:
    """A text value of the article node."""
    node = signals.article
    if node is None:
        return None
    for key in keys:
        text = clean_inline(first_text(node.get(key)))
        if text:
            return text
    return None


def extract_metadata(root: HtmlElement, url: str | None, signals: PageSignals, h1: str | None) -> Metadata:
    """The page's metadata; `published` and `page_kind` are left for the caller, who has seen the body."""
    site_name = _node_site_name(signals) or _meta_first(signals, SITE_KEYS) or signals.site_node_name
    if site_name and site_name.startswith("@"):
        site_name = site_name[1:]
    return Metadata(
        title=_title(root, url, signals, h1, site_name),
        authors=_authors(root, signals, site_name, url),
        updated=signals_date(signals, UPDATED_KEYS, "dateModified"),
        site_name=site_name,
        url=clean_inline(url),
        canonical_url=_canonical(root, url, signals),
        description=_meta_first(signals, DESCRIPTION_KEYS) or _node_value(signals, "description"),
        language=_language(root, signals),
        tags=_tags(signals),
    )


def _node_site_name(signals: PageSignals) -> str | None:
    """The publisher's name from the article node."""
    node = signals.article
    if node is None or not isinstance(node.get("publisher"), dict):
        return None
    return clean_inline(first_text(node["publisher"].get("name")))


def title_candidates(root: HtmlElement, signals: PageSignals) -> list[str]:
    """What metadata and the <title> element say the headline is, most trusted first."""
    candidates = [_node_value(signals, "headline", "name"), _meta_first(signals, TITLE_KEYS)]
    title_element = root.find(".//title")
    if title_element is not None:
        candidates.append(clean_inline(title_element.text_content()))
    return [candidate for candidate in candidates if candidate]


def _title(
    root: HtmlElement, url: str | None, signals: PageSignals, h1: str | None, site: str | None
) -> str | None:
    """The headline without the site name."""
    return clean_inline(choose_title(title_candidates(root, signals), h1, site, url))


def _authors(root: HtmlElement, signals: PageSignals, site: str | None, url: str | None) -> tuple[str, ...]:
    """Author names: the article node's, else meta tags', else the page's bylines; never the site's name."""
    node = signals.article
    sources: list[list[str]] = []
    if node is not None:
        people = _resolve(signals, node.get("author")) or _resolve(signals, node.get("creator"))
        sources.append(names_of(people))
    for key in AUTHOR_KEYS:
        sources.append([value for value in signals.meta.get(key, ()) if not value.strip().startswith("http")])
    sources.append(byline_names(root))
    for values in sources:
        names = tuple(name for name in clean_names(values) if not names_site(name, site, url))
        if names:
            return names
    return ()


def _resolve(signals: PageSignals, value: Any) -> Any:
    """An author value with references to other graph nodes ({"@id": …}) replaced by those nodes."""
    items = value if isinstance(value, list) else [value]
    resolved = []
    for item in items[:50]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = signals.by_id.get(item["@id"], item)
        resolved.append(item)
    return resolved


def signals_date(signals: PageSignals, keys: tuple[str, ...], node_key: str) -> DateValue | None:
    """The first parsable date from the article node, then from the meta tags.

    A moment given in UTC gives way to the same moment written with the page's own offset, found
    in another source: the local form keeps the day the publisher meant.
    """
    found: list[DateValue | None] = []
    node = signals.article
    if node is not None:
        found.append(parse_machine_date(first_text(node.get(node_key))))
    found.extend(parse_machine_date(value) for key in keys for value in signals.meta.get(key, ()))
    dates = [value for value in found if value is not None]
    if not dates:
        return None
    first = dates[0]
    if isinstance(first, datetime) and first.utcoffset() == timedelta(0):
        for other in dates[1:]:
            if isinstance(other, datetime) and other.utcoffset() and other == first:
                return other
    return first


def _canonical(root: HtmlElement, url: str | None, signals: PageSignals) -> str | None:
    """The canonical address from <link rel=canonical>, else og:url."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            found = resolve_href(link.get("href"), url)
            if found:
                return found
    return resolve_href(_meta_first(signals, ("og:url",)) or _node_value(signals, "url"), url)


def _language(root: HtmlElement, signals: PageSignals) -> str | None:
    """The page language: <html lang>, else a language meta tag, else the article node's."""
    value = root.get("lang") or root.get("xml:lang") or _meta_first(signals, LANGUAGE_KEYS)
    value = value or _node_value(signals, "inLanguage")
    cleaned = clean_inline(value)
    if not cleaned or len(cleaned) > 20:
        return None
    return cleaned.replace("_", "-").split(",")[0].strip()


def _tags(signals: PageSignals) -> tuple[str, ...]:
    """Tags and keywords, distinct, in order."""
    raw: list[str] = []
    for key in TAG_KEYS:
        for value in signals.meta.get(key, ()):
            raw.extend(re.split(r"[,;]", value) if key != "article:tag" else [value])
    node_keywords = signals.article.get("keywords") if signals.article else None
    if isinstance(node_keywords, str):
        raw.extend(re.split(r"[,;]", node_keywords))
    elif isinstance(node_keywords, list):
        raw.extend(item for item in node_keywords if isinstance(item, str))
    tags: list[str] = []
    for item in raw:
        tag = clean_inline(item)
        if tag and tag.casefold() not in {t.casefold() for t in tags} and len(tag) < 80:
            tags.append(tag)
    return tuple(tags[:MAX_TAGS])


def declared_kind(signals: PageSignals) -> str | None:
    """ "article" or "listing" when the page's metadata says so, else None."""
    og_type = (_meta_first(signals, ("og:type",)) or "").lower()
    if signals.article is not None and types_of(signals.article) & (ARTICLE_TYPES - PAGE_TYPES):
        return "article"
    if og_type == "article":
        return "article"
    if signals.types & LISTING_TYPES or og_type == "website":
        return "listing"
    return None
