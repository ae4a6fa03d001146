"""The status bar's problem notes: what is not being saved (autosave, settings, the data
folder), shown until a later write succeeds. An icon and a heading word on each, not colour alone."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QStyle, QWidget

from . import theme
from .i18n import tr
from .plan_panel import Strip

# the order notes are listed in
KINDS = ("data_folder", "autosave", "settings", "register")


class ProblemNotes(Strip):
    """One warning strip listing every current problem; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("warnings", tr("Problems"), QStyle.StandardPixmap.SP_MessageBoxWarning)
        if parent is not None:
            self.setParent(parent)
        self.setAccessibleName(tr("Problems"))
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.notes: dict[str, tuple[str, str]] = {}  # kind: (heading word, text)

    def set_note(self, kind: str, heading: str, text: str) -> None:
        """Show `heading: text` for `kind`; an empty text removes that note."""
        if text:
            self.notes[kind] = (heading, text)
        else:
            self.notes.pop(kind, None)
        self._show()

    def _show(self) -> None:
        lines = [f"<b>{escape(heading)}</b> {escape(text)}"
                 for heading, text in (self.notes[k] for k in KINDS if k in self.notes)]
        self.text.setText("<br>".join(lines))
        plain = " ".join(f"{heading} {text}" for heading, text in (self.notes[k] for k in KINDS if k in self.notes))
        self.text.setAccessibleDescription(plain)
        self.setAccessibleDescription(plain)
        if lines:
            self.draw_icon()
        self.setVisible(bool(lines))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The status bar asks for no height-for-width: be exactly as tall as the wrapped lines."""
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """A new theme or text size changes the lines' height: fit again once it is applied."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.invalidate()  # its cached height is for the previous font and frame
        height = self.heightForWidth(self.width())
        if height > 0 and height != self.height():
            self.setFixedHeight(height)

    def restyle(self) -> None:
        """After a theme or text size change (a styled widget does not follow the application's
        font by itself)."""
        self.setStyleSheet(theme.strip_style("warnings"))
        self.text.setFont(QApplication.font())
        QTimer.singleShot(0, self._fit)

    def plain_text(self) -> str:
        """What the notes say, for tests and screen readers."""
        return self.text.accessibleDescription()
