"""The window's Xuất báo cáo… marks the period sent through the same check as the command line:
when the leader, at another computer or in a command, reopens and approves the period again
while the window writes the files, the window says so and the period is not marked Đã gửi."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

import ui.export_dialog as export_dialog
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.test_window_follows import Q1, overdue_q1_approved, status_of
from ui.app import plug_exports


def test_approved_again_during_the_windows_export_is_said_and_not_marked_sent(
        qtbot, make_window, office, data_dir, tmp_path, monkeypatch):  # noqa: F811
    overdue_q1_approved(office)
    first = office.approve("2026-Q1")
    window = make_window(office)
    plug_exports(window)
    window.show_period(Q1)
    real = export_dialog.export_period

    def export_period(ws, period, folder, **kw):  # on the worker thread
        result = real(ws, period, folder, **kw)
        other = Workspace.open(data_dir)  # the leader, elsewhere
        try:
            as_(other, "lanhdao")
            other.reopen("2026-Q1", "Sửa thu ngân sách")
            as_(other, "canbo")
            other.set_entry("2026-Q1", "thu_ngan_sach", value="31.000")
            other.complete("2026-Q1")
            as_(other, "lanhdao")
            other.approve("2026-Q1")
        finally:
            other.close()
        return result

    monkeypatch.setattr(export_dialog, "export_period", export_period)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(tmp_path)))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    export = next(a for a in window.file_menu.actions() if a.text().replace("&", "") == "Xuất báo cáo…")
    with qtbot.waitSignal(export.controller.exported, timeout=30_000):
        export.trigger()
    [(title, text)] = shown
    assert title == "Không ghi được trạng thái Đã xuất"
    assert text.startswith("Chưa ghi nhận kỳ quý I năm 2026 Đã xuất: trong lúc xuất, kỳ quý I năm 2026 đã được mở "
                           "lại và duyệt lại ở cửa sổ hoặc lệnh khác")
    assert f"tệp là của lần duyệt trước (mã xác thực {first[:16]})" in text
    assert export.controller.done_dialog is None  # nothing invites sending the file
    # and nothing is left to send by mistake: the files of an approval replaced meanwhile are removed, said
    # (red-team 16, F4: they stayed, signed ĐÃ DUYỆT, beside the winner's)
    assert "đã được xóa" in text and "thư mục không còn tệp nào của lần xuất này" in text, text
    assert [p.name for p in tmp_path.rglob("*") if p.suffix in (".pdf", ".xlsx")] == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no hidden folder left
    assert office.period_state("2026-Q1") == State.APPROVED
    assert office.store.period_state(office.commune.code, "2026-Q1").sent_at is None
    assert status_of(window, Q1) != "Đã xuất"
