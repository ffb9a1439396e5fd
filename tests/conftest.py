"""Shared test set-up. Qt runs offscreen; the user's data folder is a temporary one."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The real user's folders are never read or written, not even by a subprocess or by a thread that
# outlives its test: HOME and every XDG folder point into one temporary folder for the whole run
# (children inherit them), and Briefer's data folder has a session-wide fallback there too (each
# test still gets its own, below). `pytest_sessionfinish` fails the run if anything reached HOME
# or Briefer's folders under the XDG ones; tests/test_user_folders.py proves it for subprocesses.
# A process a test starts that imports this module (to reuse a helper) keeps the run's sandbox
# and the data folder its test gave it.
_CHILD = "BRIEFER_TEST_SANDBOX" in os.environ
_SANDBOX = Path(os.environ.get("BRIEFER_TEST_SANDBOX") or tempfile.mkdtemp(prefix="briefer-tests-"))
os.environ["BRIEFER_TEST_SANDBOX"] = str(_SANDBOX)
HOME = _SANDBOX / "home"
XDG = {
    "XDG_CONFIG_HOME": _SANDBOX / "xdg" / "config",
    "XDG_DATA_HOME": _SANDBOX / "xdg" / "data",
    "XDG_CACHE_HOME": _SANDBOX / "xdg" / "cache",
    "XDG_STATE_HOME": _SANDBOX / "xdg" / "state",
}
for _folder in (HOME, *XDG.values()):
    _folder.mkdir(parents=True, exist_ok=True)
os.environ["HOME"] = str(HOME)
os.environ.update({name: str(folder) for name, folder in XDG.items()})
if not _CHILD:
    os.environ["BRIEFER_DATA_DIR"] = str(_SANDBOX / "briefer-data-outside-any-test")

# "Now", for every test: two days before the sample brief's meeting (2026-12-03, 10:30). No test
# reads the computer's clock to decide what it expects; a test about a meeting that has passed
# passes a later time explicitly.
NOW = dt.datetime(2026, 12, 1, 9, 0)
TODAY = NOW.date()


def user_folder_leftovers() -> list[str]:
    """What Briefer (or anything it runs) left in HOME or in Briefer's own XDG folders."""
    found = [str(p.relative_to(HOME)) for p in HOME.rglob("*")]
    for folder in XDG.values():
        found += [str(p) for p in folder.glob("*") if "briefer" in p.name.casefold()]
    return sorted(found)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _CHILD:
        return
    left = user_folder_leftovers()
    if left:
        print(f"\nThe tests wrote into the (stand-in) user folders: {left[:20]}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        shutil.rmtree(_SANDBOX, ignore_errors=True)


REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data" / "congress-legislators"
ZIP_FILE = REPO.parent / "shared" / "data" / "zipcodes" / "zccd.csv"  # the real file, never copied

MYTHS = [
    "myth-pushes-to-russia",
    "myth-trade-for-prisoners",
    "myth-no-regime-change",
    "myth-no-economic-collapse",
    "myth-hurts-ordinary-people",
]
RECS = ["rec-expand-gradually", "rec-consistent-with-russia", "rec-enforce-and-prosecute"]


def selections() -> list[list[str]]:
    """Every choice of the five misconceptions and three recommendations, with the framing."""
    out = []
    for myth_mask, rec_mask in itertools.product(range(32), range(8)):
        myths = [m for i, m in enumerate(MYTHS) if myth_mask >> i & 1]
        recs = [r for i, r in enumerate(RECS) if rec_mask >> i & 1]
        out.append(["hold-the-line", *myths, *recs])
    return out


SAMPLE_BRIEF = """\
briefer: 1
template: classic
paper: letter
meeting:
  legislator: Jeanne Shaheen
  title: Senator
  party: Democrat
  state: NH
  committees: [Foreign Relations]
  staffer: Jesús García
  date: 2026-12-03
  time: "10:30"
  location: Russell 506
sender:
  organization: Belarus Freedom Forum
  name: Святлана Ціханоўская
  email: office@example.org
  phone: +1 202 555 0100
  website: example.org
ask: Keep every sanction on the Lukashenka regime in place.
bill: S. 1234
blocks: [hold-the-line, myth-pushes-to-russia, rec-enforce-and-prosecute]
"""


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder, so nothing touches the real one."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def imported_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the real legislators and ZIP data, imported once per run."""
    import datetime as dt

    from briefer.legislators.congress import import_congress
    from briefer.legislators.stored import save
    from briefer.legislators.zip_file import import_zips

    folder = tmp_path_factory.mktemp("imported")
    save(import_congress([SHARED_DATA]), folder / "legislators.sqlite3")
    import_zips(ZIP_FILE, dt.date(2024, 11, 12), folder / "zips.sqlite")
    return folder


@pytest.fixture
def with_zips(imported_data: Path, _user_data: Path) -> Path:
    """This test's user data folder with the legislators and the ZIP data imported."""
    import shutil

    for name in ("legislators.sqlite3", "zips.sqlite"):
        shutil.copy2(imported_data / name, _user_data / name)
    return _user_data


@pytest.fixture(autouse=True)
def _every_docx_is_valid_ooxml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every DOCX a test makes in this process is checked against the OOXML schemas."""
    from briefer.render import docx as docx_renderer

    render_docx = docx_renderer.render_docx

    def checked(plan):  # type: ignore[no-untyped-def]
        data = render_docx(plan)
        assert_valid_docx(data)
        return data

    monkeypatch.setattr(docx_renderer, "render_docx", checked)


@pytest.fixture(autouse=True)
def _every_pdf_is_pdf_ua(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every PDF a test makes in this process (pages and lobby-day schedules) is checked against
    PDF/UA-1 by page-validation (profile ua1): no failed rule."""
    from briefer.render import pdf as pdf_renderer
    from briefer.render import schedule

    render_pdf, render_schedule = pdf_renderer.render_pdf, schedule.render_schedule

    def checked_page(plan):  # type: ignore[no-untyped-def]
        data = render_pdf(plan)
        assert_pdf_ua(data)
        return data

    def checked_schedule(*args, **kwargs):  # type: ignore[no-untyped-def]
        data = render_schedule(*args, **kwargs)
        assert_pdf_ua(data)
        return data

    monkeypatch.setattr(pdf_renderer, "render_pdf", checked_page)
    monkeypatch.setattr(schedule, "render_schedule", checked_schedule)


@pytest.fixture
def sample_brief(tmp_path: Path) -> Path:
    path = tmp_path / "brief.yaml"
    path.write_text(SAMPLE_BRIEF, encoding="utf-8")
    return path


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


_DOCX_CHECKED: dict[bytes, list[str]] = {}


def docx_problems(data: bytes) -> list[str]:
    """What the OOXML schemas (and Word's semantic rules) find wrong in a DOCX, by openxml-audit."""
    import hashlib
    import tempfile

    from openxml_audit import OpenXmlValidator

    key = hashlib.sha256(data).digest()
    if key not in _DOCX_CHECKED:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "page.docx"
            path.write_bytes(data)
            result = OpenXmlValidator(max_errors=20).validate(path)
        _DOCX_CHECKED[key] = [str(error) for error in result.errors]
    return _DOCX_CHECKED[key]


def assert_valid_docx(data: bytes) -> None:
    problems = docx_problems(data)
    assert not problems, "the DOCX is not valid OOXML:\n" + "\n".join(problems)


_PDF_CHECKED: dict[bytes, list[str]] = {}


def pdf_ua_problems(data: bytes) -> list[str]:
    """The PDF/UA-1 rules a PDF fails, by page-validation (profile ua1), one line each."""
    import hashlib

    import page

    key = hashlib.sha256(data).digest()
    if key not in _PDF_CHECKED:
        report = page.validate_pdf_bytes(data, profile="ua1")
        failures = report.to_dict()["failures"]
        _PDF_CHECKED[key] = sorted({f"{f['rule_id']}: {f['message']}" for f in failures})
    return _PDF_CHECKED[key]


def assert_pdf_ua(data: bytes) -> None:
    problems = pdf_ua_problems(data)
    assert not problems, "the PDF is not PDF/UA-1:\n" + "\n".join(problems)


def words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text.lower())


def contains_phrase(text: str, phrase: str, slack: int = 3) -> bool:
    """Whether the words of ``phrase`` appear in order within a short window of ``text``.

    Table cells side by side come out of a PDF with their lines interleaved; a window allows that.
    """
    hay, needle = words(text), words(phrase)
    window = len(needle) * slack + 6
    for start, word in enumerate(hay):
        if word != needle[0]:
            continue
        position = 1
        for candidate in hay[start + 1 : start + window]:
            if position < len(needle) and candidate == needle[position]:
                position += 1
        if position == len(needle):
            return True
    return False


def private_strings() -> list[str]:
    """What must never be in an exported file: the OS user, the host, the home and work folders."""
    import getpass
    import socket

    return [getpass.getuser(), socket.gethostname(), str(Path.home()), str(Path.cwd())]


def mentions(data: bytes, word: str) -> bool:
    """Whether ``word`` stands in ``data`` as a word of its own (not inside another word)."""
    pattern = rb"(?<![A-Za-z0-9])" + re.escape(word.encode()) + rb"(?![A-Za-z0-9])"
    return re.search(pattern, data) is not None
