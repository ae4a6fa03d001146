"""A seeded clinic for the register's GUI tests: planned scenario cases saved into a real
register file, each visit on its own date before the tests' today, through the case session
as the app saves them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.engine import Planner, RulePack
from desktop.engine.case.routing import Router, default_answers
from desktop.engine.pack.safe_read import dump_yaml, load_yaml
from desktop.register.store import Register
from desktop.session.case_session import CaseSession

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = REPO / "tests" / "scenarios"
TODAY = date(2026, 11, 21)

# (scenario, patient name or ID, days before TODAY the visit was)
CLINIC: list[tuple[str, str, int]] = [
    ("01_seed003_acute_day2_l1", "Ana Lopez", 35),  # the week-4 review has passed: overdue
    ("08_seed003_subacute_day40_l3_persistent", "Bongani Dlamini", 3),
    ("12_seed000_day60_referral", "Chen Wei", 26),
    ("13_seed003_chronic_day100_l1_failed", "Dolores Rivera", 9),
    ("22_egfr_25", "Emeka Obi", 20),
    ("25_denosumab_overdue_ckd", "Fatima Rahman", 1),
    ("24_on_denosumab", "Grace Mensah", 14),
    ("30_severe_pain_opioid", "Hiroshi Sato", 40),  # overdue too
]


class Answers:
    """The answer store the session edits (the window's is a QObject)."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = dict(answers)

    def replace(self, answers: dict[str, Any]) -> None:
        self.answers = dict(answers)


def shifted(value: Any, days: int) -> Any:
    """Every date in a scenario's case moved `days` earlier."""
    if isinstance(value, dict):
        return {k: shifted(v, days) for k, v in value.items()}
    if isinstance(value, list):
        return [shifted(v, days) for v in value]
    if isinstance(value, date):
        return value - timedelta(days=days)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return (date.fromisoformat(value) - timedelta(days=days)).isoformat()
        except ValueError:
            return value
    return value


def scenario_file(folder: Path, scenario: str, name: str, days: int) -> Path:
    """The scenario's case as a case file, for `name`, its visit `days` before TODAY."""
    case = shifted(load_yaml((SCENARIOS / f"{scenario}.yaml").read_text(encoding="utf-8"))["case"], days)
    case = {"format": "ovcf-case/2", **case}
    case["patient"] = {"name": name, **case["patient"]}
    path = folder / f"{scenario}.yaml"
    path.write_text(dump_yaml(case), encoding="utf-8")
    return path


def save_scenario(register: Register, planner: Planner, folder: Path, scenario: str, name: str, days: int,
                  who: str = "Dr Test") -> int:
    """Open the scenario as its visit day's case and save it to the register only; its visit id."""
    visit_day = TODAY - timedelta(days=days)
    router = Router(planner.pack, planner.params)
    session = CaseSession(planner, router, Answers(default_answers(router, visit_day)), None, visit_day)
    session.open(scenario_file(folder, scenario, name, days))
    session.path = None
    session.register, session.who = register, who
    session.save()
    assert session.saved_visit is not None
    return session.saved_visit


def seed_clinic(path: Path, pack: RulePack, folder: Path) -> Register:
    """A register at `path` with the CLINIC's visits saved (by "Dr Test")."""
    folder.mkdir(parents=True, exist_ok=True)
    register = Register.open(path)
    planner = Planner(pack, pack.profiles[pack.default_profile])
    for scenario, name, days in CLINIC:
        save_scenario(register, planner, folder, scenario, name, days)
    return register
