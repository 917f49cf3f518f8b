"""Review of fa48b2b (session 33, a point's letter written bare before a law's acronym): the English article 'a'
before an acronym used as a modifier was read as a point of the provision before it, so 'Under Article 83(5) a
GDPR fine can reach …' gave one span 'Article 83(5) a GDPR' and lost the GDPR mention. A letter followed by the
acronym and a noun the acronym qualifies (fine, claim, violation …) is the article; 'Article 6(1) a GDPR serves as
the legal basis' keeps its point."""

from __future__ import annotations

import pytest
from law_support import find_laws

ARTICLE_A = [
    ("Under Article 83(5) a GDPR fine can reach €20 million.", ["Article 83(5)", "GDPR"]),
    ("Section 1798.150(a) a CCPA claim needs a data breach first.", ["Section 1798.150(a)", "CCPA"]),
    ("Breaching Article 32(1) a GDPR violation is established without harm.", ["Article 32(1)", "GDPR"]),
    # Passed before: a point with no noun after the acronym.
    ("For newsletters, Article 6(1) a GDPR serves as the legal basis.", ["Article 6(1) a GDPR"]),
    ("Server logs rest on Art. 6(1)f GDPR.", ["Art. 6(1)f GDPR"]),
]


@pytest.mark.parametrize(("text", "laws"), ARTICLE_A, ids=[row[0][:24] for row in ARTICLE_A])
def test_the_article_a_before_a_modifying_acronym_is_no_point(text: str, laws: list[str]) -> None:
    """The provision and the acronym are two mentions; a real point stays in its provision."""
    assert [found for found, _law in find_laws(text)] == laws
