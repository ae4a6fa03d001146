"""Printing and PDF export with Qt's own printing: the clinician summary (with the timeline
drawing) and the patient handout, on A4 or Letter."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
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

from .i18n import long_date, tr, words
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


FOOTER_PT = 12.0  # the foot of each page of a paginated document: "Page 1 of 2"


def layout_dpi() -> tuple[int, int]:
    """The resolution a QTextDocument lays out in without a device (the screen's logical DPI)."""
    screen = QGuiApplication.primaryScreen()
    return (round(screen.logicalDotsPerInchX()), round(screen.logicalDotsPerInchY())) if screen else (96, 96)


def paginate(document: QTextDocument, layout: QPageLayout) -> None:
    """Lay `document` out on the printable part of `layout`'s page itself. Unpaginated, print_()
    adds its own 2 cm margins inside the printer's (the text then fills three quarters of the
    width).

    The units are those a document lays out in without a device (the screen's logical DPI):
    print_() scales the page size to the printer's page, so text keeps its point size."""
    dpi_x, dpi_y = layout_dpi()
    rect = layout.paintRect(QPageLayout.Unit.Inch)
    document.setPageSize(QSizeF(rect.width() * dpi_x, rect.height() * dpi_y - FOOTER_PT * dpi_y / 72))
    frame = document.rootFrame().frameFormat()
    frame.setMargin(0)
    document.rootFrame().setFrameFormat(frame)


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    """Print on the paper chosen in the print dialog: a paginated document (the summary) is laid
    out again on its page first (print_() would stretch it to fit another paper size)."""
    if document.pageSize().height() > 0:
        paginate(document, printer.pageLayout())
    draw_pages(document, printer)


def draw_pages(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print `document` on `device`: a paginated one page by page, each with "Page 1 of 2" at its
    foot (QTextDocument.print_ numbers pages only when it lays the document out itself)."""
    page = document.pageSize()
    if page.height() <= 0:
        document.print_(device)
        return
    dpi_x, dpi_y = layout_dpi()
    scale_x, scale_y = device.logicalDpiX() / dpi_x, device.logicalDpiY() / dpi_y
    pages = document.pageCount()
    painter = QPainter(device)
    font = QFont(document.defaultFont())
    font.setPointSizeF(7.5)
    for number in range(pages):
        if number:
            device.newPage()
        painter.save()
        painter.scale(scale_x, scale_y)
        painter.translate(0, -number * page.height())
        document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
        painter.restore()
        painter.setFont(font)
        painter.setPen(QColor("black"))
        foot = QRectF(0, page.height() * scale_y, page.width() * scale_x, FOOTER_PT * device.logicalDpiY() / 72)
        text = tr("Page {page} of {pages}").format(page=number + 1, pages=pages)
        painter.drawText(foot, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), text)
    painter.end()


def summary_document(
    plan: Plan, decisions: dict[str, Decision], visits: list[Visit], paper: str, printed: date | None = None,
    audit_hash: str = "",
) -> QTextDocument:
    width = content_width(paper)
    html = summary_html(plan, decisions, visits, printed or date.today(), words(), audit_hash)
    document = QTextDocument()
    document.setHtml(html)
    embed(document, plan, width - 4)  # the timeline as vector graphics, the page's width
    paginate(document, page_layout(paper))
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
        draw_pages(document, writer)
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
