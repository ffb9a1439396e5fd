"""``briefer log ...`` and ``briefer followup`` as a user runs them."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.meetings.db import log_path
from tests.conftest import SAMPLE_BRIEF


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    """A brief built once as PDF: (the PDF, the meeting's short id)."""
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    pdf = tmp_path / "shaheen.pdf"
    code, _, err = run(capsys, "build", str(brief), "-o", str(pdf))
    assert code == 0, err
    code, out, _ = run(capsys, "log", "list", "--json")
    (meeting,) = json.loads(out)
    return pdf, meeting["id"][:6]


def test_build_records_and_list_shows_it(built, capsys) -> None:
    pdf, short = built
    code, out, _ = run(capsys, "log", "list")
    assert code == 0
    header, row = out.splitlines()
    assert header.split()[:4] == ["ID", "DATE", "TIME", "MEMBER"]
    assert row.startswith(short) and "2026-12-03" in row and "Senator Jeanne Shaheen" in row
    code, out, _ = run(capsys, "log", "list", "--json")
    (meeting,) = json.loads(out)
    for key in ("id", "legislator", "date", "position", "exports"):
        assert key in meeting
    assert meeting["legislator"] == "Jeanne Shaheen" and meeting["position"] == "unknown"
    assert meeting["exports"][0]["file_name"] == pdf.name
    assert str(pdf.parent) not in out


def test_no_log_records_nothing(tmp_path: Path, capsys) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    code, _, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "x.pdf"), "--no-log")
    assert code == 0, err
    assert not log_path().exists()
    assert run(capsys, "log", "list")[1].strip() == "No meetings in the log yet."


def test_reprint_gives_the_same_bytes(built, tmp_path: Path, capsys) -> None:
    pdf, short = built
    again = tmp_path / "again.pdf"
    code, out, err = run(capsys, "log", "reprint", short, "-o", str(again))
    assert code == 0, err
    assert "same bytes" in out
    assert again.read_bytes() == pdf.read_bytes()
    code, _, err = run(capsys, "log", "reprint", short, "-o", str(again))
    assert code == 2 and "already exists" in err


def test_report_then_show_list_due_and_summary(built, tmp_path: Path, capsys) -> None:
    _, short = built
    code, out, err = run(
        capsys,
        "log",
        "report",
        short,
        "--position",
        "Leaning Yes",
        "--met",
        "Jesús García",
        "--question",
        "Who enforces it? => OFAC",
        "--we-promised",
        "Send the case list",
        "--follow-up",
        "2020-01-15",
        "--notes",
        "Friendly.\\nAsked for numbers.",
    )
    assert code == 0, err
    assert "leaning yes" in out
    code, out, _ = run(capsys, "log", "show", short)
    assert "Position:   leaning yes" in out and "Who enforces it? — OFAC" in out
    assert "    Friendly.\n    Asked for numbers." in out and "overdue" in out
    code, out, _ = run(capsys, "log", "list", "--due")
    assert short in out and "overdue" in out
    code, out, _ = run(capsys, "log", "list", "--member", "nobody")
    assert "match" in out
    code, out, _ = run(capsys, "log", "summary")
    assert "1 meeting, 1 with a report" in out and "Follow-ups due (1)" in out
    code, out, _ = run(capsys, "log", "report", short, "--done")
    code, out, _ = run(capsys, "log", "list", "--due")
    assert short not in out


def test_report_from_a_file_and_its_errors(built, tmp_path: Path, capsys) -> None:
    _, short = built
    report = tmp_path / "report.yaml"
    report.write_text(
        "met: Jesús García\nposition: undecided\nquestions:\n  - question: And the EU?\n"
        "    answer: It follows.\n  - A bare question?\nnotes: |\n  Line one.\n  Line two.\n",
        encoding="utf-8",
    )
    assert run(capsys, "log", "report", short, "--file", str(report))[0] == 0
    code, out, _ = run(capsys, "log", "show", short, "--json")
    data = json.loads(out)
    assert data["report"]["questions"][1] == {"question": "A bare question?", "answer": ""}
    assert data["report"]["notes"] == "Line one.\nLine two."
    report.write_text("met: X\nposition: sure\n", encoding="utf-8")
    code, _, err = run(capsys, "log", "report", short, "--file", str(report))
    assert code == 2 and err.count("\n") == 1
    assert f"{report}:2: position:" in err and "'sure' is not a position" in err
    report.write_text("met: X\nmood: fine\n", encoding="utf-8")
    code, _, err = run(capsys, "log", "report", short, "--file", str(report))
    assert code == 2 and f"{report}:2: mood" in err


def test_export_import_and_purge(built, tmp_path: Path, capsys, monkeypatch) -> None:
    out = tmp_path / "team.csv"
    code, text, err = run(capsys, "log", "export", "-o", str(out))
    assert code == 0, err
    assert "1 meeting to" in text
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "coordinator"))
    code, text, err = run(capsys, "log", "import", str(out))
    assert code == 0, err
    assert "1 new," in text
    code, text, _ = run(capsys, "log", "import", str(out))
    assert "0 new," in text and "1 already here" in text
    code, text, _ = run(capsys, "log", "purge", "--before", "2027-01-01")
    assert code == 0 and "Deleted 1 meeting before" in text
    assert "No meetings" in run(capsys, "log", "list")[1]


def test_followup_writes_a_draft_with_the_pdf(built, tmp_path: Path, capsys) -> None:
    pdf, short = built
    run(capsys, "log", "report", short, "--email", "jg@example.gov", "--position", "supportive")
    brief = tmp_path / "brief.yaml"
    eml = tmp_path / "thanks.eml"
    code, out, err = run(capsys, "followup", str(brief), "-o", str(eml))
    assert code == 0, err
    assert "jg@example.gov" in out
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].addr_spec == "jg@example.gov"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content() == pdf.read_bytes()
    code, _, err = run(capsys, "followup", str(brief), "-o", str(tmp_path / "thanks.pdf"))
    assert code == 2 and "use .eml (an email draft) or .txt (its text)" in err
    assert not (tmp_path / "thanks.pdf").exists()


def test_followup_names_the_member_as_the_page_does(tmp_path: Path, capsys) -> None:
    """The directory's title and name, as the page has them, for a brief that gives only an id;
    with no staffer named, the greeting goes to whom the report says we met."""
    from briefer.legislators.congress import import_congress
    from briefer.legislators.stored import save
    from tests.conftest import SHARED_DATA

    save(import_congress([SHARED_DATA]))
    brief = tmp_path / "velazquez.yaml"
    brief.write_text(
        "briefer: 1\nmeeting:\n  legislator: V000081\n  date: 2026-12-03\n"
        "ask: Keep the sanctions.\n",
        encoding="utf-8",
    )
    assert run(capsys, "build", str(brief), "-o", str(tmp_path / "p.pdf"))[0] == 0
    (meeting_id,) = [line.split()[0] for line in run(capsys, "log", "list")[1].splitlines()[1:2]]
    run(capsys, "log", "report", meeting_id, "--met", "Ana Ruiz, legislative assistant")
    text = tmp_path / "thanks.txt"
    assert run(capsys, "followup", str(brief), "-o", str(text))[0] == 0
    body = text.read_text("utf-8")
    assert "Dear Ana Ruiz," in body
    assert "with Representative Nydia M. Velázquez’s office" in body


@pytest.mark.parametrize(
    "args",
    [
        ["log", "show", "ab"],
        ["log", "show", "zzzzzz"],
        ["log", "show", "abcdef0123"],
        ["log", "report", "abcd", "--position", "maybe"],
        ["log", "list", "--since", "13/13/2026"],
        ["log", "purge", "--before", "soon"],
        ["log", "export", "-o", "team.xlsx"],
        ["log", "import", "missing.json"],
        ["log", "reprint", "abcd", "-o", "x.pdf"],
    ],
)
def test_every_error_is_one_line(built, args: list[str], capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("briefer: ") and "Traceback" not in err


def test_a_damaged_log_is_one_line_and_left_alone(tmp_path: Path, capsys) -> None:
    log_path().parent.mkdir(parents=True)
    log_path().write_bytes(b"\x00garbage" * 500)
    code, _, err = run(capsys, "log", "list")
    assert code == 2 and err.count("\n") == 1 and "damaged" in err
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    code, out, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "x.pdf"))
    assert code == 0 and "Wrote" in out  # the page is made; the log only warns
    assert "warning: the page was not recorded in the meeting log" in err
    assert log_path().read_bytes() == b"\x00garbage" * 500


def test_add_delete_and_path(tmp_path: Path, capsys) -> None:
    brief = tmp_path / "brief.yaml"
    brief.write_text(SAMPLE_BRIEF, encoding="utf-8")
    code, out, err = run(capsys, "log", "add", str(brief))
    assert code == 0, err
    assert out.startswith("Logged meeting ") and "Jeanne Shaheen" in out
    short = out.split()[2]
    assert run(capsys, "log", "path")[1].strip() == str(log_path())
    code, out, _ = run(capsys, "log", "delete", short)
    assert code == 0 and "Deleted meeting" in out
    assert "No meetings" in run(capsys, "log", "list")[1]
    nameless = tmp_path / "nameless.yaml"
    nameless.write_text(SAMPLE_BRIEF.replace("legislator: Jeanne Shaheen", "legislator: ''"))
    code, _, err = run(capsys, "log", "add", str(nameless))
    assert code == 2 and "meeting.legislator" in err and err.count("\n") == 1


def test_reprint_asks_which_of_several_pages(tmp_path: Path) -> None:
    """`log reprint MEETING` with several different pages took the last without a word: it
    lists them, numbered, and `--page N` (or a page's id) picks one. Run as a process."""
    from tests.cli.test_check_inputs import briefer

    brief = tmp_path / "brief.yaml"
    pages = []
    for name, ask in (("first", "Keep every sanction in place."), ("second", "Expand them.")):
        brief.write_text(
            SAMPLE_BRIEF.replace(
                "ask: Keep every sanction on the Lukashenka regime in place.", f"ask: {ask}"
            ),
            encoding="utf-8",
        )
        pages.append(tmp_path / f"{name}.pdf")
        assert briefer("build", str(brief), "-o", str(pages[-1])).returncode == 0
    assert briefer("build", str(brief), "-o", str(tmp_path / "second.docx")).returncode == 0
    (meeting,) = json.loads(briefer("log", "list", "--json").stdout)
    assert len(meeting["exports"]) == 3
    short = meeting["id"][:8]

    again = tmp_path / "again.pdf"
    done = briefer("log", "reprint", short, "-o", str(again))
    assert done.returncode == 2 and not again.exists()
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith(f"briefer: ID: meeting {short} was given 2 different pages; ")
    assert (
        "choose one with --page: 1 = first.pdf, PDF, " in line and "; 2 = second.pdf, PDF" in line
    )
    for number, page in ((1, pages[0]), (2, pages[1])):
        done = briefer("log", "reprint", short, "--page", str(number), "-o", str(again), "--force")
        assert done.returncode == 0, done.stderr
        assert again.read_bytes() == page.read_bytes()
    page_id = meeting["exports"][0]["id"][:8]
    done = briefer("log", "reprint", short, "--page", page_id, "-o", str(again), "--force")
    assert done.returncode == 0 and again.read_bytes() == pages[0].read_bytes()
    done = briefer("log", "reprint", short, "--page", "4", "-o", str(again), "--force")
    assert done.returncode == 2
    assert "has no page '4': give a number from 1 to 3" in done.stderr.decode()
    # one page per format: no question (the DOCX is the only one)
    done = briefer("log", "reprint", short, "-o", str(tmp_path / "again.docx"))
    assert done.returncode == 0, done.stderr


def test_a_build_is_given_only_when_the_user_says_so(built, tmp_path: Path, capsys) -> None:
    """``build`` records an exported page; ``log given`` (or ``build --given``) marks it left
    with the office, and ``show`` says which pages were given."""
    _pdf, short = built
    code, out, _ = run(capsys, "log", "show", short)
    assert "Pages (1, 0 given to the office)" in out and "not given (briefer log given" in out
    code, out, err = run(capsys, "log", "given", short)
    assert code == 0, err
    assert "is marked given to the office" in out
    assert json.loads(run(capsys, "log", "list", "--json")[1])[0]["exports"][0]["given"] is True
    brief = tmp_path / "brief.yaml"
    code, _, err = run(capsys, "build", str(brief), "-o", str(tmp_path / "b.pdf"), "--given")
    assert code == 0, err
    header, row = run(capsys, "log", "list")[1].splitlines()
    assert header.split()[-2:] == ["PAGES", "GIVEN"] and row.split()[-2:] == ["2", "2"]
    code, _, err = run(capsys, "log", "given", "feedbeef")
    assert code == 2 and err.count("\n") == 1 and "no meeting or page" in err


def test_a_page_that_cannot_be_told_by_time_says_which_meeting_and_how_to_choose(
    tmp_path: Path, capsys
) -> None:
    """Two meetings with one office that day (10:30 and 15:00); a brief with no time goes to the
    first and ``build`` says so, listing both and --meeting; --meeting records to the one
    chosen (keeping its time)."""
    briefs = {}
    for name, time in (("morning", '"10:30"'), ("afternoon", '"15:00"'), ("untimed", '""')):
        briefs[name] = tmp_path / f"{name}.yaml"
        briefs[name].write_text(
            SAMPLE_BRIEF.replace('  time: "10:30"', f"  time: {time}"), encoding="utf-8"
        )
    for name in ("morning", "afternoon"):
        code, _, err = run(capsys, "build", str(briefs[name]), "-o", str(tmp_path / f"{name}.pdf"))
        assert code == 0 and "note" not in err, err
    by_time = {m["time"]: m["id"] for m in json.loads(run(capsys, "log", "list", "--json")[1])}
    morning, afternoon = by_time["10:30 AM"], by_time["3:00 PM"]
    code, _, err = run(capsys, "build", str(briefs["untimed"]), "-o", str(tmp_path / "u.pdf"))
    assert code == 0
    assert "the log has 2 meetings with Jeanne Shaheen on 2026-12-03" in err
    assert f"{morning[:8]} at 10:30 AM, {afternoon[:8]} at 3:00 PM" in err
    assert f"recorded to {morning[:8]}" in err and "--meeting ID" in err
    code, _, err = run(
        capsys, "build", str(briefs["untimed"]), "-o", str(tmp_path / "v.pdf"), "--meeting",
        afternoon[:6],
    )  # fmt: skip
    assert code == 0 and "note" not in err, err
    pages = {
        m["time"]: len(m["exports"]) for m in json.loads(run(capsys, "log", "list", "--json")[1])
    }
    assert pages == {"10:30 AM": 2, "3:00 PM": 2}  # the afternoon keeps its time
    code, _, err = run(capsys, "build", str(briefs["untimed"]), "-o", str(tmp_path / "w.pdf"),
                       "--meeting", "feedbeef")  # fmt: skip
    assert code == 2 and not (tmp_path / "w.pdf").exists()
    assert err == "briefer: --meeting: no meeting or page with the id 'feedbeef' in the log\n"
