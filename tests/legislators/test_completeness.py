"""A legislators-current.yaml cut off at any line inside its last entry is refused, never read as
a member short of a term, a party or a district (the real file, cut in a temporary copy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.legislators.congress import import_congress
from briefer.support.errors import BrieferError
from tests.conftest import SHARED_DATA

WHOLE = (SHARED_DATA / "legislators-current.yaml").read_text(encoding="utf-8")


def _entries() -> list[list[str]]:
    """The real file's entries, each as its lines."""
    entries: list[list[str]] = []
    for line in WHOLE.splitlines(keepends=True):
        if line.startswith("- id:"):
            entries.append([])
        entries[-1].append(line)
    return entries


def _folder(tmp_path: Path, lines: list[str]) -> Path:
    (tmp_path / "legislators-current.yaml").write_text("".join(lines), encoding="utf-8")
    (tmp_path / "committees-current.yaml").write_text("[]\n", encoding="utf-8")
    (tmp_path / "committee-membership-current.yaml").write_text("{}\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("last", [0, -1], ids=["a senator with five terms", "a new member"])
def test_every_cut_inside_the_last_entry_is_refused(tmp_path: Path, last: int) -> None:
    entries = _entries()
    head = [line for entry in entries[1:31] for line in entry]  # thirty whole members first
    entry = entries[last]
    whole = import_congress([_folder(tmp_path, head + entry)])
    assert len(whole) == 31
    for cut in range(1, len(entry)):
        folder = _folder(tmp_path, head + entry[:cut])
        with pytest.raises(BrieferError) as caught:
            import_congress([folder])
        assert caught.value.file == str(folder / "legislators-current.yaml")
        assert caught.value.line is not None and caught.value.line > len(head), cut


def test_a_whole_file_is_not_taken_for_a_cut_one() -> None:
    warnings: list[str] = []
    assert len(import_congress([SHARED_DATA], warnings)) == 537
    assert warnings == []


def test_a_cut_before_members_on_no_committee_is_caught_on_the_first_import(
    tmp_path: Path,
) -> None:
    """The newest members (last in the file) may sit on no committee yet, so the rosters cannot
    name them (in the real data the last three sit on none); the district offices file can: a
    first import warns (with no directory yet to compare with)."""
    import shutil

    entries = _entries()
    head = WHOLE.splitlines(keepends=True)[: len(WHOLE.splitlines()) - sum(map(len, entries))]
    kept = [line for entry in entries[:-2] for line in entry]  # the two newest cut away
    folder = _folder(tmp_path, head + kept)
    shutil.copyfile(
        SHARED_DATA / "legislators-district-offices.yaml",
        folder / "legislators-district-offices.yaml",
    )
    warnings: list[str] = []
    assert len(import_congress([folder], warnings)) == 537 - 2
    (warning,) = warnings
    assert "the district offices (legislators-district-offices.yaml) name 1 member" in warning
    assert "M001246" in warning and "is it cut off?" in warning
