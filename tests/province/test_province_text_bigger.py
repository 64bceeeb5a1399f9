"""The province window with Windows' "Make text bigger" at 125 % and 150 % (the system font 11,25 and
13,5 pt instead of 9) on a 1366×728 laptop, 92 units' files read (walk S106): "Tình hình gửi báo cáo"
keeps the fingerprint to compare with the paper and the note in view, the columns it cuts ending with
"…" and whole in their tooltips; "Tổng hợp chỉ tiêu" shows the province's figure whole; the key
register needs no sideways scroll. At 100 % nothing is cut that was whole."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD
from tests.ui.conftest import shot, text_size  # noqa: F401 (text_size: the fixture)
from ui.province_intake_rows import COMPLETENESS_HEADERS, NOTE

SIZE = (1366, 728)
TODAY = dt.date(2026, 7, 1)
FINGERPRINT = COMPLETENESS_HEADERS.index("Fingerprint")
STATUS = COMPLETENESS_HEADERS.index("Status")
MARGINS = 6  # a cell's padding, both sides (the focus frame margin and a pixel, as tests/ui/test_province_fits.py)



@pytest.fixture
def open_window(qtbot, office, inbox_92):
    """The window at 1366×728 on the 92 units' files, read before it opens."""
    office.intake(inbox_92, PERIOD)

    def opened():
        from ui.province_window import ProvinceWindow

        window = ProvinceWindow(office.ws, today=TODAY)
        window.period_box.setCurrentIndex(window.period_box.findData(PERIOD))
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        qtbot.waitExposed(window)
        return window

    return opened


def beyond_view(table) -> list[str]:
    """The columns whose right edge is past the table's view (reached only by scrolling sideways)."""
    model, edge = table.model(), table.viewport().width()
    return [str(model.headerData(col, Qt.Orientation.Horizontal)).replace("\n", " ")
            for col in range(model.columnCount()) if not table.isColumnHidden(col)
            and table.horizontalHeader().sectionViewportPosition(col) + table.columnWidth(col) > edge]


def settle(qtbot, window, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    qtbot.wait(200)  # the columns are fitted again once the event loop is back
    QApplication.processEvents()


@pytest.mark.parametrize("percent", [100, 125, 150])
def test_reports_sent_keep_the_fingerprint_and_the_note_in_view(qtbot, open_window, text_size, percent):  # noqa: F811
    """At 150 % the twelve columns' whole words took 1.714 px of a 1.314 px view: "Mã xác thực", cut
    mid-code at the edge, and "Ghi chú" were reached only by scrolling sideways, and at 125 % "Lập lúc",
    "Loại" and "Tệp". Now when the file was made, the day received and the status give room first, cut
    with "…" (their whole words in the tooltip; the key's state beside the status). At 100 % the status
    is whole, as before."""
    text_size(percent)
    window = open_window()
    settle(qtbot, window, 0)
    table, model = window.table, window.table.model()
    shot(window, f"s106_reports_sent_{percent}")
    beyond = beyond_view(table)
    for header in (COMPLETENESS_HEADERS[FINGERPRINT], COMPLETENESS_HEADERS[NOTE]):
        col = COMPLETENESS_HEADERS.index(header)
        title = str(model.headerData(col, Qt.Orientation.Horizontal)).replace("\n", " ")
        assert title not in beyond, f"{title} past the view at {percent} %: {beyond}"
    if percent <= 125:
        assert beyond == [], f"columns past the view at {percent} %: {beyond}"
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        fingerprint = model.index(row, FINGERPRINT).data()
        assert metrics.horizontalAdvance(fingerprint) + MARGINS <= table.columnWidth(FINGERPRINT), fingerprint
        for col in range(model.columnCount()):
            index = model.index(row, col)
            text = index.data() or ""
            if text and col not in (NOTE, FINGERPRINT) and metrics.horizontalAdvance(text) + MARGINS > table.columnWidth(col):
                tip = index.data(Qt.ItemDataRole.ToolTipRole) or ""
                assert text.replace("\n", " ") in tip.replace("\n", " "), f"{text!r} cut, not whole in {tip!r}"
    status = model.index(0, STATUS).data()
    if percent == 100:
        assert metrics.horizontalAdvance(status) + MARGINS <= table.columnWidth(STATUS), status


@pytest.mark.parametrize("percent", [125, 150])
def test_the_province_figure_whole_in_the_summary(qtbot, open_window, text_size, percent):  # noqa: F811
    """At 150 % the counts' one-line headers ("Không đạt", "Chưa nhập") left "Toàn tỉnh" 100 px:
    "38.291.08" of the province's revenue, and the table scrolled sideways. Their headers now go on two
    lines too with a bigger text."""
    text_size(percent)
    window = open_window()
    settle(qtbot, window, 2)
    table, model = window.summary_table, window.summary_model
    shot(window, f"s106_summary_{percent}")
    assert beyond_view(table) == []
    total = model.columnCount() - 1
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(word) for row in range(model.rowCount())
                 for line in (model.index(row, total).data() or "").split("\n") for word in line.split(" "))
    assert widest + MARGINS <= table.columnWidth(total)


@pytest.mark.parametrize("percent", [125, 150])
def test_the_key_register_needs_no_sideways_scroll(qtbot, open_window, text_size, percent):  # noqa: F811
    """At 150 % the register's headers alone were 13 px wider than its view: the replaced or revoked
    key's date past the edge. The dates' and names' columns now go down to their headers' 9-point
    widths, the header ending with "…"; the unit, the key's code and its state stay whole."""
    text_size(percent)
    window = open_window()
    settle(qtbot, window, 4)
    table, model = window.keys_tab.table, window.keys_tab.table.model()
    shot(window, f"s106_keys_{percent}")
    assert beyond_view(table) == []
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        for col in (0, 1, 3):  # the unit's code, its name, the key's state
            text = model.index(row, col).data() or ""
            assert metrics.horizontalAdvance(text) + 6 <= table.columnWidth(col), (text, table.columnWidth(col))
