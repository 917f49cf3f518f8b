"""The one error the knowledge base raises."""

from __future__ import annotations


class KnowledgeError(ValueError):
    """A data file of the knowledge base is malformed."""
