"""Finding text the user cannot read in full: clipped labels and buttons, and (in a
pseudo-localised run) text that was never translated."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QMenu, QTextBrowser, QWidget

PSEUDO_TEXT = re.compile(r"⟦.*⟧", re.S)
NON_WORDS = re.compile(r"^[\d\s.,:;/%()+\-\u2013·…<>=&#*\[\]|°²]*$")  # numbers, dates, symbols: nothing to translate
TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    return TAGS.sub("", text).replace("&nbsp;", " ").replace("&amp;", "&").strip()


def visible_text_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible() and isinstance(w, (QLabel, QAbstractButton, QComboBox))]


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, (QLabel, QAbstractButton)):
        return plain(widget.text())
    return ""


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and combo boxes too small for their text."""
    out = []
    for widget in visible_text_widgets(root):
        text = text_of(widget)
        if not text or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()) - 1:
                out.append(f"{type(widget).__name__} cut off at the bottom: {text[:60]!r}")
        elif isinstance(widget, QLabel) and widget.pixmap() is not None and not widget.pixmap().isNull():
            continue
        elif widget.width() < widget.sizeHint().width() - 1:
            out.append(f"{type(widget).__name__} {widget.width()} px < {widget.sizeHint().width()} px: {text[:60]!r}")
    return out


def untranslated(root: QWidget, allowed: set[str]) -> list[str]:
    """In a pseudo-localised run: visible words that are not pseudo text (never went through a
    translation). `allowed`: texts that are data, not interface (dates, cited sources' names)."""
    out = []
    texts = [(w, text_of(w)) for w in visible_text_widgets(root)]
    texts += [(w, line) for w in root.findChildren(QTextBrowser) if w.isVisible()
              for line in w.toPlainText().splitlines()]
    for widget, text in texts:
        rest = PSEUDO_TEXT.sub(" ", text)
        for data in sorted(allowed, key=len, reverse=True):
            rest = rest.replace(data, " ")
        if not NON_WORDS.match(rest):
            out.append(f"{type(widget).__name__}: {text[:80]!r} (left: {rest.strip()[:40]!r})")
    return out


def menu_texts(menu: QMenu) -> list[str]:
    """The entries of one menu (a submenu's entries are another menu's)."""
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def all_menus(menu: QMenu) -> list[QMenu]:
    """`menu` and its submenus."""
    out = [menu]
    for action in menu.actions():
        if action.menu() is not None:
            out.extend(all_menus(action.menu()))
    return out


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).lower() if match else None


def mnemonic_clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    out = []
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            out.append(f"no mnemonic: {text!r}")
        elif letter in seen:
            out.append(f"{text!r} and {seen[letter]!r} share &{letter}")
        else:
            seen[letter] = text
    return out
