"""The window's other views: history chart, start-of-term figures, own targets, the province's list, menus."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.evaluation import Verdict
from desktop_app.core.periods import Period
from tests.ui.conftest import TODAY, commit_text, press, type_text
from ui.app import start
from PySide6.QtWidgets import QLabel

from ui.baseline_dialog import BaselineDialog
from ui.entry_model import Col
from ui.history_dialog import HistoryDialog
from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog
from ui.reference_dialog import ReferenceDialog


def test_the_history_chart_shows_each_entered_period_against_the_target(qtbot, workspace):
    """BHYT entered in three periods: three points on the result line, a target line at 100."""
    for period, num in (("2026-Q1", "8800"), ("2026-6M", "9100"), ("2026-9M", "9400")):
        workspace.set_entry(period, "bhyt", numerator=num, denominator="10000")
    dialog = HistoryDialog(workspace, "bhyt", Period(2026, "9M"))
    qtbot.addWidget(dialog)
    series = {s.name(): s for s in dialog.chart.series()}
    points = [(p.x(), p.y()) for p in series["Kết quả"].points()]
    assert points == [(0.5, 88.0), (1.5, 91.0), (2.5, 94.0)]  # one band per year, 4 points each
    assert {p.y() for p in series["Chỉ tiêu giao"].points()} == {100.0}
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(2, 0).text() == "9 tháng năm 2026"
    assert dialog.table.item(2, 1).text() == "94"
    assert dialog.table.item(2, 4).text() == Verdict.DANG_THUC_HIEN.value
    assert dialog.findChild(QChartView) is not None


def test_the_history_opens_from_the_row_with_ctrl_h(window, workspace, qtbot):
    """Ctrl+H on a row opens that indicator's history."""
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier, widget=window.table)
    qtbot.waitUntil(lambda: getattr(window, "history_dialog", None) is not None)
    assert window.history_dialog.indicator.code == "bhyt"
    window.history_dialog.close()


def test_a_term_total_is_charted_as_the_running_total(qtbot, workspace):
    """Budget revenue: the chart climbs year after year towards the five-year target (an earlier
    year counting once approved: `rows.Inputs.unapproved`)."""
    from db.rows import PeriodStateRow

    workspace.set_entry("2026", "thu_ngan_sach", value="40000")
    workspace.set_entry("2027-6M", "thu_ngan_sach", value="25000")
    with workspace.store.transaction():
        workspace.store.put_period_state(PeriodStateRow(workspace.commune.code, "2026", "Đã duyệt", None, None,
                                                        None, None, None))
    dialog = HistoryDialog(workspace, "thu_ngan_sach")
    qtbot.addWidget(dialog)
    series = {s.name(): s for s in dialog.chart.series()}
    assert [p.y() for p in series["Lũy kế nhiệm kỳ"].points()] == [40000.0, 65000.0]


def test_baselines_are_edited_in_their_own_dialog(qtbot, workspace):
    """The start-of-term figures are typed in their dialog and saved; a bad one is refused."""
    dialog = BaselineDialog(workspace)
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == {"giam_ngheo", "ket_nap_dang_vien"}
    dialog.fields["giam_ngheo"].setText("4,5")
    dialog.fields["ket_nap_dang_vien"].setText("-3")
    dialog.accept()
    assert "Chưa lưu" in dialog.error.text() and "âm" in dialog.error.text()
    assert workspace.baselines() == {"giam_ngheo": D("4.5")}
    dialog.fields["ket_nap_dang_vien"].setText("250")
    dialog.accept()
    assert workspace.baselines() == {"giam_ngheo": D("4.5"), "ket_nap_dang_vien": D(250)}


def test_each_start_of_term_name_reads_on_one_line_over_its_box(qtbot, workspace):
    """Walk 13, L3: a name wrapped on three lines in a 150 px column beside its box, its "dùng cho"
    in small print. Now each name is one line over its box, what it is used for under it in the
    dialog's own size, at the dialog's width of 620 px."""
    dialog = BaselineDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.resize(620, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in dialog.fields.values():
        label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is edit)
        line = label.fontMetrics().lineSpacing()
        assert label.heightForWidth(label.width()) <= 2 * line + 4, label.text()  # the name, then its use
        assert label.geometry().bottom() < edit.geometry().top()  # over its box
        assert "<small>" not in label.text()


def test_own_targets_are_edited_per_year_and_used_in_the_form(qtbot, window, workspace):
    """"≥ 92" for BHYT in 2026 is saved and shown under the province's target for that year's
    rows, with its own verdict under the verdict; the verdict the province counts stays the
    one against the province's target."""
    dialog = OwnTargetsDialog(workspace, 2026)
    qtbot.addWidget(dialog)
    row = [i.code for i in dialog.indicators].index("bhyt")
    dialog.table.item(row, FIRST_YEAR_COLUMN).setText(">= 92")
    assert workspace.own_targets()[(2026, "bhyt")].label(2) == "≥ 92"
    assert dialog.table.item(row, FIRST_YEAR_COLUMN).text() == "≥ 92"
    dialog.table.item(row, FIRST_YEAR_COLUMN + 1).setText("≥ nhiều")
    assert "Chưa lưu" in dialog.message.text()
    assert (2027, "bhyt") not in workspace.own_targets()
    workspace.set_entry("2026", "bhyt", numerator="9.500", denominator="10.000")
    window.reload()
    window.show_period(Period(2026, "Y"))
    line = window.model.line_of("bhyt")
    target = window.model.index(line, Col.TARGET).data()
    assert target == "100\nTỉnh giao, đến 2030\nTự đặt 2026: ≥ 92"  # a ward's too: no "Xã"
    verdict = window.model.index(line, Col.VERDICT).data()
    assert verdict == "Đang thực hiện\n95% chỉ tiêu\nTheo chỉ tiêu tự đặt: Vượt"
    assert window.model.row_at(line).verdict == Verdict.DANG_THUC_HIEN  # the province's, counted
    assert "Đang thực hiện 1" in window.summary_label.text()
    assert window.completeness_label.text().endswith(" chỉ tiêu giao")  # the counts after it are of those


@pytest.mark.parametrize("language", ["vi", "en"])
def test_own_targets_rows_are_as_tall_as_their_text_and_the_unit_is_whole(qtbot, workspace, english, language):
    """Each row as tall as its wrapped name and target (so most indicators are in sight at once,
    not 8 of them); the unit whole in its column ("percentage points" in English)."""
    from PySide6.QtWidgets import QWidget

    if language == "en":
        english()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1366, 768)
    parent.show()
    dialog = OwnTargetsDialog(workspace, 2026, parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    metrics = table.fontMetrics()
    line = metrics.lineSpacing()
    for row in range(table.rowCount()):
        needed = max(metrics.boundingRect(0, 0, table.columnWidth(col) - 6, 10_000, int(Qt.TextFlag.TextWordWrap),
                                          table.item(row, col).text()).height() for col in (0, 1, 2))
        assert needed <= table.rowHeight(row) <= needed + line, (row, table.item(row, 0).text())
    in_sight = [r for r in range(table.rowCount())
                if 0 <= table.rowViewportPosition(r) and table.rowViewportPosition(r) + table.rowHeight(r)
                <= table.viewport().height()]
    assert len(in_sight) >= 14
    giam_ngheo = [i.code for i in dialog.indicators].index("giam_ngheo")
    unit = table.item(giam_ngheo, 1).text()
    assert unit == ("percentage points" if language == "en" else "điểm %")
    assert metrics.horizontalAdvance(unit) + 6 <= table.columnWidth(1)


def test_the_reference_view_lists_the_province_indicators_read_only(qtbot):
    """Phụ lục 1 and the 2026 resolution are listed, searchable without accents, not editable."""
    dialog = ReferenceDialog()
    qtbot.addWidget(dialog)
    assert dialog.province.rowCount() > 47 and dialog.resolution.rowCount() == 36
    assert dialog.province.editTriggers() == dialog.province.EditTrigger.NoEditTriggers
    dialog.search.setText("bao hiem y te")
    shown = [r for r in range(dialog.province.rowCount())
             if not dialog.province.isRowHidden(r) and dialog.province.columnSpan(r, 0) == 1]
    assert shown and all("bảo hiểm y tế" in dialog.province.item(r, 1).text().lower() for r in shown)


def test_start_opens_the_main_window_on_a_set_up_database(qtbot, workspace):
    """With a unit chosen, start() goes straight to the main window showing the unit."""
    window = start(workspace, login=False)
    qtbot.addWidget(window)
    assert window.isVisible() and window.unit_label.text() == "Xã Tân Cương"
    assert "&Xuất báo cáo…" in [a.text() for a in window.file_menu.actions()]


def test_the_export_action_goes_into_the_file_menu(window):
    """The exports' "Xuất báo cáo…" is placed in Tệp, above Thoát."""
    action = QAction("Xuất báo cáo…", window)
    window.add_export_action(action)
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts.index("Xuất báo cáo…") < texts.index("T&hoát")
    assert texts.index("&Cài đặt…") < texts.index("Xuất báo cáo…")


def test_a_view_only_account_cannot_type(make_window, workspace):
    """A leader's login shows the form read-only, with the reason above it."""
    workspace.add_user("quantri", "Quản Trị", "Quản trị", "hoa-sen-123")
    workspace.login("quantri", "hoa-sen-123")
    workspace.add_user("lanhdao", "Lê Lãnh Đạo", "Lãnh đạo", "hoa-sen-123")
    workspace.login("lanhdao", "hoa-sen-123")
    window = make_window(workspace)
    assert "chỉ xem số liệu" in window.frozen_label.text()
    type_text("123")
    press(Qt.Key.Key_Return)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value is None


def test_an_approved_period_is_read_only(make_window, workspace):
    """Once approved, the period's form cannot be typed in, and says why."""
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_baseline("ket_nap_dang_vien", "250")
    for code, num, den in (("bhyt", "9500", "10000"), ("giam_ngheo", "45", "1500"), ("truong_chuan", "3", "4"),
                           ("lao_dong_dao_tao", "2100", "3000"), ("nuoc_sach_nong_thon", "1400", "1500")):
        workspace.set_entry("2026-Q1", code, numerator=num, denominator=den)
    workspace.set_entry("2026-Q1", "thu_ngan_sach", value="20000")
    workspace.set_entry("2026-Q1", "ket_nap_dang_vien", value="3")
    workspace.complete("2026-Q1")
    workspace.approve("2026-Q1")
    window = make_window(workspace, today=TODAY)
    window.navigator.select(Period(2026, "Q1"))
    assert window.frozen_label.isVisible() and "đã duyệt" in window.frozen_label.text()
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    window.table.setFocus()
    type_text("1")
    press(Qt.Key.Key_Return)
    assert workspace.row("2026-Q1", "bhyt").entry.numerator == D(9500)
    commit_text("x", widget=window.narratives.editors["ket_qua"])
    assert window.narratives.editors["ket_qua"].isReadOnly()
    # A block pasted is refused as typing is; the keys said under the table are a viewer's.
    window.table.setFocus()
    QApplication.clipboard().setText("1\t2\r\n3\t4\r\n")
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert workspace.row("2026-Q1", "bhyt").entry.numerator == D(9500)
    assert "đã duyệt" in window.feedback.text()
    assert window.keys_hint.text().startswith("Chỉ xem") and "Gõ số" not in window.keys_hint.text()
    window.navigator.select(Period(2026, "6M"))
    assert window.keys_hint.text().startswith("Gõ số để nhập")


def test_a_yes_no_history_is_charted_as_co_or_khong(qtbot, workspace):
    """A Có/Không indicator charts 1 for Có and 0 for Không, and its table says the words."""
    workspace.set_entry("2026-Q1", "khong_ma_tuy", flag="Có")
    workspace.set_entry("2026-6M", "khong_ma_tuy", flag="Không")
    dialog = HistoryDialog(workspace, "khong_ma_tuy")
    qtbot.addWidget(dialog)
    series = {s.name(): s for s in dialog.chart.series()}
    assert [p.y() for p in series["Kết quả"].points()] == [1.0, 0.0]
    assert [dialog.table.item(i, 1).text() for i in range(2)] == ["Có", "Không"]


def test_the_cell_stays_put_when_the_period_changes(window):
    """Moving to another period keeps the cursor on the same indicator and field."""
    window.table.setCurrentIndex(window.model.index_of("bhyt", "denominator"))
    window.navigator.select(Period(2026, "9M"))
    index = window.table.currentIndex()
    assert window.model.row_at(index).indicator.code == "bhyt"
    assert window.model.field_at(index).field == "denominator"


def test_switching_to_the_officer_account_makes_the_form_editable(make_window, workspace, qtbot):
    """The administrator (view only) hands over to the officer without restarting the program."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    workspace.add_user("quantri", "Quản Trị", "Quản trị", "hoa-sen-123")
    workspace.login("quantri", "hoa-sen-123")
    workspace.add_user("canbo", "Nguyễn Văn An", "Cán bộ nhập liệu", "hoa-sen-456")
    window = make_window(workspace)
    assert window.frozen_label.isVisible()

    def log_in():
        dialog = QApplication.activeModalWidget()
        dialog.username.setText("canbo")
        dialog.password.setText("hoa-sen-456")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(0, log_in)
    window.switch_account()
    assert workspace.account.username == "canbo"
    assert not window.frozen_label.isVisible()
    window.activateWindow()  # the desktop gives the focus back after a dialog; offscreen, we do
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    type_text("1000")
    press(Qt.Key.Key_Return)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == D(1000)


def test_the_catalogue_update_is_in_the_data_menu(window, monkeypatch):
    """Dữ liệu › Cập nhật bộ chỉ tiêu… runs the province-update import on this workspace, then reloads."""
    from ui import catalog_update_dialog

    calls = []
    monkeypatch.setattr(catalog_update_dialog, "import_catalog_update",
                        lambda parent, workspace: calls.append((parent, workspace)) or True)
    texts = [a.text() for a in window.data_menu.actions()]
    assert "&Cập nhật bộ chỉ tiêu…" in texts
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    window.catalog_update_action.trigger()
    assert calls == [(window, window.workspace)]
    assert window.current_code() == "bhyt"  # reloaded, the cursor kept
