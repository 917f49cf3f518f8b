"""Families read on real pages while probing terms quotes (session 28): an aside in brackets that names the company
just before the quotation ("X (formerly known as Twitter) “may collect …”", as news on a platform's new privacy
policy writes it), and a verb of saying that a preposition puts inside a document named with its version ("…," the
company said in its new privacy policy), and Spanish and Portuguese verbs a part of the terms says with ("La sección 6.3
expone que …", "Esa licencia incluía …", as news on a file-sharing service's new terms writes them). Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Pico updates its privacy policy"


@pytest.mark.parametrize("sentence", [
    'Under the revised policy, Pico (formerly known as Snapwire) "may store your voice samples for account security".',
    'Under the new terms, which take effect in May, Pico (known as Snapwire until 2023) "may store your voice samples '
    'for account security".',
    'The updated policy says that Pico (formerly called Snapwire) "may store your voice samples for account security".',
])  # fmt: skip
def test_an_aside_naming_the_company_before_the_quotation_is_no_button(sentence: str) -> None:
    units = page_units("Pico has changed its privacy policy for members.", sentence, title=TITLE)
    assert quotes_found(units) == ["may store your voice samples for account security"]


@pytest.mark.parametrize("sentence", [
    # A cue right before the quotation names it still: a button, an option, a feature.
    'Under the revised policy, members must press the button labelled "Share my voice data" to opt in.',
    'Under the revised policy, users (in settings) can switch off an option called "voice data sharing".',
])  # fmt: skip
def test_a_cue_right_before_the_quotation_still_names_it(sentence: str) -> None:
    units = page_units("Pico has changed its privacy policy for members.", sentence, title=TITLE)
    assert quotes_found(units) == []


@pytest.mark.parametrize("sentence", [
    '"We may share your voice samples with partners," the company said in its new privacy policy.',
    '"We may share your voice samples with partners," Pico wrote in its updated terms of service.',
    '"We may share your voice samples with partners," the firm explains in the revised privacy policy.',
])  # fmt: skip
def test_a_verb_of_saying_inside_a_document_named_with_its_version(sentence: str) -> None:
    units = page_units("Pico has changed its privacy policy for members.", sentence, title=TITLE)
    assert quotes_found(units) == ["We may share your voice samples with partners,"]


@pytest.mark.parametrize("sentence", [
    # The company's own words about the policy: an interview, a blog post, a statement.
    '"We never sell your voice samples," the company said in a blog post about its new privacy policy.',
    '"We never sell your voice samples," the chief executive said in an interview on the new privacy policy.',
    '"We never sell your voice samples," a spokesperson said of the updated privacy policy.',
])  # fmt: skip
def test_a_speaker_talking_about_the_document_keeps_the_words(sentence: str) -> None:
    units = page_units("Pico has changed its privacy policy for members.", sentence, title=TITLE)
    assert quotes_found(units) == []


@pytest.mark.parametrize("sentence", [
    'La sección 4.1 de las condiciones de uso expone que, al usar la aplicación, quien sube archivos cede a Pico la '
    'facultad de usarlos con fines como "mejorar sus modelos de traducción" y otros.',
    'Esa licencia incluía además el derecho a "usar el contenido para mejorar sus modelos".',
    'A cláusula 4.1 dos termos expõe que, ao usar o aplicativo, quem envia arquivos cede à Pico a faculdade de usá-los '
    'para fins como "melhorar seus modelos de tradução" e outros.',
])  # fmt: skip
def test_spanish_and_portuguese_verbs_a_part_of_the_terms_says_with(sentence: str) -> None:
    units = page_units(
        "Pico cambió sus términos y condiciones.", sentence, title="Pico y sus nuevas condiciones"
    )
    assert len(quotes_found(units)) == 1


@pytest.mark.parametrize("sentence", [
    # A spokesperson or a critic who sets out, or a plan that included: their words.
    'El portavoz de Pico expone que la empresa "nunca venderá los archivos de nadie".',
    'La campaña de la asociación incluía el lema "tus archivos no son suyos".',
])  # fmt: skip
def test_the_same_verbs_after_a_speaker_keep_their_words(sentence: str) -> None:
    units = page_units(
        "Pico cambió sus términos y condiciones.", sentence, title="Pico y sus nuevas condiciones"
    )
    assert quotes_found(units) == []
