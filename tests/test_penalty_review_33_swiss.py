"""Review of bddf72d (session 33, Swiss 'Busse'): Swiss pages on the revised data protection act state a fine's
amount with an adverb between the verb and the amount ('beträgt neu bis zu', 'beträgt höchstens'), with the adverb
alone before an amount that the verb closes ('wenn diese Busse maximal 50 000 Franken beträgt', the shape of
onlinekommentar.ch's note on Art. 64 DSG), and in compounds ('Übertretungsbusse von CHF …', 'der maximale
Bussenbetrag', the shapes of Swiss judgments and commentaries). The plural of 'Bus' with a price stays no fine."""

from __future__ import annotations

import pytest

from annotations.detectors.penalties import PenaltyDetector
from parsers.model import Unit


def _penalties(text: str) -> list[str]:
    return [finding.text for finding in PenaltyDetector().detect((Unit("b0", "block", text, "paragraph"),))]


SWISS_FINES = [
    ("Für Privatpersonen beträgt die Busse höchstens 250 000 Franken.", "250 000 Franken"),
    ("Seit der Revision beträgt die Busse neu bis zu CHF 250'000 statt 10'000.", "CHF 250'000"),
    ("Die Busse betrug insgesamt 7'400 Franken, wie die Staatsanwaltschaft schrieb.", "7'400 Franken"),
    ("Das Unternehmen haftet, sofern die Busse maximal 50 000 Franken beträgt.", "50 000 Franken"),
    ("Das Obergericht bestätigte eine Übertretungsbusse von CHF 860.00 gegen den Inhaber.", "CHF 860.00"),
    ("Die Ordnungsbusse von 120 Franken wurde nie bezahlt.", "120 Franken"),
    ("Der höchste Bussenbetrag liegt heute bei 250 000 Franken.", "250 000 Franken"),
]


@pytest.mark.parametrize(("text", "amount"), SWISS_FINES, ids=[row[1] for row in SWISS_FINES])
def test_a_swiss_fine_with_an_adverb_or_in_a_compound_is_a_penalty(text: str, amount: str) -> None:
    """The amount is a penalty."""
    assert amount in _penalties(text)


BUSES = [
    "Die Gemeinde kaufte acht Busse für 6 Millionen Franken.",
    "Der Preis für Schulbusse beträgt höchstens 300 000 Franken pro Fahrzeug.",
    "Die Elektrobusse kosten je 900 000 Franken, die Reisebusse rund 500 000 Franken.",
    "Die Busse fahren maximal 30 Minuten bis zum Bahnhof, das Ticket kostet 3 Franken.",
]


@pytest.mark.parametrize("text", BUSES)
def test_buses_and_their_prices_are_no_fine(text: str) -> None:
    """Buses bought or priced are no fine."""
    assert _penalties(text) == []
