"""A web page whose title, byline, comment authors and annotated text carry terminal escapes, C1 controls
and bidi overrides, written as raw bytes and as character references: nothing of them reaches the screen."""

from __future__ import annotations

from pathlib import Path

from app_pilot import wait_for_article

from tui.app import FineprintApp

# What must never be drawn: C0 controls but tab and newline, DEL and C1, bidi embeddings, overrides,
# isolates and marks, lone surrogates.
FORBIDDEN = {
    *(chr(code) for code in range(0x20) if chr(code) not in "\t\n"),
    *(chr(code) for code in range(0x7F, 0xA0)),
    "\u061c", "\u200e", "\u200f", *(chr(code) for code in range(0x202A, 0x202F)),
    *(chr(code) for code in range(0x2066, 0x206A)),
}  # fmt: skip
PAGE = (
    "<html><head><title>\u202eevil\u202c &#x1b;[31mTitle &#155;2J &#x85; &#x2066;iso&#x2069; &#xD800;</title>"
    '<meta name="author" content="Eve &#x1b;]0;pwn&#7; \u202eDoe">'
    '<meta name="description" content="Desc &#x1b;[5m \u202e blink"></head><body><article>'
    "<h1>Headline \x1b[2J \u202e fined</h1><p>The terms of service of Acme\u202e Corp now say: \u201cwe may sell"
    " your data &#x1b;[2J to \u202epartners\u201d, and the regulator fined Acme \u20ac20 million under the"
    " GDPR, the agency said.</p><p>A second paragraph of the article, long enough to be read as body text.</p>"
    "</article><section class='comments'><ol><li class='comment'><span class='author'>Mal&#x1b;]8;;http://evil"
    "&#x1b;\\lory \u202e</span><time datetime='2024-03-05'>March 5</time><p>Comment &#x9b;31m text \u202e with"
    " [@click=app.quit]x[/] and a \u20ac5 million fine.</p></li></ol></section></body></html>"
)
KEYS = ("m", "bracketright", "enter", "bracketright", "bracketright", "c", "a", "question_mark", "escape")


async def test_escapes_and_bidi_in_a_web_page_never_reach_the_screen(tmp_path: Path) -> None:
    """Each pane the keys open (metadata, annotation list and detail, comments, help) draws the page's
    strings with their controls shown as symbols or replaced, and the app keeps running."""
    page = tmp_path / "hostile.html"
    page.write_text(PAGE, encoding="utf-8")
    async with FineprintApp(str(page)).run_test(size=(160, 50)) as pilot:
        screen = await wait_for_article(pilot)
        assert screen.opened is not None and "Title" in (screen.opened.article.metadata.title or "")
        assert screen.annotated is not None and len(screen.annotated.annotations) >= 3
        for key in KEYS:
            await pilot.press(key)
            await pilot.pause(0.1)
            drawn = pilot.app.export_screenshot()
            assert "\u241b" in drawn or key != "m"  # the screenshot holds drawn characters as they are
            assert not FORBIDDEN & set(drawn), (key, sorted(hex(ord(c)) for c in FORBIDDEN & set(drawn)))
        assert pilot.app.is_running
