"""Members of the European Parliament from HowTheyVote.eu's export.

No copy of the export ships (../shared/data/howtheyvote-export.md describes it): these tests
write a small fixture of our own with the documented tables and columns — a few real MEPs'
public names, countries and groups, made-up ids where they do not matter.
"""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.legislators.europarl import MAX_TABLE, import_howtheyvote, is_howtheyvote
from briefer.legislators.importing import imported_summary, read_paths
from briefer.legislators.stored import load
from briefer.support.errors import BrieferError
from tests.conftest import TODAY

TABLES = {
    "members.csv": (
        "id,first_name,last_name,country_code,date_of_birth,email,facebook,twitter\n"
        "124767,Petras,Auštrevičius,LTU,1963-05-16,petras.austrevicius@europarl.europa.eu,,\n"
        "197490,Raphaël,Glucksmann,FRA,,,,\n"
        "1000,Former,Member,DEU,,,,\n"
        "2000,Eva,Sample,DEU,,,,\n"
    ),
    "countries.csv": ("code,iso_alpha_2,label\nLTU,LT,Lithuania\nFRA,FR,France\nDEU,DE,Germany\n"),
    "groups.csv": (
        "code,official_label,label,short_label\n"
        "RENEW,Renew Europe Group,Renew Europe,Renew\n"
        "SD,Group of the Progressive Alliance of Socialists and Democrats in the European "
        "Parliament,Progressive Alliance of Socialists and Democrats,S&D\n"
        "NI,Non-attached Members,Non-attached,NI\n"
    ),
    "group_memberships.csv": (
        "member_id,group_code,term,start_date,end_date\n"
        "124767,RENEW,9,2019-07-02,2024-07-15\n"
        "124767,RENEW,10,2024-07-16,\n"
        "197490,SD,10,2024-07-16,\n"
        "1000,NI,9,2019-07-02,2024-07-15\n"  # a former member: left out
        "2000,NI,10,2024-07-16,\n"
    ),
    "last_updated.txt": "2026-11-30T06:00:00+00:00\n",
    "votes.csv": "id,timestamp\n1,2026-11-25\n",  # read by nobody
}


def export(folder: Path, gz: bool = False, **changes: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (TABLES | changes).items():
        data = text.encode("utf-8")
        if gz and name.endswith(".csv"):
            (folder / f"{name}.gz").write_bytes(gzip.compress(data))
        else:
            (folder / name).write_bytes(data)
    return folder


def archive(path: Path, **changes: str) -> Path:
    with zipfile.ZipFile(path, "w") as out:
        for name, text in (TABLES | changes).items():
            out.writestr(f"export/{name}", text)
    return path


def test_current_members_from_a_zip_archive(tmp_path: Path) -> None:
    path = archive(tmp_path / "export.zip")
    assert is_howtheyvote(path)
    found = import_howtheyvote(path)
    assert [m.name for m in found.members] == [
        "Petras Auštrevičius",
        "Raphaël Glucksmann",
        "Eva Sample",
    ]
    petras = found.members[0]
    assert (petras.title, petras.chamber, petras.state, petras.party) == (
        "MEP",
        "European Parliament",
        "Lithuania",
        "Renew Europe",
    )
    assert petras.email == "petras.austrevicius@europarl.europa.eu"
    assert found.note == {"data_date": "2026-11-30"} and found.problems == []


@pytest.mark.parametrize("gz", [False, True], ids=["csv", "csv.gz"])
def test_a_folder_of_tables(tmp_path: Path, gz: bool) -> None:
    folder = export(tmp_path / "tables", gz=gz)
    assert is_howtheyvote(folder)
    assert len(import_howtheyvote(folder).members) == 3


def test_the_directory_credits_the_source(tmp_path: Path) -> None:
    read = read_paths([archive(tmp_path / "export.zip")], TODAY)
    assert read.lines == [
        "3 Members of the European Parliament from HowTheyVote.eu (Open Database License)"
    ]
    assert imported_summary(read.directory) == [
        "European Parliament: 3 members, imported 2026-12-01, data of 2026-11-30; "
        "HowTheyVote.eu (Open Database License)"
    ]


def test_bad_tables(tmp_path: Path) -> None:
    missing = export(tmp_path / "a", **{"members.csv": "id,first_name\n1,Ann\n"})
    with pytest.raises(BrieferError) as caught:
        import_howtheyvote(missing)
    assert (
        str(caught.value)
        == f"{missing / 'members.csv'}:1: missing columns: last_name, country_code"
    )

    not_gzip = export(tmp_path / "b", gz=True)
    (not_gzip / "groups.csv.gz").write_bytes(b"plain text, not gzip")
    with pytest.raises(BrieferError, match=r"groups\.csv\.gz:1: not a valid gzip file"):
        import_howtheyvote(not_gzip)

    bomb = export(tmp_path / "c", gz=True)
    (bomb / "countries.csv.gz").write_bytes(
        gzip.compress(b"code,label\n" + b"x" * (MAX_TABLE + 10))
    )
    with pytest.raises(BrieferError, match=r"countries\.csv\.gz.*inflates past 64 MB"):
        import_howtheyvote(bomb)


def test_bad_rows_are_reported_and_the_rest_imported(tmp_path: Path) -> None:
    members = TABLES["members.csv"] + "x1,Bad,Id,DEU,,,,\n2000,Eva,Again,DEU,,,,\n"
    members += f"3000,\x1b[31mRed\x1b[0m,{'L' * 70},DEU,,,,\n"
    memberships = TABLES["group_memberships.csv"] + "3000,NI,10,2024-07-16,\n2000,XX,10,,\n"
    folder = export(
        tmp_path / "t", **{"members.csv": members, "group_memberships.csv": memberships}
    )
    found = import_howtheyvote(folder)
    where, groups = folder / "members.csv", folder / "group_memberships.csv"
    assert found.problems == [
        f"{groups}:8: group_code: 'XX' is not in groups.csv",
        f"{where}:6: id: 'x1' is not a number",
        f"{where}:7: id: 2000 is listed twice",
        f"{where}:8: last: 70 characters, at most 60",
    ]
    assert len(found.members) == 3


def test_cli_import_and_find(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["legislators", "import", str(archive(tmp_path / "export.zip"))]) == 0
    assert "HowTheyVote.eu (Open Database License)" in capsys.readouterr().out
    assert main(["legislators", "find", "austrevicius"]) == 0
    assert "Petras Auštrevičius" in capsys.readouterr().out
    assert load().get("mep-124767") is not None
