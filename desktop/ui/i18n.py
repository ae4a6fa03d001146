"""The interface's language: Qt translations (resources/i18n/ovcf_<lang>.qm, built with
pyside6-lupdate / pyside6-lrelease) plus Qt's own (dialog buttons), and dates in the
language's format.

Interface strings are written `tr("English text {placeholder}")` (pyside6-lupdate finds
them) and formatted after translation. Dates are shown as day, abbreviated month and year
("21 nov. 2026"): never an all-numeric date whose day/month order a reader could mistake.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop import paths
from desktop.engine.pack.catalog import PSEUDO, pseudo
from desktop.report.words import Words

QT_CATALOGUES = {"fr": "fr", "es": "es", "pt": "pt_BR"}  # Qt's own translations shipped
LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "pt": "pt_PT"}  # dates and numbers
LONG_DATES = {"es": "d 'de' MMMM 'de' yyyy", "pt": "d 'de' MMMM 'de' yyyy"}  # "21 de noviembre de 2026"
_locale = QLocale("en_GB")
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    """An interface string in the current language."""
    return QCoreApplication.translate("", text)


class PseudoTranslator(QTranslator):
    """Long, accented stand-ins for every string: shows clipped or untranslated text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:
        return False


def install_language(language: str) -> bool:
    """Use `language` (en, fr, es, pt, or pseudo) for the interface from now on. False if its
    translation file could not be loaded (the interface then stays in English)."""
    global _locale
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _locale = QLocale(LOCALES.get(language, "en_GB"))
    loaded = True
    if language == PSEUDO:
        _installed.append(PseudoTranslator())
    elif language in QT_CATALOGUES:
        ours = QTranslator()
        loaded = ours.load(str(paths.resources_dir() / "i18n" / f"ovcf_{language}.qm"))
        if loaded:
            _installed.append(ours)
        qt = QTranslator()
        if qt.load(f"qtbase_{QT_CATALOGUES[language]}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(_locale)
    return loaded


def fmt_date(value: date | None) -> str:
    """A date as the interface shows it, e.g. '21 Nov 2026' or '21 nov. 2026'."""
    if value is None:
        return ""
    return _locale.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def long_date(value: date | None) -> str:
    """A date in words for the patient handout, e.g. '21 November 2026' or '21 novembre 2026'."""
    if value is None:
        return ""
    pattern = LONG_DATES.get(_locale.name().split("_")[0], "d MMMM yyyy")
    return _locale.toString(QDate(value.year, value.month, value.day), pattern)


def short_date(value: date) -> str:
    """Day and month for the timeline's axis, e.g. '16 Dec'."""
    return _locale.toString(QDate(value.year, value.month, value.day), "d MMM")


def words() -> Words:
    """The interface's language and date formats, for the report layer (desktop/report/)."""
    return Words(tr=_report_tr, date=fmt_date, long_date=long_date)


def _report_tr(text: str) -> str:
    """A report string: lupdate files `words.tr("...")` under the context "words"."""
    return QCoreApplication.translate("words", text)
