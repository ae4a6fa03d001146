"""The leak check of conftest.py (`no_leaked_windows`) can fail: a test that leaves a window
open or a main window alive is failed; Qt's hidden helpers and closed windows are not leaks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import REPO, leaked_windows


def test_a_shown_window_and_a_live_dialog_are_leaks_a_hidden_menu_is_not(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

    shown, dialog, menu, closed = QMainWindow(), QDialog(), QMenu(), QWidget()
    shown.show()
    closed.show()
    closed.close()
    closed.deleteLater()
    try:
        assert set(map(id, leaked_windows(set()))) >= {id(shown), id(dialog)}
        assert id(menu) not in map(id, leaked_windows(set()))
    finally:
        for widget in (shown, dialog, menu):
            widget.close()
            widget.deleteLater()
    assert leaked_windows(set()) == []


LEAKY_TESTS = '''
from PySide6.QtWidgets import QMainWindow

KEPT = []


def test_leaves_a_window_open(qtbot):
    window = QMainWindow()
    window.setWindowTitle("left open")
    window.show()
    KEPT.append(window)


def test_hands_its_window_to_qtbot(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
'''

CONFTEST = f'''
import importlib.util

spec = importlib.util.spec_from_file_location("ovcf_tests_conftest", {str(REPO / "tests" / "conftest.py")!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
own_folders = module.own_folders
no_leaked_windows = module.no_leaked_windows
'''


def test_a_test_that_leaves_a_window_open_fails(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_leaky.py").write_text(LEAKY_TESTS, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rE", str(tmp_path)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "2 passed, 1 error" in out  # the leaky test passes its body, then fails at teardown
    assert "ERROR at teardown of test_leaves_a_window_open" in out
    assert "the test left 1 top-level window(s): QMainWindow('left open', visible)" in out
