"""A cue after a sentence's last quotation covers the quotations before it only inside the clause it governs: not an
appositive, a quotation opening the sentence, a possessive's term, nor a second subject's words after "according to
the policy, and". Every text is written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found

_KETE = "Kete changes its privacy policy"


@pytest.mark.parametrize(("paragraph", "found"), [
    # Before the clause's own verb, or someone's term: only the cued quotation.
    ("Kete, the “all-in-one wallet”, may pass on “loyalty data”, the policy says.", ["loyalty data"]),
    ("“That feels invasive” and Kete may pass on “loyalty data”, the policy says.", ["loyalty data"]),
    ("The FTC's “deceptive design” rule aside, Kete may pass on “loyalty data”, the policy says.", ["loyalty data"]),
    ("Under the GDPR's “legal obligation” ground, Kete may pass on “loyalty data”, the policy says.", ["loyalty data"]),
    # With no modal between, the sentence's opening and a possessive still keep it out.
    ("“That feels invasive” and Kete passes on “loyalty data”, the policy says.", ["loyalty data"]),
    ("Under the GDPR's “legal obligation” ground Kete passes on “loyalty data”, the policy says.", ["loyalty data"]),
    # Inside the clause: both.
    ("Kete may pass on “loyalty data” to “partner banks”, the policy says.", ["loyalty data", "partner banks"]),
    # A modal right after "and" or "or" goes on with the same subject: still its clause.
    ("Kete gathers “trip histories” and may hand them to “fleet insurers”, the policy says.",
     ["trip histories", "fleet insurers"]),
    ("Kete logs “card swipes” or will match them with “store receipts”, the policy says.",
     ["card swipes", "store receipts"]),
    # A new subject before the modal after "and" still opens a clause of its own.
    ("“That feels invasive” and Kete will hand them to “fleet insurers”, the policy says.", ["fleet insurers"]),
])  # fmt: skip
def test_a_cue_covers_only_the_quotations_of_its_clause(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=_KETE)) == found


@pytest.mark.parametrize(("paragraph", "found"), [
    # After "according to the policy, and", a second subject's word without a verb of its own.
    ("Ride logs are “stored for two years,” according to the policy, and “far too long” to privacy groups.",
     ["stored for two years,"]),
    ("Ride logs are “stored for two years,” according to the policy, and a “data trap” for privacy groups.",
     ["stored for two years,"]),
])  # fmt: skip
def test_a_second_subject_after_according_to_is_not_the_document(paragraph: str, found: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title=_KETE)) == found
