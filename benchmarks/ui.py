"""UI speed, each against a bare PySide6 window measured in the same run.

1. Answer change to repainted timeline (median, p99): change the pain score in the wizard's
   real field, let the plan recompute, repaint the timeline synchronously. Baseline: set a
   label's text in a bare window and repaint it. Target: under 16 ms per update. Also counted:
   full plans and timeline layouts per typed answer (target: 1 each), and the fact derivations
   and validations of the answers, those of the wizard's routing and page checks apart from the
   case check and the plan's own (target: 1 each in the wizard).
2. Launch to first wizard page painted: paired cold starts of a new process, the app and then
   the baseline in each pair (so both see the same machine load), the median of each. Baseline:
   a bare PySide6 QMainWindow with a label, started and painted the same way. Target: within
   1.5x the bare window. The app's data folder is a fresh one, started once before the timed
   runs (as every start after a user's first: the rule pack's parse cache and the bytecode are then
   written).

    python benchmarks/ui.py [--startup-only] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("hello")
window.setCentralWidget(label)
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("first-page-painted", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False
probe = Probe()
label.installEventFilter(probe)
window.show()
app.exec()
"""


def cold_start(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its first page painted."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.strip() == "first-page-painted":
            elapsed = time.perf_counter() - start
            break
    proc.wait(timeout=60)
    assert elapsed is not None, f"{argv[:3]} never painted its first page"
    return elapsed


def paired_cold_starts(runs: int) -> tuple[list[float], list[float]]:
    """The app's and the bare window's start-up times, measured in `runs` pairs."""
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OVCF_STARTUP_PROBE="1", OVCF_DATA_DIR=data)
        # the first start writes the bytecode too, as a user's does (else every module edited since
        # the last write would be compiled again at every timed start)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        app_argv, bare_argv = [sys.executable, "-m", "desktop"], [sys.executable, "-c", BARE]
        cold_start(app_argv, env)  # a user's first start: settings, data folder and parse cache written
        cold_start(bare_argv, env)
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(cold_start(app_argv, env))
            bare_times.append(cold_start(bare_argv, env))
    return app_times, bare_times


def p99(values: list[float]) -> float:
    return sorted(values)[max(int(len(values) * 0.99) - 1, 0)]


def counted_work(window: object, type_answer: Callable[[int], None], answers: int) -> dict[str, float]:
    """Plans, timeline layouts, fact derivations and validations per typed answer."""
    import desktop
    from desktop.ui.timeline import TimelineWidget

    planner, router = window.planner, window.router  # type: ignore[attr-defined]
    counts = dict.fromkeys(("plans", "layouts", "fact derivations", "validations", "wizard derivations",
                            "wizard validations"), 0)
    patched: list[tuple[object, str, object]] = []
    wizard = {sys.modules[type(router).__module__].__file__, sys.modules[type(window.wizard).__module__].__file__}  # type: ignore[attr-defined]

    def wrap(owner: object, name: str, what: str) -> None:
        original = getattr(owner, name)

        def counted(*args: object, **kwargs: object) -> object:
            counts[what] += 1
            caller = sys._getframe(1).f_code.co_filename
            if what in ("fact derivations", "validations") and caller in wizard:
                counts["wizard " + what.split()[-1]] += 1  # asked by the router (wizard pages, routing)
            return original(*args, **kwargs)

        patched.append((owner, name, original))
        setattr(owner, name, counted)

    wrap(type(planner), "plan", "plans")
    wrap(TimelineWidget, "set_plan", "layouts")
    wrap(type(planner.derive), "__call__", "fact derivations")  # every derivation (derive_facts too) runs this
    wrap(type(router), "valid_answers", "validations")  # the wizard's and routing's own checks
    engine = [m for name, m in list(sys.modules.items()) if name.startswith(desktop.__name__) and m is not None]
    original = next(m.validate_answers for m in engine if callable(getattr(m, "validate_answers", None)))
    for module in engine:
        if getattr(module, "validate_answers", None) is original:
            wrap(module, "validate_answers", "validations")  # the case check before a plan
    try:
        for i in range(answers):
            type_answer(i)
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)
    return {what: n / answers for what, n in counts.items()}


def repaint_times(updates: int) -> tuple[list[float], list[float], dict[str, float]]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from desktop import paths
    from desktop.engine import load_rule_pack, validate_case
    from desktop.ui.fields import TextField
    from desktop.ui.main_window import MainWindow
    from desktop.ui.wizard import QuestionPage

    app = QApplication.instance() or QApplication([])
    pack = load_rule_pack(paths.rules_dir())
    window = MainWindow(pack, pack.profiles[pack.default_profile], today=date(2026, 11, 21))
    window.resize(1400, 900)
    window.show()
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import case_data

    today = date(2026, 11, 21)
    case = validate_case(pack, case_data(**{"fracture.levels": ["L3"]}), window.planner.params, today=today)
    window.store.replace(case.answers)
    window.wizard.reload()
    for _ in range(2):
        window.wizard.next()
    page = window.wizard.currentPage()
    assert isinstance(page, QuestionPage)
    field = page.fields["pain.nrs"]
    assert isinstance(field, TextField)
    viewport = window.panel.timeline_scroll.viewport()
    app.processEvents()
    work = counted_work(window, lambda i: field.edit.setText(str(5 if i % 2 else 8)), 20)  # ends at 5
    ours = []
    for i in range(updates):
        start = time.perf_counter()
        field.edit.setText(str(8 if i % 2 else 5))  # as typed: store, plan, every view updated
        viewport.repaint()  # the visible timeline, painted now rather than at the next event loop turn
        ours.append(time.perf_counter() - start)
    plan = window.panel.plan
    assert plan is not None
    assert (plan.item("opioid") is not None) == (updates % 2 == 0)
    bare = QMainWindow()
    label = QLabel("5")
    bare.setCentralWidget(label)
    bare.resize(1400, 900)
    bare.show()
    app.processEvents()
    base = []
    for i in range(updates):
        start = time.perf_counter()
        label.setText(str(8 if i % 2 else 5))
        label.repaint()
        base.append(time.perf_counter() - start)
    return ours, base, work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--startup-only", action="store_true", help="only the launch benchmark")
    parser.add_argument("--runs", type=int, default=11, help="paired cold starts (default 11)")
    options = parser.parse_args()
    # Users run precompiled bytecode (the bundle ships it); do not time source compilation.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True)
    if not options.startup_only:
        answer_changes()
    startup(options.runs)


def answer_changes() -> None:
    ours, base, work = repaint_times(400)
    print("answer change -> repainted timeline (400 updates, 1400x900 window)")
    print(f"  plans per typed answer: {work['plans']:g}, layouts: {work['layouts']:g} (target 1 each)")
    print(f"  fact derivations: {work['fact derivations']:g} ({work['wizard derivations']:g} by the wizard, target 1), "
          f"validations: {work['validations']:g} ({work['wizard validations']:g} by the wizard, target 1)")
    for name, times, note in (("app", ours, "target < 16 ms"), ("baseline", base, "bare window label")):
        median, worst = statistics.median(times) * 1e3, p99(times) * 1e3
        print(f"  {name + ':':10}median {median:6.2f} ms   p99 {worst:6.2f} ms   ({note})")


def startup(runs: int) -> None:
    app_times, bare_times = paired_cold_starts(runs)
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    pair_ratio = statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True))
    print(f"launch -> first wizard page painted ({runs} paired cold starts)")
    print(f"  app:      median {app_median * 1e3:7.0f} ms")
    print(f"  baseline: median {bare_median * 1e3:7.0f} ms (bare PySide6 window)")
    print(f"  ratio: {app_median / bare_median:.2f} (median of the pairs' ratios {pair_ratio:.2f}; target <= 1.5)")


if __name__ == "__main__":
    main()
