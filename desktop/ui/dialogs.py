"""The app's few questions to the user, in one place (tests answer them by replacing these)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CASE_FILTER = "OVCF case files (*.yaml *.yml *.json);;All files (*)"


def ask_save_changes(parent: QWidget, what: str) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes", f"Save the changes to {what}?", parent=parent)
    box.setInformativeText("If you do not save, the answers entered since the last save are lost.")
    save = box.addButton(QMessageBox.StandardButton.Save)
    discard = box.addButton(QMessageBox.StandardButton.Discard)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def ask_restore(parent: QWidget, saved: str, what: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, "Restore unsaved work",
                      f"OVCF Pathway closed unexpectedly on {saved} with unsaved answers ({what}).", parent=parent)
    box.setInformativeText("Restore them? Every answer comes back as it was.")
    restore = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def error(parent: QWidget, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def open_path(parent: QWidget, folder: str) -> str:
    return QFileDialog.getOpenFileName(parent, "Open a case", folder, CASE_FILTER)[0]


def save_path(parent: QWidget, suggested: str, file_filter: str = CASE_FILTER) -> str:
    return QFileDialog.getSaveFileName(parent, "Save as", suggested, file_filter)[0]
