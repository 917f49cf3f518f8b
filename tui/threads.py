"""The reply structure of an article's comments: depths, threads to fold, top-level comments.

Parent ids come from the page, so they may point nowhere or round in a circle: every walk
here is an explicit loop with a seen-set, never recursion.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from parsers import Comment

MAX_DEPTH = 6
"""Replies deeper than this are drawn at this depth."""


@dataclass(frozen=True, slots=True)
class Thread:
    """Each comment's depth and children, in page order."""

    order: tuple[str, ...]
    parent: dict[str, str]
    depth: dict[str, int]
    children: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, comments: Sequence[Comment]) -> Thread:
        """The thread of a list of comments (a parent that is not in the list makes a top-level one)."""
        ids = {comment.id for comment in comments}
        parents: dict[str, str] = {
            c.id: c.parent_id
            for c in comments
            if c.parent_id is not None and c.parent_id in ids and c.parent_id != c.id
        }
        depth: dict[str, int] = {}
        children: dict[str, list[str]] = {}
        for comment in comments:
            level, parent, seen = 0, parents.get(comment.id), {comment.id}
            while parent is not None and parent not in seen and level < MAX_DEPTH:
                seen.add(parent)
                level += 1
                parent = parents.get(parent)
            depth[comment.id] = level
            if comment.id in parents:
                children.setdefault(parents[comment.id], []).append(comment.id)
        return cls(
            tuple(c.id for c in comments),
            parents,
            depth,
            {key: tuple(value) for key, value in children.items()},
        )

    def is_top_level(self, comment_id: str) -> bool:
        """Whether a comment answers no other comment of the page."""
        return self.depth.get(comment_id) == 0

    def descendants(self, comment_id: str) -> list[str]:
        """Every reply under a comment, however deep."""
        found: list[str] = []
        seen = {comment_id}
        stack = list(reversed(self.children.get(comment_id, ())))
        while stack:
            child = stack.pop()
            if child in seen:
                continue
            seen.add(child)
            found.append(child)
            stack.extend(reversed(self.children.get(child, ())))
        return found

    def folded_away(self, collapsed: Collection[str]) -> set[str]:
        """The comments hidden because a thread above them is collapsed."""
        hidden: set[str] = set()
        for comment_id in collapsed:
            if comment_id not in hidden:
                hidden.update(self.descendants(comment_id))
        return hidden

    def ancestors(self, comment_id: str) -> list[str]:
        """The comments a comment answers, nearest first."""
        found: list[str] = []
        parent = self.parent.get(comment_id)
        while parent is not None and parent not in found and parent != comment_id:
            found.append(parent)
            parent = self.parent.get(parent)
        return found
