"""Help > About: versions, rule pack fingerprint and signature, trusted keys, acknowledged packs, site
profile, every source, the disclaimer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.engine.pack.i18n import available_languages
from desktop.engine.plan.planner import Planner
from desktop.report.about_html import TrustView, about_html

from .i18n import tr, words


class AboutDialog(QDialog):
    def __init__(self, planner: Planner, parent: QWidget | None = None, trust: TrustView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About OVCF Pathway"))
        self.resize(720, 560)
        text = QTextBrowser()
        text.setOpenExternalLinks(True)
        text.setAccessibleName(tr("About OVCF Pathway"))
        text.setAccessibleDescription(tr("Versions, rule pack fingerprint, site profile, languages and sources."))
        pack = planner.pack
        languages = available_languages(Path(pack.directory))
        text.setHtml(about_html(pack, planner.profile, planner.choices, planner.site, planner.sources, languages,
                                words(), trust))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
