"""A second process saving visits to a register (the two-writer and SIGKILL tests).

    python tests/register/writer.py REGISTER NAME COUNT

Saves COUNT visits of patients NAME-0 .. NAME-(COUNT-1) (COUNT 0: until killed), printing
"saved <visit id>" after each commit, and "ready" once the rule pack is loaded."""

from __future__ import annotations

import itertools
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from desktop import paths  # noqa: E402
from desktop.engine import Planner, case_to_data, load_rule_pack, validate_case  # noqa: E402
from desktop.engine.pack.safe_read import dump_yaml  # noqa: E402
from desktop.register.store import Register  # noqa: E402

CASE = {
    "format": "ovcf-case/2", "visit_date": "2026-11-21", "onset_date": "2026-11-18",
    "patient": {"age": 74, "sex": "female"},
    "fracture": {"levels": ["L1"], "neuro_deficit": False, "red_flags": []},
    "pain": {"nrs": 5, "persistent": None, "conservative_failed": None},
    "safety": {"egfr": 70, "calcium_status": "normal", "oral_bisphosphonate_unsuitable": False, "nsaid_risks": [],
               "calcitonin_hypersensitivity": False, "invasive_dental_work_planned": False},
    "history": {"antiresorptive": "none"},
}


def main() -> None:
    register_path, name, how_many = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pack = load_rule_pack(paths.rules_dir())
    planner = Planner(pack, pack.profiles[pack.default_profile])
    register = Register.open(register_path)
    print("ready", flush=True)
    numbers = range(how_many) if how_many else itertools.count()
    for number in numbers:
        data = {**CASE, "patient": {**CASE["patient"], "name": f"{name}-{number}"}}
        case = validate_case(pack, data, planner.params, today=date(2026, 11, 21))
        plan = planner.plan(case)
        text = dump_yaml(case_to_data(pack, case)) + "#" * 20_000  # a larger write: more time inside it
        visit = register.save_visit(planner, case, plan, text, who=name)
        print(f"saved {visit}", flush=True)
    register.close()


if __name__ == "__main__":
    main()
