"""Walk 12 #1: a click on any header of "Tình hình gửi báo cáo" puts the 92 units in that column's
order, both ways. "Ngày nhận" and "Khóa ký" (and the PDF's signature) gave a different order at
each click under the sort arrow: their sort data were Python tuples, which Qt cannot compare."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.core.catalog import fold
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.keys import UNSIGNED, UNSIGNED_ACCEPTED, KeyState
from desktop_app.core.pdf_signature import PdfVerdict
from tests.province import status_units
from tests.province.helpers import shown_window
from ui.province_intake_rows import COMPLETENESS_HEADERS

KEYS = (KeyState.CHO, KeyState.XAC_NHAN, KeyState.DA_THAY, KeyState.THU_HOI, UNSIGNED, UNSIGNED_ACCEPTED, "")


def expected(window, column: str):
    """What a person expects the column to be ordered by (ascending)."""
    verdicts = list(PdfVerdict)

    def signature(u):
        check = window.model.signatures.get(u.code)
        return verdicts.index(check.verdict) if check else len(verdicts)

    return {
        "No.": lambda u: u.no, "Code": lambda u: u.code, "Commune or ward": lambda u: fold(u.name),
        "Type": lambda u: u.kind, "Status": lambda u: list(ReportStatus).index(u.status),
        "Signing key": lambda u: (KEYS.index(u.key_state), u.key_code),
        "Generated": lambda u: u.generated_at,
        # nothing received at one end, then by date of receipt, then by when the file was read
        "Received on": lambda u: (bool(u.received_on), u.received_on, u.received_at if u.received_on else ""),
        "Fingerprint": lambda u: u.fingerprint, "File": lambda u: u.file_name, "Note": lambda u: u.reason,
        "Digital signature (PDF)": signature,
    }[column]


@pytest.fixture
def window(qtbot, office):
    w = shown_window(qtbot, office, status_units.PERIOD, status_units.TODAY)
    status_units.show(w)
    return w


def shown_units(window):
    proxy = window.proxy
    rows = {u.code: u for u in window.model.rows}
    return [rows[proxy.index(r, 1).data()] for r in range(proxy.rowCount())]


def click(qtbot, window, column: int) -> Qt.SortOrder:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 <= x < header.viewport().width(), "the column is in sight"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == column
    return header.sortIndicatorOrder()


def test_the_status_table_mixes_every_kind_of_unit(window):
    statuses = {u.status for u in window.model.rows}
    assert statuses == set(ReportStatus)
    assert {u.key_state for u in window.model.rows} >= {KeyState.CHO, KeyState.XAC_NHAN, UNSIGNED, ""}
    assert any(u.late and u.draft for u in window.model.rows)


@pytest.mark.parametrize("column", COMPLETENESS_HEADERS)
def test_each_click_on_a_header_orders_the_rows_by_it(qtbot, window, column):
    c = COMPLETENESS_HEADERS.index(column)
    window.table.scrollTo(window.proxy.index(0, c))  # the header of a column far right in sight
    key = expected(window, column)
    orders = set()
    for _ in range(3):  # ascending, descending, ascending again: the same order each time it is asked
        order = click(qtbot, window, c)
        units = shown_units(window)
        assert len({u.code for u in units}) == 92
        keys = [key(u) for u in units]
        descending = order == Qt.SortOrder.DescendingOrder
        assert keys == sorted(keys, reverse=descending), f"{column}: not in order"
        orders.add(order)
        if column in ("Received on", "Signing key"):  # what the cells say follows too
            texts = [window.proxy.index(r, c).data() for r in range(window.proxy.rowCount())]
            first = [t for n, t in enumerate(texts) if t not in texts[:n]]
            runs = [t for n, t in enumerate(texts) if n == 0 or t != texts[n - 1]]
            assert len(runs) == len(first), f"{column}: the same cell text in more than one place"
    assert orders == {Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder}


def test_received_on_sorted_descending_starts_with_the_last_received(qtbot, window):
    c = COMPLETENESS_HEADERS.index("Received on")
    window.table.sortByColumn(c, Qt.SortOrder.DescendingOrder)
    units = shown_units(window)
    assert units[0].received_on == max(u.received_on for u in window.model.rows)
    assert window.proxy.index(0, c).data() == "29/06/2026, trễ hạn"
    assert {u.received_on for u in units[-9:]} == {""}  # the 7 not sent and the 2 refused last


def test_every_sort_key_is_one_value_qt_compares(window):
    model = window.model
    for c in range(len(COMPLETENESS_HEADERS)):
        for r in range(model.rowCount()):
            value = model.index(r, c).data(Qt.ItemDataRole.UserRole)
            assert isinstance(value, (int, str)), (COMPLETENESS_HEADERS[c], value)
