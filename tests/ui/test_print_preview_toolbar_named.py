"""The print preview for the keyboard and a screen reader (walk U26 F7): the zoom box and the page
number are named (a screen reader said "combo box", "edit"), and Tab reaches the toolbar's buttons
(fit, portrait, landscape, pages side by side, page setup: Qt's tool buttons took no focus; zooming,
going from page to page and printing have their own keys), all read by their words;
Space on "Landscape" turns the pages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QToolButton

from tests.ui.conftest import press
from tests.ui.test_print_preview_esc import _preview
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)

NAME = QAccessible.Text.Name


def test_the_toolbar_is_named_and_reached_by_tab(window, workspace, qtbot, clock):  # noqa: F811
    printer = _preview(window, workspace, qtbot)
    dialog = printer.preview
    qtbot.waitUntil(lambda: QApplication.focusWidget() is printer.pages)
    clock.passes(1.0)
    zoom = dialog.findChild(QComboBox)
    page = next(f for f in dialog.findChildren(QLineEdit) if f.isVisible() and not isinstance(f.parent(), QComboBox))
    assert QAccessible.queryAccessibleInterface(zoom).text(NAME)
    assert QAccessible.queryAccessibleInterface(page).text(NAME)
    reached = []
    for _ in range(30):
        press(Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is printer.pages:
            break
    tools = [b for b in dialog.findChildren(QToolButton) if b.defaultAction() is not None and b.defaultAction().text()]
    assert len(tools) >= 15  # fit ×2, zoom ×2, portrait, landscape, pages ×4, views ×3, page setup, print
    stops = [QCoreApplication.translate("QPrintPreviewDialog", words) for words in (
        "Fit width", "Fit page", "Portrait", "Landscape", "Show single page", "Show facing pages",
        "Show overview of all pages", "Page setup")]
    assert sorted(b.defaultAction().text() for b in tools if b in reached) == sorted(stops)
    for b in tools:  # each read by its words ("Khổ ngang", not "button")
        assert QAccessible.queryAccessibleInterface(b).text(NAME) == b.defaultAction().text().replace("&", "")
    landscape_words = QCoreApplication.translate("QPrintPreviewDialog", "Landscape")
    landscape = next(b for b in tools if b.defaultAction().text() == landscape_words)
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget.orientation() == QPageLayout.Orientation.Portrait
    while QApplication.focusWidget() is not landscape:
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Space)
    assert widget.orientation() == QPageLayout.Orientation.Landscape
