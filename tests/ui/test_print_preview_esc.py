"""Tệp › In báo cáo… (Ctrl+P): the preview that opens by itself once the report is ready takes the
keyboard, even when the system hands the focus back to the main window as the progress box closes:
the cursor is on its pages (walk h4; it was on "In…") and Esc closes the preview (walk 3, M1)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import press
from tests.ui.test_print_report import some_figures
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)


def _preview(window, workspace, qtbot):
    some_figures(workspace)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.report_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=30000)
    return printer


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QApplication.setActiveWindow: what the system does
def test_esc_closes_the_preview_after_the_main_window_was_activated(window, workspace, qtbot, clock):  # noqa: F811
    """The main window activated after the preview opened (the progress box closing): the cursor
    comes back to the pages in the preview, and Esc, after the person looked, closes it."""
    printer = _preview(window, workspace, qtbot)
    dialog = printer.preview
    QApplication.setActiveWindow(window)  # as the system does when the progress box closes
    QApplication.processEvents()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is printer.pages)
    assert QApplication.activeWindow() is dialog
    clock.passes(1.0)  # opened by itself: Esc acts once the person paused (test_unprompted_boxes)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: printer.preview is None)  # closed (and deleted)


def test_esc_closes_the_preview_from_every_place_tab_reaches(window, workspace, qtbot, clock):  # noqa: F811
    """Tab round the preview (In…, Đóng, the zoom, the page number, the pages): Esc closes it from each."""
    for tabs in range(5):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.table.setFocus()
        printer = _preview(window, workspace, qtbot)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is printer.pages)
        clock.passes(1.0)
        for _ in range(tabs):
            press(Qt.Key.Key_Tab)
        clock.passes(1.0)
        press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: printer.preview is None)  # closed (and deleted)


def test_enter_in_the_page_number_goes_to_that_page_and_prints_nothing(window, workspace, qtbot, clock,  # noqa: F811
                                                                      monkeypatch):
    """Walk 10, finding 5: the page number typed in the preview's toolbar, then Enter: the preview
    shows that page, and the print dialog does not open (Enter also pressed "In…")."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QComboBox, QLineEdit

    printer = _preview(window, workspace, qtbot)
    opened = []
    monkeypatch.setattr(type(printer), "print_dialog", lambda self: opened.append(True) or False)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is printer.pages)
    clock.passes(1.0)
    page = next(f for f in printer.preview.findChildren(QLineEdit)  # not the zoom box's
                if f.isVisible() and not isinstance(f.parent(), QComboBox))
    page.setFocus()
    page.selectAll()
    press(Qt.Key.Key_2)
    clock.passes(1.0)
    press(Qt.Key.Key_Return)
    widget = printer.preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.currentPage() == 2)
    QApplication.processEvents()
    assert opened == [] and printer.preview is not None
    clock.passes(1.0)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: printer.preview is None)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # QApplication.setActiveWindow: what the system does
def test_a_late_activation_of_the_window_behind_leaves_the_cursor_in_the_page_number(
        window, workspace, qtbot, clock, monkeypatch):  # noqa: F811
    """The progress box closes late, after the person already clicked into the page number: the
    system activates the main window, the preview takes the keyboard back with the cursor still in
    the page number, so the Enter that follows goes to the page and does not print (CI, 03/12/2026:
    the cursor went back to "In…" and Enter printed)."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QComboBox, QLineEdit

    printer = _preview(window, workspace, qtbot)
    opened = []
    monkeypatch.setattr(type(printer), "print_dialog", lambda self: opened.append(True) or False)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is printer.pages)
    clock.passes(1.0)
    page = next(f for f in printer.preview.findChildren(QLineEdit)
                if f.isVisible() and not isinstance(f.parent(), QComboBox))
    page.setFocus()
    page.selectAll()
    press(Qt.Key.Key_2)
    QApplication.setActiveWindow(window)  # late, as the progress box closes
    QApplication.processEvents()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is printer.preview)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    clock.passes(1.0)
    press(Qt.Key.Key_Return)
    widget = printer.preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.currentPage() == 2)
    QApplication.processEvents()
    assert opened == []
