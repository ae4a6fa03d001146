"""The interface in every language: nothing clipped, nothing left untranslated (shown by a
pseudo-localised run), screenshots of the wizard and the plan in each language and theme."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from conftest import case_data
from desktop.engine import validate_case
from desktop.engine.pack.catalog import PSEUDO
from desktop.ui.i18n import fmt_date
from desktop.ui.settings import Settings
from ui.driver import TODAY, screenshot
from ui.layout_check import clipped, untranslated

# Red flag (urgent page), denosumab (critical alert), eGFR unknown (assumption), L3 (L2 block)
CASE = {"fracture.levels": ["L3"], "fracture.red_flags": ["infection_suspected"], "onset_date": "2026-10-01",
        "history.antiresorptive": "denosumab", "safety.egfr": None}


def walk(window: Any, visit: Any) -> list[str]:
    """Every wizard page of CASE, then the plan with an item selected: `visit(name)` at each."""
    case = validate_case(window.pack, case_data(**CASE), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()
    pages = []
    while True:
        QApplication.processEvents()
        pages.append(window.wizard.page_name())
        visit(pages[-1])
        if window.wizard.nextId() == -1:
            break
        window.wizard.next()
    window.wizard.done(1)
    window.panel.timeline.select("l2_nerve_root_block")
    QApplication.processEvents()
    visit("plan")
    return pages


def data_texts(window: Any) -> set[str]:
    """What is data, not interface, and so stays as it is in a pseudo-localised run: the
    dates of the case and the names of the cited sources (citations are not translated)."""
    sources = window.pack.sources.values()
    cited = {f"[{s.id}]" for s in sources} | {s.short for s in sources} | {s.title for s in sources}
    cited |= {s.note for s in sources if s.note} | {s.url for s in sources if s.url}
    return {fmt_date(TODAY), fmt_date(date(2026, 10, 1))} | cited


def test_pseudo_localised_run_shows_no_clipped_or_untranslated_text(session: Any) -> None:
    window = session(Settings(language=PSEUDO)).window
    allowed = data_texts(window)
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        screenshot(window, f"pseudo_{name}")
        found = clipped(window) + untranslated(window, allowed)
        if found:
            problems[name] = found

    pages = walk(window, check)
    assert pages == ["visit", "fracture", "urgent", "pain", "safety", "history", "review"]
    assert problems == {}


@pytest.mark.parametrize("theme", ["normal", "high_contrast"])
@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_every_language_and_theme(session: Any, language: str, theme: str) -> None:
    window = session(Settings(language=language, theme=theme)).window
    problems: dict[str, list[str]] = {}

    def check(name: str) -> None:
        screenshot(window, f"lang_{language}_{theme}_{name}")
        if found := clipped(window):
            problems[name] = found

    walk(window, check)
    assert problems == {}
    translated = QCoreApplication.translate("", "Treatment timeline")
    assert window.panel.timeline.accessibleName() == translated
    if language != "en":
        assert translated != "Treatment timeline"
        catalog = window.pack.catalog
        assert window.pack.status_labels["recommended"] == catalog.texts["Recommended"]
