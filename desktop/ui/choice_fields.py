"""Choice fields: one choice (radio buttons, or a drop-down for a long list), Yes/No, and
tick-every-that-applies (with 'None of these' as an explicit answer)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QGridLayout, QRadioButton, QWidget

from .field_base import Field
from .field_keys import GridKeys, RadioKeys
from .i18n import tr


class ChoiceField(Field):
    """Yes/No (and Unknown), or one choice: radio buttons; a long list: a drop-down."""

    def build(self) -> None:
        q = self.question
        if q.kind == "boolean":
            options: list[tuple[Any, str]] = [(True, tr("Yes")), (False, tr("No"))]
        else:
            options = [(None if c.id == q.null_choice else c.id, c.label) for c in q.choices]
        if q.nullable and not q.null_choice:  # a "not known" choice of its own says it already
            options.append((None, tr("Unknown")))
        self.options = options
        self.combo: QComboBox | None = None
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        if len(options) > 4:
            self.combo = QComboBox()
            for value, label in options:
                self.combo.addItem(label, value)
            self.name(self.combo)
            self.label.setBuddy(self.combo)
            self.combo.currentIndexChanged.connect(lambda _i: self.emit_changed())
            self.body.addWidget(self.combo)
        else:
            for index, (_value, label) in enumerate(options):
                button = QRadioButton(label)
                self.name(button, label)
                self.group.addButton(button, index)
                self.buttons.append(button)
                self.body.addWidget(button)
            self.label.setBuddy(self.buttons[0])
            self.group.idToggled.connect(self._toggled)
            RadioKeys(self.buttons, self)
        self.body.addStretch(1)
        self.set_value(q.default if q.default is not None else None)

    def _toggled(self, _index: int, on: bool) -> None:
        if on:
            self.emit_changed()

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData()
        checked = self.group.checkedId()
        return None if checked < 0 else self.options[checked][0]

    def set_value(self, value: Any) -> None:
        index = next((i for i, (v, _l) in enumerate(self.options) if v == value and type(v) is type(value)), -1)
        if self.combo is not None:
            self.combo.setCurrentIndex(max(index, 0))
            return
        if index >= 0:
            self.buttons[index].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        return self.combo if self.combo is not None else self.buttons[0]

    def entry(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.focus_target()


class MultiChoiceField(Field):
    """Tick every that applies; 'None of these' is an explicit answer (nothing ticked = not answered)."""

    def build(self) -> None:
        q = self.question
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.boxes: dict[str, QCheckBox] = {}
        # where each choice goes: the question's grid (rules/questions.yaml), else one per row
        cells = {cid: (r, c) for r, row in enumerate(q.grid) for c, cid in enumerate(row)}
        placed: list[tuple[QCheckBox, int, int]] = []
        for index, choice in enumerate(q.choices):
            box = QCheckBox(choice.label)
            box.setAccessibleName(f"{q.short or q.label}: {choice.label}")
            box.setAccessibleDescription(choice.help or self.help.text())
            if choice.help:
                box.setToolTip(choice.help)
            box.toggled.connect(lambda on, c=choice.id: self._toggled(c, on))
            self.boxes[choice.id] = box
            placed.append((box, *cells.get(choice.id, (index, 0))))
            grid.addWidget(*placed[-1])
        self.none: QCheckBox | None = None
        if q.min_count == 0:
            self.none = QCheckBox(tr("None of these"))
            self.none.setAccessibleName(tr("{question}: none of these").format(question=q.short or q.label))
            self.none.setAccessibleDescription(tr("Tick if none of the above applies (an answer, not a blank)."))
            self.none.toggled.connect(lambda on: self._toggled(None, on))
            placed.append((self.none, len(q.grid) if q.grid else len(q.choices), 0))
            grid.addWidget(*placed[-1])
        # a grid (the level picker) also takes its choices' names typed ("L3")
        names = {name: self.boxes[c.id] for c in q.choices for name in (c.id, c.label)} if q.grid else {}
        GridKeys(placed, names, self)
        self.label.setBuddy(next(iter(self.boxes.values())))
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def _toggled(self, choice: str | None, on: bool) -> None:
        if on and not self._building:
            if choice is None:
                for box in self.boxes.values():
                    box.blockSignals(True)
                    box.setChecked(False)
                    box.blockSignals(False)
            elif self.none is not None:
                self.none.blockSignals(True)
                self.none.setChecked(False)
                self.none.blockSignals(False)
        self.emit_changed()

    def value(self) -> Any:
        chosen = [c for c, box in self.boxes.items() if box.isChecked()]
        if chosen:
            return chosen
        return [] if self.none is not None and self.none.isChecked() else None

    def set_value(self, value: Any) -> None:
        for choice, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(value) and choice in value)
            box.blockSignals(False)
        if self.none is not None:
            self.none.blockSignals(True)
            self.none.setChecked(value == [])
            self.none.blockSignals(False)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))
