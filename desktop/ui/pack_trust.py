"""The window's side of rule pack trust (desktop/engine/pack/trust.py): the permanent
"UNSIGNED: not for clinical use" strip of authoring mode, and "What changed in this rule pack",
shown the first time a newly signed pack is used on this computer and acknowledged (who, when)
before anything is planned with it; the acknowledgement is kept in the data folder and in About."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.engine.pack.model import RulePack
from desktop.engine.pack.pack_record import Acknowledgement, PackRecord
from desktop.engine.pack.trust import PackTrust
from desktop.report.banner import unsigned_text

from .i18n import tr, words

BANNER_STYLE = "QLabel { background: #8b0000; color: white; font-weight: bold; padding: 6px; }"


def add_unsigned_banner(window: QMainWindow) -> QLabel:
    """A strip above everything in `window`, for as long as it is open: the pack is unsigned."""
    label = QLabel(unsigned_text(words()) + " - " + tr("this rule pack is not signed by a trusted key. "
                                                      "For writing and testing rule packs only."))
    label.setObjectName("unsignedBanner")
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    label.setAccessibleName(unsigned_text(words()))
    content = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(label)
    if content is not None:
        layout.addWidget(content, 1)
    window.setCentralWidget(holder)
    window.setWindowTitle(f"{unsigned_text(words())} - {window.windowTitle()}")
    return label


class WhatChangedDialog(QDialog):
    """The changes of a new rule pack; Accepted once the clinician names themself and acknowledges."""

    def __init__(self, html: str, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("What changed in this rule pack"))
        self.resize(900, 680)
        self.text = QTextBrowser()
        self.text.setHtml(html)
        self.text.setAccessibleName(tr("What changed in this rule pack"))
        self.text.setAccessibleDescription(tr("Every change of the rule pack, and the plans that change."))
        intro = QLabel(tr("A new rule pack is about to be used on this computer. Read what changed, then confirm "
                          "with your name. The acknowledgement is recorded (who and when) and kept in About."))
        intro.setWordWrap(True)
        self.who = QLineEdit(who)
        self.who.setAccessibleName(tr("Your name"))
        name_label = QLabel(tr("Your &name:"))
        name_label.setBuddy(self.who)
        row = QHBoxLayout()
        row.addWidget(name_label)
        row.addWidget(self.who, 1)
        self.buttons = QDialogButtonBox()
        self.use = self.buttons.addButton(tr("I have read the changes: &use this rule pack"),
                                          QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit = self.buttons.addButton(tr("&Quit without using it"), QDialogButtonBox.ButtonRole.RejectRole)
        self.use.setAccessibleName(tr("Use this rule pack"))
        self.quit.setAccessibleName(tr("Quit without using it"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.who.textChanged.connect(lambda text: self.use.setEnabled(bool(text.strip())))
        self.use.setEnabled(bool(who.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def name(self) -> str:
        return self.who.text().strip()


def what_changed(old_dir: Path, pack: RulePack, old_label: str) -> str:
    """The HTML of the changes from the pack kept at `old_dir` to `pack`, with its plans compared."""
    from desktop.engine import RulePackErrors, load_rule_pack
    from desktop.engine.verify.pack_diff import diff_packs
    from desktop.engine.verify.plan_diff import diff_plans
    from desktop.report.what_changed_html import what_changed_html  # with the verifier's modules: only when asked

    new_dir = Path(pack.directory)
    changes, _problems = diff_packs(old_dir, new_dir)
    try:
        old_pack = load_rule_pack(old_dir, check_manifest=False)
        plans = diff_plans(old_pack, load_rule_pack(new_dir, check_manifest=False), paths.scenarios_dir())
        problem = ""
    except RulePackErrors as exc:
        plans, problem = None, tr("this version of the app cannot read the previous pack ({error}).").format(
            error=str(exc.errors[0]))
    return what_changed_html(old_label, f"{pack.id} {pack.version}", changes, plans, problem, words())


def ask(html: str, who: str) -> str | None:
    """Show the changes; the name of who acknowledged them, or None."""
    dialog = WhatChangedDialog(html, who)
    try:
        return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def acknowledge_pack(pack: RulePack, how: PackTrust, record: PackRecord,
                     asker: Callable[[str, str], str | None] = ask) -> bool:
    """True if `pack` may be used: unsigned (authoring), already acknowledged here, the first
    pack on this computer (recorded as such), or acknowledged now by the clinician."""
    if not how.signed or how.key is None:
        return True
    if record.is_acknowledged(pack.id, pack.sha256):
        record.accept(pack.id, pack.version)
        return True
    previous = record.last_acknowledged(pack.id)
    user = _user()
    when = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    if previous is None or not record.folder or not record.copy_dir(previous).is_dir():
        who = tr("{user} (first rule pack on this computer: nothing to compare)").format(user=user)
        record.acknowledge(Acknowledgement(pack.id, pack.version, pack.sha256, how.key.fingerprint, who, when, ""),
                           Path(pack.directory))
        return True
    html = what_changed(record.copy_dir(previous), pack, f"{previous.id} {previous.version}")
    named = asker(html, user)
    if named is None:
        return False
    record.acknowledge(Acknowledgement(pack.id, pack.version, pack.sha256, how.key.fingerprint, named, when,
                                       previous.version), Path(pack.directory))
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
