"""Meeting-log test set-up: a log in the test's own data folder, pages recorded into it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefer import pipeline
from briefer.meetings.db import Log
from briefer.meetings.recording import record_export
from briefer.page.brief import Brief, parse_brief
from tests.conftest import SAMPLE_BRIEF


def sample(**meeting: object) -> Brief:
    brief = parse_brief(SAMPLE_BRIEF, "brief.yaml")
    if meeting:
        brief = brief.model_copy(update={"meeting": brief.meeting.model_copy(update=meeting)})
    return brief


@pytest.fixture
def record() -> Callable[..., bytes]:
    """Build a brief and record it as exported; returns the bytes."""

    def make(brief: Brief | None = None, fmt: str = "pdf", name: str = "page", **kw: Any) -> bytes:
        brief = brief or sample()
        plan = pipeline.make_plan(brief)
        data = pipeline.render(plan, fmt)
        warning = record_export(brief, plan, data, fmt, f"{name}.{fmt}", **kw)  # type: ignore[arg-type]
        assert warning is None, warning
        return data

    return make


@pytest.fixture
def log() -> Log:
    opened = Log()
    yield opened
    opened.close()


def log_file() -> Path:
    from briefer.meetings.db import log_path

    return log_path()
