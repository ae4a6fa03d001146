"""Runs the real app for the SIGKILL recovery test (tests/ui/test_recovery.py).

    python crash_helper.py type [NAME]  answer questions (patient NAME, default "Ana Test")
                                     through the widgets, say "ready", wait
    python crash_helper.py restore   start again, press Restore on the offer, print the answers

OVCF_DATA_DIR points both runs at the same data folder.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.app import run_gui
from desktop.ui.main_window import MainWindow


def window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def click(button) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, button.height() // 2))


def type_answers(name: str = "Ana Test") -> None:
    main = window()
    page = main.wizard.currentPage()
    QTest.keyClicks(page.fields["onset_date"].edit, "2026-11-02")
    QTest.keyClicks(page.fields["patient.age"].edit, "81")
    click(page.fields["patient.sex"].buttons[1])
    QTest.keyClicks(page.fields["patient.name"].edit, name)
    main.wizard.next()
    page = main.wizard.currentPage()
    click(page.fields["fracture.levels"].boxes["L4"])
    click(page.fields["fracture.neuro_deficit"].buttons[1])
    click(page.fields["fracture.red_flags"].none)
    main.wizard.next()
    page = main.wizard.currentPage()
    QTest.keyClicks(page.fields["pain.nrs"].edit, "7")
    QTimer.singleShot(600, lambda: print("ready", flush=True))  # autosave has run by then


def restore_and_report() -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, restore_and_report)
        return
    print("offered:", box.text(), flush=True)
    restore = next(b for b in box.buttons() if b.text().replace("&", "") == "Restore")
    restore.click()
    QTimer.singleShot(100, report)


def report() -> None:
    answers = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in window().store.answers.items()}
    print("answers:", json.dumps(answers), flush=True)
    os._exit(0)  # done: no closing prompts


if __name__ == "__main__":
    app = QApplication(sys.argv)
    if sys.argv[1] == "type":
        QTimer.singleShot(200, lambda: type_answers(*sys.argv[2:3]))
    else:
        QTimer.singleShot(200, restore_and_report)
    sys.exit(run_gui())
