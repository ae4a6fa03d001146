"""At 200% text, in all four languages, nothing the clinician must read is cut: every page of
the wizard and the plan (the strips above the timeline and the urgent page scroll instead)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.ui.settings import Settings
from ui.driver import screenshot
from ui.layout_check import clipped
from ui.test_languages import walk


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_nothing_is_cut_at_200_percent_text(session: Any, language: str) -> None:
    window = session(Settings(language=language, text_scale=2.0)).window
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        screenshot(window, f"text_200_{language}_{name}")
        if found := clipped(window):
            problems[name] = found

    pages = walk(window, check)
    assert "urgent" in pages
    assert problems == {}
