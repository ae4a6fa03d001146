"""Printing and PDF export with Qt's own printing: the clinician summary (with the timeline
drawing) and the patient handout, on A4 or Letter."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.engine.case.case import Case
from desktop.engine.case.history import Decision, Visit
from desktop.engine.plan.handout import build_handout
from desktop.engine.plan.plan import Plan, PlanItem
from desktop.engine.plan.planner import Planner
from desktop.files import write_via_temp
from desktop.report.handout_html import handout_html
from desktop.report.referral_html import referral_html
from desktop.report.summary_html import summary_html

from .i18n import long_date, words
from .print_timeline import embed
from .settings import PAPER_NAMES

MARGIN_MM = 14.0


def page_layout(paper: str) -> QPageLayout:
    """`paper` is one of settings.PAPERS; its name is Qt's page size name (A4, Letter)."""
    return QPageLayout(
        QPageSize(getattr(QPageSize.PageSizeId, PAPER_NAMES[paper])), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    )


def content_width(paper: str) -> float:
    """Printable width in the units a printed QTextDocument lays out in (points)."""
    return page_layout(paper).paintRect(QPageLayout.Unit.Point).width()


def summary_document(
    plan: Plan, decisions: dict[str, Decision], visits: list[Visit], paper: str, printed: date | None = None,
    audit_hash: str = "",
) -> QTextDocument:
    width = content_width(paper)
    html = summary_html(plan, decisions, visits, printed or date.today(), words(), audit_hash)
    document = QTextDocument()
    document.setHtml(html)
    embed(document, plan, width - 4)  # the timeline as vector graphics, the page's width
    return document


def letter_document(plan: Plan, item: PlanItem) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(referral_html(plan, item, words()))
    return document


def handout_document(planner: Planner, case: Case, plan: Plan, decisions: dict[str, Decision]) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(handout_html(build_handout(planner, case, plan, decisions, long_date), plan, words()))
    return document


def write_pdf(document: QTextDocument, path: str | Path, paper: str, title: str) -> None:
    """Write `document` as a PDF at `path` (owner-only, 0600), or raise OSError.

    QPdfWriter reports nothing when it cannot write (a missing folder, a full disk): so it
    writes a temporary file beside `path`, which must be a complete PDF before it replaces
    `path`; otherwise nothing is left behind."""

    def fill(temp: Path) -> None:
        writer = QPdfWriter(str(temp))
        writer.setTitle(title)
        writer.setCreator("OVCF Pathway")
        writer.setPageLayout(page_layout(paper))
        document.print_(writer)
        del writer  # the file is finished and closed when the writer goes

    write_via_temp(path, fill, check=lambda temp: check_pdf(temp, path))


def check_pdf(written: Path, target: str | Path) -> None:
    """OSError unless `written` is a whole PDF: not empty, starts with %PDF, ends with %%EOF."""
    try:
        size = written.stat().st_size
        with open(written, "rb") as stream:
            head = stream.read(5)
            stream.seek(max(0, size - 1024))
            tail = stream.read().rstrip()
    except OSError as exc:
        raise OSError(errno.EIO, "the PDF could not be written completely", str(target)) from exc
    if size == 0 or not head.startswith(b"%PDF") or not tail.endswith(b"%%EOF"):
        raise OSError(errno.EIO, "the PDF could not be written completely (is the disk full?)", str(target))


def new_printer(paper: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    return printer
