"""Team round trip: export then import gives back exactly the same meetings; no duplicates;
conflicting reports are reported and ours kept; bad files named by file, line and field."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from briefer.meetings import log as mlog
from briefer.meetings.db import Log
from briefer.meetings.exchange import export_log, read_exchange
from briefer.meetings.merge import import_log
from briefer.meetings.model import Question, Report
from briefer.meetings.reprint import reprint
from briefer.support.errors import BrieferError
from tests.meetings.conftest import sample

NOTES = "First line — “quoted”, with a comma.\n\nSecond paragraph: Ціханоўская, García.\n\ttabbed"


@pytest.fixture
def filled(record) -> list:
    record()
    record(sample(legislator="Святлана Ціханоўская", title="", date=dt.date(2026, 11, 2)))
    record(sample(legislator="José Peña", date=None, time=""), fmt="docx")
    with Log() as log:
        meetings = mlog.list_meetings(log)
        first = next(m for m in meetings if m.legislator == "Jeanne Shaheen")
        report = Report(
            met="Jesús García, LA; Ann O'Neil",
            staffer_email="jgarcia@example.gov",
            position="leaning no",
            questions=(Question('Does it "work"?', "Yes, see p. 2"), Question("And the EU?")),
            requests=("A list, with sources",),
            our_commitments=("Send it; by Friday",),
            their_commitments=("Brief the Senator",),
            follow_up=dt.date(2026, 12, 17),
            follow_up_done=True,
            notes=NOTES,
        )
        mlog.save_report(log, first.id, report, attendees=["Anna Kowalska (03301)", "Ігар"])
        return mlog.list_meetings(log, with_exports=True)


def _fresh_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / name))


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_export_then_import_gives_back_the_same_meetings(
    filled, suffix: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / f"team{suffix}"
    with Log() as log:
        assert export_log(log, out) == 3
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    _fresh_log(tmp_path, monkeypatch, "coordinator")
    with Log() as log:
        merged = import_log(log, out)
        assert (merged.added, merged.reports, merged.conflicts) == (3, 1, [])
        back = mlog.list_meetings(log, with_exports=True)
    assert len(back) == 3
    for mine, theirs in zip(filled, back, strict=True):
        assert mine.id == theirs.id
        assert mine.identity() == theirs.identity()
        assert mine.created == theirs.created and mine.updated == theirs.updated
        assert (mine.report is None) == (theirs.report is None)
        if mine.report:
            assert mine.report == theirs.report  # every field, the time it was written too
        if suffix == ".json":
            assert mine.exports == theirs.exports
    if suffix == ".json":  # the coordinator can reprint the page the office got
        with Log() as log:
            page = next(m for m in back if m.legislator == "Jeanne Shaheen").exports[0]
            assert reprint(log, page).same


def test_importing_twice_adds_nothing(filled, tmp_path: Path) -> None:
    out = tmp_path / "team.json"
    with Log() as log:
        export_log(log, out)
        merged = import_log(log, out)
        assert (merged.added, merged.updated, merged.unchanged, merged.pages) == (0, 0, 3, 0)
        assert len(mlog.list_meetings(log)) == 3
        assert mlog.counts(log)["exports"] == 3


def test_a_differing_report_is_a_conflict_and_ours_is_kept(
    filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = os.environ["BRIEFER_DATA_DIR"]
    out = tmp_path / "ours.json"
    with Log() as log:
        export_log(log, out)
    _fresh_log(tmp_path, monkeypatch, "other-team")
    with Log() as log:
        import_log(log, out)
        shaheen = next(m for m in mlog.list_meetings(log) if m.legislator == "Jeanne Shaheen")
        assert shaheen.report is not None
        changed = Report(**{**shaheen.report.__dict__, "position": "supportive"})
        mlog.save_report(log, shaheen.id, changed)
        peña = next(m for m in mlog.list_meetings(log) if m.legislator == "José Peña")
        mlog.save_report(log, peña.id, Report(position="opposed"))  # new: not a conflict
        theirs = tmp_path / "theirs.csv"
        export_log(log, theirs)
    monkeypatch.setenv("BRIEFER_DATA_DIR", first)
    with Log() as log:
        merged = import_log(log, theirs)
        assert merged.reports == 1 and len(merged.conflicts) == 1
        assert "position: ours 'leaning no', theirs 'supportive'" in merged.conflicts[0]
        assert "\n" not in merged.conflicts[0]
        assert mlog.get_meeting(log, shaheen.id).position == "leaning no"
        assert mlog.get_meeting(log, peña.id).position == "opposed"
        merged = import_log(log, theirs, theirs=True)
        assert mlog.get_meeting(log, shaheen.id).position == "supportive"


@pytest.mark.parametrize(
    ("content", "where", "message"),
    [
        ('{"briefer-log": 1, "meetings": [\n  {"id": "nope"}\n]}', ":2: meetings.0.id", ""),
        ('{"briefer-log": 9, "meetings": []}', "briefer-log", "newer version"),
        ('{"briefer-log": 1,\n "meetings": [}', ":2", "not valid JSON"),
        ("[1, 2]", ":1", "not a Briefer log export"),
    ],
)
def test_a_bad_json_file_is_named_by_line_and_field(
    tmp_path: Path, content: str, where: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BrieferError) as caught:
        read_exchange(path)
    text = str(caught.value)
    assert "\n" not in text and str(path) in text and where in text and message in text


def test_a_bad_csv_row_is_named_by_line_and_field(filled, tmp_path: Path) -> None:
    out = tmp_path / "team.csv"
    with Log() as log:
        export_log(log, out)
    text = out.read_text(encoding="utf-8-sig")
    bad = text.replace("leaning no", "maybe so")
    out.write_text(bad, encoding="utf-8")
    line = bad[: bad.index("maybe so")].count("\n")  # the record starts before the notes
    with pytest.raises(BrieferError) as caught:
        read_exchange(out)
    text = str(caught.value)
    assert "position" in text and "maybe so" in text and "\n" not in text
    assert f"{out}:" in text and int(text.split(":")[1]) <= line + 1


def test_a_log_exported_before_the_role_was_its_own_is_read_with_it_apart(tmp_path: Path) -> None:
    """An exported log of an earlier Briefer has "name, role" in ``staffer`` and no
    ``staffer_role``: read, the two are apart; one that has ``staffer_role`` is taken as it is;
    and pages it lists without ``given`` stay given."""
    import json

    meeting = {"id": "a" * 32, "legislator": "Jeanne Shaheen", "date": "2026-12-03"}
    page = {"id": "b" * 32, "at": "2026-12-01T10:00:00Z", "format": "pdf", "sha256": "c" * 64}
    old = {**meeting, "staffer": "Maria Lopez, foreign policy LA", "exports": [page]}
    new = {**meeting, "id": "d" * 32, "staffer": "Lopez, Maria", "staffer_role": "LA"}
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"briefer-log": 1, "meetings": [old, new]}), encoding="utf-8")
    (first, second), _blobs = read_exchange(path)
    assert (first.staffer, first.staffer_role) == ("Maria Lopez", "foreign policy LA")
    assert (second.staffer, second.staffer_role) == ("Lopez, Maria", "LA")
    assert first.exports[0].given
