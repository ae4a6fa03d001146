"""`ovcf-pathway rules ...`: check, translations, manifest, sign, verify and diff a rule pack.

A release is `rules manifest DIR` (only for a pack that passes `rules check`; an existing
manifest is replaced atomically, never deleted), then `rules sign DIR --key FILE` (or
`minisign -Sm DIR/MANIFEST.sha256 -t "<the trusted comment rules sign would write>"`).
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from . import paths
from .cli_common import EXIT_FAILED, EXIT_OK, EXIT_PACK, fail, load_pack
from .engine.pack.catalog import LANGUAGE_CODES
from .engine.pack.doses import outside_label
from .engine.pack.errors import RulePackErrors


def add_rules_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    manifest = rules_sub.add_parser("manifest", help="write DIR/MANIFEST.sha256 for a pack that passes `rules check`")
    manifest.add_argument("directory", metavar="DIR")
    manifest.add_argument("--scenarios", metavar="DIR", help="scenario folder (default: tests/scenarios)")
    sign = rules_sub.add_parser("sign", help="sign DIR/MANIFEST.sha256 (minisign format) with a secret key")
    sign.add_argument("directory", metavar="DIR", nargs="?", help="the pack (default: the bundled one)")
    sign.add_argument("--key", metavar="FILE", required=True,
                      help="a minisign secret key (encrypted: password in OVCF_PACK_KEY_PASSWORD)")
    sign.add_argument("--date", metavar="YYYY-MM-DD", help="the release date in the trusted comment (default today)")
    verify = rules_sub.add_parser("verify", help="check DIR's signature and manifest as the app does")
    verify.add_argument("directory", metavar="DIR", nargs="?", help="the pack (default: the bundled one)")
    verify.add_argument("--key", metavar="FILE", help="trust only this public key (default: the app's trusted keys)")
    diff = rules_sub.add_parser("diff", help="what changed from pack OLD to pack NEW, and how plans change")
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--scenarios", metavar="DIR", help="scenario folder (default: tests/scenarios)")
    diff.add_argument("--no-plans", action="store_true", help="only the pack's texts and rules, not the plans")
    diff.add_argument("--all", action="store_true", help="every changed generated plan, not the first 40")
    from .hazards_cli import add_hazards_parser

    add_hazards_parser(rules_sub)
    from .mutate_cli import add_mutate_parser

    add_mutate_parser(rules_sub)


def cmd_rules(args: argparse.Namespace) -> int:
    command = args.rules_command
    if command == "manifest":
        return cmd_manifest(args)
    if command == "sign":
        return cmd_sign(args)
    if command == "verify":
        return cmd_verify(args)
    if command == "diff":
        from .rules_diff import cmd_diff

        return cmd_diff(args)
    if command == "translations":
        return cmd_translations(args)
    if command == "mutate":
        from .mutate_cli import cmd_mutate

        return cmd_mutate(args)
    if command == "hazards":
        from .hazards_cli import cmd_hazards

        return cmd_hazards(args)
    return EXIT_OK if run_check(load_pack(args.check_rules or args.rules), args.scenarios) else EXIT_FAILED


def print_translations(pack: object) -> bool:
    """The language files against the English texts the pack just loaded; True if all complete."""
    from .engine.pack.i18n import check_translations
    from .engine.pack.model import RulePack

    assert isinstance(pack, RulePack)
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


def cmd_translations(args: argparse.Namespace) -> int:
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


def run_check(pack: object, scenarios: str | None, stop_early: bool = False) -> bool:
    """`rules check` of a loaded pack, printed; True if everything passed. With `stop_early`
    (a release that must pass everything), failing scenarios end it before the invariants."""
    import time

    from .engine.pack.model import RulePack
    from .engine.verify.scenarios import ScenarioResult, run_scenarios
    from .engine.verify.verify import verify_invariants

    assert isinstance(pack, RulePack)
    started = time.perf_counter()
    print(f"Rule pack {pack.id} {pack.version} (sha256 {pack.sha256}): valid")
    print(
        f"  {len(pack.items)} items, {len(pack.alerts)} alerts, {len(pack.questions)} questions, "
        f"{len(pack.invariants)} invariants, {len(pack.sources)} sources, "
        f"{len(pack.profiles)} profiles ({', '.join(pack.profiles)})"
    )
    for warning in pack.warnings:
        print(f"  warning: {warning}")
    ok = True
    scenario_dir = Path(scenarios) if scenarios else paths.scenarios_dir()
    results: list[ScenarioResult] | None = None  # the scenarios run (the hazard log reads them)
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
    if stop_early and not ok:
        print(f"CHECK FAILED ({time.perf_counter() - started:.1f} s): invariants not checked.")
        return False
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
        count = "by its form" if r.proved else f"{r.classes:>8,} classes"
        print(f"  {state:6} {r.invariant.id:7} {count:>16}  {r.invariant.text}")
        if not r.ok:
            print(f"         {r.violations:,} violating classes, e.g.:")
            for example in r.examples:
                print(f"           {example}")
            if r.invariant.then.data == {"doses": "within_label"}:
                for problem in outside_label(pack.doses, pack.label_limits):
                    print(f"           doses.yaml: {problem}")
    ok &= report.ok
    translations_ok = print_translations(pack)
    from .hazards_cli import print_hazard_check

    ok &= translations_ok & print_hazard_check(pack, scenario_dir, results, report, translations_ok)
    print(f"{'All checks passed' if ok else 'CHECK FAILED'} ({time.perf_counter() - started:.1f} s).")
    return ok


def _folder(directory: str | None) -> Path:
    return Path(directory) if directory else paths.rules_dir()


def cmd_manifest(args: argparse.Namespace) -> int:
    """Write the manifest of a pack that passes `rules check`; a failing pack keeps its manifest."""
    from .engine import load_rule_pack
    from .engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME, manifest_text
    from .files import write_atomic

    directory = Path(args.directory)
    if not directory.is_dir():
        return fail(f"{directory}: rule pack folder not found", EXIT_PACK)
    pack = load_rule_pack(directory, check_manifest=False)  # the files as they are now
    if not run_check(pack, args.scenarios, stop_early=True):
        return fail(f"{directory} fails `rules check`: no manifest written ({MANIFEST_NAME} left as it was)",
                    EXIT_FAILED)
    target = directory / MANIFEST_NAME
    text = manifest_text(directory)
    try:
        write_atomic(target, text.encode("utf-8"), mode=0o644)
    except OSError as exc:
        return fail(f"cannot write {target}: {exc.strerror or exc}", EXIT_FAILED)
    print(f"Wrote {target} for rule pack {pack.id} {pack.version} ({len(pack.files)} files).")
    if (directory / SIGNATURE_NAME).exists():
        print(f"note: {SIGNATURE_NAME} signs the previous manifest: sign again (`rules sign {directory} --key FILE`)")
    return EXIT_OK


def cmd_sign(args: argparse.Namespace) -> int:
    from .engine import load_rule_pack
    from .engine.pack.integrity import MANIFEST_NAME, SIGNATURE_NAME
    from .engine.pack.minisign import MinisignError, read_secret_key, sign, signature_text
    from .engine.pack.trust import trusted_comment
    from .files import write_atomic

    directory = _folder(args.directory)
    pack = load_rule_pack(directory, require_manifest=True)  # a manifest that matches every file
    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        return fail(f"--date {args.date}: not a date (YYYY-MM-DD)", EXIT_FAILED)
    password = os.environ.get("OVCF_PACK_KEY_PASSWORD")
    try:
        key = read_secret_key(Path(args.key).read_bytes(), password.encode() if password else None, args.key)
        comment = trusted_comment(pack.id, pack.version, day)
        signature = sign((directory / MANIFEST_NAME).read_bytes(), key, comment)
        write_atomic(directory / SIGNATURE_NAME, signature_text(signature).encode("utf-8"), mode=0o644)
    except (OSError, MinisignError) as exc:
        return fail(f"cannot sign: {getattr(exc, 'strerror', None) or exc}", EXIT_FAILED)
    print(f"Signed {directory / MANIFEST_NAME} with key {key.public().fingerprint}: trusted comment: {comment}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from .engine.pack.minisign import MinisignError, read_public_key
    from .engine.pack.trust import TrustedKey, TrustPolicy, open_pack
    from .pack_policy import policy

    directory = _folder(args.directory)
    if args.key:
        try:
            keys = [TrustedKey(read_public_key(Path(args.key).read_bytes(), args.key), "given", args.key)]
        except (OSError, MinisignError) as exc:
            return fail(f"{args.key}: {getattr(exc, 'strerror', None) or exc}", EXIT_FAILED)
        trust = TrustPolicy(keys)
    else:
        trust = policy(authoring=False)
    try:
        pack, how = open_pack(directory, trust)
    except RulePackErrors as exc:
        return fail(f"rule pack {directory} refused:\n{exc}", EXIT_PACK)
    assert how.key is not None
    print(f"Rule pack {pack.id} {pack.version} (sha256 {pack.sha256}): signature verified, key "
          f"{how.key.fingerprint} ({how.key.origin}: {how.key.path}), signed on {how.signed_on}; "
          f"{len(pack.files)} files match the manifest.")
    return EXIT_OK
