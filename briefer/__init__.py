"""Briefer: tailored one-page leave-behinds for meetings with legislators."""

__version__ = "0.1.0"
