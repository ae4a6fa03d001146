"""The "This visit" box at the top of the plan, and the summary's first section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import case_data
from desktop.engine import validate_case
from desktop.engine.case.history import Decision
from desktop.report.summary_html import summary_html
from desktop.ui import theme
from desktop.ui.i18n import words
from ui.driver import TODAY, screenshot


def show_case(window: Any, **changes: Any) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()
    QApplication.processEvents()


def test_the_plan_opens_with_what_to_do_today_above_the_timeline(window: Any) -> None:
    show_case(window, **{"fracture.levels": ["L3"], "pain.nrs": 7})
    box = window.panel.this_visit
    assert box.isVisible()
    text = box.text.text()
    assert "This visit (day 3)" in text
    assert "Start or continue:" in text
    assert "Paracetamol, regular · Recommended" in text
    assert "Next review: 16 Dec 2026 (day 28): Week 4 review" in text
    # above the timeline, and told to a screen reader in words
    scroll = window.panel.timeline_scroll
    assert box.mapTo(window, box.rect().bottomLeft()).y() < scroll.mapTo(window, scroll.rect().topLeft()).y()
    assert box.text.accessibleName() == "This visit"
    assert "Start or continue: Paracetamol" in box.text.accessibleDescription()
    screenshot(window, "this_visit_acute_l3")


def test_a_line_of_the_box_selects_its_item_in_the_timeline(window: Any) -> None:
    show_case(window, **{"fracture.levels": ["L3"]})
    box = window.panel.this_visit
    box.text.linkActivated.emit("item:calcitonin")
    assert window.panel.timeline.selected == "calcitonin"
    assert "Calcitonin" in window.panel.detail.toPlainText()


def test_the_links_are_reached_with_the_keyboard(window: Any) -> None:
    show_case(window)
    flags = window.panel.this_visit.text.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert window.panel.this_visit.text.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_red_flag_puts_the_urgent_referral_first_in_high_contrast_too(window: Any) -> None:
    theme.use("high_contrast")
    try:
        window.panel.restyle()
        show_case(window, **{"fracture.neuro_deficit": True})
        text = window.panel.this_visit.text.text()
        assert text.index("Urgent today:") < text.index("Start or continue:")
        assert "Urgent spine surgery referral" in text
        assert "border: 2px solid" in window.panel.this_visit.styleSheet()  # outlined, not by colour alone
        screenshot(window, "this_visit_neuro_deficit_high_contrast")
    finally:
        theme.use("normal")


def test_the_summary_starts_with_this_visit_and_leaves_out_what_was_declined(window: Any) -> None:
    show_case(window)
    plan = window.document.plan(window.document.current())
    declined = {"calcitonin": Decision("calcitonin", "declined", "", "", TODAY)}
    html = summary_html(plan, declined, [], TODAY, words())
    section = html[html.index("This visit (day 3)"):html.index("Timeline")]
    assert "Paracetamol, regular · Recommended" in section
    assert "Calcitonin" not in section
    assert html.index("This visit (day 3)") < html.index("Timeline")


def test_a_red_flag_shows_its_alert_and_urgent_item_on_the_plan_side_at_once(window: Any, driver: Any) -> None:
    driver.answer("visit", {"onset_date": "2026-11-19", "patient.age": "71", "patient.sex": "Female"})
    driver.next("fracture")
    panel = window.panel
    assert not panel.early_critical.isVisible()
    driver.answer("fracture", {"fracture.levels": ["L3"], "fracture.neuro_deficit": "Yes"})
    QApplication.processEvents()
    # before the other red flags, pain and the rest are answered: no plan yet, but the red flag's part of it
    assert panel.stack.currentIndex() == 0
    assert panel.early_critical.isVisible()
    assert "Neurological deficit: urgent spine surgery referral" in panel.early_critical.text.text()
    assert "Urgent spine surgery referral · Urgent" in panel.early_urgent.text.text()
    assert "Still needed:" in panel.waiting.text()
    screenshot(window, "red_flag_first")
    driver.choose("fracture.neuro_deficit", "No")
    QApplication.processEvents()
    assert not panel.early_critical.isVisible()
    assert not panel.early_urgent.isVisible()


def test_in_high_contrast_the_critical_banner_cannot_be_taken_for_the_info_strip() -> None:
    theme.use("high_contrast")
    try:
        critical, info = theme.strip_style("critical_alerts"), theme.strip_style("assumptions")
        assert "background: #ffff00" in critical  # inverted: black on yellow
        assert "background: #000000" in info
        assert "border: 5px solid" in critical
        assert "border: 2px solid" in info
    finally:
        theme.use("normal")
