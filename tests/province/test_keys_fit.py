"""Khóa ký read against the papers on a 1366×768 laptop: with the 92 units' keys (one key
signing for two units, one replaced, one revoked) the list needs no scrolling sideways, in
Vietnamese and in English, no header is cut, and the unit, its key code, the key's state and
the other units it signs for are whole; the first file's name is in its tooltip."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions
from tests.province.test_shared_keys import _inbox, reports  # noqa: F401 - the module fixture
from ui import i18n
from ui.paper_code import fixed_font


WHOLE = (0, 1, 2, 3, 4)  # code, unit, key code, state, also signs for



@pytest.fixture
def window(qtbot, office, inbox_92, reports, tmp_path):  # noqa: F811
    """The window at 1366×768 on Khóa ký: 92 keys, most confirmed; Tân Cương's laptop key also
    signing a report of Đại Phúc; a unit's key replaced by its reinstalled laptop's; one revoked."""
    from ui.province_window import ProvinceWindow

    office.intake(inbox_92, PERIOD)
    keys = office.keys()
    assert len({k.unit_code for k in keys}) == 92
    for n, k in enumerate(keys):
        if n % 9 != 3:
            office.confirm_key(k.unit_code, k.key_code)
    reinstalled = pick_units(3, 0)[2]
    ws, subs = make_submissions(tmp_path / "reinstalled", [reinstalled], PERIOD, data_dir=tmp_path / "laptop")
    ws.close()
    office.intake(_inbox(tmp_path / "later", {"1.xlsx": reports["forged"], "2.xlsx": reports["t"],
                                              "3.xlsx": subs[reinstalled]}), PERIOD)
    office.confirm_key(reinstalled, subs[reinstalled].key_code)  # its old key replaced
    office.revoke_key(keys[40].unit_code)
    w = ProvinceWindow(office.ws, today=dt.date(2026, 7, 1))
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.keys_tab)
    yield w
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.switch_language(i18n.VIETNAMESE)


def cut(table, whole=WHOLE) -> list[str]:
    """What the list shows cut or out of sight: headers, and the cells of the columns `whole`."""
    header, model = table.horizontalHeader(), table.model()
    style = table.style()
    header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    plain, fixed = QFontMetrics(table.font()), QFontMetrics(fixed_font())
    bold = header.font()
    bold.setBold(True)  # the headers are bold while a row is chosen
    found = []
    for col in range(model.columnCount()):
        text = model.headerData(col, Qt.Orientation.Horizontal)
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        if QFontMetrics(bold).horizontalAdvance(text) + header_margin > header.sectionSize(col):
            found.append(f"header {text!r} elided in {header.sectionSize(col)} px")
        if right > table.viewport().width():
            found.append(f"header {text!r} ends at {right} px, past the list's {table.viewport().width()} px")
    for col in whole:
        metrics = fixed if col == 2 else plain
        for row in range(model.rowCount()):
            text = model.index(row, col).data() or ""
            if metrics.horizontalAdvance(text) + cell_margin > table.columnWidth(col):
                found.append(f"{text!r} cut in {table.columnWidth(col)} px")
    return found


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_the_92_keys_are_read_without_scrolling_sideways(qtbot, window, language, reports):  # noqa: F811
    tab = window.keys_tab
    table = tab.table
    if language != i18n.current_language():
        i18n.switch_language(language)
        qtbot.waitUntil(lambda: tab.confirm_button.text() == "Confirm ke&y…")
    qtbot.wait(10)  # the header and the scroll bar laid out
    model = table.model()
    assert model.rowCount() == 95  # 92 units, the shared key on a second unit, a reinstalled laptop's
    shared = [model.index(r, 4).data() for r in range(model.rowCount()) if model.index(r, 4).data()]
    said = "(code " if language == i18n.ENGLISH else "(mã "  # in the window's language (walk 17, L4)
    assert len(shared) == 2 and all(said in text for text in shared)
    assert table.horizontalScrollBar().maximum() == 0
    assert cut(table) == []
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == reports["t"].unit_code)
    tip = model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("2026-6M_") and (", read " if language == i18n.ENGLISH else ", đọc lúc ") in tip


def test_a_narrower_window_cuts_the_dates_and_notes_never_the_unit_or_its_key(qtbot, window):
    """At 1100 pixels (a window not maximized) the dates, who confirmed and the other units a key
    signs for give way, each whole in its tooltip; the unit, the key code and the state stay
    whole, and the list still needs no scrolling sideways."""
    window.resize(1100, 768)
    table = window.keys_tab.table
    qtbot.waitUntil(lambda: table.width() < 1100)
    qtbot.wait(10)
    assert table.horizontalScrollBar().maximum() == 0
    assert cut(table, whole=(0, 1, 2, 3)) == []
    model, metrics = table.model(), QFontMetrics(table.font())
    for col in (4, 6):
        row = next(r for r in range(model.rowCount()) if model.index(r, col).data())
        text = model.index(row, col).data()
        assert metrics.horizontalAdvance(text) > table.columnWidth(col)  # cut on screen
        assert text in model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
