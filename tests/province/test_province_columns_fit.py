"""The province window's two receiving tabs at 1366×768, read as a reviewer reads them (review L8):

- "Tình hình gửi báo cáo": the unit, its status, its PDF's signature and key, the date of receipt,
  the fingerprint and the note in sight without scrolling sideways, in Vietnamese and in English;
  the file's name last (whole in its tooltip);
- "Kết quả nhận tệp": "05/07/2026, trễ hạn" whole; a reason too long for its column cut at a
  whole word with "…" (whole under the table);
- the columns widen to the rows another status filter brings into sight (they had been fitted
  to no rows when the language changed), a column the person resized keeps its width.
"""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop_app.core.consolidation import ReportStatus
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui import i18n
from ui.province_intake_columns import KEY_WIDTH
from ui.province_intake_rows import COMPLETENESS_HEADERS
from ui.province_tables import elide_words

TODAY = dt.date(2026, 7, 6)
RECEIVED = dt.date(2026, 7, 5)  # after the deadline (20/06/2026): every file late


@pytest.fixture
def window(qtbot, office, inbox):
    w = shown_window(qtbot, office, PERIOD, TODAY)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(inbox["folder"], RECEIVED)
    yield w
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def _speak(qtbot, window, language) -> None:
    """The window in `language`, once it has retranslated (a language change is an event)."""
    i18n.install_language(language)
    words = "Status" if language == i18n.ENGLISH else "Tình trạng"
    qtbot.waitUntil(lambda: window.model.headerData(4, Qt.Orientation.Horizontal) == words)
    button, said = window.intake_button, ("&Receive" if language == i18n.ENGLISH else "&Nhận")
    qtbot.waitUntil(lambda: button.text().startswith(said) and button.width() >= button.sizeHint().width())
    QApplication.processEvents()


def _in_sight(table, col: int) -> bool:
    """The column wholly inside the table's viewport, as the table opens (not scrolled)."""
    header = table.horizontalHeader()
    return header.sectionViewportPosition(col) + header.sectionSize(col) <= table.viewport().width()


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_a_reviewer_reads_each_units_row_without_scrolling_sideways(qtbot, window, language):
    _speak(qtbot, window, language)
    window.tabs.setCurrentIndex(0)
    table = window.table
    qtbot.waitUntil(table.isVisible)
    for _ in range(3):  # the note fills the room once the event loop is back (`NoteFillsTheWidth`)
        QApplication.processEvents()
    needed = ("No.", "Code", "Commune or ward", "Status", "Digital signature (PDF)", "Signing key", "Received on",
              "Fingerprint", "Note")
    for name in needed:
        col = COMPLETENESS_HEADERS.index(name)
        assert _in_sight(table, col), (name, table.model().headerData(col, Qt.Orientation.Horizontal))
        if name == "Signing key":  # the code whole; its state may be cut (the status says it, the tooltip too)
            assert all(table.columnWidth(col) > table.fontMetrics().horizontalAdvance(f"{u.key_code}…")
                       for u in window.model.rows), name
        elif name != "Note":  # the note is cut at a word, whole in its tooltip
            assert table.columnWidth(col) >= table.sizeHintForColumn(col), name
    header = table.horizontalHeader()
    assert header.visualIndex(COMPLETENESS_HEADERS.index("File")) == header.count() - 1


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_a_late_files_date_is_whole_and_a_long_reason_ends_at_a_word(qtbot, window, language):
    _speak(qtbot, window, language)
    table = window.intake_table
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(table.isVisible)
    proxy = table.model()
    late = ", trễ hạn" if language == i18n.VIETNAMESE else ", late"
    assert any(proxy.index(r, 3).data() == "05/07/2026" + late for r in range(proxy.rowCount()))
    assert table.columnWidth(3) >= table.sizeHintForColumn(3)
    for col in range(1, 4):  # result, unit, date: whole
        assert table.columnWidth(col) >= table.sizeHintForColumn(col), col
    # the key whole up to KEY_WIDTH (a changed file's stated key, "(… không kiểm được: tệp đã bị sửa)",
    # cut at a word: it pushed the reason past the screen, walk 23 L5), the reason in sight after it
    assert table.columnWidth(4) == min(table.sizeHintForColumn(4), KEY_WIDTH)
    assert _in_sight(table, 4)
    assert table.horizontalHeader().sectionViewportPosition(5) + 100 <= table.viewport().width()
    # the reason as drawn: the cell's own text up to a word, then "…"
    row = max(range(proxy.rowCount()), key=lambda r: len(proxy.index(r, 5).data()))
    index = proxy.index(row, 5)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForColumn(5).initStyleOption(option, index)
    full = index.data()
    assert option.text.endswith("…") and option.text != full
    shown = option.text[:-1]
    assert full.startswith(shown) and full[len(shown)] in " ,;:."  # a whole word
    assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()


def test_elide_words_keeps_whole_words():
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    text = "Đã nhận Xã Tân Cương, 6 tháng đầu năm 2026, mã xác thực 8c0ab25584a0e98c"
    assert elide_words(text, metrics, 10_000) == text
    cut = elide_words(text, metrics, metrics.horizontalAdvance("Đã nhận Xã Tân Cương, 6 tháng đầ"))
    assert cut == "Đã nhận Xã Tân Cương, 6 tháng…"
    assert elide_words(text, metrics, metrics.horizontalAdvance("Đã nhận Xã Tân Cương, 6")) == "Đã nhận Xã Tân Cương…"


def test_columns_widen_to_the_rows_another_filter_brings_into_sight(qtbot, window):
    """A status showing no rows while the language changes, then all: "Status" whole again;
    the column the person made wider keeps its width."""
    table = window.table
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(table.isVisible)
    box = window.status_box
    # a choice listing no unit (each lists the units a figure of the header counts)
    empty = next(i for i in range(box.count()) if box.setCurrentIndex(i) or table.model().rowCount() == 0)
    box.setCurrentIndex(empty)
    assert table.model().rowCount() == 0
    name = COMPLETENESS_HEADERS.index("Commune or ward")
    table.horizontalHeader().resizeSection(name, 240)  # as the person drags its edge
    _speak(qtbot, window, i18n.ENGLISH)
    status = COMPLETENESS_HEADERS.index("Status")
    most = max(ReportStatus, key=lambda s: sum(u.status == s for u in window.model.rows))
    box.setCurrentIndex(box.findData(most))
    assert table.model().rowCount() > 0
    qtbot.waitUntil(lambda: table.columnWidth(status) >= table.sizeHintForColumn(status), timeout=10000)
    assert table.columnWidth(name) == 240
    box.setCurrentIndex(0)  # all
    qtbot.waitUntil(lambda: table.columnWidth(status) >= table.sizeHintForColumn(status), timeout=10000)
    assert table.columnWidth(name) == 240


def test_the_status_line_after_a_folder_read_ends_with_an_ellipsis_whole_in_its_tooltip(qtbot, office, inbox,
                                                                                      tmp_path):
    """Walk 23, L5: the summary said again in the status line ended mid-word past its edge ("…được
    kiểm tra cùng tệp E"); now cut with "…" to the line, whole in its tooltip (and above the table).
    The walk's folder: an Excel lock file skipped and a report PDF beside its workbook."""
    folder = shutil.copytree(inbox["folder"], tmp_path / "in")
    stem = min(folder.glob("*.xlsx")).stem
    (folder / f"~${stem}.xlsx").write_bytes(b"\x00" * 165)
    (folder / f"{stem}.pdf").write_bytes(b"%PDF-1.7\n%%EOF\n")
    w = shown_window(qtbot, office, PERIOD, TODAY)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(folder, RECEIVED)
    bar = w.statusBar()
    said = bar.currentMessage()
    assert said.endswith("…") and bar.toolTip().startswith(said[:-1]) and len(bar.toolTip()) > len(said)
    assert bar.fontMetrics().horizontalAdvance(said) <= bar.width()
