"""The hazard log (rules/hazards.yaml) on the command line: its part of `rules check` (every
hazard has a control that passed in this run, every control id resolves), and

    ovcf-pathway rules hazards [DIR] [--scenarios DIR] [--results junit.xml|results.json ...]
                               [--markdown OUT.md] [--pdf OUT.pdf] [--save-results OUT.json]

which prints (or writes) the log as a document with, for each control, whether it passed:
invariants and scenarios by running the check now (or from a results file written by
`--save-results`), tests from a pytest JUnit XML file (`pytest --junitxml FILE`). The PDF is
drawn with Qt, imported only for it.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .cli_common import EXIT_FAILED, EXIT_OK, fail, load_pack
from .hazard_status import RunResults, control_states, read_junit, read_results_json, results_json, run_checks
from .report.hazard_log import PASSED, UNKNOWN, ControlState, RunInfo, hazard_html, hazard_markdown, hazard_passes

if TYPE_CHECKING:
    from .engine.pack.hazards import Control, HazardLog
    from .engine.pack.model import RulePack


def add_hazards_parser(rules_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hazards = rules_sub.add_parser(
        "hazards", help="the hazard log as a document, with whether each control passed in the latest run")
    hazards.add_argument("directory", metavar="DIR", nargs="?", help="the pack (default: the bundled one)")
    hazards.add_argument("--scenarios", metavar="DIR", help="scenario folder (default: tests/scenarios)")
    hazards.add_argument("--results", metavar="FILE", action="append", default=[],
                         help="pytest results (JUnit XML, `pytest --junitxml FILE`) or a results file of "
                              "--save-results (then the check is not run again); may be repeated")
    hazards.add_argument("--markdown", metavar="OUT.md", help="write the document as Markdown (default: print it)")
    hazards.add_argument("--pdf", metavar="OUT.pdf", help="also write the document as a PDF")
    hazards.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size of the PDF")
    hazards.add_argument("--save-results", metavar="OUT.json",
                         help="write the check's results (invariants, scenarios, checks) for a later --results")


def check_results(pack: RulePack, scenario_dir: Path | None, scenarios: list[Any] | None, invariants: Any,
                  translations_ok: bool) -> RunResults:
    """The results of a `rules check` run (its scenario results and invariant report)."""
    return RunResults(
        invariants={r.invariant.id: r.ok for r in invariants.results},
        scenarios=None if scenarios is None else {Path(s.file).stem: s.ok for s in scenarios},
        checks=run_checks(pack, scenario_dir, translations_ok),
        sources=["rules check run now"],
    )


def print_hazard_check(pack: object, scenario_dir: Path | None, scenarios: list[Any] | None, invariants: Any,
                       translations_ok: bool) -> bool:
    """`rules check`'s part: every hazard has a control that passed in this run (invariants,
    scenarios, parts of the check), and every control id resolves; printed. True if so."""
    from .engine.pack.model import RulePack

    assert isinstance(pack, RulePack)
    log = pack.hazards
    if log is None:
        print("Hazard log: FAILED: the pack has no hazards.yaml")
        return False
    results = check_results(pack, scenario_dir, scenarios, invariants, translations_ok)
    states = control_states(log, results, scenario_dir, paths.app_root())
    return _print_summary(log, states)


def _print_summary(log: HazardLog, states: dict[Control, ControlState]) -> bool:
    unknown = [c for c in states if states[c].state == UNKNOWN]
    failing = [h for h in log.hazards if not hazard_passes(h, states)]
    print(f"Hazard log ({log.file}): {len(log.hazards) - len(failing)} of {len(log.hazards)} hazards have a "
          f"control that passed in this run; {len(states)} controls")
    for control in unknown:
        print(f"  FAILED {log.file}:{control.line}: {control.label}: {states[control].detail}")
    for hazard in log.hazards:
        passed = [c for c in hazard.controls if states[c].state == PASSED]
        state = "ok" if passed else "FAILED"
        print(f"  {state:6} {hazard.id:7} {len(passed)} of {len(hazard.controls)} controls passed  {hazard.title}")
        if not passed:
            for control in hazard.controls:
                detail = states[control].detail
                print(f"           {control.label}: {states[control].state}{f' ({detail})' if detail else ''}")
    return not unknown and not failing


def cmd_hazards(args: argparse.Namespace) -> int:
    from .engine.pack.i18n import check_translations
    from .engine.verify.scenarios import run_scenarios
    from .engine.verify.verify import verify_invariants

    pack = load_pack(args.directory or args.rules)
    log = pack.hazards
    if log is None:
        return fail(f"{pack.directory}: the rule pack has no hazards.yaml", EXIT_FAILED)
    scenario_dir = Path(args.scenarios) if args.scenarios else paths.scenarios_dir()
    results = RunResults()
    for name in args.results:
        path = Path(name)
        if path.suffix.lower() == ".xml":
            try:
                results.tests = {**(results.tests or {}), **read_junit(path)}
            except (OSError, SyntaxError) as exc:  # ElementTree.ParseError is a SyntaxError
                return fail(f"{path}: not a readable JUnit XML file: {exc}", EXIT_FAILED)
            results.sources.append(f"pytest results {path.name}")
        else:
            problem = read_results_json(path, pack, results)
            if problem:
                return fail(problem, EXIT_FAILED)
            results.sources.append(f"rules check results {path.name}")
    if results.invariants is None:  # no results file of the check: run it now
        print("Running the check (scenarios, invariants, translations)...", flush=True)
        scenarios = run_scenarios(pack, scenario_dir) if scenario_dir is not None and scenario_dir.is_dir() else None
        translations = check_translations(Path(pack.directory), pack.catalog.used)
        ran = check_results(pack, scenario_dir, scenarios, verify_invariants(pack),
                            all(not c.problems for c in translations))
        results.invariants, results.scenarios, results.checks = ran.invariants, ran.scenarios, ran.checks
        results.sources.insert(0, "rules check run now")
    if results.tests is None:
        results.sources.append("no pytest results (tests not run)")
    states = control_states(log, results, scenario_dir, paths.app_root())
    ok = _print_summary(log, states)
    run = RunInfo(f"{pack.id} {pack.version} (sha256 {pack.sha256})", tuple(results.sources),
                  datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    status = _write_documents(args, pack, log, states, run, results)
    return status if status != EXIT_OK else (EXIT_OK if ok else EXIT_FAILED)


def _write_documents(args: argparse.Namespace, pack: RulePack, log: HazardLog, states: dict[Control, ControlState],
                     run: RunInfo, results: RunResults) -> int:
    from .files import write_atomic

    text = hazard_markdown(log, states, run)
    targets = [(args.markdown, text)] if args.markdown else []
    if args.save_results:
        targets.append((args.save_results, results_json(results, pack)))
    for target, content in targets:
        try:
            write_atomic(target, content.encode("utf-8"), mode=0o644)
        except OSError as exc:
            return fail(f"cannot write {target}: {exc.strerror or exc}", EXIT_FAILED)
        print(f"Wrote {target}")
    if not args.markdown:
        print(text, end="")
    if args.pdf:
        try:
            write_hazard_pdf(hazard_html(log, states, run), args.pdf, args.paper, log.title)
        except OSError as exc:
            return fail(f"cannot write the PDF {args.pdf}: {exc.strerror or exc}", EXIT_FAILED)
        print(f"Wrote {args.pdf}")
    return EXIT_OK


def write_hazard_pdf(html: str, path: str, paper: str, title: str) -> None:
    """The document as a PDF, drawn with Qt without a screen (as `plan --pdf`); OSError if not written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from .ui.printing import write_pdf

    app = QApplication.instance() or QApplication(["ovcf-pathway"])  # noqa: F841 - Qt needs it alive
    document = QTextDocument()
    document.setHtml(html)
    write_pdf(document, path, paper, title)
