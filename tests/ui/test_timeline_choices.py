"""The antiresorptive choice on screen: one framed block on the timeline (first choice, then
"or" alternatives, then the excluded greyed with their status word), one sentence in the
detail panel, and the clinician may accept an alternative."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from conftest import case_data
from desktop.engine import validate_case
from desktop.ui import theme
from desktop.ui.status_style import STYLES
from ui.driver import TODAY, screenshot

SHOTS = Path("/tmp/v2/shots")  # kept for the reviewer; the test's own folder gets them too


def load(window: Any, changes: dict[str, Any]) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()


def keep(widget: Any, name: str) -> None:
    screenshot(widget, name)
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def bone_rows(window: Any) -> list[Any]:
    return [r for r in window.panel.timeline.rows if r.lane == "bone_health"]


def test_the_choice_is_one_block_under_its_heading(window: Any) -> None:
    load(window, {"onset_date": "2026-11-19"})  # the 74-year-old woman, day 2, default profile
    timeline = window.panel.timeline
    rows = [r for r in bone_rows(window) if r.group == "antiresorptive"]
    assert rows[0].heading == "Long-term antiresorptive (one drug)"
    assert rows[0].item is None
    members = [r.item for r in rows[1:]]
    assert [m.id for m in members] == ["alendronate", "risedronate", "zoledronic_acid", "ibandronate", "denosumab"]
    assert [r.top for r in rows] == [rows[0].top + i * timeline.ROW for i in range(len(rows))], "adjacent rows"
    assert rows[-1].block_end
    assert timeline.label(members[0]) == "First choice: Alendronate (oral bisphosphonate) · Recommended"
    assert timeline.label(members[1]) == "or Risedronate (oral bisphosphonate) · Alternative"
    # an alternative is drawn in its own colour (not the recommended green)
    rect = timeline.bar_rect("risedronate")
    image = timeline.grab().toImage()
    edge = image.pixelColor(round(rect.left() + 30), round(rect.top()))
    assert edge == QColor(STYLES["alternative"].colour)
    assert QColor(STYLES["alternative"].colour) != QColor(STYLES["recommended"].colour)
    # the heading is not selectable: Down goes from the last item before it to the first choice
    # (pathway v2: the block opens the bone-health lane, after the interventions' last row)
    ids = timeline.item_ids()
    assert ids[ids.index("alendronate") - 1] == "vertebroplasty"
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    timeline.select("vertebroplasty")
    QTest.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.selected == "alendronate"
    QTest.keyClick(timeline, Qt.Key.Key_Up)
    assert timeline.selected == "vertebroplasty"
    window.panel.timeline_scroll.ensureVisible(0, int(rows[0].top), 0, 300)
    keep(window.panel.timeline_scroll.viewport(), "timeline_choice_default")


def test_excluded_members_come_last_greyed_with_their_status_word(window: Any) -> None:
    load(window, {"safety.oral_bisphosphonate_unsuitable": True})
    timeline = window.panel.timeline
    members = [r.item for r in bone_rows(window) if r.group == "antiresorptive" and r.item]
    assert [(m.id, m.choice) for m in members] == [
        ("zoledronic_acid", "first"), ("denosumab", "alternative"), ("alendronate", "excluded"),
        ("risedronate", "excluded"), ("ibandronate", "excluded")]
    assert timeline.label(members[2]) == "Alendronate (oral bisphosphonate) · Contraindicated"
    # greyed: the excluded bar's marker is fainter than a first choice's
    image = timeline.grab().toImage()
    first, excluded = timeline.bar_rect("zoledronic_acid"), timeline.bar_rect("alendronate")
    full = image.pixelColor(round(first.left() + 30), round(first.top()))
    faint = image.pixelColor(round(excluded.left() + 30), round(excluded.top()))
    assert full == QColor(STYLES["recommended"].colour)
    assert faint.lightness() > QColor(STYLES["contraindicated"].colour).lightness()
    rows = [r for r in bone_rows(window) if r.group == "antiresorptive"]
    window.panel.timeline_scroll.ensureVisible(0, int(rows[0].top), 0, 300)
    keep(window.panel.timeline_scroll.viewport(), "timeline_choice_oral_unsuitable")


def test_the_detail_panel_says_first_choice_alternatives_and_who_not(window: Any) -> None:
    load(window, {"safety.oral_bisphosphonate_unsuitable": True})
    timeline = window.panel.timeline
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    timeline.select("denosumab")
    text = window.panel.detail.toPlainText()
    assert "Status: Alternative" in text
    assert "First choice: Zoledronic acid" in text
    assert "Alternatives: Denosumab" in text
    assert "Not for this patient: Alendronate (oral bisphosphonate) (Oesophageal disorder" in text
    assert "instead); Risedronate (oral bisphosphonate) (Oesophageal" in text
    assert window.panel.decision_bar.isVisible(), "an alternative can be accepted instead"
    keep(window.panel, "detail_choice_alternative")
    timeline.select(None)
    assert "First choice: Zoledronic acid" in window.panel.detail.toPlainText()  # in the plan notes too


def test_accepting_an_alternative_is_written_on_it(window: Any) -> None:
    load(window, {"onset_date": "2026-11-19"})
    timeline = window.panel.timeline
    timeline.select("zoledronic_acid")
    bar = window.panel.decision_bar
    QTest.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # Accept
    assert bar.current() is not None
    assert bar.current().decision == "accepted"
    item = window.panel.plan.item("zoledronic_acid")
    assert timeline.label(item).endswith("Alternative · ACCEPTED by the clinician")


def test_high_contrast_keeps_the_block_readable(window: Any) -> None:
    previous = theme.current
    theme.current = theme.HIGH_CONTRAST
    try:
        load(window, {"safety.oral_bisphosphonate_unsuitable": True})
        window.panel.timeline.update()
        rows = [r for r in bone_rows(window) if r.group == "antiresorptive"]
        window.panel.timeline_scroll.ensureVisible(0, int(rows[0].top), 0, 300)
        keep(window.panel.timeline_scroll.viewport(), "timeline_choice_high_contrast")
    finally:
        theme.current = previous


def test_no_first_choice_says_so_on_the_timeline(qtbot: Any, pack: Any, dialogs: Any) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(pack, pack.profiles["district_hospital"], today=TODAY)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    load(window, {"safety.egfr": 25})  # no bisphosphonate; neither denosumab nor zoledronic acid here
    (group,) = window.panel.plan.groups
    assert group.first is None
    rows = [r for r in bone_rows(window) if r.group == "antiresorptive"]
    assert all(r.item.choice == "excluded" for r in rows[1:])
    window.panel.timeline_scroll.ensureVisible(0, int(rows[0].top), 0, 300)
    keep(window.panel.timeline_scroll.viewport(), "timeline_choice_none_possible")
