"""The province window at the keyboard and on a 1366×768 screen, as a person notices it: Tab and
Shift+Tab leave every table for the next control, Ctrl+Tab and Ctrl+Page Down go from tab to
tab, Enter acts on the row the keyboard is on, every Alt+letter is one control's, the header and
the key register say whether they count units or keys, the indicators' names and the charts'
legend are read whole, and "Tình hình gửi báo cáo" (window and workbook) gives the date of
receipt that decides lateness."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
)

from desktop_app.core.consolidation import UnitStatus
from desktop_app.core.intake import when_text
from exports.consolidated_xlsx import COMPLETENESS_HEADERS, SHEET_COMPLETENESS, write_consolidated
from tests.province.conftest import PERIOD
from tests.province.test_keys_window import (  # noqa: F401 - fixtures: the e-mailed folder, the window
    mail,
    received,
    window,
)
from tests.ui.conftest import Script, press, type_text
from ui import i18n
from ui.province_intake_dialog import IntakeDialog
from ui.province_intake_rows import CompletenessModel
from ui.province_key_dialog import KeyConfirmDialog

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focus():
    return QApplication.focusWidget()


@pytest.fixture
def ready(qtbot, received):
    """The window that has read the folder, active again (the intake's progress dialog took the
    keyboard): keys go where a person's would."""
    received.activateWindow()
    qtbot.waitUntil(received.isActiveWindow, timeout=10000)
    return received


def tables(window) -> dict:
    """Every list table of the window, with the tab it is on."""
    keys = window.keys_tab
    return {"Tình hình gửi báo cáo": (0, window.table), "Kết quả nhận tệp": (1, window.intake_table),
            "Tổng hợp chỉ tiêu": (2, window.summary_table), "Khác biệt": (2, window.differences_table),
            "Khóa ký": (keys, keys.table), "Tệp chưa ký": (keys, keys.unsigned_table)}


def show_tab(window, tab) -> None:
    if isinstance(tab, int):
        window.tabs.setCurrentIndex(tab)
    else:
        window.tabs.setCurrentWidget(tab)


def test_tab_and_shift_tab_leave_every_table(ready):
    """In each table Tab goes on to the next control and Shift+Tab back to the one before (Qt's
    tables went cell to cell and wrapped: the keyboard never got out); the arrows move the row."""
    window = ready
    for name, (tab, table) in tables(window).items():
        show_tab(window, tab)
        assert not table.tabKeyNavigation(), name
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            table.setFocus(Qt.FocusReason.TabFocusReason)
            assert focus() is table, name
            press(key)
            assert focus() is not table and focus() is not None, (name, key)
            assert focus().isVisible(), (name, key)
    show_tab(window, 0)
    window.search.setFocus()
    order = []
    for _ in range(3):
        press(Qt.Key.Key_Tab)
        order.append(focus())
    assert order == [window.status_box, window.table, window.period_box]  # past the table: the window's top
    window.table.setFocus()
    row = window.table.currentIndex().row()
    press(Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == row + 1 and focus() is window.table


def test_ctrl_tab_and_ctrl_page_down_go_from_tab_to_tab_from_anywhere(ready):
    """From a table, a search field or the period's list: Ctrl+Tab and Ctrl+Page Down to the next
    tab, Ctrl+Shift+Tab and Ctrl+Page Up to the one before, round from the last to the first."""
    window = ready
    tabs = window.tabs
    show_tab(window, 0)
    window.table.setFocus()
    press(Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    press(Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 2
    window.summary_table.setFocus()
    press(Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == 1
    window.period_box.setFocus()
    press(Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert tabs.currentIndex() == 0
    window.search.setFocus()
    press(Qt.Key.Key_PageUp, CTRL)
    assert tabs.currentIndex() == tabs.count() - 1  # round to "Khóa ký"
    window.keys_tab.table.setFocus()
    press(Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 0


def test_enter_on_the_row_the_keyboard_is_on_confirms_its_key(qtbot, ready, mail):
    """Tab from the state filter into the key register: its first row is chosen at once (no arrow
    key needed) and Enter opens "Xác nhận khóa" for it. Tab then reaches the buttons acting on it,
    the unsigned files (the first chosen) and their button; Enter on an unsigned file asks to
    accept it; Shift+Tab walks back the same way."""
    window = ready
    tab = window.keys_tab
    window.tabs.setCurrentWidget(tab)
    tab.state_box.setFocus()
    press(Qt.Key.Key_Tab)
    assert focus() is tab.table
    first = tab.model.rows[tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()]
    assert tab.selected_key() is first and tab.confirm_button.isEnabled() and tab.revoke_button.isEnabled()
    titles = []

    def look_and_cancel(dialog):
        titles.append(dialog.windowTitle())
        press(Qt.Key.Key_Escape)

    script = Script((KeyConfirmDialog, look_and_cancel))
    press(Qt.Key.Key_Return)
    script.check()
    assert titles == [f"Xác nhận khóa — {first.unit_name}"]
    window.activateWindow()  # the offscreen platform does not give the window back by itself
    qtbot.waitUntil(lambda: focus() is tab.table, timeout=10000)
    order = []
    for _ in range(4):
        press(Qt.Key.Key_Tab)
        order.append(focus())
    assert order == [tab.confirm_button, tab.revoke_button, tab.unsigned_table, tab.accept_button]
    assert tab.selected_unsigned() is tab.unsigned_model.rows[0] and tab.accept_button.isEnabled()
    press(Qt.Key.Key_Backtab)
    assert focus() is tab.unsigned_table
    texts = []

    def read_and_refuse(box):
        texts.append(box.text())
        press(Qt.Key.Key_Escape)

    script = Script((QMessageBox, read_and_refuse))
    press(Qt.Key.Key_Return)
    script.check()
    assert texts[0].startswith(f"Tính tệp chưa ký {mail['c'].file_stem}.xlsx")
    window.activateWindow()
    qtbot.waitUntil(lambda: focus() is tab.unsigned_table, timeout=10000)
    back = []
    for _ in range(3):
        press(Qt.Key.Key_Backtab)
        back.append(focus())
    assert back == [tab.revoke_button, tab.confirm_button, tab.table]


def test_a_table_given_the_focus_chooses_its_current_row(ready):
    """Whichever way the keyboard comes in (Tab, Alt+letter, a click), the row it is on is chosen."""
    window = ready
    window.tabs.setCurrentIndex(1)
    window.intake_table.clearSelection()
    window.refused_only.setFocus()
    press(Qt.Key.Key_Tab)
    assert focus() is window.intake_table
    current = window.intake_table.currentIndex()
    assert current.isValid() and window.intake_table.selectionModel().isRowSelected(current.row())
    assert window.file_title.text().startswith(current.siblingAtColumn(0).data())


def mnemonics(widgets) -> list[str]:
    """The Alt+letter of each text of `widgets` (buttons, labels, check boxes, the tab titles)."""
    found = []
    for text in widgets:
        m = re.search(r"&([^&])", text.replace("&&", ""))
        if m:
            found.append(m.group(1).lower())
    return found


def shown_texts(window, page) -> list[str]:
    """The texts with a mnemonic in sight when `page` is the current tab: the File menu's title,
    the header and toolbar, the tabs' titles, and the page's own."""
    texts = [window.file_menu.title(), window.period_label.text()]
    texts += [b.text() for b in (window.intake_button, window.xlsx_button, window.pdf_button, window.dhis2_button,
                                 window.copy_button)]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [w.text() for w in page.findChildren(QAbstractButton)]
    texts += [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]  # a label's letter: its buddy's
    return texts


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_every_alt_letter_is_one_controls(qtbot, ready, language):
    """The menu, the buttons, the tabs' titles, the search and filter labels, "Chỉ các tệp không
    được nhận" and the key register's buttons each have a letter, none twice among the words in
    sight on any tab (the key register's "&Trạng thái" took Alt+T from the menu "&Tệp"), in both
    languages; the File menu's items each have their own."""
    window = ready
    if language != i18n.current_language():
        i18n.switch_language(language)
        qtbot.waitUntil(lambda: window.tabs.tabText(1) in ("Files recei&ved", "Kết &quả nhận tệp"))
    keys = window.keys_tab
    named = [window.period_label, window.intake_button, window.xlsx_button, window.pdf_button, window.dhis2_button,
             window.copy_button, window.search_label, window.status_label, window.refused_only, keys.search_label,
             keys.state_label, keys.confirm_button, keys.revoke_button, keys.accept_button]
    assert all(mnemonics([w.text()]) for w in named), [w.text() for w in named if not mnemonics([w.text()])]
    assert len(mnemonics(window.tabs.tabText(i) for i in range(window.tabs.count()))) == window.tabs.count()
    for label in (window.period_label, window.search_label, window.status_label, keys.search_label, keys.state_label):
        assert label.buddy() is not None, label.text()
    for i in range(window.tabs.count()):
        letters = mnemonics(shown_texts(window, window.tabs.widget(i)))
        assert len(letters) == len(set(letters)), (window.tabs.tabText(i), sorted(letters))
    items = mnemonics(a.text() for a in window.file_menu.actions() if a.text())
    assert len(items) == len([a for a in window.file_menu.actions() if a.text()]) == len(set(items))
    if language != i18n.VIETNAMESE:
        i18n.switch_language(i18n.VIETNAMESE)
        qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Kết &quả nhận tệp")


def test_alt_letters_reach_their_controls(ready):
    """Alt+A: the key register; there Alt+R its state filter and Alt+M its search (the menu keeps
    Alt+T); Alt+H back to "Tình hình gửi báo cáo", Alt+R its status filter, Alt+K the period."""
    window = ready
    keys = window.keys_tab
    window.tabs.setCurrentIndex(0)
    window.table.setFocus()
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is keys
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focus() is keys.state_box
    press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert focus() is keys.search
    press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 0
    press(Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focus() is window.status_box
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert focus() is window.period_box


def test_the_counts_say_units_in_the_header_and_keys_in_the_tab(received):
    """B's reinstalled laptop signed with a second key: two units have a key awaiting confirmation
    (the window's header), three keys await it (the key register): each line says which it counts."""
    window = received
    assert "2 đơn vị có khóa chờ xác nhận" in window.counts.text()
    assert window.keys_tab.counts.text() == ("0 khóa đã xác nhận, 3 khóa chờ xác nhận (của 2 đơn vị), 0 khóa đã "
                                             "thay, 0 khóa đã thu hồi; 90/92 đơn vị chưa có khóa đang dùng.")


def test_every_indicator_name_is_read_whole_at_1366_by_768(received):
    """At 1366×768 the summary's name column wraps: each row is as tall as its name's lines at the
    column's width (9 of the 17 names ended in "…"), its number in the STT column, the whole name
    in the tooltip too; no figure's column is cut."""
    window = received
    assert (window.width(), window.height()) == (1366, 768)
    window.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    table, model = window.summary_table, window.summary_model
    assert table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideNone
    assert model.headerData(0, Qt.Orientation.Horizontal) == "STT"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Chỉ tiêu"
    metrics = table.fontMetrics()
    width = table.columnWidth(1) - 8  # the cell's margins
    wrapped = 0
    for row in range(model.rowCount()):
        name = model.index(row, 1).data()
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, name).height()
        assert table.rowHeight(row) >= needed, (name, table.rowHeight(row), needed)
        wrapped += metrics.horizontalAdvance(name) > width
        assert model.index(row, 0).data() == str(model.rows[row].indicator.no)
        assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole).endswith(name)
    assert wrapped >= 5  # the long names do need more than a line
    header = table.horizontalHeader()
    for col in range(2, model.columnCount() - 1):
        assert table.columnWidth(col) >= header.sectionSizeHint(col), model.headerData(col, Qt.Orientation.Horizontal)
    viewport = table.viewport().width()
    assert sum(table.columnWidth(c) for c in range(model.columnCount() - 1)) < viewport  # no sideways scroll


def test_the_charts_legend_names_each_status_whole(received):
    """"Tình hình gửi báo cáo theo kỳ": the statuses' colours under the chart in words that wrap,
    each name whole ("Chưa ký, chưa chấp nhận" was cut to "Chưa ký, chư…" by the chart's legend)."""
    window = received
    window.tabs.setCurrentWidget(window.charts)
    QApplication.processEvents()
    tab = window.charts
    chart = tab.completeness_view.chart()
    assert not chart.legend().isVisible() and tab.completeness_legend.wordWrap()
    legend = tab.completeness_legend.text().replace("&nbsp;", " ")
    names = [b.label() for b in chart.series()[0].barSets()]
    assert "Chưa ký, chưa chấp nhận" in names
    for name in names:
        assert name in legend
    assert tab.completeness_legend.isVisible()
    label = tab.completeness_legend
    assert label.height() >= label.heightForWidth(label.width())  # every line of it shown


def unit(**kw) -> UnitStatus:
    base = dict(no=1, code="05503", name="Xã Tân Cương", kind="xã", status="Trễ hạn", late=True,
                generated_at="2026-06-18T08:00:00+07:00", received_at="2026-07-01T09:30:00+07:00",
                received_on="2026-06-25")
    return UnitStatus(**{**base, **kw})


def test_reports_sent_gives_the_date_of_receipt_and_the_time_read_in_its_tooltip(qapp):
    """"Ngày nhận": the date lateness is judged by, ", trễ hạn" after the deadline (coloured as
    late), not when the program read the file (in the tooltip, beside what the date means)."""
    model = CompletenessModel()
    model.set_rows([unit(), unit(code="05488", name="Xã Đại Phúc", status="Đã nhận", late=False,
                             received_on="2026-06-18"), unit(code="02104", status="Chưa gửi", late=False,
                                                             received_at="", received_on="", generated_at="")])
    col = model.RECEIVED_ON
    assert model.headerData(col, Qt.Orientation.Horizontal) == "Ngày nhận"
    assert [model.index(r, col).data() for r in range(3)] == ["25/06/2026, trễ hạn", "18/06/2026", ""]
    tip = model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Ngày nhận 25/06/2026, trễ hạn: ngày dùng để tính trễ hạn")
    assert tip.endswith("Chương trình đọc tệp lúc 09:30 01/07/2026.")
    assert model.index(2, col).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, col).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, col).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_date_typed_at_intake_is_the_date_of_receipt_in_reports_sent(qtbot, window, mail):
    """Read with 25/06/2026 typed as the folder's date (after the deadline): "Tình hình gửi báo cáo"
    says "25/06/2026, trễ hạn" for each unit, where the program read the files on another day."""
    def fill(dialog):
        type_text(str(mail["folder"]))
        dialog.batch_date.setChecked(True)
        dialog.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
        type_text("25062026")
        press(Qt.Key.Key_Return)

    script = Script((IntakeDialog, fill))
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake()
    script.check()
    model = window.model
    row = next(r for r, u in enumerate(model.rows) if u.code == mail["a"].unit_code)
    assert model.index(row, model.RECEIVED_ON).data() == "25/06/2026, trễ hạn"
    assert "Chương trình đọc tệp lúc" in model.index(row, model.RECEIVED_ON).data(Qt.ItemDataRole.ToolTipRole)


def test_the_workbook_adds_the_date_of_receipt_after_its_last_column(received, tmp_path):
    """The consolidated workbook's "Tình hình gửi báo cáo" keeps its twelve columns as they were
    (others read them by place) and adds "Ngày nhận (tính hạn)" after them: a date cell, empty
    where the date is not known; "Thời điểm đọc tệp" stays when the program read the file."""
    window = received
    con = window.office.consolidation(PERIOD)
    dated = [replace(u, received_on="2026-06-25" if u.received else "") for u in con.completeness.units]
    con = replace(con, completeness=replace(con.completeness, units=dated))
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_COMPLETENESS]
    assert [c.value for c in ws[5]] == list(COMPLETENESS_HEADERS) == [
        "STT", "Mã ĐVHC", "Tên xã, phường", "Loại", "Tình trạng", "Trễ hạn", "Dự thảo", "Thời điểm lập tệp",
        "Thời điểm đọc tệp", "Mã xác thực", "Tệp", "Ghi chú", "Ngày nhận (tính hạn)", "Khóa ký"]
    assert ws.auto_filter.ref == f"A5:N{5 + len(dated)}"
    rows = {ws.cell(r, 2).value: r for r in range(6, 6 + len(dated))}
    for u in dated:
        cell = ws.cell(rows[u.code], 13)
        if u.received:
            assert cell.value.date() == dt.date(2026, 6, 25) and cell.number_format == "DD/MM/YYYY", u.code
            assert ws.cell(rows[u.code], 9).value == when_text(u.received_at)  # "19:56 01/12/2026"
        else:
            assert cell.value is None
    assert ws.page_setup.fitToWidth == 1  # still one A3 page wide


def test_the_workbook_has_the_date_of_receipt_of_each_unit_received(received, tmp_path):
    window = received
    con = window.office.consolidation(PERIOD)
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_COMPLETENESS]
    got = {ws.cell(r, 2).value: ws.cell(r, 13).value for r in range(6, 6 + len(con.units))}
    assert {code for code, day in got.items() if day is not None} == {
        u.code for u in con.completeness.units if u.received_on}
    assert all(day.date() == dt.date(2026, 6, 18) for day in got.values() if day is not None)
