"""Every bad input of a lobby day, through `briefer batch` as a user runs it: each line reported by
its line, the rest built, the counts adding up to the lines read, nothing outside the folder."""

from __future__ import annotations

import codecs
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.legislators.congress import import_congress
from briefer.legislators.stored import save
from tests.conftest import SHARED_DATA, pdf_pages

HEADER = "legislator,date,time,location,staffer\n"


@pytest.fixture(scope="module")
def directory():
    return import_congress([SHARED_DATA])


@pytest.fixture
def imported(directory):
    save(directory)
    return directory


def batch(tmp_path: Path, text: str | bytes, *args: str, name: str = "meetings.csv"):
    """Run `briefer batch` in this process; (exit code, stdout, stderr lines, output folder)."""
    csv_path = tmp_path / name
    if isinstance(text, bytes):
        csv_path.write_bytes(text)
    else:
        csv_path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["batch", str(csv_path), "-o", str(out), "--jobs", "1", *args])
    return code, csv_path, out


def accounted(stdout: str) -> tuple[int, int, int]:
    """(lines read, meeting lines, blank) from the summary; they must add up."""
    match = re.search(
        r"(\d+) lines read: the header, (\d+) meetings?(?: on (\d+) lines)? .*?(\d+) blank", stdout
    )
    assert match, stdout
    lines, meetings, spanned, blank = match.groups()
    meeting_lines = int(spanned or meetings)
    assert int(lines) == 1 + meeting_lines + int(blank), stdout
    return int(lines), meeting_lines, int(blank)


def test_a_ragged_line_is_reported_and_the_others_complete(tmp_path, imported, capsys) -> None:
    text = (
        HEADER + 'S001181,2026-12-03,10:30,"Russell 167, 2nd floor",Jane Doe\n'
        "Elizabeth Warren,2026-12-03,11:30,Russell 167, 2nd floor,\n"  # an unquoted comma
        "Bernie Sanders,2026-12-03\n"  # too few cells
        "\n"
        "Mike Rogers,2026-12-04,9:00,,\n"
    )
    code, csv_path, out = batch(tmp_path, text)
    captured = capsys.readouterr()
    assert code == 2
    assert f"{csv_path}:3: 6 cells but the header has 5 — a comma inside a cell" in captured.err
    assert f"{csv_path}:4: 2 cells but the header has 5" in captured.err
    assert "Built 2 of 4 meetings" in captured.out
    assert accounted(captured.out) == (6, 4, 1)
    assert sorted(p.name for p in out.glob("*.pdf")) == [
        "2026-12-03_1030_jeanne-shaheen.pdf",
        "2026-12-04_0900_mike-rogers.pdf",
        "index.pdf",
    ]
    # the advocates still go to Warren's office: the schedule lists her, marked
    schedule = " ".join(" ".join(pdf_pages((out / "index.pdf").read_bytes())).split())
    assert "Elizabeth Warren" in schedule and "NOT BUILT (line 3)" in schedule
    assert "Russell 167, 2nd floor" in schedule


def test_an_unclosed_quote_is_reported_where_it_opens_and_nothing_is_swallowed(
    tmp_path, imported, capsys
) -> None:
    text = (
        HEADER + 'S001181,2026-12-03,10:30,"Russell 167,Jane Doe\n'
        "Elizabeth Warren,2026-12-03,11:30,SD-309,\n"
        'Bernie Sanders,2026-12-03,14:00,"SD-332, 2nd floor",Bob\n'
        "Mike Rogers,2026-12-04,9:00,,\n"
    )
    code, csv_path, out = batch(tmp_path, text)
    captured = capsys.readouterr()
    assert code == 2
    assert re.search(
        rf"{re.escape(str(csv_path))}:2: a quote \(\"\) opens in the 'location' cell and is not "
        "closed",
        captured.err,
    )
    assert "Built 3 of 4 meetings" in captured.out
    assert accounted(captured.out) == (5, 4, 0)
    assert len(list(out.glob("*.pdf"))) == 4  # three packs and the schedule


def test_a_quoted_cell_may_hold_line_breaks(tmp_path, imported, capsys) -> None:
    text = 'legislator,date,time,notes\nS001181,2026-12-03,10:30,"Bring the letter\nand the map"\n'
    code, _, out = batch(tmp_path, text + "Mike Rogers,2026-12-04,9:00,\n")
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert accounted(captured.out) == (4, 3, 0)
    schedule = " ".join(" ".join(pdf_pages((out / "index.pdf").read_bytes())).split())
    assert "Bring the letter and the map" in schedule


GARCIA = ['Jesús G. "Chuy" García', "2026-12-03", "Rayburn 2419"]
SHAHEEN = ["S001181", "2026-12-03", "SH-506"]


def _export(separator: str, encoding: str, bom: bytes = b"") -> bytes:
    rows = [["legislator", "date", "location"], GARCIA, SHAHEEN]
    return bom + "".join(separator.join(row) + "\r\n" for row in rows).encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8-sig", _export(";", "utf-8", codecs.BOM_UTF8)),  # European Excel, CSV UTF-8
        ("utf-16", _export("\t", "utf-16")),  # Excel's "Unicode text"
        ("cp1252", _export(",", "cp1252")),  # Excel's plain "CSV" on Western Windows
    ],
    ids=["utf8-bom-crlf-semicolon", "utf16-tabs", "cp1252"],
)
def test_spreadsheet_exports_are_read(tmp_path, imported, capsys, encoding, data) -> None:
    code, csv_path, out = batch(tmp_path, data)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Built 2 of 2 meetings" in captured.out
    garcia = next(out.glob("*garcia*.pdf"))
    assert "García" in pdf_pages(garcia.read_bytes())[0]
    if encoding == "cp1252":
        assert f"{csv_path}: warning: not UTF-8: read as Windows-1252" in captured.err


def test_another_code_page_is_refused_with_how_to_fix_it(tmp_path, imported, capsys) -> None:
    data = "legislator,date,notes\nS001181,2026-12-03,Сустрэча з сенатарам\n".encode("cp1251")
    code, csv_path, out = batch(tmp_path, data)
    err = capsys.readouterr().err
    assert code == 2
    assert f"{csv_path}:2: the file is not UTF-8 and not Western European" in err
    assert "“CSV UTF-8”" in err and "Traceback" not in err
    assert not list(out.glob("*.pdf"))


def test_unknown_columns_are_named_with_the_known_ones(tmp_path, capsys) -> None:
    code, csv_path, out = batch(tmp_path, "legislator,room,Start Time\nS001181,SR-506,10:30\n")
    err = capsys.readouterr().err
    assert code == 2
    assert f"{csv_path}:1: unknown columns 'room', 'start_time' (the columns are: legislator" in err
    assert "attendees" in err and "paper" in err
    assert not out.exists() or not any(out.iterdir())


def test_an_unknown_legislator_gets_the_closest_names_with_seat(tmp_path, imported, capsys):
    code, csv_path, _ = batch(tmp_path, HEADER + "Jeane Shahen,2026-12-03,10:30,,\nS001181,,,,\n")
    err = capsys.readouterr().err
    assert code == 2
    assert (
        f"{csv_path}:2: unknown legislator 'Jeane Shahen' — did you mean Jeanne Shaheen "
        "(NH, Senate)?" in err
    )


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("4/12/2026", "reads two ways: April 12, 2026 (month first) or December 4, 2026"),
        ("2026-02-30", "that month has no day 30"),
        ("someday", "'someday' is not a date"),
    ],
)
def test_bad_dates_are_reported_by_line(tmp_path, imported, capsys, cell, message) -> None:
    code, csv_path, out = batch(
        tmp_path, HEADER + f"S001181,{cell},10:30,,\nR000575,2026-12-04,9:00,,\n"
    )
    err = capsys.readouterr().err
    assert code == 2 and f"{csv_path}:2: date: " in err and message in err
    assert (out / "2026-12-04_0900_mike-rogers.pdf").is_file()


def test_the_date_order_reads_numeric_dates(tmp_path, imported, capsys) -> None:
    code, _, out = batch(tmp_path, HEADER + "S001181,4/12/2026,10:30,,\n", "--date-order", "dmy")
    assert code == 0, capsys.readouterr().err
    assert (out / "2026-12-04_1030_jeanne-shaheen.pdf").is_file()


@pytest.mark.parametrize(
    ("cell", "message"), [("25:00", "hours go up to 23"), ("10:75", "minutes")]
)
def test_impossible_times_are_reported_by_line(tmp_path, imported, capsys, cell, message) -> None:
    code, csv_path, _ = batch(tmp_path, HEADER + f"S001181,2026-12-03,{cell},,\n")
    err = capsys.readouterr().err
    assert code == 2 and f"{csv_path}:2: time: '{cell}' is not a time" in err and message in err


def test_unknown_point_ids_are_reported_with_a_hint(tmp_path, imported, capsys) -> None:
    text = "legislator,date,blocks\nS001181,2026-12-03,hold-the-lin;not-a-point\n"
    code, csv_path, _ = batch(tmp_path, text)
    err = capsys.readouterr().err
    assert code == 2
    assert (
        f"{csv_path}:2: blocks: unknown point id 'hold-the-lin' — did you mean 'hold-the-line'?"
        in err
    )
    assert "blocks: unknown point id 'not-a-point'" in err  # every problem of the line


def test_path_like_and_reserved_names_stay_inside_the_folder(tmp_path, capsys) -> None:
    # no directory imported: names are used as typed, so they reach the file names
    text = "legislator,date\n../../x,2026-12-03\nCON,2026-12-03\nNUL.pdf,2026-12-03\n/etc/passwd,\n"
    code, _, out = batch(tmp_path, text)
    assert code == 0, capsys.readouterr().err
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2026-12-03_con.pdf",
        "2026-12-03_nul-pdf.pdf",
        "2026-12-03_x.pdf",
        "index.pdf",
        "schedule.ics",
        "undated_etc-passwd.pdf",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meetings.csv", "out"]


def test_duplicate_slots_and_double_bookings_are_warned_about(tmp_path, imported, capsys) -> None:
    text = (
        "legislator,date,time,location,attendees\n"
        "S001181,2026-12-03,10:30,SH-506,Anna Kowalska (03301)\n"
        "S001181,2026-12-03,10:30,SH-506,Piotr\n"
        "Elizabeth Warren,2026-12-03,10:45,SD-309,Anna Kowalska\n"
        "Mike Rogers,2026-12-03,11:25,Rayburn 2469,Piotr\n"
    )
    code, csv_path, out = batch(tmp_path, text)
    captured = capsys.readouterr()
    assert code == 0  # warnings are not failures
    err = captured.err
    assert f"{csv_path}:3: warning: the same slot as line 2: Jeanne Shaheen at 10:30 AM" in err
    assert f"{csv_path}:4: warning: Anna Kowalska is also at Jeanne Shaheen (line 2)" in err
    assert f"{csv_path}:5: warning: 25 minutes" not in err
    schedule = " ".join(" ".join(pdf_pages((out / "index.pdf").read_bytes())).split())
    assert "Check before the day" in schedule and "two meetings at once" in schedule


def test_crossing_the_capitol_in_too_little_time_is_warned_about(tmp_path, imported, capsys):
    text = (
        "legislator,date,time,location\n"
        "S001181,2026-12-03,10:00,\n"  # Hart, from the directory
        "Mike Rogers,2026-12-03,10:40,\n"  # Rayburn: 10 minutes after 10:30
        "Elizabeth Warren,2026-12-03,11:30,SD-309\n"  # 20 minutes after 11:10: enough
    )
    code, csv_path, _ = batch(tmp_path, text)
    err = capsys.readouterr().err
    assert code == 0
    assert (
        f"{csv_path}:3: warning: 10 minutes after Jeanne Shaheen (line 2, Senate side) to cross "
        "to the House side of the Capitol" in err
    )
    assert f"{csv_path}:4: warning" not in err


_MEASURED = """\
import resource, sys
from briefer.cli import main
code = main(sys.argv[1:])
print("maxrss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def _lines(count: int) -> str:
    lines = [HEADER.strip()]
    for n in range(count):
        if n % 1000 == 0:
            lines.append(f"S001181,2026-12-03,{9 + n // 1000}:00,,")
        elif n % 7 == 0:
            lines.append("")
        else:
            lines.append(f"Nobody Number{n % 50},2026-12-03,10:00,,")
    return "\n".join(lines) + "\n"


def _measured_run(tmp_path: Path, count: int) -> tuple[subprocess.CompletedProcess, int]:
    csv_path = tmp_path / f"big{count}.csv"
    csv_path.write_text(_lines(count), encoding="utf-8")
    args = ["batch", str(csv_path), "-o", str(tmp_path / f"out{count}"), "--jobs", "1"]
    run = subprocess.run(
        [sys.executable, "-c", _MEASURED, *args], capture_output=True, text=True, env=_env()
    )
    rss = int(re.search(r"maxrss (\d+)", run.stderr).group(1))  # kilobytes
    return run, rss


@pytest.mark.slow
def test_ten_thousand_lines_stream_with_bounded_memory(tmp_path, imported) -> None:
    """No cap: every one of 10,000 lines is accounted for, each failed one by its line; memory
    grows by a small record per meeting, not with the file or the plans."""
    _, small_rss = _measured_run(tmp_path, 1000)
    big, big_rss = _measured_run(tmp_path, 10_000)
    assert big.returncode == 2, big.stderr[-2000:]
    assert "Built 10 of " in big.stdout
    lines, meeting_lines, blank = accounted(big.stdout)
    assert lines == 10_001 and blank == len([n for n in range(10_000) if n % 7 == 0 and n % 1000])
    failed = re.findall(r"big10000\.csv:(\d+): unknown legislator 'Nobody Number\d+'", big.stderr)
    assert len(failed) == meeting_lines - 10 and len(set(failed)) == len(failed)
    assert (tmp_path / "out10000" / "index.pdf").is_file()
    assert big_rss - small_rss < 60_000, (small_rss, big_rss)  # under 60 MB more for 9,000 more


def test_the_folder_is_created_and_nothing_is_replaced_without_force(
    tmp_path, imported, capsys
) -> None:
    text = HEADER + "S001181,2026-12-03,10:30,,\n"
    code, csv_path, out = batch(tmp_path, text)
    assert code == 0 and out.is_dir()
    nested = tmp_path / "a" / "b" / "c"
    assert main(["batch", str(csv_path), "-o", str(nested), "--jobs", "1"]) == 0
    assert (nested / "2026-12-03_1030_jeanne-shaheen.pdf").is_file()
    capsys.readouterr()
    (out / "index.pdf").write_bytes(b"mine")
    assert main(["batch", str(csv_path), "-o", str(out)]) == 2
    assert "index.pdf exists (use --force to replace)" in capsys.readouterr().err
    assert (out / "index.pdf").read_bytes() == b"mine"
    assert main(["batch", str(csv_path), "-o", str(out), "--force"]) == 0
    assert (out / "index.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "file").write_text("mine", encoding="utf-8")
    assert main(["batch", str(csv_path), "-o", str(tmp_path / "file")]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def test_as_a_process_exit_codes_and_plain_progress(tmp_path, imported) -> None:
    csv_path = tmp_path / "m.csv"
    csv_path.write_text(HEADER + "S001181,2026-12-03,10:30,,\nNobody,2026-12-03,,,\n", "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "briefer", "batch", str(csv_path), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    assert "line 2: 2026-12-03_1030_jeanne-shaheen.pdf" in run.stderr  # plain lines: not a tty
    assert f"{csv_path}:3: unknown legislator 'Nobody'" in run.stderr
    assert "\r" not in run.stderr and "Traceback" not in run.stderr
    csv_path.write_text(HEADER + "S001181,2026-12-03,10:30,,\n", "utf-8")
    again = subprocess.run(
        [sys.executable, "-m", "briefer", "batch", str(csv_path), "-o", str(tmp_path / "o2")],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert again.returncode == 0, again.stderr


def test_on_a_terminal_a_bar_with_the_time_left(tmp_path, imported) -> None:
    csv_path = tmp_path / "m.csv"
    csv_path.write_text(
        HEADER + "S001181,2026-12-03,10:30,,\nR000575,2026-12-03,11:30,,\n", "utf-8"
    )
    leader, follower = pty.openpty()
    run = subprocess.run(
        [sys.executable, "-m", "briefer", "batch", str(csv_path), "-o", str(tmp_path / "o")],
        stdout=subprocess.PIPE,
        stderr=follower,
        env=_env(),
        timeout=120,
    )
    os.close(follower)
    shown = os.read(leader, 65536).decode()
    os.close(leader)
    assert run.returncode == 0
    assert "\r[" in shown and "2/2 meetings" in shown and "█" in shown


def test_exit_3_when_the_only_failures_do_not_fit_one_page(tmp_path, imported, capsys) -> None:
    from briefer.page.content import load_pack

    every_point = ";".join(block.id for block in load_pack().blocks)
    text = f"legislator,date,blocks\nS001181,2026-12-03,{every_point}\nR000575,2026-12-04,\n"
    code, csv_path, out = batch(tmp_path, text)
    err = capsys.readouterr().err
    assert code == 3, err
    assert f"{csv_path}:2: " in err and (out / "2026-12-04_mike-rogers.pdf").is_file()
    schedule = " ".join(" ".join(pdf_pages((out / "index.pdf").read_bytes())).split())
    assert "NOT BUILT (line 2)" in schedule
