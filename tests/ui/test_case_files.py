"""Save, open, follow-up visits, decisions and autosave: no answer is ever lost."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import case_data
from desktop.engine import load_rule_pack, read_case_file, validate_case
from desktop.engine.case.history import Decision
from desktop.ui.drafts import DraftStore, read_draft
from desktop.ui.main_window import MainWindow
from ui.driver import TODAY, Driver, screenshot


def load(window: MainWindow, **changes: Any) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()


def reopen(qtbot: Any, pack: Any, path: Path, today: date) -> MainWindow:
    again = MainWindow(pack, pack.profiles["default"], today=today)
    qtbot.addWidget(again)
    again.show()
    assert again.open_case(str(path))
    return again


def test_round_trip_keeps_every_answer_and_decision(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    load(window, **{"patient.name": "Ana", "fracture.levels": ["L3", "L4"], "safety.egfr": 44.5})
    window.document.set_decision("calcitonin", Decision("calcitonin", "declined", "patient_preference", "nausea before", TODAY))
    path = tmp_path / "ana.yaml"
    assert window.save_as(str(path))
    assert not window.document.dirty
    assert window.windowTitle() == "ana.yaml[*] - OVCF Pathway"
    again = reopen(qtbot, window.pack, path, TODAY)
    assert again.store.answers == window.store.answers
    assert again.document.decisions == window.document.decisions
    assert not again.document.follow_up
    assert not again.document.dirty
    # and the file is the engine's own format: the command line plans it
    data = read_case_file(path)
    assert data["format"] == "ovcf-case/2"
    assert data["decisions"][0]["reason"] == "patient_preference"
    assert [v["date"] for v in data["visits"]] == ["2026-11-21"]


def test_interrupted_save_leaves_the_old_file_whole(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: Any) -> None:
    load(window)
    path = tmp_path / "case.yaml"
    assert window.save_as(str(path))
    before = path.read_bytes()
    load(window, **{"pain.nrs": 9})

    def power_cut(_fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    assert not window.save()
    assert path.read_bytes() == before  # the previous save is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.yaml"]  # no half-written file left
    assert window.document.dirty
    assert window.store.answers["pain.nrs"] == 9
    assert dialogs.errors[-1].startswith("Save failed: Could not write")


def test_save_to_a_folder_that_cannot_be_written_keeps_the_answers(window: MainWindow, tmp_path: Path, dialogs: Any) -> None:
    load(window)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        # running as root, the locked folder is still writable: a missing folder fails instead
        writable = os.access(locked, os.W_OK)
        target = tmp_path / "missing-folder" / "case.yaml" if writable else locked / "case.yaml"
        assert not window.save_as(str(target))
    finally:
        locked.chmod(0o700)
    assert window.document.dirty
    assert window.document.path is None
    assert "Save failed" in dialogs.errors[-1]
    assert window.store.answers["patient.age"] == 74


def test_an_incomplete_case_is_not_saved_and_says_why(window: MainWindow, driver: Driver, tmp_path: Path, dialogs: Any) -> None:
    driver.answer("visit", {"onset_date": "2026-11-18", "patient.age": "70", "patient.sex": "Female"})
    assert not window.save_as(str(tmp_path / "x.yaml"))
    assert "Cannot save yet" in dialogs.errors[-1]
    assert "pain.nrs: required" in dialogs.errors[-1]
    assert window.store.answers["patient.age"] == 70


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("format: ovcf-case/3\n", "format: written by a newer version of OVCF Pathway"),
        ("format: ovcf-case/2\nonset_date: 2026-11-30\npatient: {age: 200, sex: female}\n", "patient.age: 200 is out of range"),
        ("format: ovcf-case/2\npatient: {age: [1\n", "malformed YAML"),
        # the inputs that crashed File > Open before the safe reader
        ("format: ovcf-case/2\nonset_date: 2026-02-30\n", "line 2: 2026-02-30 is not a real date"),
        ("format: ovcf-case/2\na: " + "[" * 30_000 + "]" * 30_000 + "\n", "line 2: nested deeper than 32 levels"),
        ("format: ovcf-case/2\npatient: {age: " + "9" * 400 + "}\n", "too large a number"),
        ("format: ovcf-case/2\npain: {nrs: !!float x}\n", "typed tags such as !!float are not allowed"),
        ("format: ovcf-case/2\npatient: {age: 0x4A}\n", "0x4A is not a plain decimal number"),
        ("format: ovcf-case/2\npatient: {name: \"a\\u202eb\"}\n", "character U+202E is not allowed"),
        ("format: ovcf-case/2\ndecisions: [[calcitonin]]\n", "decisions[0]"),
        ("format: ovcf-case/2\nvisits: [a visit]\n", "visits[0]"),
    ],
)
def test_opening_a_bad_file_changes_nothing(window: MainWindow, tmp_path: Path, dialogs: Any, content: str, expected: str) -> None:
    load(window, **{"patient.age": 66})
    window.document.dirty = False
    before = dict(window.store.answers)
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    assert not window.open_case(str(path))
    assert expected in dialogs.errors[-1]
    assert window.store.answers == before
    assert window.document.path is None


def test_unsaved_changes_are_never_dropped_silently(window: MainWindow, dialogs: Any, tmp_path: Path) -> None:
    load(window, **{"patient.age": 66})
    assert window.document.dirty
    dialogs.save_changes = "cancel"
    window.new_case()
    assert window.store.answers["patient.age"] == 66
    assert window.close() is False  # closing asks too, and Cancel keeps the window open
    assert dialogs.asked == ["save changes to this case", "save changes to this case"]
    dialogs.save_changes = "discard"
    window.new_case()
    assert window.store.answers["patient.age"] is None


def test_every_answer_change_is_autosaved_and_a_save_clears_the_draft(qtbot: Any, pack: Any, tmp_path: Path, dialogs: Any) -> None:
    drafts = DraftStore(tmp_path / "drafts")
    main = MainWindow(pack, pack.profiles["default"], today=TODAY, drafts=drafts)
    qtbot.addWidget(main)
    main.show()
    Driver(main).answer("visit", {"onset_date": "2026-11-18", "patient.age": "70"})
    assert drafts.path is not None
    qtbot.waitUntil(lambda: drafts.path.exists(), timeout=3000)
    saved = read_draft(drafts.path)
    assert saved["answers"]["patient.age"] == 70
    assert saved["answers"]["onset_date"] == "2026-11-18"
    load(main)
    assert main.save_as(str(tmp_path / "case.yaml"))
    assert not drafts.path.exists()
    main.document.close()


def test_follow_up_visit_at_week_5(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    load(window, **{"fracture.levels": ["L3"], "onset_date": "2026-11-18"})  # day 3
    first_plan = window.panel.plan
    assert first_plan.item("l2_nerve_root_block").status == "conditional"
    path = tmp_path / "case.yaml"
    assert window.save_as(str(path))

    later = date(2026, 12, 23)  # day 35: week 5
    again = reopen(qtbot, window.pack, path, later)
    driver = Driver(again)
    assert again.document.follow_up
    assert again.store.answers["visit_date"] == later
    assert "Follow-up visit." in again.visit_note.text()
    visit_page = again.wizard.currentPage().fields
    assert visit_page["visit_date"].isVisible()
    assert not visit_page["patient.age"].isVisible()  # known and unchanged: not asked again
    driver.next("fracture")
    driver.next("pain")
    assert driver.field("pain.persistent").isVisible()  # due at week 4
    assert driver.field("pain.nrs").value() is None  # given afresh at each visit (test_follow_up_visit.py)
    driver.answer("pain", {"pain.nrs": "4", "pain.persistent": "Yes"})
    plan = again.panel.plan
    assert (plan.day, plan.phase) == (35, "subacute")
    assert plan.item("l2_nerve_root_block").status == "consider"
    assert plan.item("calcitonin").status == "window_passed"
    assert again.panel.timeline.today_x() == pytest.approx(again.panel.timeline.scale.x(35))
    screenshot(again, "follow_up_week5")
    assert again.save()
    visits = yaml.safe_load(path.read_text())["visits"]
    assert [v["date"] for v in visits] == ["2026-11-21", "2026-12-23"]
    assert {c["field"]: (c["from"], c["to"]) for c in visits[1]["changed"]} == {
        "visit_date": ("2026-11-21", "2026-12-23"),
        "pain.nrs": (5, 4),
        "pain.persistent": (None, True),
    }
    assert {"id": "l2_nerve_root_block", "status": "consider"} in visits[1]["key_items"]
    assert visits[1]["rule_pack"]["version"] == window.pack.version


def test_decisions_show_on_the_timeline_and_are_saved(window: MainWindow, tmp_path: Path) -> None:
    load(window)
    panel = window.panel
    panel.timeline.select("calcitonin")
    bar = panel.decision_bar
    assert bar.isVisible()
    bar.buttons[1].click()  # Decline
    bar.reason.setCurrentIndex(bar.reason.findData("patient_preference"))
    assert window.document.decision_map()["calcitonin"].decision == "declined"
    assert panel.timeline.label(panel.plan.item("calcitonin")) == "Calcitonin, 4-week course · Recommended · DECLINED by the clinician"
    panel.timeline.select("vertebroplasty")
    assert not bar.isVisible()  # nothing to accept on a not-recommended item
    panel.timeline.select("calcitonin")
    assert bar.buttons[1].isChecked()
    assert bar.reason.currentData() == "patient_preference"
    path = tmp_path / "case.yaml"
    assert window.save_as(str(path))
    saved = validate_case(load_rule_pack(window.pack.directory), read_case_file(path), window.planner.params, today=TODAY)
    assert saved.decisions == [Decision("calcitonin", "declined", "patient_preference", "", TODAY)]
