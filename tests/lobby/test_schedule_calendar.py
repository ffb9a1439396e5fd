"""What the lobby day writes, read back: the packs' bill and template, the schedule (pypdf) and
the calendar (icalendar)."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from briefer.legislators.congress import import_congress
from briefer.legislators.zip_file import import_zips
from briefer.legislators.zips import ZipTable
from briefer.lobby.batch import run_batch
from briefer.page.brief import parse_brief
from tests.conftest import SAMPLE_BRIEF, SHARED_DATA, pdf_pages

ZIPS = "state_fips,state_abbr,zcta,cd\n33,NH,03301,2\n33,NH,03060,2\n25,MA,02139,7\n"


@pytest.fixture(scope="module")
def directory():
    return import_congress([SHARED_DATA])


@pytest.fixture
def zips(tmp_path: Path) -> ZipTable:
    source = tmp_path / "zccd.csv"
    source.write_text(ZIPS, encoding="utf-8")
    stored = import_zips(source, dt.date(2026, 12, 1), target=tmp_path / "zips.sqlite")
    return ZipTable(stored.path)


MEETINGS = """\
legislator,date,time,duration,location,staffer,attendees,ask,bill,notes,template,paper
S001181,2026-12-03,10:30,45,,Jane Doe,Anna Kowalska (03301); Jan (02139),,,Bring the letter,,
Elizabeth Warren,2026-12-03,14:00,,SD-309,Bob,,Vote yes on the act,,,,a4
Mike Rogers,2026-12-04,9:00,,,,,,H.R. 9,,,
Bernard Sanders,2026-12-04,10:00,,,,,,,,no-such-template,
"""


def run(tmp_path: Path, directory, zips=None, **kw):
    tmp_path.mkdir(parents=True, exist_ok=True)
    csv_path = tmp_path / "meetings.csv"
    csv_path.write_text(MEETINGS, encoding="utf-8")
    base = parse_brief(SAMPLE_BRIEF).model_copy(update={"bill": "S. 1234"})
    out = tmp_path / "out"
    result = run_batch(csv_path, out, base=base, directory=directory, jobs=1, zips=zips, **kw)
    return result, out


def words(data: bytes) -> str:
    return " ".join(" ".join(pdf_pages(data)).split())


def test_the_packs_take_each_rows_bill_ask_and_paper(tmp_path, directory) -> None:
    result, out = run(tmp_path, directory)
    shaheen = words((out / "2026-12-03_1030_jeanne-shaheen.pdf").read_bytes())
    warren = (out / "2026-12-03_1400_elizabeth-warren.pdf").read_bytes()
    rogers = words((out / "2026-12-04_0900_mike-rogers.pdf").read_bytes())
    assert "Bill: S. 1234" in shaheen  # no ask of its own: the base brief's bill
    assert "Vote yes on the act" in words(warren) and "S. 1234" not in words(warren)
    assert "Bill: H.R. 9" in rogers
    width = float(PdfReader(__import__("io").BytesIO(warren)).pages[0].mediabox.width)
    assert round(width) == 595  # the row's paper: A4
    errors = {r.line: r.error for r in result.failed}
    assert list(errors) == [5] and errors[5].startswith("template: ")


def test_the_schedule_lists_every_meeting_in_time_order_with_the_directorys_office(
    tmp_path, directory, zips
) -> None:
    _, out = run(tmp_path, directory, zips=zips)
    reader = PdfReader(out / "index.pdf")
    text = words((out / "index.pdf").read_bytes())
    order = ["Jeanne Shaheen", "Elizabeth Warren", "Mike Rogers", "Bernard Sanders"]
    assert [text.index(f"{name}") for name in order] == sorted(text.index(n) for n in order)
    assert "506 Hart SOB" in text and "202-224-2841" in text  # from the directory
    assert "SD-309" in text and "Jane Doe" in text and "Bring the letter" in text
    assert "Anna Kowalska ● constituent" in text  # 03301 is in New Hampshire
    assert "Jan ● constituent" not in text  # 02139 is Massachusetts
    assert "NOT BUILT (line 5): template:" in text  # listed, with the reason
    assert "2026-12-04_0900_mike-rogers.pdf" in text
    assert reader.metadata.title.startswith("Lobby-day schedule")
    assert not reader.metadata.author
    assert "times in America/New York" in text  # the calendar's zone, said on the page


def test_a_long_day_breaks_across_pages_with_the_headings_repeated(tmp_path, directory) -> None:
    members = directory.members[:90]
    rows = [
        f"{m.id},2026-12-03,{8 + n // 10}:{(n % 10) * 5:02d},,,," for n, m in enumerate(members)
    ]
    csv_path = tmp_path / "long.csv"
    csv_path.write_text("legislator,date,time,location,staffer,notes,ask\n" + "\n".join(rows))
    result = run_batch(csv_path, tmp_path / "o", directory=directory, formats=["txt"], zips=None)
    assert result.built == 90
    pages = pdf_pages((tmp_path / "o" / "index.pdf").read_bytes())
    assert len(pages) >= 4
    for number, page in enumerate(pages):
        flat = " ".join(page.split())
        assert "Time Member Room · phone Staffer Attending Pack" in flat
        assert "Thursday, December 3, 2026" + (" (continued)" if number else "") in flat
    listed = sum(" ".join(page.split()).count(".txt") for page in pages)
    assert listed == 90


def test_the_calendar_has_one_event_per_meeting_with_its_zone(tmp_path, directory) -> None:
    _, out = run(tmp_path, directory)
    calendar = Calendar.from_ical((out / "schedule.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4  # the failed meeting is on the calendar too
    zones = [tz["TZID"] for tz in calendar.walk("VTIMEZONE")]
    assert zones == ["America/New_York"]
    first = events[0]
    start, end = first.decoded("DTSTART"), first.decoded("DTEND")
    assert start == dt.datetime(2026, 12, 3, 10, 30, tzinfo=zoneinfo.ZoneInfo("America/New_York"))
    assert first["DTSTART"].params["TZID"] == "America/New_York"
    assert end - start == dt.timedelta(minutes=45)  # the duration column
    assert events[1].decoded("DTEND") - events[1].decoded("DTSTART") == dt.timedelta(minutes=30)
    description = str(first["DESCRIPTION"])
    assert "Staffer: Jane Doe" in description and "Office phone: 202-224-2841" in description
    assert "The ask:" in description
    assert str(first["LOCATION"]) == "506 Hart SOB"
    assert "Vote yes on the act" in str(events[1]["DESCRIPTION"])
    assert all(event.get("DTSTAMP") for event in events)
    # the same day written again keeps its UIDs: a calendar that imports it updates the events
    uids = [str(e["UID"]) for e in events]
    _, out2 = run(tmp_path / "again", directory)
    calendar2 = Calendar.from_ical((out2 / "schedule.ics").read_bytes())
    assert [str(e["UID"]) for e in calendar2.walk("VEVENT")] == uids
    assert len(set(uids)) == 4


def test_another_time_zone(tmp_path, directory) -> None:
    _, out = run(tmp_path, directory, timezone="Europe/Warsaw")
    calendar = Calendar.from_ical((out / "schedule.ics").read_bytes())
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Warsaw"]
    assert "times in Europe/Warsaw" in words((out / "index.pdf").read_bytes())
    with pytest.raises(Exception, match="unknown time zone 'Mars/Base'"):
        run(tmp_path / "x", directory, timezone="Mars/Base")


def test_a_long_file_name_is_cut_to_its_column_never_past_it() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefer.layout.fonts import PDF_NAMES, register_pdf_fonts
    from briefer.render.schedule_cells import SIZE, _cut

    register_pdf_fonts()
    font = PDF_NAMES["regular"]
    name = "2026-12-04_0900_eleanor-holmes-norton.docx"
    lines = _cut(name, font, 120)
    assert "".join(lines) == name and len(lines) > 1
    assert all(stringWidth(line, font, SIZE) <= 120 for line in lines)
    assert lines[0].endswith(("-", "_"))  # cut where a name breaks, not mid-word
