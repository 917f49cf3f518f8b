"""Quotations whose own sentence names the document and that were still missed (tosrec24, session 37): a space typed
inside the opening mark ("says: “ We may …”") or the opening mark typed again to close ("“… the Service.“"); "under"
and "per" giving a pronoun's clause to the document ("Under its policy, it may “…”"); a document that names a thing
in its own words ("The policy calls ad brokers “trusted partners”", "uses the phrase “…”"); a document's possessive
right before the quotation ("Critics pointed to the terms' “perpetual licence”"); "the licence" on a page about terms
of service; and a ruling that quotes the document after its own verb ("…”, the decision notes"). Each has its
near misses: someone else under fire for the terms, someone else who calls the policy a name, a broadcaster's
licence, a support statement. Pages of these shapes: a US blog comparing photo sites' licences (com585), Indian and
UK news on a messaging app's 2021 policy, Korean news in English on the PIPC's ad-platform fines. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

from annotations.detectors.quotes import find_quotes

TITLE = "Nimbo rewrites its terms"
INTRO = "Nimbo, a photo app, changed its terms of service and privacy policy this month.\n\n"
LICENCE_INTRO = "Nimbo, a photo app, changed its terms of service this month.\n\n"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The policy says: “ We may share your routes.” Users were cross.", ["We may share your routes."]),
        ("“ …reproduce your photos for the Service,” it reads.", ["…reproduce your photos for the Service,"]),
        ("Some sites limit the licence to “… host your photos for the Service.“ Others do not.",
         ["… host your photos for the Service."]),
        # German closes on “ after text: the mark stays a closing one there.
        ("Die AGB sprechen von „Verbesserung der Dienste.“ Danach folgt „mehr“.",
         ["Verbesserung der Dienste.", "mehr"]),
        ("He wrote „Daten“ und dann „Modelle“ in die Liste.", ["Daten", "Modelle"]),
    ],
)  # fmt: skip
def test_opening_marks_typed_with_a_space_or_again_to_close(text: str, quoted: list[str]) -> None:
    assert [text[quote.start : quote.end] for quote in find_quotes(text)] == quoted


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The updated privacy notice says: “ We may share your location with partners.”",
         ["We may share your location with partners."]),
        ("Some rivals limited the licence to “… host your photos solely to run the Service.“ Nimbo did not.",
         ["… host your photos solely to run the Service."]),
        ("Under its policy, it may “share your location with partners”.", ["share your location with partners"]),
        ("Under the new terms, it can “keep your photos after you leave”.", ["keep your photos after you leave"]),
        ("Per the terms, they can “sell aggregated data to partners”.", ["sell aggregated data to partners"]),
        ("The policy calls ad brokers “trusted third parties”.", ["trusted third parties"]),
        ("What the policy calls “trusted third parties” are ad brokers.", ["trusted third parties"]),
        ("The policy uses the phrase “trusted partners” eleven times.", ["trusted partners"]),
        ("Critics pointed to the terms' “perpetual and irrevocable licence” as the worst part.",
         ["perpetual and irrevocable licence"]),
        ("Lawyers singled out the terms’ sweeping “perpetual and irrevocable licence”.",
         ["perpetual and irrevocable licence"]),
        ("Critics say the policy's “share with trusted partners” wording goes too far.",
         ["share with trusted partners"]),
        ("Nimbo's privacy policy describes that data as information used “to show you more useful ads,” the decision notes.",
         ["to show you more useful ads,"]),
        # People the document hands data to do not speak.
        ("The privacy notice states that the clinic may disclose your records to federal officials “in order to protect the President”.",
         ["in order to protect the President"]),
        ("The policy says Nimbo may hand data to regulators “when the law requires it”.", ["when the law requires it"]),
        ("This was the older version of the privacy policy “Respect for your photos is part of who we are.”",
         ["Respect for your photos is part of who we are."]),
        # Cut off by the end of the excerpt inside a left single mark.
        ("This was the older version of the privacy policy ‘Respect for your photos is part of who we are.",
         ["Respect for your photos is part of who we are."]),
        ("Back then the older privacy policy said ‘We will never sell your photos to anyone",
         ["We will never sell your photos to anyone"]),
    ],
)  # fmt: skip
def test_the_document_named_in_the_line_speaks(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, INTRO + body) == found


@pytest.mark.parametrize(
    "body",
    [
        "The licence says “you may not reverse engineer the app”.",
        "Nimbo's licence says “you may not reverse engineer the app”.",
        "The user licence says “you may not copy the app”.",
    ],
)
def test_the_licence_on_a_page_about_terms_of_service(body: str) -> None:
    assert article_quotes(TITLE, LICENCE_INTRO + body) != []


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Under fire or scrutiny over the terms: the document is the topic, the company speaks.
        (TITLE, INTRO + "Under scrutiny over the policy, it vowed to be “more transparent with users”."),
        # Someone else calls the document a name, or a plural "call" has another subject.
        (TITLE, INTRO + "Critics call the policy “a data grab dressed up as a favour”."),
        (TITLE, INTRO + "Nimbo calls its new policy “simple and fair for everyone”."),
        (TITLE, INTRO + "The new policy is what privacy groups call “a blank cheque”."),
        (TITLE, INTRO + "The app calls the feature “smart photo sharing”."),
        # A possessive with a noun of its own between: the regulator's view of the approach.
        (TITLE, INTRO + "The regulator criticised the policy's approach as “far too vague for users”."),
        # A quotation beside the document that goes on with the writer's sentence, or a title in capitals.
        (TITLE, INTRO + "He read the terms “out loud to the whole room”."),
        (TITLE, INTRO + "I accepted the privacy policy “Without Reading A Word” as usual."),
        # An elided century in the last paragraph opens no quotation.
        (TITLE, INTRO + "The privacy policy has not changed much since the ‘90s, when the first version said so"),
        # People spoken to who then speak, or a speaker who speaks to them.
        (TITLE, INTRO + "Nimbo sent the policy to regulators and said it was “fully lawful”."),
        (TITLE, INTRO + "Speaking to officials about the policy, Nimbo's founder promised “a fairer deal”."),
        (TITLE, INTRO + "The policy was sent to regulators, who called it “a step backwards”."),
        # A left single mark typed apart before punctuation in the last paragraph opens nothing.
        (TITLE, INTRO + "The terms grant a licence ‘ perpetual and irrevocable ‘, which no court here would uphold"),
        # A company's support statement after the document's verb keeps the words, as before.
        (TITLE, INTRO + "Nimbo's terms of service say the firm may “pause any account”, according to a support statement."),
        # A broadcaster's licence on a page about its licence, and a licence on a page about a privacy policy.
        ("Ofcom renews Nimbo TV licence",
         "The regulator renewed the broadcaster's licence this week.\n\n"
         "The licence says the channel must “carry regional news every day”."),
        ("Nimbo changes its privacy policy",
         "Nimbo changed its privacy policy this month.\n\nThe licence says “you may not reverse engineer the app”."),
    ],
)  # fmt: skip
def test_near_misses_stay_unlabelled(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("The policy bans “automated means” of access.", ["automated means"]),
        ("Nimbo's terms of service bars users from “scraping or crawling the service”.",
         ["scraping or crawling the service"]),
        ("The policy talks of “trusted partners” without naming them.", ["trusted partners"]),
        ("The policy refers only to “service providers and partners”.", ["service providers and partners"]),
        ("The policy boasts that Nimbo “never sells your photos”.", ["never sells your photos"]),
        ("The clinic's notice of privacy practices says it may “share your records with insurers”.",
         ["share your records with insurers"]),
        ("Its notice at collection says Nimbo “may sell your personal information”.",
         ["may sell your personal information"]),
    ],
)  # fmt: skip
def test_more_verbs_and_names_of_the_document(body: str, found: list[str]) -> None:
    assert article_quotes(TITLE, INTRO + body) == found


@pytest.mark.parametrize(
    "body",
    [
        # A ban or a vow that is someone else's, or the noun "ban".
        "Regulators banned what they called “dark patterns” in the policy.",
        "Nimbo's founder vowed the policy would “put users first”.",
        "The ban on “automated means” came from the regulator, not the policy.",
        # A notice of another kind.
        "The notice of appeal says the ruling “ignored the facts”.",
    ],
)
def test_more_near_misses(body: str) -> None:
    assert article_quotes(TITLE, INTRO + body) == []
