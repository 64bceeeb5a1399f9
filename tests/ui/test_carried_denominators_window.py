"""Walk 17, M1: a denominator carried over from an earlier period (grey) looks entered but does
not count until accepted. After the numerator is saved the line under the table says so, with
the figure and how to accept it; Mark as complete names the waiting proposals and offers to
accept them (No by default: then the refusal names each as a proposal, not "not entered")."""
from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.workflow import State
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_entry_form import ENTER, go_to
from tests.ui.test_entry_help import PARTY, fill_required

P6M = "2026-6M"


def _yes(box) -> None:
    """From No (the default, with the keyboard) to Yes, and Space."""
    press(Qt.Key.Key_Tab, widget=box)
    assert QApplication.focusWidget() is box.button(QMessageBox.StandardButton.Yes)
    press(Qt.Key.Key_Space, widget=box)


def test_the_saved_line_says_the_grey_denominator_is_only_proposed(window, workspace):
    workspace.set_entry("2026-Q1", "bhyt", numerator="9.000", denominator="10.000")
    window.reload()
    go_to(window, "bhyt", "numerator")
    type_text("9500"); press(ENTER)
    said = window.feedback.toolTip()
    assert "Dân số 10.000" in said and "quý I năm 2026" in said  # the figure, and where it comes from
    assert "Dân số 10.000" in window.feedback.text()  # shown, not only in the tooltip
    assert workspace.row(P6M, "bhyt").entry.denominator is None  # still only proposed


def test_mark_as_complete_offers_the_proposals_then_accepts_them(window, workspace, qtbot):
    fill_required(workspace, "2026-Q1")
    for code, num in (("bhyt", "9600"), ("giam_ngheo", "40"), ("truong_chuan", "3"),
                      ("lao_dong_dao_tao", "2200"), ("nuoc_sach_nong_thon", "1420")):
        workspace.set_entry(P6M, code, numerator=num)
    workspace.set_entry(P6M, "thu_ngan_sach", value="30000")
    workspace.set_entry(P6M, PARTY, value="5")
    window.reload()
    seen = {}

    def asked(box):
        seen["question"] = box.text()
        seen["default is No"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        press(ENTER)  # Enter: No

    def refused(box):
        seen["refusal"] = box.text() + "\n" + box.informativeText()
        press(ENTER)

    script = Script((QMessageBox, asked), (QMessageBox, refused))
    window.complete_action.trigger()
    qtbot.waitUntil(lambda: not script.steps, timeout=10000)
    script.check()
    assert "Dân số 10.000" in seen["question"] and "quý I năm 2026" in seen["question"]
    assert "Tổng số trường học trên địa bàn 4" in seen["question"]
    assert seen["default is No"]
    assert "Dân số: 10.000 đề xuất từ kỳ quý I năm 2026, chưa được nhận" in seen["refusal"]
    assert "Số màu xám ở cột Mẫu số là số đề xuất" in seen["refusal"]
    assert workspace.period_state(P6M) == State.ENTERING
    assert workspace.row(P6M, "bhyt").entry.denominator is None

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    texts = []

    def done(box):
        texts.append(box.text())
        press(ENTER)

    script = Script((QMessageBox, _yes), (QMessageBox, done))  # "… is marked Complete"
    window.complete_action.trigger()
    qtbot.waitUntil(lambda: not script.steps, timeout=10000)
    script.check()
    assert workspace.row(P6M, "bhyt").entry.denominator == D(10000)
    assert workspace.row(P6M, "truong_chuan").entry.denominator == D(4)
    assert workspace.period_state(P6M) == State.COMPLETE and len(texts) == 1  # "… is marked Complete"
    accepted = workspace.store.audit_rows(period=P6M, indicator="bhyt")
    assert ("denominator", None, "10000") in [(r.field, r.old, r.new) for r in accepted]
