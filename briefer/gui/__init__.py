"""The desktop app: a face over the core (``briefer.pipeline``); it composes, fits and renders
nothing itself. The Qt-free model of editing lives in ``briefer.editing`` (``ops``: the pure edits
that make the next Brief; ``build``: the core calls the app makes).

Parts, each in its own module:

- ``app``: the QApplication, the crash hook, ``run()``;
- ``document``: the one open brief (an immutable value), its file and its undo stack;
- ``commands``: the undo command that swaps whole Brief values;
- ``meeting_form``, ``blocks_panel``, ``block_editor``: the editors on the left;
- ``legislators``: the imported legislator directory the window shares, and importing one;
- ``legislator_field``: the legislator field's look-up in the directory, filling the meeting;
- ``suggestions_panel``: the points suggested for the member's committees, and applying them;
- ``import_dialog``, ``lobby_dialog``: Import Legislators and Lobby Day (texts in
  ``briefer.lobby.messages``);
- ``workers``: slow work (an import, a lobby day) on a thread of its own;
- ``preview``, ``render_worker``: the live preview, rendered off the GUI thread;
- ``files``, ``exporting``, ``recovery``: file operations, export and print, autosave;
- ``actions``: menus, toolbar and shortcuts; ``main_window`` wires the parts together;
- ``settings``: typed settings declared once;
- ``dialogs``: the one seam for message, file and print dialogs.
"""

import importlib

# What the first window uses of the core, imported before Qt: once PySide6 is loaded, its
# "feature" import hook reads the source of every module imported after it (looking for the word
# PySide6), and these bring some three hundred modules (reportlab, pydantic, YAML, Briefer's own):
# about 30 ms of the app's start. tests/gui/test_app.py holds the list complete.
BEFORE_QT = (
    "briefer.support.clock",
    "briefer.support.crashlog",
    "briefer.editing.build",
    "briefer.editing.contact",
    "briefer.editing.labels",
    "briefer.editing.ops",
    "briefer.editing.outside",
    "briefer.layout.coverage",
    "briefer.support.filekind",
    "briefer.legislators.congress",
    "briefer.legislators.constituent_notes",
    "briefer.legislators.constituents",
    "briefer.legislators.csv_reader",
    "briefer.legislators.importing",
    "briefer.legislators.zip_file",
    "briefer.meetings.log",  # asked at start whether a meeting that has passed has its report
    "briefer.packs.bundle",
    "briefer.packs.checks",
    "briefer.packs.draft",
    "briefer.page.audience_words",
    "briefer.render.pdf",
    "briefer.support.startup",
)
for _name in BEFORE_QT:
    importlib.import_module(_name)

from briefer.gui.common.compat import protect_none  # noqa: E402  (after the core: see above)

protect_none()  # before any widget exists: see compat.py (a PySide6 6.12.0 bug on Python 3.11)
