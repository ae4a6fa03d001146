"""The offline bundle against a minimal PySide6 "hello" window frozen with the same PyInstaller
(default options) in the same run: size on disk and as an archive, cold start to the first
wizard page painted, and peak memory.

Targets (issue 4): archive and unpacked size at most 0.8x the hello bundle; start-up at most
1.3x; peak memory at most 1.5x. Needs dist/ovcf-pathway (scripts/build-bundle) and .venv-build.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELLO = """
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


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive_size(folder: Path, out: Path) -> int:
    with tarfile.open(out, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return out.stat().st_size


def run_once(executable: Path, data: Path) -> tuple[float, float]:
    """Seconds to the first painted page, and the process's peak resident memory in MB."""
    env = {"HOME": str(data), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "OVCF_STARTUP_PROBE": "1", "OVCF_DATA_DIR": str(data)}
    start = time.perf_counter()
    proc = subprocess.Popen([str(executable)], env=env, cwd=data, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    elapsed = float("nan")
    for line in proc.stdout:
        if line.strip() == "first-page-painted":
            elapsed = time.perf_counter() - start
            break
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    proc.stdout.close()
    return elapsed, usage.ru_maxrss / 1024.0


def main() -> None:
    ours = ROOT / "dist" / "ovcf-pathway"
    pyinstaller = ROOT / ".venv-build" / "bin" / "pyinstaller"
    if not ours.is_dir() or not pyinstaller.exists():
        sys.exit("build the bundle first: scripts/build-bundle")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "hello.py").write_text(HELLO, encoding="utf-8")
        subprocess.run([str(pyinstaller), "--noconfirm", "--onedir", "--log-level", "ERROR", "--distpath",
                        str(work / "dist"), "--workpath", str(work / "build"), "--specpath", str(work),
                        str(work / "hello.py")], check=True)
        hello = work / "dist" / "hello"
        rows = []
        size_ours, size_hello = folder_size(ours), folder_size(hello)
        rows.append(("unpacked size", f"{size_ours / 1e6:.1f} MB", f"{size_hello / 1e6:.1f} MB",
                     size_ours / size_hello, 0.8))
        arch_ours, arch_hello = archive_size(ours, work / "ours.tar.gz"), archive_size(hello, work / "hello.tar.gz")
        rows.append(("archive (tar.gz)", f"{arch_ours / 1e6:.1f} MB", f"{arch_hello / 1e6:.1f} MB",
                     arch_ours / arch_hello, 0.8))
        runs = 7
        ours_runs = [run_once(ours / "ovcf-pathway", work) for _ in range(runs)]
        hello_runs = [run_once(hello / "hello", work) for _ in range(runs)]
        start_ours = statistics.median(t for t, _ in ours_runs)
        start_hello = statistics.median(t for t, _ in hello_runs)
        rows.append(("cold start to first page", f"{start_ours * 1e3:.0f} ms", f"{start_hello * 1e3:.0f} ms",
                     start_ours / start_hello, 1.3))
        mem_ours = statistics.median(m for _, m in ours_runs)
        mem_hello = statistics.median(m for _, m in hello_runs)
        rows.append(("peak memory (RSS)", f"{mem_ours:.0f} MB", f"{mem_hello:.0f} MB", mem_ours / mem_hello, 1.5))
    print(f"{'measure':26} {'OVCF Pathway':>14} {'hello bundle':>14} {'ratio':>7} {'target':>7}")
    for name, a, b, ratio, target in rows:
        verdict = "ok" if ratio <= target else "MISSED"
        print(f"{name:26} {a:>14} {b:>14} {ratio:7.2f} {'<= ' + str(target):>7}  {verdict}")
    print(f"(medians of {runs} cold starts each, offscreen)")


if __name__ == "__main__":
    main()
