"""The timeline redrawn for reading: labels never covered, decisions as decision windows,
urgent items first, the first 12 weeks at a keystroke."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from conftest import case_data
from desktop.engine import validate_case
from desktop.ui import theme
from ui.driver import TODAY, screenshot

CASES = {
    "acute_l3": {"fracture.levels": ["L3"], "onset_date": "2026-11-18", "pain.nrs": 7},
    "subacute_l3": {"fracture.levels": ["L3"], "onset_date": "2026-10-12", "pain.persistent": True},
    "neuro_deficit": {"fracture.neuro_deficit": True},
    "denosumab_overdue": {"history.antiresorptive": "denosumab", "history.antiresorptive_since": "2024-01-10",
                          "history.last_denosumab_dose": "2026-04-20"},
}


def load(window: Any, changes: dict[str, Any]) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()
    QApplication.processEvents()


@pytest.mark.parametrize("zoom", ["fit", "first 12 weeks"])
@pytest.mark.parametrize("name", list(CASES))
def test_no_label_is_covered_by_a_marker_the_today_line_or_another_label(window: Any, name: str, zoom: str) -> None:
    load(window, CASES[name])
    if zoom != "fit":
        window.show_first_weeks(12)
    timeline = window.panel.timeline
    ids = [r.item.id for r in timeline.rows if r.item]
    labels = {i: timeline.label_rect(i) for i in ids}
    markers = [timeline.marker_rect(i) for i in ids]
    for item_id, box in labels.items():
        assert box is not None
        for marker in markers:
            assert marker is not None
            assert not box.intersects(marker), f"{item_id}'s label under a marker"
        for other, other_box in labels.items():
            assert other == item_id or not box.intersects(other_box), f"{item_id} and {other} overlap"
    # drawn on its own backing: no pixel of the today line inside any label
    image = timeline.grab().toImage()
    today = QColor(theme.current.today)
    k = timeline.k
    x = timeline.today_x()
    for item_id, box in labels.items():
        if box.left() <= x <= box.right():
            for y in range(int(box.top() * k) + 1, int(box.bottom() * k) - 1):
                assert image.pixelColor(round(x * k), y) != today, f"the today line crosses {item_id}'s label"
    screenshot(window, f"timeline_reading_{name}_{zoom.replace(' ', '_')}")


def test_a_later_decision_is_drawn_as_its_window_not_as_a_year_long_bar(window: Any) -> None:
    load(window, CASES["acute_l3"])
    timeline, plan = window.panel.timeline, window.panel.plan
    block = plan.item("l2_nerve_root_block")
    assert block.status == "conditional"
    assert block.end_day is None  # the plan's window is open: the drawing shows the decision window
    rect = timeline.bar_rect("l2_nerve_root_block")
    next_point = min(p.day for p in plan.decision_points if p.day > block.start_day)
    assert rect.right() == pytest.approx(timeline.scale.x(next_point))
    assert rect.right() < timeline.scale.x(200)


def test_an_urgent_item_is_the_first_row(window: Any) -> None:
    load(window, CASES["neuro_deficit"])
    first = next(r for r in window.panel.timeline.rows if r.item)
    assert first.item.id == "urgent_spine_referral"


def test_the_first_12_weeks_fill_the_view(window: Any) -> None:
    load(window, CASES["acute_l3"])
    timeline = window.panel.timeline
    window.show_first_weeks(12)
    QApplication.processEvents()
    visible = window.panel.timeline_scroll.viewport().width() / timeline.k
    assert timeline.scale.x(84) <= visible
    assert timeline.scale.x(84) > 0.8 * visible  # 12 weeks take most of the width
    assert window.panel.timeline_scroll.horizontalScrollBar().value() == 0
    screenshot(window, "timeline_first_12_weeks")


def test_the_phase_and_date_header_stays_at_the_top_when_the_rows_scroll(window: Any) -> None:
    load(window, CASES["acute_l3"])
    window.resize(1400, 700)  # fewer rows fit: the timeline scrolls
    QApplication.processEvents()
    scroll, timeline = window.panel.timeline_scroll, window.panel.timeline
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 100
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert timeline.header_top() == pytest.approx(bar.value() / timeline.k, abs=1)
    image = timeline.grab().toImage()
    x = timeline.scale.x(10) * timeline.k  # inside the acute phase, away from every line
    y = (timeline.header_top() + 8) * timeline.k  # the phase names' band, at the visible top
    acute = QColor(theme.current.phase_bands[0])
    assert image.pixelColor(round(x), round(y)) == acute
    screenshot(window, "timeline_header_pinned")
