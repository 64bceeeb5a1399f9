"""Duyệt's question keeps Có and Không on the screen however much it says (walk U17 F2: a second approval
with ten changed figures and the additional indicators named made the question 714 px high, 745 px with its
title bar: on a 1366×768 screen, which leaves 728 px above the taskbar, Có/Không were under the taskbar).
Here the screen leaves 480 px (1366×768 at 150 %): the question is no higher, what it says scrolls, and
the keys are those of the message box it replaces: Không has the keyboard (walk U17 F9), Escape is Không, Alt+C
approves."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, shot

AREA = QRect(0, 0, 1366, 480)
TITLE_BAR = 31  # Windows 10's, at 100 %: not drawn offscreen, where the frame is the window's own rectangle


def _second_approval_of_many_changes(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    for code, numerator in (("gia_dinh_van_hoa", "80"), ("thon_van_hoa", "70"), ("co_quan_van_hoa", "50"),
                            ("ho_so_truc_tuyen", "40"), ("tthc_truc_tuyen", "30")):
        office.set_entry("2026", code, numerator=numerator, denominator="100", comment="Chưa bình xét xong")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026", office.submission("2026").fingerprint)
    office.reopen("2026", "Điều chỉnh theo số liệu của Chi cục Thuế")
    as_(office, "canbo")
    for code, kw in (("thu_ngan_sach", {"value": "52.500"}), ("bhyt", {"numerator": "9.600"}),
                     ("lao_dong_dao_tao", {"numerator": "800"}), ("nuoc_sach_nong_thon", {"numerator": "2.200"}),
                     ("truong_chuan", {"numerator": "4"}), ("giam_ngheo", {"numerator": "45"}),
                     ("to_chuc_dang_htt", {"numerator": "18"}), ("gia_dinh_van_hoa", {"numerator": "85"}),
                     ("thon_van_hoa", {"numerator": "75"}), ("co_quan_van_hoa", {"numerator": "55"})):
        office.set_entry("2026", code, **kw)
    office.complete("2026")
    as_(office, "lanhdao")


@pytest.fixture
def short_screen(monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(AREA))


def _on_screen(box) -> None:
    """The whole dialog and its title bar inside the screen's area, both buttons with it."""
    inside = box.frameGeometry()
    assert inside.top() - TITLE_BAR >= AREA.top() and inside.bottom() <= AREA.bottom(), inside
    for name in ("Có", "Không"):
        button = next(b for b in box.findChildren(type(box.focusWidget())) if b.text().replace("&", "") == name)
        corner = button.mapToGlobal(QPoint(button.width(), button.height()))
        assert button.isVisible() and AREA.contains(corner), (name, corner)


def test_a_long_second_approval_question_keeps_its_buttons_on_the_screen(make_window, office, short_screen):  # noqa: F811
    _second_approval_of_many_changes(office)
    window = make_window(office, today=dt.date(2026, 12, 20))
    window.resize(1366, 480)
    seen = {}

    def read(box):
        seen["text"] = box.text()
        seen["focus"] = QApplication.focusWidget().text()
        _on_screen(box)
        shot(box, "s94_approve_question_short_screen")
        press(Qt.Key.Key_Escape, widget=QApplication.focusWidget())  # Không

    script = Script((QDialog, read))
    window.approve_action.trigger()
    script.check()
    assert office.period_state("2026") == State.COMPLETE
    assert seen["text"].startswith("Duyệt kết quả năm 2026?") and "Khác với lần duyệt trước" in seen["text"]
    assert "… và 4 chỉ tiêu khác" in seen["text"]
    assert seen["focus"] == "&Không"


def test_alt_c_approves_from_the_scrolling_question(make_window, office, short_screen):  # noqa: F811
    _second_approval_of_many_changes(office)
    window = make_window(office, today=dt.date(2026, 12, 20))

    def yes(box):
        _on_screen(box)
        press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier, widget=QApplication.focusWidget())

    script = Script((QDialog, yes), (QMessageBox, lambda box: press(Qt.Key.Key_Return, widget=box.focusWidget())))
    window.approve_action.trigger()
    script.check()
    assert office.period_state("2026") == State.APPROVED
