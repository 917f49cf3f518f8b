"""A quotation that opens its sentence and is closed by who said it, whatever the verb of saying
(tos_closing_speaker): a name, a role or a person after its comma or dash, in any language, makes it
theirs; a document, a pronoun of the document, a phrase naming the quotation itself or a lead before the
quotation keeps it the document's. Every text here is written for the test."""

from __future__ import annotations

from functools import partial

import pytest
from tos_support import page_units, quotes_found

from annotations.detectors.quotes import find_quotes
from annotations.detectors.tos_closing_speaker import closing_speaker, opens_sentence, person_before

TITLE = "Payvo's new terms of service"

_units = partial(page_units, title=TITLE)

LEAD = "Payvo rewrote its terms of service last week, and many customers only noticed the new section on freezes."

# Each is labelled without the rule: it binds as terms do, on a page that names the terms, and no verb it knows closes it.
SPOKEN = [
    "“Customers must verify their identity before any withdrawal,” Tunde Bakare maintained on Tuesday.",
    "“Customers must verify their identity and carry on as before,” Bakare reiterated when asked about it.",
    "“Users must keep their passwords private,” a Payvo product manager cautioned on LinkedIn.",
    "„Wir dürfen Konten ohne Vorankündigung sperren“, stellte Geschäftsführer Markus Hofer klar.",
]

# The same shape in other languages, read by closing_speaker alone.
CLOSED_ELSEWHERE = [
    '"Pengguna wajib memakai foto asli," ujar juru bicara Payvo, Rina Hartono.',
    "“We will never lock anyone out without warning,” Kofi Asante, head of operations, reassured customers.",
    "«Никто не обязан передавать нам геолокацию», — заверил пресс-секретарь сервиса.",
    "„Każdy sprzedawca musi mieć prawo do odwołania” – zapewnił rzecznik serwisu.",
    '"Niemand hoeft zich zorgen te maken," aldus woordvoerder Pieter de Vries.',
]

KEPT = [
    # The document closes the sentence, or a pronoun of it, or a phrase that names the quotation itself.
    ("“You waive any claim against Payvo for frozen funds,” the terms of service read.", 1),
    ("“You waive any claim against Payvo for frozen funds,” it adds.", 1),
    ("“You waive any claim against Payvo for frozen funds”, a phrase the Ombudsman found too vague.", 1),
    # A lead before the quotation in its sentence decides whose it is, whatever closes it.
    (
        "The terms now say users “waive any claim against Payvo for frozen funds,” Reuters Breakingviews pointed out.",
        1,
    ),
]


@pytest.mark.parametrize("said", SPOKEN)
def test_a_quotation_closed_by_a_name_or_a_role_is_theirs(said: str) -> None:
    assert quotes_found(_units(LEAD, said)) == []


def test_a_binding_quotation_with_no_closing_speaker_is_the_documents() -> None:
    said = "“Customers must verify their identity and carry on as before.” That line sits under the heading on freezes."
    assert quotes_found(_units(LEAD, said)) == [
        "Customers must verify their identity and carry on as before."
    ]


@pytest.mark.parametrize(("text", "expected"), [(text, True) for text in SPOKEN + CLOSED_ELSEWHERE] + [
    ("“You waive any claim against Payvo,” the terms of service read.", False),
    ("“You waive any claim against Payvo,” it adds.", False),
    ("“You waive any claim against Payvo,” which worried many customers.", False),
    ("“You waive any claim against Payvo”, a phrase the Ombudsman found too vague.", False),
    ("“You waive any claim against Payvo,” Payvo states.", False),
    ("“You waive any claim against Payvo” — a power few users noticed.", False),
    ("“You waive any claim against Payvo” and nothing more.", False),
])  # fmt: skip
def test_closing_speaker_reads_the_words_after_the_quotation(text: str, expected: bool) -> None:
    quote = find_quotes(text)[0]
    assert closing_speaker(text, quote.close_mark, text[quote.close_mark + 1 :].rstrip(".")) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“We may”", True),
    ("Before that. “We may”", True),
    ("First line\n“We may”", True),
    ("The terms say “We may”", False),
    ("The terms say: “We may”", False),
])  # fmt: skip
def test_only_a_quotation_that_opens_its_sentence_is_read_for_a_closing_speaker(
    text: str, expected: bool
) -> None:
    assert opens_sentence(text, text.index("“")) is expected


@pytest.mark.parametrize(("said", "expected"), KEPT)
def test_a_quotation_closed_by_its_document_or_led_in_stays_the_documents(said: str, expected: int) -> None:
    assert len(quotes_found(_units(LEAD, said))) == expected


# A quotation right after a sentence whose subject is a named person (or under that person's colon) is theirs.
PERSON_LEADS = [
    "Mara Jensen, the company's general counsel, was blunt. “Users must arbitrate, and that will not change.”",
    "Thandi Nkosi, who leads the riders' union, did not mince words. “You must read every page before you accept.”",
    "Reader Hemi Walker from Rotorua emailed us: “You must be joking if you think anyone reads the terms.”",
]

# A company's name shaped like a person's, ended by a company word, is no person: the quotation stays the document's.
COMPANY_LEADS = [
    "Harper Lane Media followed suit. “Subscribers consent to the sale of their viewing history.”",
    "Brooke Hollis Bank updated it in May. “Customers waive class actions.”",
    "Grace Kelly Foods was blunter: “Buyers may not resell any product.”",
]


@pytest.mark.parametrize("said", COMPANY_LEADS)
def test_a_quotation_after_a_company_named_like_a_person_stays_the_documents(said: str) -> None:
    assert quotes_found(_units(LEAD, said)) == [said[said.index("“") + 1 : said.index("”")]]


# The sentence before points at the quotation as the document's, names the document, or has no person for subject.
DOCUMENT_LEADS = [
    "Consumer Watch flagged one line. “Users must arbitrate any dispute with Payvo.”",
    "Mara Jensen pointed to the terms of service. “Users must arbitrate any dispute with Payvo.”",
    "Riders noticed one thing near the end. “Users must arbitrate any dispute with Payvo.”",
]


@pytest.mark.parametrize("said", PERSON_LEADS)
def test_a_quotation_after_a_named_persons_sentence_is_theirs(said: str) -> None:
    assert quotes_found(_units(LEAD, said)) == []


@pytest.mark.parametrize("said", DOCUMENT_LEADS)
def test_a_quotation_after_a_sentence_pointing_at_the_document_stays_the_documents(said: str) -> None:
    assert quotes_found(_units(LEAD, said)) == ["Users must arbitrate any dispute with Payvo."]


@pytest.mark.parametrize(("before", "expected"), [
    ("Mara Jensen, the company's general counsel, was blunt. ", True),
    ("Dr Ana Ruiz put it plainly: ", True),
    # A full-width mark ends the sentence before, as it does where a quotation opens one.
    ("Wow！ Mara Jensen, the company's counsel, was blunt: ", True),
    ("The Verge found this. ", False),
    ("Snapbook Inc updated its terms. ", False),
    ("Snapbook Inc was blunter: ", False),
    ("Harper Lane Media followed suit. ", False),
    ("Brooke Hollis Bank changed course in May. ", False),
    ("Grace Kelly Foods was blunter: ", False),
    ("Brooke Hollis updated it in May. ", False),
    ("Grace Kelly was blunter: ", True),
    ("Harper Lane put it plainly: ", True),
    ("Mara Jensen was blunt, and then ", False),
    ("", False),
])  # fmt: skip
def test_person_before_reads_the_sentence_leading_to_a_quotation(before: str, expected: bool) -> None:
    assert person_before(before) is expected


# One of the people the terms bind, closing a quotation, is its speaker; a user's claim in the writer's clause is none.
@pytest.mark.parametrize(("said", "expected"), [
    ("“You agree to everything and get nothing,” grumbled one longtime user.", []),
    ("“You must accept every change or leave,” sighed a subscriber in Leeds.", []),
    (
        "The new section reads: “You agree to binding arbitration,” so one user's claim cannot reach a court.",
        ["You agree to binding arbitration,"],
    ),
])  # fmt: skip
def test_one_user_closing_a_quotation_is_its_speaker(said: str, expected: list[str]) -> None:
    assert quotes_found(_units(LEAD, said)) == expected
