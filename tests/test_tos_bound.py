"""A quotation whose own wording binds as terms do ("you waive", "we may", "at our sole discretion"), on a
page that names a terms document, with no lead-in (tos_bound); and the rows where the same wording is
someone else's: a spokesperson, a statement, a regulator, a name given to it, a supposition, a button, a
poster's own words, a question, or a page that names no document. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

TITLE = "Rowlo's new rules for its riders"

_units = partial(page_units, title=TITLE)

MATCHES = [
    (
        (
            "Rowlo updated its terms of service in May.",
            "Riders noticed one line near the end. “You waive any claim against Rowlo for lost deliveries” sits "
            "under the heading on disputes.",
        ),
        ["You waive any claim against Rowlo for lost deliveries"],
    ),
    (
        (
            "The app's privacy policy runs to nine pages.",
            "Buried on page six: the company keeps ride logs, and “at our sole discretion, we keep trip records for "
            "as long as we find useful.”",
        ),
        ["at our sole discretion, we keep trip records for as long as we find useful."],
    ),
    (
        (
            "Drivers have combed through the new user agreement.",
            "Most of it is routine, but “users must keep the camera on for the whole shift” has angered many.",
        ),
        ["users must keep the camera on for the whole shift"],
    ),
    (
        (
            "Les conditions d'utilisation de Rowlo ont changé.",
            "Une phrase inquiète les livreurs : « vous renoncez à toute action collective contre la société » figure "
            "désormais en bas de page.",
        ),
        ["vous renoncez à toute action collective contre la société"],
    ),
]

NO_MATCH = [
    # A spokesperson's words, before or after, or a statement's.
    (
        "Rowlo updated its terms of service in May.",
        "A spokesperson said “we may revisit the camera rule after the summer.”",
    ),
    (
        "Rowlo updated its terms of service in May.",
        "“Users must feel safe on every ride,” the chief executive added.",
    ),
    (
        "Rowlo updated its terms of service in May.",
        "In a statement: “we reserve the right to change course if riders object.”",
    ),
    # What a regulator names the clause, or what someone supposes the terms say.
    (
        "Rowlo updated its terms of service in May.",
        "The watchdog, calling it “a licence to watch drivers all day”, opened an inquiry.",
    ),
    (
        "Rowlo updated its terms of service in May.",
        "Most riders assume the policy says “you may cancel any time”, but it does not.",
    ),
    # A poster's own voice, and a question.
    (
        "Rowlo updated its terms of service in May.",
        "My reply to them was “I agree to nothing you agree to”.",
    ),
    (
        "Rowlo updated its terms of service in May.",
        "The real question is “you agree to what, exactly?”",
    ),
    # Binding wording, but nothing on the page names a terms document.
    (
        "Rowlo's riders met the mayor on Friday.",
        "Banners at the rally read “you must not park on the cycle lane”.",
    ),
    # The sentence denies the document says it: what the terms lack, not their wording.
    (
        "Rowlo updated its terms of service in May.",
        "The terms do not say “we may sell your photos”.",
    ),
    (
        "Rowlo updated its terms of service in May.",
        "Nothing in the policy says “we may keep your trips for ten years”.",
    ),
    # No binding wording: a promise or a quip is not a clause.
    (
        "Rowlo updated its terms of service in May.",
        "On the riders' forum, “we will build a better app” has become a running joke.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), MATCHES)
def test_binding_quotation_without_a_lead_is_the_documents(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NO_MATCH)
def test_binding_wording_given_to_someone_else_is_left_alone(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(_units(*paragraphs)) == []


def test_binding_wording_named_as_a_button_is_left_alone() -> None:
    units = _units(
        "Rowlo updated its terms of service in May.",
        "Riders can flip the toggle labelled “we may use your voice recordings” to off.",
    )
    assert quotes_found(units) == []


SET_OFF = "“We may keep your voice recordings for as long as we need them.”"


def test_a_binding_quotation_set_off_alone_is_the_documents_when_nobody_else_is_named() -> None:
    units = _units("Rowlo updated its privacy policy in May.", SET_OFF, "Riders only found out weeks later.")
    assert quotes_found(units) == ["We may keep your voice recordings for as long as we need them."]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Rowlo updated its privacy policy in May. A spokesperson said:",
            SET_OFF,
            "Riders were not convinced.",
        ),
        ("Rowlo updated its privacy policy in May.", SET_OFF, "That was the company's statement on Friday."),
        ("Rowlo's riders met the mayor on Friday.", SET_OFF, "Riders only found out weeks later."),
    ],
)
def test_a_binding_quotation_set_off_alone_is_left_to_a_speaker_named_around_it(
    paragraphs: tuple[str, ...],
) -> None:
    assert quotes_found(_units(*paragraphs)) == []


# The company's own name where the clause would say "we": the name, then a modal or a disclaimer.
NAME_FOR_WE = [
    (
        (
            "Rowlo rewrote its terms of use in March.",
            "Few riders noticed that “Rowlo reserves the right to close any account idle for a year” sits under "
            "billing.",
        ),
        ["Rowlo reserves the right to close any account idle for a year"],
    ),
    (
        (
            "The app's user agreement is four pages long.",
            "Near the end, “Rowlo can reuse any photo you upload in its own adverts” drew the most complaints.",
        ),
        ["Rowlo can reuse any photo you upload in its own adverts"],
    ),
    (
        (
            "Rowlo updated its terms of service in May.",
            "The line “Rowlo Deliveries Ltd will not be liable for food that arrives cold” angered diners.",
        ),
        ["Rowlo Deliveries Ltd will not be liable for food that arrives cold"],
    ),
]

NAME_FOR_WE_NO_MATCH = [
    # Someone says it, before or after.
    (
        "Rowlo rewrote its terms of use in March.",
        "A spokesperson said “Rowlo may add a cheaper plan next year.”",
    ),
    (
        "Rowlo rewrote its terms of use in March.",
        "“Rowlo can do much better than this,” the founder added.",
    ),
    # A word that opens a sentence and is no company, a promise, and a possessive.
    (
        "Rowlo rewrote its terms of use in March.",
        "On the riders' forum, “They can cancel whenever they like” has become a motto.",
    ),
    (
        "Rowlo rewrote its terms of use in March.",
        "On the riders' forum, “Rowlo will build a better app” has become a running joke.",
    ),
    (
        "Rowlo rewrote its terms of use in March.",
        "On the riders' forum, “Rowlo's couriers may strike in June” has become a rumour.",
    ),
    # The name mid-quotation is no clause's subject; and a page that names no document.
    (
        "Rowlo rewrote its terms of use in March.",
        "On the riders' forum, “honestly Rowlo may be the cheapest option” got many replies.",
    ),
    (
        "Rowlo's riders met the mayor on Friday.",
        "Banners at the rally read “Rowlo may not ban riders without a hearing”.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NAME_FOR_WE)
def test_the_companys_name_in_place_of_we_binds_as_terms_do(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", NAME_FOR_WE_NO_MATCH)
def test_a_name_and_a_modal_said_by_someone_or_not_opening_the_clause_is_left_alone(
    paragraphs: tuple[str, ...],
) -> None:
    assert quotes_found(_units(*paragraphs)) == []


# The clause may begin after the first of the words read before the quotation: "Under the update, Rowlo may “…”"
# begins at "Rowlo", not at "update,".
BEGUN_MID_SENTENCE = [
    (
        (
            "Riders were asked to accept a new privacy notice this week.",
            "Under the update, Rowlo may “match delivery logs with data from bike locks” and keep them “for two "
            "years after you stop riding”.",
        ),
        ["match delivery logs with data from bike locks", "for two years after you stop riding"],
    ),
    (
        (
            "Rowlo rewrote its terms of use in March.",
            "From June on, Rowlo reserves the right to “close accounts that stay idle for a year”.",
        ),
        ["close accounts that stay idle for a year"],
    ),
]

BEGUN_MID_SENTENCE_NO_MATCH = [
    # Someone else says the company may: the speaker's words.
    (
        "Riders were asked to accept a new privacy notice this week.",
        "Critics say Rowlo may “use the data for anything it likes”.",
    ),
    # A promise ("will") begun after a comma binds no more than one at the start.
    (
        "Riders were asked to accept a new privacy notice this week.",
        "Next year, Rowlo will “open three new cities”.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), BEGUN_MID_SENTENCE)
def test_a_clause_begun_after_the_first_words_before_the_quotation_binds(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_units(*paragraphs)) == expected


@pytest.mark.parametrize("paragraphs", BEGUN_MID_SENTENCE_NO_MATCH)
def test_a_clause_begun_mid_sentence_said_by_someone_or_promised_is_left_alone(
    paragraphs: tuple[str, ...],
) -> None:
    assert quotes_found(_units(*paragraphs)) == []


# A binding quotation set off alone under a sentence whose subject is the change and whose verb tells what it holds:
# the verb ("adds") and its object ("an explanation") are the document's, nobody speaking.
CHANGE_TELLS_LEAD = "Rowlo rewrote its terms of service on Monday."
CHANGE_TELLS_CLAUSE = "“You may not copy delivery data by automated means without our permission.”"


@pytest.mark.parametrize(
    "sentence",
    [
        "The update also adds an explanation about scraping.",
        "The changes also add an explanation of scraping.",
    ],
)
def test_a_clause_set_off_under_the_change_that_adds_it_is_the_documents(sentence: str) -> None:
    found = quotes_found(_units(CHANGE_TELLS_LEAD, sentence, CHANGE_TELLS_CLAUSE, "That is new."))
    assert found == ["You may not copy delivery data by automated means without our permission."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The update follows a statement from the chief executive.",
        "The update, a spokesperson said, adds a line on scraping.",
        "The changes say a lot, the lawyer said.",
        "The update adds an explanation, the company said.",
    ],
)
def test_a_clause_set_off_under_a_change_someone_else_speaks_of_is_left_alone(sentence: str) -> None:
    assert quotes_found(_units(CHANGE_TELLS_LEAD, sentence, CHANGE_TELLS_CLAUSE, "That is new.")) == []


# "found that" is a court's or a regulator's finding, not the writer's own "I found that" about reading the document.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I found that Rowlo may “close any account for any reason”.", ["close any account for any reason"]),
        ("We found that Rowlo may “close any account for any reason”.", ["close any account for any reason"]),
        ("The court found that Rowlo may “close any account for any reason”.", []),
        # The subject before "found" is read past auxiliaries and adverbs.
        (
            "I also found that Rowlo may “close any account for any reason”.",
            ["close any account for any reason"],
        ),
        (
            "We’ve found that Rowlo may “close any account for any reason”.",
            ["close any account for any reason"],
        ),
        (
            "I have found that Rowlo may “close any account for any reason”.",
            ["close any account for any reason"],
        ),
        ("The regulator also found that Rowlo may “close any account for any reason”.", []),
        ("The watchdog, in its ruling, found that Rowlo may “close any account for any reason”.", []),
    ],
)
def test_the_writers_own_finding_is_no_courts(sentence: str, expected: list[str]) -> None:
    assert quotes_found(_units("Rowlo rewrote its terms of use in March.", sentence)) == expected
