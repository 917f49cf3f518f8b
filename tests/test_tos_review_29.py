"""Review of this session's ToS changes (revtos29): rows that failed on the commit reviewed and pass after its mend.
Every text is written for the test, after the shape of real pages named on each group."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


# tos_voiced_lead (81397a4): a pointing word points back to what the sentence before names. A version of a ministry's
# rules, a petition, an apology, an advert or a statement is theirs, however much the quotation says "we". Pages of
# this shape: a government's contact-tracing app and its rules (9news.com.au, theprint.in), a chief executive's
# apology posted to an app's users (entech4all.blogspot.com, gaytimes.co.uk).
@pytest.mark.parametrize(("title", "body"), [
    ("Health ministry updates contact-tracing app",
     "The health ministry rewrote the rules for its contact-tracing app in March, after users complained. The new "
     "version reads: “We will delete every record after 21 days.”"),
    ("Union pushes back on delivery app",
     "Riders who use the app met the transport minister on Monday. The ministry's proposal was changed twice. The "
     "earlier version said “we will cap commissions at 15 percent.”"),
    ("Lumo app users angry",
     "Users of the Lumo app saw a pop-up on Tuesday. The new version reads: “We use your location to show nearby "
     "friends.”"),
    ("Lumo app users angry",
     "Lumo users petitioned the company. The petition's wording was blunt: “We want our data back.”"),
    ("Lumo app users angry",
     "The consumer group wrote to Lumo about its users' data. Their version now reads: “We call on the company to stop "
     "sharing data.”"),
    ("Lumo app users angry",
     "Lumo changed what users see when they sign up. The old wording said “we will never show you ads”; the new one "
     "drops it."),
    ("Lumo app users angry",
     "The European Commission sent Lumo a list of questions about the app in June. The latest version says “we expect "
     "answers by July.”"),
    ("Lumo app users angry",
     "Lumo settled with users for $5 million. The settlement's final version reads: “We deny any wrongdoing.”"),
    ("Lumo app users angry",
     "Lumo's new ad campaign tells users its app is safe. The latest version says “we never look at your messages.”"),
    ("Lumo app users angry",
     "Lumo told users in a statement that nothing changed. That version of events says “we have always shared data "
     "this way.”"),
])  # fmt: skip
def test_a_version_of_something_else_is_not_the_policy(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


# The policy pointed back to may stand in the paragraph before, or in the headline over the first paragraph
# (techpolicy.press, apacnewsnetwork.com).
@pytest.mark.parametrize(("title", "body", "found"), [
    ("Lumo app users angry",
     "Lumo app users in Canada were sent a new policy in May.\n\nTheir version now reads: “We may keep your voice notes "
     "for a year.”",
     ["We may keep your voice notes for a year."]),
    ("The clause behind the fine on the Lumo app",
     "The 2022 wording let the app “pass to our sister brands” what it learned about users.",
     ["pass to our sister brands"]),
])  # fmt: skip
def test_a_version_of_the_policy_before(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


# tos_attribution._read_by_speaker (90e1cb1): a speaker's "the terms give Pico …" passes the terms' own words on when
# the quotation is worded as only terms are (terms_wording: a licence's words, a power kept "without notice"); the
# group's own reading ("do whatever it likes with your photos") stays theirs. Pages of this shape: a consumer group's
# review of platforms' terms (theguardian.com, pmnewsnigeria.com).
@pytest.mark.parametrize(("title", "body", "found"), [
    ("Pico users angry",
     "Critics said the terms of service give Pico “a worldwide, royalty-free licence” to every photo users upload.",
     ["a worldwide, royalty-free licence"]),
    ("Pico users angry",
     "The consumer group said the new terms of service allow Pico to “suspend or terminate any account without "
     "notice”.",
     ["suspend or terminate any account without notice"]),
    ("Pico users angry",
     "The consumer association said Pico's terms of service let the company “do whatever it likes with your photos”.",
     []),
])  # fmt: skip
def test_a_speaker_passing_on_terms_wording(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


# tos_mentions.public_owner (fc876fe): "National" makes a state's policy only as a word of its name; lower-case, it
# says where a company's own policy applies (a company rolling out one policy across India: pages of the shape of
# apacnewsnetwork.com).
@pytest.mark.parametrize(("title", "body", "found"), [
    ("Lumo policy",
     "Lumo rolled out a national privacy policy for its app in India. The policy says Lumo “may keep call logs for a "
     "year”.",
     ["may keep call logs for a year"]),
    ("Lumo policy",
     "Under its new national data policy, Lumo says it “may move user data to servers in India”.",
     ["may move user data to servers in India"]),
    ("Ministry news",
     "The IT ministry released its draft National Data Policy on Monday. The policy says “every ministry must share "
     "its records”.",
     []),
])  # fmt: skip
def test_national_only_in_a_state_policy_s_name(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
