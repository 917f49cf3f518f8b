"""A reply a customer got from the company about its terms is the company's answer, not the document (role
other_source, replies-received): "I emailed Filebox about the new terms and got this back: “…”", "your response
states “…”", "The answer I got reads:", "this is what they said:". Consumer columns and blogs set the policy's words
beside support's reply (necontact.wordpress.com, a letter to a company on its refund policy and its reply;
chuckray.net and infoworld.com, customers told by support what the terms say). GUIDELINES: FAQ answers and a
company's explanations are no terms. The policy quoted in the same letter, and the terms a reader quotes after reading
them, keep their label. Every text here is written for the test."""

from __future__ import annotations

import pytest
from tos_support import article_quotes


@pytest.mark.parametrize(("title", "body"), [
    ("Filebox support",
     "I emailed Filebox about the new terms of service and got this back: “We will never train AI on your files.”"),
    ("Filebox support",
     "I emailed Filebox about the new terms of service and got this back:\n\n“We will never train AI on your files. "
     "What you upload stays yours.”"),
    ("Filebox support",
     "I asked Filebox about its privacy policy and received this reply: “We will never train AI on your files.”"),
    ("Filebox support",
     "I asked about the refund policy. The answer I got reads: “Cancellation can only be completed before the "
     "renewal date.”"),
    ("Filebox support",
     "I complained to Filebox about the terms of use, and this is what they said:\n\n“We will never train AI on your "
     "files. What you upload stays yours.”"),
])  # fmt: skip
def test_a_reply_received_is_no_terms(title: str, body: str) -> None:
    assert article_quotes(title, body) == []


@pytest.mark.parametrize(("title", "body", "found"), [
    ("Dear Company X",
     "Thanks for your letter about my question on your refund policy. I understand your policy states that “renewals "
     "cannot be refunded.” But your response states “cancelling is only possible before the renewal date.”",
     ["renewals cannot be refunded."]),
    ("Filebox support",
     "I read the privacy policy and this is what it says: “We may use your files to train AI.”",
     ["We may use your files to train AI."]),
    ("Filebox support",
     "I checked the terms of service and found this:\n\n“We may use your files to improve our AI models.”",
     ["We may use your files to improve our AI models."]),
    ("Filebox changes its terms",
     "In response to the criticism, Filebox changed its terms of service, which now say it “will not train AI on "
     "your files.”",
     ["will not train AI on your files."]),
])  # fmt: skip
def test_the_terms_beside_a_reply_keep_their_words(title: str, body: str, found: list[str]) -> None:
    assert article_quotes(title, body) == found
