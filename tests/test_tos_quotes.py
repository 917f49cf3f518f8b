"""Terms-of-service quote detector: attributed quotes found, other quotes left alone."""

from __future__ import annotations

import pytest

from annotations.detectors.tos_quotes import TosQuoteDetector
from annotations.knowledge import vocabulary
from parsers.model import Unit

POSITIVE = [
    (
        "The app points to its privacy notice. That notice told users that data was “never sold to anyone, ever”.",
        "never sold to anyone, ever",
        "privacy policy",
    ),
    (
        "According to their terms of service, the firm has “a perpetual, irrevocable licence to use your recordings”.",
        "a perpetual, irrevocable licence to use your recordings",
        "terms of service",
    ),
    (
        'The app\'s privacy policy says "we may share your information with our advertising partners".',
        "we may share your information with our advertising partners",
        "privacy policy",
    ),
    (
        "Read the EULA. It says «you waive any right to a jury trial or class action».",
        "you waive any right to a jury trial or class action",
        "licence agreement",
    ),
    (
        "Its user agreement states that users grant „a worldwide, royalty-free licence“ to the company.",
        "a worldwide, royalty-free licence",
        "user agreement",
    ),
    (
        "The new terms of use are blunt: ‘we can change these terms at any time without notice’.",
        "we can change these terms at any time without notice",
        "terms of use",
    ),
    (
        "Under the cookie policy, “partners may track you across other sites and apps”.",
        "partners may track you across other sites and apps",
        "cookie policy",
    ),
    # Korean particles run on after a straight closing mark, and after the document.
    (
        '게임 앱의 이용약관에는 "회사는 계정을 언제든지 정지할 수 있습니다"라는 조항이 있다.',
        "회사는 계정을 언제든지 정지할 수 있습니다",
        "terms of use",
    ),
    (
        '该应用的隐私政策中写明"我们可能与合作伙伴共享您的位置信息"的内容。',
        "我们可能与合作伙伴共享您的位置信息",
        "privacy policy",
    ),
    # Plural documents take plural verbs, in every language the vocabulary covers.
    (
        "The terms, all 38 pages of them, go on to warn that accounts may be closed “at any time, for any reason”.",
        "at any time, for any reason",
        "terms of service",
    ),
    (
        "Les conditions d'utilisation interdisent de « revendre un billet au-dessus de son prix ».",
        "revendre un billet au-dessus de son prix",
        "terms of use",
    ),
    (
        "Los términos y condiciones incluyen una cláusula por la que el usuario renuncia a «toda demanda colectiva».",
        "toda demanda colectiva",
        "terms of use",
    ),
]
NEGATIVE = [
    "The regulator found that a bundled “accept all” button could not meet the conditions of the law.",
    "“We take privacy seriously,” a spokesperson said.",
    "The commissioner told reporters: “This fine sends a clear message to the industry.”",
    "The judge wrote that the company had “failed to protect its users”.",
    "Zuckerberg once said “They trust me” about early users.",
    "Critics call the feature “creepy” and “invasive”.",
    "As the headline put it, “Regulators are coming for your data”.",
    "The minister said the policy would “protect children online for years to come”.",
    "“It was a bad week,” one employee wrote in a post.",
    # An app's name in katakana is a name, even right before its terms.
    "写真アプリ「ピクセラ」の利用規約が今月変わった。",
    # Terms of a deal are no document, whatever verb follows.
    "Under the terms of the merger, regulators demand that the buyer “sell its messaging unit”.",
]


def _find(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.document) for f in TosQuoteDetector().detect((Unit("c0", "comment", sentence),))]


@pytest.mark.parametrize(("sentence", "quoted", "document"), POSITIVE)
def test_attributed_quote_is_found(sentence: str, quoted: str, document: str) -> None:
    """A quote attributed to a ToS-like document is found, with the text strictly inside the marks."""
    assert _find(sentence) == [(quoted, document)]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_other_quotes_are_left_alone(sentence: str) -> None:
    """Quotes of people, officials, courts, headlines and scare quotes are not ToS quotes."""
    assert _find(sentence) == []


def test_nested_quote_inside_a_quoted_sentence() -> None:
    """Only the inner quote attributed to the terms counts, not the comment's outer quotation."""
    text = "Like here:\n\n“Per their terms of service, Acme has “an unlimited, irrevocable right to sell your footage,” they say.”"
    assert _find(text) == [("an unlimited, irrevocable right to sell your footage,", "terms of service")]


def test_clause_categories_are_named() -> None:
    """The quoted clause's categories come from the knowledge base."""
    sentence = next(row[0] for row in POSITIVE if "perpetual" in row[0])
    (finding,) = TosQuoteDetector().detect((Unit("c0", "comment", sentence),))
    assert {"content-licence", "perpetual-rights"} <= {c.id for c in finding.clauses}


def test_clause_set_off_after_a_colon_without_quotation_marks() -> None:
    """ "The terms state: ..." takes the clause up to the end of the sentence."""
    text = "Buried in section 9, the terms state: we may suspend your account at any time without notice. Users were upset."
    assert _find(text) == [("we may suspend your account at any time without notice", "terms of service")]


def test_colon_after_a_speaker_is_not_a_clause() -> None:
    """A spokesperson's words after a colon are not the terms."""
    assert (
        _find("Asked about the terms, a spokesperson said: we always follow the law in every market.") == []
    )


def test_block_quote_after_a_lead_in_paragraph() -> None:
    """A quote block whose previous block hands over to the privacy policy is a ToS quote."""
    units = (
        Unit("b0", "block", "The relevant passage of the company's privacy policy reads:", "paragraph"),
        Unit(
            "b1",
            "block",
            "We may disclose information to law enforcement when we believe it is required.",
            "quote",
        ),
    )
    (finding,) = TosQuoteDetector().detect(units)
    assert (finding.unit_id, finding.start, finding.end) == ("b1", 0, len(units[1].text))
    assert finding.document == "privacy policy"
    assert "law-enforcement" in {c.id for c in finding.clauses}


def test_block_after_an_unrelated_lead_in_is_not_a_quote() -> None:
    """A quote block after a lead-in that names no document is not a ToS quote."""
    units = (
        Unit("b0", "block", "The minister told parliament:", "paragraph"),
        Unit("b1", "block", "We will act on online harms this year.", "quote"),
    )
    assert TosQuoteDetector().detect(units) == []


def test_thread_about_a_document_lets_its_sections_speak() -> None:
    """Under a page about new terms, "Section 6 now says “…”" quotes those terms; elsewhere it does not."""
    about_terms = (
        Unit("title", "title", "Readers on the lock maker's new terms"),
        Unit(
            "c0",
            "comment",
            "I read the thing. Section 6 now says “we may use records of every entry for marketing”.",
        ),
    )
    (finding,) = TosQuoteDetector().detect(about_terms)
    assert finding.text == "we may use records of every entry for marketing"
    unrelated = (
        Unit("title", "title", "Readers on the new stadium"),
        Unit(
            "c0",
            "comment",
            "I read the thing. Section 6 now says “we may use records of every entry for marketing”.",
        ),
    )
    assert TosQuoteDetector().detect(unrelated) == []


def test_block_after_a_bare_quote_lead_in_in_a_thread_about_a_eula() -> None:
    """A forum post's "Quote:" hands over to the EULA the thread is about."""
    units = (
        Unit("title", "title", "Forum thread: what the game's EULA allows"),
        Unit("b0", "block", "And then there's the part everyone skips. Quote:", "paragraph"),
        Unit(
            "b1",
            "block",
            "By installing the Game, you consent to the collection of voice recordings for moderation.",
            "paragraph",
        ),
    )
    (finding,) = TosQuoteDetector().detect(units)
    assert (finding.unit_id, finding.document) == ("b1", "licence agreement")


def test_every_document_phrase_of_the_vocabulary_gives_the_quote_to_its_document() -> None:
    """Each named document of tos_quotes.toml, written out, takes the quote after it (one that names the privacy
    policy only on a page about privacy, "新ポリシー", after a word of privacy)."""
    for entry in vocabulary("tos_quotes.toml").role("document"):
        for phrase in entry.phrases:
            privacy = "個人情報の扱いが変わる。 " if entry.get("privacy_word") else ""
            sentence = f"{privacy}Their {phrase} says “we may keep your recordings for as long as we like”."
            assert _find(sentence) == [
                ("we may keep your recordings for as long as we like", entry.get("name"))
            ]


def test_every_speaker_phrase_takes_the_quote_from_the_document() -> None:
    """Each speaking word of tos_quotes.toml, after the document, makes the quote a person's."""
    for entry in vocabulary("tos_quotes.toml").role("speaker"):
        for phrase in entry.phrases:
            sentence = (
                f"Asked about the privacy policy, the founder {phrase} “we never sell anything to anyone”."
            )
            assert _find(sentence) == [], phrase


def test_every_pair_of_quotation_marks_delimits_a_quote() -> None:
    """Each opening mark of quotes.toml, closed by each of its closing marks, holds a ToS quote."""
    quotes = vocabulary("quotes.toml")
    pairs = [
        (mark, close)
        for entry in quotes.role("pair")
        for mark in entry.phrases
        for close in entry.get("closes")
    ]
    pairs += [(mark, mark) for entry in quotes.role("straight") for mark in entry.phrases]
    for opening, closing in pairs:
        sentence = f"The privacy policy says {opening}we keep every message forever{closing} in plain words."
        assert _find(sentence) == [("we keep every message forever", "privacy policy")], opening + closing


def test_an_elided_century_opens_no_quote() -> None:
    """In "the ‘90s rules ended’", the mark before the digits elides a century: nothing is quoted."""
    assert _find("The privacy policy says the ‘90s rules ended’ long ago.") == []
    assert _find("The privacy policy says the ‘new rules ended’ long ago.") == [
        ("new rules ended", "privacy policy")
    ]
