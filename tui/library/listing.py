"""The library's article list: full-text search (FTS5) and filters by law, penalty and date.

A penalty counts for a law when the annotator tied it to that law, or tied it to none in an
article that cites the law. Amounts are compared only within one currency: there are no
exchange rates offline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotations.knowledge import laws_by_id
from annotations.model import KINDS
from tui.library.query import LibraryQuery, fts_expression
from tui.library.store import Library

SNIPPET_TOKENS = 12
_CITES = "EXISTS (SELECT 1 FROM annotations c WHERE c.article_id = a.id AND c.kind = 'law' AND c.ref = :law)"
_PENALTY_FOR_LAW = f"(n.related_law = :law OR (n.related_law IS NULL AND {_CITES}))"


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One article as the library lists it."""

    id: int
    url: str
    title: str | None
    saved_at: str
    published: str | None
    versions: int
    counts: dict[str, int] = field(default_factory=dict)
    snippet: str | None = None
    """Where the words were found, when the query had words."""
    largest: float | None = None
    """The largest penalty in the query's currency, when it named one."""
    currency: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The fields `library list --format json` prints, plus the search's when set."""
        data: dict[str, Any] = {"id": self.id, "url": self.url, "title": self.title, "saved_at": self.saved_at,
                                "versions": self.versions, "counts": self.counts}  # fmt: skip
        if self.snippet is not None:
            data["snippet"] = self.snippet
        if self.largest is not None:
            data["largest_penalty"] = {"amount": self.largest, "currency": self.currency}
        return data


def _penalty_clause(query: LibraryQuery) -> str:
    """The condition on a penalty row `n` of article `a` for the query's currency and law."""
    parts = ["n.article_id = a.id", "n.kind = 'penalty'", "n.distinct_penalty = 1"]
    if query.currency:
        parts.append("n.currency = :currency AND n.amount IS NOT NULL")
    if query.law:
        parts.append(_PENALTY_FOR_LAW)
    return " AND ".join(parts)


def _sql(query: LibraryQuery) -> tuple[str, dict[str, Any]]:
    """The SELECT for a query, with its named parameters."""
    params: dict[str, Any] = {"law": query.law, "currency": query.currency}
    counts = ", ".join(
        f"(SELECT count(*) FROM annotations k WHERE k.article_id = a.id AND k.kind = '{kind}')"
        for kind in KINDS
    )
    columns = f"a.id, a.url, a.title, a.saved_at, a.published, (SELECT count(*) FROM versions v WHERE v.article_id = a.id), {counts}"
    joins, where, order = "", [], "a.saved_at DESC, a.id DESC"
    expression = fts_expression(query.words)
    if expression:
        columns += f", snippet(article_text, -1, '', '', '…', {SNIPPET_TOKENS})"
        joins = "JOIN article_text ON article_text.rowid = a.id"
        where.append("article_text MATCH :words")
        params["words"], order = expression, "bm25(article_text), a.id DESC"
    else:
        columns += ", NULL"
    if query.currency:
        columns += f", (SELECT max(n.amount) FROM annotations n WHERE {_penalty_clause(query)}) AS largest"
        where.append("largest IS NOT NULL")
        order = "largest DESC, a.id DESC"
    else:
        columns += ", NULL"
    if query.with_penalty or (query.law and query.currency):
        where.append(f"EXISTS (SELECT 1 FROM annotations n WHERE {_penalty_clause(query)})")
    if query.law:
        where.append(f"({_CITES} OR EXISTS (SELECT 1 FROM annotations n WHERE {_penalty_clause(query)}))")
    if query.since:
        where.append("substr(coalesce(a.published, a.saved_at), 1, 10) >= :since")
        params["since"] = query.since.isoformat()
    if query.until:
        where.append("substr(coalesce(a.published, a.saved_at), 1, 10) <= :until")
        params["until"] = query.until.isoformat()
    sql = f"SELECT {columns} FROM articles a {joins} {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order}"
    return sql, params


def list_articles(
    library: Library, query: LibraryQuery | None = None, limit: int = 1000
) -> list[ArticleSummary]:
    """The articles that match a query (all of them for none), in the order the query implies."""
    query = query or LibraryQuery()
    sql, params = _sql(query)
    with library.read() as db:
        rows = db.execute(f"{sql} LIMIT :limit", {**params, "limit": limit}).fetchall()
    return [
        ArticleSummary(id=row[0], url=row[1], title=row[2], saved_at=row[3], published=row[4], versions=row[5],
                       counts=dict(zip(KINDS, row[6:9], strict=True)), snippet=row[9], largest=row[10],
                       currency=query.currency if row[10] is not None else None)
        for row in rows
    ]  # fmt: skip


def laws_in_library(library: Library) -> list[tuple[str, str, int]]:
    """(law id, name, number of articles citing it) for every law the library cites, most cited first."""
    with library.read() as db:
        rows = db.execute(
            "SELECT ref, count(DISTINCT article_id) AS articles FROM annotations WHERE kind = 'law' AND ref IS NOT NULL"
            " GROUP BY ref ORDER BY articles DESC, ref"
        ).fetchall()
    known = laws_by_id()
    return [(ref, known[ref].name if ref in known else ref, count) for ref, count in rows]


def currencies_in_library(library: Library) -> list[tuple[str, int]]:
    """(currency, number of articles with a penalty in it), most frequent first."""
    with library.read() as db:
        rows = db.execute(
            "SELECT currency, count(DISTINCT article_id) AS articles FROM annotations"
            " WHERE kind = 'penalty' AND currency IS NOT NULL AND amount IS NOT NULL"
            " GROUP BY currency ORDER BY articles DESC, currency"
        ).fetchall()
    return [(row[0], row[1]) for row in rows]
