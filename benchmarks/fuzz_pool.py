"""Long-lived worker processes for benchmarks/fuzz.py: a segfault or a hang costs one worker
(restarted, the input recorded) instead of the run, and each input is still an in-process
call, so 20,000 inputs take minutes, not the hours of one process per input.

Protocol on the worker's private stdout: READY once; then per input "S" when the reader is
called (the hang clock starts) and one JSON line with the outcome.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fuzz")]
GRACE = 3.0  # seconds a worker past its deadline may take to die on its own
START_TIMEOUT = 120.0  # worker start, and generating one input: a harness problem if exceeded


@dataclass
class Result:
    kind: str
    index: int
    status: str  # accepted | refused | crash | hang
    detail: str = ""
    unnamed: str = ""
    where: str = ""
    trace: str = ""
    seconds: float = 0.0  # inside the worker, reader only
    wall: float = 0.0  # seen from the pool, input sent to result
    how: str = ""
    tags: list[str] = field(default_factory=list)
    hostile: bool = False
    size: int = 0


def worker_main(seed: int, work: Path) -> None:
    """Inside a worker: read `kind index` lines, answer with outcomes."""
    import faulthandler
    from dataclasses import asdict

    from fuzz_checks import Checker
    from fuzz_inputs import make
    from fuzz_seeds import load_seeds

    faulthandler.enable()  # a segfault prints the Python stack into the worker's log
    protocol = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # anything the code under test prints goes to the log, not into the protocol
    seeds = load_seeds(ROOT)
    checker = Checker(work)
    protocol.write("READY\n")
    for line in sys.stdin:
        kind, index = line.split()
        variant = make(seeds, kind, int(index), seed)
        protocol.write("S\n")
        outcome = asdict(checker.run(variant))
        outcome.update(how=variant.how, tags=sorted(variant.tags), hostile=variant.hostile, size=len(variant.data))
        protocol.write(json.dumps(outcome) + "\n")


class Slot:
    """One worker process and the input it is working on."""

    def __init__(self, number: int, seed: int, out: Path, timeout: float) -> None:
        self.number, self.seed, self.out, self.timeout = number, seed, out, timeout
        self.proc: subprocess.Popen[bytes] | None = None
        self.job: tuple[str, int] | None = None
        self.buffer = b""
        self.deadline = 0.0
        self.sent = 0.0
        self.running = False
        self.log_path = out / "work" / f"worker-{number}.log"
        self.work: Path | None = None
        self.spare: tuple[subprocess.Popen[bytes], Path] | None = None
        self.spawned = 0
        self.log_offset = 0
        self.restarts = -1

    def spawn(self) -> tuple[subprocess.Popen[bytes], Path]:
        """A new worker with a work folder of its own (it copies rules/ there while another runs)."""
        self.spawned += 1
        work = self.out / "work" / f"worker-{self.number}-{self.spawned}"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
            proc = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--worker", str(self.seed), str(work)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, env=env,
            )
        return proc, work

    def start(self) -> None:
        """Make the warm spare the worker (a crash costs no start-up time) and warm a new spare."""
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)
        self.proc, self.work = self.spare or self.spawn()
        self.spare = self.spawn()
        self.buffer, self.job, self.running = b"", None, False
        self.deadline = time.monotonic() + START_TIMEOUT
        self.restarts += 1

    @property
    def fd(self) -> int:
        assert self.proc is not None
        assert self.proc.stdout is not None
        return self.proc.stdout.fileno()

    def send(self, job: tuple[str, int]) -> None:
        assert self.proc is not None
        assert self.proc.stdin is not None
        self.job, self.running = job, False
        self.log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        self.sent = time.monotonic()
        self.deadline = self.sent + START_TIMEOUT
        self.proc.stdin.write(f"{job[0]} {job[1]}\n".encode())
        self.proc.stdin.flush()

    def lines(self, data: bytes) -> list[str]:
        self.buffer += data
        *complete, self.buffer = self.buffer.split(b"\n")
        return [line.decode("utf-8", "replace") for line in complete]

    def log_tail(self) -> str:
        try:
            with self.log_path.open("rb") as log:
                log.seek(self.log_offset)
                return log.read()[-4000:].decode("utf-8", "replace")
        except OSError:
            return ""

    def died(self) -> Result:
        """The worker's output ended: it was killed by a signal or exited."""
        assert self.proc is not None
        assert self.job is not None
        code = self.proc.wait()
        what = f"signal {signal.Signals(-code).name}" if code < 0 else f"worker exited with {code}"
        return Result(self.job[0], self.job[1], "crash", f"worker: {what}: the process died",
                      where="(process)", trace=self.log_tail(), wall=time.monotonic() - self.sent)

    def hung(self) -> Result:
        """No answer in time: a hang, unless the worker dies of a signal within a short grace
        (libyaml takes seconds to overflow its stack on 60 KB of brackets: that is a crash)."""
        assert self.proc is not None
        assert self.job is not None
        try:
            self.proc.wait(timeout=GRACE)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            phase = "reading" if self.running else "generating (harness problem)"
            return Result(self.job[0], self.job[1], "hang", f"hang: no answer after {self.timeout:g} s while {phase}",
                          wall=time.monotonic() - self.sent)
        result = self.died()
        result.detail += f" after {result.wall:.1f} s (over the {self.timeout:g} s limit)"
        return result

    def stop(self, spare: bool = False) -> None:
        """End the worker (and, at the end of the run, the spare): close its input, wait."""
        procs = [self.proc] + ([self.spare[0]] if spare and self.spare else [])
        for proc in procs:
            if proc is None:
                continue
            if proc.poll() is None:
                assert proc.stdin is not None
                proc.stdin.close()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for pipe in (proc.stdin, proc.stdout):
                if pipe is not None and not pipe.closed:
                    pipe.close()
        if spare:
            for work in (self.work, self.spare[1] if self.spare else None):
                if work is not None:
                    shutil.rmtree(work, ignore_errors=True)


def run_pool(jobs: Iterable[tuple[str, int]], workers: int, seed: int, out: Path, timeout: float,
             report: Callable[[Result], None]) -> int:
    """Run every job on `workers` processes; `report` gets each result. Returns worker restarts."""
    pending = deque(jobs)
    selector = selectors.DefaultSelector()
    slots = [Slot(n, seed, out, timeout) for n in range(workers)]
    ready: set[int] = set()

    def launch(slot: Slot) -> None:
        slot.start()
        selector.register(slot.fd, selectors.EVENT_READ, slot)

    def replace(slot: Slot) -> None:
        selector.unregister(slot.fd)
        ready.discard(slot.number)
        slot.stop()
        launch(slot)

    def next_job(slot: Slot) -> None:
        if pending:
            slot.send(pending.popleft())
        else:
            slot.job = None

    for slot in slots:
        launch(slot)
    while pending or any(s.job is not None or s.number not in ready for s in slots):
        wait = min(1.0, max(0.0, min(s.deadline for s in slots) - time.monotonic()))
        for key, _ in selector.select(timeout=wait):
            slot = key.data
            data = os.read(slot.fd, 1 << 16)
            if not data:
                if slot.job is None:
                    raise RuntimeError(f"worker {slot.number} could not start; see {slot.log_path}")
                report(slot.died())
                replace(slot)
                continue
            for line in slot.lines(data):
                handle(slot, line, ready, report, next_job)
        now = time.monotonic()
        for slot in slots:
            if now >= slot.deadline and (slot.job is not None or slot.number not in ready):
                if slot.job is None:
                    raise RuntimeError(f"worker {slot.number} did not start in {START_TIMEOUT:g} s")
                report(slot.hung())
                replace(slot)
            if slot.number in ready and slot.job is None and pending:
                next_job(slot)
    for slot in slots:
        slot.stop(spare=True)
    return sum(s.restarts for s in slots)


def handle(slot: Slot, line: str, ready: set[int], report: Callable[[Result], None],
           next_job: Callable[[Slot], None]) -> None:
    if line == "READY":
        ready.add(slot.number)
        slot.deadline = float("inf")
        next_job(slot)
    elif line == "S":
        slot.running = True
        slot.deadline = time.monotonic() + slot.timeout
    elif slot.job is not None:
        data: dict[str, Any] = json.loads(line)
        report(Result(slot.job[0], slot.job[1], wall=time.monotonic() - slot.sent, **data))
        slot.deadline = float("inf")
        next_job(slot)


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    worker_main(int(sys.argv[2]), Path(sys.argv[3]))
