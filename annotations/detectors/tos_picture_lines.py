"""Lines under a lead-in that set off no clause: a picture's caption, or a list of the document's headings.

Template and advice pages show a company's terms as screenshots: "Here's how Medium links its privacy policy:"
stands over "Medium homepage screenshot showing the footer link", the picture's caption, not the document's words.
They also list a document's parts by their headings ("It includes the following clauses:" over "1. Information
We Collect", "2. Data Storage", …): a table of contents, which GUIDELINES leaves out (section headings), and after
which the writer's prose goes on.
"""

from __future__ import annotations

from annotations.detectors.tos_blocks import Paragraph, words
from annotations.detectors.tos_vocabulary import role_pattern
from annotations.detectors.tos_wording import is_heading_line

__all__ = ["heading_list", "picture_caption"]

# A caption is a line of a few words; a clause that mentions a screenshot ("You may not post screenshots of …") is longer
# or binds.
MAX_CAPTION_WORDS = 16


def picture_caption(paragraph: Paragraph) -> bool:
    """Whether a set-off line is a picture's caption: short, no sentence, naming a screenshot or an image."""
    text = paragraph.text.strip()
    if (
        "\n" in text
        or words(text) > MAX_CAPTION_WORDS
        or text.endswith((".", "!", "?", "。", ":", "：", ";"))
    ):
        return False
    return role_pattern("picture_word").search(text) is not None


def heading_list(paragraph: Paragraph, previous: Paragraph | None) -> bool:
    """Whether a heading line in a list follows another one: the list is a table of contents, no clause."""
    return (
        previous is not None
        and paragraph.unit.block_kind == "list_item"
        and previous.unit.block_kind == "list_item"
        and is_heading_line(paragraph)
        and is_heading_line(previous)
    )
