"""A list that a line ending on a colon leads into, with no blank line between ("Penalties:" over "- a fine
…"): each item stays a list item of its own, apart from the lead-in, as German commentary, Indonesian
explainers and Vietnamese law-firm notes print them. The pages are our own, in the shapes of real ones."""

from __future__ import annotations

import pytest

from parsers import parse_text

TITLE = "Regulator Sets Out Its Sanctions For Data Breaches\n\n"


def _body(page: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse_text(page).blocks]


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        (  # short English lines: a lead-in label over dashed items
            "Penalties:\n- A fine of up to 15 million euros\n- A ban on processing\n- A public reprimand",
            [
                ("paragraph", "Penalties:"),
                ("list_item", "A fine of up to 15 million euros"),
                ("list_item", "A ban on processing"),
                ("list_item", "A public reprimand"),
            ],
        ),
        (  # Indonesian: a sentence, then "Contohnya:" over its examples, then the text goes on
            "Aturan ini berlaku bagi siapa saja yang menyimpan data orang lain.\nContohnya:\n"
            "- Toko daring yang menyimpan alamat pembeli.\n- Klinik yang mencatat riwayat pasien.\n"
            "Semuanya wajib menjaga data itu tetap aman.",
            [
                (
                    "paragraph",
                    "Aturan ini berlaku bagi siapa saja yang menyimpan data orang lain. Contohnya:",
                ),
                ("list_item", "Toko daring yang menyimpan alamat pembeli."),
                (
                    "list_item",
                    "Klinik yang mencatat riwayat pasien. Semuanya wajib menjaga data itu tetap aman.",
                ),
            ],
        ),
        (  # German commentary: long lines, each a block; the lead-in no longer swallows the first item
            "Bei Verstößen gegen die folgenden Pflichten kann die Behörde Geldbußen von bis zu 10 Mio. EUR "
            "festsetzen, je nach Schwere des Falls:\n"
            "- die Pflichten des Verantwortlichen bei der Meldung einer Datenpanne an die Aufsichtsbehörde "
            "gemäß Art. 33 DSGVO;\n"
            "- die Pflichten des Auftragsverarbeiters bei der Dokumentation seiner Verarbeitungen gemäß "
            "Art. 30 DSGVO.",
            [
                (
                    "paragraph",
                    "Bei Verstößen gegen die folgenden Pflichten kann die Behörde Geldbußen von bis zu 10 Mio. EUR "
                    "festsetzen, je nach Schwere des Falls:",
                ),
                (
                    "list_item",
                    "die Pflichten des Verantwortlichen bei der Meldung einer Datenpanne an die Aufsichtsbehörde "
                    "gemäß Art. 33 DSGVO;",
                ),
                (
                    "list_item",
                    "die Pflichten des Auftragsverarbeiters bei der Dokumentation seiner Verarbeitungen gemäß "
                    "Art. 30 DSGVO.",
                ),
            ],
        ),
        (  # bullets other than a dash
            "Sanctions include:\n• a written warning\n• a suspension of the licence",
            [
                ("paragraph", "Sanctions include:"),
                ("list_item", "a written warning"),
                ("list_item", "a suspension of the licence"),
            ],
        ),
    ],
)
def test_a_list_under_a_lead_in_keeps_its_items(chunk: str, expected: list[tuple[str, str]]) -> None:
    """The lead-in is its own block and every item a list item."""
    assert _body(TITLE + chunk + "\n") == expected


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        (  # a lead-in over a quote it introduces stays one paragraph with it
            "The company's terms now say:\nUsers may not resell their tickets to anyone else.",
            [
                (
                    "paragraph",
                    "The company's terms now say: Users may not resell their tickets to anyone else.",
                )
            ],
        ),
        (  # numbered clauses under a colon stay in its paragraph, where they read as the clauses it quotes
            "The new terms say:\n1. We may share your albums.\n2. We may keep them.",
            [("paragraph", "The new terms say: 1. We may share your albums. 2. We may keep them.")],
        ),
        (  # a dashed line under a line with no colon is no list the colon leads into
            "The fine was large\n- and the regulator said it would not be the last one this year.",
            [
                ("heading", "The fine was large"),
                ("paragraph", "- and the regulator said it would not be the last one this year."),
            ],
        ),
    ],
)
def test_no_list_without_a_lead_in_and_a_marker(chunk: str, expected: list[tuple[str, str]]) -> None:
    """Without both a colon above and a marker below, the chunk reads as before."""
    assert _body(TITLE + chunk + "\n") == expected
