"""Look and comfort: the normal and the high-contrast theme, and text size.

Colours live here and nowhere else. Every status also has its own fill pattern and marker
shape (status_style.py) and its name is written next to it, so colour is never the only
carrier of meaning, in either theme.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.engine.record import record

TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


@record
class Theme:
    """The colours of one theme (see the module)."""

    name: str
    background: str
    text: str
    muted: str
    grid: str
    lane_labels: str
    phase_bands: tuple[str, ...]
    today: str
    selection: str
    marker_fill: str
    strips: dict[str, tuple[str, str]]  # strip name -> (background, text)
    status: dict[str, tuple[str, str]]  # status -> (colour, background of the bar)


NORMAL = Theme(
    name="normal",
    background="#ffffff",
    text="#111111",
    muted="#555555",
    grid="#d0d0d0",
    lane_labels="#f3f3f3",
    phase_bands=("#fff4cc", "#e6f0fa", "#efe7f6", "#eaf5ea"),
    today="#c2185b",
    selection="#000000",
    marker_fill="#ffffff",
    strips={"critical_alerts": ("#b3261e", "#ffffff"), "warnings": ("#fff0c2", "#3d2c00"),
            "assumptions": ("#eef3f8", "#13263a"), "this_visit": ("#f4f8f4", "#102a12")},
    status={
        "recommended": ("#1e7b34", "#ffffff"),
        "consider": ("#1e7b34", "#e6f4ea"),
        "conditional": ("#1f5fa8", "#f3f7fc"),
        "continue": ("#1f5fa8", "#ffffff"),
        "urgent": ("#b3261e", "#ffffff"),
        "not_recommended": ("#b3261e", "#fdecea"),
        "contraindicated": ("#6d1a14", "#f6dcd9"),
        "unavailable": ("#6b6b6b", "#f1f1f1"),
        "window_passed": ("#6b6b6b", "#f4f4f4"),
        "alternative": ("#00695c", "#e8f4f1"),
        "done": ("#4a5d4e", "#f0f3f0"),
    },
)

# White and yellow on black (every text at least 12:1); statuses in light, saturated colours.
HIGH_CONTRAST = Theme(
    name="high_contrast",
    background="#000000",
    text="#ffffff",
    muted="#ffffff",
    grid="#7a7a7a",
    lane_labels="#000000",
    phase_bands=("#1d1a00", "#00152b", "#1a0026", "#002010"),
    today="#ffff00",
    selection="#ffff00",
    marker_fill="#000000",
    # critical inverted (black on yellow) and thick-edged: never mistaken for the other strips
    strips={"critical_alerts": ("#ffff00", "#000000"), "warnings": ("#000000", "#ffffff"),
            "assumptions": ("#000000", "#ffffff"), "this_visit": ("#000000", "#ffffff")},
    status={
        "recommended": ("#5cff8d", "#000000"),
        "consider": ("#5cff8d", "#000000"),
        "conditional": ("#6ecbff", "#000000"),
        "continue": ("#6ecbff", "#000000"),
        "urgent": ("#ff6b6b", "#000000"),
        "not_recommended": ("#ff6b6b", "#000000"),
        "contraindicated": ("#ff9e9e", "#000000"),
        "unavailable": ("#d0d0d0", "#000000"),
        "window_passed": ("#d0d0d0", "#000000"),
        "alternative": ("#7fffd4", "#000000"),
        "done": ("#c8e6c9", "#000000"),
    },
)

# Fusion draws frames and check-box outlines a shade darker than the window: invisible on black.
HIGH_CONTRAST_STYLE = """
QLineEdit, QComboBox, QPushButton, QToolButton, QTextBrowser, QAbstractSpinBox { border: 1px solid #ffffff; }
QPushButton, QToolButton { padding: 3px 10px; }
QLineEdit:focus, QComboBox:focus, QPushButton:focus, QToolButton:focus, QTextBrowser:focus {
    border: 2px solid #ffff00; }
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled { border: 1px dashed #9e9e9e; }
QCheckBox::indicator, QRadioButton::indicator { width: 13px; height: 13px; border: 2px solid #ffffff;
                                                background: #000000; }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; border-color: #ffff00; }
QCheckBox:focus, QRadioButton:focus { outline: none; border: 1px dotted #ffff00; }
QMenu { border: 1px solid #ffffff; }
QMenu::item:selected, QMenuBar::item:selected { background: #ffff00; color: #000000; }
"""

THEMES = {t.name: t for t in (NORMAL, HIGH_CONTRAST)}
current = NORMAL
_base_point_size: float | None = None


@contextmanager
def for_print() -> Iterator[None]:
    """Custom drawing for paper: the normal theme, whatever the screen uses."""
    global current
    saved, current = current, NORMAL
    try:
        yield
    finally:
        current = saved


def base_point_size() -> float:
    """The application's text size before any text scaling (Ctrl+plus / Ctrl+minus)."""
    if _base_point_size is not None:
        return _base_point_size
    app = QApplication.instance()
    return app.font().pointSizeF() if isinstance(app, QApplication) else 9.0


def base_font() -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(base_point_size())
    return font


def text_scale_of(font: QFont) -> float:
    """How much larger than the base text `font` is (1.0 unscaled): custom-drawn views zoom by it."""
    return max(font.pointSizeF() / base_point_size(), 0.5)


def strip_style(name: str) -> str:
    background, text = current.strips[name]
    width = 5 if name == "critical_alerts" else 2
    border = f"border: {width}px solid {'#ffffff' if name == 'critical_alerts' else text};" \
        if current is HIGH_CONTRAST else ""
    return f"#{name} {{ background: {background}; border-radius: 4px; {border} }} #{name} QLabel {{ color: {text}; }}"


def use(name: str) -> None:
    """Switch theme: the application's palette now; custom-drawn views repaint with it."""
    global current
    current = THEMES.get(name, NORMAL)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not app.property("ovcf_fusion"):  # once, before any style sheet (setStyle under one crashes Qt)
        app.setStyle("Fusion")  # honours the palette the same way on every platform
        app.setProperty("ovcf_fusion", True)
    if current is HIGH_CONTRAST:
        palette = QPalette()
        black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase,
                     QPalette.ColorRole.Button, QPalette.ColorRole.ToolTipBase):
            palette.setColor(role, black)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.ToolTipText, QPalette.ColorRole.BrightText):
            palette.setColor(role, white)
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#b0b0b0"))  # a hint, not an answer
        palette.setColor(QPalette.ColorRole.Highlight, yellow)
        palette.setColor(QPalette.ColorRole.HighlightedText, black)
        palette.setColor(QPalette.ColorRole.Link, QColor("#6ecbff"))
        for group in (QPalette.ColorGroup.Disabled,):
            palette.setColor(group, QPalette.ColorRole.WindowText, QColor("#bdbdbd"))
            palette.setColor(group, QPalette.ColorRole.Text, QColor("#bdbdbd"))
            palette.setColor(group, QPalette.ColorRole.ButtonText, QColor("#bdbdbd"))
        app.setPalette(palette)
        if app.styleSheet() != HIGH_CONTRAST_STYLE:
            app.setStyleSheet(HIGH_CONTRAST_STYLE)
    else:
        if app.styleSheet():
            app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())


def set_text_scale(scale: float) -> None:
    """Scale every text of the application (Ctrl+plus / Ctrl+minus)."""
    global _base_point_size
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF()
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * scale)
    app.setFont(font)


def step_scale(scale: float, direction: int) -> float:
    """The next text size up (+1) or down (-1) from `scale`."""
    index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - scale))
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index + direction))]
