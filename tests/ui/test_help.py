"""Help: the user guide (offline) and the keyboard shortcuts, read off the menus."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from desktop.ui.help_dialogs import HelpDialog, guide_html, shortcut_rows, shortcuts_html
from ui.driver import screenshot


def test_the_help_menu_has_the_guide_the_shortcuts_and_about(window: Any) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    entries = {a.text(): a for a in menu.actions() if a.text()}
    assert set(entries) == {"&User guide", "&Keyboard shortcuts", "&About OVCF Pathway"}
    assert entries["&User guide"].shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_shortcut_list_is_the_menus_own(window: Any) -> None:
    rows = shortcut_rows(window)
    shown = {(entry, keys) for _menu, entry, keys in rows}
    assert ("Save", QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)) in shown
    assert ("Show and go to the questions", "Ctrl+1") in shown
    assert ("Keyboard shortcuts", "Ctrl+/") in shown
    assert any(menu == "File > Paper size" for menu, _e, _k in rows) is False  # paper sizes have no keys
    # every menu entry with a shortcut is listed, and nothing else
    counted = sum(1 for top in window.menuBar().actions() for a in top.menu().actions() if a.shortcuts() and a.isVisible())
    assert len(rows) == counted
    html = shortcuts_html(window)
    assert "Up, Down, Home, End" in html


def test_the_user_guide_is_bundled_and_shown(window: Any, qtbot: Any) -> None:
    html = guide_html()
    assert "OVCF Pathway: user guide" in html
    assert "This visit" in html
    dialog = HelpDialog("User guide", html, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Read the plan" in dialog.text.toPlainText()
    screenshot(dialog, "user_guide")
