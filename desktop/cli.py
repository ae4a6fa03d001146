"""Command line: `plan`, `rules check`, and (with no subcommand) the desktop app.

Exit codes: 0 success; 1 a check failed; 2 invalid case (or usage); 3 invalid rule pack or
profile. Errors are one clear message on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, paths
from .engine.pack.catalog import ENGLISH, LANGUAGE_CODES, PSEUDO
from .engine.pack.errors import RulePackErrors

if TYPE_CHECKING:
    from .engine import Case, Planner, RulePack
    from .engine.plan.plan import Plan

# Each command imports what it needs when it runs: the desktop app (no command) starts
# without the checker's, the scenarios' and the text output's modules.

from .cli_common import EXIT_CASE, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PACK, fail, load_pack


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ovcf-pathway",
        description="OVCF Pathway: treatment timeline for osteoporotic vertebral compression fractures. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="store_true", help="print the app and rule pack versions")
    parser.add_argument(
        "--self-test", action="store_true",
        help="check the rule pack, plan a built-in case, build every window offscreen; exit 0 if all is well",
    )
    parser.add_argument("--rules", metavar="DIR", help="use the rule pack in DIR instead of the bundled one")
    parser.add_argument("--profile", metavar="FILE", help="site profile: a profile file, or the id of a bundled one")
    parser.add_argument("--language", choices=(*LANGUAGE_CODES, PSEUDO),
                        help="language of the app, the plan and the printouts (default: the saved setting, or en); "
                        "'pseudo' shows long accented stand-ins to check layouts")
    sub = parser.add_subparsers(dest="command")
    plan = sub.add_parser("plan", help="compute the plan for a case file")
    plan.add_argument("case_file", metavar="CASE_FILE")
    plan.add_argument("--profile", metavar="FILE", dest="plan_profile", help="site profile file or id")
    plan.add_argument("--format", choices=("json", "text"), default="json")
    plan.add_argument("--rules", metavar="DIR", dest="plan_rules")
    plan.add_argument("--language", choices=(*LANGUAGE_CODES, PSEUDO), dest="plan_language",
                      help="language of the plan and the PDFs (default en)")
    plan.add_argument("--pdf", metavar="OUT.pdf", help="also write the clinician summary as a PDF")
    plan.add_argument("--handout", metavar="OUT.pdf", help="also write the patient handout as a PDF")
    plan.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size of the PDFs")
    plan.add_argument("--fhir", metavar="OUT.json", help="also write the visit as a FHIR R4 transaction Bundle")
    plan.add_argument("--fhir-profile", choices=("full", "openmrs"), default="full",
                      help="full: CarePlan with its requests; openmrs: what OpenMRS accepts (Condition, Observation, "
                           "Tasks)")
    rules = sub.add_parser("rules", help="rule pack tools")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    check = rules_sub.add_parser("check", help="validate the pack, run scenarios, verify invariants")
    check.add_argument("--rules", metavar="DIR", dest="check_rules")
    check.add_argument("--scenarios", metavar="DIR", help="scenario folder (default: tests/scenarios)")
    translations = rules_sub.add_parser(
        "translations", help="check the pack's language files; --update LANG adds new English texts to one")
    translations.add_argument("--rules", metavar="DIR", dest="i18n_rules")
    translations.add_argument("--update", metavar="LANG", choices=LANGUAGE_CODES[1:],
                              help="rewrite rules/i18n/LANG.yaml with every current English text (new ones empty)")
    manifest = rules_sub.add_parser("manifest", help="write DIR/MANIFEST.sha256 for a valid pack (site packs)")
    manifest.add_argument("directory", metavar="DIR")
    from .register_cli import add_register_parser

    add_register_parser(sub)
    return parser


def utf8_output() -> None:
    """Write UTF-8 to stdout and stderr whatever the platform's default. On Windows, output
    redirected to a file or a pipe (and some consoles) uses the ANSI code page (cp1252,
    cp1256, cp936...), which cannot encode every character of a plan in another language:
    the command would stop with UnicodeEncodeError. Streams that are not plain text files
    (a GUI app has none; tests capture them) are left alone."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a closed output pipe (`plan ... | head`) or Ctrl+C ends it quietly."""
    try:
        return run(argv)
    except BrokenPipeError:
        # the reader went away: point stdout at nothing so the interpreter's final flush is silent
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("ovcf-pathway: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


# What `build_parser().parse_args([])` gives (tests/test_cli.py checks that it still does): a plain
# start of the app (no argument at all) skips building the parser and its ~70 regular expressions
GUI_START = {"version": False, "self_test": False, "rules": None, "profile": None, "language": None, "command": None}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    if not (sys.argv[1:] if argv is None else argv):
        return argparse.Namespace(**GUI_START)
    return build_parser().parse_args(argv)


def run(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    args = parse_args(argv)
    try:
        if args.version:
            pack = load_pack(args.rules)
            print(f"OVCF Pathway {__version__}; rule pack {pack.id} {pack.version} (sha256 {pack.sha256})")
            return EXIT_OK
        if args.command == "plan":
            return cmd_plan(args)
        if args.command == "register":
            from .register_cli import cmd_register

            return cmd_register(args)
        if args.self_test:
            from .selftest import self_test

            return self_test(args.rules, args.profile)
        if args.command == "rules" and args.rules_command == "manifest":
            return cmd_rules_manifest(args)
        if args.command == "rules" and args.rules_command == "translations":
            return cmd_rules_translations(args)
        if args.command == "rules":
            return cmd_rules_check(args)
    except RulePackErrors as exc:
        return fail(str(exc), EXIT_PACK)
    from .ui.app import run_gui  # Qt is imported only when the GUI is wanted

    return run_gui(rules=args.rules, profile=args.profile, language=args.language)


def cmd_plan(args: argparse.Namespace) -> int:
    import json

    from .engine import CaseErrors, EngineError, Planner, read_case_file, validate_case
    from .engine.pack.read_profile import resolve_profile
    from .report.plan_text import plan_to_text

    pack = load_pack(args.plan_rules or args.rules, args.plan_language or args.language or ENGLISH)
    profile = resolve_profile(pack, args.plan_profile or args.profile)
    planner = Planner(pack, profile)
    try:
        case = validate_case(pack, read_case_file(args.case_file, pack.catalog), planner.params)
    except CaseErrors as exc:
        return fail(f"{args.case_file}: {exc}", EXIT_CASE)
    try:
        plan = planner.plan(case)
    except EngineError as exc:
        return fail(f"rule pack error: {exc}", EXIT_PACK)
    if args.format == "json":
        print(json.dumps(plan.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(plan_to_text(plan, pack.catalog.msg), end="")
    if args.fhir:
        status = write_fhir(case, plan, args.fhir, args.fhir_profile)
        if status != EXIT_OK:
            return status
    if args.pdf or args.handout:
        return write_pdfs(planner, case, plan, args)
    return EXIT_OK


def write_fhir(case: Case, plan: Plan, path: str, profile: str) -> int:
    from .report.fhir import write_bundle
    from .report.fhir_openmrs import profile_bundle

    try:
        write_bundle(profile_bundle(profile, plan, case), path)
    except OSError as exc:
        return fail(f"cannot write the FHIR Bundle {path}: {exc.strerror or exc}", EXIT_FAILED)
    return EXIT_OK


def write_pdfs(planner: Planner, case: Case, plan: Plan, args: argparse.Namespace) -> int:
    """The printouts, drawn with Qt without a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .engine.case.history import current_decisions
    from .ui.i18n import install_language, tr
    from .ui.printing import handout_document, summary_document, write_pdf

    app = QApplication.instance() or QApplication(["ovcf-pathway"])  # noqa: F841 - Qt needs it alive
    install_language(planner.pack.language)
    decisions = current_decisions(case.decisions, plan.visit_date)
    target = ""
    try:
        if args.pdf:
            target = args.pdf
            document = summary_document(plan, decisions, case.visits, args.paper)
            write_pdf(document, args.pdf, args.paper, tr("OVCF Pathway clinician summary"))
        if args.handout:
            target = args.handout
            title = planner.pack.handout.title if planner.pack.handout else "Patient handout"
            write_pdf(handout_document(planner, case, plan, decisions), args.handout, args.paper, title)
    except OSError as exc:
        return fail(f"cannot write the PDF {target}: {exc.strerror or exc}", EXIT_FAILED)
    return EXIT_OK


def cmd_rules_manifest(args: argparse.Namespace) -> int:
    from .engine import load_rule_pack
    from .engine.pack.integrity import MANIFEST_NAME, manifest_text

    directory = Path(args.directory)
    if not directory.is_dir():
        return fail(f"{directory}: rule pack folder not found", EXIT_PACK)
    try:
        (directory / MANIFEST_NAME).unlink(missing_ok=True)
    except OSError as exc:
        return fail(f"cannot remove {directory / MANIFEST_NAME}: {exc.strerror or exc}", EXIT_PACK)
    pack = load_rule_pack(directory)  # only a valid pack gets a manifest
    try:
        (directory / MANIFEST_NAME).write_text(manifest_text(directory), encoding="utf-8")
    except OSError as exc:
        return fail(f"cannot write {directory / MANIFEST_NAME}: {exc.strerror or exc}", EXIT_FAILED)
    print(f"Wrote {directory / MANIFEST_NAME} for rule pack {pack.id} {pack.version} ({len(pack.files)} files).")
    return EXIT_OK


def print_translations(pack: RulePack) -> bool:
    """The language files against the English texts the pack just loaded; True if all complete."""
    from .engine.pack.i18n import check_translations

    checks = check_translations(Path(pack.directory), pack.catalog.used)
    print(f"Translations: {len(checks)} language file(s) besides English")
    for check in checks:
        state = "ok" if not check.problems else "FAILED"
        print(f"  {state:6} {check.language.code} {check.language.name}: {check.translated} of {check.wanted} "
              f"texts translated; {check.language.review}")
        for problem in check.problems[:20]:
            print(f"         {problem}")
        if len(check.problems) > 20:
            print(f"         ... and {len(check.problems) - 20} more")
    return all(not c.problems for c in checks)


def cmd_rules_translations(args: argparse.Namespace) -> int:
    from .engine.pack.i18n import updated_catalog
    from .engine.pack.safe_read import dump_yaml
    from .files import write_atomic

    pack = load_pack(args.i18n_rules or args.rules)
    if args.update:
        content = updated_catalog(Path(pack.directory), args.update, pack.catalog.used)
        path = Path(pack.directory) / "i18n" / f"{args.update}.yaml"
        try:
            path.parent.mkdir(exist_ok=True)
            write_atomic(path, dump_yaml(content).encode("utf-8"))
        except OSError as exc:
            return fail(f"cannot write {path}: {exc.strerror or exc}", EXIT_FAILED)
        print(f"Wrote {path}")
    return EXIT_OK if print_translations(pack) else EXIT_FAILED


def cmd_rules_check(args: argparse.Namespace) -> int:
    import time

    from .engine.verify.scenarios import run_scenarios
    from .engine.verify.verify import verify_invariants

    started = time.perf_counter()
    pack = load_pack(args.check_rules or args.rules)
    print(f"Rule pack {pack.id} {pack.version} (sha256 {pack.sha256}): valid")
    print(
        f"  {len(pack.items)} items, {len(pack.alerts)} alerts, {len(pack.questions)} questions, "
        f"{len(pack.invariants)} invariants, {len(pack.sources)} sources, "
        f"{len(pack.profiles)} profiles ({', '.join(pack.profiles)})"
    )
    for warning in pack.warnings:
        print(f"  warning: {warning}")
    ok = True
    scenario_dir = Path(args.scenarios) if args.scenarios else paths.scenarios_dir()
    if scenario_dir is None or not scenario_dir.is_dir():
        print("Scenarios: none found (pass --scenarios DIR); 0 run")
    else:
        results = run_scenarios(pack, scenario_dir)
        passed = sum(r.ok for r in results)
        print(f"Scenarios ({scenario_dir}): {passed} of {len(results)} passed")
        for scenario in results:
            for failure in scenario.failures:
                print(f"  FAILED {scenario.file} ({scenario.name}): {failure}")
        ok &= passed == len(results) and len(results) > 0
    verify_started = time.perf_counter()
    report = verify_invariants(pack)
    seconds = time.perf_counter() - verify_started
    print(
        f"Invariants: {len(report.results)} checked over {report.classes:,} input classes "
        f"under {len(report.profiles)} profile(s) ({', '.join(report.profiles)}) in {seconds:.1f} s"
        f" ({report.shared:,} more classes identical under another profile were not re-run)"
    )
    for r in report.results:
        state = "ok" if r.ok else "FAILED"
        print(f"  {state:6} {r.invariant.id:7} {r.classes:>8,} classes  {r.invariant.text}")
        if not r.ok:
            print(f"         {r.violations:,} violating classes, e.g.:")
            for example in r.examples:
                print(f"           {example}")
    ok &= report.ok
    ok &= print_translations(pack)
    print(f"{'All checks passed' if ok else 'CHECK FAILED'} ({time.perf_counter() - started:.1f} s).")
    return EXIT_OK if ok else EXIT_FAILED
