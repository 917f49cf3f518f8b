"""Dates as the app shows them: a day, or a day and a time with the zone the page gave."""

from __future__ import annotations

from datetime import UTC, date, datetime

from parsers.model import Article, DateValue


def show_date(value: DateValue | None) -> str:
    """ "2023-06-01", "2023-06-01 23:44" or "2023-06-01 23:44 +01:00"; empty for no date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        zone = value.strftime(" %z") if value.tzinfo else ""
        if zone:
            zone = f"{zone[:-2]}:{zone[-2:]}"
        return value.strftime("%Y-%m-%d %H:%M") + zone
    return value.isoformat()


def is_later(updated: DateValue, published: DateValue | None) -> bool:
    """Whether an update is news beside the publication: later than it, or there is none. A page that says
    it was updated before it was published (a zone written wrong) or on the same moment has no update
    worth showing. A day and a moment compare as days; a moment with a zone and one without, by their days."""
    if published is None:
        return True
    if (
        isinstance(updated, datetime)
        and isinstance(published, datetime)
        and (updated.tzinfo is None) == (published.tzinfo is None)
    ):
        return updated > published
    return _day(updated) > _day(published)


def _day(value: DateValue) -> date:
    """The calendar day of a date or moment, in UTC for a moment with a zone."""
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).date()
    return value


def byline(article: Article) -> str:
    """ "By A and B · published … · updated … · Site", from the metadata."""
    meta = article.metadata
    parts = []
    if meta.authors:
        parts.append("By " + " and ".join(meta.authors))
    if meta.published:
        parts.append(f"published {show_date(meta.published)}")
    if meta.updated and is_later(meta.updated, meta.published):
        parts.append(f"updated {show_date(meta.updated)}")
    if meta.site_name:
        parts.append(meta.site_name)
    return " · ".join(parts)


def shorten(text: str | None, width: int, empty: str = "(untitled)") -> str:
    """One-line text cut to `width` characters, an ellipsis marking the cut; `empty` for none."""
    text = text or empty
    return text if len(text) <= width else text[: width - 1] + "…"
