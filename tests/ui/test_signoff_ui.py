"""Sign-off from the window: the officer completes, the leader approves and reopens through the menu."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, commit_text, press


def _answer_boxes(answers: list[str]) -> None:
    """Click the named button of each message box as it appears (as the officer would)."""
    pending = list(answers)

    def click():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and pending:
            wanted = pending.pop(0)
            for b in box.buttons():
                if box.buttonRole(b).name.endswith(wanted) or b.text().replace("&", "") == wanted:
                    b.click()
                    break
        if pending:
            QTimer.singleShot(30, click)

    QTimer.singleShot(30, click)


def _menu_action(window, text: str):
    return next(a for a in window.period_menu.actions() if a.text().replace("&", "") == text)


def test_approve_and_reopen_from_the_menu(make_window, data_dir, qtbot):
    """Hoàn thành by the officer, Duyệt by the leader, then Mở lại with a reason: the form follows."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Quản Trị", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("canbo", "Nguyễn Văn An", "Cán bộ nhập liệu", PW["canbo"])
    ws.add_user("lanhdao", "Trần Thị Bình", "Lãnh đạo", PW["lanhdao"])
    ws.logout()
    ws.login("canbo", PW["canbo"])
    fill_year(ws)
    import datetime as dt

    window = make_window(ws, today=dt.date(2026, 12, 1))
    assert window.period.code == "2026"
    _answer_boxes(["OK"])
    _menu_action(window, "Đánh dấu hoàn thành").trigger()
    assert ws.period_state("2026") == State.COMPLETE

    ws.logout()
    ws.login("lanhdao", PW["lanhdao"])
    window.reload(window.period)
    _answer_boxes(["Có", "OK"])  # Qt's Yes button, in Vietnamese from chitieu_vi.ts
    _menu_action(window, "Duyệt kỳ báo cáo").trigger()
    assert ws.period_state("2026") == State.APPROVED
    assert window.frozen_label.isVisible() and "đã duyệt" in window.frozen_label.text()

    def reason(dialog):  # one line, typed as Telex commits it, then Enter
        commit_text("Điều chỉnh số liệu BHYT theo BHXH")
        press(Qt.Key.Key_Return)

    script = Script((QInputDialog, reason), (QMessageBox, lambda box: press(Qt.Key.Key_Return)))  # "Đã mở lại"
    _menu_action(window, "Mở lại kỳ báo cáo…").trigger()
    script.check()
    assert ws.period_state("2026") == State.ENTERING
    assert ws.period_history("2026")[-1].reason == "Điều chỉnh số liệu BHYT theo BHXH"
    assert "đã duyệt" not in window.frozen_label.text()  # the leader still only views
    ws.logout()
    ws.login("canbo", PW["canbo"])
    window.reload(window.period)
    # the officer is told who reopened it, when and why (walk 17, L2), and may type
    assert window.frozen_label.isVisible() and not window.table.read_only
    text = window.frozen_label.text()
    assert text.startswith("Trần Thị Bình đã mở lại kỳ này lúc ")
    assert text.endswith(": “Điều chỉnh số liệu BHYT theo BHXH”. Sửa số liệu, rồi đánh dấu Hoàn thành để lãnh đạo "
                         "duyệt lại.")
    ws.close()


def test_reopening_without_a_reason_keeps_the_dialog_with_the_error_and_the_text(make_window, office, qtbot):
    """Enter with no reason (or only spaces) says why under the question; the dialog stays, with what
    was typed and the cursor in it; a reason then typed reopens the period."""
    from tests.core.test_workflow import as_

    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    import datetime as dt

    window = make_window(office, today=dt.date(2026, 12, 1))
    seen = {}

    def reason(dialog):
        press(Qt.Key.Key_Return)  # nothing typed
        seen["empty"] = (dialog.isVisible(), dialog.labelText(), office.period_state("2026"))
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Space)
        press(Qt.Key.Key_Return)  # only spaces: refused too, and kept
        seen["spaces"] = (dialog.isVisible(), dialog.textValue(), QApplication.focusWidget() is dialog.field)
        dialog.field.clear()
        commit_text("Sửa số liệu BHYT theo BHXH")
        press(Qt.Key.Key_Return)

    script = Script((QInputDialog, reason), (QMessageBox, lambda box: press(Qt.Key.Key_Return)))  # "Đã mở lại"
    _menu_action(window, "Mở lại kỳ báo cáo…").trigger()
    script.check()
    visible, label, state = seen["empty"]
    label = label.replace("&", "")  # the question's Alt letter
    assert visible and state == State.APPROVED
    shown = re.sub("<[^>]+>", "", label)  # the words as read (the question and the refusal are paragraphs)
    assert shown.startswith("Lý do mở lại năm 2026") and "✖ Lý do mở lại: chưa nhập." in shown
    assert seen["spaces"] == (True, "  ", True)
    assert office.period_state("2026") == State.ENTERING
    assert office.period_history("2026")[-1].reason == "Sửa số liệu BHYT theo BHXH"
    assert "đã duyệt" not in window.frozen_label.text()


def test_the_read_only_reason_names_the_reopen_item_as_the_menu_has_it(make_window, office, qtbot, english):  # noqa: F811
    """An approved period says where it is reopened as the menu bar reads (walk 7, L6: it said
    "(Kỳ báo cáo › Mở lại…)", an item the menu does not have), in either language."""
    import datetime as dt

    from tests.core.test_workflow import as_

    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    window = make_window(office, today=dt.date(2026, 12, 1))
    assert window.frozen_label.text().replace("\u00a0", " ").endswith("Lãnh đạo phải mở lại kỳ báo cáo (Kỳ báo cáo › Mở lại kỳ báo cáo…).")
    assert _menu_action(window, "Mở lại kỳ báo cáo…") is window.reopen_action
    english()  # as Cài đặt switches it, the window open
    qtbot.waitUntil(lambda: window.period_menu.title() == "&Period")
    assert window.frozen_label.text().replace("\u00a0", " ").endswith("a leader must reopen the period (Period › Reopen the period…).")
    assert _menu_action(window, "Reopen the period…") is window.reopen_action
