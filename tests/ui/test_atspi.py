"""The timeline through the real accessibility bus (AT-SPI, what Orca reads), under Xvfb:
every item of the plan is reachable by a screen reader with its name, status and dates.

Needs Debian's xvfb, at-spi2-core, python3-pyatspi and dbus (installed by scripts/run-tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"


def read_app(tmp_path: Path) -> list[dict[str, Any]]:
    """Start the app under its own X display and session bus, and read it as a screen reader."""
    script = f"""
set -e
Xvfb :93 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb $app 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X93 ] && break; sleep 0.1; done
export DISPLAY=:93 QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
{BUS_LAUNCHER} --launch-immediately >/dev/null 2>&1 &
sleep 1
{sys.executable} {HERE / 'atspi_app.py'} > {tmp_path / 'app.out'} 2> {tmp_path / 'app.err'} &
app=$!
for _ in $(seq 300); do grep -q ready {tmp_path / 'app.out'} 2>/dev/null && break; sleep 0.1; done
grep -q ready {tmp_path / 'app.out'} || {{ cat {tmp_path / 'app.err'} >&2; exit 3; }}
{SYSTEM_PYTHON} {HERE / 'atspi_probe.py'} "OVCF Pathway"
"""
    env = dict(os.environ, OVCF_DATA_DIR=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)
    started = time.monotonic()
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, f"{done.returncode} after {time.monotonic() - started:.0f} s: {done.stderr[-2000:]}"
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_a_screen_reader_reaches_every_timeline_item_with_its_status_and_dates(tmp_path: Path) -> None:
    nodes = read_app(tmp_path)
    lists = [i for i, n in enumerate(nodes) if n["role"] == "list" and n["name"] == "Plan items, as a list"]
    assert len(lists) == 1, [n for n in nodes if n["role"] == "list"]
    start = lists[0]
    depth = nodes[start]["depth"]
    items = []
    for node in nodes[start + 1:]:
        if node["depth"] <= depth:
            break
        if node["role"] == "list item":
            items.append(node["name"])
    assert len(items) >= 15
    calcitonin = next(n for n in items if n.startswith("Calcitonin, 4-week course"))
    assert calcitonin.startswith("Calcitonin, 4-week course · Recommended · ")
    assert "19 Dec 2026" in calcitonin
    assert any(n.startswith("Vertebroplasty · Not recommended") for n in items)
    # and the rest of the window is named too: the timeline, This visit, the details
    names = {n["name"] for n in nodes}
    assert {"Treatment timeline", "This visit", "Details of the selected item"} <= names
