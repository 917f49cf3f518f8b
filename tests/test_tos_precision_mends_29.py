"""Terms wording the precision rules of tos-real-styles-29 dropped and now keep: the document's own purpose words, a
document's verb before a trailing speaker, a document as the subject before "It said", short fragments no idiom list
knows, a law that is not the subject of the quotation's clause, an email address, a privacy notice a pop-up is about,
and a document disclaiming in its own words. The rows that keep the writer's and the speakers' words out are in
tests/test_tos_real_styles_29.py. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

TITLE = "Tamsa changes its terms"
_IN_FORCE = "Tamsa's new terms of service took effect on Friday."


@pytest.mark.parametrize(("paragraphs", "found"), [
    # Purpose words inside what the document itself bans, forbids or says are its wording.
    (("Tamsa's acceptable use policy prohibits any upload intended to “mislead buyers about where a product comes "
      "from”.",), ["mislead buyers about where a product comes from"]),
    (("Tamsa's terms of service forbid profiles created to “pose as a public figure or a business”.",),
     ["pose as a public figure or a business"]),
    (("Tamsa's privacy policy says the new scanner is designed to “spot fake receipts before payment”.",),
     ["spot fake receipts before payment"]),
    (("La política de privacidad de Tamsa dice que la función está diseñada para “medir cuánto tiempo pasas en la "
      "app”.",), ["medir cuánto tiempo pasas en la app"]),
    # The company's purpose for a clause stays out.
    (("Tamsa's terms of service changed. The new policy, Tamsa says, was designed to “keep everyone safer”.",), []),
])  # fmt: skip
def test_purpose_words_the_document_states_are_its_wording(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # The document's verb before the quotation outranks a speaker after it.
    (("Tamsa's terms now say it may “show your listings in partner apps”, the company confirmed.",),
     ["show your listings in partner apps"]),
    # A document named with its company's possessive is the subject "It" goes on with.
    (("Tamsa's privacy policy was revised in April. It said Tamsa may “pass purchase records to lenders”.",),
     ["pass purchase records to lenders"]),
    # A pronoun after an opening time looks back at the document's old wording.
    (("Tamsa replaced its terms of service in 2023. Until then, it said sellers “keep every right to their "
      "photos”.",), ["keep every right to their photos"]),
    # The company as the subject and a past statement: still the company's.
    (("Tamsa published new terms on Friday. It promised sellers “fairer fees than ever”.",), []),
])  # fmt: skip
def test_the_document_speaking_outranks_a_speaker(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A short fragment no idiom list knows is the terms' wording.
    ((_IN_FORCE, "Sellers must now agree not to “scrape listings” from the site."), ["scrape listings"]),
    ((_IN_FORCE, "Creators must now “permanently waive” any moral rights in their clips."), ["permanently waive"]),
    (("Les nouvelles conditions d'utilisation de Tamsa sont en vigueur depuis vendredi.",
      "Les vendeurs doivent désormais renoncer aux « recours collectifs » contre Tamsa."), ["recours collectifs"]),
    # After an indefinite article, a French verb of accepting keeps it the terms'.
    (("Les nouvelles conditions d'utilisation de Tamsa sont en vigueur depuis vendredi.",
      "Les vendeurs doivent désormais accepter un « arbitrage obligatoire » pour tout litige."),
     ["arbitrage obligatoire"]),
    # A known idiom, however long or in another language, stays the writer's.
    ((_IN_FORCE, "Sellers must now “think long and hard” before listing anything."), []),
    (("Les nouvelles conditions d'utilisation de Tamsa sont en vigueur depuis vendredi.",
      "Les vendeurs doivent désormais « réfléchir à deux fois » avant de publier."), []),
])  # fmt: skip
def test_short_fragments_are_kept_unless_a_known_idiom(paragraphs: tuple[str, ...], found: list[str]) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found


@pytest.mark.parametrize(("paragraphs", "found"), [
    # A law in an earlier clause, or one the update takes over from, is not what binds the quotation.
    (("Tamsa's new terms apply from June, when the Digital Services Act takes effect; sellers must “disclose every "
      "paid ranking”.",), ["disclose every paid ranking"]),
    (("Tamsa's privacy policy changed in April. The GDPR leaves no doubt, but under the update buyers must now “allow "
      "tracking to check out”.",), ["allow tracking to check out"]),
    # A user's email address is no email of the company's.
    (("Tamsa's privacy policy says it stores the email address you register with and may “pass it to marketing "
      "partners”.",), ["pass it to marketing partners"]),
    (("Tamsa's privacy policy changed in April. In the email, Tamsa says the change will “make things simpler for "
      "everyone”.",), []),
    # A pop-up about a privacy notice: "the notice" after it is that notice.
    (("Riders saw a banner about Tamsa's updated privacy notice on Friday. The notice says Tamsa may “sell ride "
      "histories to insurers”.",), ["sell ride histories to insurers"]),
    # What the document does not give, with no finding around, is its own disclaimer.
    (("Tamsa's terms of service do not provide “any promise of uptime, express or implied” for paid plans.",),
     ["any promise of uptime, express or implied"]),
    (("The regulator found that Tamsa's terms of service did not provide “a clear way to cancel”.",), []),
])  # fmt: skip
def test_laws_emails_notices_and_disclaimers_around_the_documents_wording(
    paragraphs: tuple[str, ...], found: list[str]
) -> None:
    assert quotes_found(page_units(*paragraphs, title=TITLE)) == found
