"""A message of the core is its English text (the command line prints it as ever) and keeps its
template and values, so that the app can translate it."""

from __future__ import annotations

import pickle

from briefer.support.messages import Message, translate
from briefer.support.yamlio import dump


def test_a_message_is_its_english_text_and_keeps_its_template() -> None:
    message = Message("'{raw}' is not a time: {why}", raw="25:00", why=Message("hours go up to 23"))
    assert message == "'25:00' is not a time: hours go up to 23"
    assert isinstance(message, str) and type(str(message)) is str
    assert message.template == "'{raw}' is not a time: {why}"
    said = message.translated(lambda text, n: text.upper() if "{" not in text else text)
    assert said == "'25:00' is not a time: HOURS GO UP TO 23"  # a value that is a message too


def test_a_count_fills_its_plural_form() -> None:
    message = translate("core", "the ask is %n words, at most {most}", None, 45, most=40)
    assert message == "the ask is 45 words, at most 40"
    forms = {"the ask is %n words, at most {most}": ("%n Wort", "%n Wörter")}
    assert message.translated(lambda text, n: forms[text][n != 1]) == "45 Wörter"


def test_a_message_travels_as_one_and_is_written_as_its_text() -> None:
    message = Message("no month {month}", month=13)
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Message) and again.params == {"month": 13} and again == message
    assert dump({"note": message}) == "note: no month 13\n"
