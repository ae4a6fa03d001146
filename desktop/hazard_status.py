"""Whether each control of the hazard log (rules/hazards.yaml, desktop/engine/pack/hazards.py)
passed in the latest run, and whether its id resolves.

Invariant and scenario controls take the results of `rules check` (run now, or read from a
results file `rules hazards --save-results` wrote); `check:` controls are parts of the check
run here (`run_checks`); test controls, and the tests covering a ui control, take a pytest
JUnit XML file (`pytest --junitxml FILE`). A scenario or test id is resolved against the
scenario folder and the checkout's tests/ (absent from the app's bundle: then not run).
"""

from __future__ import annotations

import ast
import json
import shutil
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine.pack.hazards import Control, HazardLog
from .engine.pack.model import RulePack
from .report.hazard_log import FAILED, NOT_RUN, PASSED, UNKNOWN, ControlState

RESULTS_FORMAT = "ovcf-hazard-results/1"


@dataclass
class RunResults:
    invariants: dict[str, bool] | None = None  # id -> passed; None: not checked in this run
    scenarios: dict[str, bool] | None = None  # file stem -> passed
    checks: dict[str, tuple[bool, str]] = field(default_factory=dict)  # rules check part -> passed, detail
    tests: dict[str, list[tuple[str, str]]] | None = None  # junit classname -> [(name, outcome)]
    sources: list[str] = field(default_factory=list)  # where the results come from (the document says)


# -- the parts of `rules check` a hazard may name (engine.pack.hazards.CHECKS) ---------------------
def run_checks(pack: RulePack, scenario_dir: Path | None, translations_ok: bool) -> dict[str, tuple[bool, str]]:
    """Run the `check:` controls of this run: the pack loaded (else nothing runs at all)."""
    checks = {"pack-validation": (True, "the pack loaded"),
              "translations": (translations_ok, "" if translations_ok else "a language file is incomplete or stale"),
              "manifest-refusal": _manifest_refusal(Path(pack.directory))}
    if scenario_dir is not None and scenario_dir.is_dir():
        checks["case-round-trip"] = _case_round_trip(pack, scenario_dir)
    return checks


def _manifest_refusal(rules: Path) -> tuple[bool, str]:
    from .engine.pack.errors import RulePackErrors
    from .engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME, manifest_text
    from .engine.pack.loader import load_rule_pack
    from .engine.pack.trust import TrustPolicy, open_pack

    with tempfile.TemporaryDirectory(prefix="ovcf-hazard-") as folder:
        copy = Path(folder) / "rules"
        shutil.copytree(rules, copy, ignore=shutil.ignore_patterns(f"{MANIFEST_NAME}*", ".*"))
        (copy / MANIFEST_NAME).write_text(manifest_text(copy), encoding="utf-8")
        try:
            open_pack(copy, TrustPolicy([]))
            return False, "a copy with a manifest but no signature was opened for patients"
        except RulePackErrors as exc:
            if [e.file for e in exc.errors] != [SIGNATURE_NAME]:
                return False, f"an unsigned copy was refused for another reason: {exc}"
        with (copy / "pack.yaml").open("a", encoding="utf-8") as stream:
            stream.write("# changed after the manifest was written\n")
        try:
            load_rule_pack(copy, require_manifest=True)
            return False, "a copy with pack.yaml changed after its manifest was loaded"
        except RulePackErrors as exc:
            if not any(e.file == "pack.yaml" and "modified" in e.message for e in exc.errors):
                return False, f"a changed pack.yaml was not named: {exc}"
    return True, "an unsigned copy and a changed file were refused"


def _case_round_trip(pack: RulePack, scenario_dir: Path) -> tuple[bool, str]:
    from .casefile import case_text
    from .engine import CaseErrors, EngineError, Planner, validate_case
    from .engine.case.case import CASE_FORMAT
    from .engine.pack.safe_read import DataError, load_yaml

    planners: dict[str, Planner] = {}
    count = 0
    for path in sorted(scenario_dir.glob("*.yaml")):
        try:
            data = load_yaml(path.read_bytes())
            profile = str(data.get("profile", pack.default_profile))
            planner = planners.setdefault(profile, Planner(pack, pack.profiles[profile]))
            raw = {"format": CASE_FORMAT, **data["case"]}
            case = validate_case(pack, raw, planner.params, None)
            again = validate_case(pack, load_yaml(case_text(pack, case)), planner.params, None)
            before, after = planner.plan(case).to_dict(), planner.plan(again).to_dict()
            if raw["format"] != CASE_FORMAT:  # read from an older format: its note of the migration goes
                before.pop("input_warnings", None)
                after.pop("input_warnings", None)
            if case.ignored:  # an answer to a question that does not apply is not written: nor its note
                before["input_warnings"] = [w for w in before["input_warnings"] if w["input"] not in case.ignored]
            same = again.answers == case.answers and before == after
        except (OSError, DataError, CaseErrors, EngineError, KeyError, TypeError, AttributeError) as exc:
            return False, f"{path.name}: {exc}"
        if not same:
            return False, f"{path.name}: the case file written does not read back the same"
        count += 1
    return count > 0, f"{count} scenario cases written and read back"


# -- results files -----------------------------------------------------------------------------
def read_junit(path: Path) -> dict[str, list[tuple[str, str]]]:
    """{classname: [(test name, passed|failed|skipped)]} of a pytest JUnit XML file."""
    tests: dict[str, list[tuple[str, str]]] = {}
    for case in ElementTree.parse(path).getroot().iter("testcase"):
        tags = {child.tag for child in case}
        outcome = "failed" if tags & {"failure", "error"} else "skipped" if "skipped" in tags else "passed"
        tests.setdefault(case.get("classname", ""), []).append((case.get("name", ""), outcome))
    return tests


def results_json(results: RunResults, pack: RulePack) -> str:
    return json.dumps({"format": RESULTS_FORMAT, "pack": pack.sha256, "invariants": results.invariants,
                       "scenarios": results.scenarios,
                       "checks": {k: {"passed": ok, "detail": d} for k, (ok, d) in results.checks.items()}}, indent=1)


def read_results_json(path: Path, pack: RulePack, into: RunResults) -> str | None:
    """Fill `into` from a results file; a problem (wrong format, another pack) as a sentence."""
    from .engine.pack.safe_read import DataError, load_json

    try:
        data: Any = load_json(path.read_bytes())
    except (OSError, DataError) as exc:
        return f"{path}: cannot be read: {exc}"
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT:
        return f"{path}: not a results file of `rules hazards --save-results` ({RESULTS_FORMAT})"
    if data.get("pack") != pack.sha256:
        return f"{path}: the results are of another version of the pack (sha256 {data.get('pack')})"
    for key in ("invariants", "scenarios"):
        value = data.get(key)
        if isinstance(value, dict):
            setattr(into, key, {str(k): v is True for k, v in value.items()})
    for key, value in (data.get("checks") or {}).items():
        if isinstance(value, dict):
            into.checks[str(key)] = (value.get("passed") is True, str(value.get("detail", "")))
    return None


# -- resolving and judging controls -----------------------------------------------------------------
def defines_test(repo: Path, node_id: str) -> bool:
    """Whether `tests/FILE.py::[Class::]test_name[param]` names a test function in that file."""
    file, *names = node_id.split("::")
    path = repo / file
    if not names or not path.is_file():
        return False
    try:
        body: list[ast.stmt] = ast.parse(path.read_text(encoding="utf-8")).body
    except (OSError, SyntaxError, UnicodeDecodeError):
        return False
    *classes, function = names
    for name in classes:
        found = next((n for n in body if isinstance(n, ast.ClassDef) and n.name == name), None)
        if found is None:
            return False
        body = found.body
    base = function.split("[", 1)[0]
    return any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == base for n in body)


def _test_state(node_id: str, results: RunResults, repo: Path | None) -> ControlState:
    if repo is None or not (repo / "tests").is_dir():
        return ControlState(NOT_RUN, "no tests folder here")
    if not defines_test(repo, node_id):
        return ControlState(UNKNOWN, "no such test")
    if results.tests is None:
        return ControlState(NOT_RUN, "no pytest results (give --results junit.xml)")
    file, *names = node_id.split("::")
    classname = ".".join([file.removesuffix(".py").replace("/", "."), *names[:-1]])
    wanted = names[-1]
    outcomes = [o for name, o in results.tests.get(classname, [])
                if name == wanted or ("[" not in wanted and name.startswith(wanted + "["))]
    if not outcomes:
        return ControlState(NOT_RUN, "not in the pytest results")
    if "failed" in outcomes:
        return ControlState(FAILED, f"{outcomes.count('failed')} of {len(outcomes)} failed")
    if "passed" not in outcomes:
        return ControlState(NOT_RUN, "skipped")
    return ControlState(PASSED, f"{len(outcomes)} passed" if len(outcomes) > 1 else "")


def _combined(states: Iterable[ControlState]) -> ControlState:
    found = list(states)
    for state in (UNKNOWN, FAILED, NOT_RUN):
        if any(s.state == state for s in found):
            details = dict.fromkeys(s.detail for s in found if s.state == state and s.detail)  # once each
            return ControlState(state, "; ".join(details))
    return ControlState(PASSED)


def control_states(log: HazardLog, results: RunResults, scenario_dir: Path | None,
                   repo: Path | None) -> dict[Control, ControlState]:
    states: dict[Control, ControlState] = {}
    for hazard in log.hazards:
        for control in hazard.controls:
            states[control] = _state(log, control, results, scenario_dir, repo)
    return states


def _state(log: HazardLog, control: Control, results: RunResults, scenario_dir: Path | None,
           repo: Path | None) -> ControlState:
    kind, ref = control.kind, control.ref
    if kind == "invariant":
        if results.invariants is None or ref not in results.invariants:
            return ControlState(NOT_RUN, "invariants not checked in this run")
        return ControlState(PASSED if results.invariants[ref] else FAILED)
    if kind == "scenario":
        if scenario_dir is None or not scenario_dir.is_dir():
            return ControlState(NOT_RUN, "no scenario folder here")
        if not (scenario_dir / f"{ref}.yaml").is_file():
            return ControlState(UNKNOWN, f"no scenario {ref}.yaml in {scenario_dir}")
        if results.scenarios is None or ref not in results.scenarios:
            return ControlState(NOT_RUN, "scenarios not run in this run")
        return ControlState(PASSED if results.scenarios[ref] else FAILED)
    if kind == "check":
        if ref not in results.checks:
            return ControlState(NOT_RUN, "not run in this run")
        ok, detail = results.checks[ref]
        return ControlState(PASSED if ok else FAILED, detail)
    if kind == "test":
        return _test_state(ref, results, repo)
    return _combined(_test_state(t, results, repo) for t in log.ui(ref).tests)  # ui
