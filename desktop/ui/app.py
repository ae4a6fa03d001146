"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_gui(rules: str | None = None, profile: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("OVCF Pathway")
    window.setCentralWidget(QLabel("OVCF Pathway: the wizard is not built yet."))
    window.show()
    return int(app.exec())
