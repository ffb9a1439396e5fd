"""What importing ``briefer`` sets up: no third-party pydantic plugin sees Briefer's models
(``briefer.support.no_plugins``).

A plugin is an installed package that pydantic loads through an entry point and calls on every
validation. One is installed here (a dist-info folder on the path) that leaves a mark when it is
loaded: a plain pydantic model loads it, Briefer's models do not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _plugin(site: Path) -> Path:
    mark = site / "loaded.txt"
    (site / "spy_plugin.py").write_text(
        f"open({str(mark)!r}, 'w').write('loaded')\n"
        "class Plugin:\n"
        "    def new_schema_validator(self, *args, **kwargs):\n"
        "        return None, None, None\n"
        "plugin = Plugin()\n",
        encoding="utf-8",
    )
    info = site / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n")
    return mark


def _run(code: str, site: Path) -> None:
    env = dict(os.environ, PYTHONPATH=f"{site}{os.pathsep}{REPO}")
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO)


def test_a_plain_pydantic_model_loads_the_plugin(tmp_path) -> None:
    mark = _plugin(tmp_path)
    _run("import pydantic\nclass M(pydantic.BaseModel):\n    x: int = 0\nM(x=1)\n", tmp_path)
    assert mark.read_text() == "loaded"  # the spy works: pydantic found and loaded it


def test_briefers_models_never_load_a_plugin(tmp_path) -> None:
    mark = _plugin(tmp_path)
    _run(
        "from briefer.page.brief import parse_brief\n"
        "from briefer.page.content import load_pack\n"
        "from briefer.page.starter import starter_brief\n"
        "parse_brief(starter_brief(load_pack(), __import__('datetime').date(2026, 12, 1)))\n",
        tmp_path,
    )
    assert not mark.exists()


def test_briefer_stands_in_for_pydantics_plugin_loader() -> None:
    """Importing briefer puts its loader in pydantic's place before any model is built: it
    finds no plugin, and the rest of pydantic's loader is still there behind it."""
    code = (
        "import sys\n"
        "import briefer\n"
        "from briefer.page.brief import parse_brief\n"
        "from briefer.page.content import load_pack\n"
        "from briefer.page.starter import starter_brief\n"
        "parse_brief(starter_brief(load_pack(), __import__('datetime').date(2026, 12, 1)))\n"
        "loader = sys.modules['pydantic.plugin._loader']\n"
        "assert loader.get_plugins() == ()\n"
        "assert 'importlib.metadata' not in sys.modules\n"  # what it spares every start
        "assert loader.PYDANTIC_ENTRY_POINT_GROUP == 'pydantic'\n"  # from pydantic's own
        "from briefer import no_plugins\n"
        "assert no_plugins.install()\n"  # a second call sees its own loader in place
    )
    env = dict(os.environ)
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=REPO)


def test_pydantic_loaded_before_briefer_keeps_its_own_loader() -> None:
    code = (
        "import pydantic\n"
        "class M(pydantic.BaseModel):\n"
        "    x: int = 0\n"
        "M(x=1)\n"
        "from briefer import no_plugins\n"
        "assert not no_plugins.install()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
