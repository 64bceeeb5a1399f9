"""Walk h4 (1366×768, Vietnamese): Ctrl+P opened the preview with the cursor on "In…", where PgDown
and the arrows did nothing until four Tabs reached the pages. It opens with the cursor on the pages,
at the page's width: PgDown and ↓ read on through the report at once; Tab still reaches "In…",
"Đóng", the zoom and the page number, and comes back to the pages."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPushButton,
)

from tests.ui.conftest import press
from tests.ui.test_print_report import some_figures
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)


def _preview(window, workspace, qtbot):
    window.resize(1366, 768)
    some_figures(workspace)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.report_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    QApplication.processEvents()
    return printer


def _pages(printer) -> QGraphicsView:
    """The preview's pages (Qt's view of them, in its preview widget)."""
    return printer.preview.findChild(QPrintPreviewWidget).findChild(QGraphicsView)


def test_pgdown_and_the_arrows_read_on_at_once(window, workspace, qtbot, clock):  # noqa: F811
    printer = _preview(window, workspace, qtbot)
    widget = printer.preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _pages(printer))
    assert widget.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth and widget.currentPage() == 1
    bar = _pages(printer).verticalScrollBar()
    top = bar.value()
    clock.passes(1.0)  # opened by itself: keys act once the person paused (test_unprompted_boxes)
    press(Qt.Key.Key_PageDown)
    after_page = bar.value()
    assert after_page - top >= _pages(printer).viewport().height() * 0.8  # about a screen further
    press(Qt.Key.Key_Down)
    assert bar.value() > after_page
    for _ in range(4):
        press(Qt.Key.Key_PageDown)
    assert widget.currentPage() >= 2  # on through the report
    press(Qt.Key.Key_PageUp)
    assert QApplication.focusWidget() is _pages(printer)
    printer.preview.close()


def test_tab_goes_round_the_preview_and_back_to_the_pages(window, workspace, qtbot, clock, monkeypatch):  # noqa: F811
    """From the pages Tab reaches "In…" (Enter there opens the print dialog), "Đóng", the toolbar (the
    zoom, the page number, its buttons: test_print_preview_toolbar_named.py), and the pages again;
    Enter on the pages prints nothing."""
    printer = _preview(window, workspace, qtbot)
    asked = []
    monkeypatch.setattr(type(printer), "print_dialog", lambda self: asked.append(True) or False)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is _pages(printer))
    clock.passes(1.0)
    press(Qt.Key.Key_Return)
    assert asked == [] and printer.preview is not None
    reached = []
    for _ in range(20):
        press(Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is _pages(printer):
            break
    assert reached[0] is printer.print_button
    assert isinstance(reached[1], QPushButton) and reached[1].text().replace("&", "") in ("Đóng", "Close")  # "Đó&ng" once translated (S88)
    # the toolbar's fields and (S139, walk U26 F7) its buttons the keyboard had no other way to
    fields = [w for w in reached if isinstance(w, (QComboBox, QLineEdit))]
    assert len(fields) == 2 and isinstance(fields[1], QLineEdit)
    assert reached[-1] is _pages(printer)
    press(Qt.Key.Key_Tab)
    clock.passes(1.0)
    press(Qt.Key.Key_Return)
    assert asked == [True]  # "In…"
    printer.preview.close()
