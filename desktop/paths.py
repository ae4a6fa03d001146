"""Where the app's data lives: the source checkout, or the PyInstaller bundle.

This is the only module that knows. PyInstaller (6+) unpacks data under `sys._MEIPASS`
(the `_internal` folder of a onedir build); from source, data sits at the repository root.
"""

from __future__ import annotations

import sys
from pathlib import Path


def frozen() -> bool:
    """Running from the PyInstaller bundle (rule packs must then carry a manifest)."""
    return bool(getattr(sys, "frozen", False))


def app_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def rules_dir() -> Path:
    return app_root() / "rules"


def resources_dir() -> Path:
    return app_root() / "resources"


def scenarios_dir() -> Path | None:
    """The scenario tests, present in a source checkout only."""
    path = app_root() / "tests" / "scenarios"
    return path if path.is_dir() else None
