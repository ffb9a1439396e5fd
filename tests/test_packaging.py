"""Shipping: the wheel in a clean environment, the desktop bundle, the Linux desktop integration.

The slow tests build the real artefacts in temporary folders (nothing is written into the
repository but Python's own caches) and run them from outside the repository:

- the wheel: built, installed into a fresh venv (no system site-packages), then ``briefer``
  ``--version``, ``new``, ``build`` to PDF and DOCX, and the GUI modules imported offscreen;
- the bundle: ``packaging/build-bundle.sh`` (its own build venv and PyInstaller), then the same
  commands, a lobby-day batch on several processes, and the desktop app started offscreen and,
  where ``xvfb-run`` exists, as a real X11 window.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from briefer import __version__
from tests.conftest import REPO, SAMPLE_BRIEF, pdf_pages

PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.briefer.Briefer"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = REPO / "assets" / "icons" / "briefer.svg"
SPEC = PACKAGING / "briefer.spec"
ACCENT = "#9b1b30"

MAX_INSTALL_MB = 400
MAX_BUNDLE_MB = 155  # 150 before the app spoke six languages: its translations and Qt's own words
# (1.8 MB) and the CLDR data of the page's five languages (1.7 MB, trimmed from 35 in briefer.spec)
GUI_SECONDS = 6  # the desktop app must stay up this long (or quit cleanly by itself)
TIMINGS: dict[str, float] = {}


# --- helpers ----------------------------------------------------------------------------------


def mib(path: Path) -> float:
    """The size of a folder's files (symlinks not followed), in MiB."""
    total = sum(
        entry.lstat().st_size for entry in path.rglob("*") if entry.is_file() or entry.is_symlink()
    )
    return total / 2**20


def clean_env(home: Path, *, caches: bool = False, **extra: str | Path) -> dict[str, str]:
    """The environment minus anything that points into the repository or another Python; the
    user's folders (home, data, settings, state) are temporary ones, and so is the cache folder
    unless ``caches`` (pip and PyInstaller keep theirs there)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
    }
    folders = {
        "HOME": home,  # tools the builds run keep their state there too (rustup's ~/.rustup)
        "BRIEFER_DATA_DIR": home / "data",
        "XDG_DATA_HOME": home / "data",
        "XDG_CONFIG_HOME": home / "config",
        "XDG_STATE_HOME": home / "state",
    }
    if not caches:
        folders["XDG_CACHE_HOME"] = home / "cache"
    for key, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        env[key] = str(folder)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update({key: str(value) for key, value in extra.items()})
    return env


def run(
    cmd: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(part) for part in cmd],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, (
        f"{' '.join(map(str, cmd))} exited {proc.returncode}\n"
        f"--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-4000:]}"
    )
    return proc


def start_gui(cmd: list[str | Path], cwd: Path, env: dict[str, str]) -> tuple[int | None, str]:
    """Run the desktop app for GUI_SECONDS under coreutils' ``timeout``: (None, stderr) if it was
    still running then (exit 124), else (its exit code, stderr)."""
    proc = subprocess.run(
        ["timeout", str(GUI_SECONDS), *[str(part) for part in cmd]],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=GUI_SECONDS + 60,
        check=False,
    )
    return (None if proc.returncode == 124 else proc.returncode), proc.stderr


def assert_gui_stayed_up(code: int | None, err: str, data_dir: Path) -> None:
    assert code in (None, 0), f"the desktop app exited {code}:\n{err[-4000:]}"
    assert "Traceback" not in err, err[-4000:]
    crash_log = data_dir / "briefer.log"
    assert not crash_log.exists(), crash_log.read_text(encoding="utf-8")[-4000:]


def check_outputs(folder: Path) -> None:
    pdf = (folder / "b.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    assert "Hold the Line" in pages[0]
    with zipfile.ZipFile(folder / "b.docx") as docx:
        assert "Hold the Line" in docx.read("word/document.xml").decode("utf-8")


def spec_list(name: str) -> list[str]:
    """A literal list assigned in the PyInstaller spec (which only PyInstaller can execute)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in {SPEC}")


def load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make-icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


# --- fast checks: run everywhere --------------------------------------------------------------


def test_version_has_one_source() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'path = "briefer/__init__.py"' in pyproject
    releases = ElementTree.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    from briefer.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0


def test_desktop_file() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Exec"] == "briefer gui %f"  # `briefer FILE` would take FILE for a command
    assert entry["Icon"] == APP_ID
    assert "Office" in entry["Categories"].split(";")
    assert "application/yaml" in entry["MimeType"].split(";")
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.fail("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    proc = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "briefer"
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.fail("appstreamcli is not installed (Debian: appstream)")
    proc = subprocess.run(
        [appstreamcli, "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not re.search(r"^[EW]:", proc.stdout, re.M), proc.stdout  # no errors, no warnings


def test_icon_source() -> None:
    tree = ElementTree.parse(ICON).getroot()
    assert tree.tag == "{http://www.w3.org/2000/svg}svg"
    assert tree.get("viewBox") == "0 0 256 256"
    assert ACCENT in ICON.read_text(encoding="utf-8")
    from PySide6.QtSvg import QSvgRenderer

    assert QSvgRenderer(str(ICON)).isValid()


def test_make_icons(tmp_path: Path) -> None:
    make_icons = load_make_icons()
    written = make_icons.make_icons(tmp_path)
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"briefer.ico", "briefer.icns", "png/briefer-16.png", "png/briefer-512.png"} <= names
    assert f"hicolor/scalable/apps/{APP_ID}.svg" in names
    assert f"hicolor/48x48/apps/{APP_ID}.png" in names

    ico = (tmp_path / "briefer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    for index, size in enumerate(make_icons.ICO_SIZES):
        width, _h, _c, _r, _p, _bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index]
        )
        assert width == size % 256
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)

    icns = (tmp_path / "briefer.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kinds.append(icns[position : position + 4])
        position += struct.unpack(">I", icns[position + 4 : position + 8])[0]
    assert position == len(icns) and b"ic10" in kinds and b"icp4" in kinds

    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "png" / "briefer-256.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(0, 0).alpha() == 0  # a transparent background


def test_bundle_spec_covers_every_qt_module_the_app_uses() -> None:
    used = set()
    for path in (REPO / "briefer").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "no Qt module found: the scan is broken"
    listed, excluded = set(spec_list("QT_USED")), set(spec_list("QT_UNUSED"))
    assert used <= listed, f"add to QT_USED in packaging/briefer.spec: {sorted(used - listed)}"
    assert not used & excluded, f"remove from QT_UNUSED: {sorted(used & excluded)}"


def test_scripts_parse() -> None:
    for script in (PACKAGING / "build-bundle.sh", LINUX / "install.sh"):
        subprocess.run(["bash", "-n", str(script)], check=True)
    ast.parse(SPEC.read_text(encoding="utf-8"))


@pytest.mark.parametrize("doc", ["docs/guide.md", "packaging/README.md"])
def test_documentation_links_resolve(doc: str) -> None:
    path = REPO / doc
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", path.read_text(encoding="utf-8"))
    if doc == "docs/guide.md":
        assert {"screenshot.png", "content-packs.md", "templates.md"} <= set(targets)
    missing = [t for t in targets if "://" not in t and not (path.parent / t).exists()]
    assert not missing, f"{doc} links to missing files: {missing}"


# --- the wheel --------------------------------------------------------------------------------


@dataclass
class Venv:
    root: Path
    python: Path
    briefer: Path
    size_mb: float


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    started = time.perf_counter()
    if importlib.util.find_spec("build") is not None:
        cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)]
    else:  # the same PEP 517 build through pip, which every environment has
        cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(REPO)]
    run(cmd, cwd=out, env=clean_env(out / "home", caches=True), timeout=300)
    TIMINGS["wheel build"] = time.perf_counter() - started
    (built,) = out.glob("briefer-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """A fresh venv outside the repository, without system site-packages, with the wheel."""
    root = tmp_path_factory.mktemp("install") / "venv"
    started = time.perf_counter()
    run([sys.executable, "-m", "venv", root], cwd=root.parent, env=clean_env(root.parent / "home"))
    bindir = root / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    # dependencies come from the configured index (or pip's cache / PIP_FIND_LINKS)
    run(
        [python, "-m", "pip", "install", "-q", wheel],
        cwd=root.parent,
        env=clean_env(root.parent / "home", caches=True),
        timeout=600,
    )
    TIMINGS["wheel install"] = time.perf_counter() - started
    return Venv(root, python, bindir / "briefer", mib(root))


@pytest.mark.slow
def test_wheel_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(meta_name).decode("utf-8"))
    for path in (
        "briefer/_data/assets/content/belarus-sanctions.yaml",
        "briefer/_data/assets/suggestions.yaml",
        "briefer/_data/assets/icons/briefer.svg",
        "briefer/_data/templates/classic.yaml",
        "briefer/_data/templates/myth-fact.yaml",
        "briefer/_data/docs/guide.md",  # Help → Briefer Guide, offline
        "briefer/_data/docs/images/guide-meeting-tab.png",
        "briefer/_data/translations/briefer_be.qm",  # the app in the advocate's language
        "briefer/_data/translations/briefer_en.qm",  # English plurals
        "briefer/_data/translations/briefer_de.ts",
        "briefer/cli/__init__.py",
        "briefer/layout/flow.py",
        "briefer/legislators/store.py",
        "briefer/lobby/batch.py",
        "briefer/meetings/db.py",
        "briefer/_data/templates/sidebar.yaml",
        "briefer/_data/templates/bold.yaml",
        "briefer/page/schema.py",
    ):
        assert path in names, path
    assert not any(n.startswith(("tests/", "packaging/", "docs/")) for n in names)
    assert metadata["Version"] == __version__
    requires = {
        re.split(r"[\s;<>=!~\[(]", r, maxsplit=1)[0].lower().replace("_", "-")
        for r in metadata.get_all("Requires-Dist")
        if "extra ==" not in r
    }
    assert {"pyside6-essentials", "pyside6-pdf"} <= requires
    assert "pyside6" not in requires, "never the ~770 MB meta-package"
    assert "pyinstaller" not in requires, "a build tool, not a dependency"


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_repository(venv: Venv, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home")
    version = run([venv.briefer, "--version"], tmp_path, env).stdout.strip()
    assert version == f"briefer {__version__}"
    where = run(
        [venv.python, "-c", "import briefer.support.resources as r; print(r.data_root())"],
        tmp_path,
        env,
    )
    assert Path(where.stdout.strip()).is_relative_to(venv.root)  # the wheel's data, not the repo
    run([venv.briefer, "new", "-o", "b.yaml"], tmp_path, env)
    run([venv.briefer, "build", "b.yaml", "-o", "b.pdf"], tmp_path, env)
    run([venv.briefer, "build", "b.yaml", "-o", "b.docx"], tmp_path, env)
    run([venv.briefer, "check", "b.yaml"], tmp_path, env)
    check_outputs(tmp_path)


@pytest.mark.slow
def test_wheel_gui_imports_offscreen(venv: Venv, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtPdf import QPdfDocument\n"
        "from PySide6.QtPdfWidgets import QPdfView\n"
        "from PySide6.QtPrintSupport import QPrinter\n"
        "import briefer.gui.app\n"
        "app = QApplication(sys.argv[:1])\n"
        "view = QPdfView(None)\n"
        "view.setDocument(QPdfDocument(view))\n"
        "print(app.platformName())\n"
    )
    env = clean_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    assert run([venv.python, "-c", script], tmp_path, env).stdout.strip() == "offscreen"


@pytest.mark.slow
def test_wheel_install_size(venv: Venv) -> None:
    print(f"\nclean install of the wheel: {venv.size_mb:.0f} MiB ({TIMINGS})")
    assert venv.size_mb < MAX_INSTALL_MB


# --- the desktop bundle -----------------------------------------------------------------------


@dataclass
class Bundle:
    folder: Path
    exe: Path
    internal: Path
    build_python: Path
    seconds: float


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test runs on Linux (packaging/README.md: Windows and macOS)")
    work = tmp_path_factory.mktemp("bundle")
    env = clean_env(
        work / "home",
        caches=True,  # pip's and PyInstaller's
        PYTHON=sys.executable,
        BUILD_DIR=work / "build",
        DIST_DIR=work / "dist",
    )
    started = time.perf_counter()
    run(["bash", PACKAGING / "build-bundle.sh"], cwd=work, env=env, timeout=900)
    seconds = time.perf_counter() - started
    TIMINGS["bundle build"] = seconds
    folder = work / "dist" / "briefer"
    return Bundle(
        folder, folder / "briefer", folder / "_internal", work / "build/venv/bin/python", seconds
    )


@pytest.fixture
def brief_dir(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "b.yaml").write_text(SAMPLE_BRIEF, encoding="utf-8")
    yield tmp_path


@pytest.mark.slow
def test_bundle_size(bundle: Bundle) -> None:
    size = mib(bundle.folder)
    print(f"\ndesktop bundle: {size:.0f} MiB, built in {bundle.seconds:.0f} s")
    assert size <= MAX_BUNDLE_MB


@pytest.mark.slow
def test_bundle_layout(bundle: Bundle) -> None:
    data = bundle.internal / "briefer" / "_data"
    assert (data / "assets" / "content" / "belarus-sanctions.yaml").is_file()
    assert (data / "assets" / "icons" / "briefer.svg").is_file()
    assert (data / "templates" / "classic.yaml").is_file()
    assert (data / "translations" / "briefer_uk.qm").is_file()
    qt_words = sorted(p.name for p in bundle.internal.rglob("qtbase_*.qm"))
    assert qt_words == ["qtbase_de.qm", "qtbase_pl.qm", "qtbase_ru.qm", "qtbase_uk.qm"]
    fonts = sorted(p.name for p in (data / "fonts").iterdir())
    assert fonts == [
        "LICENSE",
        "LiberationSans-Bold.ttf",
        "LiberationSans-BoldItalic.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-Regular.ttf",
    ]
    assert "Open Font License" in (data / "fonts" / "LICENSE").read_text(encoding="utf-8")
    notices = (bundle.internal / "licenses" / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    for name in ("PySide6", "reportlab", "python-docx", "pydantic", "PyYAML"):
        assert name.lower() in notices.lower(), name
    assert list(bundle.internal.rglob("default.docx")), "python-docx's template"
    names = [p.name for p in bundle.internal.rglob("*")]
    translations = [n for n in names if n.endswith(".qm") and not n.startswith("briefer_")]
    assert sorted(translations) == qt_words, "of Qt's translations only its own words, ours"
    cldr = sorted(p.name for p in bundle.internal.rglob("babel/locale-data/*.dat"))
    assert cldr == ["de.dat", "en.dat", "fr.dat", "lt.dat", "pl.dat", "root.dat"]
    assert not [n for n in names if re.match(r"libQt6(Quick|Qml|WebEngine|Multimedia)", n)]
    assert not [n for n in names if n.startswith(("libcrypto", "libssl"))]
    assert "libcups.so.2" not in names  # the system's, with its TLS stack
    assert list(bundle.internal.rglob("plugins/printsupport/*cups*"))
    platforms = {p.name for p in bundle.internal.rglob("plugins/platforms/*")}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= platforms
    assert not [p for p in bundle.internal.rglob("*") if p.is_symlink() and not p.exists()]


# Libraries a Linux desktop provides, which the bundle may leave to it when the build machine
# has none to copy (Wayland's on a headless build machine; CUPS, OpenGL always).
SYSTEM_PROVIDED = re.compile(r"^lib(wayland-|cups|GL|EGL|OpenGL|vulkan|drm|gbm)")


@pytest.mark.slow
def test_bundle_libraries_resolve(bundle: Bundle) -> None:
    """Every bundled binary finds what it links, in the bundle or the system: nothing that the
    pruning in briefer.spec dropped is missing."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle.internal)}
    missing = {}
    for path in bundle.internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        out = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        ).stdout
        lost = re.findall(r"^\s*(\S+) => not found", out, re.M)
        lost = [name for name in lost if not SYSTEM_PROVIDED.match(name)]
        if lost:
            missing[path.relative_to(bundle.internal).as_posix()] = sorted(set(lost))
    assert not missing, missing


@pytest.mark.slow
def test_bundle_runs_the_commands(bundle: Bundle, tmp_path: Path) -> None:
    env = clean_env(tmp_path / "home")
    assert run([bundle.exe, "--version"], tmp_path, env).stdout.strip() == f"briefer {__version__}"
    run([bundle.exe, "new", "-o", "b.yaml"], tmp_path, env)
    run([bundle.exe, "build", "b.yaml", "-o", "b.pdf"], tmp_path, env)
    run([bundle.exe, "build", "b.yaml", "-o", "b.docx"], tmp_path, env)
    run([bundle.exe, "build", "b.yaml", "-o", "b.md"], tmp_path, env)
    check_outputs(tmp_path)


@pytest.mark.slow
def test_bundle_lobby_day_batch_on_several_processes(bundle: Bundle, brief_dir: Path) -> None:
    rows = ["legislator,date,time,location"] + [
        f"{name},2026-12-0{day},1{day}:00,Room {day}"
        for day, name in enumerate(
            ["Jeanne Shaheen", "Maggie Hassan", "Chris Pappas", "Chris Coons"], start=1
        )
    ]
    (brief_dir / "meetings.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (brief_dir / "out").mkdir()
    env = clean_env(brief_dir / "home")
    run(
        [bundle.exe, "batch", "meetings.csv", "-o", "out", "--base", "b.yaml", "--jobs", "2"],
        brief_dir,
        env,
    )
    built = sorted(p.name for p in (brief_dir / "out").glob("*.pdf"))
    assert "index.pdf" in built and len(built) == 5, built


@pytest.mark.slow
def test_bundle_output_is_the_wheels(bundle: Bundle, venv: Venv, brief_dir: Path) -> None:
    """Byte for byte: the bundle carries everything (fonts, templates, data) the wheel does."""
    versions = (
        "import json, importlib.metadata as m; print(json.dumps({d: m.version(d) for d in "
        "('reportlab', 'python-docx', 'lxml', 'PyYAML', 'pydantic')}))"
    )
    env = clean_env(brief_dir / "home")
    wheel_versions = json.loads(run([venv.python, "-c", versions], brief_dir, env).stdout)
    bundle_versions = json.loads(run([bundle.build_python, "-c", versions], brief_dir, env).stdout)
    if wheel_versions != bundle_versions:
        pytest.skip(f"the two environments differ: {wheel_versions} vs {bundle_versions}")
    for suffix in ("pdf", "docx"):
        run([venv.briefer, "build", "b.yaml", "-o", f"wheel.{suffix}"], brief_dir, env)
        run([bundle.exe, "build", "b.yaml", "-o", f"bundle.{suffix}"], brief_dir, env)
        wheel_bytes = (brief_dir / f"wheel.{suffix}").read_bytes()
        assert (brief_dir / f"bundle.{suffix}").read_bytes() == wheel_bytes, suffix


@pytest.mark.slow
def test_bundle_desktop_app_starts_offscreen(bundle: Bundle, brief_dir: Path) -> None:
    env = clean_env(brief_dir / "home", QT_QPA_PLATFORM="offscreen")
    code, err = start_gui([bundle.exe, "gui", "b.yaml"], brief_dir, env)
    assert_gui_stayed_up(code, err, brief_dir / "home" / "data")


@pytest.mark.slow
def test_bundle_desktop_app_starts_as_an_x11_window(bundle: Bundle, brief_dir: Path) -> None:
    """The xcb platform plugin and the X libraries it needs load from the bundle."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.fail("xvfb-run is not installed (Debian: xvfb, xauth)")
    env = clean_env(brief_dir / "home", QT_QPA_PLATFORM="xcb")
    # xvfb-run starts an X server, runs the app (stopped by `timeout`), then stops the server
    app = ["timeout", str(GUI_SECONDS), str(bundle.exe), "gui", "b.yaml"]
    proc = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", *app],
        cwd=brief_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=GUI_SECONDS + 60,
        check=False,
    )
    code = None if proc.returncode == 124 else proc.returncode
    err = proc.stdout + proc.stderr
    assert_gui_stayed_up(code, err, brief_dir / "home" / "data")


@pytest.mark.slow
def test_linux_install_script(bundle: Bundle, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = clean_env(tmp_path / "home", PREFIX=prefix, ICONS_DIR=bundle.folder.parent / "none")
    run(["bash", LINUX / "install.sh", bundle.folder], tmp_path, env)
    installed = prefix / "share" / "applications" / DESKTOP.name
    entry = desktop_entry(installed)
    assert entry["Exec"] == f'"{prefix}/bin/briefer" gui %f'
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(installed)], check=True)
    assert (prefix / "share" / "metainfo" / METAINFO.name).is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    version = run([prefix / "bin" / "briefer", "--version"], tmp_path, env).stdout
    assert version.strip() == f"briefer {__version__}"
    run(["bash", LINUX / "install.sh", "--uninstall"], tmp_path, env)
    assert not (prefix / "bin" / "briefer").exists() and not installed.exists()
    assert not (prefix / "lib" / "briefer").exists()
