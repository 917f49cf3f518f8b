"""A quotation after a terms quotation that closed its own sentence, led in by a new sentence's own colon ("Trên
Facebook, anh Nam bình luận: “…”"): the poster's words, not the terms going on. Patterns from real pages: Vietnamese
news on users' Facebook posts about a platform's privacy policy (tuoitrexahoi.vn), an Australian privacy blog that
quotes a messenger's policy and then its executives' posts (privacy108.com.au), a UK tech site that quotes a privacy
policy change and then the company (theregister.co.uk). "changed from “…” to “…”" still goes on. Every text here is
written for the test."""

from __future__ import annotations

import pytest
from tos_support import page_units, quotes_found


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Điều khoản sử dụng mới của Sen ghi: “Chúng tôi có thể chia sẻ dữ liệu với đối tác.” Trên Facebook, anh Nam"
         " bình luận: “Vậy là hết riêng tư.”", ["Chúng tôi có thể chia sẻ dữ liệu với đối tác."]),
        ("Điều khoản sử dụng mới của Sen ghi: “Chúng tôi có thể chia sẻ dữ liệu với đối tác.” Chị Lan nhận xét:"
         " “Không ai đọc kỹ cả.”", ["Chúng tôi có thể chia sẻ dữ liệu với đối tác."]),
        ("Sen changed its terms of use from “We never share your data.” to “We may share your data.”",
         ["We never share your data.", "We may share your data."]),
        # A lead-in of its own whose subject is a pronoun for the document and whose verb is the document's: the
        # document goes on ("After the change it read:").
        ("Sen's terms of use once said “We never share your data.” After the change they read: “We may share your"
         " data.”", ["We never share your data.", "We may share your data."]),
    ],
)  # fmt: skip
def test_a_new_sentences_own_lead_in_takes_the_next_quotation(paragraph: str, expected: list[str]) -> None:
    assert quotes_found(page_units(paragraph, title="Sen cập nhật điều khoản")) == expected
