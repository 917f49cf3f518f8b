"""The declared types of a feed: one list, accepted by the fetch check and read as a feed by the sniffer."""

from __future__ import annotations

import pytest

from parsers.content_check import check_declared_type
from parsers.sniff import FEED_TYPES, sniff


@pytest.mark.parametrize("content_type", [*FEED_TYPES, "application/atom+xml; charset=utf-8"])
def test_a_feed_type_is_accepted_and_read_as_a_feed(content_type: str) -> None:
    """A body declared as a feed passes the type check and, with no telling start, is read as one."""
    check_declared_type(content_type)
    assert sniff("  <channel><title>Wire</title></channel>", content_type) == "feed"
