"""Edit > Settings: language, site profile, theme, text size and paper, remembered across runs."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.engine import RulePackErrors
from desktop.engine.pack.i18n import available_languages
from desktop.engine.pack.model import RulePack
from desktop.engine.pack.read_profile import load_profile_file
from desktop.engine.pack.site_model import Profile

from . import dialogs
from .i18n import tr
from .settings import PAPER_NAMES, PAPERS, Settings
from .theme import TEXT_SCALES


def _combo(name: str, description: str, entries: list[tuple[str, object]], current: object) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setAccessibleDescription(description)
    for text, value in entries:
        combo.addItem(text, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class SettingsDialog(QDialog):
    def __init__(self, pack: RulePack, profile: Profile, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.setWindowTitle(tr("Settings"))
        self.setAccessibleName(tr("Settings"))
        self.profile_file = "" if pack.profiles.get(profile.id) is profile else profile.file
        languages = available_languages(Path(pack.directory))
        reviews = {lang.code: lang.review for lang in languages}
        self.language = _combo(
            tr("Language"), tr("Language of the interface, the questions, the plan and the printouts."),
            [(lang.name, lang.code) for lang in languages], settings.language)
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.language.currentIndexChanged.connect(
            lambda _i: self.review.setText(escape(reviews.get(str(self.language.currentData()), ""))))
        self.review.setText(escape(reviews.get(settings.language, "")))
        self.profile = _combo(
            tr("Site profile"),
            tr("What this site has on site or by referral, and its choices where the sources disagree."),
            [(f"{p.name} ({p.region})", p.id) for p in pack.profiles.values()],
            profile.id if not self.profile_file else None,
        )
        if self.profile_file:
            self._add_file_entry(profile)
        self.profile_about = QLabel()
        self.profile_about.setWordWrap(True)
        self.profile.currentIndexChanged.connect(lambda _i: self._describe_profile())
        self.load = load = QPushButton(tr("Load a profile &file…"))
        load.setAccessibleName(tr("Load a profile file"))
        load.setAccessibleDescription(tr("Use a site profile from a file (checked before it is used)."))
        load.clicked.connect(self.choose_profile_file)
        self.profiles: dict[str, Profile] = {p.id: p for p in pack.profiles.values()}
        if self.profile_file:
            self.profiles[self.profile_file] = profile
        self.theme = _combo(
            tr("Theme"), tr("High contrast shows white and yellow on black."),
            [(tr("Normal"), "normal"), (tr("High contrast"), "high_contrast")], settings.theme)
        self.text_scale = _combo(
            tr("Text size"), tr("Also Ctrl+plus and Ctrl+minus in the main window."),
            [(f"{round(s * 100)} %", s) for s in TEXT_SCALES], settings.text_scale)
        self.paper = _combo(tr("Paper size"), tr("For printing and PDF export."),
                            [(PAPER_NAMES[p], p) for p in PAPERS], settings.paper)
        form = QFormLayout()
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(load)
        for text, widget in ((tr("&Language:"), self.language), (tr("Site &profile:"), self.profile),
                             (tr("T&heme:"), self.theme), (tr("&Text size:"), self.text_scale),
                             (tr("Paper si&ze:"), self.paper)):
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.profile:
                form.addRow(label, profile_row)
                form.addRow("", self.profile_about)
            else:
                form.addRow(label, widget)
            if widget is self.language:
                form.addRow("", self.review)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for which, name in ((QDialogButtonBox.StandardButton.Ok, tr("Apply the settings")),
                            (QDialogButtonBox.StandardButton.Cancel, tr("Keep the settings as they were"))):
            buttons.button(which).setAccessibleName(name)
            buttons.button(which).setAccessibleDescription(name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._describe_profile()
        self.resize(640, self.sizeHint().height())

    def _add_file_entry(self, profile: Profile) -> None:
        self.profile.addItem(tr("{name} (file {file})").format(name=profile.name, file=Path(profile.file).name),
                             profile.file)
        self.profile.setCurrentIndex(self.profile.count() - 1)

    def _describe_profile(self) -> None:
        profile = self.profiles.get(str(self.profile.currentData()))
        self.profile_about.setText(escape(profile.description) if profile else "")
        self.profile.setAccessibleDescription(profile.description if profile else "")

    def choose_profile_file(self, path: str | None = None) -> bool:
        """Check a profile file against the rule pack; an invalid one is explained and not used."""
        path = path or dialogs.open_path(self, str(Path.home()), tr("Site profiles (*.yaml *.yml)"))
        if not path:
            return False
        try:
            profile = load_profile_file(self.pack, path)
        except RulePackErrors as exc:
            dialogs.error(self, tr("Profile not used"),
                          tr("{file} is not a valid site profile; the current profile is kept.").format(
                              file=Path(path).name), str(exc))
            return False
        except OSError as exc:
            dialogs.error(self, tr("Profile not used"), tr("{file} could not be read: {error}.").format(
                file=path, error=exc.strerror))
            return False
        self.profiles[str(profile.file)] = profile
        index = self.profile.findData(profile.file)
        if index < 0:
            self._add_file_entry(profile)
        else:
            self.profile.setCurrentIndex(index)
        return True

    def chosen(self, settings: Settings) -> Settings:
        """`settings` with what the dialog shows."""
        profile = str(self.profile.currentData())
        return settings.but(
            language=str(self.language.currentData()),
            profile="" if profile == self.pack.default_profile else profile,
            theme=str(self.theme.currentData()),
            text_scale=float(self.text_scale.currentData()),
            paper=str(self.paper.currentData()),
        )
