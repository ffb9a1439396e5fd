"""The package keeps the shape docs/architecture.md draws: who may import whom, and no cycles.

Every ``import`` of a ``briefer`` module counts, also one inside a function (a lazy import still
ties two modules together). For the layers, imports under ``if TYPE_CHECKING:`` do not count
(they never run); for cycles they do: a part that needs the window declares what it needs (a
small Protocol) instead of naming the window's class.
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


def _runtime_nodes(tree: ast.AST, typing_too: bool = False):
    """Every node but those under ``if TYPE_CHECKING:`` (unless ``typing_too``)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if (
            not typing_too
            and isinstance(node, ast.If)
            and "TYPE_CHECKING" in ast.unparse(node.test)
        ):
            stack.extend(node.orelse)
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _imports(typing_too: bool = False) -> dict[str, set[str]]:
    modules = {_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _runtime_nodes(tree, typing_too):
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
TYPED_GRAPH = _imports(typing_too=True)  # with the imports made for type hints only


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
    """None at all, the imports under ``if TYPE_CHECKING:`` included."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in TYPED_GRAPH.get(node, ()):
            if nxt not in TYPED_GRAPH:
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

    for node in sorted(TYPED_GRAPH):
        if node not in index:
            visit(node)
    assert not cycles, f"import cycles: {cycles}"


# The top of the package holds only what every part uses: the rest lives in folders that name
# their parts (docs/architecture.md draws them).
TOP_LEVEL = {"__init__", "__main__", "pipeline", "plan", "day"}
FOLDERS = {"cli", "editing", "gui", "layout", "legislators", "lobby", "meetings", "packs", "page"}
FOLDERS |= {"render", "support"}


def test_the_top_of_the_package_is_small_and_its_folders_are_drawn() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    folders = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert modules == TOP_LEVEL, "a new module at the top: put it in the folder of its part"
    assert folders == FOLDERS, "a new folder: draw it in docs/architecture.md, then add it here"
    drawn = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    for name in sorted(folders):
        assert f"{name}/" in drawn, f"docs/architecture.md does not draw briefer/{name}/"


# One idea that would be worse split may pass 400 lines, saying why in its first lines.
LONG_BY_DESIGN = "one idea"


def test_no_module_is_over_400_lines_unless_it_says_why() -> None:
    long = []
    for path in PACKAGE.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > 400 and LONG_BY_DESIGN not in "\n".join(lines[:12]):
            long.append(f"{path.relative_to(REPO)}: {len(lines)}")
    assert not long, long


def test_the_tests_mirror_the_package() -> None:
    """Each test folder is named for a folder of the package (tests/gui/main: briefer/gui/main)."""
    tests = REPO / "tests"
    for folder in tests.rglob("*"):
        if not folder.is_dir() or folder.name == "__pycache__" or not any(folder.glob("test_*.py")):
            continue
        if folder == tests:
            continue
        mirrored = PACKAGE / folder.relative_to(tests)
        assert (mirrored / "__init__.py").exists(), f"{folder.relative_to(REPO)} mirrors no package"
