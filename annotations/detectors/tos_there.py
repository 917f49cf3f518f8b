"""A French lead that reads "there" ("On y lit désormais que « … »", "« … », peut-on y lire"): the "y" points back to
the document the page is about, however many sentences ago the writer named it, when nothing named since is another
source it could point to."""

from __future__ import annotations

from annotations.detectors.tos_clause_context import others, someone_speaks
from annotations.detectors.tos_mentions import Page, Source, document_mentions
from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["there_back", "there_elsewhere"]


def there_back(said: str, earlier: list[str], page: Page) -> Source | None:
    """The page's document for a lead that reads in it by "y" (role there_reads) when the sentences read before
    (`earlier`) name no document, no other source or speaker and nothing else one reads in (role there_other_place: a
    report, a blog, a forum): the writer named the document further back
    ("Lumio a publié ses conditions générales. … Deux phrases sur l'entreprise. … On y lit que « … »")."""
    if page.topic is None or role_pattern("there_reads").search(said) is None:
        return None
    for sentence in earlier:
        if document_mentions(sentence, page) or others(sentence, []) or someone_speaks(sentence):
            return None
        if role_pattern("there_other_place").search(sentence) is not None:
            return None  # "L'association a publié un rapport. … On y lit que « … »": the report's words
    return page.topic


def there_elsewhere(said: str, earlier: list[str], page: Page) -> bool:
    """Whether the "y" of a lead that reads in it (role there_reads) points to something else one reads in, named
    between the nearest document and the lead or in the lead's own words before the "y" (role there_other_place):
    "Pixelo a publié ses CGU. … Les abonnés ont reçu une notification. On y lit : « … »" gives the notice's words,
    not the terms', however near the document was named."""
    reads = role_pattern("there_reads").search(said)
    if reads is None:
        return False
    if role_pattern("there_other_place").search(said, 0, reads.start()) is not None:
        return True  # "Dans sa notification, on peut y lire « … »"
    for sentence in reversed(earlier):
        if document_mentions(sentence, page):
            return False
        if role_pattern("there_other_place").search(sentence) is not None:
            return True
    return False
