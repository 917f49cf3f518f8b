"""Terms quotes by the guidelines' families: a table of paragraphs that hold terms wording, and as
many that hold quotes of someone else, labels or headings. Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations.detectors.tos_quotes import TosQuoteDetector
from parsers.model import Unit


def _units(
    *paragraphs: str, title: str = "Readers compare the old and new privacy policy"
) -> tuple[Unit, ...]:
    """A title and one body block per paragraph."""
    blocks = tuple(Unit(f"b{index}", "block", text, "paragraph") for index, text in enumerate(paragraphs))
    return (Unit("title", "title", title), *blocks)


def _found(units: tuple[Unit, ...]) -> list[str]:
    return [finding.text for finding in TosQuoteDetector().detect(units)]


MATCHES = [
    # Inline quotes with the document as the subject of a verb of saying or holding.
    (
        ("The wording changed from “we never sell your routes” to “we sell routes only in aggregate”.",),
        ["we never sell your routes", "we sell routes only in aggregate"],
    ),
    (
        ("Read the Korean version too. It's worse. It also covers “voice samples taken during calls”.",),
        ["voice samples taken during calls"],
    ),
    (
        ("Orbita told riders in its privacy policy that it would “keep trip logs for thirty days”.",),
        ["keep trip logs for thirty days"],
    ),
    (
        ("The previous version only mentioned “our own loyalty offers”, nothing about partners.",),
        ["our own loyalty offers"],
    ),
    # Possessive documents and foreign documents and marks.
    (
        ("Kestrel's terms say users grant a “worldwide, royalty-free licence” to every upload.",),
        ["worldwide, royalty-free licence"],
    ),
    (
        ("Nei nuovi termini di utilizzo si legge che i dati «possono essere ceduti a partner commerciali».",),
        ["possono essere ceduti a partner commerciali"],
    ),
    (
        ("In der Datenschutzerklärung heißt es: „Wir geben Standortdaten an Werbepartner weiter.“",),
        ["Wir geben Standortdaten an Werbepartner weiter."],
    ),
    (
        ("Les conditions d'utilisation précisent que l'abonné « cède ses droits sur les vidéos publiées ».",),
        ["cède ses droits sur les vidéos publiées"],
    ),
    (
        (
            "“Podremos compartir tu ubicación con empresas del grupo”, explica Orbita en su política de privacidad.",
        ),
        ["Podremos compartir tu ubicación con empresas del grupo"],
    ),
    # A quote set off after a lead-in, and the paragraph after it in the clause's voice.
    (
        (
            "The relevant section of the terms of service now reads:",
            "You grant us a perpetual licence to use recordings you upload to improve our services.",
            "We may share these recordings with partners who help us train our models.",
        ),
        [
            "You grant us a perpetual licence to use recordings you upload to improve our services.",
            "We may share these recordings with partners who help us train our models.",
        ],
    ),
    # A quoted clause list after "the following sections", with markers outside.
    (
        (
            "This breaks the following sections of the Kestrel User Agreement.",
            '3.1 "You will not resell access to the Service or share your login."',
            "and",
            '3.2 "We may close accounts that break these terms without refund."',
        ),
        [
            "You will not resell access to the Service or share your login.",
            "We may close accounts that break these terms without refund.",
        ],
    ),
    # Wording already found to be the document's, repeated later in its own quote.
    (
        (
            "Its cookie policy says partners may “follow you across other apps and sites”.",
            "“Follow you across other apps and sites” is the part nobody reads.",
        ),
        ["follow you across other apps and sites", "Follow you across other apps and sites"],
    ),
    # A bare "Quote:" in a thread about the document.
    (
        (
            "The interesting bit is near the end. Quote:",
            "By using the app you agree that we may record calls for quality and training purposes.",
        ),
        ["By using the app you agree that we may record calls for quality and training purposes."],
    ),
    # A quotation split by its attribution: one span a piece.
    (
        ("“We may share your trips,” the policy says, “with insurers and advertisers.”",),
        ["We may share your trips,", "with insurers and advertisers."],
    ),
    # Chinese and Japanese marks.
    (("该平台的用户协议写明：“用户授予平台永久免费的使用权”。",), ["用户授予平台永久免费的使用权"]),
]

NO_MATCHES = [
    # Someone else's words, even about the document.
    ("A spokesperson said the new privacy policy “changes nothing for existing users”.",),
    ("Orbita said in a statement that it “has never sold location data”.",),
    ("“Nothing in the terms allows that,” said Dana Whitlock, a lawyer at Frame & Poole.",),
    ("The company FAQ tells users that training is “opt-out at any time”.",),
    ("Support told me on chat that my data “is deleted after a month”.",),
    ("The complaint says the policy was “deceptive and unfair”.",),
    # Headings, labels, buttons, defined terms and single words.
    ("The updated privacy policy has a new section under “Sharing With Our Partners”.",),
    ("Tap “I agree” and the terms of service apply to you.",),
    ("The terms define “Service Data” narrowly.",),
    ("Critics call the new terms of service “creepy”.",),
    # A headline quote that nobody attributes to the terms.
    ("Riders call Orbita's new terms a “data grab”",),
    # Statute text and terms of art.
    ("Article 7 of the GDPR says consent must be “freely given, specific, informed”.",),
    # A paragraph after a quoted clause that is the poster's own remark.
    (
        "Their terms of service now read:",
        "You agree that we may keep your uploads after you delete your account.",
        "So your holiday photos are theirs now, I guess.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_terms_wording_is_found(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    """Each paragraph set of the table yields exactly the terms wording it holds, in order."""
    assert _found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCHES)
def test_other_words_are_left_alone(paragraphs: tuple[str, ...]) -> None:
    """Quotes of people, statements, labels, headings and statutes are not terms wording."""
    found = _found(_units(*paragraphs))
    expected = (
        ["You agree that we may keep your uploads after you delete your account."]
        if len(paragraphs) > 1
        else []
    )
    assert found == expected


def test_headline_quote_is_not_terms_wording() -> None:
    """A quote in the title that the title gives to nobody stays unlabelled."""
    units = (Unit("title", "title", "Riders call Orbita's new terms a “data grab”"),)
    assert _found(units) == []


def test_a_quote_never_runs_across_a_line_break() -> None:
    """Straight marks on two header lines do not pair into a quote across them."""
    text = 'The privacy policy says "we keep logs\nfor ever" in plain words.'
    assert _found(_units(text)) == []


def test_a_set_off_clause_cut_off_by_the_end_of_the_text_runs_to_the_end() -> None:
    """A clause after a lead-in, with no closing mark or full stop, is labelled to its end."""
    units = _units(
        "The new community guidelines now read:", "“We may remove any post that we consider harmful to"
    )
    assert _found(units) == ["We may remove any post that we consider harmful to"]
