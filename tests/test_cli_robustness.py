"""Every command-line path ends with its documented exit code and one message, never a
traceback (issue 9): 2 for a bad case file, 3 for a bad rule pack or profile, non-zero for a
PDF that was not written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from desktop.cli import main

EXAMPLE = (REPO / "examples" / "acute_l3.yaml").read_text(encoding="utf-8")
VISIT = ("visits:\n  - {date: 2026-11-20, day: 2, phase: acute, profile: default, rule_pack: {id: x}, "
         "changed: [], key_items: []}\n")
DECISION = "decisions:\n  - {item: calcitonin, decision: accepted, date: 2026-11-21}\n"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=120,
                          check=False, env=env, cwd=REPO)


def case_file(tmp_path: Path, old: str, new: str, name: str = "case.yaml") -> str:
    assert EXAMPLE.count(old) == 1
    path = tmp_path / name
    path.write_text(EXAMPLE.replace(old, new), encoding="utf-8")
    return str(path)


def test_sixty_kb_of_brackets_is_exit_2_not_a_crash(tmp_path: Path) -> None:
    path = case_file(tmp_path, "nrs: 7", "nrs: " + "[" * 30_000 + "]" * 30_000)
    assert Path(path).stat().st_size > 60_000
    result = run("plan", path)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "line 10: nested deeper than 32 levels" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("onset_date: 2026-11-18", "onset_date: 2026-02-30", "line 3: 2026-02-30 is not a real date"),
        ("onset_date: 2026-11-18", "onset_date: 2026-13-45", "line 3: 2026-13-45 is not a real date"),
        ("age: 74,", "age: " + "7" * 400 + ",", "line 4: 7777777777"),
        ("egfr: 58", "egfr: " + "5" * 4301, "is too large a number (at most 12 digits)"),
        ("nrs: 7", "nrs: !!float x", "line 10: typed tags such as !!float are not allowed"),
        ("nrs: 7", "nrs: !!int ''", "line 10: typed tags such as !!int are not allowed"),
        ("neuro_deficit: false", "neuro_deficit: !!bool x", "line 7: typed tags such as !!bool"),
        ("onset_date: 2026-11-18", "onset_date: !!timestamp x", "line 3: typed tags such as !!timestamp"),
        ("nrs: 7", "nrs: !!map x", "line 10: typed tags such as !!map"),
        ("red_flags: []", "red_flags: !!seq x", "line 8: typed tags such as !!seq"),
        ("age: 74,", "age: 1:14,", "line 4: 1:14 is not a plain decimal number"),
        ("age: 74,", "age: 0x4A,", "line 4: 0x4A is not a plain decimal number"),
        ("age: 74,", "age: 7_4,", "line 4: 7_4 is not a plain decimal number"),
        ("sex: female}", 'sex: female, name: "A\\0"}', "line 4: character U+0000 is not allowed in text"),
        ("sex: female}", 'sex: female, name: "A\\e"}', "line 4: character U+001B is not allowed in text"),
        ("sex: female}", 'sex: female, name: "A\\u202E"}', "line 4: character U+202E is not allowed in text"),
        ("history:", DECISION.replace("item: calcitonin", "item: [calcitonin]") + "history:",
         "decisions[0].item: a list is not an item of the rule pack"),
        ("history:", DECISION.replace("date: 2026", "reason: {a: 1}, date: 2026") + "history:",
         "decisions[0].reason: a mapping is not allowed"),
        ("history:", "visits: [2026-11-20]\nhistory:", "visits[0]: expected exactly the fields"),
        ("history:", VISIT.replace("date: 2026-11-20", "date: 9999-11-20") + "history:",
         "visits[0].date: 9999-11-20 is not a plausible date (years 1900 to 2100)"),
        ("history:", VISIT.replace("day: 2", "day: -5") + "history:", "visits[0].day: -5 is out of range"),
        ("history:", VISIT.replace("changed: []", "changed: x") + "history:", "visits[0].changed: expected a list"),
    ],
)
def test_a_bad_case_file_is_exit_2_naming_field_or_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    assert main(["plan", case_file(tmp_path, old, new)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "ovcf-case/2", "pain": {"nrs": 7, "nrs": 2}}', "pain.nrs: duplicate key 'nrs'"),
        ('{"format": "ovcf-case/2", "patient": {"age": NaN}}', "patient.age: NaN is not a plain decimal number"),
        ('{"format": "ovcf-case/2", "patient": {"name": "A\\u202e"}}', "patient.name: character U+202E"),
        ('{"format": "ovcf-case/2", "patient": {"age": ' + "7" * 4301 + "}}", "patient.age: 777"),
        ("[" * 60_000, "line 1: nested deeper than 32 levels"),
        ('{"format": "ovcf-case/2",\n "pain": }', "line 2: malformed JSON"),
    ],
)
def test_a_bad_json_case_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str,
                                   expected: str) -> None:
    path = tmp_path / "case.json"
    path.write_text(content, encoding="utf-8")
    assert main(["plan", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"\xff\xfe\x00\x01garbage", "not UTF-8"), (b"", "a case must be a mapping"), (b"- 1\n- 2\n", "got a list"),
     (b"\x00\x01\x02", "line 1: character U+0000 is not allowed"), (b"a: b: c", "malformed YAML")],
)
def test_garbage_case_files_are_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
                                       expected: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_bytes(content)
    assert main(["plan", str(path)]) == 2
    assert expected in capsys.readouterr().err


def test_a_missing_case_file_or_a_folder_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", str(tmp_path / "none.yaml")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["plan", str(tmp_path)]) == 2
    assert "cannot read" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ("format: ovcf-profile/1\nid: !!python/name:os.system x\n", "site.yaml:2: typed tags such as !!python/name"),
        ("format: ovcf-profile/1\nid: " + "[" * 30_000 + "\n", "site.yaml:2: nested deeper than 32 levels"),
        ("parameters: {chronic_threshold_day: [84]}\n", "site.yaml"),
        ("\x00", "site.yaml"),
    ],
)
def test_an_invalid_profile_file_is_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str], profile: str,
                                           expected: str) -> None:
    site = tmp_path / "site.yaml"
    site.write_text(profile, encoding="utf-8")
    assert main(["plan", str(REPO / "examples" / "acute_l3.yaml"), "--profile", str(site)]) == 3
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err


@pytest.mark.parametrize("where", ["nowhere", "examples/acute_l3.yaml", "x" * 5000])
def test_rules_that_are_not_a_rule_folder_are_exit_3(capsys: pytest.CaptureFixture[str], where: str) -> None:
    rules = where if where.startswith("x") else str(REPO / where)
    assert main(["plan", str(REPO / "examples" / "acute_l3.yaml"), "--rules", rules]) == 3
    assert main(["--version", "--rules", rules]) == 3
    assert main(["rules", "check", "--rules", rules]) == 3
    err = capsys.readouterr().err
    assert "rule pack" in err or "cannot be read" in err
    assert "Traceback" not in err


def test_rules_manifest_of_a_missing_folder_is_exit_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "manifest", str(tmp_path / "nowhere")]) == 3
    assert "rule pack folder not found" in capsys.readouterr().err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["rules", "manifest", str(tmp_path / "file")]) == 3


def test_a_pdf_that_cannot_be_written_fails_naming_the_file(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"
    result = run("plan", str(REPO / "examples" / "acute_l3.yaml"), "--pdf", str(target))
    assert result.returncode != 0
    assert f"cannot write the PDF {target}" in result.stderr
    assert "Traceback" not in result.stderr
    assert not target.exists()
    assert json.loads(result.stdout)["format"] == "ovcf-plan/1", "the plan itself was still printed"


def test_a_plan_piped_into_a_reader_that_has_gone_ends_without_a_traceback() -> None:
    """`plan CASE | head -c0`: the reader closed the pipe before the plan was written."""
    example = str(REPO / "examples" / "acute_l3.yaml")
    with subprocess.Popen([sys.executable, "-m", "desktop", "plan", example], cwd=REPO,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as writer:
        assert writer.stdout is not None
        assert writer.stderr is not None
        writer.stdout.close()  # gone before the plan is computed (it takes a few hundred ms)
        errors = writer.stderr.read().decode()
        code = writer.wait(timeout=60)
    assert "Traceback" not in errors, errors
    assert code == 1, "the plan was not delivered: not a success"


@pytest.mark.parametrize("output", ["json", "text"])
def test_the_pseudo_language_plans_without_a_traceback(capsys: pytest.CaptureFixture[str], output: str) -> None:
    """Pseudo-localisation keeps every placeholder, `{sha256}` (with digits) too."""
    assert main(["plan", str(REPO / "examples" / "acute_l3.yaml"), "--language", "pseudo", "--format", output]) == 0
    assert "⟦" in capsys.readouterr().out
