"""Numbered parts of a company's terms are no law, also where the article names a law elsewhere: "Section 12 of the
revised Lumo membership agreement", a "§ 9.3" cited after a quotation of "Section 9 of the user agreement", and a
"§ 4 Nutzungsrechte" or "Madde 3 – Yorumlar" heading under a lead-in that names the terms and ends on a colon. A law's
provision after the same words stays one. Every text here is written for the test."""

from __future__ import annotations

import pytest

from tests.law_support import find_laws

LAW = "Consumers can complain under the Consumer Rights Act 2015."


@pytest.mark.parametrize("paragraphs", [
    ("Section 12 of the revised Lumo membership agreement covers cancellations.", LAW),
    ("Section 7 of the Pico subscriber agreement sets the notice period.", LAW),
    ("Section 9 of the Pico user agreement says that “every claim goes to arbitration” [§9.3], and later that users "
     "“waive any class action”.", LAW),
    ("Die Fotoplattform Kuno hat ihre AGB geändert. In den neuen AGB heißt es nun:", "§ 4 Nutzungsrechte",
     "Der Nutzer räumt Kuno ein weltweites Recht an seinen Fotos ein."),
    ("Sepetim kullanım koşullarını güncelledi. Yeni koşullarda şöyle deniyor:", "Madde 3 – Yorumlar",
     "Kullanıcı, yorumlarının süresiz kullanılmasına izin verir.", "Şikâyetler KVKK kapsamında incelenir."),
])  # fmt: skip
def test_a_part_of_the_terms_is_no_law(paragraphs: tuple[str, ...]) -> None:
    found = find_laws(*paragraphs)
    assert [text for text, _ref in found if text not in ("Consumer Rights Act 2015", "KVKK")] == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Lumo's privacy policy says it shares viewing data with advertisers. The plaintiffs say that wording is not "
      "the written consent the statute requires under § 2710(b)(2)(B).",), ["§ 2710(b)(2)(B)"]),
    (("The regulator can fine a firm up to €300,000 under § 43 for such breaches.",), ["§ 43"]),
    (("Section 12 of the Act covers cancellations.", LAW), ["Section 12", "Consumer Rights Act 2015"]),
    (("The company published new terms. Under the law, one rule matters:", "§ 26 applies to staff data.",
      "Die DSGVO gilt daneben."), ["§ 26", "DSGVO"]),
])  # fmt: skip
def test_a_law_provision_stays_one(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert [text for text, _ref in find_laws(*paragraphs)] == expected
