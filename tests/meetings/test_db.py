"""The log's file: private, WAL, versioned; damaged or newer files refused and left untouched."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from briefer.meetings import db
from briefer.meetings.db import Log, log_path
from briefer.meetings.log import list_meetings
from briefer.support.errors import BrieferError
from tests.conftest import REPO


def mode(path: os.PathLike) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_log_is_private_and_in_wal_mode(record) -> None:
    record()
    path = log_path()
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    with Log() as log:
        assert log.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert log.conn.execute("PRAGMA user_version").fetchone()[0] == db.VERSION
        assert log.conn.execute("PRAGMA busy_timeout").fetchone()[0] == db.BUSY_MS
        wal = path.with_name(path.name + "-wal")
        assert not wal.exists() or mode(wal) == 0o600


def test_a_log_from_a_newer_briefer_is_refused_and_left_as_it_is() -> None:
    Log().close()
    path = log_path()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {db.VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(BrieferError, match="newer version of Briefer") as caught:
        Log()
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all\n" * 40, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "garbage-after-header"],
)
def test_a_damaged_log_is_refused_and_left_as_it_is(content: bytes) -> None:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with pytest.raises(BrieferError, match="damaged") as caught:
        Log()
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == content


def test_a_log_damaged_inside_is_reported_when_read(record) -> None:
    for day in range(1, 28):
        record(_brief(day))
    path = log_path()
    with Log() as log:
        log.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - 16, page):  # every page but the header's
        data[offset + 8 : offset + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    with pytest.raises(BrieferError, match="damaged") as caught, Log() as log:
        list_meetings(log)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == bytes(data)


def _brief(day: int):
    import datetime as dt

    from tests.meetings.conftest import sample

    return sample(date=dt.date(2026, 12, day))


def test_another_programs_database_is_refused() -> None:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(BrieferError, match="another program"):
        Log()


def test_a_migration_backs_up_the_log_first(record, monkeypatch: pytest.MonkeyPatch) -> None:
    record()
    step = ("ALTER TABLE meetings ADD COLUMN room_note TEXT NOT NULL DEFAULT ''",)
    later = (*db.MIGRATIONS, step)
    monkeypatch.setattr(db, "MIGRATIONS", later)
    monkeypatch.setattr(db, "VERSION", len(later))
    with Log() as log:
        assert log.version == len(later)
        assert len(list_meetings(log)) == 1
    backups = list((log_path().parent / db.BACKUPS).glob("log-*.sqlite3"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == len(later) - 1
        assert copy.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1


def test_a_failed_migration_changes_nothing(record, monkeypatch: pytest.MonkeyPatch) -> None:
    record()
    bad = (*db.MIGRATIONS, ("ALTER TABLE meetings ADD COLUMN x TEXT", "THIS IS NOT SQL"))
    monkeypatch.setattr(db, "MIGRATIONS", bad)
    monkeypatch.setattr(db, "VERSION", len(bad))
    with pytest.raises(BrieferError):
        Log()
    monkeypatch.undo()
    with Log() as log:
        assert log.version == db.VERSION
        columns = [r[1] for r in log.conn.execute("PRAGMA table_info(meetings)")]
        assert "x" not in columns


WRITER = r"""
import datetime as dt, sys
from briefer.meetings.db import Log
from briefer.meetings.log import MeetingFields, upsert_meeting, now_utc, write_report
from briefer.meetings.model import Report
with Log() as log:
    print("ready", flush=True)
    n = 0
    while True:
        with log.write() as conn:  # a meeting and its report, always together
            fields = MeetingFields(legislator=f"Member {n}", date=dt.date(2026, 1, 1))
            meeting_id = upsert_meeting(conn, fields, now_utc())
            report = Report(position="undecided", notes="x" * 5000)
            write_report(conn, meeting_id, report, now_utc())
        n += 1
"""


def test_a_writer_killed_mid_write_leaves_a_consistent_log() -> None:
    Log().close()
    env = dict(os.environ)
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        time.sleep(0.6)
        # meanwhile, another process (the app) reads it: the busy timeout lets both work
        with Log() as reader:
            assert reader.read("SELECT count(*) AS n FROM meetings")[0]["n"] >= 0
        process.kill()
    finally:
        process.wait(10)
    with Log() as log:
        assert log.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        meetings = log.read("SELECT count(*) AS n FROM meetings")[0]["n"]
        reports = log.read("SELECT count(*) AS n FROM reports")[0]["n"]
    assert meetings > 5
    assert meetings == reports


def test_the_app_and_the_command_line_write_at_once(record) -> None:
    record()
    with Log() as app, app.write() as conn:
        conn.execute("UPDATE meetings SET staffer = 'busy'")
        started = time.perf_counter()
        with pytest.raises(BrieferError, match="busy"):
            other = Log()
            try:
                other.conn.execute("PRAGMA busy_timeout = 200")
                with other.write():
                    pass
            finally:
                other.close()
        assert time.perf_counter() - started < 3


def test_a_version_1_log_is_migrated_with_its_pages_counted(
    record, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log of the first release: opened by this one, it is backed up, then upgraded."""
    import datetime as dt

    from tests.meetings.conftest import sample

    first = db.MIGRATIONS[:1]
    with monkeypatch.context() as patch:
        patch.setattr(db, "MIGRATIONS", first)
        patch.setattr(db, "VERSION", 1)
        with Log() as old, old.write() as conn:
            conn.execute(
                "INSERT INTO meetings (id, legislator, date, created, updated) "
                "VALUES ('a1b2c3d4', 'Jeanne Shaheen', '2026-12-03', 'x', 'x')"
            )
            for n in range(3):
                conn.execute(
                    "INSERT INTO exports (id, meeting_id, at, source, format, sha256) "
                    f"VALUES ('e{n}', 'a1b2c3d4', '2026-12-0{n + 1}T10:00:00Z', 'build', 'pdf', '')"
                )
    db.forget_shared()
    with Log() as log:
        assert log.version == db.VERSION >= 2
        (meeting,) = list_meetings(log, full=False)
        assert meeting.export_count == 3 and meeting.last_export.startswith("2026-12-03")
        assert meeting.given_count == 3  # pages recorded before "given" existed stay given
    backups = list((log_path().parent / db.BACKUPS).glob("log-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    record(sample(date=dt.date(2026, 12, 3)))  # and it goes on working: the triggers count
    with Log() as log:
        (meeting,) = list_meetings(log, full=False)
        assert meeting.export_count == 4
        assert meeting.given_count == 3  # a new export is only exported until marked given


RECORDER = r"""
import datetime as dt
from briefer import pipeline
from briefer.page.brief import parse_brief
from briefer.meetings.recording import record_export
from tests.conftest import SAMPLE_BRIEF
brief = parse_brief(SAMPLE_BRIEF, "brief.yaml")
plan = pipeline.make_plan(brief)
data = pipeline.render(plan, "pdf")
print("ready", flush=True)
n = 0
while True:
    when = dt.date(2026, 1, 1) + dt.timedelta(days=n % 300)
    day = brief.model_copy(update={"meeting": brief.meeting.model_copy(update={"date": when})})
    assert record_export(day, plan, data, "pdf", "p.pdf") is None
    n += 1
"""


def test_recording_killed_mid_write_leaves_every_page_whole() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", RECORDER], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        time.sleep(1.0)
        process.kill()
    finally:
        process.wait(10)
    with Log() as log:
        assert log.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert log.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        pages = log.read("SELECT count(*) AS n FROM exports")[0]["n"]
        counted = log.read("SELECT sum(pages) AS n FROM meetings")[0]["n"]
        missing = log.read(
            "SELECT count(*) AS n FROM exports WHERE brief_blob NOT IN (SELECT hash FROM blobs) "
            "OR pack_blob NOT IN (SELECT hash FROM blobs)"
        )[0]["n"]
    assert pages > 3 and counted == pages and missing == 0


def test_a_staffer_written_with_their_role_is_split_when_the_log_is_upgraded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Logs before version 4 kept "name, role" as one text: upgraded, the name and the role are
    two values (split at the first comma); a name alone stays as it is."""
    with monkeypatch.context() as patch:
        patch.setattr(db, "MIGRATIONS", db.MIGRATIONS[:3])
        patch.setattr(db, "VERSION", 3)
        with Log() as old, old.write() as conn:
            for n, staffer in enumerate(("Maria Lopez, foreign policy LA, Senate", "Jesús García")):
                conn.execute(
                    "INSERT INTO meetings (id, legislator, staffer, created, updated) "
                    f"VALUES ('m{n}', 'Jeanne Shaheen', ?, 'x', 'x')",
                    (staffer,),
                )
    db.forget_shared()
    with Log() as log:
        found = {m.id: (m.staffer, m.staffer_role) for m in list_meetings(log, full=False)}
    assert found == {
        "m0": ("Maria Lopez", "foreign policy LA, Senate"),
        "m1": ("Jesús García", ""),
    }


def test_a_second_log_opened_here_leaves_the_first_ones_lock_for_other_processes() -> None:
    """The app keeps one connection open (recording) and opens the log again for each read;
    `briefer log` run meanwhile must not take itself for the last user and delete the -wal and
    -shm files under the app's connection (the Meetings window then said "disk I/O error")."""
    from briefer.meetings.db import shared_log
    from tests.cli.test_check_inputs import briefer

    kept = shared_log()
    with kept.write() as conn:
        conn.execute(
            "INSERT INTO meetings (id, legislator, created, updated) VALUES ('m1', 'X', 'x', 'x')"
        )
    with Log() as again:  # a read of the Meetings window, say
        assert len(list_meetings(again)) == 1
    assert briefer("log", "list").returncode == 0
    assert log_path().with_name(log_path().name + "-shm").exists()  # still in use here
    assert len(list_meetings(kept)) == 1
    db.forget_shared()
