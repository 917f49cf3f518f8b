"""The knowledge base: every data file loads and validates; broken entries are refused."""

from __future__ import annotations

import pytest

from annotations.knowledge import (
    KnowledgeError,
    law_from_toml,
    laws_by_id,
    load_clauses,
    load_laws,
    read_toml,
    validate_laws,
)
from annotations.model import LawEntry


def test_a_bill_names_no_year_of_enactment_and_no_regulator() -> None:
    """A proposed law never enacted has neither (laws.toml conventions): the app would show it as a law of its year."""
    bills = [law for law in load_laws() if law.kind == "bill"]
    assert bills
    assert [(law.id, law.year, law.regulators) for law in bills if law.year or law.regulators] == []


def test_every_law_loads_with_its_required_facts() -> None:
    """At least 80 laws, each with id, name, kind, jurisdiction and summary."""
    laws = load_laws()
    assert len(laws) >= 80
    for law in laws:
        assert law.id and law.name and law.kind and law.jurisdiction and law.summary
        for cap in law.penalties:
            assert cap.amount is not None or cap.percent is not None
            if cap.amount is not None:
                assert cap.currency and cap.as_of


def test_required_laws_are_present() -> None:
    """The laws the foundation names are in the knowledge base."""
    ids = {law.id for law in load_laws()}
    assert {"coppa", "coppa-rule", "gdpr", "ccpa", "cpra", "bipa", "hipaa", "ftc-act"} <= ids


@pytest.mark.parametrize("name", ["money.toml", "penalties.toml", "tos_quotes.toml", "clauses.toml"])
def test_every_vocabulary_file_parses(name: str) -> None:
    """Each TOML file of the knowledge base parses."""
    assert read_toml(name)


def test_clause_categories_compile_with_severities() -> None:
    """Clause categories load with valid severities and compiled patterns."""
    clauses = load_clauses()
    assert {category.severity for category, _ in clauses} <= {"low", "medium", "high"}
    assert len(clauses) >= 10


def test_missing_field_is_refused() -> None:
    """A law without a summary does not load."""
    with pytest.raises(KnowledgeError, match="summary"):
        law_from_toml({"id": "x", "name": "X Act", "kind": "statute", "jurisdiction": "US"})


def test_bad_pattern_is_refused() -> None:
    """A citation pattern that does not compile is refused at load."""
    entry = {"id": "x", "name": "X Act", "kind": "statute", "jurisdiction": "US", "summary": "s",
             "citation_patterns": ["(unclosed"]}  # fmt: skip
    with pytest.raises(KnowledgeError, match="citation pattern"):
        law_from_toml(entry)


def test_duplicate_names_and_unknown_parents_are_refused() -> None:
    """Two laws may not share a name, and a parent must exist."""
    one = LawEntry("a", "Same Act", "statute", "US", "s")
    two = LawEntry("b", "same act", "statute", "US", "s")
    with pytest.raises(KnowledgeError, match="names both"):
        validate_laws((one, two))
    with pytest.raises(KnowledgeError, match="unknown parent"):
        validate_laws((LawEntry("c", "C Rule", "rule", "US", "s", parent="nope"),))


# (law id, year) and (law id, amount, currency, percent, as_of) of facts corrected from sources.
YEARS = [("tx-cubi", 2001), ("pecr", 2003), ("coppa", 1998), ("bipa", 2008), ("gdpr", 2016)]
CAPS = [("pecr", 17_500_000, "GBP", 4.0, 2026), ("uk-gdpr", 17_500_000, "GBP", 4.0, 2025)]


@pytest.mark.parametrize(("law_id", "year"), YEARS)
def test_law_year_is_the_year_of_enactment(law_id: str, year: int) -> None:
    """A law's year is when it was enacted, not when it was later recodified (Texas CUBI: 2001, not 2009)."""
    assert laws_by_id()[law_id].year == year


@pytest.mark.parametrize(("law_id", "amount", "currency", "percent", "as_of"), CAPS)
def test_current_maximum_penalty_comes_first(
    law_id: str, amount: float, currency: str, percent: float, as_of: int
) -> None:
    """The first cap listed is the maximum in force (PECR: £17.5 million or 4% since February 2026)."""
    cap = laws_by_id()[law_id].penalties[0]
    assert (cap.amount, cap.currency, cap.percent, cap.as_of) == (amount, currency, percent, as_of)


# Caps checked against their sources: (law id, amount, currency, as_of).
LISTED_CAPS = [
    ("ccpa", 2_663, "USD", 2025),
    ("ccpa", 7_988, "USD", 2025),
    ("ccpa", 799, "USD", 2025),
    ("ftc-act", 53_088, "USD", 2025),
    ("tx-cubi", 25_000, "USD", 2025),
    ("pecr", 500_000, "GBP", 2025),
]


@pytest.mark.parametrize(("law_id", "amount", "currency", "as_of"), LISTED_CAPS)
def test_cap_is_listed_with_the_year_it_applied(
    law_id: str, amount: float, currency: str, as_of: int
) -> None:
    """The CPI-adjusted CCPA and FTC figures of 2025, and the caps that applied before, are listed."""
    caps = {(cap.amount, cap.currency, cap.as_of) for cap in laws_by_id()[law_id].penalties}
    assert (amount, currency, as_of) in caps
