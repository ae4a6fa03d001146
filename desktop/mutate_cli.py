"""`ovcf-pathway rules mutate [DIR]`: the mutation score of a rule pack.

Every mutant of `engine/verify/mutants.py` is written to a temporary copy of the pack and
checked as `rules check` does, cheapest first, stopping at the first failure: the loader (an
invalid pack is refused: killed), the scenarios, the translations, then the invariants one by
one. Only the invariants that read what the mutant changes are checked (`mutants.affected`:
an invariant that reads none of the changed items, alerts and parameters is checked over the
same classes with the same results as on the unmutated pack, which must pass); the invariant
over every item only for the changed items. `--exhaustive` checks every invariant on every
item. `--equivalence` proves a survivor equivalent, or not, for every input class where it can
(`verify/exact_equivalence.py`: reorders, unread predicates); any other that plans as the
unmutated pack for `rules diff`'s scenarios and generated cases is listed as equivalent
(sampled). The unmutated pack must pass the scenarios and translations first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import paths
from .cli_common import EXIT_FAILED, EXIT_OK, EXIT_PACK, fail
from .engine.pack.safe_read import load_yaml
from .engine.verify.mutants import OPERATORS, Mutant, generate, pack_files, write_mutant
from .mutate_state import _STATE, references

KILLERS = ("loader", "scenario", "translations", "invariant")


@dataclass
class Result:
    mutant: str
    operator: str
    where: str
    change: str
    killed_by: str | None  # one of KILLERS, None for a survivor
    detail: str  # what failed: the scenario, the invariant and an example, the loader's error
    seconds: float
    equivalent: bool | None = None  # --equivalence: plans identical to the unmutated pack's
    equivalence: str = ""  # how: "proved" (every input class; "proved: ..." with a qualification), "sampled"


# -- what a mutant can change ----------------------------------------------------------------


@dataclass
class Affected:
    everything: bool = False
    items: frozenset[str] = frozenset()
    alerts: frozenset[str] = frozenset()
    params: frozenset[str] = frozenset()
    own: frozenset[str] = frozenset()  # the items whose own rules read it (not through a choice)


def read_raw(directory: Path) -> dict[str, Any]:
    """The pack's files as data (but its translations and profiles), for `affected`."""
    return {name: load_yaml((directory / name).read_text(encoding="utf-8")) for name in pack_files(directory)
            if not name.startswith(("i18n/", "profiles/"))}


def affected(raw: dict[str, Any], target: tuple[str, str]) -> Affected:
    """What a mutant of `target` can change (in the pack read by `read_raw`): the items, alerts
    and parameters that read it, through predicates, choices and alerts; `everything` when it is
    read by what every item depends on (phases, questions, the pack itself)."""
    kind, ident = target
    if kind == "i18n":
        return Affected()
    if kind not in ("item", "alert", "predicate", "param"):
        return Affected(everything=True)
    preds: dict[str, Any] = (raw.get("predicates.yaml") or {}).get("predicates") or {}
    hit_preds = {ident} if kind == "predicate" else set()
    params = {ident} if kind == "param" else set()
    changed = True
    while changed:
        before = len(hit_preds)
        hit_preds |= {p for p, cond in preds.items()
                      if references(cond, "pred") & hit_preds or references(cond, "param") & params}
        changed = len(hit_preds) != before

    def reads(entry: Any) -> bool:
        return bool(references(entry, "pred") & hit_preds or references(entry, "param") & params)

    for name in ("phases.yaml", "questions.yaml", "pack.yaml"):
        if reads(raw.get(name)):
            return Affected(everything=True)
    items = {ident} if kind == "item" else set()
    for name, data in raw.items():
        if name.startswith("items/"):
            items |= {str(e["id"]) for e in (data or {}).get("items") or [] if reads(e)}
    own = frozenset(items)  # an invariant over every item plans each item alone: these only
    # a member's role depends on the other members: an invariant that tests roles depends on
    # them all (`invariant_deps` adds them); a choice's order, read by none of its members
    for group in (raw.get("choices.yaml") or {}).get("choices") or []:
        if reads(group.get("order")):
            items |= set(group.get("members") or [])
    alerts = {ident} if kind == "alert" else set()
    for alert in (raw.get("alerts.yaml") or {}).get("alerts") or []:
        if reads(alert) or references(alert, "item") & items:
            alerts.add(str(alert["id"]))
    return Affected(False, frozenset(items), frozenset(alerts), frozenset(params), own)


def add_mutate_parser(rules_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    mutate = rules_sub.add_parser("mutate", help="mutation score: systematic mutants of the pack, each checked")
    mutate.add_argument("directory", metavar="DIR", nargs="?", help="the pack (default: the bundled one)")
    mutate.add_argument("--scenarios", metavar="DIR", help="scenario folder (default: tests/scenarios)")
    mutate.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: cores)")
    mutate.add_argument("--sample", type=int, metavar="N", help="check a deterministic sample of N mutants")
    mutate.add_argument("--seed", type=int, default=0, help="the sample's seed (default 0)")
    mutate.add_argument("--operators", metavar="OP,...", help=f"only these operators ({', '.join(OPERATORS)})")
    mutate.add_argument("--only", metavar="ID,...",
                        help="only these mutants (ids as --list prints them; @FILE: the survivors of a --json file)")
    mutate.add_argument("--list", action="store_true", help="print the mutants, check none")
    mutate.add_argument("--json", metavar="OUT", help="write every result as JSON")
    mutate.add_argument("--equivalence", action="store_true", help="compare each survivor's plans with the pack's")
    mutate.add_argument("--exhaustive", action="store_true",
                        help="check every invariant on every item (not only those reading the change)")
    mutate.add_argument("--fail-under", type=float, metavar="PCT",
                        help="exit 1 if the share killed among the mutants not proved equivalent is below PCT %%")


def select(mutants: list[Mutant], operators: str | None, sample: int | None, seed: int) -> list[Mutant]:
    """The mutants of the chosen operators; a sample of them, the same for the same seed."""
    if operators:
        wanted = {o.strip() for o in operators.split(",") if o.strip()}
        mutants = [m for m in mutants if m.operator in wanted]
    if sample is not None and sample < len(mutants):
        chosen = sorted(random.Random(seed).sample(range(len(mutants)), sample))
        mutants = [mutants[i] for i in chosen]
    return mutants


def only_ids(spec: str) -> set[str]:
    """Mutant ids from `--only`: a comma-separated list, or @FILE (the survivors of a --json file)."""
    if spec.startswith("@"):
        results = json.loads(Path(spec[1:]).read_text(encoding="utf-8"))["results"]
        return {r["mutant"] for r in results if not r["killed_by"]}
    return {part.strip() for part in spec.split(",") if part.strip()}




def check_mutant(mutant: Mutant) -> Result:
    """Write, load and check one mutant, stopping at the first failure."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ovcf-mutant-") as tmp:
        killed_by, detail = _check(write_mutant(_STATE["directory"], mutant, Path(tmp) / "rules"), mutant)
    return Result(mutant.id, mutant.operator, mutant.where(), mutant.change, killed_by, detail,
                  round(time.perf_counter() - started, 3))


def _check(folder: Path, mutant: Mutant) -> tuple[str | None, str]:
    from .engine import load_rule_pack
    from .engine.pack.errors import RulePackErrors
    from .engine.verify.verify import verify_invariants

    try:
        pack = load_rule_pack(folder, check_manifest=False)
    except RulePackErrors as exc:
        return "loader", str(exc.errors[0]) if exc.errors else "refused"
    failed = _cheap_checks(folder, pack)
    if failed is not None:
        return failed
    for only, items in _invariants(pack, mutant):
        report = verify_invariants(pack, only={only}, workers=1, items=items)
        for r in report.results:
            if not r.ok:
                return "invariant", f"{r.invariant.id}: {r.examples[0] if r.examples else r.violations}"
    return None, ""


def _cheap_checks(folder: Path, pack: Any) -> tuple[str, str] | None:
    """The scenarios, then the translations: (what failed, how), or None when both pass."""
    from .engine.pack.i18n import check_translations
    from .engine.plan.planner import Planner
    from .engine.verify.scenarios import run_scenario

    scenarios: Path | None = _STATE["scenarios"]
    planners: dict[str, Planner] = {}
    for path in sorted(scenarios.glob("*.yaml")) if scenarios else []:
        result = run_scenario(pack, path, planners)
        if result.failures:
            return "scenario", f"{result.file}: {result.failures[0]}"
    for language in check_translations(folder, pack.catalog.used):
        if language.problems:
            return "translations", language.problems[0]
    return None


def baseline_problem(folder: Path, pack: Any, scenarios: Path | None) -> str | None:
    """What the unmutated pack fails among the cheap checks (the scenarios, the translations)."""
    _STATE["scenarios"] = scenarios
    return None if (failed := _cheap_checks(folder, pack)) is None else f"{failed[0]}: {failed[1]}"


def _invariants(pack: Any, mutant: Mutant) -> list[tuple[str, set[str] | None]]:
    """The invariants to check (id, the items of one over every item), the items' last."""
    from .engine.verify.dependencies import invariant_deps

    original = _STATE["pack"]
    every = [inv.id for inv in pack.invariants if inv.then.every_item]
    if _STATE["exhaustive"]:
        return [(inv.id, None) for inv in pack.invariants if inv.id not in every] + [(i, None) for i in every]
    change = _STATE["affected"][mutant.target]
    if change.everything:
        return [(inv.id, None) for inv in pack.invariants if inv.id not in every] + [(i, None) for i in every]
    out: list[tuple[str, set[str] | None]] = []
    for inv in pack.invariants:
        if inv.id in every:
            continue
        deps = [invariant_deps(inv, pack)[0]]
        if any(i.id == inv.id for i in original.invariants):
            deps.append(invariant_deps(next(i for i in original.invariants if i.id == inv.id), original)[0])
        if any(d.items & change.items or d.alerts & change.alerts or d.params & change.params for d in deps):
            out.append((inv.id, None))
    items = {i.id for i in pack.items} & set(change.own)
    return out + [(i, items) for i in every if items]


def run_all(mutants: list[Mutant], workers: int, job: Any = check_mutant, progress: bool = True) -> list[Any]:
    """`job` of each mutant, in a pool of forked workers (they inherit the unmutated pack)."""
    import multiprocessing

    if workers <= 1 or len(mutants) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [job(m) for m in mutants]
    done, started = 0, time.perf_counter()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures: list[Future[Any]] = [pool.submit(job, m) for m in mutants]
        results = []
        for future in futures:
            results.append(future.result())
            done += 1
            if progress and done % 50 == 0:
                print(f"  ... {done} of {len(mutants)} checked ({time.perf_counter() - started:.0f} s)", flush=True)
    return results


def summary(mutants: list[Mutant], results: list[Result]) -> list[str]:
    killed = [r for r in results if r.killed_by]
    total = len(results)
    score = 100.0 * len(killed) / total if total else 100.0
    lines = [f"Mutation score: {len(killed)} of {total} killed ({score:.1f}%); "
             + ", ".join(f"{sum(r.killed_by == k for r in results)} by the {k}" for k in KILLERS)
             + (" (refused: invalid pack)" if any(r.killed_by == "loader" for r in results) else "")]
    lines.append(f"  {'operator':10} {'mutants':>7} {'killed':>7} {'loader':>7} {'scenario':>8} {'i18n':>5} "
                 f"{'invariant':>9} {'survived':>8}")
    for op in OPERATORS:
        rows = [r for r in results if r.operator == op]
        if rows:
            count = [sum(r.killed_by == k for r in rows) for k in KILLERS]
            lines.append(f"  {op:10} {len(rows):>7} {sum(count):>7} {count[0]:>7} {count[1]:>8} {count[2]:>5} "
                         f"{count[3]:>9} {len(rows) - sum(count):>8}")
    survivors = [r for r in results if not r.killed_by]
    proved = sum(r.equivalence.startswith("proved") for r in survivors)
    if proved:
        rest = total - proved
        share = 100.0 * len(killed) / rest if rest else 100.0
        order = sum(r.equivalence != "proved" and r.equivalence.startswith("proved") for r in survivors)
        lines.insert(1, f"  {proved} survivor(s) proved equivalent (same plans for every input class"
                        + (f"; {order} of them up to the order of the reasons listed" if order else "")
                        + f"): {len(killed)} of the other {rest} killed ({share:.1f}%)")
    for title, group in (("Surviving", [r for r in survivors if r.equivalent is not True]),
                         ("Equivalent, proved (same plans for every input class)",
                          [r for r in survivors if r.equivalent and r.equivalence.startswith("proved")]),
                         ("Equivalent (same plans for the scenarios and generated cases)",
                          [r for r in survivors if r.equivalent and r.equivalence == "sampled"])):
        if group:
            lines.append(f"{title} mutants ({len(group)}):")
            lines += [f"  {r.mutant} {r.where}  {r.operator}: {r.change}" + (f"  [{r.detail}]" if r.detail else "")
                      for r in group]
    return lines


def cmd_mutate(args: argparse.Namespace) -> int:
    from .engine import load_rule_pack
    from .engine.pack.errors import RulePackErrors

    started = time.perf_counter()
    directory = Path(args.directory) if args.directory else paths.rules_dir()
    if not (directory / "pack.yaml").is_file():
        return fail(f"{directory}: not a rule pack folder (no pack.yaml)", EXIT_PACK)
    if args.operators and (unknown := set(args.operators.split(",")) - set(OPERATORS)):
        return fail(f"--operators: unknown {', '.join(sorted(unknown))} (known: {', '.join(OPERATORS)})", EXIT_FAILED)
    scenarios = Path(args.scenarios) if args.scenarios else paths.scenarios_dir()
    with tempfile.TemporaryDirectory(prefix="ovcf-mutate-") as tmp:  # the pack as it is now, whatever edits follow
        snapshot = write_mutant(directory, None, Path(tmp) / "rules")
        every = generate(snapshot)
        mutants = select(every, args.operators, args.sample, args.seed)
        if args.only:
            wanted = only_ids(args.only)
            mutants = [m for m in mutants if m.id in wanted]
        print(f"{len(every)} mutants of {directory}" + (f"; {len(mutants)} selected" if len(mutants) != len(every)
                                                          else ""))
        if args.list:
            for m in mutants:
                print(f"  {m.id} {m.where()}  {m.operator}: {m.change}")
            return EXIT_OK
        try:
            pack = load_rule_pack(snapshot, check_manifest=False)
        except RulePackErrors as exc:
            return fail(f"rule pack {directory} refused:\n{exc}", EXIT_PACK)
        if scenarios is not None and scenarios.is_dir():
            scenarios = Path(shutil.copytree(scenarios, Path(tmp) / "scenarios"))
        if problem := baseline_problem(snapshot, pack, scenarios):
            return fail(f"the unmutated pack fails {problem}: every mutant would count as killed", EXIT_FAILED)
        return _run(args, snapshot, pack, mutants, len(every), scenarios, started)


def _run(args: argparse.Namespace, directory: Path, pack: Any, mutants: list[Mutant], generated: int,
         scenarios: Path | None, started: float) -> int:
    from .engine.pack import i18n  # noqa: F401  (what the workers run, imported before they fork)
    from .engine.verify import dependencies, plan_diff, verify  # noqa: F401

    raw = read_raw(directory)
    _STATE.update(directory=directory, pack=pack, scenarios=scenarios, exhaustive=args.exhaustive, raw=raw,
                  affected={m.target: affected(raw, m.target) for m in mutants})
    results: list[Result] = run_all(mutants, args.workers)
    survivors = [(m, r) for m, r in zip(mutants, results, strict=True) if not r.killed_by]
    if args.equivalence and survivors:
        from .mutate_equivalence import equivalence

        same = run_all([m for m, _ in survivors], args.workers, equivalence, progress=False)
        for (_m, r), (flag, how) in zip(survivors, same, strict=True):
            r.equivalent, r.equivalence = flag, how if flag else ""
            qualified = how.startswith("proved: ")  # "the same reasons, in another order"
            r.detail = how.removeprefix("proved: ") if qualified else "" if flag or how == "sampled" else how
    seconds = time.perf_counter() - started
    for line in summary(mutants, results):
        print(line)
    print(f"({len(mutants)} mutants checked in {seconds:.0f} s with {args.workers} worker(s)"
          f"{'; every invariant on every item' if args.exhaustive else ''})")
    if args.json:
        payload = {"pack": str(args.directory or paths.rules_dir()), "mutants": generated, "checked": len(mutants),
                   "seconds": round(seconds, 1),
                   "killed": sum(bool(r.killed_by) for r in results), "results": [asdict(r) for r in results]}
        Path(args.json).write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    killed = sum(bool(r.killed_by) for r in results)
    # the target is a share of the mutants that can be killed: those proved equivalent are not
    rest = len(results) - sum(r.equivalence.startswith("proved") for r in results if not r.killed_by)
    if args.fail_under is not None and rest and 100.0 * killed / rest < args.fail_under:
        return EXIT_FAILED
    return EXIT_OK
