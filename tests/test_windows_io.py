"""Windows-safe file and console I/O: files.replace_retrying and cli.utf8_output."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import cli, files

REPO = Path(__file__).resolve().parent.parent


def in_use(winerror: int | None = 32) -> PermissionError:
    """What os.replace raises on Windows when another program has the target open."""
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another process")
    if winerror is not None:
        exc.winerror = winerror  # type: ignore[attr-defined]  # set by Windows' OSError only
    return exc


def test_a_save_waits_for_a_virus_scanner_to_let_go(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.yaml"
    target.write_bytes(b"old")
    real, refusals = os.replace, [in_use(32), in_use(5)]
    waits: list[float] = []

    def replace(source: os.PathLike[str], dest: os.PathLike[str]) -> None:
        if refusals:
            raise refusals.pop(0)
        real(source, dest)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(time, "sleep", waits.append)
    files.write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert waits == list(files.RENAME_RETRY_DELAYS[:2])
    assert [p.name for p in tmp_path.iterdir()] == ["case.yaml"]


def test_a_file_held_for_good_fails_the_save_and_leaves_it_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.yaml"
    target.write_bytes(b"old")
    waits: list[float] = []

    def replace(_source: object, _dest: object) -> None:
        raise in_use(32)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(time, "sleep", waits.append)
    with pytest.raises(PermissionError):
        files.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert waits == list(files.RENAME_RETRY_DELAYS)
    assert [p.name for p in tmp_path.iterdir()] == ["case.yaml"]


def test_other_refusals_are_not_retried(tmp_path: Path) -> None:
    waits: list[float] = []
    calls: list[int] = []

    def replace(_source: object, _dest: object) -> None:
        calls.append(1)
        raise in_use(None)  # a POSIX EACCES (read-only folder): no winerror

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", replace)
        with pytest.raises(PermissionError):
            files.replace_retrying(tmp_path / "a", tmp_path / "b", sleep=waits.append)
    assert (calls, waits) == ([1], [])


def test_retries_stop_after_about_three_seconds(tmp_path: Path) -> None:
    waits: list[float] = []

    def replace(_source: object, _dest: object) -> None:
        raise in_use(5)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "replace", replace)
        with pytest.raises(PermissionError):
            files.replace_retrying(tmp_path / "a", tmp_path / "b", sleep=waits.append)
    assert waits == list(files.RENAME_RETRY_DELAYS)
    assert 2 < sum(waits) < 5


def test_command_line_output_is_utf8_whatever_the_code_page(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="cp1252", newline="\n"))
    cli.utf8_output()
    print("dose \u2265 1 g \u27e6pseudo\u27e7 c\u00e1lcio")
    sys.stdout.flush()
    assert raw.getvalue().decode("utf-8") == "dose \u2265 1 g \u27e6pseudo\u27e7 c\u00e1lcio\n"


def test_a_plan_redirected_on_a_windows_code_page_is_written_in_utf8() -> None:
    """Windows writes redirected output in the ANSI code page; PYTHONIOENCODING stands in for it."""
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "plan", "examples/acute_l3.yaml", "--language", "pseudo"],
        cwd=REPO, capture_output=True, timeout=120, check=False,
        env={**os.environ, "PYTHONIOENCODING": "cp1252", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "\u27e6" in result.stdout.decode("utf-8")
