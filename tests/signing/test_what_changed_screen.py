"""The app's side: "What changed in this rule pack" the first time a new signed pack is used
(acknowledged with a name, recorded, kept in About), the UNSIGNED strip in authoring mode."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from conftest import edit
from desktop.engine.pack import minisign
from desktop.engine.pack.pack_record import PackRecord
from desktop.engine.pack.trust import TrustPolicy, open_pack
from desktop.ui.pack_trust import WhatChangedDialog, acknowledge_pack, ask

from .conftest import DOSE, DOSES, TAMPERED_DOSE, set_version, sign_pack


def shot(widget: Any, name: str) -> None:
    folder = Path(os.environ["OVCF_SCREENSHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / name))


def answer_dialog(qtbot: Any, name: str, accept: bool, seen: list[str]) -> None:
    """As a clinician would: read, type a name, press the button (when the dialog is up)."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WhatChangedDialog)
        seen.append(dialog.text.toPlainText())
        dialog.resize(900, 680)
        shot(dialog, "what_changed.png")
        dialog.who.clear()
        assert not dialog.use.isEnabled()  # a name is needed
        qtbot.keyClicks(dialog.who, name)
        (dialog.use if accept else dialog.quit).click()

    QTimer.singleShot(0, act)


def test_a_new_pack_is_shown_and_acknowledged_once(qtbot: Any, release: Path, site_key: minisign.SecretKey,
                                                   trust: Callable[..., TrustPolicy]) -> None:
    first = trust()
    pack, how = open_pack(release, first)
    assert acknowledge_pack(pack, how, first.record)  # the first pack here: nothing to compare, recorded
    (entry,) = first.record.acknowledged
    assert "first rule pack on this computer" in entry.who

    edit(release / DOSES, DOSE, TAMPERED_DOSE)
    set_version(release, "9.0.0")
    sign_pack(release, site_key)
    second = trust()
    pack, how = open_pack(release, second)
    seen: list[str] = []
    answer_dialog(qtbot, "Dr Ada Example", accept=True, seen=seen)
    assert acknowledge_pack(pack, how, second.record, ask)
    assert "What changed in this rule pack" in seen[0]
    assert "Alendronate 700 mg by mouth once a week" in seen[0]
    last = second.record.last_acknowledged(pack.id)
    assert last is not None
    assert (last.who, last.version, last.previous) == ("Dr Ada Example", "9.0.0", entry.version)
    again = trust()
    assert PackRecord.open(again.record.folder).highest[pack.id] == "9.0.0"
    assert acknowledge_pack(*open_pack(release, again), again.record, lambda html, who: None)  # not asked again


def test_a_pack_whose_changes_are_not_acknowledged_is_not_used(qtbot: Any, release: Path,
                                                               site_key: minisign.SecretKey,
                                                               trust: Callable[..., TrustPolicy]) -> None:
    first = trust()
    acknowledge_pack(*open_pack(release, first), first.record)
    set_version(release, "9.0.0")
    sign_pack(release, site_key)
    second = trust()
    answer_dialog(qtbot, "Dr Ada Example", accept=False, seen=[])
    assert not acknowledge_pack(*open_pack(release, second), second.record, ask)
    assert [a.version for a in trust().record.acknowledged] == [first.record.acknowledged[0].version]


def test_authoring_mode_shows_the_unsigned_strip_and_about_keeps_the_record(
        qtbot: Any, release: Path, session: Callable[..., Any], monkeypatch: Any) -> None:
    (release / "MANIFEST.sha256.minisig").unlink()
    monkeypatch.setenv("OVCF_AUTHORING", "1")
    app = session(rules=release)
    window = app.window
    banner = window.findChild(QLabel, "unsignedBanner")
    assert banner is not None
    assert banner.isVisible()
    assert banner.text().startswith("UNSIGNED: not for clinical use")
    assert window.windowTitle().startswith("UNSIGNED: not for clinical use")
    shot(window, "unsigned_window.png")
    from desktop.report.about_html import about_html, trust_html
    from desktop.report.words import ENGLISH

    assert window.trust_view is not None
    text = trust_html(window.trust_view, ENGLISH)
    assert "UNSIGNED: not for clinical use" in text
    assert "Trusted keys" in text
    assert about_html  # About shows the same section (desktop/ui/about.py)
