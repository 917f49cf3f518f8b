"""A fragment of a clause quoted inside the writer's own sentence about what the terms bind users or the company to,
a sentence or a paragraph or two after the document is named (tos_duty). Every text is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

_TITLE = "Ride app Zipp rewrites its rules"
_NAMED = "Zipp published new terms of service on Monday. The new terms run to 40 pages."
_BETWEEN = "Most of the changes are technical."


@pytest.mark.parametrize(("paragraph", "found"), [
    # The users, another party the terms bind, or the company, then a modal or a verb of granting.
    ("Users must now hand over “precise location data” while the app is open.", ["precise location data"]),
    ("Drivers must now keep “the app open at all times” during a shift.", ["the app open at all times"]),
    ("Zipp can now keep “trip logs for seven years”.", ["trip logs for seven years"]),
    ("Customers grant Zipp the right to use their photos “in promotional material”.", ["in promotional material"]),
    ("Users now give Zipp access to “trip records and ratings”.", ["trip records and ratings"]),
    ("Users will have to hand over “precise location data” to ride.", ["precise location data"]),
    # Someone says it, fears it, or a law or an order requires it: not the terms.
    ("Critics fear users must now hand over “precise location data”.", []),
    ("Users must now “take back control of their data”, the minister said.", []),
    ("Under the new law, users now give inspectors access to “trip records and ratings”.", []),
    ("The court ruled that users can now claim “a full refund of their fares”.", []),
    ("Under the proposed order, the company must obtain “express written consent” first.", []),
    ("A consumer group says users may “lose their deposits”.", []),
    # A law, a bill or the rules of a public body named after the quotation, or before it.
    ("Users can now demand “erasure of personal data” under the GDPR.", []),
    ("Riders may now ask for “a copy of every trip record” under European rules.", []),
    ("If the bill passes, Zipp must offer “a clear opt-out button” to every user.", []),
    ("Les utilisateurs peuvent désormais exiger « l'effacement de leurs données » en vertu du RGPD.", []),
    ("Os usuários agora devem receber a “portabilidade dos dados” prevista na LGPD.", []),
    ("Zipp deberá ofrecer «un botón de baja claro» a todos, si los senadores aprueban la reforma.", []),
    ("Zipp muss „eine klare Abmeldung“ anbieten, wenn der Bundestag zustimmt.", []),
    # What users are able to do, what the company keeps that is no data, an amount: the writer's own words.
    ("Users can now turn on “quiet mode” for late rides.", []),
    ("Les utilisateurs peuvent activer le « mode calme » la nuit.", []),
    ("Zipp keeps “a low profile” in Europe.", []),
    ("Zipp collects “more than a million rides a day”.", []),
    ("Drivers can now earn “up to $40 an hour” at peak times.", []),
    # Any sign of money.toml, not only the five of the old list.
    ("Drivers must now pay “a fee of $40 a month” to stay on the app.", []),
    ("Drivers must now pay “a fee of ₩40,000 a month” to stay on the app.", []),
    ("Users must now keep “at least ₦2,000 in credit” on the account.", []),
    # Nobody bound in the writer's sentence: the fragment is a name given to the change.
    ("Riders called the update “a land grab” on social media.", []),
    # One word is no wording.
    ("Users must now accept “arbitration”.", []),
])  # fmt: skip
def test_a_duty_the_writer_states_goes_on_with_the_terms_named_above(
    paragraph: str, found: list[str]
) -> None:
    assert quotes_found(page_units(_NAMED, _BETWEEN, paragraph, title=_TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # German and Spanish: the terms named in the paragraph before.
    (("Der Cloudspeicher Wolkig hat seine Allgemeinen Geschäftsbedingungen überarbeitet.",
      "Nutzer räumen Wolkig darin das Recht ein, Dateien „zur Verbesserung unserer Modelle“ auszuwerten."),
     ["zur Verbesserung unserer Modelle"]),
    (("Sur Pagos actualizó sus términos y condiciones.",
      "Ahora la empresa podrá “cerrar cuentas inactivas sin aviso” cuando lo considere."),
     ["cerrar cuentas inactivas sin aviso"]),
    # The company by the name written beside the document above, with a verb of keeping or collecting.
    (("Les conditions d'utilisation de Visage ressemblent à celles des autres applications.",
      "Visage y conserve une « licence gratuite et mondiale » sur vos photos."),
     ["licence gratuite et mondiale"]),
    (("Zipp updated its privacy policy this week.", "Zipp now collects “precise location data” from every phone."),
     ["precise location data"]),
    # A name that is not the company's beside the document, or someone who found it out.
    (("Zipp updated its privacy policy this week.", "Orla now keeps “a paper log of every trip” in her car."), []),
    # A name whose capital is no ASCII letter, beside the document or not.
    (("Ötzi updated its privacy policy this week.", "Ötzi now collects “precise location data” from every phone."),
     ["precise location data"]),
    (("Ötzi updated its privacy policy this week.", "Ärzte now keep “a paper log of every trip” in the car."), []),
    (("Zipp updated its privacy policy this week.",
      "Researchers found Zipp collects “precise location data” from every phone."), []),
    # No document named above, however binding the sentence.
    (("Zipp had a difficult year.", "Drivers must now keep “the app open at all times” during a shift."), []),
    # Another source named nearer the quotation than the document: the fragment may be that source's.
    (("Zipp published new terms of service on Monday.", "Zipp explained the change in its FAQ.",
      "Users must now hand over “precise location data”."), []),
    (("Zipp published new terms of service on Monday.", "Zipp's chief executive defended the change on Tuesday.",
      "Drivers must now keep “the app open at all times” during a shift."), []),
    (("Zipp published new terms of service on Monday. Zipp also published a blog post explaining the update.",
      "Users must now hand over “precise location data”."), []),
    # The document named three paragraphs above is too far.
    (("Zipp published new terms of service on Monday.", "Drivers protested.", "The company held firm.",
      "Drivers must now keep “the app open at all times” during a shift."), []),
])  # fmt: skip
def test_the_document_is_named_in_the_paragraphs_just_above(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title="Zipp news")) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    ("The update includes a clause about “precise location data”.", ["precise location data"]),
    ("En esa actualización había una cláusula sobre la «ciudadanía o estatus migratorio».",
     ["ciudadanía o estatus migratorio"]),
    # A part someone wants, or a law's: not the document's.
    ("The minister wants a clause on “fair pay for drivers”.", []),
    ("The new law adds a section on “automated decision-making”.", []),
])  # fmt: skip
def test_what_a_part_of_the_document_covers(paragraph: str, found: list[str]) -> None:
    assert (
        quotes_found(
            page_units(
                "Zipp updated its privacy policy this week.",
                paragraph,
                title="Zipp news",
            )
        )
        == found
    )
