"""Writes a PDF as if the disk filled up part-way (a file size limit, RLIMIT_FSIZE), for
tests/ui/test_robustness.py: a PDF writer that reports nothing must still not report success.

    python export_helper.py write_pdf OUT.pdf   printing.write_pdf, then "raised: <strerror>" or "written"
    python export_helper.py gui OUT.pdf         File > Export from the main window, then the error shown
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from datetime import date
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from conftest import case_data
from desktop import paths
from desktop.engine import load_rule_pack, validate_case
from desktop.ui import dialogs
from desktop.ui.main_window import MainWindow
from desktop.ui.printing import summary_document, write_pdf

LIMIT = 40_000  # bytes: the summary is several times larger


def disk_fills_up() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, resource.RLIM_INFINITY))


if __name__ == "__main__":
    app = QApplication(sys.argv)
    pack = load_rule_pack(paths.rules_dir())
    window = MainWindow(pack, pack.profiles[pack.default_profile], today=date(2026, 11, 21))
    case = validate_case(pack, case_data(), window.planner.params, today=date(2026, 11, 21))
    window.store.replace(case.answers)
    mode, target = sys.argv[1], sys.argv[2]
    if mode == "write_pdf":
        document = summary_document(window.planner.plan(case), {}, [], "a4")
        disk_fills_up()
        try:
            write_pdf(document, target, "a4", "summary")
            print("written", flush=True)
        except OSError as exc:
            print(f"raised: {exc.strerror}", flush=True)
    else:
        dialogs.error = lambda _p, title, text, details="": print(f"error: {title}: {text}", flush=True)  # type: ignore[assignment]
        window.build_document("summary")  # draw once before the limit: fonts and caches are loaded
        disk_fills_up()
        print(f"exported: {window.export_pdf('summary', target)}", flush=True)
    os._exit(0)
