"""Terms quoted by readers in a comment thread, as commenters type them (tosrec30): a straight opening mark pasted with a
space after it, a quotation opening a sentence after the poster's own line (the parser joins a comment's lines), the
company's own "we" or "our" quoted inside a commenter's sentence once the thread has quoted its document, and a clause
quoted whole after a short reaction to the one before. The patterns of
https://forums.puri.sm/t/psa-zoom-updates-their-terms-of-service-to-use-user-content-to-train-ai/21045,
https://twitter.com/rahaeli/status/1588764577650692096, https://news.ycombinator.com/item?id=37034980 and
https://lemdro.id/post/lemdro.id/2416047. Rows where someone else speaks in the sentence before or after, where a colon
leads in, where the quotation is a commenter's own or asks, or where the thread quoted no document yet stay unlabelled.
Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import quotes_found

from annotations.detectors.quotes import find_quotes
from parsers.model import Unit

TITLE = "Quillet rewrites its terms of service"
ARTICLE = (
    "Quillet has published new terms of service. They take effect next month and cover its AI assistant."
)
# A first comment that quotes the terms by name: the thread has settled its document.
NAMED = 'Their new terms of service say "you grant Quillet a worldwide licence to your uploads". No thanks.'
FOUND = "you grant Quillet a worldwide licence to your uploads"


def _thread(*comments: str) -> tuple[Unit, ...]:
    """A title, one paragraph of article and the comments under it."""
    units = [Unit("title", "title", TITLE), Unit("b0", "block", ARTICLE)]
    units += [Unit(f"c{index}", "comment", comment) for index, comment in enumerate(comments)]
    return tuple(units)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pasted with the space the copy took after the opening mark, after a space.
        ('there is (in bold) " We will not sell your files.". Odd.', ["We will not sell your files."]),
        # At a line's start.
        ('" You may not resell the app." is new', ["You may not resell the app."]),
        # A closing mark after a space opens nothing: the quotation it closes ends there.
        ('"We may keep files " and more', []),
        # A mark inside a word never opens.
        ('x" y', []),
    ],
)
def test_a_straight_mark_opens_before_a_space(text: str, expected: list[str]) -> None:
    assert [text[quote.start : quote.end] for quote in find_quotes(text)] == expected


@pytest.mark.parametrize(
    ("comments", "expected"),
    [
        # A quotation pasted with a space inside its opening mark, in the terms' voice, opening a comment.
        (
            ('" Quillet may share your files with our partners to improve our services." Lovely.',),
            ["Quillet may share your files with our partners to improve our services."],
        ),
        # The poster's own sentence, then the clause on the next line (joined by the parser), then the reaction.
        (
            ('They changed it again. "Our partners may receive the transcripts of your calls." Great.',),
            ["Our partners may receive the transcripts of your calls."],
        ),
        (
            ('Section 4 is the worst. "We may keep your recordings after you close your account." Wow.',),
            ["We may keep your recordings after you close your account."],
        ),
        # After the thread quoted its document: the company's "our" inside a commenter's own sentence.
        (
            (NAMED, 'And I hate that they want it all "to improve our products and services" too.'),
            [FOUND, "to improve our products and services"],
        ),
        (
            (
                NAMED,
                'So every meeting can now be used "to train and improve our machine learning models". Nope.',
            ),
            [FOUND, "to train and improve our machine learning models"],
        ),
    ],
)
def test_readers_quote_the_terms(comments: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(_thread(*comments)) == expected


@pytest.mark.parametrize(
    "comments",
    [
        # Someone else speaks in the sentence before: the words may be theirs.
        ('Their support agent wrote back today. "We may refund you within five days." Never happened.',),
        ('A spokesperson replied on the forum. "Our partners never see your files." Sure.',),
        # A colon leads in: the sentence before it decides.
        ('What I wrote back to their support team: "Our family needs those files back." Sad.',),
        # A commenter's own words in the first person, or a question.
        ('Cancelled today. "I will not let my calls train anybody." Done.',),
        ('Seriously. "Can we keep our own files?" Apparently not.',),
        # The company's "our" in a commenter's sentence before the thread quoted any document.
        ('I hate that they want it all "to improve our products and services" too.',),
        # After the thread quoted its document, the company's words in a sentence where its executive speaks.
        (NAMED, 'Their CEO told us on a podcast it is all "to improve our products and services".'),
    ],
)
def test_readers_own_words_and_others_stay_unlabelled(comments: tuple[str, ...]) -> None:
    found = quotes_found(_thread(*comments))
    assert found == ([FOUND] if comments[0] == NAMED else [])


# (paragraph, the quotes that are the terms'): a clause quoted whole after a short reaction to the terms' quotation.
REACTED = [
    # A commenter pasting clause after clause, with a word of their own between.
    (
        'The terms say "Quillet may scan your files for abuse". Fine. "Scanned files are kept for ninety days." '
        "Not fine.",
        ["Quillet may scan your files for abuse", "Scanned files are kept for ninety days."],
    ),
    # A writer doing the same, the stop after the closing mark.
    (
        'The policy reads "location data is shared with advertising partners". Worse still, nothing stops them. '
        '"Partners combine it with other data sources". Ouch.',
        ["location data is shared with advertising partners", "Partners combine it with other data sources"],
    ),
    # Someone else named or speaking between: their words.
    (
        'The terms say "Quillet may scan your files for abuse". A spokesperson disagreed. '
        '"Private folders are never opened by our staff."',
        ["Quillet may scan your files for abuse"],
    ),
    (
        'The terms say "Quillet may scan your files for abuse". Its blog is kinder. '
        '"Private folders are never opened by anyone at all."',
        ["Quillet may scan your files for abuse"],
    ),
    # A colon leads in, a question, a poster's own words, a speaker after the quotation or too long a gap.
    (
        'The terms say "Quillet may scan your files for abuse". My answer to that: "Files like mine are nobody else\'s '
        'business at all."',
        ["Quillet may scan your files for abuse"],
    ),
    (
        'The terms say "Quillet may scan your files for abuse". Then the obvious question. "Who decides what abuse '
        'means in practice?"',
        ["Quillet may scan your files for abuse"],
    ),
    (
        'The terms say "Quillet may scan your files for abuse". Cancelled. "I will never upload anything there again."',
        ["Quillet may scan your files for abuse"],
    ),
    (
        'The terms say "Quillet may scan your files for abuse". Then this. "Private folders stay private at all '
        'times," a spokesperson said on Monday.',
        ["Quillet may scan your files for abuse"],
    ),
    (
        'The terms say "Quillet may scan your files for abuse". I have used the service for ten years, paid for it '
        'every month and recommended it to everyone at work. "Scanned files are kept for ninety days."',
        ["Quillet may scan your files for abuse"],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), REACTED)
def test_a_clause_quoted_after_a_reaction(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(_thread(paragraph)) == expected


_TERMS = 'Quillet has new terms. They say "Quillet may use uploaded files to train its models".'

# (the sentence after the terms' quotation, the fragment that is the terms' or None): a fragment ending the writer's
# next sentence about what the terms allow or require.
RESTATED = [
    (
        'Files can also be kept "for as long as necessary for business purposes".',
        "for as long as necessary for business purposes",
    ),
    (
        'The company can pass the content to "affiliates, contractors and successors".',
        "affiliates, contractors and successors",
    ),
    (
        'Members are allowed to post only "content they own or have licensed".',
        "content they own or have licensed",
    ),
    # A feature, someone speaking or named, a law, a label of two words, a colon or a question: not the terms' words.
    ('Users can now turn on "a dark mode for every screen".', None),
    ('A lawyer said the company may now "do whatever it likes with them".', None),
    ('Under the GDPR, users must be able to "object to such processing".', None),
    ('Files can also be kept "for ever".', None),
    ('The company can keep one thing: "every file you ever upload".', None),
    ('Files can also be kept "for how long exactly?"', None),
]


@pytest.mark.parametrize(("sentence", "fragment"), RESTATED)
def test_a_fragment_restating_the_terms(sentence: str, fragment: str | None) -> None:
    first = "Quillet may use uploaded files to train its models"
    assert quotes_found(_thread(f"{_TERMS} {sentence}")) == [first] + ([fragment] if fragment else [])
