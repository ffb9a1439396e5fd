"""``briefer legislators import zccd.csv`` and ``briefer legislators zip``, as a user runs them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefer.cli import main
from tests.conftest import SHARED_DATA, ZIP_FILE


def test_import_the_zip_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "import", str(ZIP_FILE), "--as-of", "2024-11-12"]) == 0
    out, err = capsys.readouterr()
    target = Path(os.environ["BRIEFER_DATA_DIR"]) / "zips.sqlite"
    assert out == (
        "Imported 33,774 ZIPs (42,033 rows; 7,299 span more than one district), "
        f"data as of 2024-11-12, into {target}\n"
    )
    assert err == ""
    assert not (target.parent / "legislators.sqlite3").exists()  # the directory is not touched


def test_import_the_directory_and_the_zips_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "import", str(SHARED_DATA), str(ZIP_FILE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Imported 537 members and 230 committees")
    assert out[1].startswith("Imported 33,774 ZIPs")
    assert "data as of " in out[1]  # the file's own date without --as-of


def test_a_bad_zip_file_keeps_everything(
    tmp_path: Path, with_zips: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {
        name: (with_zips / name).read_bytes() for name in ("legislators.sqlite3", "zips.sqlite")
    }
    bad = tmp_path / "zips.csv"
    bad.write_text("state_fips,state_abbr,zcta,cd\n33,NH,03301,2\n33,NH,3301,2\n", "utf-8")
    assert main(["legislators", "import", str(SHARED_DATA), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"briefer: {bad}:3: zcta: '3301' is not a five-digit ZIP (a spreadsheet may have "
        "dropped a leading zero)\n"
    )
    after = {name: (with_zips / name).read_bytes() for name in before}
    assert after == before


def test_missing_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "zips.csv"
    bad.write_text("zcta,cd\n03301,2\n", "utf-8")
    assert main(["legislators", "import", str(bad)]) == 2
    assert "missing columns state_fips, state_abbr" in capsys.readouterr().err


def test_as_of_needs_a_date_and_the_zip_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["legislators", "import", str(ZIP_FILE), "--as-of", "12/11/2024"])
    assert info.value.code == 2
    err = capsys.readouterr().err  # read as every date is (briefer.support.when): never guessed
    assert "'12/11/2024' reads two ways" in err and "December 11, 2024" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["legislators", "import", str(SHARED_DATA), "--as-of", "2024-11-12"]) == 2
    assert "--as-of dates the ZIP-to-district file" in capsys.readouterr().err


def test_zip_concord(with_zips: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "zip", "03301"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "ZIP 03301: NH-2 (ZIP data as of 2024-11-12)"
    assert "Jeanne Shaheen" in out and "Margaret Wood Hassan" in out
    assert "Maggie Goodlander" in out and "may be" not in out and "spans" not in out


def test_zip_json(with_zips: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "zip", "03301-1234", "--json"]) == 0
    members = json.loads(capsys.readouterr().out)
    assert [
        (m["name"], m["chamber"], m["state"], m["district"], m["ambiguous"]) for m in members
    ] == [
        ("Margaret Wood Hassan", "senate", "NH", "", False),
        ("Jeanne Shaheen", "senate", "NH", "", False),
        ("Maggie Goodlander", "house", "NH", "2", False),
    ]
    assert all(m["id"] for m in members)


def test_zip_spanning_districts(with_zips: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "zip", "10001"]) == 0
    out = capsys.readouterr().out
    assert "Daniel S. Goldman" in out and "Jerrold Nadler" in out
    assert "This ZIP spans 2 districts" in out
    assert out.count("may be yours") == 3  # two representatives, and the explanation
    assert main(["legislators", "zip", "10001", "--json"]) == 0
    members = json.loads(capsys.readouterr().out)
    assert {m["district"]: m["ambiguous"] for m in members} == {"": False, "10": True, "12": True}


def test_zip_at_large(with_zips: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "zip", "05401", "--json"]) == 0
    house = [m for m in json.loads(capsys.readouterr().out) if m["chamber"] == "house"]
    assert [(m["name"], m["district"]) for m in house] == [("Becca Balint", "At-large")]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("0330a", "briefer: ZIP: '0330a' is not a ZIP: use five digits, like 03301"),
        ("3301", "briefer: ZIP: '3301' has four digits"),
        ("033011234", "briefer: ZIP: '033011234' has nine digits: write a ZIP+4 with a dash"),
        ("00000", "briefer: ZIP 00000 is not in the ZIP data (as of 2024-11-12)"),
    ],
)
def test_zip_bad_input(
    with_zips: Path, capsys: pytest.CaptureFixture[str], code: str, message: str
) -> None:
    assert main(["legislators", "zip", code]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(message) and err.count("\n") == 1


def test_zip_without_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "zip", "03301"]) == 2
    assert "no ZIP data imported yet" in capsys.readouterr().err


def test_as_of_in_the_future_is_refused(with_zips: Path) -> None:
    """``--as-of`` took any date, a year to come too: a ZIP file dated in the future is refused
    (one line, exit 2) and the data that was there stays."""
    from tests.cli.test_check_inputs import briefer

    done = briefer("legislators", "import", str(ZIP_FILE), "--as-of", "2999-01-01")
    assert done.returncode == 2
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith("briefer: --as-of: 2999-01-01 is in the future (today is ")
    assert line.endswith("give the date the ZIP data was published")
    done = briefer("legislators", "zip", "03301")
    assert done.returncode == 0 and "(ZIP data as of 2024-11-12)" in done.stdout.decode()


def test_the_day_itself_is_not_the_future() -> None:
    import datetime as dt

    from briefer.legislators.zip_file import future_date
    from tests.conftest import TODAY

    assert future_date(TODAY, TODAY) is None
    assert future_date(dt.date(2024, 11, 12), TODAY) is None
    assert future_date(TODAY + dt.timedelta(days=1), TODAY) == (
        "2026-12-02 is in the future (today is 2026-12-01); give the date the ZIP data was "
        "published"
    )


def test_an_at_large_seat_is_printed_as_words(with_zips: Path, tmp_path: Path) -> None:
    """The page printed 'VT-AL', a search code, as the seat: it reads 'Vermont, at large' in the
    constituent line, and the member as '(D-VT, at large)'; `zip` heads its answer the same way."""
    from tests.cli.test_check_inputs import briefer
    from tests.conftest import pdf_pages

    brief = tmp_path / "balint.yaml"
    brief.write_text(
        "briefer: 1\nmeeting:\n  legislator: Becca Balint\n  date: 2026-12-03\n"
        "ask: Keep every sanction on the Lukashenka regime in place.\n"
        "blocks: [hold-the-line]\n"
        "constituents:\n  - {name: Ann Field, town: Burlington, zip: '05401'}\n",
        encoding="utf-8",
    )
    out = tmp_path / "balint.pdf"
    done = briefer("build", str(brief), "-o", str(out), "--no-log")
    assert done.returncode == 0, done.stderr
    (text,) = pdf_pages(out.read_bytes())
    flat = " ".join(text.split())
    assert "Representative Becca Balint (D-VT, at large)" in flat
    assert "With constituents from Burlington, Vermont, at large" in flat
    assert "VT-AL" not in flat and "At-large" not in flat
    done = briefer("legislators", "zip", "05401")
    assert done.stdout.decode().splitlines()[0] == (
        "ZIP 05401: Vermont, at large (ZIP data as of 2024-11-12)"
    )
