"""The province window: mode choice at first run, intake on a worker with rows appearing as files
are read, the completeness table (filter, sort, copy the missing names), exports."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import StorageFailed
from desktop_app.database_mode import MODE_PROVINCE, mode_of
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD
from tests.ui.conftest import Script, press
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (fixture)

TODAY = dt.date(2026, 6, 19)  # the 6-month report is the current one


@pytest.fixture
def window(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_a_new_database_asks_commune_or_province_once(qtbot, blank_workspace, monkeypatch):
    """Choosing "Cấp tỉnh" stores the mode; the next start does not ask again."""
    from ui import mode_dialog

    def choose_province(self):
        self.province.setChecked(True)
        return QDialog.DialogCode.Accepted

    def go_on(self):  # the province's first-run box: Continue
        self.accept()
        return self.result()

    from ui.province_first_run import ProvinceFirstRunDialog

    monkeypatch.setattr(mode_dialog.ModeDialog, "exec", choose_province)
    monkeypatch.setattr(ProvinceFirstRunDialog, "exec", go_on)
    assert mode_dialog.choose_mode(blank_workspace) == MODE_PROVINCE
    assert mode_of(blank_workspace.store) == MODE_PROVINCE

    def fail(self):
        raise AssertionError("asked again")

    monkeypatch.setattr(mode_dialog.ModeDialog, "exec", fail)
    assert mode_dialog.choose_mode(blank_workspace) == MODE_PROVINCE


def test_start_opens_the_province_window_for_a_province_database(qtbot, office):
    """ui.app.start goes to the province window when the database is in province mode."""
    from ui.app import start
    from ui.province_window import ProvinceWindow

    w = start(office.ws, login=False)
    qtbot.addWidget(w)
    assert isinstance(w, ProvinceWindow)
    assert w.model.rowCount() == 92


def test_intake_fills_the_tables_as_files_are_read(qtbot, window, inbox):
    """Rows are inserted one by one while the worker reads; then the counts and statuses update."""
    assert window.period.code == PERIOD
    assert window.counts.text().startswith("Đã nhận 0/92")
    inserted = []
    window.intake_model.rowsInserted.connect(lambda *a: inserted.append(a[1]))
    with qtbot.waitSignal(window.intake_done, timeout=30000) as blocker:
        window.start_intake(inbox["folder"])
    run = blocker.args[0]
    n_files = len(inbox["expected"])
    assert len(run.results) == n_files and len(inserted) == n_files
    assert window.intake_model.rowCount() == n_files
    n = len(inbox["kept"])
    assert window.counts.text().startswith(f"Đã nhận {n}/92")
    classes = {window.intake_model.index(r, 0).data(): window.intake_model.index(r, 1).data()
               for r in range(n_files)}
    draft = f"{inbox['kept'][inbox['draft']].file_stem}.xlsx"  # counted, said a draft (walk U12 F3)
    assert classes == {**inbox["expected"], draft: "Hợp lệ (dự thảo)"}

    window.status_box.setCurrentText(ReportStatus.CHUA_GUI)  # as the header counts them: refused ones too
    assert window.proxy.rowCount() == window.completeness.counts["missing"] > window.completeness.counts["refused"]
    window.status_box.setCurrentText("Tất cả")
    window.search.setText("tan cuong")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 2).data() == "Xã Tân Cương"
    window.search.clear()
    window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    names = [window.proxy.index(r, 2).data() for r in range(window.proxy.rowCount())]
    from desktop_app.core.catalog import fold

    assert [fold(x) for x in names] == sorted(fold(x) for x in names)

    text = window.copy_missing()
    assert QApplication.clipboard().text() == text
    for name in window.completeness.missing_names():
        assert name in text


def test_exports_from_the_window(qtbot, window, inbox, tmp_path):
    """The consolidated workbook is written by a worker and reported when done."""
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"])
    with qtbot.waitSignal(window.export_done, timeout=30000) as blocker:
        window.start_export("xlsx", tmp_path / "tong-hop.xlsx")
    assert blocker.args[0] and (tmp_path / "tong-hop.xlsx").is_file()
    for unit in window.office.checked_completeness(PERIOD).units_in("pending"):  # compared with the papers
        window.office.confirm_key(unit.code, unit.key_code)
    with qtbot.waitSignal(window.export_done, timeout=30000) as blocker:
        window.start_export("dhis2", tmp_path / "dhis2.json")
    assert (tmp_path / "dhis2.json").is_file() and (tmp_path / "dhis2.adx.xml").is_file()


def test_cancelling_intake_keeps_what_was_read_and_nothing_else(inbox, office):
    """A cancelled run stops between files: files read stay received, the run is marked cancelled."""
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    run = office.intake(inbox["folder"], PERIOD, cancelled=cancelled)
    assert run.cancelled and len(run.results) == 3
    assert office.store.intake_runs()[-1][-1] == 1
    rows = office.store.conn.execute("SELECT count(*) FROM received").fetchone()[0]
    assert rows == sum(r.new for r in run.results)
    again = office.intake(inbox["folder"], PERIOD)
    assert not again.cancelled and len(again.results) == len(inbox["expected"])
    assert office.checked_completeness(PERIOD).counts["received"] == len(inbox["kept"])


def test_an_error_storing_a_file_keeps_the_files_before_it_and_nothing_of_it(inbox, office, monkeypatch):
    """Each file is stored whole or not at all: a database error on the fourth file (its log row,
    written after its received row and key) ends the run with that error, the three files before
    it stay committed (another connection sees them), nothing of the fourth stays, and the run is
    recorded as not finished. Reading the folder again gives a whole run's outcome."""
    real, logged = office.store.add_intake_log, []

    def failing(row):
        if len(logged) == 3:
            err = sqlite3.OperationalError("disk I/O error")
            err.sqlite_errorcode = 10  # SQLITE_IOERR, as SQLite itself says it
            raise err
        logged.append(row.file_name)
        return real(row)

    monkeypatch.setattr(office.store, "add_intake_log", failing)
    with pytest.raises(StorageFailed, match="lỗi đọc ghi ổ đĩa"):  # said as the disk's failure, in one line
        office.intake(inbox["folder"], PERIOD)
    other = sqlite3.connect(office.store.path)
    try:
        assert [r[0] for r in other.execute("SELECT file_name FROM intake_log ORDER BY id")] == logged
        stored = {r[0] for r in other.execute("SELECT file_name FROM received")}
        assert stored and stored <= set(logged)
        # the run stopped before its end, and its record says so (as after a power cut), not
        # "finished" with the files of a folder it never read (red-team R25 F3)
        assert other.execute("SELECT finished_at IS NULL FROM intake_runs").fetchone() == (1,)
    finally:
        other.close()
    assert office.store.verify_integrity() == []
    monkeypatch.undo()
    again = office.intake(inbox["folder"], PERIOD)
    assert len(again.results) == len(inbox["expected"])
    assert office.checked_completeness(PERIOD).counts["received"] == len(inbox["kept"])


def test_the_window_reads_the_province_database_on_a_worker_connection(office):
    """A worker opens its own connection to the same file, logged in as the same account."""
    worker = office.for_thread()
    try:
        assert worker.store.conn is not office.store.conn
        assert worker.store.path == office.store.path
        assert isinstance(worker, ProvinceOffice) and worker.is_set_up
    finally:
        worker.close()


def test_catalogue_update_from_the_windows(qtbot, window, office, workspace, tmp_path, monkeypatch):
    """The province publishes its draft from the window; the commune imports it after typing the
    key code from the cover note and confirming."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app import catalog_update as cu
    from tests.ui.conftest import Script, press, type_text
    from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update

    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit="05503")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    out = window.publish_catalog("2026.2", str(tmp_path / "cap-nhat"))
    assert out.endswith(cu.SUFFIX) and office.catalog.version == "2026.2"
    # the box named the whole path; the status line keeps what 1366 px shows whole
    assert window.statusBar().currentMessage() == "Đã phát hành bộ chỉ tiêu 2026.2: cap-nhat" + cu.SUFFIX
    # the window says where the cover note is, and that it goes on paper, apart from the file
    cover = tmp_path / "cap-nhat_cong-van.pdf"
    assert cover.is_file() and str(cover) in told[0] and office.ws.key_code in told[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    script = Script((CoverCodeDialog, lambda dialog: (type_text(office.ws.key_code), press(Qt.Key.Key_Return))))
    assert import_catalog_update(None, workspace, out) is True
    script.check()
    assert workspace.catalog.version == "2026.2" and cu.province_key(workspace)["key_code"] == office.ws.key_code
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert import_catalog_update(None, workspace, out) is False
    assert "không mới hơn" in shown[0]


def test_the_province_window_shows_a_history_changed_outside_the_program(qtbot, office):
    """A setting changed with sqlite3: the province window opens with the red line and the box."""
    import sqlite3

    conn = sqlite3.connect(office.ws.store.path)
    conn.execute("UPDATE settings SET value = value || ' ' WHERE rowid = (SELECT min(rowid) FROM settings)")
    conn.commit()
    conn.close()
    from ui.app import start

    w = start(office.ws, login=False)
    qtbot.addWidget(w)
    assert w.tampering_label.isVisible() and "chitieu audit verify" in w.tampering_label.text()
    assert w.notice_boxes and "ngoài chương trình" in w.notice_boxes[0].text()
    w.notice_boxes[0].done(0)


def test_the_dhis2_export_says_which_units_it_left_out_and_what_to_do(qtbot, window, inbox, tmp_path,
                                                                      clock):  # noqa: F811
    """Every key in the folder is its unit's first, awaiting confirmation (red-team 13, finding 2):
    the DHIS2 and ADX files leave those units out, and the box after the export names them and
    says to confirm the keys against the signed paper and export again. Left with no unit, the files
    are not written at all (walk U10, F4): the box says so, naming the units."""
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"])
    pending = window.office.checked_completeness(PERIOD).units_in("pending")
    assert len(pending) > 1
    said = []

    def read(box):
        said.append(box.text().replace("\u00a0", " "))
        clock.passes(1.0)  # read, then Enter (the box opened by itself)
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read))
    with qtbot.waitSignal(window.export_done, timeout=30000):
        window.start_export("dhis2", tmp_path / "nothing.json")
    script.check()
    assert not (tmp_path / "nothing.json").exists()
    assert f"tệp sẽ không có đơn vị nào. {len(pending)} đơn vị đã gửi báo cáo nhưng khóa ký tệp đang chờ" in said[0]
    for unit in pending[:10]:
        assert f"{unit.name} ({unit.code})" in said[0]

    first = pending[0]
    window.office.confirm_key(first.code, first.key_code)
    with qtbot.waitSignal(window.export_done, timeout=30000):
        window.start_export("dhis2", tmp_path / "dhis2.json")
    said = window.export_dialog.message.text().replace("\u00a0", " ")  # ui.unbroken_paths
    assert f"Chưa đưa vào tệp DHIS2 và ADX {len(pending) - 1} đơn vị có khóa chờ xác nhận" in said
    for unit in pending[1:11]:
        assert f"{unit.name} ({unit.code})" in said
    assert "(Khóa ký › Xác nhận khóa…), rồi xuất lại." in said
    window.export_dialog.close()
