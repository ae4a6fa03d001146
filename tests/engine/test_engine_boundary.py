"""The engine is pure Python: it never imports Qt and never evaluates rule data as code."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import REPO

ENGINE = REPO / "desktop" / "engine"

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is blocked in this test: ' + name)
sys.meta_path.insert(0, BlockQt())
"""


def test_engine_computes_a_plan_with_qt_unimportable() -> None:
    code = BLOCK_QT + (
        "from desktop import paths\n"
        "from desktop.engine import load_rule_pack, Planner, read_case_file, validate_case\n"
        "pack = load_rule_pack(paths.rules_dir())\n"
        "planner = Planner(pack, pack.profiles['default'])\n"
        "case = validate_case(pack, read_case_file('examples/acute_l3.yaml'), planner.params)\n"
        "plan = planner.plan(case)\n"
        "assert 'PySide6' not in sys.modules\n"
        "print(plan.item('calcitonin').status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "recommended"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_engine_module_imports_qt_or_the_ui() -> None:
    offenders = {}
    for path in sorted(ENGINE.rglob("*.py")):
        imported = _imports(path)
        bad = imported & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and "ui" in node.module.split("."):
                bad.add(node.module)
        if bad:
            offenders[path.name] = bad
    assert offenders == {}


def test_nothing_in_the_app_evaluates_code_or_loads_yaml_unsafely() -> None:
    offenders = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                bare = isinstance(func, ast.Name) and name in ("eval", "exec", "compile", "__import__")
                if bare or name in ("unsafe_load", "full_load") or (
                    name == "load" and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "yaml"
                ):
                    offenders.append(f"{path.name}:{node.lineno} {name}")
    assert offenders == []
