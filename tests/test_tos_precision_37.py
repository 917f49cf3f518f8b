"""ToS precision on real pages of session 37 (tosprec20): a lawyer's quotation that holds the terms' own words
(only those are the terms'); a quotation set off after a sentence that gives the document only as what plaintiffs
argue; a French consumer group complaining after a quotation ("se plaint l'association"); a social network's old
name for its terms quoted as a name. Pages of these shapes: a law-firm digest quoting another firm's note on a
privacy-policy lawsuit (jdsupra.com), news of a complaint over a changed privacy policy (mediapost.com), French news
of a consumer group's notice to social networks (journaldunet.com), a French media site on a terms change (asi).
Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(page: str) -> list[str]:
    return [note.text for note in annotate(parse_text(page)).annotations if note.kind == "tos_quote"]


_LAWYER = (
    "Privacy promises in court\n\nTwo suits deserve a look. The firm Hale & Brin writes:\n\n"
    "“In Doe v. Plumo, users sued after a breach. Among other things, the complaint alleges that Plumo ‘misled users "
    "by stating in its Privacy Policy that data would be “{inner}”’ …\n\n"
    "Similarly, the FTC sued Nuvo over its own policy.”\n\nMore suits are expected.\n"
)
_PLAINTIFFS = (
    "Plumo sued over privacy policy\n\nPlumo was sued on Tuesday over its new privacy policy.\n\n"
    "{lead}\n\n“{quoted}”\n\nPlumo did not comment.\n"
)
_GROUP = (
    "Les CGU de Plumo\n\nL'association, après avoir analysé les conditions d'utilisation de Plumo, critique le manque "
    "de clarté sur les données des membres. \"{quoted}\", {verb} l'association. La société n'a pas répondu.\n"
)


@pytest.mark.parametrize(("inner", "found"), [
    ("kept under lock and key at all times.", ["kept under lock and key at all times."]),
])  # fmt: skip
def test_a_lawyers_quotation_gives_only_the_terms_inside(inner: str, found: list[str]) -> None:
    assert _quotes(_LAWYER.format(inner=inner)) == found


@pytest.mark.parametrize(("lead", "quoted", "found"), [
    ("The plaintiffs argue that Plumo's new privacy policy breaks its earlier promises to keep data apart.",
     "The worth of a full picture of each user, as against the old privacy policy, is plainly large.", []),
    ("Users contend that the privacy policy now lets Plumo merge every account.",
     "Nobody reading the old privacy policy could have seen this coming.", []),
    ("Plumo's new privacy policy now lets it merge every account.",
     "We may combine information from all of our services.", ["We may combine information from all of our services."]),
])  # fmt: skip
def test_a_document_argued_about_hands_nothing_over(lead: str, quoted: str, found: list[str]) -> None:
    assert _quotes(_PLAINTIFFS.format(lead=lead, quoted=quoted)) == found


@pytest.mark.parametrize(("quoted", "verb", "found"), [
    ("Ces textes, rangés au fond du site, sont illisibles", "se plaint", []),
    ("Ces textes, rangés au fond du site, sont illisibles", "s'indigne", []),
    ("Ces textes, rangés au fond du site, sont illisibles", "ajoute", []),
])  # fmt: skip
def test_a_group_complaining_after_a_quotation_speaks(quoted: str, verb: str, found: list[str]) -> None:
    assert _quotes(_GROUP.format(quoted=quoted, verb=verb)) == found


@pytest.mark.parametrize(("sentence", "found"), [
    ("Le 28 août, Plumo annonce, par la voix de son responsable, des changements dans la \"Politique d’utilisation des "
     "données\" et dans la \"Déclaration des droits et responsabilités\" en précisant que cette politique prendra effet "
     "le 5 septembre.", []),
    ("Plumo changed its “Statement of Rights and Responsibilities” this week.", []),
    ("Plumo's Statement of Rights and Responsibilities now says you grant “a worldwide licence to your posts”.",
     ["a worldwide licence to your posts"]),
])  # fmt: skip
def test_an_old_name_of_the_terms_is_a_name(sentence: str, found: list[str]) -> None:
    assert _quotes("Plumo terms\n\n" + sentence + " Users were told by email.\n") == found
