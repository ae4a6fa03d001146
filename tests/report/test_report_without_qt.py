"""The report layer and the case session are pure Python: with Qt unimportable, a plan is
worded for every medium and a case is opened, edited, autosaved and saved."""

from __future__ import annotations

import subprocess
import sys

from engine.test_engine_boundary import BLOCK_QT

from conftest import REPO

SESSION = """
from datetime import date
from pathlib import Path
from desktop import paths
from desktop.engine import Planner, load_rule_pack
from desktop.engine.case.routing import Router, default_answers
from desktop.report.plan_text import plan_to_text
from desktop.report.summary_html import summary_html
from desktop.report.words import ENGLISH
from desktop.session.case_session import CaseSession

class Store:
    def __init__(self, answers):
        self.answers = dict(answers)
    def replace(self, answers):
        self.answers = dict(answers)

class Drafts:
    written = []
    def write(self, state):
        self.written.append(state)
    def clear(self):
        pass
    def release(self):
        pass

class Timer:
    started = []
    def start(self, ms):
        self.started.append(ms)
    def stop(self):
        pass

pack = load_rule_pack(paths.rules_dir())
planner = Planner(pack, pack.profiles["default"])
router = Router(pack, planner.params)
today = date(2026, 11, 21)
store, drafts, timer = Store(default_answers(router, today)), Drafts(), Timer()
session = CaseSession(planner, router, store, drafts, today, timer)
changes = []
session.on_change.append(lambda: changes.append(session.dirty))
session.open("examples/acute_l3.yaml")
case = session.current()
plan = session.plan(case)
assert session.plan(case) is plan, "planned once per case"
print(plan.item("calcitonin").status_label)
store.answers["pain.nrs"] = 3
session.mark_dirty()
assert timer.started == [200], timer.started
session.autosave()
assert drafts.written[-1]["answers"]["pain.nrs"] == 3
out = Path(sys.argv[1])
session.save(out)
assert not session.dirty and changes[-1] is False
assert "nrs: 3" in out.read_text(encoding="utf-8")
text = plan_to_text(session.plan(session.current()), pack.catalog.msg)
html = summary_html(session.plan(session.current()), {}, [], today, ENGLISH)
assert "RECOMMENDED: Calcitonin" in text and "2026-11-21" in html
assert "PySide6" not in sys.modules
print("saved")
"""


def test_report_and_session_work_with_qt_unimportable(tmp_path: object) -> None:
    code = BLOCK_QT + "import sys\n" + SESSION
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path) + "/case.yaml"], cwd=REPO,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Recommended", "saved"]
