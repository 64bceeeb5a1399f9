"""Kỳ báo cáo's items greyed where choosing them could only be refused (stop 41): an officer's Duyệt
and Mở lại, a leader's Hoàn thành, Hoàn thành of a period already marked complete or approved, Duyệt
before Complete or once approved, Mở lại of a period still being entered, Ký số before an approval.
Each says why in its status tip and tooltip, in the words the refusal said; they follow the period
shown, its state and who is logged in; the core still refuses each on its own."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press

DEC = dt.date(2026, 12, 1)


def greyed(action) -> str:
    """Why `action` is greyed ("" when it is offered): its status tip, the same as its tooltip."""
    if action.isEnabled():
        return ""
    assert action.statusTip() == action.toolTip() != ""
    return action.statusTip()


def test_the_officers_approve_and_reopen_are_greyed_naming_who_may(make_window, office):  # noqa: F811
    as_(office, "canbo")
    window = make_window(office, today=DEC)
    assert window.complete_action.isEnabled()  # the officer's, on a period being entered
    who = ("Việc này do Lãnh đạo làm: Trần Thị Bình (lanhdao) — đăng nhập bằng tài khoản đó "
           "(Tệp › Đăng nhập tài khoản khác…).")
    assert greyed(window.approve_action) == ("Tài khoản canbo (Cán bộ nhập liệu) không được duyệt kỳ báo cáo. " + who)
    assert greyed(window.reopen_action) == ("Tài khoản canbo (Cán bộ nhập liệu) không được mở lại kỳ báo cáo đã "
                                            "duyệt. " + who)
    with pytest.raises(ChiTieuError, match="không được duyệt"):
        office.approve("2026")


def test_the_leaders_items_follow_the_state_of_the_period(make_window, office, qtbot):  # noqa: F811
    """Being entered: Hoàn thành (the officer's), Duyệt (not Complete yet), Mở lại (nothing to reopen)
    and Ký số (nothing approved) greyed, each saying why. Marked complete: Duyệt and Mở lại (send it
    back) offered. Approved with Alt+K, D: Duyệt greyed (already approved), Mở lại and Ký số offered."""
    as_(office, "canbo")
    fill_year(office)
    as_(office, "lanhdao")
    window = make_window(office, today=DEC)
    assert "không được đánh dấu hoàn thành kỳ báo cáo" in greyed(window.complete_action)
    assert greyed(window.approve_action) == (
        "Chưa duyệt được kết quả năm 2026: kỳ báo cáo đang ở trạng thái Đang nhập. Cán bộ nhập liệu nhập xong và "
        "đánh dấu Hoàn thành (Kỳ báo cáo › Đánh dấu hoàn thành), sau đó Lãnh đạo mới duyệt.")
    assert greyed(window.reopen_action) == ("Kỳ năm 2026 đang ở trạng thái Đang nhập; chưa duyệt nên không cần mở "
                                            "lại: số liệu vẫn sửa được.")
    assert greyed(window.sign_action).startswith("Kỳ năm 2026 đang ở trạng thái Đang nhập: chỉ ký số được báo cáo "
                                                 "của kỳ đã duyệt.")
    as_(office, "canbo")
    office.complete("2026")
    as_(office, "lanhdao")
    window.reload(window.period)
    assert window.approve_action.isEnabled() and window.reopen_action.isEnabled()
    assert not window.complete_action.isEnabled() and not window.sign_action.isEnabled()

    script = Script((object, yes_by_alt),  # Duyệt kết quả…? Alt+C, Có
                    (object, lambda box: press(Qt.Key.Key_Return)))  # Đã duyệt: OK
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.period_menu, timeout=10000)
    assert window.approve_action.text() == "&Duyệt kỳ báo cáo"
    QTest.keyClick(window.period_menu, Qt.Key.Key_D)
    script.check()
    assert office.period_state("2026") == State.APPROVED
    assert greyed(window.approve_action).startswith("Kết quả năm 2026 đã được duyệt (Đã duyệt).")
    assert window.reopen_action.isEnabled() and window.sign_action.isEnabled()
    assert window.sign_action.statusTip().startswith("Lãnh đạo ký số")  # what it does, once it can


def test_the_officers_complete_is_greyed_once_marked_complete_or_approved(make_window, office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    window = make_window(office, today=DEC)
    assert greyed(window.complete_action).startswith("Kỳ này đã đánh dấu Hoàn thành, đang chờ Lãnh đạo duyệt.")
    with pytest.raises(ChiTieuError, match="không đánh dấu hoàn thành được"):
        office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "canbo")
    window.reload(window.period)
    assert "đã duyệt: chỉ xem" in greyed(window.complete_action)


def test_the_items_follow_who_logs_in(make_window, office, qtbot):  # noqa: F811
    """The officer logs out (everything greyed: nobody may), the administrator logs in: Hoàn
    thành, Duyệt, Mở lại and Ký số all greyed, each naming who may."""
    as_(office, "canbo")
    window = make_window(office, today=DEC)
    assert window.complete_action.isEnabled()
    office.logout()
    window._enable_actions()
    assert "Cần đăng nhập để đánh dấu hoàn thành kỳ báo cáo" in greyed(window.complete_action)
    as_(office, "admin")
    window.follow_changes()
    actions = (window.complete_action, window.approve_action, window.reopen_action, window.sign_action)
    assert all("Tài khoản admin (Quản trị) không được" in greyed(a) for a in actions)
