"""The package keeps the shape docs/architecture.md draws: who may import whom, and no cycles.

Every ``import`` of a ``briefer`` module counts, also one inside a function (a lazy import still
ties two modules together); imports under ``if TYPE_CHECKING:`` do not, since they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "briefer"
RENDER = ("briefer.render",)
SERVICES = ("briefer.pipeline", "briefer.lobby", "briefer.meetings", "briefer.editing")
SERVICES += ("briefer.packs",)
FACES = ("briefer.cli", "briefer.gui", "briefer.__main__")


def _name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_nodes(tree: ast.AST):
    """Every node but those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _imports() -> dict[str, set[str]]:
    modules = {_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                found.add("relative import")
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefer"):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("briefer")}
        graph[name] = {m for m in found if m != name and (m in modules or m == "relative import")}
    return graph


GRAPH = _imports()


def _within(module: str, parts: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in parts)


def _layer(module: str) -> str:
    if _within(module, FACES):
        return "face"
    if _within(module, SERVICES):
        return "service"
    if _within(module, RENDER):
        return "render"
    return "core"


# layer -> the layers it must never import
FORBIDDEN = {
    "core": {"render", "service", "face"},
    "render": {"service", "face"},
    "service": {"face"},
    "face": set(),
}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_imports_follow_the_layers(module: str) -> None:
    layer = _layer(module)
    wrong = sorted(
        m for m in GRAPH[module] if m != "relative import" and _layer(m) in FORBIDDEN[layer]
    )
    assert not wrong, f"{module} ({layer}) imports {wrong}"
    assert "relative import" not in GRAPH[module], f"{module}: use absolute imports"


def test_the_legislators_never_draw_or_show() -> None:
    for module, imported in GRAPH.items():
        if _within(module, ("briefer.legislators",)):
            assert not [m for m in imported if _within(m, (*RENDER, "briefer.gui"))], module


def test_qt_only_in_the_gui() -> None:
    for path in PACKAGE.rglob("*.py"):
        if _within(_name(path), ("briefer.gui",)):
            continue
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "shiboken6" not in text, _name(path)


def test_no_import_cycles() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in GRAPH.get(node, ()):
            if nxt not in GRAPH:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    assert not cycles, f"import cycles: {cycles}"
