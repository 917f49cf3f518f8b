"""Every match of a pattern holds one of the literal pieces read from it, so a text without them has no match."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.detectors.first_chars import class_body, first_chars, lookahead, unicode_digits
from annotations.detectors.gate import (
    MIN_SCANNED_PIECES,
    MIN_SMALL_GATED_CHARS,
    Alternatives,
    Gate,
    OpeningWords,
    Piece,
    _folded_ascii_words,
    _piece_scan,
    fold,
    present,
    required_pieces,
    words_of,
)
from annotations.detectors.tos_mentions import documents
from annotations.detectors.trie import word_trie

_PATTERNS = [
    (r"\b\d{1,2}\s?U\.\s?S\.\s?C\.|\b\d{1,2}\s?USC", 0),
    (r"fine[sd]?|penalt(?:y|ies)", re.IGNORECASE),
    (r"(?:civil )?penalty", re.IGNORECASE),
    (r"Regulation\s\(EU\)\s\d{4}/\d+", 0),
    (r"(?<=\w)['’]s\s+terms", re.IGNORECASE),
    (r"(?i:kit)s", 0),
    (r"[A-Z]+ Act(?: 20\d\d)?", 0),
    (r"§+\s?\d+", 0),
    (r"利用規約|プライバシー(?:ポリシー)?", re.IGNORECASE),
    (r"(?:[该該]|此)?(?:[协協][议議]|[条條]款)", re.IGNORECASE),
]


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\d+ U\.S\.C\. § \d+", 0, {Piece(" U.S.C. § ", False)}),
        (r"fine[sd]?|fining", re.IGNORECASE, {Piece("fin", True)}),
        (r"(?:data )?protection", 0, {Piece("protection", False)}),
        (r"a+b{2,}", 0, {Piece("a", False)}),
        (r"\w+", 0, None),
        (r"x?", 0, None),
        (r"Bußgeld", re.IGNORECASE, {Piece("geld", True)}),
        (r"個人情報の?保護", re.IGNORECASE, {Piece("個人情報", True)}),
        (r"(?=GDPR)\w+", 0, None),
        (r"[协協][议議]", 0, {Piece("协", False), Piece("協", False)}),
        (r"(?:[该該]|此)?[条條]款", re.IGNORECASE, {Piece("款", True)}),
        (r"[协協][议議]|[条條]款", 0, {Piece("协", False), Piece("協", False), Piece("款", False)}),
        (r"[a協]議", 0, {Piece("議", False)}),
        (r"[a協]", 0, None),
        (r"[^協]", 0, None),
        (r"[\uac00-\ud7a3]", 0, None),
    ],
)
def test_pieces_read_from_a_pattern(pattern: str, flags: int, expected: set[Piece] | None) -> None:
    """Literal runs, the most telling part of a sequence, every branch of an alternation; nothing from
    what may be absent, from a lookahead, or from cased letters outside ASCII when case is ignored
    (script without case, as Japanese, stays: re matches it only as itself); a class of characters outside ASCII
    gives each of them, one with ASCII in it nothing."""
    found = required_pieces(pattern, flags)
    assert (set(found) if found is not None else None) == expected


_TEXT = st.lists(
    st.sampled_from(
        ["privacy policy", "Ring’s  policy", "agreement", "TOS", "terms of", "terms", "15 U.S.C.", "15 USC", "U. S. C.", "FINE", "Fines", "fİne", "fıne", "ſ", "penalty", "PENALTIES", "civil ",
         "Regulation (EU) 2016/679", "Ring’s terms", "Ring's  TERMS", "\u212aits", "KITs", "GDPR Act 2018", "利用規約", "プライバシー", "协议", "協議", "此条款", "该協", "議",
         "§§ 5", " ", "x", "\n", "3 rules", "٣ rules", "१ Rules", "３.２ account", "7"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATTERNS), _TEXT)
def test_a_text_with_a_match_holds_a_piece(case: tuple[str, int], text: str) -> None:
    """Whenever a pattern matches, the text holds one of its pieces (folded as re folds case)."""
    pattern, flags = case
    pieces = required_pieces(pattern, flags)
    assert pieces is not None
    if re.search(pattern, text, flags):
        assert present(pieces, text, fold(text))


_ALTERNATIVES = [
    r"\bterms(?!\s+of)",
    r"(?<=\w)['’]s\s+policy",
    r"privacy (?:policy|notice)",
    r"\bToS\b",
    r"\w+ment",
    r"U\.S\.C\.",
    r"(?:civil )?penalty",
]


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from([0, re.IGNORECASE]))
def test_alternatives_cut_to_a_text_find_what_the_whole_finds(text: str, flags: int) -> None:
    """Searching with only the alternatives a text can hold finds the same spans as the whole alternation."""
    alternatives = Alternatives(_ALTERNATIVES, flags)
    cut = alternatives.for_text(text)
    found = [match.span() for match in cut.finditer(text)] if cut is not None else []
    assert found == [match.span() for match in alternatives.pattern.finditer(text)]


_FOLDING_SWITCHED = [*_ALTERNATIVES, r"(?-i:[A-Z]\w*)\s+states", r"\b(?i:the)\s+rules"]
# Patterns that open with a digit: \d matches "３", "٣" and "१" too, so the lookahead must let them by.
_DIGIT_LED = [r"\b\d+\s+rules", r"\d(?:\.\d)*\s+account", r"(?<=\w)['’]s\s+terms"]


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from([0, re.IGNORECASE]))
def test_alternatives_find_what_their_plain_alternation_finds(text: str, flags: int) -> None:
    """The whole alternation and the one cut to a text, behind their lookahead on the characters a
    match opens with, find the spans the plain `(?:a)|(?:b)|…` finds, also where a group switches case
    folding off or on."""
    alternatives = Alternatives(_FOLDING_SWITCHED, flags)
    plain = re.compile("|".join(f"(?:{pattern})" for pattern in _FOLDING_SWITCHED), flags)
    expected = [match.span() for match in plain.finditer(text)]
    cut = alternatives.for_text(text)
    assert [match.span() for match in alternatives.pattern.finditer(text)] == expected
    assert ([match.span() for match in cut.finditer(text)] if cut is not None else []) == expected


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.sampled_from([0, re.IGNORECASE]))
def test_digit_led_alternatives_find_what_their_plain_alternation_finds(text: str, flags: int) -> None:
    """Behind the lookahead, alternatives opening with \\d find what the plain alternation finds, also
    where the digit is not an ASCII one (before, the lookahead held 0-9 only: "٣ rules" was missed)."""
    alternatives = Alternatives(_DIGIT_LED, flags)
    plain = re.compile("|".join(f"(?:{pattern})" for pattern in _DIGIT_LED), flags)
    expected = [match.span() for match in plain.finditer(text)]
    cut = alternatives.for_text(text)
    assert [match.span() for match in alternatives.pattern.finditer(text)] == expected
    assert ([match.span() for match in cut.finditer(text)] if cut is not None else []) == expected


def test_a_lookahead_on_a_digit_holds_every_digit_re_matches() -> None:
    """`\\d` opens a match with any Unicode decimal digit, unless re.ASCII (or "(?a)") narrows it."""
    assert first_chars(r"\d+") == set(unicode_digits()) >= set("0123456789３٣१")
    assert unicode_digits() == {char for char in map(chr, range(sys.maxunicode + 1)) if re.match(r"\d", char)}
    assert first_chars(r"\d+", re.ASCII) == first_chars(r"(?a)\d+") == set("0123456789")
    pointing = Alternatives([r"\b\d+\s+rules", r"(?<=\w)'s\s+terms"], re.IGNORECASE)
    assert [match.group() for match in pointing.pattern.finditer("٣ rules, 3 rules")] == [
        "٣ rules",
        "3 rules",
    ]
    numbered = documents("generic_document").words
    assert [match.group() for match in numbered.finditer("see “３.２ Account Rules”")] == [
        "３.２ Account Rules"
    ]


def test_a_class_of_every_digit_is_written_with_a_digit_escape() -> None:
    """A class holding every decimal digit is written `\\d` and the other characters (re tests hundreds of listed
    digits range by range); it matches what the listed class matches, with or without case folding. A class that
    lacks one digit is listed as it is."""
    chars = set(unicode_digits()) | {"$", "a", "’", "-"}
    body = class_body(chars)
    assert body.startswith(r"\d") and len(body) < 20
    short = set(unicode_digits()) - {"٣"}
    assert not class_body(short).startswith(r"\d")
    probe = [*unicode_digits(), *map(chr, range(0x3000)), "\uff13", "\U0001d7d9", "A", "Ⅳ", "²", "½"]
    for flags in (0, re.IGNORECASE):
        for wanted in (chars, short):
            written = re.compile(f"[{class_body(wanted)}]", flags)
            listed = re.compile("[" + "".join(re.escape(char) for char in sorted(wanted)) + "]", flags)
            assert [char for char in probe if written.match(char)] == [
                char for char in probe if listed.match(char)
            ]
    assert lookahead(r"\d+|\$\d+") == r"(?=[\d\$])"


def test_alternatives_opening_with_a_boundary_open_with_a_lookahead() -> None:
    """Alternatives that open with a boundary or a look-behind, which re tries branch by branch at every
    position, open with a lookahead on their first characters; not where a group switches folding on
    in a pattern that does not fold (the lookahead would not fold either)."""
    pointing = [r"\b(?:the|its)\s+policy", r"(?<=\w)['’]s\s+terms", r"\bToS\b"]
    assert Alternatives(pointing, re.IGNORECASE).pattern.pattern.startswith("(?=[")
    assert not Alternatives([*pointing, r"\b(?i:our)\s+rules"]).pattern.pattern.startswith("(?=[")
    assert Alternatives([*pointing, r"\b(?i:our)\s+rules"]).pattern.search("see OUR rules") is not None


def test_a_text_without_any_piece_is_not_searched() -> None:
    """No alternative can match a text that holds none of their pieces: there is nothing to search."""
    assert Alternatives([*_ALTERNATIVES[:-1], "fine"]).for_text("nothing of the kind") is None


# Pieces that start where others start ("fin", "fine", "fines"), in both cases, and enough others that
# the gate finds them in one scan.
_GATE_NEEDS: list[frozenset[Piece] | None] = [
    frozenset({Piece("fine", False)}),
    frozenset({Piece("fines", False), Piece("penalty", True)}),
    frozenset({Piece("fin", True)}),
    frozenset({Piece("U.S.C.", False), Piece("$", False)}),
    frozenset({Piece("in", True), Piece("inf", True)}),
    None,
    *(frozenset({Piece(f"q{number}x", number % 2 == 0)}) for number in range(MIN_SCANNED_PIECES)),
]


def _viable_by_hand(text: str) -> frozenset[int]:
    """The patterns whose pieces a text holds, each piece tested on its own."""
    return frozenset(
        index
        for index, need in enumerate(_GATE_NEEDS)
        if need is None or any(piece.text in (fold(text) if piece.folded else text) for piece in need)
    )


@settings(max_examples=80)
@given(st.text(alphabet="finesFINESpaltyU.S.C$ q1x", max_size=40), st.sampled_from([1, 400]))
def test_a_gate_finds_every_piece_a_text_holds(text: str, repeat: int) -> None:
    """One scan finds every piece, also pieces that start where a longer one starts ("fin" in "fines"),
    and a text past the scanned length, tested piece by piece, gets the same answer."""
    long_text = text * repeat
    assert Gate(_GATE_NEEDS).viable(long_text) == _viable_by_hand(long_text)


@settings(max_examples=60)
@given(st.data(), st.sampled_from(["abc $\n.", "abcdefghijklmnopqrstuvwxyz $\n."]))
def test_a_scan_for_many_pieces_finds_each_one_a_text_holds(data: st.DataObject, alphabet: str) -> None:
    """With few or most letters opening a piece (a scan from their class, or from every position),
    the gate opens exactly the patterns whose piece the text holds, also one inside another piece."""
    piece_text = st.text(alphabet=alphabet, min_size=1, max_size=4)
    pieces = data.draw(st.lists(piece_text, min_size=MIN_SCANNED_PIECES, max_size=90))
    text = data.draw(st.text(alphabet=alphabet, max_size=60))
    gate = Gate([frozenset({Piece(piece, False)}) for piece in pieces])
    assert gate.viable(text) == {index for index, piece in enumerate(pieces) if piece in text}


@settings(max_examples=60)
@given(st.data())
def test_a_scan_beside_a_few_lower_case_pieces_finds_each_one_a_text_holds(data: st.DataObject) -> None:
    """Pieces that open with a capital, a digit or a mark are scanned for and the few that open with a
    lower-case letter tested one by one: together they open exactly the patterns whose piece the text
    holds, a piece inside or at the start of another one too."""
    alphabet = "Aa1b. \n"
    rest = st.text(alphabet=alphabet, max_size=3)
    scanned = data.draw(
        st.lists(
            st.builds(str.__add__, st.sampled_from("A1. \n"), rest),
            min_size=MIN_SCANNED_PIECES,
            max_size=64,
            unique=True,
        )
    )
    tested = data.draw(st.lists(st.builds(str.__add__, st.sampled_from("ab"), rest), min_size=1, max_size=8))
    pieces = data.draw(st.permutations(scanned + tested))
    text = data.draw(st.text(alphabet=alphabet, max_size=60))
    gate = Gate([frozenset({Piece(piece, False)}) for piece in pieces])
    assert gate.viable(text) == {index for index, piece in enumerate(pieces) if piece in text}


def test_lower_case_pieces_beside_a_scan_stand_for_their_prefixes() -> None:
    """ "hapter" of a citation gate holds "hap": a text with either opens its pattern, and a capital's
    piece is still found by the scan."""
    pieces = ["hapter", "hap", "U.S.C.", *(f"Q{number}" for number in range(MIN_SCANNED_PIECES))]
    gate = Gate([frozenset({Piece(piece, False)}) for piece in pieces])
    assert gate.viable("Chapter 5 of 15 U.S.C. and Q7") == {0, 1, 2, 3 + 7}
    assert gate.viable("a happy chap") == {1}
    assert gate.viable("nothing") == set()


def test_a_piece_may_open_with_a_line_break() -> None:
    """A piece found from its first character's class is found when that character is a line break."""
    pieces = ["\nb", *(f"q{number}" for number in range(MIN_SCANNED_PIECES))]
    gate = Gate([frozenset({Piece(piece, False)}) for piece in pieces])
    assert gate.viable("a\nb q7") == {0, 8}


def test_a_gate_opens_every_pattern_of_nested_pieces() -> None:
    """ "fines" holds "fine", "fin" and "in" too: all their patterns can match."""
    gate = Gate(_GATE_NEEDS)
    assert gate.viable("Fines") == {2, 4, 5}  # "fine" and "fines" keep their case
    assert gate.viable("fines") == {0, 1, 2, 4, 5}
    assert gate.viable("none here") == {5}
    assert gate.viable("Q10X q3x Q1X") == {5, 6 + 3, 6 + 10}  # q10x is folded, q1x and q3x are not


_NAMES = [
    "data protection act",
    "children's online privacy act",
    "e-privacy directive",
    "kişisel verilerin",
    "ıdea law",
    "datenschutzgesetz",
]


_NAME_WORDS = ["data", "DATA", "protection", "act", "children's", "CHILDREN’S", "online", "privacy", "e-privacy",
               "directive", "kişisel", "KİŞİSEL", "verilerin", "ıdea", "IDEA", "law", "metadata", "ς", "€",
               "DATA Protection  Act", "IDEA LAW", "Children’s Online\nPrivacy Act", "E-Privacy Directive",
               "KİŞİSEL VERİLERİN", "Datenschutzgesetz", "DATENSCHUTZGESETZ", "children", "s", "'"]  # fmt: skip


@settings(max_examples=150)
@given(
    st.lists(st.tuples(st.sampled_from(_NAME_WORDS), st.sampled_from([" ", "  ", "-", "", "\n"])), max_size=8)
)
def test_a_text_that_holds_a_name_is_always_let_through(words: list[tuple[str, str]]) -> None:
    """Wherever the word trie of the names finds one, its first word lets the text through."""
    text = "".join(word + gap for word, gap in words)
    trie = word_trie(_NAMES, fold=True, not_before=r"\w", not_after=r"\w")
    if trie.search(text) is not None:
        assert OpeningWords(_NAMES).may_hold(text)


def test_opening_words_let_through_what_may_hold_a_name() -> None:
    """A text holding a name's first two words (its only word) as words, folded, is searched; others are not."""
    openers = OpeningWords(_NAMES)
    assert openers.may_hold("The DATA Protection Act")
    assert openers.may_hold("IDEA law")  # "ı" folds to "i" as re ignoring case reads it
    assert not openers.may_hold("metadata and childrens")
    assert not openers.may_hold("share your data with partners")  # "data" opens a name, "data with" none
    assert openers.may_hold("the DATENSCHUTZGESETZ")
    assert openers.may_hold("Σ is cased: judged by the search itself")
    assert OpeningWords(["(EU) 2016/679"]).may_hold("no word opens that name")


def test_alternatives_that_open_with_uncased_characters_are_searched_whole() -> None:
    """Six or more alternatives that each open with punctuation or CJK script are scanned by re from one
    such character to the next, so no gate is put before them; a cased opening letter brings it back."""
    scanned = Alternatives([r",\ and", ";", r",\ they", "利用規約", "(?:規約)", r"\.\d"], re.IGNORECASE)
    assert scanned.for_text("nothing of the kind") is scanned.pattern
    gated = Alternatives([r",\ and", ";", r",\ they", "利用規約", "(?:規約)", "terms"], re.IGNORECASE)
    assert gated.for_text("nothing of the kind") is None


@settings(max_examples=200)
@given(st.text(st.sampled_from(list("ab_9 -.,'’\t\n\x1c\x7fé€İΣ中")), max_size=40))
def test_words_of_a_text_are_the_runs_a_word_pattern_finds(text: str) -> None:
    """ASCII or not, `words_of` gives the runs of word characters `\\w+` finds, in order."""
    assert words_of(text) == re.findall(r"\w+", text)
    assert words_of(text.encode("ascii", "ignore").decode()) == re.findall(
        r"\w+", text.encode("ascii", "ignore").decode()
    )


@settings(max_examples=200)
@given(st.text(st.sampled_from(list("aZ_9 -.,'’\t\n\x00\x1c\x7fé€“İΣ中")), max_size=40))
def test_folded_words_of_ascii_bytes_are_the_words_of_the_folded_text(text: str) -> None:
    """One translate of a text's ASCII bytes gives `words_of(fold(text))`; a character outside ASCII
    written as "?" (no word character) splits words as a mark does."""
    ascii_text = text.encode("ascii", "ignore").decode()
    assert _folded_ascii_words(ascii_text.encode("ascii")) == words_of(fold(ascii_text))
    replaced = text.encode("ascii", "replace")
    assert _folded_ascii_words(replaced) == words_of(fold(replaced.decode("ascii")))


def test_a_scan_of_pieces_that_most_letters_open_finds_the_longest_piece_at_each_position() -> None:
    """The scan opens with the class of the pieces' first characters even where most letters open one (the terms
    documents' pieces): at each position it finds the longest piece starting there, as a lookahead tried at every
    position did."""
    pieces = sorted({word[:cut] for word in _LETTER_WORDS for cut in (3, len(word))})
    assert len({piece[0] for piece in pieces}) >= 13
    scan = _piece_scan(pieces)
    text = "the user agreement, its terms and conditions; a policy, the rules of a forum, notice given."
    longest = [
        max((piece for piece in pieces if text.startswith(piece, at)), key=len, default=None)
        for at in range(len(text))
    ]
    assert sorted(scan.findall(text)) == sorted(piece for piece in longest if piece is not None)


_LETTER_WORDS = ["agreement", "basic", "conditions", "data", "eula", "forum", "guidelines", "house", "info", "kit",
                 "licence", "membership", "notice", "online", "policy", "rules", "service", "terms", "usage",
                 "vendor", "warranty"]  # fmt: skip


def test_opening_words_answer_alike_for_texts_asked_about_in_turn() -> None:
    """A text's words are kept for the few texts asked about last (by the text itself, not its value): many texts
    asked about in turn, again and again, get the answers each gets alone."""
    openers = OpeningWords(_NAMES)
    texts = [
        f"{lead} number {n}" for n in range(12) for lead in ("The DATA Protection Act", "share your data")
    ]
    alone = [OpeningWords(_NAMES).may_hold(text) for text in texts]
    for _ in range(3):
        assert [openers.may_hold_recent(text) for text in texts] == alone
        assert [openers.may_hold_recent(text) for text in reversed(texts)] == alone[::-1]


def test_a_few_alternatives_are_cut_to_a_long_text_only() -> None:
    """Fewer than MIN_GATED_ALTERNATIVES alternatives are searched whole in a short text; in a long one (a lead-in of
    joined quotations) only those whose pieces it holds are, and they find what the whole finds."""
    few = [r"\b(?:users|members)\s+grant", r"(?-i:[A-Z]\w*)\s+reserves\s+the\s+right", r"\bse\s+reserva"]
    alternatives = Alternatives(few, re.IGNORECASE)
    short = "Members grant it all."
    assert alternatives.for_text(short) is alternatives.pattern
    lead = "Kete may disclose " + ", ".join(f"“item {n}”" for n in range(12))
    assert len(lead) >= MIN_SMALL_GATED_CHARS
    assert alternatives.for_text(lead) is None
    for text in (
        lead + " and users grant it",
        lead + ", and Kete reserves the right to",
        lead + " se reserva",
    ):
        cut = alternatives.for_text(text)
        assert cut is not None and cut is not alternatives.pattern
        assert [m.span() for m in cut.finditer(text)] == [
            m.span() for m in alternatives.pattern.finditer(text)
        ]


def test_the_whole_alternation_is_compiled_when_first_asked_for() -> None:
    """A text searched with the part of an alternation its pieces let through leaves the whole uncompiled (the first
    annotate compiled every terms role's whole alternation); asked for, it is the alternation with its lookahead,
    made once."""
    pointing = [
        rf"\b(?:the|its)\s+{noun}\b" for noun in ("rules", "policy", "terms", "notice", "agreement", "code")
    ]
    alternatives = Alternatives(pointing, re.IGNORECASE)
    cut = alternatives.for_text("As the policy now says, nothing else applies.")
    assert cut is not None and cut.search("the policy") is not None
    assert alternatives._whole is None
    whole = alternatives.pattern
    assert whole is alternatives.pattern
    assert whole.pattern.startswith("(?=[") and whole.search("Its Terms apply") is not None
