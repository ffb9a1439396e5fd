"""The app in the advocate's language: every text it shows is marked for translation, every
shipped language has every text translated (plural forms too), the .qm files are their .ts
compiled, and each language really shows: the main window's menus and the fit indicator, with no
two menus (or items of a menu, or Lobby Day's buttons) sharing an Alt+letter."""

from __future__ import annotations

import ast
import datetime as dt
import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QSizePolicy

from briefer.gui.common import i18n
from briefer.gui.common.i18n import (
    ENGLISH,
    LANGUAGES,
    chosen_language,
    core_text,
    system_language,
    tr,
)
from briefer.gui.main.block_editor import BlockEditor
from briefer.support.messages import MARKED, Message
from tests.gui.common.mnemonics import dialog_clashes, menu_clashes, text_room
from tests.gui.common.textcheck import UI_CALLS, call_name, shown_literals, unmarked_elsewhere
from tests.gui.conftest import settle

REPO = Path(__file__).resolve().parents[3]
GUI = REPO / "briefer" / "gui"
FOLDER = REPO / "translations"
TRANSLATED = sorted(set(LANGUAGES) - {ENGLISH})
# Every part of the app is marked (none left out).
NOT_YET: tuple[str, ...] = ()
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(FOLDER / f"briefer_{language}.ts").getroot().iter("message"))


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_text_the_app_shows_is_marked_for_translation() -> None:
    unmarked = []
    for path in sorted(GUI.rglob("*.py")):
        if path.relative_to(GUI).as_posix().startswith(NOT_YET):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals = [
            literal
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and call_name(node) in UI_CALLS
            for literal in shown_literals(node)
        ]
        for literal in literals + unmarked_elsewhere(tree):
            where = f"{path.relative_to(REPO)}:{literal.lineno}"
            unmarked.append(f"{where}: {ast.unparse(literal)[:60]}")
    assert not unmarked, "texts not marked with tr():\n" + "\n".join(unmarked)


# What the core makes a message with: a ValueError or BrieferError, a brief's error, a warning.
CORE_MAKERS = ("ValueError", "BrieferError", "error", "append")


def unmarked_core_messages(code: str) -> list[ast.expr]:
    """The texts written straight (a string, an f-string, strings joined) into a message."""
    found = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Call) and call_name(node) in CORE_MAKERS and node.args:
            first = node.args[0]
            if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str)
            ):
                found.append(first)
    return found


def test_every_message_of_the_marked_core_modules_is_marked() -> None:
    """The core's modules whose messages the app shows (briefer.support.messages.MARKED): none
    is made of a bare text, which the app would show in English."""
    unmarked = []
    for name in MARKED:
        for literal in unmarked_core_messages((REPO / name).read_text(encoding="utf-8")):
            unmarked.append(f"{name}:{literal.lineno}: {ast.unparse(literal)[:60]}")
    assert not unmarked, "core messages not marked (briefer.support.messages):\n" + "\n".join(
        unmarked
    )


def test_the_core_check_finds_an_unmarked_message() -> None:
    code = (
        'raise ValueError(f"{raw!r} is not a time")\n'
        'warnings.append("the brief has no ask")\n'
        'raise ValueError(Message(QT_TRANSLATE_NOOP("core", "{raw} is not a time"), raw=raw))\n'
        "warnings.append(NO_ASK)"
    )
    found = [ast.unparse(literal) for literal in unmarked_core_messages(code)]
    assert found == ["f'{raw!r} is not a time'", "'the brief has no ask'"]


def test_a_core_message_not_marked_stays_english() -> None:
    assert core_text("not marked") == "not marked"
    assert core_text(Message("hours go up to {most}", most=23)) == "hours go up to 23"


def test_the_offer_of_the_bold_template_says_the_app_s_way(speaking: Any) -> None:
    """The note on small type names the command line's way (--template bold) on the command
    line; the app says its menu, in English and in its translations."""
    from dataclasses import replace

    from briefer.editing.labels import in_words
    from briefer.page.advice import offer_bold
    from briefer.page.brief import parse_brief
    from briefer.pipeline import make_plan, template_for
    from tests.conftest import SAMPLE_BRIEF

    brief = parse_brief(SAMPLE_BRIEF)
    plan = replace(make_plan(brief), body_size=9.5, warnings=())
    note = offer_bold(plan, template_for(brief)).warnings[-1]
    assert note.endswith("in large type (--template bold; in the app, Format › Template Gallery)")
    assert in_words(core_text(note), None).endswith("large type (Format › Template Gallery)")
    speaking("de")
    assert core_text(note) == (
        "der Text ist in 9.5 pt gesetzt, klein für eilige Leser: die Vorlage „bold“ druckt die "
        "Bitte mit einer Entgegnung, einer Empfehlung und den Belegen in großer Schrift "
        "(Format › Vorlagengalerie, „bold“)"
    )


def test_the_core_words_the_app_shows_are_collected() -> None:
    from briefer.page.content import KIND_LABELS

    for label in KIND_LABELS.values():
        assert {label, label.removesuffix("s")} <= set(i18n.CORE_WORDS), label
    from briefer.page.audience import AUDIENCES

    assert {a.label for a in AUDIENCES.values()} <= set(i18n.CORE_WORDS)


def test_the_check_finds_an_unmarked_text() -> None:
    code = 'label.setText("Save the brief")\nlabel.setText(tr("Save the brief"))'
    calls = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)]
    found = [lit for call in calls if call_name(call) in UI_CALLS for lit in shown_literals(call)]
    assert [ast.literal_eval(lit) for lit in found] == ["Save the brief"]
    # and the texts that reach the screen another way: a table's headers, a model's data, a
    # placeholder, a word chosen before it is shown
    code = """
COLUMNS = ("Name", QT_TR_NOOP("Town"))
class Model:
    COLUMNS = ("Date",)
    def data(self, state):
        label = {"due": "Due", "done": tr("Done")}.get(state)
        return tr("No report") if state else "Upcoming"
field.setPlaceholderText("https://… printed as a QR code")
"""
    tree = ast.parse(code)
    found = unmarked_elsewhere(tree) + [
        lit
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and call_name(call) in UI_CALLS
        for lit in shown_literals(call)
    ]
    shown = sorted(ast.literal_eval(lit) for lit in found)
    assert shown == ["Date", "Due", "Name", "Upcoming", "https://… printed as a QR code"]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_text_is_translated(language: str) -> None:
    found = messages(language)
    assert found, f"briefer_{language}.ts holds no texts"
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (
            f"briefer_{language}.ts: unfinished: {source!r}"
        )
        for i, text in enumerate(forms(message)):
            assert text.strip(), f"briefer_{language}.ts: empty: {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"briefer_{language}.ts: {text!r} does not keep the placeholders of {source!r}"
            )
            if "%n" in source and i > 0:  # English's one may say "this point", not "1 point"
                assert "%n" in text or language != ENGLISH, f"{language}: {text!r} lacks %n"


def test_the_ts_files_hold_every_marked_text(tmp_path: Path) -> None:
    """lupdate, run again on the sources, finds nothing new: no text was marked and left out."""
    for language in sorted(LANGUAGES):
        copy = tmp_path / f"briefer_{language}.ts"
        copy.write_bytes((FOLDER / copy.name).read_bytes())
        lupdate = Path(sys.executable).parent / "pyside6-lupdate"
        sources = sorted(str(p) for p in GUI.rglob("*.py")) + [str(REPO / m) for m in MARKED]
        extra = ["-pluralonly"] if language == ENGLISH else []
        subprocess.run(
            [str(lupdate), "-silent", "-locations", "none", "-no-obsolete", *extra, *sources,
             "-ts", str(copy)],
            check=True,
        )  # fmt: skip
        unfinished = [
            m.findtext("source")
            for m in ET.parse(copy).getroot().iter("message")
            if m.find("translation") is not None and m.find("translation").get("type")  # type: ignore[union-attr]
        ]
        assert not unfinished, f"briefer_{language}.ts lacks: {unfinished[:5]}"


def test_the_qm_files_are_the_ts_compiled() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_language_follows_the_system_unless_chosen() -> None:
    assert system_language(QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine)) == "uk"
    assert system_language(QLocale(QLocale.Language.Belarusian)) == "be"
    assert system_language(QLocale(QLocale.Language.French, QLocale.Country.France)) == ENGLISH
    assert chosen_language("", QLocale(QLocale.Language.Polish)) == "pl"
    assert chosen_language("de", QLocale(QLocale.Language.Polish)) == "de"
    assert chosen_language("xx", QLocale(QLocale.Language.German)) == "de"


def test_plural_forms(speaking: Any) -> None:
    assert tr("%n point(s)", None, 1) == "1 point"
    assert tr("%n point(s)", None, 5) == "5 points"
    speaking("be")
    said = [tr("%n point(s)", None, n) for n in (1, 2, 5, 21)]
    assert said == ["1 пункт", "2 пункты", "5 пунктаў", "21 пункт"]
    speaking("pl")
    said = [tr("%n point(s)", None, n) for n in (1, 2, 5, 22)]
    assert said == ["1 punkt", "2 punkty", "5 punktów", "22 punkty"]


def english_menus(window: Any) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_translation_shows_in_the_main_window(
    language: str, speaking: Any, make_window: Any, qtbot: Any
) -> None:
    translation = speaking(language)
    assert translation.language == language
    expected = {
        m.findtext("source"): forms(m)[0] for m in messages(language) if m.get("numerus") != "yes"
    }
    window = make_window()
    menus = english_menus(window)
    english = ["&File", "&Edit", "F&ormat", "&View", "&Help"]
    for source in english:
        assert expected[source] in menus, f"{language}: {source} not translated in {menus}"
        assert source not in menus
    settle(qtbot, window)
    fits = expected["Fits on one page at {size} pt"].split("{size}")[0]
    text = window.preview.indicator.text()
    assert fits in text and "Fits on one page" not in text
    assert window.tabs.tabText(0) == expected["Meeting"]
    # every Alt+letter does one thing in this language too: the menu bar, each menu, Lobby Day
    assert menu_clashes(window) == [], language
    dialog = window.lobby_day()
    assert dialog_clashes(dialog) == [], language
    dialog.reject()
    # "Keep in My Pack" asks for room for its whole text and its menu's arrow, and gets it
    keep = window.findChild(BlockEditor).keep_button
    asks, needs = text_room(keep)
    assert asks >= needs and keep.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Fixed


def test_a_missing_or_damaged_translation_leaves_english_and_a_log_line(
    qapp: QApplication, speaking: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    for name in ("briefer_en.qm",):
        (tmp_path / name).write_bytes((FOLDER / name).read_bytes())
    (tmp_path / "briefer_de.qm").write_bytes(b"not a translation")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    with caplog.at_level(logging.WARNING, logger="briefer.i18n"):
        assert speaking("de").language == ENGLISH
        assert speaking("pl").language == ENGLISH  # no briefer_pl.qm at all
    assert tr("&File") == "&File"
    assert tr("%n point(s)", None, 2) == "2 points"
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 2 and "briefer_de.qm" in lines[0] and "briefer_pl.qm" in lines[1]


def test_the_core_messages_show_in_the_app_s_language(
    speaking: Any, make_window: Any, qtbot: Any
) -> None:
    """In German the fit indicator's note about the missing sender, and the meeting form's
    problems with a time (named by its label) and a date, are German (the core's messages,
    marked, translated)."""
    from PySide6.QtCore import Qt

    speaking("de")
    window = make_window()
    settle(qtbot, window)
    assert window.document.brief.sender.organization == ""  # a first start: no sender yet
    text = window.preview.indicator.text()
    assert "Die Seite nennt keinen Weg, Sie zu erreichen" in text, text
    assert "auf dem Reiter Absender ein" in text and "no way to reach" not in text
    time = window.meeting_form.fields["meeting.time"]
    time.setFocus()
    qtbot.keyClicks(time, "25:00")
    qtbot.keyClick(time, Qt.Key.Key_Tab)
    settle(qtbot, window)
    said = window.preview.indicator.text()
    assert "Uhrzeit:</b> „25:00“ ist keine Uhrzeit: die Stunden gehen bis 23" in said, said
    date = window.meeting_form.date
    date.edit.setFocus()
    date.edit.selectAll()
    qtbot.keyClicks(date.edit, "2026-13-01")
    qtbot.keyClick(date.edit, Qt.Key.Key_Return)
    assert date.problem.text() == "„2026-13-01“ ist kein Datum: es gibt keinen Monat 13."


def test_dates_and_numbers_in_the_apps_language(speaking: Any, qtbot: Any) -> None:
    """English as ever; each other language writes dates (CLDR's, through QLocale) and decimals
    its own way, and a date field reads back what it shows."""
    from briefer.gui.common.date_field import DateField
    from briefer.gui.common.dates import (
        month_day,
        number,
        one_stop,
        plain_date,
        read_date,
        short_date,
    )

    day = dt.date(2024, 11, 12)
    assert (short_date(day), plain_date(day), number(10.5)) == (
        "Tue Nov 12, 2024", "November 12, 2024", "10.5"
    )  # fmt: skip
    speaking("de")
    assert (short_date(day), plain_date(day), month_day(day), number(10.5)) == (
        "Di., 12. Nov. 2024", "12. November 2024", "12. Nov.", "10,5"
    )  # fmt: skip
    speaking("be")
    assert (
        plain_date(day).replace("\u202f", " ") == "12 лістапада 2024 г." and number(10.5) == "10,5"
    )
    for language in TRANSLATED:
        speaking(language)
        for shown in (short_date(day), plain_date(day)):
            assert shown not in ("Tue Nov 12, 2024", "November 12, 2024"), (language, shown)
            assert read_date(shown) == day, (language, shown)
        field = DateField("Date")
        qtbot.addWidget(field)
        assert (
            "Dec" not in field.edit.placeholderText()
            and "2026-12-03" in field.edit.placeholderText()
        )
        field.edit.setText(short_date(day))
        field.edit.editingFinished.emit()
        assert field.date() == day and field.text() == short_date(day) and field.problem.isHidden()
    assert read_date("Do 31. Feb. 2026") is None
    speaking("ru")
    said = one_stop(tr("Checked against the ZIP data of {v0}.").format(v0=plain_date(day)))
    assert said.replace("\u202f", " ").endswith("12 ноября 2024 г.") and not said.endswith("..")
