"""Keyboard use of the choice fields, so that an answer takes as few keys as it would in a
native dialog:

- a Yes/No (radio) group: the arrow keys move to the neighbouring choice and choose it, as in
  native radio groups (Qt's own arrows only move the focus while nothing is chosen);
- check boxes laid out in a grid (the fracture level picker, from the question's `grid:`):
  Up/Down move to the row above or below (T3, T9, L3), Left/Right to the previous or next box,
  Home/End to the first or last box; a list of check boxes (red flags) is a grid of one column;
- in a grid, typing a choice's name ("L3", "l3", "T12") ticks or unticks it (a shorter name
  that a longer one extends, "T1" before "T12", is put back when the next key makes the longer).
"""

from __future__ import annotations

from time import monotonic

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget

Key = Qt.Key
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _key_press(event: QEvent) -> QKeyEvent | None:
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return None
    return event


def put_cursor(widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.TabFocusReason) -> None:
    """Focus `widget` as the keyboard would, focus frame shown: Qt draws a check box's or radio
    button's focus only after a Tab or an arrow key, not when Enter, Next or typing moved it."""
    widget.setFocus(reason)
    if reason != Qt.FocusReason.MouseFocusReason:
        widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        widget.update()


def _step(event: QKeyEvent, widget: QWidget) -> int:
    """-1 for Left/Up, +1 for Right/Down (Left and Right swapped right to left), else 0."""
    back, forward = (Key.Key_Right, Key.Key_Left) if widget.isRightToLeft() else (Key.Key_Left, Key.Key_Right)
    return {back: -1, Key.Key_Up: -1, forward: 1, Key.Key_Down: 1}.get(Key(event.key()), 0)


class RadioKeys(QObject):
    """Arrows choose in a group of radio buttons: the neighbour (round the ends) is chosen and
    focused."""

    def __init__(self, buttons: list[QRadioButton], parent: QObject) -> None:
        super().__init__(parent)
        self.buttons = buttons
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = _key_press(event)
        if key is None or key.modifiers() not in PLAIN or watched not in self.buttons:
            return False
        assert isinstance(watched, QRadioButton)
        step = _step(key, watched)
        if not step:
            return False
        target = self.buttons[(self.buttons.index(watched) + step) % len(self.buttons)]
        put_cursor(target)
        target.setChecked(True)
        return True


class GridKeys(QObject):
    """Check boxes at (row, column) cells: arrows, Home and End move; typing a name ticks."""

    def __init__(self, cells: list[tuple[QCheckBox, int, int]], names: dict[str, QCheckBox], parent: QObject) -> None:
        super().__init__(parent)
        self.cells = sorted(cells, key=lambda cell: (cell[1], cell[2]))
        self.boxes = [box for box, _row, _col in self.cells]
        self.names = {name.upper(): box for name, box in names.items()}  # empty: typing does nothing
        self.typed = ""
        self.last_key = 0.0
        self.undo: QAbstractButton | None = None  # ticked for a shorter name the next key may extend
        for box in self.boxes:
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        key = _key_press(event)
        if key is None or watched not in self.boxes:
            return False
        assert isinstance(watched, QCheckBox)
        if key.modifiers() not in PLAIN and key.modifiers() != Qt.KeyboardModifier.ShiftModifier:
            return False
        text = key.text()
        if self.names and len(text) == 1 and text.isalnum():
            return self._type(text)
        self.typed, self.undo = "", None
        if key.modifiers() not in PLAIN:
            return False
        target = self._move(watched, Key(key.key()))
        if target is None:
            return False
        if target is not watched:
            put_cursor(target)
        return True

    def _move(self, box: QCheckBox, key: Key) -> QCheckBox | None:
        """Where `key` goes from `box`: None if the key is not a move (Left and Right from the
        first and last box leave the field, as Tab would)."""
        index = self.boxes.index(box)
        if key in (Key.Key_Home, Key.Key_End):
            return self.boxes[0 if key == Key.Key_Home else -1]
        if key not in (Key.Key_Up, Key.Key_Down):
            return None
        _box, row, col = self.cells[index]
        rows = sorted({r for _b, r, _c in self.cells})
        at = rows.index(row) + (1 if key == Key.Key_Down else -1)
        if not 0 <= at < len(rows):
            return box  # the top or bottom row: stay (and do not scroll the page)
        in_row = [(c, b) for b, r, c in self.cells if r == rows[at]]
        return min(in_row, key=lambda cell: (abs(cell[0] - col), cell[0]))[1]

    def _type(self, char: str) -> bool:
        now = monotonic()
        if now - self.last_key > max(QApplication.keyboardInputInterval(), 1000) / 1000:
            self.typed, self.undo = "", None
        self.last_key = now
        typed = (self.typed + char).upper()
        if not self._starts(typed):
            typed, self.undo = char.upper(), None
            if not self._starts(typed):
                self.typed = ""
                return True  # not a name here: nothing happens (and the key goes nowhere else)
        self.typed = typed
        box = self.names.get(typed)
        if box is None:  # the start of names ("L"): go to the first of them
            box = next(b for name, b in self.names.items() if name.startswith(typed))
        else:
            if self.undo is not None:
                self.undo.toggle()
            box.toggle()
            self.undo = box
        put_cursor(box)
        return True

    def _starts(self, typed: str) -> bool:
        return any(name.startswith(typed) for name in self.names)
