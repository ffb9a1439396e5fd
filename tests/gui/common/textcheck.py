"""What counts as a text the user sees in the app's source: a string literal given to a call that
shows it (a Qt setter or widget, or one of the app's own helpers that pass their text on).
Shared by the test that holds every such text marked for translation."""

from __future__ import annotations

import ast
import re

# Qt's calls that show a text, and the app's helpers that hand theirs to one.
UI_CALLS = frozenset(
    [
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setStatusTip",
        "setTitle",
        "addAction",
        "addMenu",
        "setWhatsThis",
        "showMessage",
        "setLabelText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "addItem",
        "addItems",
        "setItemText",
        "addTab",
        "setTabText",
        "setTabToolTip",
        "setPrefix",
        "setSuffix",
        "setSpecialValueText",
        "addRow",
        "setInformativeText",
        "setDetailedText",
        "setAccessibleName",
        "setAccessibleDescription",
        "addButton",
        "setButtonText",
        "setFormat",
        "setIconText",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolBar",
        "QMenu",
        "QToolButton",
        "QCommandLinkButton",
        "createUndoAction",
        "createRedoAction",
        "error",
        "ask",
        "inform",
        "about",
        "warn",
        "save_path",
        "open_path",
        "choose_folder",
        "_make",
        "_caption",
        "_action",
        "_add",
        "_heading",
        "_button",
        "_menu_button",
        "_text_label",
        "_placeholder",
        "WrappedLabel",
        "Field",
        "show_status",
        "emit",
        "line",
        "combo",
        "text_box",
        "_form",
        "_row",
        "_scrolling",
        "apply",
    ]
)

# The keyword arguments of those calls that carry a text (not a key, a name or a merge key).
TEXT_KEYWORDS = frozenset(("yes", "no", "tip", "placeholder", "hint", "note", "text", "title"))

_KEYS = re.compile(r"^((Ctrl|Shift|Alt|Meta|F\d+|Del|Esc|Return|Enter|Backspace)\b[+\w]*)+$")


def is_user_text(text: str) -> bool:
    """A literal that reads as words: not a key sequence, a style, a name or an icon's id."""
    stripped = re.sub(r"<[^>]*>|&\w+;", "", text).strip()  # markup is no words
    if not any(ch.isalpha() for ch in stripped) or _KEYS.match(stripped):
        return False
    if " " not in stripped and (stripped.startswith("http") or stripped[0].islower()):
        return False  # an address, a key ("pack:"), not words
    if any(style in stripped for style in ("color:", "background:", "border:")):
        return False  # a style sheet
    if stripped.startswith(("*", "<!--", "QLabel", "QWidget", "background", "color:")):
        return False
    if " " in stripped or stripped[-1] in "…:?!":
        return True
    return stripped[0].isupper() or stripped[0] == "&"


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def is_marked(node: ast.Call) -> bool:
    return call_name(node) in ("tr", "QT_TR_NOOP")


def shown_literals(node: ast.Call) -> list[ast.expr]:
    """The string literals and f-strings a UI call is given (through ``a if c else b``, ``+``,
    lists and tuples), not those already inside a ``translate`` call."""
    found: list[ast.expr] = []

    def visit(expr: ast.expr) -> None:
        if isinstance(expr, ast.Call) and is_marked(expr):
            return
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            if is_user_text(expr.value):
                found.append(expr)
        elif isinstance(expr, ast.JoinedStr):
            parts = (v.value for v in expr.values if isinstance(v, ast.Constant))
            words = re.sub(r"<[^>]*>|&\w+;", "", "".join(parts))  # tags and entities are no words
            if is_user_text(words or "x") and any(ch.isalpha() for ch in words):
                found.append(expr)
        elif isinstance(expr, ast.IfExp):
            visit(expr.body)
            visit(expr.orelse)
        elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
            visit(expr.left)
            visit(expr.right)
        elif isinstance(expr, (ast.List, ast.Tuple)):
            for item in expr.elts:
                visit(item)
        elif isinstance(expr, ast.Dict):  # {"due": "Due"}: the values are shown, not the keys
            for value in expr.values:
                visit(value)
        elif isinstance(expr, ast.Call) and isinstance(getattr(expr.func, "value", None), ast.Dict):
            visit(expr.func.value)  # type: ignore[attr-defined]  # {"due": "Due"}.get(state)

    for arg in [*node.args, *(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)]:
        visit(arg)
    return found


# Constants whose texts a table or a list shows: ("Name", "Town") handed to setHeaderLabels or
# returned by a model's headerData, each to be marked QT_TR_NOOP("Name") and shown as tr(name).
SHOWN_CONSTANTS = re.compile(r"(COLUMNS|HEADERS|HEADER_LABELS|LABELS|WORDS)$")


def unmarked_elsewhere(tree: ast.AST) -> list[ast.expr]:
    """The texts a UI call is not given directly but that reach the screen all the same: what a
    function returns ('Upcoming' from a model's data(), 'Untitled' for a title), what it assigns
    before showing (a label from a dict, a word chosen by ``a if c else b``), and the texts of a
    table's header constants."""
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                shown = isinstance(inner, ast.Return) or (
                    isinstance(inner, ast.Assign)
                    and isinstance(inner.value, (ast.IfExp, ast.Dict, ast.Call))
                )
                if shown and inner.value is not None:  # type: ignore[attr-defined]
                    found += shown_literals(ast.Call(ast.Name("show"), [inner.value], []))  # type: ignore[attr-defined]
        elif isinstance(node, (ast.Module, ast.ClassDef)):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and any(
                    isinstance(t, ast.Name) and SHOWN_CONSTANTS.search(t.id)
                    for t in statement.targets
                ):
                    found += shown_literals(ast.Call(ast.Name("show"), [statement.value], []))
    return sorted(set(found), key=lambda n: (n.lineno, n.col_offset))
