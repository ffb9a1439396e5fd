"""Renderers: a sized Plan in, the bytes of a file out. They know nothing of disk or Qt."""
