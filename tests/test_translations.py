"""Every shipped language is complete: the interface's Qt translation files match the
sources and are built, and the rule pack's language files cover every clinician-facing
text with the same placeholders as the English."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO, edit
from desktop.cli import main
from desktop.engine import RulePack
from desktop.engine.pack.catalog import LANGUAGE_CODES
from desktop.engine.pack.i18n import check_translations, engine_messages

SHIPPED = LANGUAGE_CODES[1:]
TS_DIR = REPO / "resources" / "i18n"
BIN = Path(sys.executable).parent
UI_SOURCES = [*sorted(str(p) for folder in ("ui", "report") for p in (REPO / "desktop" / folder).glob("*.py")),
              str(REPO / "desktop" / "cli.py")]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
MNEMONIC = re.compile(r"(?<!&)&(?!&)")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """Each message of a .ts file by (context, source)."""
    return {(c.findtext("name") or "", m.findtext("source") or ""): m.find("translation")  # type: ignore[misc]
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}


def lupdate(target: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *UI_SOURCES, "-ts",
                    str(target)], check=True, capture_output=True)


def tr_calls() -> tuple[set[tuple[str, str]], list[str]]:
    """Every translated literal of the interface sources with its context: tr("...") in
    desktop/ui and the CLI (context ""), words.tr("...") in desktop/report (context "words",
    as lupdate files them); and any call lupdate cannot see (not a plain string literal, inside
    an f-string) or that would be looked up in the wrong context."""
    found, hidden = set(), []
    for path in UI_SOURCES:
        report = Path(path).parent.name == "report"
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        in_fstrings = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            bare = isinstance(node.func, ast.Name) and node.func.id == "tr"
            worded = (isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                      and isinstance(node.func.value, ast.Name) and node.func.value.id == "words")
            if not (bare or worded):
                continue
            literal = node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            if not literal or id(node) in in_fstrings or bare == report:
                hidden.append(f"{Path(path).name}:{node.lineno}: {ast.unparse(node)[:60]}")
            else:
                found.add(("words" if worded else "", node.args[0].value))  # type: ignore[union-attr]
    return found, hidden


def test_every_interface_string_reaches_the_translation_files() -> None:
    found, hidden = tr_calls()
    assert hidden == [], ("pyside6-lupdate does not see these as they are looked up: a plain tr(\"literal\") "
                          "in desktop/ui, words.tr(\"literal\") in desktop/report, outside f-strings")
    for language in SHIPPED:
        assert set(messages(TS_DIR / f"ovcf_{language}.ts")) == found, language


@pytest.mark.parametrize("language", SHIPPED)
def test_interface_translation_matches_the_sources(language: str, tmp_path: Path) -> None:
    shipped = TS_DIR / f"ovcf_{language}.ts"
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    lupdate(fresh)
    assert set(messages(fresh)) == set(messages(shipped)), "run scripts/update-translations"


@pytest.mark.parametrize("language", SHIPPED)
def test_interface_translation_is_complete_with_the_same_placeholders(language: str) -> None:
    problems = []
    for (_context, source), translation in messages(TS_DIR / f"ovcf_{language}.ts").items():
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"not translated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        elif len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
            problems.append(f"keyboard mnemonic (&) lost or added: {source!r} -> {text!r}")
    assert problems == []


@pytest.mark.parametrize("language", SHIPPED)
def test_compiled_translation_is_up_to_date(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"ovcf_{language}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS_DIR / f"ovcf_{language}.ts"), "-qm", str(built)],
                   check=True, capture_output=True)
    assert built.read_bytes() == (TS_DIR / f"ovcf_{language}.qm").read_bytes(), "run scripts/update-translations"


def test_rule_pack_languages_are_complete(pack: RulePack) -> None:
    checks = check_translations(Path(pack.directory), pack.catalog.used)
    assert sorted(c.language.code for c in checks) == sorted(SHIPPED)
    assert {c.language.code: c.problems for c in checks} == {code: [] for code in SHIPPED}
    assert all(c.translated == c.wanted > 400 for c in checks)
    assert all(c.language.review.strip() for c in checks), "each language says how far it was reviewed"


def test_engine_sentences_are_found() -> None:
    found = engine_messages()
    assert found is not None
    assert {"required", "{value} is not a date: use YYYY-MM-DD", "by referral to {centre}"} <= found


def test_a_missing_key_or_a_changed_placeholder_fails_the_check(rules_copy: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    french = rules_copy / "i18n" / "fr.yaml"
    lines = french.read_text(encoding="utf-8").splitlines()
    key = next(line for line in lines if "{centre}" in line and line.startswith("  by referral"))
    english = key.split(":", 1)[0].strip()
    edit(french, key, f"  {english}: par adressage à {{centre_name}}")
    dropped = next(line for line in lines if line.startswith("  Recommended:"))
    edit(french, dropped + "\n", "")
    (rules_copy / "MANIFEST.sha256").unlink(missing_ok=True)
    assert main(["rules", "translations", "--rules", str(rules_copy)]) == 1
    out = capsys.readouterr().out
    assert "i18n/fr.yaml: missing text: 'Recommended'" in out
    assert "placeholders differ from English in 'by referral to {centre}'" in out
    assert "FAILED fr" in out
