"""Fixtures of the engine tests: a small synthetic rule pack for what is not about the
clinical content (the loader's messages, site profiles' mechanics)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.engine import RulePack, load_rule_pack

MINI_PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack"


@pytest.fixture(scope="session")
def mini_pack() -> RulePack:
    """tests/data/mini_pack: three items ("Item A".."Item C"), two profiles, synthetic sources."""
    return load_rule_pack(MINI_PACK)


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini pack, for breaking it on purpose."""
    target = tmp_path / "mini_pack"
    shutil.copytree(MINI_PACK, target)
    return target
