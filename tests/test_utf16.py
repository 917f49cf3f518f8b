"""Text written as UTF-16 without a byte-order mark: read as text, while binary data stays refused."""

from __future__ import annotations

import pytest

from parsers import UnreadableDocument, parse
from parsers.decode import decode_document
from parsers.signatures import describe_binary
from parsers.utf16 import bomless_utf16

NOTE = (
    "Regulator fines app maker\n\n"
    "The Café Léon app was fined €2 million under the GDPR, its owner said on Friday.\n\n"
    "Users had complained about “dark patterns” for a year.\n"
)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_a_bom_is_read_as_written(codec: str) -> None:
    """A note saved as UTF-16 with no byte-order mark is decoded, accents and quotes and all."""
    data = NOTE.encode(codec)
    assert bomless_utf16(data) == codec
    assert describe_binary(data) is None
    assert decode_document(data) == NOTE


def test_a_utf16_page_without_a_bom_is_parsed_into_its_words() -> None:
    """The whole path: the page is no longer refused as binary data, and its paragraphs come through."""
    article = parse(NOTE.encode("utf-16-le"))
    text = " ".join(block.text for block in article.blocks)
    assert "fined €2 million under the GDPR" in text
    assert "“dark patterns”" in text


def test_utf16_cut_in_the_middle_of_a_character_is_still_read() -> None:
    """A download cut at an odd byte ends with half a character; the rest is read."""
    data = NOTE.encode("utf-16-le")[:-1]
    assert bomless_utf16(data) == "utf-16-le"
    assert decode_document(data).startswith("Regulator fines app maker")


@pytest.mark.parametrize(
    "data",
    [
        b"text\x00with\x00nuls",  # NULs in both halves of the byte pairs
        bytes(range(256)) * 4,  # every byte value
        b"\x01\x00\x02\x00\x03\x00\x04\x00" * 64,  # 16-bit numbers: NULs in place, but control characters
        b"\x80\x00\x85\x00\x9b\x00\x7f\x00" * 64,  # 16-bit numbers from 0x7F to 0x9F: C1 control characters
        b"A\x00" * 10 + b"\x00\xd8" * 3 + b"B\x00",  # lone surrogates
        b"Plain ASCII text, UTF-8 as most pages are.",
        "Une page en français, écrite en UTF-8.".encode(),
        b"",
    ],
)
def test_what_is_not_utf16_is_not_taken_for_it(data: bytes) -> None:
    """NULs in both halves, control characters, broken surrogate pairs and UTF-8 are no UTF-16."""
    assert bomless_utf16(data) is None


def test_binary_data_with_nuls_is_still_refused() -> None:
    """Bytes with NULs all over are still binary data, not a page."""
    with pytest.raises(UnreadableDocument, match="binary data"):
        parse(b"\x00\x01\x02\x03" * 500 + b"text")


def test_c1_control_characters_in_utf16_shape_are_binary() -> None:
    """Numbers that read as C1 controls (U+0080–U+009F) in UTF-16 are binary data, refused as such."""
    with pytest.raises(UnreadableDocument, match="binary data"):
        parse(b"\x80\x00\x85\x00\x9b\x00\x7f\x00" * 500)


def test_a_few_c1_controls_in_a_utf16_note_still_read() -> None:
    """A stray C1 control (a NEL, U+0085) in a long UTF-16 note does not make it binary."""
    data = (NOTE * 4 + "\x85").encode("utf-16-le")
    assert bomless_utf16(data) == "utf-16-le"
