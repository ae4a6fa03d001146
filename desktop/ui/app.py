"""Start the desktop app. A broken rule pack is shown as an error, never as a plan."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import paths
from desktop.engine import RulePackError, RulePackErrors, load_rule_pack
from desktop.engine.read_profile import resolve_profile

from .drafts import DraftStore
from .main_window import MainWindow


def run_gui(rules: str | None = None, profile: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("OVCF Pathway")
    app.setOrganizationName("OVCF Pathway")
    try:
        pack = load_rule_pack(rules or paths.rules_dir())
        chosen = resolve_profile(pack, profile)
    except (RulePackErrors, RulePackError) as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "OVCF Pathway: rule pack refused",
                          "The clinical rule pack is invalid, so no plan can be shown.")
        box.setDetailedText(str(exc))
        box.setInformativeText(str(exc).splitlines()[0] if str(exc) else "")
        box.exec()
        print(f"ovcf-pathway: {exc}", file=sys.stderr)
        return 3
    window = MainWindow(pack, chosen, drafts=DraftStore())
    if os.environ.get("OVCF_STARTUP_PROBE"):
        report_first_paint(window.wizard.page(window.wizard.startId()), app)
    window.show()
    window.offer_restore()
    return int(app.exec())


class _FirstPaint(QObject):
    """For benchmarks/ui.py: say when the first wizard page has been painted, then quit."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print("first-page-painted", flush=True)
            QTimer.singleShot(0, self.app.quit)
            watched.removeEventFilter(self)
        return False


def report_first_paint(widget: QObject, app: QApplication) -> None:
    probe = _FirstPaint(app)
    probe.setParent(app)
    widget.installEventFilter(probe)
