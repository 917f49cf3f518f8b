"""A page that is itself a terms document (a site's terms of use, AGB or privacy policy opened on its own) quotes
nothing: its clauses are its own text, its quoted words are the terms it defines, and a bare "§ 2" is its own
section, not a law's. An article about a document keeps its quotations, also one whose top looks like a
document's (a headline naming it, a clause set off under a lead-in)."""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.detectors.own_document import is_own_document
from parsers import parse_text


def _found(text: str, kind: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == kind]


def _own(text: str) -> bool:
    return is_own_document(parse_text(text).units())


DOCUMENTS = [
    "Pinwheel Terms of Use\n\n1. Scope\n\n1.1 These Terms of Use (the “Terms”) apply to every account opened on the "
    "Pinwheel app and to each order placed through it.\n\n1.2 We may suspend an account that sends unsolicited messages "
    "to other members, with or without notice.\n\n1.3 You may not copy, sell or rent out any part of the app without our "
    "prior written consent.",
    "Allgemeine Geschäftsbedingungen der Korbmacher GmbH\n\n§ 1 Geltungsbereich\n\n(1) Diese Allgemeinen "
    "Geschäftsbedingungen (nachfolgend „AGB“) gelten für alle Bestellungen, die Kunden über den Online-Shop der "
    "Korbmacher GmbH aufgeben.\n\n(2) Abweichende Bedingungen des Kunden werden nicht anerkannt, es sei denn, die "
    "Korbmacher GmbH stimmt ihrer Geltung ausdrücklich schriftlich zu.\n\n§ 2 Vertragsschluss\n\n(1) Die Darstellung "
    "der Waren im Online-Shop stellt kein bindendes Angebot dar; der Kunde kann seine Bestellung bis zum Absenden "
    "jederzeit ändern.",
    "利用規約\n\n第1条(適用)\n本規約は、株式会社ほしぞら(以下「当社」といいます。)が提供するアプリ「ほしぞらノート」"
    "(以下「本サービス」といいます。)の利用条件を定めるものです。\n\n第2条(禁止事項)\n利用者は、本サービスの利用にあたり、"
    "他の利用者の情報を無断で収集してはならないものとします。",
    "Conditions générales d’utilisation\n\nArticle 1 – Objet\n\n1.1 Les présentes conditions générales d’utilisation "
    "(les « CGU ») régissent l’accès au site Lirelire et son utilisation par toute personne inscrite.\n\n1.2 L’éditeur "
    "peut suspendre sans préavis le compte d’un utilisateur qui publie des contenus illicites.\n\n1.3 L’utilisateur ne "
    "peut céder son compte à un tiers sans l’accord écrit de l’éditeur.",
    # Two sentences of welcome in the document's own voice before it points to itself (an Indian payment app's
    # privacy policy page).
    "Pinwheel Pay Privacy Policy\n\nIssued March 2, 2021\n\nThank You for choosing to use the Pinwheel Pay service "
    "(the “Service”) to split bills with friends.\n\nAs You use the Service, We want You to know how We use Your "
    "information and how You can protect Your privacy.\n\nThis privacy policy (the “Pay Policy”) adds to Our main "
    "Privacy Policy, which covers all of Our services.\n\nYOU CONSENT TO OUR COLLECTION AND USE OF YOUR INFORMATION "
    "AS THIS PAY POLICY DESCRIBES, AND YOU MAY WITHDRAW THAT CONSENT AT ANY TIME.",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_a_terms_page_of_its_own_quotes_nothing(text: str) -> None:
    assert _own(text)
    assert _found(text, "tos_quote") == []


def test_a_terms_pages_own_sections_are_no_laws() -> None:
    assert _found(DOCUMENTS[1], "law") == []


ARTICLES = [
    # A headline naming the terms, then a lead-in and the clause set off below it.
    (
        "Pinwheel’s new terms of service\n\nPinwheel rewrote the opening of its terms this week. The new first "
        "paragraph reads:\n\nThese Terms of Service govern your use of the Pinwheel app and everything we offer "
        "through it, and you accept them by opening an account.",
        [
            "These Terms of Service govern your use of the Pinwheel app and everything we offer through it, and you "
            "accept them by opening an account."
        ],
    ),
    # A headline that says something of the document, and a lead opening on "This privacy policy".
    (
        "Pinwheel Updates Its Privacy Policy\n\nThis privacy policy change is Pinwheel’s first since 2021. The policy "
        "now says the company “may share usage data with advertising partners” unless users opt out.",
        ["may share usage data with advertising partners"],
    ),
]


ARTICLES.append(
    # A blog post headed by the document's name: its third paragraph opens on the document, but as the writer's.
    (
        "Pinwheel Privacy Policy\n\nI read the whole of Pinwheel’s privacy policy on the train this morning, so you "
        "do not have to.\n\nMost of it is what you would expect from a payment app, with a few surprises near the "
        "end.\n\nThis privacy policy, which the company rewrote in May, says it “may keep records of your payments "
        "for ten years” after you close your account.",
        ["may keep records of your payments for ten years"],
    )
)


@pytest.mark.parametrize(("text", "quotes"), ARTICLES)
def test_an_article_about_a_document_keeps_its_quotations(text: str, quotes: list[str]) -> None:
    assert not _own(text)
    assert _found(text, "tos_quote") == quotes


def test_a_bare_section_on_an_article_page_stays_a_law() -> None:
    text = (
        "Neue Regeln für Kundendaten\n\nDer Händler muss Kunden künftig nach § 5 über jede Weitergabe ihrer Daten "
        "unterrichten, sagte eine Sprecherin des Ministeriums am Dienstag in Berlin."
    )
    assert _found(text, "law") == ["§ 5"]
