"""An administrator's acknowledgement that voids an approval (2027, a figure changed with sqlite3) names the later
period marked Hoàn thành whose figures that approval counted (2028's term total drops 2027: "Lũy kế 2026-2028:
150.000" becomes "Lũy kế 2026, 2028 (chưa tính năm 2027): 100.000", and its review code changes), as an approval or
a reopening does (later_approvals.complete_changed_said): in the service's result, the command's output and the
window's box after it (red team R22 F2: before, nothing said it, and the leader approved 2028 with no word)."""
from __future__ import annotations

import io
from contextlib import redirect_stdout

from PySide6.QtWidgets import QMessageBox

from desktop_app.cli import run
from desktop_app.core.workflow import State
from tests.acknowledge_code import listed_code
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.edited_outside import edit_with_sqlite3
from tests.ui.conftest import Script, _app_font, click_button, make_window, shot  # noqa: F401 (the fixtures)

NAMED = ("Kỳ năm 2028 (Hoàn thành, chờ duyệt) nay không còn tính số liệu của năm 2027 vì bản duyệt của kỳ đó vừa "
         "bị hủy: xem lại số liệu mới của năm 2028 trước khi duyệt.")


def _approve(ws, period: str) -> None:
    as_(ws, "canbo")
    ws.complete(period)
    as_(ws, "lanhdao")
    ws.approve(period)


def _2027_approved_2028_complete_then_edited(ws, complete: bool = True) -> None:
    """2026 and 2027 approved, 2028 marked Hoàn thành (its term total counting 2027), then a 2027 figure
    changed with sqlite3; the administrator logged in."""
    as_(ws, "canbo")
    fill_year(ws, "2026")
    _approve(ws, "2026")
    as_(ws, "canbo")
    fill_year(ws, "2027", baselines=False)
    _approve(ws, "2027")
    as_(ws, "canbo")
    fill_year(ws, "2028", baselines=False)
    if complete:
        ws.complete("2028")
        assert "Lũy kế 2026-2028: 150.000" in ws.row("2028", "thu_ngan_sach").compared_text
    edit_with_sqlite3(ws.store.path, "UPDATE entries SET numerator = '9870' WHERE indicator = 'bhyt' "
                                     "AND period = '2027'")
    as_(ws, "admin")


def test_the_acknowledgement_names_the_later_complete_period_it_changes(office):  # noqa: F811
    _2027_approved_2028_complete_then_edited(office)
    code = office.submission("2028").fingerprint
    office.acknowledge_changes()
    assert office.period_state("2027") == State.COMPLETE and len(office.approvals_voided) == 1
    assert list(office.complete_changed_by_voiding) == [NAMED]
    assert office.complete_changed_by_voiding[0].en == (
        "Year 2028 (Complete, waiting for approval) no longer counts the figures of year 2027, since its approval "
        "was just voided: look at the new figures of year 2028 before approving it.")
    assert "Lũy kế 2026, 2028 (chưa tính năm 2027): 100.000" in office.row("2028", "thu_ngan_sach").compared_text
    assert office.submission("2028").fingerprint != code  # what the leader approves is not what was marked


def test_a_later_period_still_being_entered_is_not_named(office):  # noqa: F811
    _2027_approved_2028_complete_then_edited(office, complete=False)
    office.acknowledge_changes()
    assert len(office.approvals_voided) == 1 and office.complete_changed_by_voiding == ()


def test_the_command_prints_it(office, data_dir, monkeypatch):  # noqa: F811
    _2027_approved_2028_complete_then_edited(office)
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    argv = ["--data-dir", str(data_dir), "--user", "admin"]
    code = listed_code(*argv)
    out = io.StringIO()
    with redirect_stdout(out):
        assert run([*argv, "audit", "acknowledge", "--yes", code]) == 0
    printed = out.getvalue()
    assert "Bản duyệt kỳ năm 2027 bị hủy" in printed
    assert printed.rstrip().endswith(NAMED)


def test_the_window_box_says_it(make_window, office):  # noqa: F811
    from ui.app import check_at_start

    _2027_approved_2028_complete_then_edited(office)
    window = make_window(office)
    check_at_start(window, office)
    for box in list(window.notice_boxes):
        box.done(0)
    script = Script((QMessageBox, lambda box: click_button(box, box.buttons()[0].text())))
    assert window.acknowledge_changes() is not None
    script.check()
    said = window.notice_boxes[-1].text()
    assert said.startswith("Bản duyệt kỳ năm 2027 bị hủy vì dữ liệu của kỳ đã bị sửa ngoài chương trình")
    assert said.endswith(NAMED)
    shot(window.notice_boxes[-1], "s74_void_names_2028")
