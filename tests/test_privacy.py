"""On a shared workstation, every file the app writes that can hold patient data is readable
by its owner only (0600) and its data folders are 0700, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import case_data
from desktop.engine import validate_case
from desktop.files import private_dir, write_atomic
from ui.driver import TODAY

# On Windows, who may read a file is set by the user profile's access rules, not by mode bits.
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual 022: files 0644 and folders 0755 unless the app says otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_write_atomic_makes_the_mode_explicit(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("old")
    path.chmod(0o644)
    write_atomic(path, b"new")
    assert mode(path) == 0o600, "a replaced file does not keep a wider mode"
    write_atomic(tmp_path / "new.yaml", b"x")
    assert mode(tmp_path / "new.yaml") == 0o600
    write_atomic(tmp_path / "shared.txt", b"x", mode=0o640)
    assert mode(tmp_path / "shared.txt") == 0o640


def test_private_dir_creates_and_tightens(tmp_path: Path) -> None:
    assert mode(private_dir(tmp_path / "a" / "b")) == 0o700
    wide = tmp_path / "wide"
    wide.mkdir(mode=0o755)
    assert mode(private_dir(wide)) == 0o700


def test_every_file_with_patient_data_is_owner_only(launch_app: Any, tmp_path: Path, qtbot: Any) -> None:
    data = tmp_path / "data"
    (data / "drafts").mkdir(parents=True, mode=0o755)  # folders left wide by an older version
    data.chmod(0o755)
    (data / "drafts").chmod(0o755)
    window = launch_app(data).window
    assert mode(data) == 0o700
    assert mode(data / "drafts") == 0o700, "tightened at start"

    case = validate_case(window.pack, case_data(**{"patient.name": "Ana Example"}), window.planner.params,
                         today=TODAY)
    window.store.replace(case.answers)
    draft = window.document.drafts.path
    qtbot.waitUntil(lambda: draft.exists(), timeout=3000)
    assert mode(draft) == 0o600

    window.set_paper("letter")  # settings are written
    assert mode(data / "settings.ini") == 0o600

    out = tmp_path / "out"
    out.mkdir()
    assert window.export_pdf("summary", str(out / "summary.pdf"))
    assert window.export_pdf("handout", str(out / "handout.pdf"))
    assert mode(out / "summary.pdf") == 0o600
    assert mode(out / "handout.pdf") == 0o600
    assert window.save_as(str(out / "ana.yaml"))
    assert mode(out / "ana.yaml") == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["ana.yaml", "handout.pdf", "summary.pdf"], "no temporary files"


def test_a_set_aside_draft_stays_owner_only(qtbot: Any, pack: Any, tmp_path: Path, dialogs: Any) -> None:
    from desktop.ui.drafts import DraftStore
    from desktop.ui.main_window import MainWindow

    folder = tmp_path / "drafts"
    folder.mkdir()
    bad = folder / "draft-1.json"
    bad.write_text("{")
    bad.chmod(0o644)
    window = MainWindow(pack, pack.profiles["default"], today=TODAY, drafts=DraftStore(folder))
    qtbot.addWidget(window)
    window.offer_restore()
    (kept,) = folder.glob("draft-1.unreadable-*.json")
    assert mode(kept) == 0o600
    assert mode(folder) == 0o700
    window.document.close()
