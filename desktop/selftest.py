"""`ovcf-pathway --self-test`: prove this installation works, without a screen or network.

Loads and verifies the rule pack (manifest included), plans a built-in case and checks the
plan, builds the main window and every wizard page offscreen, renders the timeline and both
printouts once. Exit 0 if all is well; 3 for a refused rule pack; 1 for anything else.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__, paths
from .engine import Profile, RulePack, RulePackErrors, load_rule_pack, validate_case
from .engine.pack.read_profile import resolve_profile
from .engine.pack.safe_read import load_yaml
from .engine.verify.scenarios import run_scenario


def self_test(rules: str | None, profile_spec: str | None, authoring: bool = False) -> int:
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .pack_policy import open_trusted, policy

    try:
        pack, how = open_trusted(rules, policy(authoring))  # signed by a trusted key, no downgrade
        profile = resolve_profile(pack, profile_spec)
    except RulePackErrors as exc:
        print(f"ovcf-pathway: self-test FAILED: rule pack refused:\n{exc}", file=sys.stderr)
        return 3
    if how.signed and how.key is not None:
        state = (f"verified against its manifest, signed on {how.signed_on} by key {how.key.fingerprint} "
                 f"({how.key.origin})")
    else:
        state = f"UNSIGNED: not for clinical use (authoring mode: {how.problem.splitlines()[-1].strip()})"
    print(f"OVCF Pathway {__version__}: rule pack {pack.id} {pack.version} valid, {state} (sha256 {pack.sha256})")
    try:
        _check_gui(pack, profile, how.signed)
    except Exception as exc:
        print(f"ovcf-pathway: self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0


def _check_gui(pack: RulePack, profile: Profile, signed: bool) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from .ui import theme
    from .ui.main_window import MainWindow
    from .ui.printing import handout_document, summary_document, write_pdf

    app = QApplication.instance() or QApplication(["ovcf-pathway", "--self-test"])
    scenario = paths.resources_dir() / "selftest_scenario.yaml"
    checked = run_scenario(pack, scenario, {})  # what its plan must say is in the file
    if not checked.ok:
        raise AssertionError(f"the built-in case planned wrongly: {'; '.join(checked.failures)}")
    raw = load_yaml(scenario.read_bytes())["case"]
    window = MainWindow(pack, profile, today=raw["visit_date"])
    case = validate_case(pack, raw, window.planner.params, today=window.today)
    plan = window.planner.plan(case)
    print(f"plan: day {plan.day}, {plan.phase} phase, {len(plan.items)} items, {len(plan.alerts)} alerts")
    window.store.replace(case.answers)
    window.wizard.reload()
    pages = []
    while True:
        pages.append(window.wizard.page_name())
        if window.wizard.nextId() == -1:
            break
        window.wizard.next()
    print(f"wizard: {len(pages)} pages built ({', '.join(pages)})")
    timeline = window.panel.timeline
    timeline.set_visible_width(1200)
    image = timeline.grab().toImage()
    x = round(timeline.today_x() or 0)
    if image.pixelColor(x, image.height() - 2) != QColor(theme.current.today):
        raise AssertionError("the timeline did not render")
    print(f"timeline: rendered {image.width()}x{image.height()} with {len(timeline.item_ids())} items")
    with tempfile.TemporaryDirectory() as folder:
        write_pdf(summary_document(plan, {}, [], "a4"), Path(folder) / "s.pdf", "a4", "s")
        write_pdf(handout_document(window.planner, case, plan, {}), Path(folder) / "h.pdf", "a4", "h")
        sizes = [(Path(folder) / n).stat().st_size for n in ("s.pdf", "h.pdf")]
    print(f"printouts: summary {sizes[0]:,} bytes, handout {sizes[1]:,} bytes")
    window.show()  # on a real display this maps a window: the platform plugin works
    deadline = time.perf_counter() + 10
    while not window.isVisible() and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()
    print(f"window: shown on the {QApplication.platformName()} platform")
    window.document.dirty = False
    window.close()
    _check_languages(pack, profile, raw, window.today, signed)


def _check_languages(pack: RulePack, profile: Profile, raw: dict[str, Any], today: date, signed: bool) -> None:
    """Each shipped language: its rule pack texts load, its interface translation loads and
    translates, and a plan comes out in it."""
    from PySide6.QtCore import QCoreApplication

    from .engine import Planner
    from .engine.pack.catalog import LANGUAGE_CODES
    from .ui.i18n import fmt_date, install_language

    done = []
    for language in LANGUAGE_CODES[1:]:
        translated = load_rule_pack(pack.directory, require_manifest=signed, language=language, check_manifest=signed)
        if not install_language(language):
            raise AssertionError(f"the interface translation for {language} did not load")
        menu = QCoreApplication.translate("", "&File")
        if menu == "&File":
            raise AssertionError(f"the interface translation for {language} translates nothing")
        planner = Planner(translated, translated.profiles.get(profile.id, profile))
        plan = planner.plan(validate_case(translated, raw, planner.params, today=today))
        done.append(f"{language} ({menu.replace('&', '')}, {fmt_date(plan.visit_date)}, "
                    f"{plan.item('calcitonin').title})")  # type: ignore[union-attr]
    install_language("en")
    print(f"languages: {'; '.join(done)}")
