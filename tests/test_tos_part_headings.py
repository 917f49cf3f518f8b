"""A quotation that is the heading of a part of the document, named by a word for the part right before or after it
("the “Your Content” section", "im Abschnitt „…“", "「…」の項目"), is a heading, which GUIDELINES leaves out; a clause
that the part's number attributes ("“…,” section 5 says"), or that a lead-in with a verb hands over, stays the
document's. Patterns from real pages: a Japanese games site on a social network's new terms naming the part that
changed, a French trade site naming the parts of a privacy policy. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the heading of a part, named by the word for the part
        ("Quillo updated its terms of service. The change sits under the “Your rights and the licence you grant us” "
         "section of the terms.", []),
        ("Quillo updated its terms of service. The “Content you share with other members” heading is new.", []),
        ("Quillo cambió sus condiciones de uso. El cambio está en el apartado «Derechos sobre el contenido que "
         "publicas» de las condiciones.", []),
        ("Quillo hat seine Nutzungsbedingungen geändert. Die Änderung steht im Abschnitt „Rechte an Inhalten, die "
         "du teilst“ der Nutzungsbedingungen.", []),
        ("Quillo a modifié ses conditions d'utilisation. Les conditions d'utilisation "
         "changent dans la rubrique « Partage de vos contenus avec nos partenaires ».", []),
        ("クイロは利用規約を改定した。注目されているのはクイロのサービス利用規約における「投稿されたコンテンツの権利の許諾」の項目だ。", []),
        # the part's words stay the document's
        ("Quillo updated its terms of service. “We may use your posts to improve our services,” section 5 now says.",
         ["We may use your posts to improve our services,"]),
        ("Quillo updated its terms of service. The new section reads: “We may use your posts to train our models.”",
         ["We may use your posts to train our models."]),
        ("Quillo updated its terms of service. In section 4.2, Quillo says users grant it “a licence to host and "
         "adapt your posts”.", ["a licence to host and adapt your posts"]),
        ("クイロは利用規約を改定した。新しい規約には「投稿されたコンテンツを機械学習に利用することがあります」と記載されている。",
         ["投稿されたコンテンツを機械学習に利用することがあります"]),
    ],
)  # fmt: skip
def test_a_part_named_by_its_heading_is_no_terms_quote(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Quillo changes its terms")) == expected
