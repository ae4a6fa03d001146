"""The case: one patient's answers, read from a file or the wizard and validated.

A case file (YAML or JSON, format `ovcf-case/2`; `ovcf-case/1` files are migrated on reading,
see `migrate.py`) nests answers by group (`patient.age` is `patient: {age: ...}`); in memory they
are flat, keyed by question id. Validation names every bad field with what is allowed, and never
raises anything but `CaseErrors`.
"""

from __future__ import annotations

import math
from dataclasses import field
from datetime import date
from pathlib import Path
from typing import Any

from desktop.engine.record import mutable_record

from ..pack.catalog import NO_TRANSLATION, Catalog
from ..pack.compiled import Ctx
from ..pack.errors import CaseError, CaseErrors
from ..pack.facts import derive_facts
from ..pack.model import Question, RulePack
from ..pack.safe_read import DataError, load_json, load_yaml
from ..pack.schema import describe
from .dates import iso_date
from .history import Decision, Visit, decisions_to_data, read_decisions, read_visits, visits_to_data
from .migrate import Migrated, migrate

CASE_FORMAT = "ovcf-case/2"  # what the app writes
READ_FORMATS = ("ovcf-case/1", CASE_FORMAT)  # what it reads (older ones migrated)
MAX_CASE_BYTES = 1_000_000
# top-level keys of a case file that are not answers (kept as they are)
EXTRA_KEYS = ("visits", "decisions")
BAD_GROUP = object()  # marks answers under a group that was not a mapping (already reported)


@mutable_record
class Case:
    answers: dict[str, Any]
    warnings: list[tuple[str, str]] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    migrated: list[Migrated] = field(default_factory=list)  # what reading an older format assumed
    ignored: list[str] = field(default_factory=list)  # answers to questions that do not apply (dropped)
    # the facts derived while validating, and the parameters they were derived under: planning
    # the case under the same parameters derives them again only if these are not those
    derived: tuple[dict[str, Any], dict[str, Any]] | None = field(default=None, compare=False, repr=False)


def parse_case_text(text: str | bytes, name: str = "", catalog: Catalog = NO_TRANSLATION) -> Any:
    """Parse case file content (JSON if `name` ends in .json, else YAML) with the safe reader;
    its errors are in `catalog`'s language (that of the pack the case is for; English by default)."""
    if len(text) > MAX_CASE_BYTES:
        message = catalog.msg("the file is larger than {size} kB", size=MAX_CASE_BYTES // 1000)
        raise CaseErrors([CaseError("", message)])
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise CaseErrors([CaseError("", catalog.msg("the file is not UTF-8 text"))]) from None
    try:
        return load_json(text) if name.lower().endswith(".json") else load_yaml(text)
    except DataError as exc:
        error = CaseError(exc.field, exc.text(catalog)) if exc.field else CaseError("", exc.text(catalog, where=True))
        raise CaseErrors([error]) from None


def read_case_file(path: str | Path, catalog: Catalog = NO_TRANSLATION) -> Any:
    """Read and parse a case file; its errors are in `catalog`'s language (see parse_case_text)."""
    msg = catalog.msg
    path = Path(path)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_CASE_BYTES + 1)  # a huge file is refused without reading it all
    except FileNotFoundError:
        raise CaseErrors([CaseError("", msg("no such file: {path}", path=path))]) from None
    except OSError as exc:
        raise CaseErrors(
            [CaseError("", msg("cannot read {path}: {problem}", path=path, problem=exc.strerror))]
        ) from None
    return parse_case_text(raw, path.name, catalog)


def check_format(raw: Any, catalog: Catalog) -> str:
    """The case file's format, if this version reads it."""
    msg = catalog.msg
    if not isinstance(raw, dict):
        message = msg("a case must be a mapping of fields, got {value}", value=describe(raw, catalog))
        raise CaseErrors([CaseError("", message)])
    fmt = raw.get("format")
    if fmt in READ_FORMATS:
        return str(fmt)
    if isinstance(fmt, str) and fmt.startswith("ovcf-case/"):
        message = msg(
            "written by a newer version of OVCF Pathway ({found}); this version reads {expected}",
            found=fmt,
            expected=CASE_FORMAT,
        )
    elif fmt is None:
        message = msg("missing: expected {expected}", expected=CASE_FORMAT)
    else:
        message = msg("{value} is not an OVCF case ({expected})", value=describe(fmt, catalog), expected=CASE_FORMAT)
    raise CaseErrors([CaseError("format", message)])


def flatten(
    raw: dict[str, Any], questions: tuple[Question, ...], errors: list[CaseError], catalog: Catalog
) -> dict[str, Any]:
    """Nested case data to {question id: raw value}; unknown fields are errors (in `catalog`'s language).

    A group that is not a mapping is one error; its fields are then not reported again.
    """
    msg = catalog.msg
    groups: dict[str, set[str]] = {}
    tops: set[str] = set()
    for q in questions:
        if "." in q.id:
            group, key = q.id.split(".", 1)
            groups.setdefault(group, set()).add(key)
        else:
            tops.add(q.id)
    flat: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "format" or key in EXTRA_KEYS:
            continue
        if key in tops:
            flat[key] = value
        elif key in groups:
            if not isinstance(value, dict):
                message = msg("expected a group of fields, got {value}", value=describe(value, catalog))
                errors.append(CaseError(str(key) or '""', message))
                flat.update({f"{key}.{sub}": BAD_GROUP for sub in groups[key]})
                continue
            for sub, subvalue in value.items():
                if sub in groups[key]:
                    flat[f"{key}.{sub}"] = subvalue
                else:
                    allowed = ", ".join(sorted(groups[key]))
                    errors.append(CaseError(f"{key}.{sub}", msg("unknown field (allowed: {allowed})", allowed=allowed)))
        else:
            allowed = ", ".join(sorted(tops | set(groups) | {"format", *EXTRA_KEYS}))
            errors.append(CaseError(str(key) or '""', msg("unknown field (allowed: {allowed})", allowed=allowed)))
    return flat


def _range_text(q: Question, catalog: Catalog) -> str:
    msg = catalog.msg
    unit = f" {q.unit}" if q.unit else ""
    lo = "" if q.minimum is None else _num(q.minimum)
    hi = "" if q.maximum is None else _num(q.maximum)
    if lo and hi:
        return msg("{low} to {high}", low=lo, high=hi) + unit
    return (msg("at least {low}", low=lo) if lo else msg("at most {high}", high=hi)) + unit


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def check_value(q: Question, value: Any, catalog: Catalog) -> tuple[Any, str | None]:
    """Normalise one present, non-null answer; return (value, None) or (None, message), the
    message in `catalog`'s language (the pack's)."""
    msg = catalog.msg

    def shown(value: Any) -> str:  # a value as the message shows it
        return describe(value, catalog)

    def allowed() -> str:  # the range of a number question, for its messages
        return _range_text(q, catalog)

    kind = q.kind
    if kind == "date":
        parsed = iso_date(value)
        if parsed is None:
            return None, msg("{value} is not a date: use YYYY-MM-DD", value=shown(value))
        if not 1900 <= parsed.year <= 2100:
            return None, msg("{value} is not a plausible date (years 1900 to 2100)", value=parsed.isoformat())
        return parsed, None
    if kind in ("integer", "number"):
        ok_type = isinstance(value, int) or (kind == "number" and isinstance(value, float))
        if isinstance(value, bool) or not ok_type:
            if kind == "integer":
                return None, msg(
                    "{value} is not a whole number (allowed {range})", value=shown(value), range=allowed()
                )
            return None, msg("{value} is not a number (allowed {range})", value=shown(value), range=allowed())
        if isinstance(value, float) and not math.isfinite(value):
            return None, msg("{value} is not a number (allowed {range})", value=shown(value), range=allowed())
        if (q.minimum is not None and value < q.minimum) or (q.maximum is not None and value > q.maximum):
            return None, msg("{value} is out of range (allowed {range})", value=_num(value), range=allowed())
        return value, None
    if kind == "boolean":
        if isinstance(value, bool):
            return value, None
        if q.nullable:
            return None, msg("{value} is not allowed (true, false or empty (unknown))", value=shown(value))
        return None, msg("{value} is not allowed (true or false)", value=shown(value))
    choices = q.choice_ids()
    if kind == "choice":
        if isinstance(value, str) and value in choices:
            return (None if value == q.null_choice else value), None
        return None, msg(
            "{value} is not allowed (allowed: {allowed})", value=shown(value), allowed=", ".join(choices)
        )
    if kind == "multi_choice":
        if not isinstance(value, list):
            return None, msg(
                "expected a list, got {value} (allowed values: {allowed})",
                value=shown(value),
                allowed=", ".join(choices),
            )
        bad = [v for v in value if not isinstance(v, str) or v not in choices]
        if bad:
            return None, msg(
                "{values} not allowed (allowed: {allowed})",
                values=", ".join(shown(v) for v in bad),
                allowed=", ".join(choices),
            )
        if len(set(value)) != len(value):
            return None, msg("a value is listed twice")
        if len(value) < q.min_count:
            return None, msg(
                "choose at least {count} (allowed: {allowed})", count=q.min_count, allowed=", ".join(choices)
            )
        return [c for c in choices if c in value], None
    if kind == "text":
        if not isinstance(value, str):
            return None, msg("expected text, got {value}", value=shown(value))
        if q.max_length is not None and len(value) > q.max_length:
            return None, msg("longer than {count} characters", count=q.max_length)
        return value.strip(), None
    return None, f"unsupported question kind {kind}"


def date_order_error(pack: RulePack, q: Question, answers: dict[str, Any]) -> str | None:
    """Why a date answer is on the wrong side of another date it is tied to, if it is."""
    msg = pack.catalog.msg
    for key, later in (("not_after", False), ("not_before", True)):
        other_id = getattr(q, key)
        mine, other = answers.get(q.id), answers.get(other_id) if other_id else None
        if not isinstance(mine, date) or not isinstance(other, date):
            continue
        if (mine < other) if later else (mine > other):
            other_q = pack.question(other_id)
            name = other_q.in_sentence or other_q.short or other_q.label
            values = {"value": mine.isoformat(), "other_name": name, "other": other.isoformat()}
            if later:
                return msg("{value} is before {other_name} ({other})", **values)
            return msg("{value} is after {other_name} ({other})", **values)
    return None


def validate_answers(pack: RulePack, flat: dict[str, Any], params: dict[str, Any], today: date) -> Case:
    """Validate flat answers (missing keys take defaults); raise CaseErrors listing every problem."""
    msg = pack.catalog.msg
    errors: list[CaseError] = []
    answers: dict[str, Any] = {}
    for q in pack.questions:
        value = flat.get(q.id)
        if value is BAD_GROUP:
            continue
        if value is None:
            if q.default is not None:
                value = today if q.default == "today" else q.default
            elif q.required and not q.nullable:
                errors.append(CaseError(q.id, msg("required"), missing=True))
                continue
        if value is None:
            answers[q.id] = [] if q.kind == "multi_choice" and not q.nullable else None
            continue
        normalised, message = check_value(q, value, pack.catalog)
        if message:
            errors.append(CaseError(q.id, message))
        else:
            answers[q.id] = normalised
    for q in pack.questions:
        message = date_order_error(pack, q, answers)
        if message:
            errors.append(CaseError(q.id, message))
    if errors:  # say now what `required_unless` needs, read from the answers alone (unknown: needed)
        raw, wrong = Ctx({**dict.fromkeys(pack.facts), **answers}, params), {e.field for e in errors}
        errors.extend(CaseError(q.id, msg("required"), missing=True) for q in pack.questions
                      if q.required_unless is not None and q.id not in wrong and answers.get(q.id) is None
                      and q.needed(raw))
        order = {q.id: n for n, q in enumerate(pack.questions)}
        errors.sort(key=lambda e: order.get(e.field, -1))  # in the order the wizard asks
        raise CaseErrors(errors)
    case = Case(answers)
    facts = case_facts(pack, case, params)
    ctx = Ctx(facts, params)
    unasked = [q for q in pack.questions if q.applies_when is not None
               and answers.get(q.id) not in (None, [], q.default) and not q.applies(ctx)
               and (q.valid_only_when is None or q.valid_only_when(ctx))]  # else refused, below
    if unasked:  # the wizard would not have asked them (pregnancy for a man): as if unanswered
        for q in unasked:
            answers[q.id] = q.default if q.default is not None else [] if q.kind == "multi_choice" and not q.nullable \
                else None
            case.warnings.append((q.id, msg("not asked for these answers: ignored")))
            case.ignored.append(q.id)
        facts = case_facts(pack, case, params)
        ctx = Ctx(facts, params)
    case.derived = (dict(params), facts)
    for q in pack.questions:
        if q.required_unless is not None and answers.get(q.id) is None and q.needed(ctx):
            errors.append(CaseError(q.id, msg("required"), missing=True))
        if q.valid_only_when and answers.get(q.id) is not None and not q.valid_only_when(ctx):
            errors.append(CaseError(q.id, msg("does not apply to these answers: leave it empty")))
        for warning in q.warnings:
            if warning.when and warning.when(ctx):
                case.warnings.append((q.id, warning.text))
    if errors:
        raise CaseErrors(errors)
    return case


def validate_case(pack: RulePack, raw: Any, params: dict[str, Any], today: date | None = None) -> Case:
    """Validate a parsed case file (an older format is migrated first: `case.migrated`)."""
    fmt = check_format(raw, pack.catalog)
    errors: list[CaseError] = []
    migrated: list[Migrated] = []
    if fmt != CASE_FORMAT:
        raw, migrated = migrate(pack, raw, fmt, errors)
    flat = flatten(raw, pack.questions, errors, pack.catalog)
    decisions = read_decisions(pack, raw.get("decisions"), errors)
    visits = read_visits(raw.get("visits"), errors, pack.catalog)
    try:
        case = validate_answers(pack, flat, params, today or date.today())
    except CaseErrors as exc:
        raise CaseErrors(errors + exc.errors) from None
    if errors:
        raise CaseErrors(errors)
    case.decisions = decisions
    case.visits = visits
    case.migrated = migrated
    case.warnings.extend((m.field, m.text) for m in migrated)
    return case


def phase_starts(pack: RulePack, params: dict[str, Any]) -> list[int]:
    ctx = Ctx({}, params)
    return [int(p.from_day(ctx) or 0) for p in pack.phases]


def case_facts(pack: RulePack, case: Case, params: dict[str, Any]) -> dict[str, Any]:
    return derive_facts(case.answers, pack.questions, pack.phases, phase_starts(pack, params))


def case_to_data(pack: RulePack, case: Case) -> dict[str, Any]:
    """The nested, file-ready form of a case (dates as YYYY-MM-DD)."""
    data: dict[str, Any] = {"format": CASE_FORMAT}
    for q in pack.questions:
        value = case.answers.get(q.id)
        if value is None and q.null_choice:
            value = q.null_choice  # written as the choice that says so
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = list(value)
        if "." in q.id:
            group, key = q.id.split(".", 1)
            data.setdefault(group, {})[key] = value
        else:
            data[q.id] = value
    if case.decisions:
        data["decisions"] = decisions_to_data(case.decisions)
    if case.visits:
        data["visits"] = visits_to_data(case.visits)
    return data
