"""A guard against a PySide6 bug that would otherwise crash the app after a few thousand Qt calls.

PySide6 6.12.0 on CPython before 3.12 drops one reference to ``None`` each time a Qt method that
returns nothing is called (measured: 1000 ``QLabel.setText`` calls lower ``sys.getrefcount(None)``
by 1000; PySide6 6.11.3 on 3.11, and 6.12.0 on 3.12, do not). When the count reaches zero, CPython
aborts with "none_dealloc: deallocating None". Since 3.12, ``None`` is immortal and the bug is
harmless; before that, :func:`protect_none` gives ``None`` a reference count no session can use
up, which is what 3.12 does. The same build loses references to ``True`` and ``False`` when
signals are emitted ("bool_dealloc", seen at the end of a long test run), so the two are given
the same ballast: they are singletons like ``None``, and immortal since 3.12 too. It acts only
when a quick probe shows the bug, on release builds of CPython. No fixed PySide6 release exists
yet (6.12.0 is the newest): when one does, exclude 6.12.0 in pyproject.toml and delete this.
"""

from __future__ import annotations

import ctypes
import sys

PROBE_CALLS = 200
BALLAST = 1 << 40  # far more Qt calls than any session makes


def leaks_none() -> bool:
    """Whether calling a Qt method that returns nothing loses a reference to None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - PROBE_CALLS // 2


def protect_none() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal if this PySide6 leaks
    references to them; True if it did so."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build lays objects out differently
        return False
    if not leaks_none():
        return False
    # In a release build of CPython an object starts with its reference count (Py_ssize_t).
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += BALLAST
    return True
