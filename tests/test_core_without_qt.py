"""The core, the CLI and a whole build run with Qt made impossible to import."""

import subprocess
import sys

from tests.conftest import REPO

SCRIPT = r"""
import sys, importlib.abc

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError("Qt is not available in this test")
        return None

sys.meta_path.insert(0, NoQt())
import briefer.cli, briefer.pipeline, briefer.legislators.store, briefer.render.pdf
code = briefer.cli.main(["new", "-o", sys.argv[1] + "/b.yaml"])
code |= briefer.cli.main(["build", sys.argv[1] + "/b.yaml", "-o", sys.argv[1] + "/b.pdf"])
assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
sys.exit(code)
"""


def test_core_and_cli_import_and_build_without_qt(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
