"""ToS recall, session 41 (tosrec32): a company that "says" what it may do, paragraphs after its document was named.

An article names the privacy notice or the terms once, quotes them, then goes on in the company's name: "Nissan says it
can share and sell “inferences drawn from …”" (sextechguide on the car makers' privacy notices). In the present tense,
with the company (or "the company", "the app") saying that it can, may or has the right to do something, the quoted
words are the document's on a page about it. A past-tense "said", someone else saying it, or words in a statement's
voice stay out. So do other present-tense verbs of what a text says ("notes", "writes", "spells out", "goes on to say")
with a permission or a duty running from the verb into the quotation; verbs of a statement ("explains"), a statement
named in the sentence, a promise ("will never") and a critic as the subject do not.
"""

from __future__ import annotations

import pytest

from tests.tos_support import page_units, quotes_found

TITLE = "Carmakers' privacy notices let them collect far more than drivers think"
NAMED = (
    "Vellmor's privacy notice states that it can collect a driver's “precise geolocation” and “voice recordings”. "
    "The carmaker did not answer questions about how often it does."
)
BETWEEN = "Connected cars now send data home every few minutes, a researcher who studied the notices found."

CASES = [
    # (the paragraph two paragraphs after the document's, the quotations of it that are terms)
    (
        "Vellmor says it can share and sell “profiles built from the data we collect about your driving habits”.",
        ["profiles built from the data we collect about your driving habits"],
    ),
    (
        "The company also states that it may pass “your location history to our insurance partners”.",
        ["your location history to our insurance partners"],
    ),
    (
        "Vellmor says they are allowed to keep “recordings of you and your passengers for as long as necessary”.",
        ["recordings of you and your passengers for as long as necessary"],
    ),
    # A present-tense verb of what a text says, the company as its subject, a permission or duty running into the quote.
    (
        "Vellmor notes that it “may keep trip logs for up to ten years after the car is sold”.",
        ["may keep trip logs for up to ten years after the car is sold"],
    ),
    (
        "In a section few drivers will read, the carmaker spells out that it “may disclose data to law enforcement”.",
        ["may disclose data to law enforcement"],
    ),
    (
        "The company goes on to say it can “use cabin audio to improve our services”.",
        ["use cabin audio to improve our services"],
    ),
    # A statement's verb, a statement named, a promise, or a critic naming the company: not the document's.
    ("Vellmor explains that it “may keep trip logs for up to ten years after the car is sold”.", []),
    (
        "In a blog post, Vellmor notes that it “may keep trip logs for up to ten years after the car is sold”.",
        [],
    ),
    ("Vellmor notes that it “will never sell your driving data”.", []),
    ("Mozilla notes that Vellmor may “keep trip logs for up to ten years after the car is sold”.", []),
    # Past tense: a statement reported.
    (
        "Vellmor said it can share “profiles built from the data we collect about your driving habits”.",
        [],
    ),
    # The company's statement voice.
    ("Vellmor says it can “take the privacy of our customers seriously”.", []),
    # Someone else says what the company may do.
    (
        "Critics say it can share “profiles built from the data we collect about your driving habits”.",
        [],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_company_says_it_may(paragraph: str, expected: list[str]) -> None:
    found = quotes_found(page_units(NAMED, BETWEEN, paragraph, title=TITLE))
    assert found[2:] == expected


LIST_TITLE = "Pindle's new terms: what changes for your posts"
NEWS_UNDER_LABEL = (
    "Pindle's new terms of service: Key changes and what they mean: Pindle will roll out major updates to its "
    "terms of service on March 3, which will affect how posts are used."
)
LIST_CASES = [
    # A list item under the news: users required to agree that the company may do something.
    (
        "The biggest change lets Pindle mine public posts, with users required to agree that Pindle can "
        "“study the posts and pictures you share” to build its recommendation models.",
        ["study the posts and pictures you share"],
    ),
    # The label before the writer's news of the change, naming "its terms of service", sets off no clause.
    ("Users who disagree can close their accounts before then.", []),
]


@pytest.mark.parametrize(("item", "expected"), LIST_CASES)
def test_change_list_under_terms(item: str, expected: list[str]) -> None:
    units = page_units(NEWS_UNDER_LABEL, item, title=LIST_TITLE, kinds=("paragraph", "list_item"))
    assert quotes_found(units) == expected


PLAY_TITLE = "Quillo rewrites its terms of service, and users are not happy"
QUOTED = (
    "Quillo, the photo-sharing app, published new terms of service last week. The terms say users grant it "
    "“a worldwide licence to host and display your uploads”."
)
PLAY_CASES = [
    # (the writer's paragraph in between, the pronoun's paragraph, the quotations of it that are terms)
    (
        "Many users only noticed the change when the app asked them to accept it.",
        "It also says users “agree to receive marketing messages from our partners”.",
        ["agree to receive marketing messages from our partners"],
    ),
    (
        "Many users only noticed the change when the app asked them to accept it.",
        "Further down, it says users “waive any right to a jury trial”.",
        ["waive any right to a jury trial"],
    ),
    (
        "Many users only noticed the change when the app asked them to accept it.",
        "It adds that Quillo “may suspend any account at its sole discretion”.",
        ["may suspend any account at its sole discretion"],
    ),
    # Someone speaks in between, or a law is named: the pronoun may be theirs.
    (
        "Quillo said in a statement that nothing had changed for users.",
        "It also says users “agree to receive marketing messages from our partners”.",
        [],
    ),
    (
        "Critics called the change a land grab.",
        "It also says users “agree to receive marketing messages from our partners”.",
        [],
    ),
    (
        "A bill before parliament would go much further than any company has.",
        "It says platforms “must delete your data within 30 days”.",
        [],
    ),
    # Nothing binds in the quotation: a statement's or a story's words.
    (
        "Many users only noticed the change when the app asked them to accept it.",
        "It says it was “deeply disappointed by the reaction”.",
        [],
    ),
]


@pytest.mark.parametrize(("between", "paragraph", "expected"), PLAY_CASES)
def test_document_still_in_play(between: str, paragraph: str, expected: list[str]) -> None:
    found = quotes_found(page_units(QUOTED, between, paragraph, title=PLAY_TITLE))
    assert found[1:] == expected


def test_document_out_of_play_three_paragraphs_on() -> None:
    between = "Many users only noticed the change when the app asked them to accept it."
    paragraph = "It also says users “agree to receive marketing messages from our partners”."
    found = quotes_found(page_units(QUOTED, between, between, paragraph, title=PLAY_TITLE))
    assert found[1:] == []
