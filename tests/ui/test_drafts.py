"""Drafts: one that cannot be restored is never deleted (it is set aside, the user is told,
nothing crashes, it is not offered again), and every draft of every session that did not
end cleanly is offered at the next start, naming the patient and the time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile

from conftest import REPO
from desktop.ui.drafts import DRAFT_FORMAT, DraftStore, read_draft
from desktop.ui.main_window import MainWindow
from ui.driver import TODAY

KILLED = -signal.SIGKILL if os.name == "posix" else 1  # the exit status Popen.kill() leaves

HELPER = REPO / "tests" / "ui" / "crash_helper.py"
ANSWERS = {"onset_date": "2026-11-18", "patient.age": 81, "patient.sex": "male", "patient.name": "Ana Test",
           "fracture.levels": ["L4"], "fracture.neuro_deficit": False, "fracture.red_flags": [], "pain.nrs": 7}


def draft(**fields: Any) -> bytes:
    data = {"format": DRAFT_FORMAT, "saved": "2026-11-21T10:15:00", "path": None, "follow_up": False,
            "last_visit": None, "answers": ANSWERS, "previous": None, "decisions": [], "visits": [], **fields}
    return json.dumps(data).encode()


MALFORMED = {
    "not JSON": b'{"format": "ovcf-draft/1", "answers": {',
    "not a mapping": b"[1, 2, 3]",
    "another format": draft(format="ovcf-draft/9"),
    "no format": b'{"answers": {}}',
    "not UTF-8": b'{"format": "ovcf-draft/1", "answers": {"patient.name": "\xff\xfe"}}',
    "deeply nested": b'{"format": "ovcf-draft/1", "answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "duplicate keys": b'{"format": "ovcf-draft/1", "format": "ovcf-draft/1", "answers": {}}',
    "NaN": b'{"format": "ovcf-draft/1", "answers": {"pain.nrs": NaN}}',
    "huge integer": b'{"format": "ovcf-draft/1", "answers": {"patient.age": 1' + b"0" * 5000 + b"}}",
    "answers not a mapping": draft(answers="Ana"),
    "an answer of the wrong type": draft(answers={**ANSWERS, "patient.age": [81], "fracture.levels": "L4"}),
    "a date that is a number": draft(answers={**ANSWERS, "onset_date": 20261118}),
    "a boolean that is text": draft(answers={**ANSWERS, "fracture.neuro_deficit": "no"}),
    "levels that are not choices": draft(answers={**ANSWERS, "fracture.levels": [["L4"]]}),
    "decisions not a list": draft(decisions={"calcitonin": "accepted"}),
    "a decision that is a list": draft(decisions=[["calcitonin", "accepted"]]),
    "a reason that is a mapping": draft(decisions=[{"item": "calcitonin", "decision": "declined",
                                                     "reason": {"x": 1}, "date": "2026-11-21"}]),
    "a visit that is text": draft(visits=["2026-11-21"]),
    "an impossible last visit": draft(last_visit="2026-02-30"),
    "follow_up not a boolean": draft(follow_up="yes"),
}


def start_window(qtbot: Any, pack: Any, folder: Path) -> MainWindow:
    main = MainWindow(pack, pack.profiles["default"], today=TODAY, drafts=DraftStore(folder))
    qtbot.addWidget(main)
    main.show()
    return main


def close(window: MainWindow) -> None:
    window.document.dirty = False
    window.close()


@pytest.mark.parametrize("kind", list(MALFORMED))
def test_a_draft_that_cannot_be_restored_is_set_aside_never_deleted(
    qtbot: Any, pack: Any, tmp_path: Path, dialogs: Any, kind: str
) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    content = MALFORMED[kind]
    (folder / "draft-1.json").write_bytes(content)
    window = start_window(qtbot, pack, folder)
    assert not window.offer_restore()

    kept = [p for p in folder.iterdir() if p.name.startswith("draft-1.unreadable-")]
    assert len(kept) == 1, sorted(p.name for p in folder.iterdir())
    assert kept[0].read_bytes() == content, "kept byte for byte"
    assert not (folder / "draft-1.json").exists()
    (message,) = dialogs.errors
    assert message.startswith("Draft not restored: An autosaved draft could not be restored: ")
    assert f"Nothing was deleted: it was kept as {kept[0]} and will not be offered again." in message
    assert window.store.answers["patient.age"] is None, "nothing of it was half restored"
    assert not window.document.dirty
    close(window)

    dialogs.asked.clear()
    again = start_window(qtbot, pack, folder)
    assert not again.offer_restore()
    assert dialogs.asked == [], "never offered again"
    assert len(dialogs.errors) == 1
    close(again)


def test_a_draft_whose_decisions_are_not_a_list_keeps_its_answers(qtbot: Any, pack: Any, tmp_path: Path,
                                                                  dialogs: Any) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "draft-1.json").write_bytes(MALFORMED["decisions not a list"])
    window = start_window(qtbot, pack, folder)
    window.offer_restore()
    (kept,) = folder.glob("draft-1.unreadable-*.json")
    assert json.loads(kept.read_text())["answers"] == ANSWERS
    assert "could not be restored: decisions: expected a list." in dialogs.errors[0]
    assert window.store.answers["patient.name"] is None
    close(window)


def test_a_good_draft_is_restored_beside_a_bad_one(qtbot: Any, pack: Any, tmp_path: Path, dialogs: Any) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "draft-1.json").write_bytes(b"garbage")
    (folder / "draft-2.json").write_bytes(draft(path="/cases/ana.yaml"))
    window = start_window(qtbot, pack, folder)
    assert window.offer_restore()
    assert window.store.answers["patient.name"] == "Ana Test"
    assert window.document.path == Path("/cases/ana.yaml")
    assert dialogs.asked == ["restore Ana Test, ana.yaml saved 21 Nov 2026 10:15"]
    assert window.document.drafts is not None
    assert window.document.drafts.path == folder / "draft-3.json", "a slot with no draft in it"
    assert (folder / "draft-3.json").exists(), "the restored draft is now this window's"
    assert not (folder / "draft-2.json").exists()
    close(window)


def test_a_patient_without_a_name_is_named_by_age_and_sex(qtbot: Any, pack: Any, tmp_path: Path,
                                                          dialogs: Any) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "draft-1.json").write_bytes(draft(answers={**ANSWERS, "patient.name": None},
                                                saved="2026-11-20T08:05:09"))
    (folder / "draft-2.json").write_bytes(draft(answers={**ANSWERS, "patient.name": None}, saved="garbage"))
    dialogs.restore = "keep"
    window = start_window(qtbot, pack, folder)
    assert not window.offer_restore()
    assert dialogs.asked == ["restore 81 years, Male, a new case saved 20 Nov 2026 08:05",
                             "restore 81 years, Male, a new case saved garbage"]
    assert (folder / "draft-1.json").exists(), "kept, as the user said"
    assert (folder / "draft-2.json").exists()
    close(window)
    again = start_window(qtbot, pack, folder)
    dialogs.restore = "discard"
    again.offer_restore()
    assert len(dialogs.asked) == 4, "kept drafts are offered again at the next start"
    assert not (folder / "draft-1.json").exists()
    assert not (folder / "draft-2.json").exists()
    close(again)


def test_a_draft_with_control_or_bidi_characters_is_set_aside(qtbot: Any, pack: Any, tmp_path: Path,
                                                              dialogs: Any) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    hostile = draft(answers={**ANSWERS, "patient.name": "\u202eevil\x1b[2J"}, saved="2026-11-20T08:05:09")
    (folder / "draft-1.json").write_bytes(hostile)
    window = start_window(qtbot, pack, folder)
    assert not window.offer_restore()
    assert dialogs.asked == [], "never offered with a name that could disguise itself"
    (kept,) = folder.glob("draft-1.unreadable-*.json")
    assert kept.read_bytes() == hostile
    (message,) = dialogs.errors
    assert "answers.patient.name" in message
    close(window)


def test_a_draft_whose_window_is_still_open_is_not_offered(qtbot: Any, pack: Any, tmp_path: Path,
                                                          dialogs: Any) -> None:
    folder = tmp_path / "drafts"
    first = start_window(qtbot, pack, folder)
    first.store.set("patient.age", 70)
    first.document.autosave()
    second = start_window(qtbot, pack, folder)
    assert not second.offer_restore()
    assert dialogs.asked == []
    assert second.document.drafts.slot == 2  # type: ignore[union-attr]
    close(second)
    close(first)


def start(data: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, OVCF_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, str(HELPER), *args], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_every_killed_window_has_its_draft_offered_at_the_next_start(launch_app: Any, dialogs: Any,
                                                                     tmp_path: Path) -> None:
    data = tmp_path / "data"
    apps = []
    for name in ("Ana Test", "Ben Test"):  # two windows open at once, both killed
        app = start(data, "type", name)
        assert app.stdout is not None
        assert app.stdout.readline().strip() == "ready", app.stderr.read() if app.stderr else ""
        apps.append(app)
    for app in apps:
        app.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        app.wait(timeout=30)
        assert app.returncode == KILLED
        app.stdout.close()  # type: ignore[union-attr]
        app.stderr.close()  # type: ignore[union-attr]
    drafts = data / "drafts"
    assert sorted(p.name for p in drafts.glob("draft-*.json")) == ["draft-1.json", "draft-2.json"]

    dialogs.restores = ["restore", "keep"]
    session = launch_app(data)
    window = session.window
    assert [a.split(" saved ")[0] for a in dialogs.asked] == [
        "restore Ana Test, a new case", "restore Ben Test, a new case (keep or discard)"]
    assert window.store.answers["patient.name"] == "Ana Test"
    assert window.store.answers["pain.nrs"] == 7
    assert window.document.drafts.path == drafts / "draft-3.json"
    assert sorted(p.name for p in drafts.glob("draft-*.json")) == ["draft-2.json", "draft-3.json"]

    window.close()  # a clean exit: its own draft goes, the kept one stays
    assert sorted(p.name for p in drafts.glob("draft-*.json")) == ["draft-2.json"]
    dialogs.asked.clear()
    dialogs.restores = ["restore"]
    again = launch_app(data)
    assert [a.split(" saved ")[0] for a in dialogs.asked] == ["restore Ben Test, a new case"]
    assert again.window.store.answers["patient.name"] == "Ben Test"


def test_a_lock_left_by_a_dead_process_does_not_hide_its_draft(qtbot: Any, pack: Any, tmp_path: Path,
                                                               dialogs: Any) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = dead.stdout.strip()
    (folder / "draft-5.json").write_bytes(draft())
    (folder / "draft-5.lock").write_text(f"{pid}\npython\n{os.uname().nodename}\n")
    window = start_window(qtbot, pack, folder)
    assert window.offer_restore()
    assert window.store.answers["patient.age"] == 81
    lock = QLockFile(str(folder / "draft-5.lock"))
    assert lock.tryLock(0), "the old slot is free again"
    lock.unlock()
    close(window)


def test_read_draft_refuses_without_any_other_exception(tmp_path: Path) -> None:
    from desktop.ui.drafts import UnreadableDraft

    reasons = {}
    for kind, content in MALFORMED.items():
        path = tmp_path / "d.json"
        path.write_bytes(content)
        try:
            read_draft(path)
        except UnreadableDraft as exc:  # anything else fails the test
            reasons[kind] = exc.reason
    assert all(reasons.values())
    assert set(reasons) >= {"not JSON", "not a mapping", "deeply nested", "duplicate keys", "NaN", "huge integer",
                            "decisions not a list", "follow_up not a boolean"}
    with pytest.raises(UnreadableDraft, match="No such file"):
        read_draft(tmp_path / "missing.json")
