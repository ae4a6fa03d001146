"""Runs the real app on an X display with accessibility on, for tests/ui/test_atspi.py:
starts it as a clinician does (run_gui's launch), shows the plan of a standard acute case,
says "ready" and waits to be read through AT-SPI (what Orca reads)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.engine import validate_case
from desktop.ui.app import launch


def main() -> int:
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb")
    from conftest import case_data  # it sets the offscreen platform: the real display is wanted here

    os.environ["QT_QPA_PLATFORM"] = platform
    app = QApplication(sys.argv)
    session = launch(sys.argv[1] if len(sys.argv) > 1 else None)  # a rule pack folder, else the shipped one
    assert not isinstance(session, int), "the app did not start"
    window = session.window_now()
    window.resize(1600, 1000)
    case = validate_case(window.pack, case_data(**{"fracture.levels": ["L3"], "pain.nrs": 7}),
                         window.planner.params, today=window.today)
    window.store.replace(case.answers)
    window.wizard.reload()
    window.show_plan()
    shown = window.document.current()
    assert not isinstance(shown, list), f"no plan: still needed {shown}"
    QTimer.singleShot(300, lambda: print("ready", flush=True))
    QTimer.singleShot(60_000, app.quit)  # never left running
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
