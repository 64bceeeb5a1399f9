"""The number accepted in the box (ui/document_dialog.py) issued meanwhile for another report, by another window or
copy of the program, is refused as the export reads the period or as it is marked sent (core/number_taken.py,
R5 F7): the window said so in a message box and the officer started the export again from the menu. Now the box
opens again, the number refused in it, why under the form and the cursor in Số văn bản; the number typed then
exports into the same folder. Nothing is written until one is accepted.

The other window is a second Workspace on the same data folder; it issues 15/BC-UBND for the first half year
while the folder is chosen, or while this export's files are written, or while the e-mail to the province is
prepared. The refusals are the core's own."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget  # noqa: E402

import ui.export_dialog as export_dialog  # noqa: E402
from desktop_app.core.doc_number import Issued  # noqa: E402
from desktop_app.services import Workspace, export_period  # noqa: E402
from exports.submission_reader import read_submission  # noqa: E402
from tests.ui.conftest import Script, press, type_text  # noqa: E402
from tests.ui.test_document_number_box import TODAY, XLSX, _action, approved  # noqa: E402, F401 (the fixture)
from tests.ui.test_send_report import desktop  # noqa: E402, F401 (the fixture)
from tests.ui.test_unprompted_boxes import clock  # noqa: E402, F401 (the fixture)
from ui import send_report  # noqa: E402
from ui.document_dialog import DocumentDialog  # noqa: E402

pytestmark = [pytest.mark.usefixtures("approved_before_report_date"), pytest.mark.document_box]
TAKEN = ("Không xuất được báo cáo kỳ năm 2026 với số văn bản 15/BC-UBND: năm 2026, số 15/BC-UBND đã dùng cho báo cáo "
         "đã duyệt kỳ 6 tháng đầu năm 2026")


def issue_15_elsewhere(data_dir, tmp_path) -> None:
    """Another window on the same data exports the first half year as 15/BC-UBND (on the caller's thread)."""
    other = Workspace.open(data_dir, user="can-bo")
    try:
        other.today_is = TODAY
        export_period(other, "2026-6M", tmp_path / "other-window", doc_number="15", report_date=dt.date(2026, 12, 10))
    finally:
        other.close()


def fifteen(box) -> None:
    type_text("15")
    press(Qt.Key.Key_Return)


def then_sixteen(clock, out, seen):  # noqa: F811
    """The box asked again: what it shows, then 16 typed over the number refused, Enter after a look."""
    def act(box):
        clock.passes(3)  # the refusal read: the box opened by itself takes Enter after a pause only
        seen.update(number=box.number.text(), date=box.date.text(), error=box.error.text(),
                    shown=box.error.isVisible(), in_number=QApplication.focusWidget() is box.number,
                    written=sorted(p.name for p in out.iterdir()))
        type_text("16")
        clock.passes(1)
        press(Qt.Key.Key_Return)
    return act


def test_taken_while_the_folder_is_chosen_the_box_asks_again_and_exports_the_next(
        qtbot, approved, data_dir, tmp_path, monkeypatch, clock):  # noqa: F811
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a: (issue_15_elsewhere(data_dir, tmp_path), str(out))[1]))
    seen = {}
    script = Script((DocumentDialog, fifteen), (DocumentDialog, then_sixteen(clock, out, seen)))
    with qtbot.waitSignal(action.controller.exported, timeout=30000) as blocker:
        action.trigger()
    script.check()

    assert seen["error"].startswith(TAKEN) and "số tiếp theo là 16" in seen["error"], seen["error"]
    assert (seen["number"], seen["date"], seen["shown"], seen["in_number"]) == ("15", "18/12/2026", True, True)
    assert seen["written"] == []  # nothing written while the box asks
    assert blocker.args[0].submission.doc_number == "16" and read_submission(out / XLSX).doc_number == "16"
    assert approved.issued("2026") == Issued("16", TODAY)


def test_taken_while_the_files_are_written_they_are_removed_and_the_box_asks_again(
        qtbot, approved, data_dir, tmp_path, monkeypatch, clock):  # noqa: F811
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    real = export_dialog.export_period

    def export_then_other_window(ws, period, folder, **kw):  # on the worker thread
        monkeypatch.setattr(export_dialog, "export_period", real)  # the export asked again is undisturbed
        result = real(ws, period, folder, **kw)
        issue_15_elsewhere(data_dir, tmp_path)
        return result

    monkeypatch.setattr(export_dialog, "export_period", export_then_other_window)
    seen = {}
    script = Script((DocumentDialog, fifteen), (DocumentDialog, then_sixteen(clock, out, seen)))
    with qtbot.waitSignal(action.controller.exported, timeout=30000):
        action.trigger()
    script.check()

    assert seen["error"].startswith(TAKEN), seen["error"]
    assert seen["error"].endswith("Các tệp vừa ghi không phải báo cáo gửi tỉnh nên đã được xóa, thư mục không còn "
                                  "tệp nào của lần xuất này."), seen["error"]
    assert (seen["number"], seen["in_number"], seen["written"]) == ("15", True, [])
    assert read_submission(out / XLSX).doc_number == "16"
    assert approved.issued("2026") == Issued("16", TODAY)
    assert action.controller.done_dialog is not None  # it went on to the end: sending offered


def test_stopping_in_the_box_asked_again_writes_nothing_and_fixes_no_number(
        qtbot, approved, data_dir, tmp_path, monkeypatch, clock):  # noqa: F811
    action, out = _action(qtbot, approved, tmp_path, monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a: (issue_15_elsewhere(data_dir, tmp_path), str(out))[1]))

    def stop(box):
        clock.passes(3)
        press(Qt.Key.Key_Escape)

    script = Script((DocumentDialog, fifteen), (DocumentDialog, stop))
    with qtbot.waitSignal(action.controller.failed, timeout=30000):
        action.trigger()
    script.check()  # and no message box after it: the refusal was read in the box
    assert list(out.iterdir()) == [] and approved.issued("2026") is None


def test_taken_while_the_mail_is_prepared_the_box_asks_again_and_the_mail_goes_with_the_next(
        qtbot, approved, data_dir, tmp_path, monkeypatch, clock, desktop):  # noqa: F811
    out = tmp_path / "gui-tinh"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(out)))
    real = send_report.prepare_mail

    def prepare_then_other_window(ws, period, folder, **kw):  # on the worker thread
        monkeypatch.setattr(send_report, "prepare_mail", real)
        draft = real(ws, period, folder, **kw)
        issue_15_elsewhere(data_dir, tmp_path)
        return draft

    monkeypatch.setattr(send_report, "prepare_mail", prepare_then_other_window)
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = send_report.SendController(parent, approved, "2026",
                                            QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    seen = {}
    script = Script((DocumentDialog, fifteen), (DocumentDialog, then_sixteen(clock, out, seen)))
    controller.start()
    qtbot.waitUntil(lambda: controller.done_dialog is not None, timeout=30000)
    script.check()

    assert seen["error"].startswith(TAKEN), seen["error"]
    assert "Thư gửi tỉnh (2026_05503_xa-tan-cuong.eml) chưa được soạn." in seen["error"]
    assert (seen["number"], seen["in_number"], seen["written"]) == ("15", True, [])
    draft = controller.done_dialog.draft
    assert draft.path.exists() and read_submission(out / XLSX).doc_number == "16"
    assert approved.issued("2026") == Issued("16", TODAY)
