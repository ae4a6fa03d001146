"""The app's few questions to the user, in one place (tests answer them by replacing these)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QPushButton

# the message boxes and file dialogs are imported when one is first shown, not at start-up


def case_filter() -> str:
    return tr("OVCF case files (*.yaml *.yml *.json);;All files (*)")


def ask_save_changes(parent: QWidget, what: str) -> str:
    """'save', 'discard' or 'cancel'."""
    from PySide6.QtWidgets import QMessageBox

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


def restore_box(parent: QWidget | None, saved: str, what: str,
                can_restore: bool = True) -> tuple[QMessageBox, dict[str, QPushButton]]:
    """The offer of a draft left by a session that did not end cleanly, and its buttons."""
    from PySide6.QtWidgets import QMessageBox

    if can_restore:
        text = tr("OVCF Pathway closed unexpectedly on {saved} with unsaved answers ({what}).").format(
            saved=saved, what=what)
        more = tr("Restore them? Every answer comes back as it was.")
    else:
        text = tr("Another OVCF Pathway window also closed unexpectedly on {saved} with unsaved answers "
                  "({what}).").format(saved=saved, what=what)
        more = tr("This window already holds a restored case. Keep these answers for later (they are offered "
                  "again at the next start), or discard them.")
    box = QMessageBox(QMessageBox.Icon.Question, tr("Restore unsaved work"), text, parent=parent)
    box.setInformativeText(more)
    buttons: dict[str, QPushButton] = {}
    if can_restore:
        buttons["restore"] = box.addButton(tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    buttons["keep"] = box.addButton(tr("Keep for &later"), QMessageBox.ButtonRole.RejectRole)
    buttons["discard"] = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(buttons.get("restore", buttons["keep"]))
    box.setEscapeButton(buttons["keep"])
    return box, buttons


def ask_restore(parent: QWidget, saved: str, what: str, can_restore: bool = True) -> str:
    """'restore', 'keep' (offered again at the next start) or 'discard'. Once this window holds
    a restored case, only keep or discard."""
    box, buttons = restore_box(parent, saved, what, can_restore)
    box.exec()
    return next((name for name, button in buttons.items() if button is box.clickedButton()), "keep")


def ask_clinician(parent: QWidget, default: str) -> str | None:
    """The clinician's name, asked at the first save to the clinic register of a session (the
    system user offered); None if they cancelled (nothing is saved)."""
    from PySide6.QtWidgets import QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(tr("Who is saving?"))
    dialog.setLabelText(tr("Your name, recorded with every visit you save to the clinic register until you close "
                           "the app:"))
    dialog.setTextValue(default)
    dialog.setAccessibleName(tr("Who is saving"))
    dialog.setOkButtonText(tr("&Save"))
    if not dialog.exec():
        return None
    return " ".join(dialog.textValue().split()) or default


def data_folder_box(parent: QWidget | None, folder: str, problem: str) -> tuple[QMessageBox, QPushButton]:
    """The data folder cannot be used: the message, and its button to choose another."""
    from PySide6.QtWidgets import QMessageBox

    text = tr("The data folder {folder} cannot be used: {problem}.").format(folder=folder, problem=problem)
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Data folder not usable"), text, parent=parent)
    box.setInformativeText(tr("Until a usable folder is chosen, answers are not autosaved and settings are not "
                              "remembered. Cases can still be saved to files."))
    choose = box.addButton(tr("&Choose another folder…"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(tr("Continue &without autosave"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.setEscapeButton(later)
    return box, choose


def ask_data_folder(parent: QWidget, folder: str, problem: str) -> bool:
    """True to choose another folder now."""
    box, choose = data_folder_box(parent, folder, problem)
    box.exec()
    return box.clickedButton() is choose


def choose_folder(parent: QWidget, start: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, tr("Choose a folder for autosaved drafts and settings"), start)


def error_box(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    if details:
        box.setInformativeText(details)
    return box


def error(parent: QWidget, title: str, text: str, details: str = "") -> None:
    error_box(parent, title, text, details).exec()


def open_path(parent: QWidget, folder: str, file_filter: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    title = tr("Open a case") if not file_filter else tr("Open a file")
    return QFileDialog.getOpenFileName(parent, title, folder, file_filter or case_filter())[0]


def save_path(parent: QWidget, suggested: str, file_filter: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, tr("Save as"), suggested, file_filter or case_filter())[0]


def choose_one(parent: QWidget, title: str, label: str, options: list[str]) -> int | None:
    """The index of the option chosen, or None (cancelled)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getItem(parent, title, label, options, 0, False)
    return options.index(text) if ok and text in options else None
