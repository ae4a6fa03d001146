"""Feed one variant to the real reader, as the app does, and say what happened.

accepted: read (and, for a case, planned) without complaint; refused: the documented error,
whose every message must name a field or a line; crash: anything else. Used in-process by
the bounded test and inside the worker processes of benchmarks/fuzz.py.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fuzz_inputs import Variant

from desktop import paths
from desktop.casefile import open_case, save_case
from desktop.engine import (
    CaseErrors,
    EngineError,
    Planner,
    RulePack,
    RulePackErrors,
    case_to_data,
    load_rule_pack,
    read_case_file,
    validate_case,
)
from desktop.engine.case.history import read_decisions, read_visits
from desktop.engine.pack.errors import CaseError
from desktop.engine.pack.integrity import MANIFEST_NAME
from desktop.engine.pack.read_profile import resolve_profile
from desktop.report.plan_text import plan_to_text

TODAY = date(2026, 11, 21)
LATER = date(2027, 1, 9)  # a follow-up visit
LINE = re.compile(r"\bline \d+")
FIELD_FIRST = re.compile(r"\S+?: ")
QUOTED_KEY = re.compile(r"key '|format is")
# problems of a whole file, which have no field or line to name
WHOLE_FILE = re.compile(
    r"UTF-8|larger than|is empty|must be a mapping|mapping of fields|not an OVCF case|single document|"
    r"no such file|cannot read|stream|document|not a draft|nested too deeply",
    re.IGNORECASE,
)


@dataclass
class Outcome:
    status: str  # accepted | refused | crash
    detail: str = ""  # first refusal message, or "stage: Class: message" for a crash
    unnamed: str = ""  # a refusal message that names neither a field nor a line
    where: str = ""  # crash: innermost frame
    trace: str = ""
    seconds: float = 0.0


class RoundTripRefused(Exception):
    """A case file the app saved itself is refused when opened again."""


class Refused(Exception):
    """Raised inside a check when the documented error came, carrying its messages."""

    def __init__(self, messages: list[tuple[bool, str]]) -> None:
        super().__init__(messages[0][1] if messages else "")
        self.messages = messages


def case_messages(exc: CaseErrors) -> list[tuple[bool, str]]:
    return [(bool(e.message.strip()) and bool(e.field or LINE.search(e.message) or WHOLE_FILE.search(e.message)),
             str(e)) for e in exc.errors] or [(False, str(exc))]


def pack_messages(exc: RulePackErrors) -> list[tuple[bool, str]]:
    return [(bool(e.message.strip()) and bool(e.line or e.field or WHOLE_FILE.search(e.message)), str(e))
            for e in exc.errors] or [(False, str(exc))]


DraftCheck = tuple[Callable[[Path], Any], tuple[type[BaseException], ...], list[Callable[[RulePack, Any], Any]]]


def draft_reader() -> DraftCheck | None:
    """desktop.ui.drafts.read_draft, the error it documents (UnreadableDraft) and what the
    start-up offer then does with a draft (name the patient and the time), if present.

    HOOK: without read_draft drafts are not fuzzed (the test skips, the runner says so).
    """
    try:
        from desktop.ui import drafts
    except ImportError:
        return None
    reader = getattr(drafts, "read_draft", None)
    if reader is None:
        return None
    errors = tuple(getattr(drafts, n) for n in ("UnreadableDraft", "DraftError") if hasattr(drafts, n))
    shown: list[Callable[[RulePack, Any], Any]] = []
    try:
        from desktop.ui import recovery

        shown = [recovery.describe_draft, lambda _pack, draft: recovery.saved_time(draft)]
    except (ImportError, AttributeError):
        pass
    return reader, errors or (CaseErrors,), shown


def draft_messages(exc: BaseException) -> list[tuple[bool, str]]:
    if isinstance(exc, CaseErrors):
        return case_messages(exc)
    text = str(getattr(exc, "reason", exc))
    named = bool(FIELD_FIRST.match(text) or LINE.search(text) or WHOLE_FILE.search(text) or QUOTED_KEY.search(text))
    return [(named, text)]


class Checker:
    """The real pack loaded once, a work folder, and a copy of rules/ to break file by file."""

    def __init__(self, work: Path) -> None:
        self.work = work
        work.mkdir(parents=True, exist_ok=True)
        self.pack = load_rule_pack(paths.rules_dir())
        self.planner = Planner(self.pack, self.pack.profiles[self.pack.default_profile])
        self.example = read_case_file(paths.app_root() / "examples" / "acute_l3.yaml")
        self.rules = work / "rules"
        if self.rules.exists():
            shutil.rmtree(self.rules)
        shutil.copytree(paths.rules_dir(), self.rules)
        (self.rules / MANIFEST_NAME).unlink(missing_ok=True)
        self.drafts = draft_reader()

    def run(self, variant: Variant) -> Outcome:
        check = {"case": self.case, "draft": self.draft, "profile": self.profile, "pack": self.rule_pack}
        stage = ["read"]
        started = time.perf_counter()
        try:
            check[variant.kind](variant, stage)
            outcome = Outcome("accepted")
        except Refused as exc:
            unnamed = next((m for named, m in exc.messages if not named or not m.strip()), "")
            outcome = Outcome("refused", exc.messages[0][1] if exc.messages else "", unnamed)
        except Exception as exc:
            frames = traceback.extract_tb(exc.__traceback__)
            where = f"{_short_path(frames[-1].filename)}:{frames[-1].lineno} {frames[-1].name}" if frames else ""
            outcome = Outcome("crash", f"{stage[0]}: {type(exc).__name__}: {str(exc)[:300]}", where=where,
                              trace="".join(traceback.format_exception(exc))[-4000:])
        outcome.seconds = time.perf_counter() - started
        return outcome

    def _write(self, variant: Variant) -> Path:
        path = self.work / variant.name
        path.write_bytes(variant.data)
        return path

    def plan(self, planner: Planner, raw: Any, stage: list[str], pack: RulePack) -> None:
        """What `plan` does with a case it read: validate, plan, print, save back."""
        stage[0] = "validate"
        case = validate_case(pack, raw, planner.params, today=TODAY)
        stage[0] = "plan"
        plan = planner.plan(case)
        json.dumps(plan.to_dict(), ensure_ascii=False)
        plan_to_text(plan, pack.catalog.msg)
        stage[0] = "save"
        json.dumps(case_to_data(pack, case), ensure_ascii=False, default=str)

    def case(self, variant: Variant, stage: list[str]) -> None:
        """As `plan` reads it, then as File > Open and Save do (same visit, and a later one)."""
        path = self._write(variant)
        try:
            raw = read_case_file(path)
            self.plan(self.planner, raw, stage, self.pack)
        except CaseErrors as exc:
            raise Refused(case_messages(exc)) from None
        for today in (TODAY, LATER):
            stage[0] = "open"
            opened = open_case(self.pack, self.planner.params, path, today)
            stage[0] = "save"
            saved = self.work / "saved.yaml"
            try:
                save_case(self.planner, saved, opened.answers, opened.previous, opened.decisions, opened.visits, today)
            except CaseErrors:
                continue  # refused to save, nothing written: the app says why
            stage[0] = "reopen"
            try:
                open_case(self.pack, self.planner.params, saved, today)
            except CaseErrors as exc:
                raise RoundTripRefused(f"the app cannot open the file it saved: {exc}") from None

    def profile(self, variant: Variant, stage: list[str]) -> None:
        try:
            profile = resolve_profile(self.pack, str(self._write(variant)))
        except RulePackErrors as exc:
            raise Refused(pack_messages(exc)) from None
        with contextlib.suppress(CaseErrors, EngineError):  # accepted; the app would say no plan can be made
            self.plan(Planner(self.pack, profile), self.example, stage, self.pack)

    def rule_pack(self, variant: Variant, stage: list[str]) -> None:
        target = self.rules / variant.name
        original = target.read_bytes()
        language = variant.name.split("/")[1].removesuffix(".yaml") if variant.name.startswith("i18n/") else "en"
        try:
            target.write_bytes(variant.data)
            try:
                pack = load_rule_pack(self.rules, language=language)
            except RulePackErrors as exc:
                raise Refused(pack_messages(exc)) from None
            with contextlib.suppress(CaseErrors, EngineError):  # a changed pack may well refuse the example
                self.plan(Planner(pack, pack.profiles[pack.default_profile]), self.example, stage, pack)
        finally:
            target.write_bytes(original)

    def draft(self, variant: Variant, stage: list[str]) -> None:
        """What the start-up offer does: read, name the patient and the time, check the history."""
        if self.drafts is None:
            raise RuntimeError("HOOK: desktop.ui.drafts.read_draft does not exist yet")
        reader, errors, shown = self.drafts
        try:
            draft = reader(self._write(variant))
        except errors as exc:
            raise Refused(draft_messages(exc)) from None
        stage[0] = "offer"
        for show in shown:
            show(self.pack, draft)
        stage[0] = "restore"
        problems: list[CaseError] = []
        read_decisions(self.pack, draft.get("decisions"), problems)
        read_visits(draft.get("visits"), problems)
        if problems:
            raise Refused(case_messages(CaseErrors(problems)))


def _short_path(filename: str) -> str:
    for marker in ("/desktop/", "/yaml/", "/json/", "/tests/", "/lib/python"):
        if marker in filename:
            return filename[filename.index(marker) + 1:]
    return filename
