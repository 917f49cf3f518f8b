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
    ("The Competition Commission seeks public comment on its draft guidelines", []),
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
