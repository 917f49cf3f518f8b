"""Review rows of session 30 for a state's policy (tos_antecedents.state_issued): a state body is the policy's issuer
only as the subject of the issuing verb, with the policy that verb's object. A body in a phrase of its own before the
company ("After talks with the data protection authority, Pico published …") or in another clause ("The government
announced a crackdown, and Pico published …") leaves the policy the company's. Every text here is written for the
test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes

TITLE = "Pico's new privacy policy"


@pytest.mark.parametrize(("body", "found"), [
    ("After months of talks with the data protection authority, Pico published a new privacy policy. The policy "
     "states: “We may share your location with advertising partners.”",
     ["We may share your location with advertising partners."]),
    ("Following an order from the regulator, Pico released an updated privacy policy on Monday. The policy says Pico "
     "may “keep voice recordings for up to three years.”", ["keep voice recordings for up to three years."]),
    ("The government announced a crackdown on data brokers, and Pico published its new privacy policy the same day. "
     "The policy says: “We may sell aggregated data to partners.”", ["We may sell aggregated data to partners."]),
    ("Tras una advertencia del gobierno, Pico publicó una nueva política de privacidad. La política dice: «Podemos "
     "compartir su ubicación con anunciantes».", ["Podemos compartir su ubicación con anunciantes"]),
    ("Kenya passed a data protection law in 2019, and Pico updated its privacy policy soon after. The policy says: "
     "“We may share your data with partners.”", ["We may share your data with partners."]),
    ("Après un avertissement du gouvernement, Pico a publié une nouvelle politique de confidentialité. La politique "
     "précise : « Nous pouvons partager votre position avec nos partenaires ».",
     ["Nous pouvons partager votre position avec nos partenaires"]),
])  # fmt: skip
def test_a_company_s_policy_near_a_state_body_that_is_no_subject_stays_the_company_s(
    body: str, found: list[str]
) -> None:
    assert article_quotes(TITLE, body) == found


@pytest.mark.parametrize("body", [
    "On Wednesday, the cabinet approved a national data policy. The policy states: “Data of citizens shall be stored "
    "on servers inside the country.”",
    "The ministry, after talks with Pico, released a new data policy. The policy states: “Providers must delete "
    "location data after 14 days.”",
])  # fmt: skip
def test_a_policy_a_state_body_issues_as_subject_stays_the_state_s(body: str) -> None:
    assert article_quotes(TITLE, body) == []
