"""The hazard log of the rule pack (rules/hazards.yaml), in the spirit of NHS DCB0129: each
hazard with its causes, effect, possible harm, initial and residual risk (severity and
likelihood on DCB0129's five-point scales; the rating from its risk matrix), and the controls
that address it, each by kind and id:

- `invariant: INV-...`  an invariant of rules/invariants.yaml (checked here, when the pack loads),
- `scenario: NN_name`   a scenario file of tests/scenarios (its stem),
- `test: tests/...::test_name`  a pytest node id,
- `ui: <id>`            a behaviour of the window, described under `ui_controls:` with the tests
                         that cover it,
- `check: <part>`       a part of `rules check` (CHECKS below).

Scenario and test ids are resolved where those folders are (`rules check`, `rules hazards`:
desktop/hazard_status.py), not here: the app's bundle has no tests. The texts are English only
(not clinician-facing: no translation).
"""

from __future__ import annotations

from collections.abc import Collection

from ..record import record
from .schema import Node

HAZARDS_FILE = "hazards.yaml"
SEVERITIES: tuple[str, ...] = ("minor", "significant", "considerable", "major", "catastrophic")
LIKELIHOODS: tuple[str, ...] = ("very low", "low", "medium", "high", "very high")
RATINGS: tuple[str, ...] = ("very low", "low", "medium", "high", "very high")  # risk rating 1 to 5
# DCB0129's risk matrix: the rating (1-5) by likelihood (rows, very low first) and severity
# (columns, minor first)
RISK_MATRIX: tuple[tuple[int, ...], ...] = (
    (1, 1, 2, 2, 3),
    (1, 2, 2, 3, 4),
    (2, 2, 3, 3, 4),
    (2, 3, 3, 4, 5),
    (3, 4, 4, 5, 5),
)
CONTROL_KINDS: tuple[str, ...] = ("invariant", "scenario", "test", "ui", "check")
# the parts of `rules check` a hazard may name as a control (desktop/hazard_status.py runs them)
CHECKS: dict[str, str] = {
    "pack-validation": "the pack is read by the one safe reader and cross-checked (every field, reference, "
                       "condition and citation), or refused naming the file, line and field",
    "translations": "every language file of the pack is complete and current for the English texts the pack "
                    "uses, with their placeholders, numbers and units (`rules translations`)",
    "manifest-refusal": "a copy of this pack with one file changed after its manifest was written is refused, "
                        "naming that file; a copy with a manifest but no signature is refused for patient use",
    "case-round-trip": "every scenario case, written as the app writes a case file, reads back with the same "
                       "answers and the same plan",
}


@record
class Risk:
    severity: str
    likelihood: str

    @property
    def rating(self) -> int:
        """1 (very low) to 5 (very high), from DCB0129's matrix."""
        return RISK_MATRIX[LIKELIHOODS.index(self.likelihood)][SEVERITIES.index(self.severity)]

    @property
    def label(self) -> str:
        return RATINGS[self.rating - 1]


@record
class Control:
    kind: str  # one of CONTROL_KINDS
    ref: str  # the id: INV-7, 24_on_denosumab, tests/x.py::test_y, a ui control's id, a CHECKS key
    line: int | None = None  # in hazards.yaml

    @property
    def label(self) -> str:
        return f"{self.kind}: {self.ref}"


@record
class UiControl:
    id: str
    text: str
    tests: tuple[str, ...]  # the pytest node ids that cover it
    line: int | None = None


@record
class Hazard:
    id: str
    title: str
    causes: tuple[str, ...]
    effect: str
    harm: str
    initial: Risk
    controls: tuple[Control, ...]
    residual: Risk
    note: str | None = None
    line: int | None = None


@record
class HazardLog:
    file: str
    hazards: tuple[Hazard, ...]
    ui_controls: tuple[UiControl, ...] = ()
    title: str = "Hazard log"
    note: str | None = None

    def ui(self, uid: str) -> UiControl:
        return next(u for u in self.ui_controls if u.id == uid)


def read_hazards(node: Node, invariant_ids: frozenset[str]) -> HazardLog | None:
    """The log in `node` (hazards.yaml), every problem recorded on the node with its line."""
    if not node.is_mapping({"hazards"}, {"title", "note", "ui_controls"}):
        return None
    ui_controls = _ui_controls(node) if node.has("ui_controls") else ()
    ui_ids = {u.id for u in ui_controls}
    hazards: list[Hazard] = []
    seen: set[str] = set()
    for entry in node.get("hazards").entries():
        hazard = _hazard(entry, invariant_ids, ui_ids)
        if hazard is None:
            continue
        if hazard.id in seen:
            entry.get("id").error(f"duplicate hazard id '{hazard.id}'")
        seen.add(hazard.id)
        hazards.append(hazard)
    if not hazards and isinstance(node.get("hazards").value, list):
        node.get("hazards").error("the hazard log lists no hazard")
    used = {c.ref for h in hazards for c in h.controls if c.kind == "ui"}
    for ui in ui_controls:
        if ui.id not in used:
            node.get("ui_controls").error(f"ui control '{ui.id}' is not a control of any hazard")
    title = node.get("title").text() if node.has("title") else "Hazard log"
    return HazardLog(node.file, tuple(hazards), ui_controls, title, node.get("note").opt_text())


def _ui_controls(node: Node) -> tuple[UiControl, ...]:
    out: list[UiControl] = []
    seen: set[str] = set()
    for entry in node.get("ui_controls").entries():
        if not entry.is_mapping({"id", "text", "tests"}):
            continue
        uid = entry.get("id").text()
        if uid in seen:
            entry.get("id").error(f"duplicate ui control id '{uid}'")
        seen.add(uid)
        tests = tuple(entry.get("tests").text_list())
        if not tests:
            entry.get("tests").error("a ui control names at least one test that covers it")
        for test in tests:
            if "::" not in test:
                entry.get("tests").error(f"'{test}' is not a pytest node id (tests/FILE.py::test_name)")
        out.append(UiControl(uid, entry.get("text").text(), tests, entry.line))
    return tuple(out)


def _risk(node: Node) -> Risk:
    if not node.is_mapping({"severity", "likelihood"}):
        return Risk(SEVERITIES[0], LIKELIHOODS[0])
    return Risk(node.get("severity").one_of(SEVERITIES, SEVERITIES[0]),
                node.get("likelihood").one_of(LIKELIHOODS, LIKELIHOODS[0]))


def _hazard(entry: Node, invariant_ids: frozenset[str], ui_ids: set[str]) -> Hazard | None:
    fields = {"id", "title", "causes", "effect", "harm", "initial", "controls", "residual"}
    if not entry.is_mapping(fields, {"note"}):
        return None
    causes = tuple(entry.get("causes").text_list())
    if not causes and isinstance(entry.get("causes").value, list):
        entry.get("causes").error("a hazard names at least one cause")
    initial, residual = _risk(entry.get("initial")), _risk(entry.get("residual"))
    if residual.rating > initial.rating:
        entry.get("residual").error(f"the residual risk ({residual.label}) is higher than the initial risk "
                                    f"({initial.label})")
    controls = tuple(c for c in (_control(c, invariant_ids, ui_ids) for c in entry.get("controls").entries()) if c)
    if not controls and isinstance(entry.get("controls").value, list):
        entry.get("controls").error("a hazard needs at least one control")
    return Hazard(
        id=entry.get("id").text(),
        title=entry.get("title").text(),
        causes=causes,
        effect=entry.get("effect").text(),
        harm=entry.get("harm").text(),
        initial=initial,
        controls=controls,
        residual=residual,
        note=entry.get("note").opt_text(),
        line=entry.line,
    )


def _control(node: Node, invariant_ids: frozenset[str], ui_ids: set[str]) -> Control | None:
    if not isinstance(node.value, dict) or len(node.value) != 1:
        node.error(f"a control is one of {', '.join(f'{k}: ID' for k in CONTROL_KINDS)}")
        return None
    kind = next(iter(node.value))
    if kind not in CONTROL_KINDS:
        node.child(kind, None).error(f"unknown kind of control (allowed: {', '.join(CONTROL_KINDS)})")
        return None
    value = node.get(kind)
    ref = value.text()
    if not ref:
        return None
    known: dict[str, Collection[str]] = {"invariant": invariant_ids, "ui": ui_ids, "check": CHECKS.keys()}
    if kind in known and ref not in known[kind]:
        where = {"invariant": "invariants.yaml", "ui": "ui_controls", "check": "the parts of rules check"}[kind]
        allowed = f" ({', '.join(CHECKS)})" if kind == "check" else ""
        value.error(f"unknown {kind} '{ref}': not in {where}{allowed}")
        return None
    if kind == "test" and ("::" not in ref or not ref.startswith("tests/")):
        value.error(f"'{ref}' is not a pytest node id (tests/FILE.py::test_name)")
        return None
    return Control(kind, ref, value.line)
