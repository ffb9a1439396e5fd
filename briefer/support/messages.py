"""The core's messages for the user, marked for translation without Qt.

The core (no Qt) says things the app shows: the plan's notes, a field's problem. Each such text
is written ``Message(QT_TRANSLATE_NOOP("core", "'{raw}' is not a time"), raw=raw)``: Qt's own
no-op marker (a plain function here) that ``pyside6-lupdate`` finds in Python files and collects
into the ``core`` context of ``translations/*.ts`` (``scripts/translations.py`` feeds it the
modules in ``MARKED``). One with a count is ``translate("core", "the ask is %n words", None, n)``
(Qt's spelling, so that lupdate gives it plural forms; its Python reader knows no
``QT_TRANSLATE_N_NOOP``). A ``Message`` *is* its English text, a ``str``: the command line prints it
as it always did (it stays English). The app translates the template and fills it in again
(``briefer.gui.common.i18n.core_text``). ``%n`` is the count; ``{name}`` is a value given by name,
kept as it is (a value that is a ``Message`` is translated too).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "core"

# The modules whose messages are marked: lupdate reads them (scripts/translations.py), and a
# test finds every message they make for the user marked (tests/gui/common/test_i18n.py).
MARKED = (
    "briefer/editing/contact.py",
    "briefer/editing/labels.py",
    "briefer/legislators/constituent_notes.py",
    "briefer/legislators/constituents.py",
    "briefer/lobby/messages.py",
    "briefer/page/advice.py",
    "briefer/page/audience.py",
    "briefer/page/compose.py",
    "briefer/page/decor.py",
    "briefer/page/decor_notes.py",
    "briefer/page/fit.py",
    "briefer/support/when.py",
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, for lupdate
    """``text``, marked for translation in ``context`` (lupdate collects it)."""
    return text


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int = -1, **params: Any
) -> Message:
    """The message ``text`` with its count ``n`` (``%n``) and values, marked for translation with
    its plural forms (lupdate collects it: Qt's spelling)."""
    return Message(text, n, **params)


Translate = Callable[[str, int], str]


class Message(str):
    """A message: its English text, and the template and values it was made from."""

    template: str
    n: int
    params: dict[str, Any]

    def __new__(cls, template: str, n: int = -1, **params: Any) -> Message:
        self = super().__new__(cls, _fill(template, n, params))
        self.template, self.n, self.params = template, n, params
        return self

    def translated(self, translate: Translate) -> str:
        """The message in another language: ``translate(template, n)`` gives the template's
        translation; the values that are messages themselves are translated too."""
        params = {
            k: v.translated(translate) if isinstance(v, Message) else v
            for k, v in self.params.items()
        }
        return _fill(translate(self.template, self.n), self.n, params)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (a worker process): kept a Message
        return (_remake, (self.template, self.n, self.params))


def _remake(template: str, n: int, params: dict[str, Any]) -> Message:
    return Message(template, n, **params)


def _fill(template: str, n: int, params: dict[str, Any]) -> str:
    text = template.replace("%n", str(n)) if n >= 0 else template
    return text.format(**params) if params else text


__all__ = ["CONTEXT", "MARKED", "QT_TRANSLATE_NOOP", "Message", "translate"]
