"""Mở lại kỳ báo cáo… on a period marked Đã gửi (walk-through 6, s2_10 and s2_12): the question
says the approved file for the province was exported on that day, so the province may hold it (an
export marks the period Đã gửi; walk 29: it said the province holds it), and that a corrected file
must be approved and sent again; after Enter a box and the status bar say the period is open again and that
the province keeps the approved version until a new approved file is sent (nothing was said: the
header only turned to the new state). A period approved but not sent is told only what stands."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, commit_text, press
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

REASON = "Sửa số liệu BHYT theo BHXH huyện"


def approved(office, sent: bool):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    if sent:
        office.mark_sent(office.submission("2026"))
    return office


def reopen_by_keys(window, seen: dict) -> None:
    """Kỳ báo cáo › Mở lại kỳ báo cáo…, the reason typed, Enter; the box after it read and closed with Enter."""
    def reason(dialog):
        seen["question"] = re.sub("<[^>]+>", " ", dialog.labelText()).replace("&", "")  # its Alt letter
        seen["fits"] = dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768
        commit_text(REASON)
        press(Qt.Key.Key_Return)

    def told(box):
        seen["box"] = box.text()
        seen["next"] = box.informativeText()
        press(Qt.Key.Key_Return)

    script = Script((QInputDialog, reason), (QMessageBox, told))
    next(a for a in window.period_menu.actions() if a.text().replace("&", "") == "Mở lại kỳ báo cáo…").trigger()
    script.check()
    bar = window.statusBar()  # its line cut with "…" where too narrow (walk U19 F4), whole in its accessible name
    assert bar.accessibleName().startswith(bar.currentMessage().removesuffix("…"))
    seen["status bar"] = bar.accessibleName()


def test_reopening_a_sent_period_says_the_province_may_hold_the_approved_file(laptop_in_vietnam, make_window, office):  # noqa: F811
    approved(office, sent=True)
    sent = dt.datetime.fromisoformat(office.sent_at("2026"))
    window = make_window(office, today=dt.date(2026, 12, 1))
    assert window.period.code == "2026"
    seen = {}
    reopen_by_keys(window, seen)
    question = " ".join(seen["question"].split())
    assert (f"Kỳ năm 2026 ở trạng thái Đã xuất: tệp báo cáo đã duyệt gửi tỉnh được xuất lúc "
            f"{sent.astimezone():%H:%M %d/%m/%Y}, nên tỉnh có thể đang giữ bản đã duyệt đó (nếu tệp đã được gửi đi)."
            ) in question, question
    assert "tỉnh đang giữ" not in question and "Đã gửi" not in question  # an export marks it (stored Đã gửi): whether the file reached the province is not known
    assert "phải duyệt lại và gửi lại tỉnh tệp đã sửa" in question
    assert question.endswith("Lý do mở lại năm 2026 (bắt buộc; bản đã duyệt được giữ trong lịch sử):")
    assert seen["fits"]
    assert office.period_state("2026") == State.ENTERING
    assert seen["box"] == ("Kỳ năm 2026 đã được mở lại để nhập. Nếu tệp đã duyệt xuất gửi tỉnh đã được gửi đi, "
                           "tỉnh vẫn giữ bản đó cho đến khi gửi tệp đã duyệt mới.")
    assert seen["next"] == "Sửa số liệu, đánh dấu Hoàn thành, duyệt lại, rồi xuất và gửi tệp mới cho tỉnh."
    assert seen["status bar"] == seen["box"]


def test_reopening_a_period_approved_but_not_sent_says_nothing_of_the_province(make_window, office):  # noqa: F811
    approved(office, sent=False)
    window = make_window(office, today=dt.date(2026, 12, 1))
    seen = {}
    reopen_by_keys(window, seen)
    assert "đã gửi" not in seen["question"] and "tỉnh" not in seen["question"]
    assert office.period_state("2026") == State.ENTERING
    assert seen["box"] == "Kỳ năm 2026 đã được mở lại để nhập; bản đã duyệt được giữ trong lịch sử."
    assert seen["next"] == "Sửa số liệu, đánh dấu Hoàn thành rồi duyệt lại."
    assert seen["status bar"] == seen["box"]
