"""Provision references written in full with their law, as decisions and law-firm notes write them: bracketed
points listed after a comma ("Article 5(1)(a), (b) and (f) GDPR"), an Italian paragraph written out ("articolo
83, paragrafo 5, del GDPR", as Italian news on the Garante's fines writes it beside "par."), and a Portuguese
ordinal article after a stop ("artigo 83.º, n.º 5, do RGPD"). Each was cut before its law, leaving two spans
where GUIDELINES labels one. Every sentence here is written for the test."""

from __future__ import annotations

import pytest
from law_support import find_laws


@pytest.mark.parametrize(("text", "spans"), [
    ("The board found breaches of Article 5(1)(a), (b) and (f) GDPR.", ["Article 5(1)(a), (b) and (f) GDPR"]),
    ("It breached Article 5(1)(a), (c), (e) of the GDPR twice.", ["Article 5(1)(a), (c), (e) of the GDPR"]),
    ("Il Garante ha applicato l'articolo 83, paragrafo 5, del GDPR.", ["articolo 83, paragrafo 5, del GDPR"]),
    ("A CNPD aplicou o artigo 83.º, n.º 5, do RGPD à empresa.", ["artigo 83.º, n.º 5, do RGPD"]),
])  # fmt: skip
def test_a_reference_written_in_full_is_one_span_with_its_law(text: str, spans: list[str]) -> None:
    assert [span for span, _law in find_laws(text)] == spans


@pytest.mark.parametrize(("text", "spans"), [
    # A bracket after a comma that is no point: an aside.
    ("Article 6(1)(f), (which the firm relied on) was rejected by the GDPR board.", ["Article 6(1)(f)", "GDPR"]),
])  # fmt: skip
def test_an_aside_in_brackets_is_no_point(text: str, spans: list[str]) -> None:
    assert [span for span, _law in find_laws(text)] == spans
