"""OPML subscription lists in and out: read with a parser that expands no entities and fetches nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from parsers import SourceError
from parsers.fetch import is_web_url
from parsers.sanitize import clean_inline, safe_address
from tui.feeds.store import FeedSummary

MAX_OPML_BYTES = 10 * 1024 * 1024
# Characters XML 1.0 cannot hold at all (not even escaped): they become the replacement character.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class Subscription:
    """One feed of an OPML list."""

    url: str
    title: str | None


def _safe_parser() -> etree.XMLParser:
    """No entity expansion, no DTD loading, no network, no huge trees: an OPML file is a plain list."""
    return etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, dtd_validation=False
    )


def read_opml(data: bytes) -> list[Subscription]:
    """The feeds an OPML document lists (outlines with an http(s) xmlUrl), each once, in order."""
    if len(data) > MAX_OPML_BYTES:
        raise SourceError(f"the OPML file is larger than {MAX_OPML_BYTES // (1024 * 1024)} MB")
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as error:
        raise SourceError(f"the OPML file could not be read: {' '.join(str(error).split())[:200]}") from None
    if root is None or etree.QName(root).localname != "opml":
        raise SourceError("the file is not an OPML subscription list")
    seen: dict[str, Subscription] = {}
    for outline in root.iter("{*}outline"):  # iter walks the tree without recursion
        url = safe_address((outline.get("xmlUrl") or "").strip())
        if is_web_url(url) and url not in seen:
            seen[url] = Subscription(url, clean_inline(outline.get("title") or outline.get("text")))
    return list(seen.values())


def write_opml(feeds: list[FeedSummary], title: str = "fineprint subscriptions") -> str:
    """An OPML 2.0 document listing the feeds; lxml escapes every value."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    body = etree.SubElement(root, "body")
    for feed in feeds:
        name = _NOT_XML.sub("\ufffd", clean_inline(feed.title) or feed.url)
        attributes = {"type": "rss", "text": name, "title": name, "xmlUrl": _NOT_XML.sub("\ufffd", feed.url)}
        if feed.site_url:
            attributes["htmlUrl"] = _NOT_XML.sub("\ufffd", feed.site_url)
        etree.SubElement(body, "outline", attributes)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")
