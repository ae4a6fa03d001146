"""Two processes saving to one register at once lose nothing and corrupt nothing; a process
killed (SIGKILL) in the middle of its writes leaves every visit it committed, and a register
that passes `PRAGMA integrity_check`. Real subprocesses on a real file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from desktop.engine import Planner
from desktop.register.store import Register

from .conftest import save

KILLED = -signal.SIGKILL if os.name == "posix" else 1  # the exit status Popen.kill() leaves
WRITER = REPO / "tests" / "register" / "writer.py"


def start(register: Path, name: str, how_many: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WRITER), str(register), name, str(how_many)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def integrity(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        db.close()


def test_two_processes_saving_at_once_keep_every_visit(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite"
    Register.open(path).close()
    n = 40
    writers = [start(path, name, n) for name in ("first", "second")]
    outputs = []
    for writer in writers:
        out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err[-3000:]
        outputs.append([int(line.split()[1]) for line in out.splitlines() if line.startswith("saved ")])
    assert [len(o) for o in outputs] == [n, n]
    assert integrity(path) == "ok"
    with Register.open(path) as register:
        ids = {r[0] for r in register.connection.execute("SELECT id FROM visits")}
        assert ids == set(outputs[0]) | set(outputs[1])
        assert len(ids) == 2 * n
        names = {r[0] for r in register.connection.execute("SELECT name FROM patients")}
        assert names == {f"{who}-{i}" for who in ("first", "second") for i in range(n)}
        who = dict(register.connection.execute("SELECT who, count(*) FROM visits GROUP BY who").fetchall())
        assert who == {"first": n, "second": n}
        from desktop.register import audit

        assert audit.verify(register.connection).first_broken is None  # the chain interleaved, unbroken


def test_sigkill_mid_write_keeps_every_committed_visit(tmp_path: Path, planner: Planner) -> None:
    path = tmp_path / "register.sqlite"
    with Register.open(path) as register:
        before = save(register, planner, **{"patient.name": "Before"})
    writer = start(path, "killed", 0)  # saves until killed
    assert writer.stdout is not None
    committed: list[int] = []
    try:
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read() if writer.stderr else ""
        while len(committed) < 25:
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else ""
            committed.append(int(line.split()[1]))
    finally:
        writer.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: mid-way through a save, most likely
        writer.wait(timeout=30)
        writer.stdout.close()
        if writer.stderr is not None:
            writer.stderr.close()
    assert writer.returncode == KILLED
    assert integrity(path) == "ok"
    with Register.open(path) as register:
        ids = {r[0] for r in register.connection.execute("SELECT id FROM visits")}
        assert {before, *committed} <= ids
        assert integrity(path) == "ok"
        # whatever was not committed left nothing behind: each visit has its patient and due items
        orphans = register.connection.execute(
            "SELECT count(*) FROM visits v LEFT JOIN due d ON d.visit_id = v.id WHERE d.id IS NULL").fetchone()[0]
        assert orphans == 0
        after = save(register, planner, **{"patient.name": "After"})  # still writable
        assert register.visit_text(after)
