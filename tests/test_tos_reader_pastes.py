"""Terms that readers and posters paste under a lead-in (tos-real-styles-30): a lead line that opens a
numbered clause list in one paragraph, a second lead line under a post header, promotion terms ("the offer
terms state:"), a clause cited by number with the terms after it ("Cláusula 7.2 dos termos:"), a Japanese
"約款にはこうあります。"; and what stays the writer's. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Comments on the app"
CLAUSE = "We may close the account at any time after giving thirty days' notice."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("I was promised a refund. Their offer terms state:", [CLAUSE]),
        ("The loyalty programme terms say:", [CLAUSE]),
        ("Cláusula 7.2 dos termos do banco, copiei daqui:", [CLAUSE]),
        ("Punkt 5 der Bedingungen:", [CLAUSE]),
        # An offer, a clause, conditions that are no document's: nothing is handed over.
        ("I was promised a refund. Their offer was clear:", []),
        ("Ele vive nas condições atuais:", []),
        ("Seção 4 do livro de receitas diz:", []),
    ],
)
def test_a_lead_in_naming_offer_terms_or_a_numbered_clause_hands_over(lead: str, expected: list[str]) -> None:
    assert (
        quotes_found(page_units(lead, CLAUSE, "That is not what support told me.", title=TITLE)) == expected
    )


def test_a_lead_line_that_opens_a_numbered_list_is_one_span_and_each_clause_another() -> None:
    units = page_units(
        "Copying this from the app's conditions of use:",
        "The user agrees that:\n1. the car sends driving data to the maker;\n2. the data is kept for five years;"
        "\n3. the maker uses it to improve its services.",
        "Five years is far too long.",
        title=TITLE,
    )
    assert quotes_found(units) == [
        "The user agrees that:",
        "the car sends driving data to the maker;",
        "the data is kept for five years;",
        "the maker uses it to improve its services.",
    ]


def test_a_lead_line_with_one_numbered_clause_stays_one_block() -> None:
    units = page_units(
        "Copying this from the app's conditions of use:",
        "The user agrees that: 1. the car sends driving data to the maker.",
        title=TITLE,
    )
    assert quotes_found(units) == ["The user agrees that: 1. the car sends driving data to the maker."]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Respuesta de contador_cdmx:",
            ["Podremos transferir sus datos a despachos de cobranza si hay un adeudo."],
        ),
        ("Mensaje de ana_gdl:", ["Podremos transferir sus datos a despachos de cobranza si hay un adeudo."]),
    ],
)
def test_a_second_lead_line_under_a_post_header_is_no_clause(header: str, expected: list[str]) -> None:
    units = page_units(
        header,
        "Del aviso de privacidad de la app, tal cual:",
        "Podremos transferir sus datos a despachos de cobranza si hay un adeudo.",
        "Eso no me lo dijeron.",
        title="Foro: app de préstamos",
    )
    assert quotes_found(units) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "契約前に約款を全部読みました。約款にはこうあります。",
            ["契約者が解約を申し出た場合、当月末日をもって契約を終了します。"],
        ),
        (
            "利用規約にはこう書かれています。",
            ["契約者が解約を申し出た場合、当月末日をもって契約を終了します。"],
        ),
        # Someone speaking "like this" is no document.
        ("先輩はこう言いました。", []),
    ],
)
def test_a_japanese_it_says_this_hands_over_to_the_clause(lead: str, expected: list[str]) -> None:
    units = page_units(
        lead,
        "契約者が解約を申し出た場合、当月末日をもって契約を終了します。",
        "注意しましょう。",
        title="格安SIMの話",
    )
    assert quotes_found(units) == expected


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        ("Thread: the new terms of service", "I read them. It literally says:", [CLAUSE]),
        ("Foro: los términos de la app", "Y dice textualmente:", [CLAUSE]),
        ("Forum: die neuen Nutzungsbedingungen", "Da steht wörtlich:", [CLAUSE]),
        # A person, a page about no document, a law named last: not the terms.
        ("Thread: the new terms of service", "My friend says:", []),
        ("Thread: the weather", "I checked the forecast. It says:", []),
        ("Thread: the new terms of service", "The GDPR is clear. It says:", []),
    ],
)
def test_it_literally_says_hands_over_to_the_document_the_thread_is_about(
    title: str, lead: str, expected: list[str]
) -> None:
    assert quotes_found(page_units(lead, CLAUSE, "That seems harsh.", title=title)) == expected


THREAD = "I looked this up last night after my account was frozen for a week."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("The ToS says", [CLAUSE]),
        ("Their privacy policy literally says", [CLAUSE]),
        ("Clause 9 of the terms of service reads", [CLAUSE]),
        # Someone else, or a sentence about what the document says: no hand-over.
        ("My friend says", []),
        ("Nobody reads what the ToS says", []),
        ("The lawyer for the company says", []),
    ],
)
def test_a_lead_in_that_stops_on_its_verb_hands_over_as_a_colon_would(lead: str, expected: list[str]) -> None:
    units = page_units(THREAD, lead, CLAUSE, "That seems harsh.", title="Thread: account closures")
    assert quotes_found(units) == expected


# Review of the reader-paste rules: ordinary text each of them took for terms.


@pytest.mark.parametrize(
    ("opening", "lead", "after"),
    [
        (
            "A prefeitura publicou o edital do concurso.",
            "Item 4 das condições do edital:",
            "O candidato deve apresentar diploma.",
        ),
        (
            "O governo fechou um acordo de leniência.",
            "Cláusula 5 dos termos do acordo:",
            "A empresa pagará 2 bilhões em dez anos.",
        ),
        (
            "Das Land hat ein Förderprogramm aufgelegt.",
            "Ziffer 3 der Bedingungen des Förderprogramms:",
            "Anträge sind bis Juni einzureichen.",
        ),
    ],
)
def test_a_numbered_clause_of_a_tender_deal_or_programme_names_no_terms(
    opening: str, lead: str, after: str
) -> None:
    assert quotes_found(page_units(opening, lead, after, title="Notícias")) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # A piece about the terms, named after them, speaks in its own words.
        (
            "Nuvo changed its terms of service. Reuters wrote a piece about it yesterday.",
            "It literally says:",
        ),
        ("Nuvo changed its terms of service again.", "Did you read the article about it? It literally says:"),
        # A complaint, an article or the company that speaks of the document, with no colon.
        ("Nuvo changed its terms of service again.", "The FTC complaint about the privacy policy says"),
        ("Nuvo changed its privacy policy again.", "The Verge article about the privacy policy says"),
        (
            "Nuvo changed its terms of service again.",
            "The new terms are about safety, or so the company says",
        ),
    ],
)
def test_a_lead_in_whose_speaker_is_an_article_complaint_or_company_hands_over_nothing(
    paragraphs: tuple[str, str],
) -> None:
    units = page_units(
        *paragraphs, "Executives expect the change to boost revenue next year.", title="Nuvo thread"
    )
    assert quotes_found(units) == []


def test_the_company_s_terms_that_say_still_hand_over() -> None:
    units = page_units(
        THREAD, "The company's ToS says", CLAUSE, "That seems harsh.", title="Thread: account closures"
    )
    assert quotes_found(units) == [CLAUSE]


@pytest.mark.parametrize(
    "lead",
    [
        "保険会社が約款を改定した。社長のブログにはこうあります。",  # the president's blog
        "保険会社の約款が話題になった。保険業法の条文にはこうあります。",  # the statute's article
    ],
)
def test_a_blog_or_a_statute_that_says_this_is_no_terms(lead: str) -> None:
    assert quotes_found(page_units(lead, "今後もお客様第一で取り組みます。", title="保険")) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bonus terms read: “Get 100 free spins today”.",
        "The campaign terms are clear: “Buy one, get one free — only this week!”",
        "The promo terms are simple: “50% off every plan for three months”.",
    ],
)
def test_an_advert_s_slogan_under_offer_terms_is_no_clause(paragraph: str) -> None:
    assert quotes_found(page_units("Nuvo launched a spring sale.", paragraph, title="Nuvo deals")) == []


def test_offer_terms_that_bind_are_still_quoted() -> None:
    units = page_units(
        "Nuvo launched a spring sale.",
        "The promo terms say: “We may end the offer at any time.”",
        title="Nuvo deals",
    )
    assert quotes_found(units) == ["We may end the offer at any time."]


def test_a_reader_s_own_numbered_list_is_not_split_into_clauses() -> None:
    units = page_units(
        "Here is the relevant part of the terms of service:",
        "My concerns are these: 1. the licence is perpetual; 2. there is no opt-out.",
        title="Nuvo thread",
    )
    assert quotes_found(units) == []
