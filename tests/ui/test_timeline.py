"""The timeline shows exactly the engine's plan, drawn where the dates say, by status."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from conftest import case_data
from desktop.cli import main
from desktop.engine import validate_case
from desktop.ui import theme
from desktop.ui.status_style import STYLES
from desktop.ui.timeline_scale import drawn_end
from ui.driver import TODAY, screenshot

CASES = {
    "acute_l1": {"onset_date": "2026-11-19"},
    "subacute_l3_persistent": {"onset_date": "2026-10-12", "fracture.levels": ["L3"], "pain.persistent": True},
    "on_denosumab_egfr28": {
        "safety.egfr": 28,
        "history.antiresorptive": "denosumab",
        "history.antiresorptive_since": "2024-01-10",
        "history.last_denosumab_dose": "2026-04-20",
    },
}


def load(window: Any, changes: dict[str, Any]) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()


@pytest.mark.parametrize("name", list(CASES))
def test_timeline_matches_plan_json_item_by_item(
    window: Any, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    changes = CASES[name]
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(case_data(**changes)), encoding="utf-8")
    assert main(["plan", str(path)]) == 0
    cli_items = [
        (i["id"], i["lane"], i["status"], i["start_day"], i["end_day"])
        for i in json.loads(capsys.readouterr().out)["items"]
    ]
    load(window, changes)
    timeline = window.panel.timeline
    drawn = [(r.item.id, r.lane, r.item.status, r.item.start_day, r.item.end_day) for r in timeline.rows if r.item]
    assert sorted(drawn) == sorted(cli_items)
    urgent_lanes = {lane for _id, lane, status, _s, _e in drawn if status == "urgent"}
    lanes_in_order = list(dict.fromkeys(lane for _id, lane, *_rest in drawn))
    assert set(lanes_in_order[:len(urgent_lanes)]) == urgent_lanes  # urgent items at the top
    for item_id, _lane, _status, start, end in drawn:
        rect = timeline.bar_rect(item_id)
        assert rect is not None
        if end is not None and end == start:
            assert abs(rect.center().x() - timeline.scale.x(start)) < 1
        else:
            assert abs(rect.left() - timeline.scale.clamp_x(start)) < 1
            item = window.panel.plan.item(item_id)
            assert abs(rect.right() - timeline.scale.clamp_x(drawn_end(window.panel.plan, item))) < 1 \
                or rect.width() == 6
    screenshot(window, f"timeline_{name}")


def pixel(window: Any, x: float, y: float) -> QColor:
    image = window.panel.timeline.grab().toImage()
    return image.pixelColor(round(x), round(y))


def test_today_line_and_a_recommended_bar_in_their_places(window: Any) -> None:
    load(window, {"onset_date": "2026-10-12"})  # day 40
    timeline = window.panel.timeline
    plan = window.panel.plan
    assert plan.day == 40
    x = timeline.today_x()
    assert x == pytest.approx(timeline.scale.x(40))
    lane_gap_y = next(r.top for r in timeline.rows if r.lane == "rehabilitation") - timeline.LANE_GAP / 2
    assert pixel(window, x, lane_gap_y) == QColor(theme.current.today)
    assert pixel(window, x + 6, lane_gap_y) != QColor(theme.current.today)

    rect = timeline.bar_rect("early_mobilisation")  # recommended, from day 0, ongoing
    assert rect.left() == pytest.approx(timeline.scale.x(0))
    middle = timeline.scale.x(200)
    assert pixel(window, middle, rect.center().y()) == QColor(STYLES["recommended"].colour)
    assert pixel(window, middle, rect.top() - 3) != QColor(STYLES["recommended"].colour)
    arrow_x = rect.right() + 3
    assert pixel(window, arrow_x, rect.center().y()) == QColor(STYLES["recommended"].colour)


def test_statuses_differ_by_shape_and_pattern_not_only_colour() -> None:
    shapes = [(s.marker, s.pattern, s.border) for s in STYLES.values()]
    assert len(set(s.marker for s in STYLES.values())) == len(STYLES)
    assert len(set(shapes)) == len(STYLES)


def test_keyboard_selects_items_and_the_detail_panel_follows(window: Any) -> None:
    load(window, {"onset_date": "2026-11-19"})
    timeline = window.panel.timeline
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    assert timeline.selected == timeline.item_ids()[0] == "paracetamol"  # pathway v2: the first row
    assert "Paracetamol" in window.panel.detail.toPlainText()
    QTest.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected == "calcitonin"
    assert "Calcitonin" in window.panel.detail.toPlainText()
    QTest.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected == "nsaid"
    assert "NSAIDs" in window.panel.detail.toPlainText()
    assert timeline.accessibleDescription().startswith("NSAIDs: Consider. 19 Nov 2026 to 11 Feb 2027")
    QTest.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.selected == timeline.item_ids()[-1]
    QTest.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.selected == "paracetamol"


def test_mouse_selects_an_item(window: Any) -> None:
    load(window, {"onset_date": "2026-11-19"})
    timeline = window.panel.timeline
    rect = timeline.bar_rect("vertebroplasty")
    window.panel.timeline_scroll.ensureVisible(int(rect.left()), int(rect.center().y()))
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(rect.left() + 40), int(rect.center().y())))
    assert timeline.selected == "vertebroplasty"
    text = window.panel.detail.toPlainText()
    assert "Status: Not recommended" in text
    assert "NICE TA279 (2013) makes vertebroplasty an option" in text


def test_zoom_and_fit(window: Any) -> None:
    load(window, {"onset_date": "2026-11-19"})
    timeline = window.panel.timeline
    fitted = timeline.scale.px_per_day
    menu = {a.text(): a for a in window.menuBar().actions()[1].menu().actions()}
    menu["Zoom timeline &in"].trigger()
    assert timeline.scale.px_per_day == pytest.approx(fitted * 1.25)
    assert timeline.width() > window.panel.timeline_scroll.viewport().width()
    menu["&Fit timeline to window"].trigger()
    assert timeline.scale.px_per_day == pytest.approx(fitted)


def test_first_year_is_always_shown_and_decision_points_are_drawn(window: Any) -> None:
    load(window, {"onset_date": "2026-11-19"})
    timeline = window.panel.timeline
    assert timeline.scale.last_day >= 365
    assert [d.short for d in window.panel.plan.decision_points] == ["Day 5", "Week 4", "Referral point", "Month 6", "Month 12"]
    x = timeline.scale.x(365)
    assert pixel(window, x, timeline.rows[-1].top + timeline.ROW + 2) != QColor("#ffffff")


def test_incomplete_answers_say_what_is_missing(window: Any) -> None:
    panel = window.panel
    assert panel.stack.currentIndex() == 0
    text = panel.waiting.text()
    for name in ("Onset", "Age", "Sex", "Fractured levels", "Neurological deficit", "Red flags", "Pain (NRS)"):
        assert f"<li>{name}</li>" in text
