"""Tệp › In báo cáo tổng hợp… (Ctrl+P) of the province window (walk 8, finding 10: the commune
window printed its report, the province's had only "Xuất báo cáo PDF…", a save dialog and a file
to find and open): the consolidated PDF of the period shown, exported afresh, in the print
preview, its pages the PDF's own; Escape closes it and the temporary PDF goes. Without a signer's
name it says so first, as the export does, and prints nothing."""
from __future__ import annotations

import datetime as dt
import unicodedata

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import press
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)

TODAY = dt.date(2026, 7, 6)


def _text(pdf) -> str:
    return " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
                    .split())


def test_ctrl_p_previews_the_consolidated_report_of_the_period_shown(qtbot, office, inbox, clock):  # noqa: F811
    office.intake(inbox["folder"], PERIOD)
    window = shown_window(qtbot, office, PERIOD, TODAY)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printer = window.summary_printer
    qtbot.waitUntil(lambda: printer.preview is not None, timeout=60_000)
    dialog = printer.preview
    assert dialog.windowTitle() == "In báo cáo tổng hợp — 6 tháng đầu năm 2026"
    pdf = printer.pdf
    pages = len(PdfReader(str(pdf)).pages)
    assert pages >= 2 and printer.page_count() == pages
    text = _text(pdf)
    assert "Hoàng Thị Ký" in text  # the signer's name under the title on the last page
    # the cursor on the pages (PgDown reads on): Escape closes the preview, and the temporary PDF goes with it
    assert QApplication.focusWidget() is printer.pages
    clock.passes(1.0)  # opened by itself: Esc acts once the person paused (test_unprompted_boxes)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: printer.preview is None and not pdf.exists(), timeout=5000)
    assert not printer.busy


def test_the_menu_names_it_and_a_missing_signer_is_said_first(qtbot, office, inbox, monkeypatch):
    office.intake(inbox["folder"], PERIOD)
    office.setup("Lê Văn Tổng", "", "Phó Chủ tịch")  # the signer's name removed
    window = shown_window(qtbot, office, PERIOD, TODAY)
    assert [a.text() for a in window.file_menu.actions()][3] == "In báo cáo tổng &hợp…"
    said = []

    def answer(box):
        said.append(box.text())
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.print_action.trigger()
    assert said and "chưa có tên người ký" in said[0].lower()
    assert window.summary_printer is None  # nothing exported, nothing shown
