"""Who wrote a page saved as text: lines near the top that look like a byline but name no one, or
name someone in a form the byline readers did not know (rows imitate real pages, in our own words)."""

from __future__ import annotations

import pytest

from parsers import parse_text

BODY = "The regulator fined the company €5 million under the GDPR, it said on Monday.\n"

# (page top, authors, title): the patterns of real pages, each noted with its source.
ROWS = [
    # https://xpanlawgroup.com/understanding-the-ags-role-in-consumer-data-protection/ (a "By NAME, Esq." byline): the suffix is the name's, not a second author.
    ("How Regulators Read Privacy Notices\n\nBy Marta Quill, Esq.", ["Marta Quill, Esq"], None),
    ("Fines Under State Privacy Laws Explained\n\nBy Owen Pratt, Jr. and Lia Moss", ["Owen Pratt, Jr", "Lia Moss"], None),
    # http://demoskins.71site.fr/fortopic.php ("by GUEST  View ?"): a link's label after the name is no name.
    ("Themes for this board\n\nby Guestuser  Show ?\n06/01/2020 @ 11:47", [], None),
    # the same page's cookie notice at its top: "By continuing …, you accept" is a sentence, no byline.
    ("By continuing your visit on this forum, you agree to our cookies.\n\nThemes for this board\n\nby Guestuser  Show ?\n06/01/2020 @ 11:47",
     [], None),
    # https://oaic.gov.au/news/media-centre (a stack of category tags over the date): the tag is no author.
    ("Media centre\n\nStatement\nDetermination\nEnforcement\n\n21 August 2024", [], None),
    # https://www.konyatime.com/ ("Editör: NAME") under the headline: the site's writer, not a standfirst.
    ("KURUL YENİ PARA CEZALARINI AÇIKLADI\n\nKURUL YENİ PARA CEZALARINI AÇIKLADI\nEditör: Deniz Ova\n13 Nisan 2020 - 11:56",
     ["Deniz Ova"], "KURUL YENİ PARA CEZALARINI AÇIKLADI"),
    ("Board Publishes Its Yearly Fines Report\n\nAuthor: Mira Holt\n5 June 2025", ["Mira Holt"], None),
    # https://www.getastra.com/blog/compliance/dpdp-compliance/ (a reviewer's role over "Updated: DATE" under the title): no author, no title.
    ("Data Law Compliance in 2026: The Whole Guide for Builders\n\nTechnical Reviewer\nUpdated: June 3rd, 2026",
     [], "Data Law Compliance in 2026: The Whole Guide for Builders"),
]  # fmt: skip


@pytest.mark.parametrize(("top", "authors", "title"), ROWS)
def test_the_byline_names_only_people(top: str, authors: list[str], title: str | None) -> None:
    """Names and titles read from the top: a suffix stays with its name, a tag, a role or a link label
    is no author, and a "Label: NAME" line names the writer."""
    meta = parse_text(f"{top}\n\n{BODY}").metadata
    assert list(meta.authors) == authors
    if title is not None:
        assert meta.title == title
        assert "Editör" not in (meta.description or "")
