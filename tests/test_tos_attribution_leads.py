"""Whose words a quotation is, by families of real leads: a law, a bill, a ruling or a regulator
named in the lead hands its quote to no terms document, while the document may be named after the
quote, by a short name, or as the place where the company speaks. Every text here is written for
the test."""

from __future__ import annotations

import pytest

from parsers.model import Unit
from tests.tos_support import page_units, quotes_found

TITLE = "Sendl's terms of service and the law behind them"

# (paragraphs, the quotes that are the terms')
ROWS = [
    # A numbered part that is a law's name is the law: its set-off text is nobody's terms.
    (
        (
            "The terms of service say “we may remove any post at our discretion”.",
            "Federal law helps too. Section 230 says:",
            "A service is not to be treated as the author of what its users supply.",
        ),
        ["we may remove any post at our discretion"],
    ),
    (
        ("Section 230(c)(1) reads: “no service is the author of what its users post”.",),
        [],
    ),
    # A bare article beside a privacy policy is a law's; one joined to the document's name is the document's.
    (
        (
            "Lumora's privacy policy now covers photos.",
            "Article 21 says people may “object at any moment to such processing”.",
            "Article 21 of the regulation reads: “anyone may object to processing on legitimate interests”.",
        ),
        [],
    ),
    (
        (
            "Lumora changed its user agreement.",
            "Article 9 of the user agreement says members “may not resell tickets”.",
            "The old version of article 9 only covered “tickets bought at a discount”.",
        ),
        ["may not resell tickets", "tickets bought at a discount"],
    ),
    (
        (
            "Trajeo a modifié ses CGU.",
            "L'article 5 des CGU précise que l'abonné « cède ses droits sur les vidéos ».",
        ),
        ["cède ses droits sur les vidéos"],
    ),
    # The document named after the quotation, with words that make the quotation its wording.
    (
        ("“We may contact the guardian on your account” is how the user agreement puts it.",),
        ["We may contact the guardian on your account"],
    ),
    (
        ("“Fees are not refunded for partial months” comes from section 4 of the terms of service.",),
        ["Fees are not refunded for partial months"],
    ),
    (
        ("“Read it before you sign” is how the lawyer summed up the terms of service.",),
        [],
    ),
    (
        ("“We never read your notes” is what the company told users who asked about its terms.",),
        [],
    ),
    # A short name on a page whose top names the document; not the rules of a public body or a law.
    (
        (
            "Vidora has updated its creator terms for European channels.",
            "The new rules say creators “must disclose a paid partnership in the first 30 seconds”.",
            "The new rules adopted by the European Commission say platforms “must let users flag ads”.",
        ),
        ["must disclose a paid partnership in the first 30 seconds"],
    ),
    # The terms after a preposition joined to its article, the company speaking in them.
    (
        (
            "O aplicativo Rapidim publicou novos termos de uso.",
            "Nos termos, a empresa diz que pode “bloquear o acesso do entregador sem aviso prévio”.",
            "“Nenhum entregador é bloqueado sem revisão”, afirmou a assessoria.",
        ),
        ["bloquear o acesso do entregador sem aviso prévio"],
    ),
    # The company as the voice of its terms: what users grant or must do, in the present tense.
    (
        (
            "Kestrel rewrote its terms of service last week.",
            "Kestrel now says users grant it “a worldwide, royalty-free licence to host your recordings”.",
            "The company now says users “must be at least 16 to open an account”.",
        ),
        [
            "a worldwide, royalty-free licence to host your recordings",
            "must be at least 16 to open an account",
        ],
    ),
    (
        (
            "Kestrel rewrote its terms of service last week.",
            "Kestrel now says it “will not train models on customer audio”.",
            "Kestrel said users “keep every right to their audio”.",
            "A Kestrel spokesperson says users “keep every right to their audio”.",
            "Kestrel says users can opt out, calling the change “a clarification”.",
        ),
        [],
    ),
    # The Italian privacy notice by its short name, on a page that names a document.
    (
        (
            "Pronto ha aggiornato l'informativa privacy.",
            "Secondo l'informativa, l'azienda «può registrare le chiamate».",
        ),
        ["può registrare le chiamate"],
    ),
    # A pointing word after a law named in the paragraph points to the law; "the policy" does not.
    (
        (
            "FitLoop members were asked to accept new terms of service.",
            "Advocates cite the Australian Consumer Law. The relevant provision says: “a term that tips the bargain fails”.",
            "Lumora's privacy policy changed too. The GDPR is stricter. The policy says “we may keep photos for a year”.",
        ),
        ["we may keep photos for a year"],
    ),
    # A numbered part of the terms still leads to them.
    (
        (
            "The terms of service were rewritten in May. Section 9 says:",
            "We may remove or restrict any content at our sole discretion, for any reason.",
        ),
        ["We may remove or restrict any content at our sole discretion, for any reason."],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROWS)
def test_whose_words(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


# (title, paragraphs): pages whose top names no document, where a short name is a law's.
LAW_PAGES = [
    (
        "What the Digital Services Act means for you",
        ("The new rules say platforms “must give users a simple way to flag advertising”.",),
    ),
    (
        "L'informativa del governo alla Camera",
        ("Secondo l'informativa, il ministero «può rinviare il voto».",),
    ),
    (
        "Was der Digital Services Act für Händler bedeutet",
        ("Nos termos, a empresa diz que pode “bloquear o acesso sem aviso prévio”.",),
    ),
]


@pytest.mark.parametrize(("title", "paragraphs"), LAW_PAGES)
def test_short_names_need_a_page_about_a_document(title: str, paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title=title)) == []


def _thread(title: str, *comments: str) -> tuple[Unit, ...]:
    """A page with one body paragraph and a reader comment per text."""
    body = page_units("The change takes effect next month.", title=title)
    return (*body, *(Unit(f"c{index}", "comment", text) for index, text in enumerate(comments)))


# (title, comments, the quotes that are the terms'): a comment opening with a quotation in the
# document's voice quotes the document the thread is about.
THREADS = [
    (
        "Read Lumora's new cookie policy before you click accept",
        (
            "“we set analytics cookies on your first visit” — so the banner is decoration.",
            "Their press office said “no cookies are set without consent”.",
            "“you can't be serious” is all I can say.",
            "“I would never accept this”, and I did.",
        ),
        ["we set analytics cookies on your first visit"],
    ),
    (
        "Glimmer's new privacy policy",
        ("“Face templates may be kept until you delete your account”. So forever.",),
        ["Face templates may be kept until you delete your account"],
    ),
    ("Zoom's earnings beat forecasts", ("“we may keep your drafts” — so deleting does nothing.",), []),
]


@pytest.mark.parametrize(("title", "comments", "expected"), THREADS)
def test_comment_opening_with_the_documents_words(
    title: str, comments: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(_thread(title, *comments)) == expected
