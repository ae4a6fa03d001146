"""What every command shares: exit codes, the one-line message before a failure, and loading
the rule pack (the bundled one, or `--rules DIR`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .engine.pack.catalog import ENGLISH

if TYPE_CHECKING:
    from .engine import RulePack

EXIT_OK, EXIT_FAILED, EXIT_CASE, EXIT_PACK = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl+C


def fail(message: str, code: int) -> int:
    print(f"ovcf-pathway: {message}", file=sys.stderr)
    return code


def load_pack(rules: str | None, language: str = ENGLISH) -> RulePack:
    from .engine import load_rule_pack

    return load_rule_pack(Path(rules) if rules else paths.rules_dir(), require_manifest=paths.frozen(),
                          language=language)
