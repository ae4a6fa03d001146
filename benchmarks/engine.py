"""Engine speed: one plan (median, p99) and the full `rules check`, against an in-run baseline.

Targets (issue 2): a plan in under 2 ms median; the exhaustive check under 10 s on 2 cores.
Baseline: parsing the same case text with yaml.safe_load, which every `plan` call also does.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop import paths
from desktop.engine import Planner, case_to_data, load_rule_pack, validate_answers
from desktop.engine.case.case import Case
from desktop.engine.verify.scenarios import run_scenarios
from desktop.engine.verify.verify import verify_invariants

VISIT = date(2026, 11, 21)


def varied_cases(planner: Planner, count: int, seed: int = 7) -> list[Case]:
    rng = random.Random(seed)
    pack = planner.pack
    cases: list[Case] = []
    flags = list(pack.question("fracture.red_flags").choice_ids())
    while len(cases) < count:
        onset = VISIT - timedelta(days=rng.choice([0, 2, 5, 6, 20, 40, 60, 100, 200, 400]))
        answers = {
            "visit_date": VISIT,
            "onset_date": onset,
            "patient.age": rng.randint(50, 95),
            "patient.sex": rng.choice(["female", "male"]),
            "fracture.levels": rng.sample(["T8", "T12", "L1", "L2", "L3", "L4"], rng.randint(1, 2)),
            "fracture.neuro_deficit": rng.random() < 0.1,
            "fracture.red_flags": rng.sample(flags, rng.choice([0, 0, 0, 1])),
            "pain.nrs": rng.randint(0, 10),
            "pain.persistent": rng.choice([None, True, False]),
            "pain.conservative_failed": rng.choice([None, True, False]),
            "safety.egfr": rng.choice([None, 20, 32, 60, 90]),
            "safety.calcium_status": rng.choice([None, "normal", "normal", "low", "high"]),
            "safety.oral_bisphosphonate_unsuitable": rng.choice([None, False, True]),
            "safety.nsaid_risks": rng.choice([None, [], ["ckd"]]),
            "safety.calcitonin_hypersensitivity": rng.choice([None, False]),
            "safety.invasive_dental_work_planned": rng.choice([None, False, True]),
            "history.antiresorptive": rng.choice(["none", "none", "alendronate", "denosumab"]),
        }
        if answers["history.antiresorptive"] == "denosumab":
            answers["history.last_denosumab_dose"] = VISIT - timedelta(days=rng.randint(10, 250))
        cases.append(validate_answers(pack, answers, planner.params, VISIT))
    return cases


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1]


def main() -> None:
    pack = load_rule_pack(paths.rules_dir())
    planner = Planner(pack, pack.profiles[pack.default_profile])
    cases = varied_cases(planner, 2000)
    texts = [yaml.safe_dump(case_to_data(pack, c)) for c in cases]
    for case in cases[:200]:  # warm up
        planner.plan(case)
    plan_times = [t for case in cases for t in timed(lambda c=case: planner.plan(c), 1)]
    base_times = [t for text in texts for t in timed(lambda s=text: yaml.safe_load(s), 1)]
    print(f"cases: {len(cases)} varied valid cases, profile {planner.profile.id}")
    print(f"{'measure':38} {'median':>10} {'p99':>10}")
    print(f"{'plan (engine)':38} {statistics.median(plan_times) * 1e3:>8.3f}ms {p99(plan_times) * 1e3:>8.3f}ms")
    base = "baseline: yaml.safe_load of the case"
    print(f"{base:38} {statistics.median(base_times) * 1e3:>8.3f}ms {p99(base_times) * 1e3:>8.3f}ms")
    print(f"ratio plan / baseline (median): {statistics.median(plan_times) / statistics.median(base_times):.2f}")
    start = time.perf_counter()
    load_rule_pack(paths.rules_dir())
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    scenarios = run_scenarios(pack, paths.scenarios_dir() or ".")
    scen_s = time.perf_counter() - start
    start = time.perf_counter()
    report = verify_invariants(pack)
    verify_s = time.perf_counter() - start
    print(f"rules check: load {load_s:.2f} s, {len(scenarios)} scenarios {scen_s:.2f} s, "
          f"{report.classes:,} input classes over {len(report.profiles)} profile(s) {verify_s:.2f} s, "
          f"total {load_s + scen_s + verify_s:.2f} s")


if __name__ == "__main__":
    main()
