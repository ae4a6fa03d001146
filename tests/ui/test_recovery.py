"""No answer is lost when the app is killed: the next start offers the draft and restores it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from conftest import REPO

KILLED = -signal.SIGKILL if os.name == "posix" else 1  # the exit status Popen.kill() leaves

HELPER = REPO / "tests" / "ui" / "crash_helper.py"


def start(mode: str, data: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, OVCF_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, str(HELPER), mode], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkill_then_restart_restores_every_answer(tmp_path: Path) -> None:
    with start("type", tmp_path) as app:
        assert app.stdout is not None
        line = app.stdout.readline()
        assert line.strip() == "ready", app.stderr.read() if app.stderr else ""
        drafts = list((tmp_path / "drafts").glob("draft-*.json"))
        assert len(drafts) == 1
        app.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        app.wait(timeout=30)
    assert app.returncode == KILLED

    with start("restore", tmp_path) as again:
        out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    lines = dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)
    assert "closed unexpectedly" in lines["offered"]
    answers = json.loads(lines["answers"])
    assert answers["onset_date"] == "2026-11-02"
    assert answers["patient.age"] == 81
    assert answers["patient.sex"] == "male"
    assert answers["patient.name"] == "Ana Test"
    assert answers["fracture.levels"] == ["L4"]
    assert answers["fracture.neuro_deficit"] is False
    assert answers["fracture.red_flags"] == []
    assert answers["pain.nrs"] == 7
