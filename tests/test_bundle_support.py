"""What the offline bundle relies on, tested from source: the rule pack manifest, the
self-test, no network, bundle paths and the trimming rules. (CI also builds the bundle and
runs it: scripts/smoke-bundle.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, edit
from desktop import paths
from desktop.engine import RulePackErrors, load_rule_pack
from desktop.engine.pack.integrity import MANIFEST_NAME, manifest_text
from desktop.packaging import _dropped, qt_translation_language
from desktop.paths import rules_dir as shipped_rules_dir  # imported before conftest replaces paths.rules_dir

LINUX_ONLY = pytest.mark.skipif(sys.platform != "linux", reason="the socket shim is an LD_PRELOAD library (Linux)")


def with_manifest(rules: Path) -> None:
    """What `rules manifest` writes for a pack that passes `rules check` (the check itself runs
    in tests/engine/test_verify.py and tests/signing/test_release_commands.py)."""
    (rules / MANIFEST_NAME).write_text(manifest_text(rules), encoding="utf-8")


def refusal(rules: Path, require: bool = False) -> list[str]:
    with pytest.raises(RulePackErrors) as caught:
        load_rule_pack(rules, require_manifest=require)
    return [str(e) for e in caught.value.errors]


def test_manifest_verifies_and_does_not_change_the_fingerprint(rules_copy: Path) -> None:
    before = load_rule_pack(rules_copy).sha256
    with_manifest(rules_copy)
    assert (rules_copy / "MANIFEST.sha256").read_text().count("\n") == len(load_rule_pack(rules_copy).files)
    assert load_rule_pack(rules_copy, require_manifest=True).sha256 == before


def test_a_modified_file_is_refused_by_name(rules_copy: Path) -> None:
    with_manifest(rules_copy)
    edit(rules_copy / "items" / "interventions.yaml", "status: not_recommended\n        window: {start: 0, end: null}",
         "status: recommended\n        window: {start: 0, end: null}")  # vertebroplasty
    assert refusal(rules_copy) == [
        "items/interventions.yaml: file has been modified since the rule pack was built: refused"
    ]


def test_a_missing_or_added_file_is_refused_by_name(rules_copy: Path) -> None:
    with_manifest(rules_copy)
    (rules_copy / "alerts.yaml").unlink()
    (rules_copy / "profiles" / "extra.yaml").write_text("x: 1\n", encoding="utf-8")
    assert refusal(rules_copy) == [
        "alerts.yaml: file is missing (listed in the manifest)",
        "profiles/extra.yaml: file is not in the manifest: refused",
    ]


def test_the_bundle_requires_a_manifest(rules_copy: Path) -> None:
    (message,) = refusal(rules_copy, require=True)
    assert message.startswith("MANIFEST.sha256: the manifest is missing")


def test_self_test_passes_from_source() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=REPO, capture_output=True,
                            text=True, timeout=120, check=False, env={**_env(), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "rule pack ovcf-pathway" in out
    assert "wizard: 6 pages built (visit, fracture, pain, safety, history, review)" in out
    assert out.strip().endswith(tuple(f"{n}.{d} s" for n in range(10) for d in range(10)))


def test_self_test_refuses_a_tampered_pack(tmp_path: Path) -> None:
    rules_copy = tmp_path / "rules"  # the signed release, as shipped
    shutil.copytree(shipped_rules_dir(), rules_copy)
    edit(rules_copy / "alerts.yaml", "  - id: neuro_deficit\n    severity: critical", "  - id: neuro_deficit\n    severity: info")
    result = subprocess.run([sys.executable, "-m", "desktop", "--rules", str(rules_copy), "--self-test"], cwd=REPO,
                            capture_output=True, text=True, timeout=120, check=False, env=_env())
    assert result.returncode == 3
    assert "alerts.yaml: file has been modified since the rule pack was built: refused" in result.stderr


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}


@pytest.fixture(scope="module")
def nosocket(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    assert compiler, "a C compiler builds the socket-blocking shim"
    out = tmp_path_factory.mktemp("shim") / "nosocket.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(out), str(REPO / "tests" / "support" / "nosocket.c"), "-ldl"],
                   check=True)
    return out


@LINUX_ONLY
def test_the_shim_really_blocks_network_sockets(nosocket: Path, tmp_path: Path) -> None:
    log = tmp_path / "sockets.log"
    code = "import socket\ntry:\n    socket.socket(socket.AF_INET)\nexcept OSError as e:\n    print('blocked', e.errno)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**_env(), "LD_PRELOAD": str(nosocket), "NOSOCKET_LOG": str(log)})
    assert result.stdout.strip() == "blocked 13"
    assert log.read_text() == "blocked socket(domain=2)\n"


@LINUX_ONLY
def test_self_test_never_opens_a_network_socket(nosocket: Path, tmp_path: Path) -> None:
    log = tmp_path / "sockets.log"
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=REPO, capture_output=True, text=True,
                            timeout=120, check=False,
                            env={**_env(), "LD_PRELOAD": str(nosocket), "NOSOCKET_LOG": str(log),
                                 "QT_QPA_PLATFORM": "offscreen", "OVCF_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert not log.exists(), log.read_text()
    assert "PySide6.QtNetwork" not in sys.modules


def test_paths_inside_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert shipped_rules_dir() == REPO / "rules"  # (paths.rules_dir is the session's signed copy: see conftest)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.frozen()
    assert shipped_rules_dir() == tmp_path / "rules"
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.scenarios_dir() is None


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_help_fr.qm", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
    ],
)
def test_trimming_rules(dest: str, dropped: bool) -> None:
    assert _dropped(dest) is dropped


def test_qt_translation_languages() -> None:
    assert qt_translation_language("qtbase_pt_BR.qm") == "pt"
    assert qt_translation_language("qt_es.qm") == "es"
    assert qt_translation_language("qt_help_es.qm") is None


def test_what_the_bundle_runs_imports_nothing_the_bundle_leaves_out() -> None:
    """build.spec leaves modules out of the bundle (decimal, ssl, unittest, ...): the app, its
    self-test and the register commands must not import them, or the bundle fails to start."""
    import re
    import subprocess
    import sys

    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    block = spec[spec.index("excludes=["):spec.index("*QT_EXCLUDES")]
    excluded = set(re.findall(r'"([\w.]+)"', block))
    assert {"decimal", "ssl", "unittest"} <= excluded
    code = ("import sys, desktop.cli, desktop.ui.app, desktop.selftest, desktop.register_cli, desktop.ui.main_window\n"
            "from desktop.engine import load_rule_pack\nfrom desktop import paths\nload_rule_pack(paths.rules_dir())\n"
            "print(' '.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    falls_back = {"_hashlib"}  # hashlib uses its built-in sha256 without it (build.spec says so)
    assert sorted((excluded - falls_back) & set(out)) == []
