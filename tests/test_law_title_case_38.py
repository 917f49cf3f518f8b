"""A law's official title written in title case, as page titles and headings write it: "Federal Decree-Law No (45) Of
2021 Regarding The Protection Of Personal Data" is one span, as its running-text form is; a headline's verb after the
title ends it. Page of this shape: a Gulf law firm's note whose title is the decree-law's name (UAE, 2021). Every text
here is written for the test."""

from __future__ import annotations

import pytest
from law_support import find_laws


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Federal Decree-Law No (45) Of 2021 Regarding The Protection Of Personal Data",
         ["Federal Decree-Law No (45) Of 2021 Regarding The Protection Of Personal Data"]),
        ("Law No. 13 Of 2016 On The Protection Of Personal Data",
         ["Law No. 13 Of 2016 On The Protection Of Personal Data"]),
        # A headline's verb after the title is no part of it, capitalised or not.
        ("Law No. 13 Of 2016 On The Protection Of Personal Data Comes Into Force In Qatar",
         ["Law No. 13 Of 2016 On The Protection Of Personal Data"]),
        ("Law No. 13 of 2016 on Personal Data Protection Comes Into Force",
         ["Law No. 13 of 2016 on Personal Data Protection"]),
        # After a bare name, a capitalised "Regarding" is the headline's, not a title's link.
        ("The Privacy Act Regarding Facebook Data Is Back", ["Privacy Act"]),
    ],
)  # fmt: skip
def test_a_title_in_title_case_is_read_whole(text: str, found: list[str]) -> None:
    assert [law for law, _ref in find_laws(text)] == found
