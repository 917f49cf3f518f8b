"""Helpers shared by tests."""

from __future__ import annotations

import re
from collections import Counter

from parsers.model import Article
from parsers.sanitize import clean_text

_WORD = re.compile(r"\w+")


def word_counts(text: str) -> Counter[str]:
    """The casefolded words of `text`, counted."""
    return Counter(word.casefold() for word in _WORD.findall(text))


def kept_words(article: Article) -> Counter[str]:
    """Words the article keeps in its title, standfirst, authors, blocks and comments (casefolded)."""
    metadata = article.metadata
    parts = [metadata.title or "", metadata.description or "", " ".join(metadata.authors)]
    parts += [block.text for block in article.blocks]
    parts += [f"{comment.text} {comment.author or ''}" for comment in article.comments]
    return word_counts(" ".join(parts))


def lost_words(page: str, article: Article) -> Counter[str]:
    """Words of `page` the article does not keep."""
    return word_counts(page) - kept_words(article)


def unit_offsets_hold(article: Article, source: str) -> bool:
    """Every word of every unit maps back to the same word in the (cleaned) source."""
    cleaned = clean_text(source)
    for unit in article.units():
        text, offsets = unit.text, unit.offsets
        assert offsets is not None
        position = 0
        for word in text.split():
            start = text.index(word, position)
            position = start + len(word)
            span = offsets.span_to_source(start, position)
            assert span is not None
            assert cleaned[span[0] : span[1]] == word, (word, cleaned[span[0] : span[1]])
    return True


LONG_THREAD_HEAD = "A headline about a $5 million fine\n\nBy Ann Lee | 4 March 2024\n\nThe regulator imposed a $5 million fine.\n\n"


def long_thread(comments: int) -> str:
    """A text page of one paragraph and `comments` dated comments (1,500 make it longer than LONG_TEXT)."""
    body = "".join(
        f"Reader{n} says:\nMarch 5, 2024 at 9:12 am\n\nThe $5 million fine is small for a firm this size, I think.\n\n"
        for n in range(comments)
    )
    return LONG_THREAD_HEAD + "Comments\n\n" + body


def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens, so connecting is refused."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"
