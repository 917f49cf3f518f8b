"""How the core's code uses its compiled patterns: searched over a text, or matched at one place.

A pattern that opens with a run costs N² on a long run only when `search`, `finditer`, `findall`,
`sub` or `split` tries it at every start; `match` and `fullmatch` try one place. This reads the
source of the core (no import, no guess from names) and records, for each module-level name, which
methods are called on it: `NAME.search(…)`, `module.NAME.sub(…)`, `builder().finditer(…)`, and through
a local name the pattern was put in first (`pattern = NAME` … `pattern.search(…)`).
"""

from __future__ import annotations

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEARCHING = frozenset({"search", "finditer", "findall", "sub", "subn", "split"})
MATCHING = frozenset({"match", "fullmatch"})
# A window that bounds a search: `.search(text, pos, endpos)` reads at most endpos - pos characters.
WINDOW_ARGS = 3


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


class _Uses(ast.NodeVisitor):
    """Walks one module, naming the pattern behind each method call it can resolve."""

    def __init__(self, module: str, found: dict[str, set[str]], inline: list[tuple[str, str]]) -> None:
        self.module = module
        self.found = found
        self.inline = inline
        self.names: dict[str, str] = {}
        self.local: dict[str, str] = {}

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = node.module or ""
        if node.level:
            parent = self.module.split(".")[: -node.level]
            base = ".".join([*parent, base] if base else parent)
        for alias in node.names:
            self.names[alias.asname or alias.name] = f"{base}.{alias.name}"

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.names[alias.asname or alias.name] = alias.name

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        outer, self.local = self.local, {}
        self.generic_visit(node)
        self.local = outer

    def visit_Assign(self, node: ast.Assign) -> None:
        target = self._resolve(node.value)
        if target and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            self.local[node.targets[0].id] = target
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        method = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if method in SEARCHING and _module_re(node.func) and node.args:
            pattern = node.args[0]
            if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str):
                self.inline.append((f"{self.module}:{node.lineno}", pattern.value))
        if isinstance(node.func, ast.Attribute) and method in SEARCHING | MATCHING:
            target = self._resolve(node.func.value)
            if target:
                windowed = method in SEARCHING and len(node.args) >= WINDOW_ARGS
                self.found[target].add(f"{method} in a window" if windowed else method)
        self.generic_visit(node)

    def _resolve(self, expr: ast.expr) -> str | None:
        if isinstance(expr, ast.Name):
            if expr.id in self.local:
                return self.local[expr.id]
            return self.names.get(expr.id, f"{self.module}.{expr.id}")
        if isinstance(expr, ast.Attribute):
            inner = self._resolve(expr.value)
            return f"{inner}.{expr.attr}" if inner else None
        if isinstance(expr, ast.Call):
            return self._resolve(expr.func)
        return None


def _module_re(func: ast.expr) -> bool:
    """Whether a call is the `re` module's own (`re.split(r"…", text)`), its pattern written in place."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "re"


@cache
def _scan(packages: tuple[str, ...]) -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    found: dict[str, set[str]] = defaultdict(set)
    inline: list[tuple[str, str]] = []
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            _Uses(_module_name(path), found, inline).visit(ast.parse(path.read_text(encoding="utf-8")))
    return found, inline


def pattern_uses(packages: tuple[str, ...] = ("annotations", "parsers")) -> dict[str, set[str]]:
    """For each dotted name the core calls a pattern method on, the methods called."""
    return _scan(packages)[0]


def inline_searches(packages: tuple[str, ...] = ("annotations", "parsers")) -> list[tuple[str, str]]:
    """Patterns written in place in a searching call of the `re` module (`re.split(r"\\s+", …)`), with
    where each is (module:line)."""
    return _scan(packages)[1]
