"""Help > About: versions, rule pack fingerprint, site profile, every source, the disclaimer."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import __version__
from desktop.engine.model import Profile, RulePack

from .plan_html import citation


def about_html(pack: RulePack, profile: Profile) -> str:
    choices = "".join(
        f"<li>{escape(p.label)}: <b>{escape(opt.label)}</b></li>"
        for p in pack.parameters.values()
        if p.fixed is None and (opt := p.option(profile.parameters[p.id])) is not None
    )
    sources = "".join(f"<li>{citation(pack, s)}</li>" for s in pack.sources)
    return (
        f"<h2>OVCF Pathway {escape(__version__)}</h2>"
        f"<p>{escape(pack.disclaimer)}</p>"
        f"<h3>Rule pack</h3><p>{escape(pack.title)} {escape(pack.version)}<br>"
        f"sha256 <tt>{escape(pack.sha256)}</tt><br>folder {escape(pack.directory)}</p>"
        f"<h3>Site profile: {escape(profile.name)} ({escape(profile.region)})</h3>"
        f"<p>{escape(profile.description)}</p><ul>{choices}</ul>"
        f"<h3>Sources ({len(pack.sources)})</h3><ul>{sources}</ul>"
    )


class AboutDialog(QDialog):
    def __init__(self, pack: RulePack, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About OVCF Pathway")
        self.resize(720, 560)
        text = QTextBrowser()
        text.setOpenExternalLinks(True)
        text.setAccessibleName("About OVCF Pathway")
        text.setHtml(about_html(pack, profile))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
