"""What every command shares: exit codes, the one-line message before a failure, and loading
the rule pack (the bundled one, or `--rules DIR`): as it is (`load_pack`, for the pack tools)
or as the app uses it for patients (`load_trusted`: signed by a trusted key, no downgrade)."""

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
    """The pack's files as they are now (its manifest and signature are the release's: see load_trusted)."""
    from .engine import load_rule_pack

    return load_rule_pack(Path(rules) if rules else paths.rules_dir(), language=language, check_manifest=False)


def load_trusted(rules: str | None, language: str = ENGLISH, authoring: bool = False) -> RulePack:
    """The pack as `plan` and the app use it: signed by a trusted key and not older than one
    already used on this computer (recorded), or unsigned in authoring mode (see pack_policy)."""
    from .pack_policy import open_trusted, policy

    trust = policy(authoring)
    pack, how = open_trusted(rules, trust, language)
    if how.signed:
        trust.record.accept(pack.id, pack.version)
    else:
        print(f"ovcf-pathway: authoring mode: rule pack {pack.id} {pack.version} is not signed "
              f"({how.problem.splitlines()[-1].strip()}): UNSIGNED, not for clinical use", file=sys.stderr)
    return pack


def signature_status(rules: str | None) -> str:
    """One line for --version: who signed the pack, or why it would be refused for patients."""
    from .engine.pack.errors import RulePackErrors
    from .engine.pack.trust import check_signature
    from .pack_policy import data_folder, trusted_keys

    try:
        key, _sig, (_id, _version, day) = check_signature(Path(rules) if rules else paths.rules_dir(),
                                                           trusted_keys(data_folder())[0])
    except RulePackErrors as exc:
        return f"NOT SIGNED for clinical use: {exc.errors[0]}"
    return f"signed on {day} by key {key.fingerprint} ({key.origin})"
