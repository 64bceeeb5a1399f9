"""Coloured texts read on Windows' dark mode and High Contrast (walk U23 F2-F4, F6, F7): each at 4.5 : 1 at least
against what it is drawn on, and on the light palette in the colours it always had.

The walk found, on a dark palette: the period list's overdue and due-soon rows white on pale red and yellow but
for their status; "✖ Chưa lưu" in #b71c1c (2.5 : 1), "⚠ Lưu ý" in #6d4c00 (2.1 : 1), the keys' line and a target's
source in #555 (2.2 : 1), "Đã xuất" in #1b5e20, the copy-out reminder in #8a4b00; on the province's window a
refused file's reason in #b71c1c or #880e4f (1.7 : 1)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import press, shot, type_text
from ui.entry_model import Col
from ui.form_error import FormError

R = QPalette.ColorRole
SPAN_COLOUR = re.compile(r"color:\s*(#[0-9a-fA-F]{6})")


def windows_dark() -> QPalette:
    """Windows 11's dark mode as Qt reads it (walk U23's palette)."""
    palette = QPalette()
    for role, colour in ((R.Window, "#202020"), (R.WindowText, "#ffffff"), (R.Base, "#1c1c1c"),
                         (R.AlternateBase, "#2b2b2b"), (R.Text, "#ffffff"), (R.PlaceholderText, "#9d9d9d"),
                         (R.Button, "#2d2d2d"), (R.ButtonText, "#ffffff"), (R.Highlight, "#0078d4"),
                         (R.HighlightedText, "#ffffff"), (R.Link, "#4cc2ff")):
        palette.setColor(role, QColor(colour))
    return palette


def high_contrast() -> QPalette:
    """Windows' High Contrast (black): white text, yellow selection."""
    palette = QPalette()
    for role, colour in ((R.Window, "#000000"), (R.WindowText, "#ffffff"), (R.Base, "#000000"),
                         (R.AlternateBase, "#000000"), (R.Text, "#ffffff"), (R.PlaceholderText, "#ffffff"),
                         (R.Button, "#000000"), (R.ButtonText, "#ffffff"), (R.Highlight, "#ffff00"),
                         (R.HighlightedText, "#000000"), (R.Link, "#ffff00")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["dark", "high_contrast"])
def dark(request, qapp):
    """Fusion with a dark palette set on the application, as Windows' dark mode gives it; restored after."""
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(windows_dark() if request.param == "dark" else high_contrast())
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def light(qapp):
    """Fusion with its own light palette."""
    style, palette = qapp.style().name(), qapp.palette()
    qapp.setStyle("Fusion")
    qapp.setPalette(qapp.style().standardPalette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def label_colours(label: QLabel) -> list[QColor]:
    """The colours a label's text is drawn in: its own (style sheet resolved) and its rich text's spans'."""
    label.ensurePolished()
    return [label.palette().color(R.WindowText)] + [QColor(c) for c in SPAN_COLOUR.findall(label.text())]


def assert_reads(label: QLabel, what: str) -> None:
    background = label.palette().color(R.Window)
    for colour in label_colours(label):
        ratio = contrast(colour, background)
        assert ratio >= 4.5, f"{what}: {colour.name()} on {background.name()} is {ratio:.2f} : 1 ({label.text()!r})"


def drawn(brush: QBrush, fallback: QColor) -> QColor:
    return brush.color() if brush.style() != Qt.BrushStyle.NoBrush else fallback


def test_period_list_reads_in_every_column_on_a_dark_palette(dark, window):
    """Every period's name, count, deadline and status against the colour its cell is drawn on: the overdue
    Quý I was white on pale red, the periods not started grey on near black."""
    window.resize(1366, 768)
    nav = window.navigator
    palette = nav.palette()
    kinds = set()
    for item in nav._items.values():
        kinds.add(item.text(3))
        for col in range(4):
            if not item.text(col):
                continue
            fg = drawn(item.foreground(col), palette.color(R.Text))
            bg = drawn(item.background(col), palette.color(R.Base))
            ratio = contrast(fg, bg)
            assert ratio >= 4.5, f"{item.text(0)} column {col} {item.text(col)!r}: {fg.name()} on {bg.name()} " \
                                 f"is {ratio:.2f} : 1"
    assert {"Quá hạn", "Chưa đến kỳ"} <= kinds, kinds  # an overdue row and a row not started were checked
    shot(window, f"s120_periods_{dark}")


def test_lines_under_the_table_read_on_a_dark_palette(dark, window, workspace):
    """A refused figure's "✖ Chưa lưu", the warning of a result "Không đạt" without a reason, the keys' line
    and the copy-out reminder, each against the window's background."""
    window.resize(1366, 768)
    model = window.model
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry("2026-6M", "giam_ngheo", numerator="45", denominator="1.500")
    window.reload()
    window.table.setCurrentIndex(model.index_of("giam_ngheo", "comment"))
    window.table.setFocus()
    type_text("1.000")
    press(Qt.Key.Key_Return)
    assert "⚠" in window.feedback.text(), window.feedback.text()  # a comment only a number: said under it
    assert_reads(window.feedback, "the warning under the table")
    window.table.setCurrentIndex(model.index_of("bhyt", "numerator"))
    type_text("9,5,0")
    press(Qt.Key.Key_Return)
    assert "Chưa lưu" in window.feedback.text(), window.feedback.text()
    assert_reads(window.feedback, "the refusal under the table")
    assert_reads(window.keys_hint, "the keys' line")
    window.copy_out_label.setProperty("due", True)  # as a copy out due draws it
    window.copy_out_label.setStyleSheet(window.copy_out_label.styleSheet())
    assert_reads(window.copy_out_label, "the copy-out reminder")
    shot(window, f"s120_lines_{dark}")
    window._refused.clear()


def test_a_targets_source_reads_under_it_on_a_dark_palette(dark, window):
    """"Tỉnh giao, đến 2030" under BHYT's target, as drawn: its strongest pixel against the table's base
    (antialiased text reaches its colour in its stems). It was #555 on near black, 2.2 : 1."""
    from ui.entry_headers import Col

    window.resize(1366, 768)
    table = window.table
    index = window.model.index_of("bhyt", "numerator").siblingAtColumn(Col.TARGET)
    assert "Tỉnh giao" in index.data()
    table.scrollTo(index)
    rect = table.visualRect(index)
    image = table.viewport().grab(rect).toImage()
    base = table.palette().color(R.Base)
    line = QFontMetrics(table.font()).height() + 3  # the target's own line above
    strongest = max((QColor(image.pixel(x, y)) for x in range(image.width())
                     for y in range(line, image.height())), key=lambda c: contrast(c, base))
    ratio = contrast(strongest, base)
    assert ratio >= 4.5, f"the target's source: at most {strongest.name()} on {base.name()}, {ratio:.2f} : 1"


def test_a_refusal_under_a_form_reads_on_a_dark_palette(dark, qtbot):
    line = FormError()
    qtbot.addWidget(line)
    line.setText("Tên người ký: tối đa 100 ký tự.")
    assert_reads(line, "a form's refusal")


def test_the_light_palette_keeps_its_colours(light, window):
    """On the light palette nothing changed: the refusal #b71c1c, the keys' line #555, Quý I's row black on its
    red (as the list's text was), its status #b71c1c, a period not started #6b6b6b."""
    model = window.model
    window.table.setCurrentIndex(model.index_of("bhyt", "numerator"))
    window.table.setFocus()
    type_text("9,5,0")
    press(Qt.Key.Key_Return)
    assert SPAN_COLOUR.findall(window.feedback.text()) == ["#b71c1c"]
    window.keys_hint.ensurePolished()
    assert window.keys_hint.palette().color(R.WindowText).name() == "#555555"
    nav = window.navigator
    rows = {item.text(3): item for item in nav._items.values()}
    overdue = rows["Quá hạn"]
    assert overdue.background(0).color().name() == "#ffcdd2"
    assert overdue.foreground(0).color() == nav.palette().color(R.Text)
    assert overdue.foreground(3).color().name() == "#b71c1c"
    assert rows["Chưa đến kỳ"].foreground(3).color().name() == "#6b6b6b"
    window._refused.clear()


def test_a_verdict_not_entered_reads_on_a_dark_table(dark, window):
    """"Chưa nhập" has no background of its own: its grey #6b6b6b was 3,1 : 1 on Windows' dark table (walk U23)."""
    model = window.model
    row = model.index_of("bhyt", "numerator").row()
    cell = model.index(row, Col.VERDICT)
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole) is None
    text = model.data(cell, Qt.ItemDataRole.ForegroundRole).color()
    base = window.table.palette().color(R.Base)
    assert contrast(text, base) >= 4.5, f"{text.name()} on {base.name()}"
