"""A pointing word on a page that never names the document in full: "Their version now reads: “We share …”", "The
earlier version said “we keep …”", "Dalam kebijakan baru itu tertulis bahwa layanan “… kami …”" (tos_voiced_lead).
On a page about a company's users, the quotation is the document's when it speaks in a company's voice (we, our,
kami), and nobody else, no FAQ nor public body, stands in the lead. Pages of this shape: news of a messaging app's
policy in Nigeria and Indonesia and of an ad platform's policy edit in Australia (techpolicy.press, indonesiatech.id,
lynnandbrown.com.au, apacnewsnetwork.com). Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Two texts, two kinds of user",
     "People in Canada got a rewritten policy in March. Their version now reads: “We pass account details to partner "
     "firms only when the law allows it.” Others keep the January text.",
     ["We pass account details to partner firms only when the law allows it."]),
    ("What the watchdog says changed in 2019",
     "The watchdog's case rests on a policy edit. The earlier version said “we keep your shopping history apart from "
     "your profile.” After the change it read: “we may link your shopping history to your profile.” Users were never "
     "told.",
     ["we keep your shopping history apart from your profile.", "we may link your shopping history to your profile."]),
    ("Fine over one clause in the Lumo app",
     "The 2022 wording let the app “pass to our sister brands” what it learned about users, for ads among other "
     "things.",
     ["pass to our sister brands"]),
    ("RUU PDP masih dibahas, Kominfo panggil Lumo",
     "Dalam kebijakan baru itu tertulis bahwa layanan “dapat memberikan data yang kami kumpulkan kepada mitra iklan "
     "kami”. Sementara itu RUU PDP masih dibahas di DPR.",
     ["dapat memberikan data yang kami kumpulkan kepada mitra iklan kami"]),
])  # fmt: skip
def test_a_pointing_word_leads_to_a_company_s_voice(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found


@pytest.mark.parametrize(("title", "body"), [
    # A public body's, a party's or an FAQ's text, a company statement, a spokesperson, a regulator's or a court's text.
    ("Ministry rewrites its records policy",
     "The ministry published a rewritten policy in March. The new version reads: “We will keep citizens' records for "
     "ten years.” Critics say it breaches the GDPR."),
    ("Party sets out data plans",
     "The party published its new policy on Monday, citing the GDPR. The document says: “We will give every citizen a "
     "right to see their file.”"),
    ("Lumo users push back",
     "Users complained for a week. The FAQ's new version reads: “We do not read your messages.”"),
    ("Lumo answers critics over data",
     "Users were angry about the change. The company's statement reads: “We never sell your data.”"),
    ("Lumo users push back again",
     "Users complained for a week. A spokesperson's version was different: “We only share data with consent,” she "
     "said."),
    ("Watchdog fines Lumo",
     "The watchdog fined Lumo under the GDPR for how it treats users. The final text reads: “We find that the company "
     "failed to tell users how long it keeps their data.”"),
    ("Court rules on the Lumo app",
     "Users of the app sued under BIPA. The relevant passage reads: “We hold that users must be told before their "
     "faces are scanned.”"),
    # A lead of a pointing word whose quotation speaks in no company's voice stays unlabelled on such a page.
    ("Two texts, two kinds of user",
     "People in Canada got a rewritten policy in March. Their version now reads: “Account details go to partner firms "
     "only when the law allows it.”"),
])  # fmt: skip
def test_no_company_voice_or_someone_else_s_text(title: str, body: str) -> None:
    assert article_quotes(title, body) == []
