"""French pages quoting terms (tosrec22, session 36), and the quotation the end of an excerpt cuts off.

Real French news on a platform's changed terms (next.ink, geeko.lesoir.be, numerama.com, socialnetlink.org, a forum
thread) lost quotations in these shapes: a guillemet with French spacing opening a quotation that the end of the text
cuts off ("stipule désormais : « Afin de nous permettre d"); an impersonal reading verb with an adverb in it ("Désormais,
on peut simplement lire :", "il est clairement précisé :"); a bracketed note between the document and its verb ("les
conditions d'utilisation de l'application (que vous pouvez consulter ici), il est précisé :"); an addition to the
document as the subject ("Le premier rajout précise que"); the service agreement by its French name ("contrat de
services"); the company's discretion in its terms' third person ("à sa seule discrétion"). Every wording below is made up.
"""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Vidéa change ses conditions d'utilisation"


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # A spaced guillemet opening a quotation the end of the excerpt cuts off, as an English mark already did.
    (("Vidéa a publié lundi un communiqué sur son blog. La nouvelle formulation des conditions d'utilisation stipule "
      "désormais : « Afin de nous permettre de fournir le service, vous nous accordez",),
     ["Afin de nous permettre de fournir le service, vous nous accordez"]),
    (("Vidéa a réécrit sa politique. Les conditions d'utilisation stipulent désormais : « Afin de nous",),
     ["Afin de nous"]),
    # The same with a no-break space inside the mark.
    (("Les conditions d'utilisation stipulent désormais :\u00a0«\u00a0Vous nous accordez une licence",),
     ["Vous nous accordez une licence"]),
    # An apostrophe inside a word is no quotation mark: the quotation still runs to the end.
    (("Les CGU de Vidéa précisent que « l'utilisateur renonce",), ["l'utilisateur renonce"]),
    (("Zoomly's terms of service now say: “Users can't record",), ["Users can't record"]),
])  # fmt: skip
def test_a_spaced_guillemet_cut_off_by_the_end_of_the_text(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


def test_a_quotation_with_an_apostrophe_runs_on_into_the_next_paragraph() -> None:
    units = page_units(
        "Les conditions d'utilisation de Vidéa précisent : « Vidéa peut supprimer le compte de l'utilisateur qui ne "
        "s'est pas connecté depuis un an.",
        "« Cette suppression est définitive. »",
        "Les créateurs s'en inquiètent.",
        title=TITLE,
    )
    assert quotes_found(units) == [
        "Vidéa peut supprimer le compte de l'utilisateur qui ne s'est pas connecté depuis un an.",
        "Cette suppression est définitive.",
    ]


@pytest.mark.parametrize("paragraphs", [
    # A spokesperson's words cut off are still theirs.
    ("Vidéa a mis à jour ses conditions d'utilisation. Un porte-parole a répondu aux critiques : « Nous ne vendons pas",),
    # A short quotation ending on its own stop was not cut off: a mark left open, too short for a clause.
    ("Les conditions d'utilisation de Vidéa précisent : « trop tard.",),
    # Under a user's post on a social network, the cut-off words are the poster's.
    ("Vidéa a mis à jour ses CGU lundi. Sur Twitter, la directrice a écrit : « Vous vous engagez à rester avec nous",),
])  # fmt: skip
def test_cut_off_words_of_someone_else_stay_theirs(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Vidéa a modifié une fois de plus ses conditions. Désormais, on peut simplement lire : “Vous nous accordez une "
      "licence libre de droits pour utiliser votre Contenu.”",),
     ["Vous nous accordez une licence libre de droits pour utiliser votre Contenu."]),
    (("Vidéa a modifié ses conditions d'utilisation en mars. Auparavant, on pouvait lire : « Vidéa conserve les vidéos "
      "supprimées trente jours. »",),
     ["Vidéa conserve les vidéos supprimées trente jours."]),
    (("Vidéa a publié ses nouvelles conditions d'utilisation. Il est désormais précisé : « Nous ne revendiquons pas la "
      "propriété de votre contenu. »",),
     ["Nous ne revendiquons pas la propriété de votre contenu."]),
])  # fmt: skip
def test_impersonal_reading_with_an_adverb(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize("paragraphs", [
    # What one reads in a consumer group's report is the report's.
    ("L'UFC-Que Choisir a publié un rapport sévère sur les CGU de Vidéa. On peut simplement lire : « Ces clauses sont "
     "abusives et doivent disparaître. »",),
    # A spokesperson between the document and the reading verb takes the floor.
    ("Vidéa a mis à jour ses conditions d'utilisation. Un porte-parole a réagi lundi. Il est clairement précisé : « Nous "
     "ne vendons pas vos données. »",),
])  # fmt: skip
def test_impersonal_reading_after_someone_else(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Sur la page des conditions d'utilisation de l'application (que vous pouvez consulter en cliquant ici), il est "
      "précisé : « Nous ne revendiquons pas la propriété de votre contenu. »",),
     ["Nous ne revendiquons pas la propriété de votre contenu."]),
    (("Les conditions d'utilisation de l'application mobile de Vidéa (disponibles en anglais seulement sur son site) précisent "
      "que « vous accordez à Vidéa une licence mondiale sur vos vidéos ».",),
     ["vous accordez à Vidéa une licence mondiale sur vos vidéos"]),
])  # fmt: skip
def test_a_bracketed_note_between_the_document_and_its_verb(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


def test_a_bracketed_note_where_someone_speaks_stays_between() -> None:
    paragraph = (
        "Les conditions d'utilisation de l'application mobile de Vidéa (selon un porte-parole, elles seront revues) "
        "précisent que « tout litige relève des tribunaux irlandais »."
    )
    assert quotes_found(page_units(paragraph, title=TITLE)) == []


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("La mise à jour à venir des conditions du contrat de services de Vidéa entre en vigueur le 30 septembre.",
      "Le premier rajout précise que « les réponses de l'assistant ne remplacent pas l'avis d'un professionnel ».",),
     ["les réponses de l'assistant ne remplacent pas l'avis d'un professionnel"]),
    (("Vidéa a publié de nouvelles conditions d'utilisation. Cet ajout prévoit que « les vidéos privées peuvent être "
      "analysées ».",),
     ["les vidéos privées peuvent être analysées"]),
    (("Vidéa a publié de nouvelles conditions d'utilisation.",
      "Le deuxième paragraphe souligne que « Vidéa ne revendique pas la propriété de vos contenus ».",),
     ["Vidéa ne revendique pas la propriété de vos contenus"]),
])  # fmt: skip
def test_an_addition_to_the_document_as_its_subject(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == expected


@pytest.mark.parametrize("paragraphs", [
    # An addition to a bill is the bill's.
    ("Vidéa a mis à jour ses conditions d'utilisation lundi.",
     "Au Parlement, le premier ajout au projet de loi prévoit que « les plateformes publient leurs algorithmes ».",),
    # "Le second" alone stands for a person as often.
    ("Vidéa a mis à jour ses CGU. Le second, un avocat parisien, souligne que « ces clauses ne tiendront pas ».",),
])  # fmt: skip
def test_an_addition_to_something_else(paragraphs: tuple[str, ...]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == []


def test_discretion_in_the_third_person_binds_a_comment() -> None:
    units = page_units(
        "Vidéa a mis à jour ses conditions d'utilisation et s'y réserve le droit de fermer des comptes.",
        "L'expression « à sa seule discrétion » vise tous les comptes, pas seulement les comptes inactifs.",
        title="Vidéa ne fermera pas les chaînes peu rentables",
    )
    assert quotes_found(units) == ["à sa seule discrétion"]


def test_discretion_of_a_judge_is_no_terms_wording() -> None:
    units = page_units(
        "Le juge a rappelé que le tribunal statue « à sa seule discrétion » sur la recevabilité.", title=TITLE
    )
    assert quotes_found(units) == []


@pytest.mark.parametrize(("clause", "expected"), [
    ("Vous vous engagez à ne pas revendre votre abonnement à un tiers.", True),
    ("Vous reconnaissez que Vidéa peut modifier les tarifs à tout moment.", True),
    # The writer's second person, explaining: no commitment the terms lay down.
    ("Vous vous engagez dans un abonnement plus cher, voilà tout.", False),
])  # fmt: skip
def test_the_user_bound_in_the_second_person_under_a_bare_colon(clause: str, expected: bool) -> None:
    units = page_units(
        "La plateforme a annoncé le changement lundi. Extrait :",
        clause,
        "Les abonnés ont trente jours pour accepter.",
        title="Vidéa change ses CGU",
    )
    assert quotes_found(units) == ([clause] if expected else [])
