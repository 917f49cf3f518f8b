"""The company a terms quote is given to, shown as "Quoted from the terms of service of …": the one the page
names, never a word that opens a sentence or a heading but names nothing. On the saved real pages of earlier
sessions 24 of the 34 companies given were such words: "I" and "Despite" on English blogs (georgestarcher.com,
smallai, vrmlaw.com), "On" and "Un" on French pages (rtbf.be, nextinpact.com), "Der" (a German news page on
WeTransfer's terms), "Todo" and "Uma" (perfil.com, uol.com.br), "Eenzijdig" (iusmentis.com), and "Terms" from a
heading "Terms of Service – …". Every text here is written for the test."""

from __future__ import annotations

import pytest

from annotations import annotate
from annotations.detectors.tos_mentions import company
from parsers import parse_text


def _companies(text: str) -> list[str | None]:
    """The company of every terms quote the pipeline finds in a page given as plain text."""
    found = annotate(parse_text(text)).annotations
    return [note.company for note in found if note.kind == "tos_quote"]


@pytest.mark.parametrize(("text", "companies"), [
    ("Terms of Service – what three sites take\n\nI compared the licence wording of a few sites this week.\n\n"
     "Vidlo: https://vidlo.example/terms\n\n“You give Vidlo a lasting, worldwide licence to every clip you upload.”\n",
     [None]),
    ("Why I quit the app\n\nI read the whole thing at last. Its privacy policy says: “We may pass your location to "
     "our partners.”\n",
     [None]),
    ("Quelles conditions ?\n\nOn a relu les conditions générales du service. On y lit : « Nous pouvons céder vos "
     "données à nos partenaires. »\n",
     [None]),
    ("Neue AGB\n\nDer Anbieter hat seine AGB geändert. Darin heißt es: „Wir dürfen Ihre Fotos für Werbung nutzen.“\n",
     [None]),
    ("Interestingly enough\n\nInterestingly, Vidlo's terms of service now say “we may keep your clips forever”.\n",
     ["Vidlo"]),
    ("Ring changes its terms\n\nRing updated its terms of service on Monday. They now say: “We may share your "
     "clips with local police.”\n",
     ["Ring"]),
    ("A licence too far\n\nThe update reached users on Monday.\n\nVidlo's Terms of Service now read: “You give us a "
     "lasting licence to every clip you upload.”\n",
     ["Vidlo"]),
    # The company's name set before its document's, which is no part of the company's name.
    ("Licences compared\n\nOddly, the Vidlo TOS adds notes on how to read its wording. It says: “You give Vidlo a "
     "lasting licence to every clip you upload.”\n",
     ["Vidlo"]),
    ("Quiet update\n\nThe Parkly Privacy Statement changed on Monday: “We may share your trips with insurers.”\n",
     ["Parkly"]),
    # Only a function word before the document's name: no company, and no failure.
    ("Neue Regeln\n\nDie AGB Fassung vom Mai sagt: „Wir dürfen Ihre Fotos für Werbung nutzen.“\n",
     [None]),
])  # fmt: skip
def test_the_company_is_one_the_page_names(text: str, companies: list[str | None]) -> None:
    assert _companies(text) == companies


@pytest.mark.parametrize(("context", "name"), [
    ("Die AGB sagt: ", None),
    ("The TOS says: ", None),
    ("Oddly, the Vidlo TOS adds: ", "Vidlo"),
    # A name given once, in no owner's place: a heading's first word, an authority, a person.
    ("Dull legal texts. Nobody reads them, so here are a few lines from one: ", None),
    ("Now that the State Consumer Protection Authority exists, it should read the terms: ", None),
    ("As the blogger Maria Olsen noted, the terms say: ", None),
    # A full stop ending the name's sentence is taken off, and makes no owner of it.
    ("Notes on Vidlo.\nThe terms say: ", None),
    # Followed in its sentence by "its"/"su" and the document's name; or given twice outside quotation marks.
    ("Parkly changed its terms on Monday: ", "Parkly"),
    ("«…», explica Parkly en su Política de Privacidad. ", "Parkly"),
    ("Vidlo sells clips. Under the new terms Vidlo may keep them: ", "Vidlo"),
    ("The terms say “the Services and the Content are ours” and “the Services may end”: ", None),
    ("The Parkly Privacy Statement changed: ", "Parkly"),
])  # fmt: skip
def test_a_name_before_a_document_loses_the_document(context: str, name: str | None) -> None:
    """The company read from the words before a quotation: no document's name in it, and none when only a
    function word stands before the document."""
    assert company(context) == name


@pytest.mark.parametrize(("text", "found"), [
    # A law named by its kind speaks its own words, whatever terms the page names (revtos36 on the discretion cue).
    ("Les nouvelles CGU de Vidlo\n\nVidlo a changé ses CGU cette semaine.\n\nLe décret dispose que « le ministre "
     "peut, à sa seule discrétion, suspendre le service ».\n", 0),
    ("Vidlo's new terms\n\nVidlo changed its terms this week.\n\nThe law provides that “the minister may, at its "
     "sole discretion, suspend the service”.\n", 0),
    # The terms themselves still speak.
    ("Les nouvelles CGU de Vidlo\n\nVidlo a changé ses CGU cette semaine.\n\nLes CGU disposent que « Vidlo peut, à "
     "sa seule discrétion, suspendre le service ».\n", 1),
])  # fmt: skip
def test_a_law_by_its_kind_speaks_its_own_words(text: str, found: int) -> None:
    assert len([note for note in annotate(parse_text(text)).annotations if note.kind == "tos_quote"]) == found
