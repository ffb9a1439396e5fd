"""Starting fast: Python's cycle collector is paused while a command or the app starts.

Starting Briefer creates a few hundred thousand objects that live as long as the process (the
modules of reportlab, pydantic, Qt and Briefer, their classes and tables). The collector counts
new objects and, every so often, walks *all* of them looking for unreachable cycles: during
start-up that is many full walks of a growing heap that find nothing. Measured on a 2-core
machine: about 30 ms of a 300 ms cold ``briefer build`` and 50 ms of the app's start.

So the command line pauses the collector for the whole of a command (a command is short, and
reference counting still frees almost everything), and a command that runs long (the app, a
lobby day) calls :func:`resume` once it has started: the objects made so far are moved out of the
collector's sight for good (``gc.freeze``) and collection resumes, cheaper than before because
it no longer walks them.

The ``briefer`` command itself turns the collector off before anything is imported
(:func:`collector_off`) and never gives it back: the first collection after a pause walks every
object made during it (about 17 ms after a ``briefer build``), only for the process to end.
At the very end, :func:`before_exit` freezes what is left: the interpreter's last collection then
has nothing to walk and the operating system frees the memory at once (another 50 ms of a cold
``briefer build``). Files and the meeting log are closed by the code that opened them, never left
to that collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block (unless :func:`resume` is called in it); its
    state before is restored after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def collector_off() -> None:
    """The ``briefer`` process only: no collection until :func:`resume` (if a long command calls
    it) or the end."""
    gc.disable()


def resume() -> None:
    """The start is over: freeze what exists and collect cycles again from here on."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def before_exit() -> None:
    """The process ends next (the ``briefer`` command only, never a caller of
    :func:`briefer.cli.main`): let the interpreter's last collection skip everything."""
    gc.freeze()
