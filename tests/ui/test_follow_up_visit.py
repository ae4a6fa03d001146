"""A follow-up visit as a clinician makes it: pain asked afresh (the last value shown, not
filled in), a new fracture recorded with its own onset and levels, and what was accepted at
the last visit confirmed as current treatment."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtWidgets import QApplication, QCheckBox

from desktop.engine.case.history import Decision
from desktop.ui.follow_up_boxes import NewFractureBox, TreatmentsBox
from desktop.ui.main_window import MainWindow
from ui.driver import TODAY, Driver, click, screenshot

WEEK_5 = date(2026, 12, 23)  # day 35 of the standard case (onset 2026-11-18)


def first_visit(window: MainWindow, tmp_path: Path, accept: tuple[str, ...] = ()) -> Path:
    """The standard acute case entered by hand and saved, with `accept` accepted at this visit."""
    Driver(window).enter_case(onset="2026-11-18", levels=["L3"], pain={"pain.nrs": "7"})
    for item in accept:
        window.document.set_decision(item, Decision(item, "accepted", "", "", TODAY))
    path = tmp_path / "case.yaml"
    assert window.save_as(str(path))
    return path


def reopen(qtbot: Any, window: MainWindow, path: Path, today: date = WEEK_5) -> tuple[MainWindow, Driver]:
    again = MainWindow(window.pack, window.pack.profiles["default"], today=today)
    qtbot.addWidget(again)
    again.show()
    assert again.open_case(str(path))
    assert again.document.follow_up
    return again, Driver(again)


def box(window: MainWindow, kind: type) -> Any:
    found = [b for b in window.wizard.currentPage().offers if isinstance(b, kind)]
    assert len(found) == 1
    return found[0]


def test_pain_is_asked_afresh_with_the_last_value_beside_it(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    again, driver = reopen(qtbot, window, first_visit(window, tmp_path))
    assert not again.wizard.currentPage().computed.isVisible()  # age and sex not asked: no CrCl line here
    driver.next("fracture")
    driver.next("pain")
    nrs = driver.field("pain.nrs")
    assert nrs.value() is None  # not pre-filled with last visit's 7
    assert nrs.hint.isVisible()
    assert nrs.hint.text() == "At the last visit: 7"
    assert "Pain (NRS)" in again.wizard.currentPage().needed.text()
    assert not driver.wizard.button(driver.wizard.WizardButton.NextButton).isEnabled()
    driver.answer("pain", {"pain.nrs": "3", "pain.persistent": "Yes"})
    screenshot(again, "follow_up_pain_afresh")
    driver.next("safety")
    assert again.save()
    visit = yaml.safe_load(Path(again.document.path).read_text())["visits"][-1]
    assert {c["field"]: (c["from"], c["to"]) for c in visit["changed"]}["pain.nrs"] == (7, 3)


def test_a_new_fracture_is_recorded_with_its_own_onset_and_levels(window: MainWindow, qtbot: Any,
                                                                   tmp_path: Path) -> None:
    again, driver = reopen(qtbot, window, first_visit(window, tmp_path))
    assert not again.wizard.currentPage().fields["onset_date"].isVisible()  # known: not asked again
    tick = box(again, NewFractureBox).tick
    assert tick.isVisible()
    click(tick)
    onset = driver.field("onset_date")  # asked again, empty, the earlier onset beside it
    assert onset.value() is None
    assert onset.hint.text() == "At the last visit: 18 Nov 2026"
    driver.type("onset_date", "2026-12-20")  # day 3 of the new fracture
    driver.next("fracture")
    levels = driver.field("fracture.levels")
    assert levels.value() is None
    assert levels.hint.text() == "At the last visit: L3"
    driver.tick("fracture.levels", "T12")
    screenshot(again, "follow_up_new_fracture")
    driver.next("pain")
    driver.answer("pain", {"pain.nrs": "8"})
    driver.next("safety")
    driver.next("history")
    assert again.store.answers["history.prior_fragility_fracture"] is True  # the L3 fracture is an earlier one
    driver.next("review")
    driver.finish()
    plan = again.panel.plan
    assert (plan.day, plan.phase) == (3, "acute")  # anchored on the new fracture's onset
    assert plan.item("calcitonin").status == "recommended"  # a new acute phase
    assert plan.item("l2_nerve_root_block") is None or plan.item("l2_nerve_root_block").status != "consider"
    assert plan.item("anabolic_referral").status in ("recommended", "consider")  # an earlier fracture: very high risk
    assert again.save()
    visit = yaml.safe_load(Path(again.document.path).read_text())["visits"][-1]
    changed = {c["field"]: (c["from"], c["to"]) for c in visit["changed"]}
    assert changed["onset_date"] == ("2026-11-18", "2026-12-20")
    assert changed["fracture.levels"] == (["L3"], ["T12"])


def test_unticking_the_new_fracture_brings_the_recorded_one_back(window: MainWindow, qtbot: Any,
                                                                 tmp_path: Path) -> None:
    again, driver = reopen(qtbot, window, first_visit(window, tmp_path))
    before = dict(again.store.answers)
    tick = box(again, NewFractureBox).tick
    click(tick)
    driver.type("onset_date", "2026-12-20")
    click(tick)
    assert not tick.isChecked()
    for qid in ("onset_date", "fracture.levels", "history.prior_fragility_fracture"):
        assert again.store.answers[qid] == before[qid]
    assert not again.wizard.currentPage().fields["onset_date"].isVisible()
    assert again.panel.plan is None or again.panel.plan.day == 35


def test_accepted_treatments_become_current_treatment_once_confirmed(window: MainWindow, qtbot: Any,
                                                                     tmp_path: Path) -> None:
    path = first_visit(window, tmp_path, accept=("calcitonin",))
    again, driver = reopen(qtbot, window, path, today=date(2026, 11, 28))  # day 10
    assert again.store.answers["history.calcitonin_started"] is None  # nothing assumed
    driver.next("fracture")
    driver.next("pain")
    driver.answer("pain", {"pain.nrs": "5"})
    driver.next("safety")
    driver.next("history")
    offered = box(again, TreatmentsBox)
    assert offered.isVisible()
    assert offered.accessibleName() == "Accepted at the last visit (21 Nov 2026): tick what the patient now takes"
    tick: QCheckBox = offered.ticks[0]
    assert (tick.text(), offered.lines[0].text()) == ("Calcitonin, 4-week course", "Calcitonin started: 21 Nov 2026")
    click(tick)
    QApplication.processEvents()
    assert again.store.answers["history.calcitonin_started"] == TODAY
    assert driver.field("history.calcitonin_started").value() == TODAY  # shown in its field
    screenshot(again, "follow_up_accepted_treatment")
    driver.next("review")
    driver.finish()
    calcitonin = again.panel.plan.item("calcitonin")
    assert calcitonin.status == "continue"
    assert calcitonin.end_day == 3 + 28  # 4 weeks from its start on day 3, not from today
    again.wizard.back()
    assert driver.page == "history"
    click(box(again, TreatmentsBox).ticks[0])
    assert again.store.answers["history.calcitonin_started"] is None  # unticked: as it was


def test_a_first_visit_offers_nothing(window: MainWindow) -> None:
    page = window.wizard.currentPage()
    assert not box(window, NewFractureBox).isVisible()
    assert all(field.hint.isHidden() for field in page.fields.values())
