"""A Japanese, Chinese or Korean article heading on its own line over the article's text, as pages that copy a
service's terms print it: "第3条(禁則事項)", "第3条 本サービス対象地域", "2条2", "제12조(이용 제한)". Blogs and forum
posts that quote the terms set the article's number and title on a line and its clause under it, with no lead-in
sentence; on a page that names the document, the lines under such a heading are the document's clause, as under a
lead-in (tos_hand_over gives them mode "lead"). The heading's shape is data (role article_heading); a line where
someone speaks, or one that quotes, is no heading.

Under such a heading the article's items go on until the writer's next section: Japanese blogs open their own headings
on a heading mark ("●免責事項の大幅追加", role heading_mark), which ends a clause list or block (heading_marked). A clause that points to what follows ("利用者は、以下の事由に該当する
…書き込みは投稿することができません。" over "・…" items) leads its items as one ending on a colon does (points_below)."""

from __future__ import annotations

from annotations.detectors.tos_blocks import Paragraph
from annotations.detectors.tos_clause_context import someone_speaks
from annotations.detectors.tos_mentions import Page, Source
from annotations.detectors.tos_vocabulary import role_alternation

__all__ = ["article_heading", "heading_marked", "points_below"]

# The document an article heading is given on a page that names one but has no topic.
DEFAULT_DOCUMENT = "terms of service"
# A heading line is short: its number and a title of a few words.
MAX_HEADING_CHARS = 40


def article_heading(paragraph: Paragraph, page: Page) -> Source | None:
    """The page's document when `paragraph` is an article's heading alone on its line ("第3条(禁則事項)"), on a page
    that names a document; None otherwise."""
    if not page.names_document:
        return None
    text = paragraph.text.strip()
    if not text or len(text) > MAX_HEADING_CHARS or "\n" in text or someone_speaks(text):
        return None
    match = role_alternation("article_heading").match(text)
    if match is None or match.end() != len(text):
        return None
    return page.topic or Source(DEFAULT_DOCUMENT)


def heading_marked(paragraph: Paragraph) -> bool:
    """Whether a paragraph opens on a mark Japanese writers open their own section headings with ("●", "■", "【"):
    the writer's next section, not one more item of the clause list above it."""
    return role_alternation("heading_mark").match(paragraph.text.lstrip()) is not None


def points_below(paragraph: Paragraph) -> bool:
    """Whether a set-off clause points to items that follow it ("以下の事由", "下記の行為", "다음 각 호"), so the list
    items under it are its own, as under a clause ending on a colon."""
    return role_alternation("clause_points_below").search(paragraph.text) is not None
