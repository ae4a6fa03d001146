"""Help > About: versions, rule pack fingerprint, site profile, every source, the disclaimer."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import __version__
from desktop.engine.pack.i18n import available_languages
from desktop.engine.pack.model import Profile, RulePack

from .i18n import tr
from .plan_html import citation, site_state, tag


def about_html(pack: RulePack, profile: Profile) -> str:
    choices = "".join(
        f"<li>{escape(p.label)}: <b>{escape(opt.label)}</b></li>"
        for p in pack.parameters.values()
        if p.fixed is None and (opt := p.option(profile.parameters[p.id])) is not None
    )
    site = "".join(
        f"<li>{escape(pack.resources[rid].label)}: "
        + escape(site_state(a.state, a.centre))
        + "</li>"
        for rid, a in profile.availability.items()
        if a.state != "on_site"
    )
    languages = "".join(
        f"<li>{escape(lang.name)} ({escape(lang.code)}): {escape(lang.review)}</li>"
        for lang in available_languages(Path(pack.directory))
    )
    sources = "".join(f"<li>{citation(pack, s)}</li>" for s in pack.sources)
    profile_title = tr("Site profile: {name}").format(name=profile.name)
    sources_title = tr("Sources ({count})").format(count=len(pack.sources))
    not_on_site = tag("p", tr("Not on site:")) + f"<ul>{site}</ul>" if site else ""
    return (
        f"<h2>OVCF Pathway {escape(__version__)}</h2><p>{escape(pack.disclaimer)}</p>"
        + tag("h3", tr("Rule pack"))
        + f"<p>{escape(pack.title)} {escape(pack.version)}<br>sha256 <tt>{escape(pack.sha256)}</tt><br>"
        + escape(tr("folder")) + f" {escape(pack.directory)}</p>"
        + tag("h3", f"{profile_title} ({profile.region})")
        + f"<p>{escape(profile.description)}</p><ul>{choices}</ul>{not_on_site}"
        + tag("h3", tr("Languages and their review status")) + f"<ul>{languages}</ul>"
        + tag("h3", sources_title) + f"<ul>{sources}</ul>"
    )


class AboutDialog(QDialog):
    def __init__(self, pack: RulePack, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About OVCF Pathway"))
        self.resize(720, 560)
        text = QTextBrowser()
        text.setOpenExternalLinks(True)
        text.setAccessibleName(tr("About OVCF Pathway"))
        text.setAccessibleDescription(tr("Versions, rule pack fingerprint, site profile, languages and sources."))
        text.setHtml(about_html(pack, profile))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
