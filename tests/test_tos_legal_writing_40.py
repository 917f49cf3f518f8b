"""ToS recall, session 40 (tosrec31): legal writing that quotes the clauses a court or a regulator judged.

- Arbitration writing names the venue a clause leaves open: "“any dispute” may be brought in small claims court, or
  through “…”". "claims" there is a noun, not a verb of saying, and a court one sues "in" or goes "to" is a place,
  not a speaker; both took the next quotation from the terms.
- A platform's rules for developers are named by a long capitalised name ("Apple's App Store Review Guidelines state
  that apps “…”"), longer than the two describing words a pointing phrase allows.
- A clause named by its title speaks for the terms on a page that names them ("“…,” the Class Action Waiver states",
  "The limitation of liability reads: “…”"), as "the clause" and "the provision" do; not a bare "waiver", which a
  regulator grants, nor an arbitration agreement on a page that names no terms.
- A court, a regulator or a consumer body that judges a clause quotes it right after the word "clause" ("The court
  found the clause “We may …” unfair", "Das Landgericht erklärte die Klausel „Wir können …“ für unwirksam"): the words
  are the clause's, on a page that names the terms, when they bind as a clause; not a verdict in marks, a judging only
  supposed, a spokesperson defending the clause or a settlement's clause.
- A German injunction bars "nachfolgende oder mit diesen inhaltsgleiche Bestimmungen" / "diesen inhaltsgleiche
  Klauseln": the clauses set off under it are the company's standard terms.
- A law firm's model clause ("here is a provision that a fictitious shop might incorporate into its terms of use:")
  is the firm's drafting, no company's wording.
"""

from __future__ import annotations

import pytest

from annotations import annotate
from parsers import parse_text


def _quotes(text: str) -> list[str]:
    return [found.text for found in annotate(parse_text(text)).annotations if found.kind == "tos_quote"]


_ACCEPTED = "Court ruling\n\nThe plaintiff accepted the Zapt app's terms of service in 2021.\n\n"
_GUIDE = "Guide\n\nEvery shop needs terms of service.\n\n"
_CLAUSE = "By posting a review, you grant us a perpetual licence to use it."

CASES = [
    # The venue an arbitration clause names is no speaker between two quotations of the terms.
    (
        "Quillo loses bid to arbitrate\n\nThe Quillo terms of service say that “any dispute” may be brought in small "
        "claims court, or through “good-faith talks” before arbitration.",
        ["any dispute", "good-faith talks"],
    ),
    (
        "Quillo loses bid to arbitrate\n\nThe Quillo terms of service say that “any dispute” may not be brought in "
        "court, and must go through “good-faith talks” before arbitration.",
        ["any dispute", "good-faith talks"],
    ),
    # The verb "claims" and a court that speaks still take their quotation.
    (
        "Zapt ruling\n\nZapt's terms of use bind every user. “Users can never sue us,” the company claims.",
        [],
    ),
    (
        "Quillo loses\n\nThe Quillo terms say users “waive any right to sue”. “That clause is void,” the court said.",
        ["waive any right to sue"],
    ),
    # A developer policy by its long name.
    (
        "Store rules tested\n\nIn the suit, Apple's App Store Review Guidelines state that apps “must not share user "
        "data without asking first.”",
        ["must not share user data without asking first."],
    ),
    (
        "Agency rules\n\nThe regulator's review guidelines state that agencies “must publish every decision within a "
        "month.”",
        [],
    ),
    # A clause by its title, on a page that names the terms.
    (
        _ACCEPTED + "“You waive any claim to a class trial,” the Class Action Waiver states.",
        ["You waive any claim to a class trial,"],
    ),
    (
        _ACCEPTED + "The limitation of liability reads: “Our total liability is capped at fifty dollars.”",
        ["Our total liability is capped at fifty dollars."],
    ),
    (
        _ACCEPTED + "The arbitration agreement provides that “any dispute goes to a single arbitrator.”",
        ["any dispute goes to a single arbitrator."],
    ),
    (
        _ACCEPTED
        + "The FCC granted a waiver. The waiver states that carriers “may delay the rollout by a year.”",
        [],
    ),
    (
        "Court ruling\n\nThe drivers signed an arbitration agreement with the company. The arbitration agreement "
        "provides that “any dispute goes to a single arbitrator.”",
        [],
    ),
    # A model clause is the drafter's; a company's clause under the same kind of lead is the terms'.
    (
        _GUIDE
        + "For example, here is a provision that a fictitious shop might incorporate into its terms of use:\n\n"
        + _CLAUSE,
        [],
    ),
    (_GUIDE + "Quillo's terms of use include this provision:\n\n" + _CLAUSE, [_CLAUSE]),
    (_GUIDE + f"Quillo might include more detail, but its terms of use now say: “{_CLAUSE}”", [_CLAUSE]),
]


_RULING = "Court strikes down Zapt account clause\n\nThe plaintiff accepted the Zapt app's terms of service in 2021.\n\n"
_END = "We may end your account at any time for any reason"

JUDGED = [
    (_RULING + f"The court found the clause “{_END}” unfair.", [_END]),
    (_RULING + f"The court declared void the clause “{_END}.”", [_END + "."]),
    (_RULING + "The tribunal held that the clause “we may change these terms at any time” was abusive.",
     ["we may change these terms at any time"]),
    (
        "Gericht kippt Klausel von Zapt\n\nDie Verbraucherzentrale hatte gegen die AGB von Zapt geklagt.\n\nDas "
        "Landgericht erklärte die Klausel „Wir können Ihre Daten an Partner weitergeben“ für unwirksam.",
        ["Wir können Ihre Daten an Partner weitergeben"],
    ),
    (
        "Le tribunal sanctionne Zapt\n\nL'association attaquait les CGU de Zapt.\n\nLe tribunal a jugé la clause « Nous "
        "pouvons modifier ces conditions à tout moment » abusive.",
        ["Nous pouvons modifier ces conditions à tout moment"],
    ),
    # The court's own verdict, a judging only supposed, a defender, a settlement's clause, a page naming no terms.
    (_RULING + "The court found the clause “procedurally unconscionable” in part.", []),
    (_RULING + f"A court would likely find the clause “{_END}” void.", []),
    (_RULING + f"A spokesperson defended the clause “{_END}.”", []),
    (_RULING + "In the settlement, the court upheld the clause “We will pay every affected user within 90 days”.", []),
    (
        "Judges and the law of contract\n\nIn a 1998 case between two traders, the court found the clause “Either party "
        "may end this agreement at any time” unfair.",
        [],
    ),
    # On a page about a company's users, a clause in the company's own "we" is its terms.
    (
        "Court strikes down Zapt account clause\n\nThe court found the clause “We may end your account at any time” "
        "unfair.",
        ["We may end your account at any time"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quotes"), JUDGED)
def test_a_clause_a_court_judged(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


_TENOR = "Landgericht untersagt Klauseln von Zapt\n\nDie Beklagte wird verurteilt, es zu unterlassen, "
_WIR = "Wir können die Bereitstellung unserer Dienste an Sie jederzeit einstellen."

TENOR = [
    (
        _TENOR
        + "nachfolgende oder mit diesen inhaltsgleiche Bestimmungen in Vereinbarungen mit Verbrauchern "
        f"einzubeziehen, sowie sich auf die Bestimmungen zu berufen:\n\n„{_WIR}“",
        [_WIR],
    ),
    (
        _TENOR
        + "die folgenden und/oder diesen inhaltsgleiche Klauseln in Bezug auf Kredite zu verwenden:\n\n"
        "„Die Besichtigung zur internen Wertermittlung kostet 200,00 Euro.“",
        ["Die Besichtigung zur internen Wertermittlung kostet 200,00 Euro."],
    ),
    # An injunction against a statement, not a clause: no set-off terms.
    (
        _TENOR + "die folgende Aussage zu wiederholen:\n\n„Zapt ist und bleibt kostenlos.“",
        [],
    ),
]


@pytest.mark.parametrize(("text", "quotes"), TENOR)
def test_clauses_under_an_injunction(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


@pytest.mark.parametrize(("text", "quotes"), CASES)
def test_legal_writing_quotes(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
