"""Rows for the edges of four rules on pages that quote people beside a terms document: whose document a public
body's word owns (a travel agency is a company), when a label line is a reader's answer (only under a sentence
that asked readers), when a poster or a remark takes a quotation (only as the speaker, not in a clause nor with the
document as subject), and when "新ポリシー" is a privacy policy. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(("paragraph", "found"), [
    # A company whose name or kind ends on a public body's word: its document is a company's.
    ("The booking agency's terms of service now say: “We may cancel your trip at any time without a refund.”",
     ["We may cancel your trip at any time without a refund."]),
    ("The matchmaking agency's privacy policy says: “We may share your profile with partner sites.”",
     ["We may share your profile with partner sites."]),
    ("Pinegrove, a small ad agency's privacy policy reads: “We may sell your contact details to partners.”",
     ["We may sell your contact details to partners."]),
    ("Deal Council's privacy policy says: “We may share your purchase history with partners.”",
     ["We may share your purchase history with partners."]),
    # A public body's own: a council of a city or a county, a named Authority, a ministry, a commission.
    ("The county council's privacy policy now states: “We may pass your details to other county services.”", []),
    ("The Consumer Markets Authority's privacy notice says: “We may keep your complaint for six years.”", []),
    ("The regional council's new privacy notice says: “We may keep your planning file for ten years.”", []),
    # A public body's word after a determiner alone points back to a public body named before.
    ("The authority's privacy policy says: “We may hold your enquiry for eight years.”", []),
    ("The council's privacy notice now reads: “We may pass your request to the police.”", []),
])  # fmt: skip
def test_a_public_word_owns_a_document_only_as_a_public_bodys(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="What the privacy policy says")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # Topic labels under a paragraph about the terms: the terms' lines, one after the other.
    (("Fotora rewrote its terms of service this week. Three changes stand out.",
      "Backups: “We may keep deleted albums for a year.”", "Marketing: “We may use your pictures in ads.”"),
     ["We may keep deleted albums for a year.", "We may use your pictures in ads."]),
    (("Fotora's new terms of service, clause by clause.", "Retention: “We may keep deleted albums for a year.”"),
     ["We may keep deleted albums for a year."]),
    # Under a sentence that asked readers, each label line is the reader's, the second one too.
    (("We asked six subscribers which line they would sign.", "Priya: “We may keep your albums forever.”",
      "Jonas: “You must let us use your pictures in ads.”"), []),
    # Under a lead-in, a label line's quotation is the terms' words within its marks; the label is the writer's.
    (("Fotora rewrote its terms of service for members this week. Here is what changes for members:",
      "Backups: “We may keep deleted albums for a year.”", "Marketing: “We may use your pictures in ads.”"),
     ["We may keep deleted albums for a year.", "We may use your pictures in ads."]),
    (("Fotora rewrote its terms of service this week. Here is what changes:",
      "Backups: “We may keep deleted albums for a year.”"), ["We may keep deleted albums for a year."]),
])  # fmt: skip
def test_a_label_line_is_a_readers_only_under_readers_asked(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Fotora changes its terms")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A poster's word inside the clause, or a remark whose subject is the document: the document's wording.
    (("Pagaro's terms of service changed.", "If another user flags your wallet, Pagaro may “freeze it without notice”."),
     ["freeze it without notice"]),
    (("Pagaro's terms of service changed.",
      "Under the terms, one reviewer per seller may “leave a single public rating”."),
     ["leave a single public rating"]),
    (("Pagaro's community guidelines changed.", "Under the guidelines, commenters must “not share anyone's address”."),
     ["not share anyone's address"]),
    (("Pagaro's terms of service changed.", "The privacy policy sums it up: “We may share your data with lenders.”"),
     ["We may share your data with lenders."]),
    (("La política de privacidad de Pagaro cambió.",
      "La política de privacidad lo resumió así: “Podremos compartir tus datos con prestamistas.”"),
     ["Podremos compartir tus datos con prestamistas."]),
    # The poster as the speaker of the remark: the poster's words.
    (("Pagaro's terms of service changed.", "Another user summed it up: “We may keep everything you send.”"), []),
    (("Pagaro's terms of service changed.", "The top comment on the forum: “You must let us read your mail.”"), []),
])  # fmt: skip
def test_a_poster_takes_a_quotation_only_as_its_speaker(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Pagaro changes its terms")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A public body named with no document of its own leaves the company's clause to the company's document.
    (("Fotora's terms of service changed.", "After a council inquiry, Fotora may now “share your location with partners”."),
     ["share your location with partners"]),
    # Its own document, named in the lead, is no company's.
    (("Fotora's terms of service changed.",
      "The city council's privacy policy, by contrast, says: “We may share your location with the police.”"), []),
])  # fmt: skip
def test_a_public_lead_needs_the_public_bodys_own_document(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Fotora changes its terms")) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # "新ポリシー" on a page about fees is a new fee policy, not the privacy policy.
    (("ミナトは来月から料金を改定する。", "新ポリシーには「年額プランは6000円となります」と書かれている。"), []),
    # On a page about privacy it is the privacy policy.
    (("ミナトは個人情報の扱いを見直した。", "新ポリシーには「提携先から得た情報を併せて利用することがあります」と書かれている。"),
     ["提携先から得た情報を併せて利用することがあります"]),
])  # fmt: skip
def test_the_new_policy_in_japanese_needs_a_privacy_word(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="ミナトの新しい案内")) == found
