"""The app's trust policy for rule packs (see desktop/engine/pack/trust.py): the keys it trusts
(the release key shipped in resources/keys/, and a site's own keys in the data folder's
trusted-keys/), the per-computer record in the data folder (no downgrade, acknowledgements),
and authoring mode (`--authoring` or OVCF_AUTHORING=1: an unsigned pack is used, marked
"UNSIGNED: not for clinical use" on the screen and every printout)."""

from __future__ import annotations

import os
from pathlib import Path

from . import paths
from .engine.pack.catalog import ENGLISH
from .engine.pack.model import RulePack
from .engine.pack.pack_record import PackRecord
from .engine.pack.trust import PackTrust, TrustedKey, TrustPolicy, open_pack, read_keys

SITE_KEYS = "trusted-keys"  # in the data folder
RECORD_FOLDER = "rule-packs"  # in the data folder
AUTHORING_ENV = "OVCF_AUTHORING"


def data_folder() -> Path:
    """The user's data folder (OVCF_DATA_DIR, else the platform's; only Qt knows that one)."""
    override = os.environ.get("OVCF_DATA_DIR")
    if override:
        return Path(override)
    from .ui.data_folder import data_dir  # imports QtCore only

    return data_dir()


def authoring_wanted(flag: bool = False) -> bool:
    return flag or os.environ.get(AUTHORING_ENV, "") not in ("", "0")


def key_folders(data: Path) -> list[tuple[Path, str]]:
    return [(paths.resources_dir() / "keys", "shipped"), (data / SITE_KEYS, "site")]


def trusted_keys(data: Path) -> tuple[list[TrustedKey], list[str]]:
    keys: list[TrustedKey] = []
    problems: list[str] = []
    for folder, origin in key_folders(data):
        found, bad = read_keys(folder, origin)
        keys += [k for k in found if all(k.key.key_id != other.key.key_id for other in keys)]
        problems += bad
    return keys, problems


def policy(authoring: bool = False, data: Path | None = None) -> TrustPolicy:
    folder = data if data is not None else data_folder()
    keys, problems = trusted_keys(folder)
    return TrustPolicy(keys, PackRecord.open(folder / RECORD_FOLDER), authoring_wanted(authoring), problems)


def open_trusted(rules: str | Path | None, trust: TrustPolicy, language: str = ENGLISH) -> tuple[RulePack, PackTrust]:
    """The pack at `rules` (default: the bundled one) as `open_pack` allows it."""
    return open_pack(Path(rules) if rules else paths.rules_dir(), trust, language)
