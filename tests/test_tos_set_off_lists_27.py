"""Set-off clause blocks and lists, and where they end (tosrec27, session 38): a clause list's own lead line ("You may
not:") and its short items; a poster's lead-in that found a passage ("I found the following example of legalese:"); a
clause copied with its own heading and no number ("Our Access to Your Content: We may …"); and a paragraph that opens on
the writer's question after a set-off clause, which ends it. Shapes from blog.gamecraft.org (a compiler's EULA),
theculturetech.net (terms rewritten for AI training) and thegizmologist.wordpress.com (a browser's licence clause).
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "What the Zumbo compiler licence says"
NAMED = "The Zumbo EULA for the compiler is long, and I read all of it."
ITEM_A = "work around any technical limitations in the software;"
ITEM_B = "share your licence key with affiliates;"
ITEM_C = "publish benchmark results."
LIST = f"- {ITEM_A}\n- {ITEM_B}\n- {ITEM_C}"
CLAUSE = "You may not work around any technical limitations in the software."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The list's lead line is its own span, however short, and so is a three-word item.
        (f"The Zumbo EULA says:\n\nYou may not:\n\n{LIST}", ["You may not:", ITEM_A, ITEM_B, ITEM_C]),
        (
            f"The Zumbo EULA says:\n\nYou agree not to:\n\n{LIST}",
            ["You agree not to:", ITEM_A, ITEM_B, ITEM_C],
        ),
        # A line that binds nobody is the writer's label, not the list's lead line.
        (f"The Zumbo EULA says:\n\nThe list:\n\n- {ITEM_A}", [ITEM_A]),
        # With nothing handed over, a lone "You may not:" is no quotation.
        (f"Some advice for new users.\n\nYou may not:\n\n- {ITEM_A}", []),
    ],
)
def test_a_clause_lists_lead_line_and_short_items(body: str, expected: list[str]) -> None:
    assert article_quotes(TITLE, body) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("I found the following example of legalese that I cannot parse:", [CLAUSE]),
        ("After downloading it, I came across the following clause:", [CLAUSE]),
        # The poster's own take, and what someone else wrote, are not passages of the document.
        ("Here is my take on what it means:", []),
        ("I found the following explanation on a forum:", []),
    ],
)
def test_a_poster_who_found_a_passage_hands_over_to_the_document(lead: str, expected: list[str]) -> None:
    body = f"{NAMED}\n\n{lead}\n\n{CLAUSE}\n\nIn other words, I cannot fix anything."
    assert article_quotes(TITLE, body) == expected


HEADED = (
    "Our Access to Your Content: We may access, view or listen to your content by automated and manual means."
)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (HEADED, [HEADED]),
        ("Your Licence to Us. You grant us a worldwide licence to host and adapt what you post.", None),
        # A writer's subheading speaks of the company, not as it.
        ("Artificial Intelligence Training: Zumbo may use your posts to train its models.", []),
        ("Key Changes: We may want to revisit this story when the terms take effect.", []),
    ],
)
def test_a_clause_set_off_with_its_own_heading(clause: str, expected: list[str] | None) -> None:
    body = (
        "Artists are angry about the new Zumbo terms of service, which most of them never read.\n\n"
        f"{clause}\n\nThat is the line that upset them."
    )
    assert article_quotes(TITLE, body) == ([clause] if expected is None else expected)


BLOCK = "you give Zumbo a perpetual, worldwide, royalty-free licence to copy and adapt any content you post."


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # The writer's question ends the block, whatever it says in "you" after it.
        (
            "Does that mean Zumbo may sell your photos?! That clause has since changed, but your rights are the same.",
            [BLOCK],
        ),
        ("So can they really do that? You may want to read the whole thing.", [BLOCK]),
        # A policy's own question in "we" goes on with it.
        (
            "What do we do with it? We may share your content with our partners to promote the service.",
            [
                BLOCK,
                "What do we do with it? We may share your content with our partners to promote the service.",
            ],
        ),
    ],
)
def test_a_question_after_a_set_off_clause_is_the_writers(after: str, expected: list[str]) -> None:
    body = f"The Zumbo terms of service used to state:\n\n{BLOCK}\n\n{after}"
    assert article_quotes(TITLE, body) == expected


GRANT = "By posting content, you grant us a worldwide, royalty-free licence to use, copy and adapt it for any purpose."
GRANT_IT = "Quando l'utente pubblica un contenuto, ci concede una licenza non esclusiva e globale per usare i contenuti."


@pytest.mark.parametrize(
    ("lead", "clause", "after", "taken"),
    [
        # The writer's "that means" in other languages ends the block (faccioquellochesono.com's shape).
        (
            "Le condizioni d'uso di Zumbo dicono:",
            GRANT_IT,
            "Ciò significa che si concede una licenza su ogni foto.",
            False,
        ),
        (
            "Os termos do Zumbo dizem:",
            GRANT_IT,
            "Isso significa que você concede uma licença sobre cada foto.",
            False,
        ),
        (
            "Les conditions de Zumbo disent :",
            GRANT_IT,
            "Cela signifie que vous accordez une licence sur chaque photo.",
            False,
        ),
        (
            "Die AGB von Zumbo sagen:",
            GRANT_IT,
            "Das bedeutet, dass Sie eine Lizenz an jedem Foto einräumen.",
            False,
        ),
        # A clause goes on in "the Company", "these Terms", even "the updated Terms" (a clause of a change notice).
        (
            "The new Zumbo terms of service say:",
            GRANT,
            "The Company may keep archived copies of your content.",
            True,
        ),
        ("The new Zumbo terms of service say:", GRANT, "We may update these Terms from time to time.", True),
        (
            "The new Zumbo terms of service say:",
            GRANT,
            "If you do not agree to the updated Terms, you must stop using the Service.",
            True,
        ),
    ],
)
def test_the_writers_paragraph_after_a_set_off_clause(
    lead: str, clause: str, after: str, taken: bool
) -> None:
    expected = [clause, after] if taken else [clause]
    assert article_quotes(TITLE, f"{lead}\n\n{clause}\n\n{after}") == expected
