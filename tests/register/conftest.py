"""Fixtures of the register tests: a real register file in tmp_path, and visits saved to it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import case_data
from desktop.casefile import case_text as file_text
from desktop.engine import Planner, validate_case
from desktop.register.store import Register


def case_text(planner: Planner, **changes: Any) -> str:
    """A case file (ovcf-case/2) of BASE_CASE with `changes` (dotted paths), as save_case writes it."""
    data = case_data(**changes)
    case = validate_case(planner.pack, data, planner.params, today=date.fromisoformat(data["visit_date"]))
    return file_text(planner.pack, case)


def save(register: Register, planner: Planner, who: str = "Dr Test", **changes: Any) -> int:
    """Validate, plan and save a visit of BASE_CASE with `changes`; its visit id."""
    data = case_data(**changes)
    case = validate_case(planner.pack, data, planner.params, today=date.fromisoformat(data["visit_date"]))
    plan = planner.plan(case)
    text = file_text(planner.pack, case)
    return register.save_visit(planner, case, plan, text, who=who)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    opened = Register.open(tmp_path / "data" / "register.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def save_visit(register: Register, planner: Planner) -> Callable[..., int]:
    def saving(**changes: Any) -> int:
        return save(register, planner, **changes)

    return saving
