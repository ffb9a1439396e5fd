"""No pydantic plugin ever sees Briefer's models, and finding none costs nothing.

A pydantic plugin is any installed package that declares one; pydantic loads it the first time a
model is built and calls it on every validation, so it would see every brief, meeting and report
the advocate has (some plugins exist to send what they see elsewhere). pydantic asks
``pydantic.plugin._loader.get_plugins()`` for them. That module imports ``importlib.metadata``
(email, zipfile, csv and more: about 10 ms of every start) and reads every installed package's
entry points (another 3 ms), even when plugins are turned off by ``PYDANTIC_DISABLE_PLUGINS``.

:func:`install` puts Briefer's own module in its place before pydantic looks, whose
``get_plugins`` finds none. Anything else asked of that module comes from pydantic's own (loaded
then, never registered), so a pydantic release that asks it for more still works.
``tests/test_package.py`` installs a spy plugin and checks Briefer's models never load it.
"""

from __future__ import annotations

import sys
import types
from typing import Any

LOADER = "pydantic.plugin._loader"


def get_plugins() -> tuple[()]:
    """The pydantic plugins Briefer's models use: none."""
    return ()


def _pydantic_attribute(name: str) -> Any:
    """What pydantic's own loader module holds under ``name`` (it is loaded, not registered)."""
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib.machinery
    import importlib.util

    import pydantic.plugin

    spec = importlib.machinery.PathFinder.find_spec(LOADER, pydantic.plugin.__path__)
    if spec is None or spec.loader is None:
        raise AttributeError(name)
    real = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real)
    return getattr(real, name)


def install() -> bool:
    """Stand in for pydantic's plugin loader; False if pydantic has already loaded its own (then
    pydantic was used before Briefer was imported, and plugins are as that left them)."""
    if LOADER in sys.modules:
        return sys.modules[LOADER].__dict__.get("get_plugins") is get_plugins
    module = types.ModuleType(LOADER, "Briefer's stand-in: see briefer.support.no_plugins.")
    module.get_plugins = get_plugins  # type: ignore[attr-defined]
    module.__getattr__ = _pydantic_attribute  # type: ignore[method-assign]
    sys.modules[LOADER] = module
    return True
