"""What the writer says the terms hold is the writer's account, not their wording: items that finish the writer's sentence
("When you sign up, you agree, among many other things:", "Clauses like these allow companies to:") or report the
document in indirect speech ("The privacy policy notes that:"), of which only the quotations inside are the document's
(signalhfx.ca's and rephyn.app's explainers); a gist under a hedge ("The policy basically says “trust us.”", "Put
simply, the new clause means this:"); and a notice the app shows ("The notice shown in the app says:", "The update
screen says:"). Clauses set off under a lead that names them, and quotations inside the items, stay the terms'."""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


TOP = "Pellmark rewrote its terms of service and privacy policy last week.\n\n"
LICENCE = "grant Pellmark a worldwide, royalty-free licence to use them"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            TOP
            + "Its terms and data policy run to almost 9,000 words. When you sign up for Pellmark, you agree, "
            "among many other things:\n\n"
            "- To keep your login details to yourself;\n"
            f"- That while you own your photos you also “{LICENCE}”; and\n"
            "- To let the app read your contact list.\n",
            [LICENCE],
        ),
        (
            TOP + "Clauses like these allow companies to:\n\n"
            "- Keep your photos after you delete them\n- Share where you are with partners\n",
            [],
        ),
        (
            TOP + "Pellmark's privacy policy notes that:\n\n"
            "- The company collects nearly everything you do in the app; and\n"
            "- It keeps a record of every device you use.\n",
            [],
        ),
        (TOP + "The policy basically says “trust us, we know best.”\n", []),
        (TOP + "So basically “we can use your photos for anything we like”. Great.\n", []),
        (
            TOP + "Put simply, the new clause means this:\n\nIf you post it, Pellmark can use it, forever.\n",
            [],
        ),
        (
            TOP + "The notice shown in the app says:\n\n"
            "We've updated our terms. By continuing to use Pellmark you accept them.\n",
            [],
        ),
        (
            TOP + "The update screen says:\n\n"
            "We've updated our terms. By continuing to use Pellmark you accept them.\n",
            [],
        ),
    ],
)
def test_the_writers_account_is_no_quote(page: str, expected: list[str]) -> None:
    assert _quotes(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            TOP + "The new terms read:\n\n"
            "- We may keep your photos after you delete your account.\n"
            "- We may share your location with partners.\n",
            [
                "We may keep your photos after you delete your account.",
                "We may share your location with partners.",
            ],
        ),
        (
            TOP + "Between 2023 and 2024, Pellmark's Terms of Use said that:\n\n"
            "(a) “uploads are taken to be accepted after 24 hours”; and\n"
            "(b) “refunds are not available for digital items”.\n",
            [
                "uploads are taken to be accepted after 24 hours",
                "refunds are not available for digital items",
            ],
        ),
        (
            TOP + "The terms effectively say users must “waive any class action.”\n",
            ["waive any class action."],
        ),
        (
            TOP
            + "Pellmark's privacy notice says:\n\nWe may share your location with advertising partners.\n",
            ["We may share your location with advertising partners."],
        ),
    ],
)
def test_the_terms_own_words_stay_quotes(page: str, expected: list[str]) -> None:
    assert _quotes(page) == expected
