"""Draw the pictures in docs/templates.md: each bundled template with the sample brief (the example
logo and a QR code), its PDF as the page and its DOCX as LibreOffice shows it, and the app's
Template Gallery. Needs pdftoppm (poppler-utils); LibreOffice for the DOCX pictures.

    .venv/bin/python scripts/template-images.py           # writes docs/images/template-*.png
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
IMAGES = REPO / "docs" / "images"
LOGO = IMAGES / "example-logo.svg"
DPI = "60"


def sample_brief(folder: Path) -> Path:
    text = (REPO / "tests" / "conftest.py").read_text(encoding="utf-8")
    brief = text.split('SAMPLE_BRIEF = """\\\n', 1)[1].split('"""', 1)[0]
    brief = brief.replace("paper: letter\n", "")  # each picture names its paper
    brief = brief.replace("  name: Святлана Ціханоўская\n", "  name: Alena Kowalski\n")
    brief = brief.replace("  website: example.org\n", f"  website: example.org\n  logo: {LOGO}\n")
    brief += "qr: https://example.org/belarus-sanctions\n"
    path = folder / "brief.yaml"
    path.write_text(brief, encoding="utf-8")
    return path


def png(pdf: Path, out: Path) -> None:
    subprocess.run(
        ["pdftoppm", "-png", "-r", DPI, "-singlefile", str(pdf), str(out.with_suffix(""))],
        check=True,
    )


def gallery(brief_path: Path, out: Path) -> None:
    """The app's Template Gallery with this brief, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import configure
    from briefer.gui.main.window import MainWindow
    from briefer.page.templates import available

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure(app)
    window = MainWindow()
    window.open_initial(brief_path)
    dialog = window.show_gallery()
    drawn: set[str] = set()
    dialog.drawn.connect(drawn.add)
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if drawn >= set(available()) else None)
    timer.start(100)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    dialog.grab().save(str(out))
    dialog.close()
    window.shutdown()


def main() -> None:
    from briefer.page.brief import load_brief
    from briefer.page.templates import available
    from briefer.pipeline import make_plan, render

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["BRIEFER_DATA_DIR"] = str(folder / "data")
        os.environ["HOME"] = str(folder)  # the app's settings: not the user's
        brief_path = sample_brief(folder)
        brief = load_brief(brief_path)
        for name in available():
            for paper in ("letter", "a4"):
                plan = make_plan(brief, template=name, paper=paper, directory=None)
                pdf = folder / f"{name}-{paper}.pdf"
                pdf.write_bytes(render(plan, "pdf"))
                png(pdf, IMAGES / f"template-{name}-{paper}.png")
                if soffice and paper == "letter":
                    docx = folder / f"{name}-{paper}-docx.docx"
                    docx.write_bytes(render(plan, "docx"))
                    subprocess.run(
                        [soffice, f"-env:UserInstallation=file://{folder}/lo", "--headless",
                         "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                        check=True, capture_output=True, timeout=180,
                    )  # fmt: skip
                    png(docx.with_suffix(".pdf"), IMAGES / f"template-{name}-{paper}-docx.png")
        gallery(brief_path, IMAGES / "template-gallery.png")
    print(f"template-images: wrote {IMAGES}/template-*.png")


if __name__ == "__main__":
    main()
