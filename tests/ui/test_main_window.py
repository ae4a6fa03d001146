"""Menus, About, a refused rule pack, and the rule that the UI decides nothing clinical."""

from __future__ import annotations

import ast
import shutil
from html import escape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from conftest import REPO, edit
from desktop import __version__, paths
from desktop.engine import Planner, RulePack
from desktop.engine.pack.i18n import available_languages
from desktop.report.about_html import about_html
from desktop.ui import app as app_module
from desktop.ui.about import AboutDialog
from desktop.ui.i18n import words
from ui.driver import screenshot


def menu_actions(window: Any, title: str) -> dict[str, Any]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return {a.text(): a for a in menu.actions() if a.text()}


def test_menus_and_standard_shortcuts(window: Any) -> None:
    file_menu = menu_actions(window, "&File")
    assert file_menu["&New case"].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert file_menu["&Quit"].shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert file_menu["&Open…"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert file_menu["&Save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert file_menu["&Print clinician summary…"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    for name in ("&Open…", "&Save", "Save &As…", "&Export clinician summary (PDF)…",
                 "Export patient &handout (PDF)…", "Print patient hando&ut…"):
        assert file_menu[name].isEnabled()
    view = menu_actions(window, "&View")
    assert {"Zoom timeline &in", "Zoom timeline &out", "&Fit timeline to window"} <= set(view)
    assert "&About OVCF Pathway" in menu_actions(window, "&Help")


def test_new_case_clears_every_answer(window: Any, driver: Any) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Female"})
    driver.next("fracture")
    menu_actions(window, "&File")["&New case"].trigger()
    assert window.wizard.page_name() == "visit"
    assert window.store.answers["patient.age"] is None
    assert driver.field("patient.age").value() is None
    assert window.panel.stack.currentIndex() == 0


def test_new_after_finish_brings_the_questions_back_with_the_cursor_in_them(window: Any) -> None:
    window.show_plan()  # Finish: the plan takes the whole width
    assert window.split.sizes()[0] == 0
    menu_actions(window, "&File")["&New case"].trigger()
    assert window.split.sizes()[0] > 300
    focused = window.focusWidget()
    assert focused is not None
    assert window.wizard.isAncestorOf(focused)


def about_of(planner: Planner) -> str:
    pack = planner.pack
    return about_html(pack, planner.profile, planner.choices, planner.site, planner.sources,
                      available_languages(Path(pack.directory)), words())


def test_about_names_versions_fingerprint_sources_and_disclaimer(window: Any, pack: RulePack) -> None:
    html = about_of(Planner(pack, pack.profiles["default"]))
    assert f"OVCF Pathway {__version__}" in html
    assert pack.sha256 in html
    assert pack.version in html
    assert f"Sources ({len(pack.sources)})" in html
    for source in pack.sources.values():
        assert f"[{source.id}]" in html
    assert "For use by healthcare professionals" in html
    for language in available_languages(Path(pack.directory)):
        assert f"{language.name} ({language.code}): {escape(language.review)}" in html
    district = pack.profiles["district_hospital"]
    html = about_of(Planner(pack, district))
    assert f"Site profile: {district.name}" in html
    assert "by referral to Regional Referral Hospital, spine unit" in html  # what the site lacks, and where it sends patients
    dialog = AboutDialog(Planner(pack, pack.profiles["default"]), window)
    dialog.show()
    screenshot(dialog, "about")
    dialog.close()


@pytest.mark.parametrize(("authoring", "problem"), [
    # a signed release edited afterwards: refused before its content is even read
    (False, "file has been modified since the rule pack was built: refused"),
    # an author's unsigned pack (authoring mode): the rules themselves are checked
    (True, "undefined fact 'pain.score'"),
])
def test_an_invalid_rule_pack_is_shown_as_an_error_never_as_a_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any, authoring: bool, problem: str
) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(paths.rules_dir(), rules,  # the release this session trusts (tests/conftest.py)
                    ignore=shutil.ignore_patterns("MANIFEST.sha256*") if authoring else None)
    edit(rules / "items" / "pain_control.yaml", "{fact: pain.nrs, gte: 7}", "{fact: pain.score, gte: 7}")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text() + "\n" + box.detailedText()) or 0)
    assert app_module.run_gui(rules=str(rules), authoring=authoring) == 3
    (message,) = shown
    assert "The clinical rule pack is invalid, so no plan can be shown." in message
    assert "items/pain_control.yaml:" in message
    assert problem in message


UI = REPO / "desktop" / "ui"
REPORT = REPO / "desktop" / "report"
ENGINE_INTERNALS = {"conditions", "expressions", "facts", "verify", "input_space", "dependencies", "read_rules"}
# the verifier's comparison of two packs and their plans, which the "What changed" screen shows
WHAT_CHANGED = {"desktop.engine.verify.pack_diff", "desktop.engine.verify.plan_diff"}


def test_the_ui_decides_nothing_clinical() -> None:
    """Views render plans and route through the engine; they never evaluate rules themselves."""
    offenders = []
    for path in sorted([*UI.glob("*.py"), *REPORT.glob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[:2] == ["desktop", "engine"] and set(parts[2:]) & ENGINE_INTERNALS \
                        and node.module not in WHAT_CHANGED:
                    offenders.append(f"{path.name}: imports {node.module}")
            if isinstance(node, ast.Attribute) and node.attr in ("when", "applies_when", "rules"):
                offenders.append(f"{path.name}:{node.lineno}: reads .{node.attr}")
            if isinstance(node, ast.Constant) and node.value in ("recommended", "contraindicated", "critical") \
                    and path.name not in ("status_style.py", "theme.py", "fhir.py"):
                # fhir.py maps each status word to FHIR's code lists (its test: every status mapped)
                offenders.append(f"{path.name}:{node.lineno}: status literal {node.value!r}")
    assert offenders == []


VIEWS = ("plan_panel.py", "timeline.py", "legend.py", "printing.py")  # what draws a plan


def test_views_and_reports_read_the_plan_only() -> None:
    """What draws or words a plan takes it from the plan (phases, labels, sources, status
    words), never from the rule pack: About and the hazard log describe the pack itself and may
    read it."""
    offenders = []
    for path in [*(UI / name for name in VIEWS), *REPORT.glob("*.py")]:
        if path.name in ("about_html.py", "hazard_log.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("desktop.engine.pack"):
                offenders.append(f"{path.name}: imports {node.module}")
            if isinstance(node, ast.Attribute) and node.attr == "pack":
                offenders.append(f"{path.name}:{node.lineno}: reads .pack")
    assert offenders == []


def test_the_level_picker_reads_like_the_spine(window: Any) -> None:
    """Thoracic levels in rows of six, then the lumbar row, as the pack's grid says; "None of
    these" below them where a question has it."""
    from PySide6.QtWidgets import QGridLayout

    from ui.driver import Driver

    driver = Driver(window)
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Female"})
    driver.next("fracture")
    levels = driver.field("fracture.levels")
    grid = next(item for item in levels.body.children() if isinstance(item, QGridLayout))

    def cell(choice: str) -> tuple[int, int]:
        row, col, _rs, _cs = grid.getItemPosition(grid.indexOf(levels.boxes[choice]))
        return row, col

    assert [cell(c) for c in ("T1", "T6", "T7", "T12", "L1", "L5")] == [(0, 0), (0, 5), (1, 0), (1, 5), (2, 0), (2, 4)]
