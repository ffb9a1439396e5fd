"""The ZIP -> district table over the real public file (read from ../shared, never copied)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from briefer.legislators.zip_file import import_zips, is_zip_file, read_zip_csv
from briefer.legislators.zips import (
    District,
    ZipTable,
    default_zips_path,
    normalize_zip,
    stored_zips,
)
from briefer.support.errors import BrieferError
from tests.conftest import SHARED_DATA, ZIP_FILE

HEADER = "state_fips,state_abbr,zcta,cd\n"


@pytest.fixture(scope="module")
def data():  # the whole real file, read once
    return read_zip_csv(ZIP_FILE)


def test_the_real_file_read_whole(data) -> None:
    assert data.rows == 42_033  # the figures the data's README gives
    assert len(data.zips) == 33_774
    assert data.spanning() == 7_299
    assert data.zips["03301"] == (District("NH", "2"),)  # Concord
    assert data.zips["05401"] == (District("VT", "At-large"),)  # Burlington: cd 0
    assert data.zips["10001"] == (District("NY", "10"), District("NY", "12"))
    assert data.zips["20001"] == (District("DC", "At-large"),)
    assert {d.state for d in data.zips["30165"]} == {"AL", "GA"}  # a ZIP across a state line


def test_recognised_by_header_not_name(tmp_path: Path) -> None:
    assert is_zip_file(ZIP_FILE)
    renamed = tmp_path / "districts.txt"
    renamed.write_text(HEADER + "33,NH,03301,2\n", encoding="utf-8")
    assert is_zip_file(renamed)
    legislators = tmp_path / "zips.csv"
    legislators.write_text("name,title,chamber,state\nA,Senator,Senate,NH\n", encoding="utf-8")
    assert not is_zip_file(legislators)
    assert not is_zip_file(SHARED_DATA / "legislators-current.yaml")
    assert not is_zip_file(tmp_path / "missing.csv")


@pytest.mark.parametrize(
    ("text", "five"),
    [("03301", "03301"), (" 03301-1234 ", "03301"), ("99501", "99501")],
)
def test_normalize_zip(text: str, five: str) -> None:
    assert normalize_zip(text) == five


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0330a", "'0330a' is not a ZIP: use five digits, like 03301"),
        (
            "3301",
            "'3301' has four digits: a ZIP has five (a spreadsheet may have dropped a "
            "leading zero: 03301?)",
        ),
        ("033011234", "'033011234' has nine digits: write a ZIP+4 with a dash (03301-1234)"),
        ("03301-12", "'03301-12' is not a ZIP: use five digits (03301) or ZIP+4 (03301-1234)"),
        ("", "the ZIP is empty"),
    ],
)
def test_malformed_zips_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        normalize_zip(text)
    assert str(info.value) == message


def test_import_store_and_lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "data"))
    done = import_zips(ZIP_FILE, dt.date(2024, 11, 12))
    assert done.path == default_zips_path() == tmp_path / "data" / "zips.sqlite"
    assert (done.zips, done.rows, done.spanning, done.as_of) == (
        33_774,
        42_033,
        7_299,
        dt.date(2024, 11, 12),
    )
    assert [p.name for p in done.path.parent.iterdir()] == ["zips.sqlite"]  # no temp file left
    table = stored_zips()
    assert table is not None and table.as_of == dt.date(2024, 11, 12)
    assert table.zip_count == 33_774
    assert table.lookup("03301-1234") == (District("NH", "2"),)
    assert table.lookup("03031") == (District("NH", "1"), District("NH", "2"))
    assert table.lookup("00000") == ()  # not in the data: no districts
    assert "03301" in table and "00000" not in table
    with pytest.raises(ValueError, match="four digits"):
        table.lookup("3301")


def test_without_as_of_the_files_date(tmp_path: Path) -> None:
    source = tmp_path / "zccd.csv"
    source.write_text(HEADER + "33,NH,03301,2\n50,VT,05401,0\n", encoding="utf-8")
    stamp = dt.datetime(2024, 11, 12, 12, 0).timestamp()
    os.utime(source, (stamp, stamp))
    done = import_zips(source, target=tmp_path / "zips.sqlite")
    assert done.as_of == dt.date(2024, 11, 12)
    assert ZipTable(done.path).lookup("05401") == (District("VT", "At-large"),)


@pytest.mark.parametrize(
    ("rows", "where", "message"),
    [
        ("33,NH,3301,2\n", ":2: zcta:", "'3301' is not a five-digit ZIP (a spreadsheet may"),
        ("33,NH,03301,2\n33,XX,03302,2\n", ":3: state_abbr:", "'XX' is not a US state"),
        ("33,NH,03301,two\n", ":2: cd:", "'two' is not a district number (0 for at-large)"),
        ("33,NH,03301,2\n50,NH,03302,2\n", ":3: state_fips:", "NH is 33 on an earlier line"),
        ("33,NH,03301\n", ":2:", "3 cells but the header has 4"),
        ("\n", ":2:", "no ZIP rows under the header"),
    ],
)
def test_bad_rows_reported_by_line(tmp_path: Path, rows: str, where: str, message: str) -> None:
    source = tmp_path / "zccd.csv"
    source.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(BrieferError) as info:
        read_zip_csv(source)
    assert f"{source}{where}" in str(info.value)
    assert message in str(info.value)


def test_many_bad_rows_counted(tmp_path: Path) -> None:
    source = tmp_path / "zccd.csv"
    source.write_text(HEADER + "33,NH,03301,2\n33,NH,1,2\n33,NH,2,2\n33,NH,3,2\n", "utf-8")
    with pytest.raises(BrieferError) as info:
        read_zip_csv(source)
    assert info.value.line == 3 and info.value.message.endswith("(and 2 more bad rows)")


def test_missing_columns(tmp_path: Path) -> None:
    source = tmp_path / "zccd.csv"
    source.write_text("state_abbr,zcta\nNH,03301\n", encoding="utf-8")
    with pytest.raises(BrieferError) as info:
        read_zip_csv(source)
    assert str(info.value) == (
        f"{source}:1: missing columns state_fips, cd "
        "(the ZIP file's header is state_fips,state_abbr,zcta,cd)"
    )


def test_a_failed_import_keeps_the_stored_data(tmp_path: Path) -> None:
    target = tmp_path / "zips.sqlite"
    import_zips(ZIP_FILE, dt.date(2024, 11, 12), target)
    before = target.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(ZIP_FILE.read_text(encoding="utf-8") + "33,NH,0330,2\n", encoding="utf-8")
    with pytest.raises(BrieferError, match="0330"):
        import_zips(bad, None, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv", "zips.sqlite"]


def test_damaged_store_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "zips.sqlite"
    target.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BrieferError, match="the ZIP data cannot be read"):
        ZipTable(target).lookup("03301")
    other = sqlite3.connect(tmp_path / "other.sqlite")
    with other:
        other.execute("CREATE TABLE meta (key, value)")
    other.close()
    with pytest.raises(BrieferError, match=r"another version; run `briefer legislators import"):
        ZipTable(tmp_path / "other.sqlite").lookup("03301")


def test_nothing_imported_is_none(tmp_path: Path) -> None:
    assert stored_zips(tmp_path / "zips.sqlite") is None


def test_the_table_is_not_opened_until_used(tmp_path: Path) -> None:
    target = tmp_path / "zips.sqlite"
    import_zips(ZIP_FILE, dt.date(2024, 11, 12), target)
    table = stored_zips(target)
    assert table is not None and table._connection is None
    table.lookup("03301")
    assert table._connection is not None


def test_importing_the_directory_loads_no_zip_machinery() -> None:
    import subprocess

    code = (
        "import sys, briefer.legislators.store, briefer.page.brief, briefer.page.compose;"
        "print('sqlite3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
