"""What a condition may refer to, checked while compiling (`conditions.py`, `expressions.py`,
`invariant_atoms.py` all read it; it imports none of them)."""

from __future__ import annotations

from dataclasses import field
from typing import Any

from ..record import mutable_record
from .compiled import Condition
from .doses import Dose, LabelLimit
from .model import DecisionPoint, FactSpec
from .schema import Node
from .site_model import Parameter


@mutable_record
class CompileEnv:
    """Everything a condition may refer to, for checking references while compiling."""

    facts: dict[str, FactSpec]
    parameters: dict[str, Parameter]
    predicates: dict[str, Node] = field(default_factory=dict)
    status_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    item_ids: frozenset[str] = frozenset()
    alert_ids: frozenset[str] = frozenset()
    alert_severity: dict[str, str] = field(default_factory=dict)
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # choice id -> its members
    decision_points: dict[str, DecisionPoint] = field(default_factory=dict)
    doses: dict[str, Dose] = field(default_factory=dict)  # what a text's {dose:ID} is (doses.yaml)
    label_limits: tuple[LabelLimit, ...] = ()  # what the labels name (doses.yaml), for invariants
    _compiled: dict[str, Condition] = field(default_factory=dict)
    _compiling: list[str] = field(default_factory=list)

    def param_value_ok(self, name: str, value: Any) -> bool:
        param = self.parameters[name]
        if param.fixed is not None:
            return bool(value == param.fixed)
        return any(o.value == value for o in param.options)
