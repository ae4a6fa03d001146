"""Help > Keyboard shortcuts (read off the menus, so never out of date) and Help > User guide
(resources/help/guide.html, bundled: no network needed)."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget

from desktop import paths

from .i18n import tr

GUIDE = "help/guide.html"


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, entry, keys) for every menu entry that has a shortcut, in menu order."""
    rows = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        stack = [(top.text().replace("&", ""), a) for a in menu.actions()]
        while stack:
            where, action = stack.pop(0)
            sub = action.menu()
            if isinstance(sub, QMenu):
                stack[0:0] = [(f"{where} > {action.text().replace('&', '')}", a) for a in sub.actions()]
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and action.isVisible():
                rows.append((where, action.text().replace("&", ""), ", ".join(keys)))
    return rows


def shortcuts_html(window: QMainWindow) -> str:
    other = [
        (tr("Questions"), tr("Next field, previous field"), "Tab, Shift+Tab"),
        (tr("Questions"), tr("Next page, previous page"), "Alt+N, Alt+B"),
        (tr("Timeline"), tr("Select the previous or next item, the first or the last"), "Up, Down, Home, End"),
        (tr("This visit"), tr("Go to an item's details"), "Tab, Enter"),
    ]
    rows = "".join(f"<tr><td>{escape(m)}</td><td>{escape(e)}</td><td><b>{escape(k)}</b></td></tr>"
                   for m, e, k in [*shortcut_rows(window), *other])
    heads = (tr("Where"), tr("What"), tr("Keys"))
    head = "<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in heads) + "</tr>"
    title = tr("Keyboard shortcuts")
    return f"<h2>{escape(title)}</h2><table cellpadding='4'>{head}{rows}</table>"


class HelpDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 600)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(title)
        self.text.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def guide_html() -> str:
    try:
        return (paths.resources_dir() / GUIDE).read_text(encoding="utf-8")
    except OSError as exc:
        problem = tr("The user guide could not be read: {error}").format(error=exc.strerror or exc)
        return f"<p>{escape(problem)}</p>"


def show_shortcuts(window: QMainWindow) -> None:
    HelpDialog(tr("Keyboard shortcuts"), shortcuts_html(window), window).exec()


def show_guide(window: QMainWindow) -> None:
    HelpDialog(tr("User guide"), guide_html(), window).exec()
