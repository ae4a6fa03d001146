"""The app's few questions to the user, in one place (tests answer them by replacing these)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .i18n import tr


def case_filter() -> str:
    return tr("OVCF case files (*.yaml *.yml *.json);;All files (*)")


def ask_save_changes(parent: QWidget, what: str) -> str:
    """'save', 'discard' or 'cancel'."""
    question = tr("Save the changes to {what}?").format(what=what)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved changes"), question, parent=parent)
    box.setInformativeText(tr("If you do not save, the answers entered since the last save are lost."))
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def ask_restore(parent: QWidget, saved: str, what: str) -> bool:
    text = tr("OVCF Pathway closed unexpectedly on {saved} with unsaved answers ({what}).").format(
        saved=saved, what=what)
    box = QMessageBox(QMessageBox.Icon.Question, tr("Restore unsaved work"), text, parent=parent)
    box.setInformativeText(tr("Restore them? Every answer comes back as it was."))
    restore = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def error(parent: QWidget, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def open_path(parent: QWidget, folder: str, file_filter: str = "") -> str:
    title = tr("Open a case") if not file_filter else tr("Open a file")
    return QFileDialog.getOpenFileName(parent, title, folder, file_filter or case_filter())[0]


def save_path(parent: QWidget, suggested: str, file_filter: str = "") -> str:
    return QFileDialog.getSaveFileName(parent, tr("Save as"), suggested, file_filter or case_filter())[0]
