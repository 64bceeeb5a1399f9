"""Enter on Duyệt's question does not approve (walk U17 F9: Có was the default, and a stray Enter, a key typed
once more after the last figure, approved at once: an approval freezes the period and is what the province
receives). Không is the default and has the keyboard: Enter and Escape answer Không; Có is Alt+C, or Tab then
Space. In the usual box and in the scrolling one (a screen too short for the question, walk U17 F2).
Phường Phan Đình Phùng, the longest name of the 92 units, in the window's title."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.users import Role
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_
from tests.ui.approve_keys import yes_by_alt
from tests.ui.conftest import Script, press, shot
from ui.approve_dialog import ApproveQuestion

DAY = dt.date(2026, 12, 20)
FIGURES = (("thu_ngan_sach", {"value": "50.000"}), ("bhyt", {"numerator": "9.500", "denominator": "10.000"}),
           ("giam_ngheo", {"numerator": "40", "denominator": "1.000"}),
           ("truong_chuan", {"numerator": "5", "denominator": "5"}),
           ("lao_dong_dao_tao", {"numerator": "780", "denominator": "1.000"}),
           ("rac_thai_do_thi", {"numerator": "95,5", "denominator": "100"}),
           ("ket_nap_dang_vien", {"value": "6", "comment": "Thiếu nguồn kết nạp ở tổ dân phố xa"}),
           ("to_chuc_dang_htt", {"numerator": "19", "denominator": "20"}))


@pytest.fixture
def ward(data_dir):
    """Phường Phan Đình Phùng's 2026, marked Hoàn thành by its officer; its leader logged in."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("phan dinh phung", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("canbo", "Nguyễn Văn An", Role.OFFICER, PW["canbo"])
    ws.add_user("lanhdao", "Trần Thị Bình", Role.LEADER, PW["lanhdao"])
    as_(ws, "canbo")
    ws.today_is = DAY
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_baseline("ket_nap_dang_vien", "250")
    for code, typed in FIGURES:
        ws.set_entry("2026", code, **typed)
    ws.complete("2026")
    as_(ws, "lanhdao")
    yield ws
    ws.close()


@pytest.fixture
def short_screen(monkeypatch):
    """A screen leaving 200 px: the question is asked in the dialog whose words scroll."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 200))


def _asked(make_window, ward, kind, answer, name="", approves=False):
    """Duyệt from the menu; `answer(box)` given the question, its default button and focus read first;
    `approves`: OK then to the box saying the period is approved."""
    window = make_window(ward, today=DAY)
    window.resize(1366, 768)
    seen = {}

    def read(box):
        seen["focus"] = QApplication.focusWidget().text()
        seen["default"] = next(b.text() for b in box.findChildren(type(QApplication.focusWidget())) if b.isDefault())
        if name:
            shot(box, name)
        answer(box)

    steps = [(kind, read)]
    if approves:
        steps.append((QMessageBox, lambda box: press(Qt.Key.Key_Return, widget=box.focusWidget())))  # Đã duyệt: OK
    script = Script(*steps)
    window.approve_action.trigger()
    script.check()
    assert window.windowTitle().count("Phường Phan Đình Phùng") == 1
    return seen


def _enter(box):
    press(Qt.Key.Key_Return, widget=QApplication.focusWidget())


def _tab_space(box):
    press(Qt.Key.Key_Tab, widget=QApplication.focusWidget())
    assert QApplication.focusWidget().text() == "&Có"
    press(Qt.Key.Key_Space, widget=QApplication.focusWidget())


def _alt_c(box):
    yes_by_alt(box)


def test_enter_on_the_question_does_not_approve(make_window, ward):
    seen = _asked(make_window, ward, QMessageBox, _enter, "s96_approve_question_no_default")
    assert ward.period_state("2026") == State.COMPLETE
    assert seen == {"focus": "&Không", "default": "&Không"}


def test_enter_on_the_scrolling_question_does_not_approve(make_window, ward, short_screen):
    seen = _asked(make_window, ward, ApproveQuestion, _enter, "s96_approve_question_scrolling_no_default")
    assert ward.period_state("2026") == State.COMPLETE
    assert seen == {"focus": "&Không", "default": "&Không"}


@pytest.mark.parametrize("answer", [_tab_space, _alt_c], ids=["tab_space", "alt_c"])
def test_tab_space_or_alt_c_approves(make_window, ward, answer):
    _asked(make_window, ward, QMessageBox, answer, approves=True)
    assert ward.period_state("2026") == State.APPROVED


@pytest.mark.parametrize("answer", [_tab_space, _alt_c], ids=["tab_space", "alt_c"])
def test_tab_space_or_alt_c_approves_from_the_scrolling_question(make_window, ward, short_screen, answer):
    _asked(make_window, ward, ApproveQuestion, answer, approves=True)
    assert ward.period_state("2026") == State.APPROVED
