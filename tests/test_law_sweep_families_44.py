"""Law families met on real pages in session 44's sweep: Turkish articles written bare after their number, with no
noun for their law before them ("15/1 maddesi gereğince", a list item "10 uncu maddesinde" under "Bu Kanunun;"), a
range whose ordinal stands once after its last number ("135 ila 140 ıncı madde"), the Article 29 Working Party
named with its number after the body ("Grupo de Trabajo del Art. 29"), a Buddhist Era year that settles a PDPA as
Thailand's, and Italian articles "del Codice"
cut before the code's defined short form; the US constitution's amendments by their ordinal ("the First Amendment"). Every sentence is made up for these rows."""

from __future__ import annotations

import pytest
from law_support import find_laws

# (paragraphs, [(mention, knowledge-base id or None)])
FOUND = [
    # A bare Turkish article on a page that names a law: the provision alone, as "Article 32" in a GDPR decision.
    (
        (
            "6698 sayılı Kanun veri sorumlularına yükümlülük getirir.",
            "Kurul, 15/2 maddesi gereğince şikâyeti inceler.",
        ),
        [("6698 sayılı Kanun", "turkey-kvkk"), ("15/2 maddesi", "turkey-kvkk")],
    ),
    # A list item that opens on it, under a lead-in that names the Law; its case with no possessive.
    (
        (
            "KVKK MADDE 18- (1) Bu Kanunun;",
            "b) 12 nci maddesinde öngörülen yükümlülükleri yerine getirmeyenler",
        ),
        [("KVKK", "turkey-kvkk"), ("12 nci maddesinde", "turkey-kvkk")],
    ),
    (
        ("KVKK kapsamında başvuru yapılabilir.", "Dilekçe, 4 üncü maddede sayılan şartları taşımalıdır."),
        [("KVKK", "turkey-kvkk"), ("4 üncü maddede", "turkey-kvkk")],
    ),
    # A range whose ordinal mark stands once, after its last number: one span with the law's name.
    (
        ("Suçlar için 5237 sayılı Türk Ceza Kanununun 135 ila 140 ıncı madde hükümleri uygulanır.",),
        [("5237 sayılı Türk Ceza Kanununun 135 ila 140 ıncı madde", None)],
    ),
    # Italian "del Codice": the privacy code's defined short form stays outside, as "of the law" does; a page that
    # names no law still counts the article, as "Section 4 of the Act" does.
    (
        ("Manca l'informativa prevista dall'art. 13 del Codice, dice il Garante.",),
        [("art. 13", None)],
    ),
    (
        ("L'omessa notifica è punita (art. 163 del Codice).",),
        [("art. 163", None)],
    ),
    # After another word in the genitive a Turkish article is that thing's: the contract's article 5, the firm's.
    (
        ("KVKK uyumu için Sözleşmenin 5. maddesi yeniden yazıldı.", "Şirketin 3. maddesi de değişti."),
        [("KVKK", "turkey-kvkk")],
    ),
    # Numbers with no ordinal mark before madde count substances, not articles; "ila" joins plain numbers too.
    (
        ("KVKK denetiminde zararlı 3 madde bulundu.", "Toplantıya 3 ila 5 kişi katıldı."),
        [("KVKK", "turkey-kvkk")],
    ),
    # The US constitution's amendments by their ordinal, as articles cite them, also as a modifier.
    (
        ("X says its moderation is speech the First Amendment protects.", "A Fourth Amendment claim failed."),
        [("First Amendment", "us-first-amendment"), ("Fourth Amendment", "us-fourth-amendment")],
    ),
    (
        ("The Fourteenth Amendment to the United States Constitution binds the states.",),
        [("Fourteenth Amendment to the United States Constitution", "us-fourteenth-amendment")],
    ),
    # The Article 29 Working Party named with its number after the body, in Spanish and Italian: the article names
    # the body, not a law's article; the same article cited on its own still counts.
    (
        ("El RGPD se aplica, y también las guías del Grupo de Trabajo del Art. 29 y del Comité Europeo.",),
        [("RGPD", "gdpr")],
    ),
    (
        (
            "Il GDPR vale per tutti.",
            "Il Gruppo di lavoro ex art. 29 aveva già chiarito il punto; si veda l'art. 29.",
        ),
        [("GDPR", "gdpr"), ("art. 29", "gdpr")],
    ),
    # A Buddhist Era year settles which PDPA a page means: Thailand's.
    (
        ("Under the PDPA, the committee's notification on fines B.E. 2565 (2022) applies.",),
        [("PDPA", "thailand-pdpa")],
    ),
    # The day a law took effect between its name and the bracket defining its short form (title_date's
    # effect_links): the short form is the law's.
    (
        (
            "The zone enacted its Data Protection Law No. 5 of 2020 since 1 July 2020 (the DPL 2020).",
            "The DPL 2020 applies to every firm.",
        ),
        [("Data Protection Law No. 5 of 2020", None), ("DPL 2020", None), ("DPL 2020", None)],
    ),
    # A fuller name after Codice is that name, whole.
    (
        ("Il Garante cita l'art. 130 del Codice privacy.",),
        [("art. 130 del Codice privacy", "it-privacy-code")],
    ),
]

NOT_FOUND = [
    # A bare Turkish article on a page that names no law.
    ("Kurul, 15/1 maddesi gereğince inceleme başlattı.",),
    ("Dilekçe, 4 üncü maddede sayılan şartları taşımalıdır.",),
    # A bill's first amendment in lower case is a change to it, not the constitution's.
    ("The committee adopted the first amendment to the bill on Tuesday.",),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FOUND)
def test_found(paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]) -> None:
    assert find_laws(*paragraphs) == expected


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_not_found(paragraphs: tuple[str, ...]) -> None:
    assert find_laws(*paragraphs) == []
