"""Every precondition of a drug is on screen, not only the first (rules `every_reason`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ui.test_timeline_choices import keep, load


def test_the_detail_panel_lists_every_precondition(window: Any) -> None:
    load(window, {"safety.calcium_status": "low", "safety.invasive_dental_work_planned": True})
    timeline = window.panel.timeline
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    timeline.select("alendronate")
    text = window.panel.detail.toPlainText()
    assert "Correct calcium and vitamin D first, then start." in text
    assert "Also: Dental review and planned invasive dental work first, then start." in text
    detail = window.panel.detail
    detail.scrollToAnchor("why") if detail.toHtml().count('name="why"') else None
    cursor = detail.document().find("Also: Dental review")
    detail.setTextCursor(cursor)  # the reasons in view for the screenshot
    detail.ensureCursorVisible()
    keep(window.panel, "detail_every_precondition")
