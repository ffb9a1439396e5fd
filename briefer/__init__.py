"""Briefer: tailored one-page leave-behinds for meetings with legislators."""

from briefer.support import no_plugins

__version__ = "0.1.0"

no_plugins.install()  # no third-party pydantic plugin sees the advocate's data (see no_plugins)
