"""Mở lại on a year an early version approved without keeping a copy of what was approved (tests/db/data: schema 2,
2026 Đã gửi), with 2027 marked Hoàn thành counting it in its term total. Reopened, 2026 has no approval to count
as (services._as_last_approved reads the approval's copy): 2027's total then leaves 2026 out ("Lũy kế 2027 (chưa
tính năm 2026)") until 2026 is approved again. The leader clicks Mở lại in the notice above the table, and reads
it above the reason before choosing, and in the box after it (S76 wired both; nothing tested what they say)."""
from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import fill_year
from tests.db.test_old_database import as_, old_folder  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, commit_text, make_window, press, shot  # noqa: F401 (the fixture)

ASKED = ("Mở lại kỳ năm 2026 thì kỳ năm 2027 (Hoàn thành, chờ duyệt) sẽ không còn tính số liệu của năm 2026 cho "
         "đến khi năm 2026 được duyệt lại (bản duyệt cũ của năm 2026 không lưu số liệu đã duyệt): xem lại số liệu "
         "mới của năm 2027 trước khi duyệt kỳ đó.")
TOLD = ("Kỳ năm 2027 (Hoàn thành, chờ duyệt) nay không còn tính số liệu của năm 2026 cho đến khi năm 2026 được "
        "duyệt lại (bản duyệt cũ của năm 2026 không lưu số liệu đã duyệt): xem lại số liệu mới của năm 2027 trước "
        "khi duyệt.")


def _2026_kept_without_copy_2027_complete(folder) -> Workspace:
    ws = as_(Workspace.open(folder), "nhaplieu")
    fill_year(ws, "2027", baselines=False)
    ws.complete("2027")
    assert "Lũy kế 2026-2027: 54.937" in ws.row("2027", "thu_ngan_sach").compared_text
    return as_(ws, "lanhdao")


def test_mo_lai_says_the_later_year_no_longer_counts_it(make_window, old_folder):  # noqa: F811
    ws = _2026_kept_without_copy_2027_complete(old_folder)
    assert ws.kept_without_copy("2026") is not None
    window = make_window(ws, today=dt.date(2028, 2, 1))
    window.resize(1366, 768)
    window.show_period(parse_period("2026"))
    assert window.drift_notice.isVisible() and "phiên bản cũ" in window.drift_label.text()
    assert window.reopen_button.isEnabled()
    seen = {}

    def reason(dialog):
        seen["question"] = " ".join(re.sub("<[^>]+>", " ", dialog.labelText()).replace("&", "").split())
        seen["fits"] = dialog.frameGeometry().height() <= 768
        shot(dialog, "s83_reopen_kept_without_copy")
        commit_text("Duyệt lại bằng phiên bản mới")
        press(Qt.Key.Key_Return)

    def told(box):
        seen["next"] = " ".join(box.informativeText().split())
        shot(box, "s83_reopened_kept_without_copy")
        press(Qt.Key.Key_Return)

    script = Script((QInputDialog, reason), (QMessageBox, told))
    window.reopen_button.click()
    script.check()
    assert ASKED in seen["question"], seen["question"]
    assert seen["fits"]
    assert ws.period_state("2026") == State.ENTERING
    assert TOLD in seen["next"], seen["next"]
    # what those words said: 2027's total leaves 2026 out
    assert "Lũy kế 2027 (chưa tính năm 2026): 50.000" in ws.row("2027", "thu_ngan_sach").compared_text


def test_in_english_too(old_folder):  # noqa: F811
    from desktop_app.later_approvals import complete_would_change_said

    ws = _2026_kept_without_copy_2027_complete(old_folder)
    assert complete_would_change_said(ws, "2026", "reopen").en == (
        "Reopening year 2026 changes the figures of year 2027 (Complete, waiting for approval), which will no longer "
        "count the figures of year 2026 until year 2026 is approved again (the old approval of year 2026 kept no "
        "copy of the figures approved): look at the new figures of year 2027 before approving it.")
    ws.close()
