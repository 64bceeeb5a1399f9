"""At a person's next login after a restore that undid their own work, one box lists it (walk U7, F3: nobody affected
was told): the leader their approval undone, the officer the figures entered since the backup. Enter closes it; it is
shown once per person (a setting written with its row in the change log), never to one whose work it did not undo.
Real keys at the login; the pause the box waits for before Enter is passed by hand (`clock`)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app import backups
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot, type_text
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui.login_dialog import LoginDialog
from ui.restore_undid_box import follow_logins

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 1)


def _restored(ws) -> tuple[Workspace, str, str]:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    backup = backups.take_backup(ws, "truoc-duyet")
    as_(ws, "lanhdao")
    ws.approve("2026")
    code = ws.approval("2026").fingerprint[:16]
    as_(ws, "canbo")
    ws.set_entry("2026-9M", "thu_ngan_sach", value="31.000")
    ws.set_entry("2026-9M", "ket_nap_dang_vien", value="4")
    as_(ws, "admin")
    backups.restore(ws, backup, confirmed=backups.restore_warning(Path(ws.store.path), backup))
    return Workspace.open(Path(ws.store.path).parent), code, backup.name


def _log_in(window, who: str) -> None:
    """Tệp › Đăng nhập tài khoản khác…, the name and password typed, Enter."""
    script = Script((LoginDialog, lambda dialog: (type_text(who), press(Qt.Key.Key_Return), type_text(PW[who]),
                                                  press(Qt.Key.Key_Return))))
    window.switch_account_action.trigger()
    script.check()
    assert window.workspace.account.username == who


def _boxes(window) -> list:
    return [b for b in window.notice_boxes if b.isVisible()]


def _close_with_enter(qtbot, window, box, clock) -> None:  # noqa: F811
    qtbot.waitUntil(lambda: box.isActiveWindow() and box.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    clock.passes(5)  # the person reads it
    press(Qt.Key.Key_Return)  # where the keyboard is: the box
    assert not _boxes(window)  # closed (and deleted)


def test_each_person_is_told_once_what_the_restore_undid_of_their_work(make_window, office, qtbot, clock):  # noqa: F811
    ws, code, backup = _restored(office)
    try:
        as_(ws, "lanhdao")
        window = make_window(ws, today=DAY)
        window.resize(1366, 768)
        follow_logins(window)  # as the program does after the first login (ui/app.check_at_start)
        (box,) = _boxes(window)
        text = box.text()
        assert f"bản sao lưu {backup}: việc bạn duyệt kỳ năm 2026 ngày 04/12/2026 (mã {code}) bị hủy; kỳ đó cần " \
               "duyệt lại." in text, text
        assert "số liệu" not in text, text  # the leader entered none
        shot(box, "s48_box_leader")
        _close_with_enter(qtbot, window, box, clock)

        _log_in(window, "canbo")
        (box,) = _boxes(window)
        text = box.text()
        assert "2 số liệu kỳ 9 tháng năm 2026 nhập sau lúc sao lưu trở lại như trong bản sao lưu; hãy nhập lại." in text
        assert code not in text, text  # not the officer's approval
        shot(box, "s48_box_officer")
        _close_with_enter(qtbot, window, box, clock)

        _log_in(window, "lanhdao")  # told once: not again
        assert _boxes(window) == []
        _log_in(window, "admin")  # nothing of theirs undone
        assert _boxes(window) == []
        rows = [r for r in ws.store.audit_rows() if r.action == "setting" and "restore_undid_seen" in (r.field or "")]
        assert sorted(r.user for r in rows) == ["canbo", "lanhdao"]
        assert ws.verify_history() == []  # the marks are the program's own writes
        QApplication.processEvents()
    finally:
        ws.close()


def test_two_restores_in_a_row_still_show_the_leader_the_box_and_the_line(make_window, office, qtbot,  # noqa: F811
                                                                          clock):  # noqa: F811
    """Red-team R16 F2: the same backup restored twice before the leader logged in, the first restore's row, the only
    record of the approval it undid, went with the data the second replaced; no box, no line over the table."""
    from tests.ui.test_restore_undid_banner import _said, _to_year
    ws, code, backup = _restored(office)
    as_(ws, "admin")  # the same backup again, before the leader logged in
    again = _backup_named(ws, backup)
    backups.restore(ws, again, confirmed=backups.restore_warning(Path(ws.store.path), again))
    ws = Workspace.open(Path(ws.store.path).parent)
    try:
        as_(ws, "lanhdao")
        window = make_window(ws, today=DAY)
        window.resize(1366, 768)
        follow_logins(window)
        (box,) = _boxes(window)
        assert f"bản sao lưu {backup}: việc bạn duyệt kỳ năm 2026 ngày 04/12/2026 (mã {code}) bị hủy" in box.text()
        shot(box, "s49_box_after_two_restores")
        _close_with_enter(qtbot, window, box, clock)
        _to_year(window)
        text = _said(window)
        assert text.startswith(f"Kỳ này đã được Trần Thị Bình duyệt ngày 04/12/2026 (mã {code}); lúc "), text
        assert f"khôi phục bản sao lưu {backup} nên việc duyệt bị hủy. Cần duyệt lại." in text, text
        shot(window, "s49_banner_after_two_restores")
        _log_in(window, "canbo")
        (box,) = _boxes(window)
        assert "2 số liệu kỳ 9 tháng năm 2026 nhập sau lúc sao lưu trở lại như trong bản sao lưu" in box.text()
        _close_with_enter(qtbot, window, box, clock)
        _log_in(window, "lanhdao")  # told once
        assert _boxes(window) == []
        QApplication.processEvents()
    finally:
        ws.close()


def _backup_named(ws, name: str) -> Path:
    return next(b.path for b in backups.list_backups(Path(ws.store.path)) if b.path.name == name)
