"""Large-budget fuzzing of every file the app reads: case files, drafts, profiles, rule pack.

    .venv/bin/python benchmarks/fuzz.py --cases 20000 --packs 2000 --profiles 1000 --drafts 1000 --jobs 2

Inputs come from tests/fuzz (the generators of the bounded test, with the 60 KB nesting that
can overflow the C stack allowed here) and run in a pool of worker processes. Prints inputs,
accepted, refused (top reasons), crashes (by class, with a saved reproducer), hangs over
--timeout seconds, refusals that name no field or line, hostile inputs accepted, and the
slowest input. Exit 1 if anything crashed or hung.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "fuzz")]  # the generators are the fuzz test's

from fuzz_inputs import make  # noqa: E402
from fuzz_pool import Result, run_pool  # noqa: E402
from fuzz_seeds import KINDS, load_seeds  # noqa: E402

KEEP_PER_CLASS = 3  # reproducers saved per crash class (the smallest first)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--packs", type=int, default=2_000)
    parser.add_argument("--profiles", type=int, default=1_000)
    parser.add_argument("--drafts", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds before an input counts as a hang")
    parser.add_argument("--out", type=Path, default=Path("/tmp/ovcf-fuzz"))
    return parser.parse_args()


def drafts_available() -> bool:
    from fuzz_checks import draft_reader

    return draft_reader() is not None


def interleaved(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Every kind spread over the run, so that a partial run has some of each."""
    jobs = [(kind, i) for kind, n in counts.items() for i in range(n)]
    return sorted(jobs, key=lambda job: (job[1] + 0.5) / counts[job[0]])


def reason(message: str) -> str:
    """A refusal message with its values blanked, so that equal reasons count together."""
    text = message.strip().split("\n")[0]
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"(?<![\w-])\d+\b", "N", text)
    return text[:90]


def exception_class(result: Result) -> str:
    if result.status == "hang":
        return "hang"
    parts = result.detail.split(": ")
    return parts[1] if len(parts) > 1 else result.detail


class Tally:
    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.seeds = load_seeds(ROOT)
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.reasons: dict[str, Counter[str]] = defaultdict(Counter)
        self.unnamed: dict[str, Counter[str]] = defaultdict(Counter)
        self.wrong: dict[tuple[str, str], list[Result]] = defaultdict(list)
        self.failures: dict[tuple[str, str, str], list[Result]] = defaultdict(list)
        self.slowest: Result | None = None
        self.done = 0
        self.started = time.monotonic()
        self.shown = self.started

    def add(self, result: Result) -> None:
        self.done += 1
        self.counts[result.kind][result.status] += 1
        if result.status == "refused":
            self.reasons[result.kind][reason(result.detail)] += 1
            if result.unnamed:
                self.unnamed[result.kind][reason(result.unnamed)] += 1
        if result.status in ("crash", "hang"):
            if not result.how:  # the worker died with it: rebuild the input to say what it was
                variant = make(self.seeds, result.kind, result.index, self.seed)
                result.how, result.size, result.tags = variant.how, len(variant.data), sorted(variant.tags)
            self.failures[(result.kind, exception_class(result), result.where)].append(result)
        if result.status == "accepted" and result.hostile:
            tag = next((t for t in result.tags if t not in ("swap", "raw", "set", "key", "history")), "?")
            self.wrong[(result.kind, tag)].append(result)
        if result.status != "hang" and (self.slowest is None or result.seconds > self.slowest.seconds):
            self.slowest = result
        if time.monotonic() - self.shown > 15:
            self.shown = time.monotonic()
            bad = sum(c["crash"] + c["hang"] for c in self.counts.values())
            print(f"  ... {self.done:,} inputs, {bad} crashes/hangs, {self.shown - self.started:.0f} s",
                  file=sys.stderr, flush=True)


def save_reproducers(tally: Tally, seed: int, out: Path) -> dict[tuple[str, str, str], Path]:
    """The smallest inputs of each crash class (and of each hostile input accepted), as files."""
    seeds = tally.seeds
    saved: dict[tuple[str, str, str], Path] = {}
    groups = [("crashes", key, results) for key, results in tally.failures.items()]
    groups += [("accepted", (kind, tag, ""), results) for (kind, tag), results in tally.wrong.items()]
    for folder, key, results in groups:
        for rank, result in enumerate(sorted(results, key=lambda r: r.size)[:KEEP_PER_CLASS]):
            variant = make(seeds, result.kind, result.index, seed)
            slug = re.sub(r"[^A-Za-z0-9.]+", "_", f"{result.kind}-{key[1]}-{result.index}-{variant.name}")
            path = out / folder / slug
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(variant.data)
            note = {"kind": result.kind, "index": result.index, "seed": seed, "file": variant.name,
                    "how": variant.how, "status": result.status, "detail": result.detail, "where": result.where,
                    "seconds": result.seconds, "trace": result.trace}
            path.with_name(path.name + ".txt").write_text(json.dumps(note, indent=2), encoding="utf-8")
            if rank == 0:
                saved[key] = path
    return saved


def print_summary(tally: Tally, saved: dict[tuple[str, str, str], Path], seconds: float, restarts: int) -> None:
    header = f"{'kind':8} {'inputs':>7} {'accepted':>9} {'refused':>8} {'crashes':>8} {'hangs':>6} {'unnamed':>8} " \
             f"{'hostile accepted':>17}"
    print(header)
    for kind, counts in tally.counts.items():
        nameless = sum(tally.unnamed[kind].values())
        wrong = sum(len(r) for (k, _), r in tally.wrong.items() if k == kind)
        print(f"{kind:8} {sum(counts.values()):>7,} {counts['accepted']:>9,} {counts['refused']:>8,} "
              f"{counts['crash']:>8,} {counts['hang']:>6,} {nameless:>8,} {wrong:>17,}")
    if tally.slowest is not None:
        s = tally.slowest
        print(f"slowest input: {s.kind} #{s.index} {s.seconds:.3f} s in the reader ({s.wall:.3f} s wall): {s.how[:90]}")
    print(f"total {seconds:.1f} s; worker restarts {restarts}")
    for kind, reasons in tally.reasons.items():
        print(f"\ntop refusal reasons, {kind}:")
        for text, count in reasons.most_common(8):
            print(f"  {count:>6,}  {text}")
    for kind, unnamed in tally.unnamed.items():
        if not unnamed:
            continue
        print(f"\nrefusals naming no field or line, {kind}:")
        for text, count in unnamed.most_common(8):
            print(f"  {count:>6,}  {text}")
    if tally.failures:
        print("\ncrash and hang classes (kind, exception, where: count, smallest reproducer):")
        for key, results in sorted(tally.failures.items(), key=lambda item: -len(item[1])):
            print(f"  {key[0]:7} {key[1]:22} {key[2][:60]:60} {len(results):>5}  {saved.get(key, '')}")
            print(f"          {min(results, key=lambda r: r.size).how[:110]}")
    if tally.wrong:
        print("\nhostile inputs accepted (kind, kind of value: count, reproducer):")
        for (kind, tag), results in sorted(tally.wrong.items(), key=lambda item: -len(item[1])):
            print(f"  {kind:7} {tag:22} {len(results):>5}  {saved.get((kind, tag, ''), '')}")
            print(f"          {min(results, key=lambda r: r.size).how[:110]}")


def main() -> int:
    args = parse_args()
    counts = {"case": args.cases, "pack": args.packs, "profile": args.profiles, "draft": args.drafts}
    if args.drafts and not drafts_available():
        print("drafts: not fuzzed: desktop.ui.drafts.read_draft does not exist (hook in tests/fuzz/fuzz_checks.py)")
        counts["draft"] = 0
    counts = {k: n for k, n in counts.items() if n > 0 and k in KINDS}
    for folder in ("crashes", "accepted", "work"):
        shutil.rmtree(args.out / folder, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"fuzzing {', '.join(f'{n:,} {k}s' for k, n in counts.items())} with seed {args.seed} "
          f"on {args.jobs} workers; reproducers in {args.out}", flush=True)
    tally = Tally(args.seed)
    started = time.monotonic()
    restarts = run_pool(interleaved(counts), args.jobs, args.seed, args.out, args.timeout, tally.add)
    seconds = time.monotonic() - started
    saved = save_reproducers(tally, args.seed, args.out)
    print_summary(tally, saved, seconds, restarts)
    summary = {"seed": args.seed, "seconds": seconds, "counts": {kind: dict(c) for kind, c in tally.counts.items()},
               "classes": [[*key, len(results)] for key, results in tally.failures.items()]}
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    failed = any(c["crash"] or c["hang"] for c in tally.counts.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
