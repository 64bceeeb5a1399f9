"""Tệp › In báo cáo… (issue 15, point 8): Ctrl+P exports the period's PDF and previews that PDF
itself, page for page, on A4; printing draws each page at the printer's resolution."""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.services import export_period
from tests.ui.conftest import press
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui.print_report import paint_pdf, render_page

PERIOD = "6 tháng đầu năm 2026"


def some_figures(workspace) -> None:
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="52.000")
    workspace.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")


def test_ctrl_p_previews_the_exported_pdf_page_for_page(window, workspace, qtbot):
    """Ctrl+P exports the period's PDF and shows it in the print preview: as many pages as the
    PDF, A4, and the pages are the PDF's own (drawn, not blank). Closing removes the file."""
    some_figures(workspace)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.report_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    dialog = printer.preview
    assert dialog.isVisible() and dialog.windowTitle() == f"In báo cáo — {PERIOD}"
    pdf = printer.pdf
    pages = len(PdfReader(str(pdf)).pages)
    assert pages >= 2
    assert printer.document.pageCount() == pages
    assert printer.page_count() == pages
    assert dialog.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    for page in range(pages):  # the PDF's pages as drawn: ink on white
        image = render_page(printer.document, page, 40)
        colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
        assert len(colours) > 2, f"page {page + 1} is blank"
    dialog.close()
    qtbot.waitUntil(lambda: not pdf.exists())


def test_printing_draws_every_page_at_the_printer_s_resolution(workspace, tmp_path):
    """What the preview's Print sends: each PDF page on one A4 sheet of the page's own
    orientation, as an image of the printer's resolution (here a 150-dpi printer: 1240 × 1754
    pixels a portrait page, 1754 × 1240 a landscape one of section IV's table)."""
    some_figures(workspace)
    result = export_period(workspace, "2026-6M", tmp_path, xlsx=False, mark_sent=False)
    document = QPdfDocument()
    document.load(str(result.pdf))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setResolution(150)
    paint_pdf(document, printer)
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(printed.pages) == document.pageCount()
    landscape = [document.pagePointSize(page).width() > document.pagePointSize(page).height()
                 for page in range(document.pageCount())]
    assert True in landscape and False in landscape  # the report has both: the test sees both
    for page, wide in zip(printed.pages, landscape):
        sheet = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        (image,) = page.images
        if wide:
            assert sheet == (842, 595) and (image.image.width, image.image.height) == (1754, 1240)
        else:
            assert sheet == (595, 842) and (image.image.width, image.image.height) == (1240, 1754)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait  # the setting kept


def test_the_preview_prints_by_keyboard(window, workspace, qtbot, monkeypatch, clock):  # noqa: F811
    """Qt's toolbar buttons take no focus: the preview opens with the cursor on its pages, Tab
    reaches its own "In…" button, Enter there and Ctrl+P anywhere in it open the print dialog
    (its toolbar's print button too); the toolbar says its tools in Vietnamese."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication, QToolBar

    asked = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: asked.append(dialog.windowTitle()) or 0)
    some_figures(workspace)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.report_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    dialog = printer.preview
    qtbot.waitUntil(lambda: QApplication.focusWidget() is printer.pages)
    assert printer.print_button.text() == "&In…" and "Ctrl+P" in printer.print_button.toolTip()
    clock.passes(1.0)  # opened by itself when ready: keys act once the person paused (test_unprompted_boxes)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is printer.print_button
    press(Qt.Key.Key_Return)
    assert asked == ["In báo cáo"] and dialog.isVisible()  # cancelled: the preview stays
    press(Qt.Key.Key_Tab)  # elsewhere in the preview (its Đóng button), Ctrl+P still prints
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    tools = {a.text(): a for toolbar in dialog.findChildren(QToolBar) for a in toolbar.actions() if a.text()}
    assert {"Phóng to", "Thu nhỏ", "Trang sau", "In"} <= set(tools)
    assert tools["In"].toolTip() == "In… (Ctrl+P)"
    tools["In"].trigger()
    assert len(asked) == 3
    dialog.close()


def test_a_print_accepted_prints_the_pdf_and_closes_the_preview(window, workspace, qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    printed = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Accepted)
    some_figures(workspace)
    printer = window.print_report()
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    dialog = printer.preview
    monkeypatch.setattr("ui.print_report.paint_pdf", lambda document, device: printed.append(device))
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier, widget=dialog)
    assert printed == [printer.printer]  # the report drawn on the printer chosen, once
    qtbot.waitUntil(lambda: printer.preview is None)


def test_the_progress_of_printing_speaks_the_interface_s_language(make_window, workspace, english, qtbot,
                                                                  monkeypatch):
    """In the English interface the progress dialog of Ctrl+P says "Making the PDF report…", not
    the Vietnamese the export service words its steps in (for the command line)."""
    from PySide6.QtWidgets import QProgressDialog

    shown = []
    original = QProgressDialog.setLabelText
    monkeypatch.setattr(QProgressDialog, "setLabelText", lambda dialog, text: (shown.append(text),
                                                                               original(dialog, text)))
    english()
    window = make_window(workspace)
    some_figures(workspace)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.report_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    assert "Making the PDF report…" in shown and "Exported." in shown
    assert not [text for text in shown if "Đang" in text or "Đã" in text]
    printer.preview.close()


def test_the_export_service_still_words_its_steps_in_vietnamese_for_the_command_line(workspace, tmp_path):
    """The steps as the service gives them read Vietnamese; the window takes their English."""
    from ui import i18n
    from ui.common import in_language as progress_words

    seen = []
    export_period(workspace, "2026-6M", tmp_path, mark_sent=False, progress=lambda d, t, label: seen.append(label))
    assert [str(label) for label in seen] == ["Đang ghi tệp Excel…", "Đang tạo báo cáo PDF…", "Đã xuất xong."]
    assert [progress_words(label) for label in seen] == [str(label) for label in seen]
    i18n.install_language(i18n.ENGLISH)
    assert [progress_words(label) for label in seen] == ["Writing the Excel file…", "Making the PDF report…",
                                                         "Exported."]
