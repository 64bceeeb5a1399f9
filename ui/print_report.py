"""Tệp › In báo cáo… (Ctrl+P): the period's PDF report, exported afresh into a temporary
folder through the service, shown in Qt's print preview and printed from there.

The preview is the PDF itself: QtPdf's QPdfDocument renders each of its pages to an image
drawn on A4 paper, so the paper is what the officer signs and what the province receives;
there is no second layout of the report in the window. A fresh export (not the last one in
some folder) prints the figures as they are now.

Reading and printing by keyboard: the preview opens with the cursor on the pages, PgDown, PgUp
and the arrows reading on through the report at once (walk h4: the cursor was on "In…", the keys
did nothing until four Tabs reached the pages). Qt's toolbar buttons take no focus, so the preview
has its own "In…" button (Tab from the pages: Enter there prints) and Ctrl+P; both, and the
toolbar's print button, open the print dialog (`ReportPrinter.print_dialog`).
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject, QPointF, QRectF, QSize, Qt,
                            QTimer)
from PySide6.QtGui import (QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPaintEngine, QPainter,
                           QTransform)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGraphicsView, QLineEdit, QPushButton, QToolBar,
                               QToolButton, QWidget)
from shiboken6 import isValid

from desktop_app.core.errors import ExportCancelled
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import Period
from desktop_app.services import Workspace, export_period
from ui import labels
from ui.common import show_error
from ui.i18n import is_english, translate
from ui.tasks import BackgroundTask
from ui.workflow_actions import show_what_changed

# The preview keeps every page it shows: 150 dpi is sharp on screen at the preview's zoom
# and about 9 MB a page. Paper gets the printer's resolution, at most 600 dpi (an A4 page
# is then a 139 MB image, drawn and freed one page at a time; finer adds nothing to text).
PREVIEW_DPI = 150
MAX_PRINT_DPI = 600
# The preview's toolbar: Qt's own words (translated in chitieu_vi.ts under Qt's context, as
# ui/qt_strings.py does for the standard buttons), its tooltips too.
PREVIEW_TOOLS = (
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print"),
)


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page of the PDF as an image at `dpi`, on white (a PDF page's paper)."""
    points = document.pagePointSize(page)
    size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
    return document.render(page, size)


def orientation_of(document: QPdfDocument, page: int) -> QPageLayout.Orientation:
    """Landscape for a page wider than tall (section IV's table), portrait otherwise."""
    points = document.pagePointSize(page)
    return (QPageLayout.Orientation.Landscape if points.width() > points.height()
            else QPageLayout.Orientation.Portrait)


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Every page of `document` on `printer`, one sheet each, scaled to the sheet keeping its
    proportions (the report is A4 like the paper: it fills it).

    On paper each page gets a sheet of its own orientation (the layout is set before the
    `newPage()` of that page, which QPrinter allows between pages), so the landscape table is
    printed at the printer's full resolution, not shrunk onto a portrait sheet. Qt's preview
    shows every page on the one paper of the printer's layout (QPrintPreviewWidget sizes all
    its pages alike): there a page of the other orientation is turned a quarter, full size,
    as it comes out of the printer on that paper, rather than shrunk or cut; the preview then
    stands that sheet upright (`upright_pages`)."""
    previewing = printer.paintEngine().type() == QPaintEngine.Type.Picture
    sheet = printer.pageLayout().orientation()  # the preview's paper, and the printer's setting kept
    count = document.pageCount()
    if count and not previewing:
        printer.setPageOrientation(orientation_of(document, 0))
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return  # the printer refused to start (no paper, cancelled): Qt says so itself
        dpi = PREVIEW_DPI if previewing else min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(count):
            if page:
                if not previewing:
                    printer.setPageOrientation(orientation_of(document, page))
                printer.newPage()
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            draw_page(painter, paper, render_page(document, page, dpi),
                      turned=previewing and orientation_of(document, page) != sheet)
    finally:
        if painter.isActive():
            painter.end()
        printer.setPageOrientation(sheet)


def draw_page(painter: QPainter, paper: QRectF, image: QImage, turned: bool) -> None:
    """`image` centred on `paper` as large as it fits; `turned` a quarter anticlockwise (a
    landscape page on the preview's portrait paper: its top along the sheet's left edge)."""
    painter.save()
    painter.translate(paper.center())
    if turned:
        painter.rotate(-90)
        paper = QRectF(0, 0, paper.height(), paper.width())
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    target = QRectF(0, 0, image.width() * scale, image.height() * scale)
    target.moveCenter(QPointF(0, 0))  # the painter stands at the paper's centre
    painter.drawImage(target, image)
    painter.restore()


def upright_pages(widget: QPrintPreviewWidget, document: QPdfDocument) -> None:
    """The preview's sheets of the pages `paint_pdf` turned a quarter (section I's table, the
    province's tables: landscape pages on the preview's portrait paper) stood upright: each is
    turned back a quarter on the screen and scaled to the column's width, a landscape sheet in
    its page's place (one page under the other, when shown one by one), so the table reads
    across the preview without turning one's head. Qt's
    preview gives every page one paper size (no orientation per page); its pages are the items
    of its graphics scene, remade at each `paintRequested` (orientation, page setup), hence
    called on each `previewChanged`: a sheet already stood is left alone. Were Qt to draw its
    pages otherwise (not one item a page), they stay as drawn, turned."""
    view = widget.findChild(QGraphicsView)
    if view is None or view.scene() is None:
        return
    items = sorted(view.scene().items(), key=lambda item: (item.pos().y(), item.pos().x()))
    if len(items) != document.pageCount():
        return
    sheet = widget.orientation()
    changed = False
    for page, item in enumerate(items):
        turned = orientation_of(document, page) != sheet
        if turned != item.transform().isIdentity():
            continue
        changed = True
        if not turned:
            item.setTransform(QTransform())
            continue
        paper = item.boundingRect()  # the sheet and its shadow's border
        scale = paper.width() / paper.height()  # as wide as a page: within its page's place
        stood = QTransform().scale(scale, scale).rotate(90)  # paint_pdf turned it anticlockwise
        moved = stood.mapRect(paper)  # its corner where the page's is (Qt scrolls to a page there)
        item.setTransform(stood * QTransform.fromTranslate(paper.left() - moved.left(), paper.top() - moved.top()))
    if widget.viewMode() == QPrintPreviewWidget.ViewMode.SinglePageView:
        # one under the other without the gap a landscape sheet leaves in a portrait page's place
        top = items[0].mapRectToParent(items[0].boundingRect()).top()
        for item in items:
            place = item.mapRectToParent(item.boundingRect())
            if abs(place.top() - top) > 0.5:
                item.setPos(item.pos().x(), item.pos().y() + top - place.top())
                changed = True
            top += place.height()
    if changed:
        view.scene().setSceneRect(view.scene().itemsBoundingRect())


ZOOM_TEXT = re.compile(r"(\d+(?:\.\d+)?)%")  # Qt's "54.0%", its list's "12.5%"


def vietnamese_zoom(text: str) -> str:
    """Qt's zoom "54.0%" as the program writes a percentage in Vietnamese, "54%" ("57,2%");
    other text (being typed) as it is."""
    match = ZOOM_TEXT.fullmatch(text)
    return format_number(float(match.group(1)), 1, percent=True) if match else text


def zoom_of(text: str) -> float | None:
    """The zoom typed or chosen in Vietnamese, "57,2%" or "57,2": 57.2 (None if not a number)."""
    try:
        return float(text.replace("%", "").strip().replace(".", "").replace(",", "."))
    except ValueError:
        return None


class PdfPrinter(QObject):
    """One print of a PDF exported afresh over a window: the export in the background, then the
    preview. A window's own print is a subclass giving `export` (the commune's period report,
    `ReportPrinter`; the province's consolidated report, `ui.province_print.SummaryPrinter`).

    `preview` is the dialog once it is open, `document` the PDF it shows. The temporary
    folder goes when the preview closes. Owned by the window's reference (no Qt parent):
    the next print replaces it.
    """

    def __init__(self, parent: QWidget, period: Period):
        super().__init__()
        self.parent_widget = parent
        self.period = period
        self.task: BackgroundTask | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None  # the preview's (a dialog does not own its printer)
        self.document: QPdfDocument | None = None
        self.pdf: Path | None = None  # the PDF shown, in the temporary folder
        self.print_button: QPushButton | None = None  # the preview's "In…"
        self.pages: QGraphicsView | None = None  # the preview's pages, where the cursor is as it opens
        self._folder: tempfile.TemporaryDirectory | None = None

    @property
    def busy(self) -> bool:
        """Still exporting, or its preview open."""
        return (self.task is not None and self.task.running) or self.preview is not None

    def export(self, folder: str) -> tuple[Callable, str]:
        """The background work writing the PDF into `folder` (it returns the PDF's path) and the
        words of its progress box."""
        raise NotImplementedError

    def title(self) -> str:
        """The preview's title."""
        return translate("ReportPrinter", "Print the report — {period}").format(period=labels.period_name_of(self.period))

    def start(self) -> BackgroundTask:
        self._folder = tempfile.TemporaryDirectory(prefix="chitieu-in-")
        work, label = self.export(self._folder.name)
        self.task = BackgroundTask(self.parent_widget, translate("ReportPrinter", "Print the report"), work, label=label)
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)
        return self.task.start()

    def _show(self, pdf: Path) -> None:
        self.pdf = pdf
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(pdf.stem)
        self.preview = dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.setWindowTitle(self.title())
        dialog.paintRequested.connect(lambda device: paint_pdf(self.document, device))
        dialog.finished.connect(self._closed)
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.previewChanged.connect(lambda: upright_pages(widget, self.document))
        self.pages = widget.findChild(QGraphicsView)
        window = self.parent_widget.window()
        dialog.resize(window.width(), window.height())  # the tables, upright, are wider than a page
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._add_keys(dialog)
        if not is_english():
            self._vietnamese_zoom(dialog, widget)
        window.installEventFilter(self)  # the window behind activated: the keyboard back to the preview
        dialog.open()
        # At the page's width on page 1 (walk 10, finding 6): the officer reads the paper as the
        # leaders will sign it, from the letterhead down, each page's text at a size one reads;
        # Qt's "fit page" showed a whole page at 54 %, its table too small to read.
        fit_width = QCoreApplication.translate("QPrintPreviewDialog", "Fit width")
        for toolbar in dialog.findChildren(QToolBar):
            for action in toolbar.actions():
                if action.text() == fit_width:
                    action.trigger()  # the dialog's own: its button shows the mode
        widget.setCurrentPage(1)
        # Enter prints from the "In…" button only (not from the pages, nor the page number typed in the toolbar).
        for button in dialog.findChildren(QPushButton):
            button.setDefault(False)
        self._take_keyboard()

    def _vietnamese_zoom(self, dialog: QPrintPreviewDialog, widget: QPrintPreviewWidget) -> None:
        """The zoom box writes "54%", "57,2%" as the program writes percentages, not Qt's "54.0%"
        (Qt writes it in C's way, whatever the language), its list too ("12,5%"); a zoom typed
        or chosen so is taken (Qt reads "12,5" as no number and does nothing)."""
        combo = dialog.findChild(QComboBox)
        if combo is None or combo.lineEdit() is None:
            return
        edit = combo.lineEdit()
        for index in range(combo.count()):
            combo.setItemText(index, vietnamese_zoom(combo.itemText(index)))
        if edit.validator() is not None:
            edit.validator().setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))

        def written(text: str) -> None:
            if vietnamese_zoom(text) != text:
                edit.setText(vietnamese_zoom(text))

        def chosen() -> None:
            if not isValid(edit):
                return  # the preview closing
            zoom = zoom_of(edit.text())
            if zoom is None or "," not in edit.text():
                return  # Qt took it ("25%")
            zoom = max(1.0, min(1000.0, zoom))
            widget.setZoomFactor(zoom / 100)
            edit.setText(format_number(zoom, 1, percent=True))
            for toolbar in dialog.findChildren(QToolBar):  # no longer fitting: its buttons say so
                for action in toolbar.actions():
                    group = action.actionGroup()
                    if action.isChecked() and group is not None and group.isExclusive() and len(
                            [a for a in group.actions() if a.text() in self._fit_texts()]) == 2:
                        group.setExclusive(False)
                        action.setChecked(False)
                        group.setExclusive(True)

        edit.textChanged.connect(written)
        written(edit.text())
        edit.editingFinished.connect(chosen)
        combo.currentIndexChanged.connect(lambda _index: chosen())
        combo.activated.connect(lambda _index: chosen())  # the same again

    @staticmethod
    def _fit_texts() -> set[str]:
        return {QCoreApplication.translate("QPrintPreviewDialog", "Fit width"),
                QCoreApplication.translate("QPrintPreviewDialog", "Fit page")}

    def _take_keyboard(self) -> None:
        """The preview active with the cursor on its pages: keys go to it (PgDown reads on, Esc
        closes it, Ctrl+P prints) even when no window was active as it opened (the progress box
        just closed, or the main window had lost the focus): without this, no widget had the focus.
        Tab goes on to "In…", "Đóng", the zoom and the page number, and back to the pages."""
        if self.preview is None or self.print_button is None:
            return
        self.preview.raise_()
        self.preview.activateWindow()
        (self.pages or self.print_button).setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _back_to_preview(self) -> None:
        """The window behind activated late (the progress box closing after the person already
        clicked into the page number): the preview active again with the cursor where the person
        left it, not moved back to the pages, where their next Enter would not go to that page."""
        if self.preview is None or self.print_button is None:
            return
        place = self.preview.focusWidget()
        if place is None or not isValid(place):
            self._take_keyboard()
            return
        self.preview.raise_()
        self.preview.activateWindow()
        place.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def eventFilter(self, obj, event) -> bool:
        """The window behind the preview activated while the preview is open (the system gives it
        back the focus as the progress box closes, or a click on it): it takes no keys while the
        preview is open, so they go to the preview again, as a person expects of Esc and Enter."""
        if event.type() == QEvent.Type.WindowActivate and self.preview is not None:
            QTimer.singleShot(0, self._back_to_preview)
        elif (event.type() == QEvent.Type.KeyPress and isinstance(obj, (QLineEdit, QComboBox))
              and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            # The page number or the zoom typed in the toolbar: Enter goes to that page or zoom and
            # stops there. Left to the dialog, it also pressed its default button, "In…" (walk 10,
            # finding 5; the zoom box, a combo box, has the keyboard itself, not its line).
            (QComboBox if isinstance(obj, QComboBox) else QLineEdit).keyPressEvent(obj, event)
            event.accept()  # an ignored key goes on up to the dialog even when a filter took it
            return True
        return False

    def _add_keys(self, dialog: QPrintPreviewDialog) -> None:
        """Ctrl+P and a focusable "In…" button beside "Đóng" (Qt's toolbar buttons take no
        focus); its toolbar's print button opens the same print dialog."""
        print_text = QCoreApplication.translate("QPrintPreviewDialog", "Print")
        for toolbar in dialog.findChildren(QToolBar):
            for action in toolbar.actions():
                if action.text() == print_text:
                    action.triggered.disconnect()
                    action.triggered.connect(self.print_dialog)
                    action.setToolTip(translate("ReportPrinter", "Print… (Ctrl+P)"))
        shortcut = QAction(dialog)
        shortcut.setShortcut(QKeySequence.StandardKey.Print)
        shortcut.triggered.connect(self.print_dialog)
        dialog.addAction(shortcut)
        for field in dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox):  # page, zoom (`eventFilter`)
            field.installEventFilter(self)
        self._name_tools(dialog)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(translate("ReportPrinter", "&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(translate("ReportPrinter", "Choose the printer and print the report (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_dialog)
        close = buttons.addButton(translate("ReportPrinter", "&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        close.clicked.connect(dialog.reject)
        dialog.layout().addWidget(buttons)

    @staticmethod
    def _name_tools(dialog: QPrintPreviewDialog) -> None:
        """The toolbar for the keyboard and a screen reader (walk U26 F7): its buttons (fit, portrait,
        landscape, pages shown side by side, page setup) Tab stops, each read by its action's words; the zoom box and the
        page number named (a screen reader said "combo box", "edit"). Not a stop: what the keyboard does
        otherwise (zoom: its box; pages: their number and Page Up/Down on them; print: "In…", Ctrl+P)."""
        elsewhere = {QCoreApplication.translate("QPrintPreviewDialog", words) for words in (
            "Zoom in", "Zoom out", "First page", "Previous page", "Next page", "Last page", "Print")}
        for toolbar in dialog.findChildren(QToolBar):
            # the button the keyboard is on, framed: the style's own focus line was hardly seen
            toolbar.setStyleSheet("QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px; }")
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton) and action.text():
                    if action.text() not in elsewhere:
                        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                    button.setAccessibleName(action.text().replace("&", ""))
                elif isinstance(button, QComboBox):
                    button.setAccessibleName(translate("ReportPrinter", "Zoom"))
                elif isinstance(button, QLineEdit) or (button is not None and button.findChild(QLineEdit)):
                    field = button if isinstance(button, QLineEdit) else button.findChild(QLineEdit)
                    field.setAccessibleName(translate("ReportPrinter", "Page number"))

    def print_dialog(self) -> bool:
        """The print dialog over the preview; once accepted, the report on the printer chosen and
        the preview closed. True when printed."""
        dialog = QPrintDialog(self.printer, self.preview)
        dialog.setWindowTitle(translate("ReportPrinter", "Print the report"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return False
        self.preview.findChild(QPrintPreviewWidget).print_()
        self.preview.accept()
        return True

    def page_count(self) -> int:
        """The pages the preview shows (the PDF's, once it is open)."""
        widget = self.preview.findChild(QPrintPreviewWidget) if self.preview is not None else None
        return widget.pageCount() if widget is not None else 0

    def _closed(self, _result: int) -> None:
        self.preview = None
        self.parent_widget.window().removeEventFilter(self)
        if self.document is not None:
            self.document.close()  # Windows keeps an open file from being deleted
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def _failed(self, err: BaseException) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
        if not isinstance(err, ExportCancelled):
            show_error(self.parent_widget, err, translate("ReportPrinter", "Could not print the report"))


class ReportPrinter(PdfPrinter):
    """Tệp › In báo cáo… of the commune window: the period's report, as `export_period` writes it
    (nothing marked sent)."""

    def __init__(self, parent: QWidget, workspace: Workspace, period: Period):
        super().__init__(parent, period)
        self.workspace = workspace
        self._version = workspace.catalog.version

    def export(self, folder: str) -> tuple[Callable, str]:
        ws, period = self.workspace, self.period

        def work(progress, cancelled):
            worker_ws = ws.for_thread()
            try:
                return export_period(worker_ws, period, folder, xlsx=False, progress=progress,
                                     cancelled=cancelled, mark_sent=False).pdf
            finally:
                worker_ws.close()

        return work, labels.with_period(translate("ReportPrinter", "Preparing the report of {period} for printing…"), period)

    def _failed(self, err: BaseException) -> None:
        if not isinstance(err, ExportCancelled):  # a newer catalogue, at once
            show_what_changed(self.parent_widget, self.workspace, self._version)
        super()._failed(err)
