"""UTF-16 without a byte-order mark in a script other than Latin is read as text; binary stays refused.

The notes are written for the test (a regulator's fine told in Japanese, Arabic, Greek, Russian and
Korean); the binary data is made here: signatures of real formats, seeded random bytes, a program's
bytes, and text in one-byte encodings and UTF-8.
"""

from __future__ import annotations

import random

import pytest

from parsers import UnreadableDocument, parse
from parsers.decode import decode_document
from parsers.signatures import describe_binary
from parsers.utf16 import bomless_utf16

NOTES = {
    "japanese": "規制当局は金曜日、アプリ運営会社に二百万ユーロの制裁金を科したと発表した。\n"
    "利用者は一年前から「暗いパターン」について苦情を寄せていた。\n",
    "arabic": "فرضت الهيئة غرامة قدرها مليونا يورو على الشركة المشغلة للتطبيق يوم الجمعة.\n"
    "وكان المستخدمون يشتكون من الأنماط المظلمة منذ عام.\n",
    "greek": "Η αρχή επέβαλε πρόστιμο δύο εκατομμυρίων ευρώ στην εταιρεία της εφαρμογής την Παρασκευή.\n"
    "Οι χρήστες παραπονούνταν εδώ και ένα χρόνο.\n",
    "russian": "Регулятор оштрафовал разработчика приложения на два миллиона евро в пятницу.\n"
    "Пользователи жаловались целый год.\n",
    "korean": "규제 당국은 금요일 앱 개발사에 200만 유로의 과징금을 부과했다고 밝혔다.\n"
    "이용자들은 1년 전부터 불만을 제기해 왔다.\n",
}
# Every byte value mapped to a printable ASCII character: bytes that read as CJK letters in pairs.
_PRINTABLE = bytes(0x21 + value % 0x5E for value in range(256))


def _printable_pairs(source: random.Random) -> bytes:
    """Random printable bytes with a UTF-16 space (b" \\x00") every hundred: CJK letters and white space."""
    return b"".join(source.randbytes(98).translate(_PRINTABLE) + b" \x00" for _ in range(90))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", sorted(NOTES))
def test_a_non_latin_note_in_utf16_without_a_bom_is_read(language: str, codec: str) -> None:
    """Its byte order is told, it is no binary data, and it decodes to what was written."""
    note = NOTES[language] * 3
    data = note.encode(codec)
    assert bomless_utf16(data) == codec
    assert describe_binary(data) is None
    assert decode_document(data) == note


def test_a_long_japanese_page_in_utf16_is_parsed_into_its_words() -> None:
    """The whole path, on a page larger than the bytes sniffed: its sentences come through."""
    page = "制裁金のお知らせ\n\n" + NOTES["japanese"] * 2_000
    article = parse(page.encode("utf-16-le"))
    text = "".join(block.text for block in article.blocks)
    assert "二百万ユーロの制裁金" in text


MIXED_NOTES = {
    "japanese-with-a-brand": "規制当局はBrightlineの運営会社に制裁金を科した。\n"
    "Brightlineは来月から設定画面を改めると述べた。\n利用者はBrightlineの通知が多すぎると訴えていた。\n",
    "japanese-with-symbols": "■ 発表の要点\n★ 制裁金：￥3,000,000\n→ 運営会社は三十日以内に改善策を出す。\n"
    "※ 利用者への通知は来週から始まる。\n",
    "russian-with-a-brand": "Регулятор оштрафовал Snapbook на два миллиона рублей.\n"
    "Представители Snapbook обещали изменить настройки.\nПользователи Snapbook жаловались весь год.\n",
    "arabic-with-a-brand": "فرضت الهيئة غرامة على شركة Snapbook يوم الخميس.\n"
    "وقالت Snapbook إنها ستغير الإعدادات قريبا.\nواشتكى مستخدمو Snapbook من الإشعارات طوال العام.\n",
    "greek-with-a-brand": "Η αρχή επέβαλε πρόστιμο στην Snapbook την Τετάρτη.\n"
    "Η Snapbook δήλωσε ότι θα αλλάξει τις ρυθμίσεις.\nΟι χρήστες της Snapbook διαμαρτύρονταν όλο τον χρόνο.\n",
}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", sorted(MIXED_NOTES))
def test_a_note_with_latin_names_or_symbols_in_utf16_is_read(name: str, codec: str) -> None:
    """A brand written in Latin letters in every sentence (16-34% of the text) or symbols (→ ★ ■ ￥) count
    as text with the script's own letters: such a note was refused as binary data."""
    note = MIXED_NOTES[name] * 20
    data = note.encode(codec)
    assert bomless_utf16(data[:8192]) == codec
    assert describe_binary(data) is None
    assert decode_document(data) == note


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(4000), "a PNG image"),
        (b"%PDF-1.7\n" + random.Random(2).randbytes(4000), "a PDF document"),
        (b"\x1f\x8b\x08\x00" + random.Random(3).randbytes(4000), "gzip-compressed data"),
        (random.Random(4).randbytes(8192), "binary data"),
        (_printable_pairs(random.Random(5)), "binary data"),
    ],
    ids=["png", "pdf", "gzip", "random", "printable-with-spaces-and-nuls"],
)
def test_binary_data_is_still_refused_in_plain_words(data: bytes, what: str) -> None:
    """Real formats and random bytes are refused with what they are, never read as UTF-16 text."""
    assert bomless_utf16(data[:8192]) is None
    with pytest.raises(UnreadableDocument, match=f"the document is {what}, not text or HTML"):
        parse(data)


def test_random_bytes_never_read_as_utf16() -> None:
    """Hostile: a hundred seeded random 8 KB heads, each spread over every script, none taken for text."""
    source = random.Random(6)
    assert all(bomless_utf16(source.randbytes(8192)) is None for _ in range(100))


@pytest.mark.parametrize(
    "data",
    [
        ("Le régulateur a infligé une amende à l'éditeur de l'application. " * 60).encode("cp1252"),
        (NOTES["japanese"] * 40).encode("utf-8"),
        (NOTES["greek"] * 40).encode("utf-8"),
        (NOTES["russian"] * 40).encode("koi8-r"),
    ],
    ids=["cp1252", "utf-8-japanese", "utf-8-greek", "koi8-r"],
)
def test_text_in_other_encodings_is_not_taken_for_utf16(data: bytes) -> None:
    """One-byte encodings and UTF-8 read as pairs would be CJK letters by the thousand, with no white
    space among them, so they are left to the other decoders."""
    assert bomless_utf16(data[:8192]) is None
