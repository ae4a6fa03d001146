"""How much work one change costs: one plan and one timeline layout per typed answer, one
validation per file opened, no new plan for an export of the plan on screen."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.engine import Planner
from desktop.engine.case.routing import Router
from desktop.engine.pack.facts import FactDeriver
from desktop.ui import dialogs as ui_dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.timeline import TimelineWidget
from ui.driver import Driver


class Calls(Counter[str]):
    """Counts calls of engine functions wherever they are looked up (a module attribute that
    is the function itself), and of methods on their class."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        super().__init__()
        self.monkeypatch = monkeypatch

    def _counted(self, name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self[name] += 1
            return original(*args, **kwargs)

        return counted

    def function(self, name: str) -> None:
        """Every module holding the engine's `name` (by identity) gets the counting wrapper."""
        from desktop import engine

        original = getattr(engine, name, None)
        holders = [m for m in list(sys.modules.values()) if m is not None and m.__name__.startswith("desktop")]
        if original is None:  # not exported at the top: find it by name in the engine's modules
            original = next(getattr(m, name) for m in holders if callable(getattr(m, name, None)))
        wrapper = self._counted(name, original)
        for module in holders:
            if getattr(module, name, None) is original:
                self.monkeypatch.setattr(module, name, wrapper)

    def method(self, cls: type, name: str, label: str) -> None:
        self.monkeypatch.setattr(cls, name, self._counted(label, getattr(cls, name)))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    counted = Calls(monkeypatch)
    counted.method(Planner, "plan", "plan")
    counted.method(TimelineWidget, "set_plan", "layout")
    for name in ("derive_facts", "validate_answers", "validate_case"):
        counted.function(name)
    return counted


def planned(window: MainWindow) -> Driver:
    driver = Driver(window)
    driver.enter_case("2026-11-01", ["L2"])
    assert window.panel.plan is not None
    return driver


def to_pain_page(driver: Driver) -> None:
    wizard = driver.wizard
    while driver.page != "pain":
        wizard.back()
    QApplication.processEvents()


def test_one_typed_answer_plans_once_and_lays_out_once(window: MainWindow, calls: Calls) -> None:
    driver = planned(window)
    to_pain_page(driver)
    calls.clear()
    driver.type("pain.nrs", "8")  # one keystroke: the field held "5"
    QApplication.processEvents()
    assert window.store.answers["pain.nrs"] == 8
    assert calls["plan"] == 1, dict(calls)
    assert calls["layout"] == 1, dict(calls)
    assert calls["validate_answers"] == 1, dict(calls)
    assert window.document.dirty
    assert window.isWindowModified()


def count_wizard_work(window: MainWindow, calls: Calls) -> None:
    """The wizard's own reading of the answers (its router: page routing, the questions shown,
    what is still needed, completeness), apart from the case check and the plan."""
    router = window.router
    calls.method(Router, "valid_answers", "wizard validation")
    calls.monkeypatch.setattr(router, "derive", calls._counted("wizard derivation", router.derive))
    calls.method(FactDeriver, "__call__", "derivation")  # every derivation: wizard, case check, plan


@pytest.mark.parametrize("keys", ["8", "10"])
def test_each_keystroke_reads_the_answers_once_in_the_wizard(window: MainWindow, calls: Calls, keys: str) -> None:
    driver = planned(window)
    to_pain_page(driver)
    count_wizard_work(window, calls)
    calls.clear()
    driver.type("pain.nrs", keys)  # each keystroke is a new answer: "1" then "10"
    QApplication.processEvents()
    assert window.store.answers["pain.nrs"] == int(keys)
    typed = len(keys)
    assert calls["wizard validation"] == typed, dict(calls)
    assert calls["wizard derivation"] == typed, dict(calls)
    assert calls["validate_answers"] == typed, dict(calls)  # the case check, once per answer
    assert calls["plan"] == typed, dict(calls)
    # the wizard's and the case check's; the plan uses the facts the case check derived
    assert calls["derivation"] == 2 * typed, dict(calls)
    assert window.wizard.currentPage().isComplete()  # asked again, nothing new to read
    assert calls["wizard validation"] == typed, dict(calls)


def test_a_decision_is_shown_without_a_new_plan(window: MainWindow, calls: Calls) -> None:
    from desktop.engine.case.history import Decision

    planned(window)
    calls.clear()
    item = window.panel.plan.items[0].id  # type: ignore[union-attr]
    window.document.set_decision(item, Decision(item, "declined", "patient_preference", "", window.today))
    assert calls["plan"] == 0, dict(calls)  # the answers did not change: neither did the plan
    assert calls["layout"] == 1, dict(calls)
    assert window.panel.timeline.decisions == {item: "declined"}


def test_opening_a_file_validates_it_once_and_export_does_not_replan(
    window: MainWindow, calls: Calls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned(window)
    path = tmp_path / "case.yaml"
    assert window.save_as(str(path))
    monkeypatch.setattr(ui_dialogs, "open_path", lambda *_args: str(path))
    calls.clear()
    assert window.open_case()
    assert calls["validate_case"] == 1, dict(calls)
    assert calls["validate_answers"] == 1, dict(calls)  # the one inside validate_case
    assert calls["plan"] == 1, dict(calls)
    assert window.panel.plan is not None
    calls.clear()
    assert window.export_pdf("summary", str(tmp_path / "summary.pdf"))
    assert calls["plan"] == 0, dict(calls)
    assert (tmp_path / "summary.pdf").stat().st_size > 0
