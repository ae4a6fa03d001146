"""Command line: `plan`, `rules check`, and (with no subcommand) the desktop app.

Exit codes: 0 success; 1 a check failed; 2 invalid case (or usage); 3 invalid rule pack or
profile. Errors are one clear message on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import gc
import io
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__
from .engine.pack.catalog import ENGLISH, LANGUAGE_CODES, PSEUDO
from .engine.pack.errors import RulePackErrors

if TYPE_CHECKING:
    from .engine import Case, Planner
    from .engine.plan.plan import Plan

# Each command imports what it needs when it runs: the desktop app (no command) starts
# without the checker's, the scenarios' and the text output's modules.

from .cli_common import (
    EXIT_CASE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PACK,
    fail,
    load_pack,
    load_trusted,
    signature_status,
)


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
    parser.add_argument("--authoring", action="store_true",
                        help="authoring mode (also OVCF_AUTHORING=1): plan from an unsigned pack, marked "
                        "'UNSIGNED: not for clinical use' on the screen and every printout")
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
    from .rules_cli import add_rules_parser

    add_rules_parser(sub)
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
GUI_START = {"version": False, "self_test": False, "rules": None, "authoring": False, "profile": None, "language": None,
             "command": None}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    if not (sys.argv[1:] if argv is None else argv):
        return argparse.Namespace(**GUI_START)
    return build_parser().parse_args(argv)


def run(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    args = parse_args(argv)
    if args.version or args.command is not None or args.self_test:
        gc.enable()  # `python -m desktop` paused it for the app's start only (see __main__.py)
    try:
        if args.version:
            pack = load_pack(args.rules)
            print(f"OVCF Pathway {__version__}; rule pack {pack.id} {pack.version} (sha256 {pack.sha256}); "
                  f"{signature_status(args.rules)}")
            return EXIT_OK
        if args.command == "plan":
            return cmd_plan(args)
        if args.command == "register":
            from .register_cli import cmd_register

            return cmd_register(args)
        if args.self_test:
            from .selftest import self_test

            return self_test(args.rules, args.profile, args.authoring)
        if args.command == "rules":
            from .rules_cli import cmd_rules

            return cmd_rules(args)
    except RulePackErrors as exc:
        return fail(str(exc), EXIT_PACK)
    from .ui.app import run_gui  # Qt is imported only when the GUI is wanted

    return run_gui(rules=args.rules, profile=args.profile, language=args.language, authoring=args.authoring)


def cmd_plan(args: argparse.Namespace) -> int:
    import json

    from .engine import CaseErrors, EngineError, Planner, read_case_file, validate_case
    from .engine.pack.read_profile import resolve_profile
    from .engine.pack.trust import UNSIGNED_BANNER
    from .report.plan_text import plan_to_text

    pack = load_trusted(args.plan_rules or args.rules, args.plan_language or args.language or ENGLISH, args.authoring)
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
        print((f"*** {UNSIGNED_BANNER} ***\n" if plan.unsigned else "") + plan_to_text(plan, pack.catalog.msg), end="")
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
