"""Walk 10, finding 6: the print preview opened at 54 % "Fit page", where the tables (section I of
the commune's report, the province's pages 3 to 14: landscape pages) were drawn turned a quarter on
the preview's portrait paper and could not be read, and the zoom box said "54.0%" in the Vietnamese
interface. It opens at the page's width on page 1, the landscape pages shown upright, and the zoom
is written the Vietnamese way (Qt's own way in English)."""
from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QComboBox, QGraphicsView, QToolBar

from tests.ui.conftest import press
from tests.ui.test_print_report import some_figures
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui.print_report import orientation_of


def _preview(window, workspace, qtbot):
    window.resize(1366, 697)
    some_figures(workspace)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.report_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    QApplication.processEvents()
    return printer


def _pages_on_screen(printer):
    """Each page's rectangle in the preview's viewport, in page order."""
    view = printer.preview.findChild(QPrintPreviewWidget).findChild(QGraphicsView)
    items = sorted(view.scene().items(), key=lambda item: (item.pos().y(), item.pos().x()))
    return view, [view.mapFromScene(item.sceneBoundingRect()).boundingRect() for item in items]


def _zoom_text(printer) -> str:
    return printer.preview.findChild(QComboBox).lineEdit().text()


def test_the_preview_opens_at_the_page_s_width_with_the_tables_upright(window, workspace, qtbot):
    """Opened on page 1 at the page's width (the letterhead readable, not a whole page at 54 %);
    the table's landscape page stands upright, wider than tall, across the preview's width."""
    printer = _preview(window, workspace, qtbot)
    widget = printer.preview.findChild(QPrintPreviewWidget)
    assert widget.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert widget.currentPage() == 1
    view, pages = _pages_on_screen(printer)
    assert len(pages) == printer.document.pageCount()
    width = view.viewport().width()
    wide = [page for page in range(printer.document.pageCount())
            if orientation_of(printer.document, page) != widget.orientation()]
    assert wide  # the report has a landscape table: the test sees one
    for page, rect in enumerate(pages):
        assert rect.width() >= 0.9 * width, f"page {page + 1} is {rect.width()} of {width} pixels wide"
        assert (rect.width() > rect.height()) == (page in wide), f"page {page + 1} is turned"
    assert pages[0].top() <= 0 < pages[0].bottom()  # page 1 in sight
    # the view modes of the toolbar and back: the table stays upright, the pages apart
    tools = {a.text(): a for toolbar in printer.preview.findChildren(QToolBar) for a in toolbar.actions()}
    tools["Xem hai trang cạnh nhau"].trigger()
    tools["Xem từng trang"].trigger()
    QApplication.processEvents()
    _, again = _pages_on_screen(printer)
    assert (again[wide[0]].width() > again[wide[0]].height())
    assert all(a.bottom() <= b.top() + 1 for a, b in pairwise(again))  # one under the other
    printer.preview.close()


def test_the_zoom_is_written_the_vietnamese_way(window, workspace, qtbot):
    """"57,2%", as the program writes every percentage (not Qt's "54.0%"), after zooming in too;
    the zoom list reads "12,5%" and choosing it zooms to 12.5 %."""
    printer = _preview(window, workspace, qtbot)
    widget = printer.preview.findChild(QPrintPreviewWidget)
    assert re.fullmatch(r"\d+(,\d)?%", _zoom_text(printer)), _zoom_text(printer)
    tools = {a.text(): a for toolbar in printer.preview.findChildren(QToolBar) for a in toolbar.actions()}
    tools["Phóng to"].trigger()
    QApplication.processEvents()
    assert re.fullmatch(r"\d+(,\d)?%", _zoom_text(printer)), _zoom_text(printer)
    combo = printer.preview.findChild(QComboBox)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "12,5%" in items and not [item for item in items if "." in item]
    combo.setCurrentIndex(items.index("25%"))
    combo.setCurrentIndex(items.index("12,5%"))
    QApplication.processEvents()
    assert abs(widget.zoomFactor() - 0.125) < 1e-6 and _zoom_text(printer) == "12,5%"
    printer.preview.close()


def test_the_zoom_stays_as_qt_writes_it_in_english(make_window, workspace, english, qtbot):
    english()
    window = make_window(workspace)
    printer = _preview(window, workspace, qtbot)
    assert re.fullmatch(r"\d+\.\d%", _zoom_text(printer)), _zoom_text(printer)
    combo = printer.preview.findChild(QComboBox)
    assert "12.5%" in [combo.itemText(i) for i in range(combo.count())]
    printer.preview.close()


def test_a_zoom_typed_then_enter_zooms_and_prints_nothing(window, workspace, qtbot, clock, monkeypatch):  # noqa: F811
    """"57,2" typed in the zoom box, then Enter: the preview at 57,2 %, and the print dialog does
    not open (Enter pressed "In…" as well, as it did from the page number: walk 10, finding 5)."""
    printer = _preview(window, workspace, qtbot)
    opened = []
    monkeypatch.setattr(type(printer), "print_dialog", lambda self: opened.append(True) or False)
    widget = printer.preview.findChild(QPrintPreviewWidget)
    combo = printer.preview.findChild(QComboBox)
    clock.passes(1.0)  # opened by itself: keys act once the person paused (test_unprompted_boxes)
    combo.setFocus()
    combo.lineEdit().selectAll()
    for key in (Qt.Key.Key_5, Qt.Key.Key_7, Qt.Key.Key_Comma, Qt.Key.Key_2):
        press(key)
    assert _zoom_text(printer) == "57,2"
    clock.passes(1.0)
    press(Qt.Key.Key_Return)
    QApplication.processEvents()
    assert abs(widget.zoomFactor() - 0.572) < 1e-6 and _zoom_text(printer) == "57,2%"
    assert opened == [] and printer.preview is not None
    printer.preview.close()
