"""The output formats and the papers: each written once, for the core, the CLI and the app."""

from __future__ import annotations

from typing import Literal

Format = Literal["pdf", "docx", "txt", "md"]
Paper = Literal["letter", "a4"]

FORMATS: tuple[Format, ...] = ("pdf", "docx", "txt", "md")
FORMAT_LABELS: dict[str, str] = {
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "txt": "Text (read-ahead email)",
    "md": "Markdown",
}
PAPERS: tuple[Paper, ...] = ("letter", "a4")
PAPER_LABELS: dict[str, str] = {"letter": "Letter (US)", "a4": "A4 (Europe)"}
# Width and height in PostScript points (1/72 inch).
PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": (612.0, 792.0), "a4": (595.2756, 841.8898)}
