"""ToS quotes on European-language and English pages, session 43 (tosblock43): rows in our own words after real pages.

A clause set off under a lead-in that names its own defined terms in marks ("…, nachfolgend “das Material”") is the
clause, one span: the marks hold a term's name, not wording the writer quotes from it (blogbar.de on a magazine's new
AGB). A writer's paragraph after a set-off clause that says "I’m" with a curly apostrophe is the writer's, as with a
straight one (techmalak.com on a smart TV's privacy policy); a feature's name in marks ("the “Find My Bike” feature")
says nobody's "my", and the clause goes on (daringfireball.net on Apple's location wording). A writer's gloss of a
word ("a legal phrase meaning “…”") is the writer's (commondatarights-style policy explainers). Guidelines a public
body's sentence points to with "its" are the regulator's, not community guidelines (cliffedekkerhofmeyr.com on a
competition commission's penalty guidelines). "The changed terms" names the terms as "the new terms" does
(fastcompany.com on 23andMe's arbitration terms).
"""

from __future__ import annotations

import pytest

from annotations.detectors.tos_mentions import document_mentions
from tests.tos_support import page_units, quotes_found

TITLE = "Velora changes its terms"
DE_TITLE = "Neue AGB bei Velora"
DE_LEAD = "Gestern hat Velora neue AGB vorgestellt, die es in sich haben:"
DE_CLAUSE = (
    "Stellt ein Nutzer Fotos oder Texte (nachfolgend “die Beiträge”) auf die Plattform, räumt er Velora das "
    "unbeschränkte Recht ein, die Beiträge zu bearbeiten und zu verbreiten."
)
EN_CLAUSE = (
    "Each user grants Velora a licence to the uploaded files (hereinafter the “Material”) for any purpose "
    "Velora chooses."
)

DEFINED_BLOCKS = [
    # The clause names its own defined term in marks: the whole paragraph is the clause.
    (DE_TITLE, DE_LEAD, DE_CLAUSE, [DE_CLAUSE]),
    (TITLE, "Velora's new terms of service read:", EN_CLAUSE, [EN_CLAUSE]),
    # A writer's item quoting the document's words, no defining word before them: only the quotation.
    (
        TITLE,
        "Velora's new terms of service read:",
        "So the company may now use files “for any purpose Velora chooses” without asking.",
        ["for any purpose Velora chooses"],
    ),
]


@pytest.mark.parametrize(("title", "lead", "block", "expected"), DEFINED_BLOCKS)
def test_defined_term_in_set_off_clause(title: str, lead: str, block: str, expected: list[str]) -> None:
    assert quotes_found(page_units(lead, block, title=title)) == expected


LEAD = "Here is some of what its privacy policy says:"
CLAUSE = (
    "Please note that sounds picked up near the speaker may be sent to a partner that turns speech into text."
)
AFTER_BLOCK = [
    # The writer goes on in the first person, with a curly or a straight apostrophe: the clause has ended.
    ("How many of us read any of this? I’m sure few do, myself included.", [CLAUSE]),
    ("How many of us read any of this? I'm sure few do.", [CLAUSE]),
    # A feature's name in marks says nobody's "my": the clause goes on.
    (
        "Some features offered by Velora, such as the “Find My Bike” feature, require your account details to work.",
        [
            CLAUSE,
            "Some features offered by Velora, such as the “Find My Bike” feature, require your account details to work.",
        ],
    ),
    # A poster's own "my" outside any marks still ends it.
    ("Some features offered by Velora need my account details to work, you see.", [CLAUSE]),
]


@pytest.mark.parametrize(("after", "expected"), AFTER_BLOCK)
def test_paragraph_after_set_off_clause(after: str, expected: list[str]) -> None:
    assert quotes_found(page_units(LEAD, CLAUSE, after, title="Velora's speaker privacy policy")) == expected


GLOSSES = [
    # The writer glosses a word of the policy: the second quotation is the writer's.
    (
        "The privacy policy says changes apply if they are “material,” a legal phrase meaning “actually changes "
        "your rights,” and not otherwise.",
        [],
    ),
    ("Das heißt „die Daten werden gelöscht“, so der Autor.", []),
    # The policy's own words after its name stay the document's.
    (
        "The privacy policy says changes apply when “we notify you by email,” and not otherwise.",
        ["we notify you by email,"],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), GLOSSES)
def test_writer_gloss(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Velora's privacy policy")) == expected


GUIDELINES = [
    # A public body's sentence points to its own guidelines: no company's document.
    ("The Competition Commission invites comments on its draft guidelines until May", []),
    ("The Data Authority has published their new guidelines today.", []),
    # A company's own: its community guidelines, named or pointed to.
    ("Chatterly updated its community guidelines.", ["community guidelines"]),
    ("Chatterly said its new guidelines ban such posts.", ["community guidelines"]),
]


@pytest.mark.parametrize(("sentence", "expected"), GUIDELINES)
def test_public_body_guidelines(sentence: str, expected: list[str]) -> None:
    assert [mention.name for mention in document_mentions(sentence)] == expected


CHANGED = [
    (
        "The changed terms continue to require arbitration on an individual basis “in certain circumstances.”",
        ["in certain circumstances."],
    ),
    (
        "Velora's amended terms now let it keep uploads “for as long as necessary.”",
        ["for as long as necessary."],
    ),
    # A change that is no document's: the writer's sentence quotes someone.
    ("The changed rules, a lawyer said, are “a step backwards.”", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), CHANGED)
def test_changed_terms_subject(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=TITLE)) == expected


# Pages comparing several services' terms (opendna.com, jeremygibbs.com, zdnet.com on cloud storage terms): each
# service's clause under its name, as a label before an opening mark nothing closes ("Dropbox: “By using …") or as a
# heading line between two set-off clauses ("Microsoft SkyDrive").
COMPARE_TITLE = "Comparing the terms of three cloud drives"
COMPARE_LEAD = "Here is what each service's terms of service say about your files:"
NEWS_LEAD = "Boxly changed its terms of service this week."
LEFT_OPEN = "By using Boxly you give us files that you store (together, “your stuff”). You keep full ownership of your stuff."
CLOSED = "You keep ownership of anything you upload to Drivio."

LABELLED_OPENINGS = [
    # A service's name as a label, its clause left open at the paragraph's end: the clause.
    (COMPARE_LEAD, [f"Boxly: “{LEFT_OPEN}", f"Drivio: “{CLOSED}”"], [LEFT_OPEN, CLOSED]),
    # The same clause closed: as before.
    (COMPARE_LEAD, [f"Boxly: “{CLOSED}”"], [CLOSED]),
    # A lawyer's words under her name, on a page of news: hers, whatever the label.
    (
        NEWS_LEAD,
        ["Ana Ruiz, a lawyer: “Users lose control of their files for good.", "Boxly gave no comment."],
        [],
    ),
]


@pytest.mark.parametrize(("lead", "paragraphs", "expected"), LABELLED_OPENINGS)
def test_label_before_open_quotation(lead: str, paragraphs: list[str], expected: list[str]) -> None:
    assert quotes_found(page_units(lead, *paragraphs, title=COMPARE_TITLE)) == expected


FIRST = "We may need your permission to store your files and to show previews of them to you."
SECOND = (
    "You understand that Skyvault may need, and you hereby grant Skyvault the right, to copy and display content "
    "posted on the service only as far as needed to run it."
)
HEADINGS = [
    # A service's name between two clauses: the next clause binds, and is the document's.
    (["Skyvault Drive", SECOND], [FIRST, SECOND]),
    # A heading that is no name, or prose after a name: the block has ended.
    (["Our verdict", SECOND], [FIRST]),
    (["Skyvault Drive", "Skyvault was quick to answer the criticism on Tuesday."], [FIRST]),
]


@pytest.mark.parametrize(("after", "expected"), HEADINGS)
def test_service_heading_between_clauses(after: list[str], expected: list[str]) -> None:
    lead = "Let's look at a few lines from their terms of service."
    assert quotes_found(page_units(lead, FIRST, *after, title=COMPARE_TITLE)) == expected


AFTER_CLAUSE = [
    # The writer's note on the excerpts is the writer's, not more of the clause.
    (
        "All text is copied from the terms pages as of May 2, 2024. Do not rely on these excerpts without advice.",
        [],
    ),
    # A clause naming the content posted on a service binds, nobody posts.
    (
        "You grant us the right to display content posted on the service.",
        ["You grant us the right to display content posted on the service."],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), AFTER_CLAUSE)
def test_paragraph_after_lead(paragraph: str, expected: list[str]) -> None:
    lead = "The following text is taken from the terms of service of popular storage services:"
    assert quotes_found(page_units(lead, paragraph, title=COMPARE_TITLE)) == expected


def test_spanish_small_print_names_the_terms() -> None:
    lead = "Resulta que las letras chiquitas dicen que todo lo que subas es de ellos. La cita textual es:"
    clause = "You hereby grant Fotolo a perpetual licence to use any content you post."
    assert quotes_found(page_units(lead, clause, title="Fotolo se adueña de tus fotos")) == [clause]
