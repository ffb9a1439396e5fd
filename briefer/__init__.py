"""Briefer: tailored one-page leave-behinds for meetings with legislators."""

import os

__version__ = "0.1.0"

# pydantic looks for third-party plugins (installed packages that hook into every model's
# validation, some of them to send it elsewhere) the first time a model is built. Briefer's
# models hold the advocate's meetings; no plugin sees them, and start-up skips the search.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
