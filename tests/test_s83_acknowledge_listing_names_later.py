"""`chitieu audit acknowledge` (the listing, before --yes CODE) says what confirming would also do, in the words
the window's question says it (ui/notices.py `acknowledge_changes`, `complete_changed_by_voiding_found`): the
approval it voids, and the later period marked Hoàn thành whose figures that void changes. Before, the command
listed the changes alone and the administrator learnt of both only after typing the code (S83).

The commune: 2026-6M approved, 2027-6M marked Hoàn thành (its road accidents compared with 2026-6M's), then a
2026-6M figure changed with sqlite3. (A year does not read its own 6M: 2026 marked Hoàn thành is not changed.)"""
from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout

from PySide6.QtWidgets import QMessageBox

from desktop_app.cli import run
from desktop_app.core.workflow import State
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.edited_outside import edit_with_sqlite3
from tests.ui.conftest import Script, _app_font, click_button, make_window, shot  # noqa: F401 (the fixtures)

VOIDS = "Xác nhận cũng hủy bản duyệt kỳ 6 tháng đầu năm 2026: "
WOULD = ("Hủy bản duyệt kỳ 6 tháng đầu năm 2026 thì kỳ 6 tháng đầu năm 2027 (Hoàn thành, chờ duyệt) sẽ không còn "
         "tính số liệu của 6 tháng đầu năm 2026: xem lại số liệu mới của 6 tháng đầu năm 2027 trước khi duyệt kỳ đó.")
DONE = "Kỳ 6 tháng đầu năm 2027 (Hoàn thành, chờ duyệt) nay không còn tính số liệu của 6 tháng đầu năm 2026"


def _6m_approved_next_6m_complete_then_edited(ws) -> None:
    as_(ws, "canbo")
    fill_year(ws, "2026-6M")
    ws.set_entry("2026-6M", "tngt_so_vu", value="10")
    ws.complete("2026-6M")
    as_(ws, "lanhdao")
    ws.approve("2026-6M")
    as_(ws, "canbo")
    fill_year(ws, "2026", baselines=False)
    ws.set_entry("2026", "tngt_so_vu", value="10")
    ws.complete("2026")
    fill_year(ws, "2027-6M", baselines=False)
    ws.set_entry("2027-6M", "tngt_so_vu", value="6")
    ws.complete("2027-6M")
    edit_with_sqlite3(ws.store.path, "UPDATE entries SET value = '12' WHERE indicator = 'tngt_so_vu' "
                                     "AND period = '2026-6M'")
    as_(ws, "admin")


def _chitieu(data_dir, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = run(["--data-dir", str(data_dir), "--user", "admin", *args])
    return rc, out.getvalue(), err.getvalue()


def test_the_listing_says_the_void_and_the_later_period_before_the_code(office, data_dir, monkeypatch):  # noqa: F811
    _6m_approved_next_6m_complete_then_edited(office)
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    rc, out, listed = _chitieu(data_dir, "audit", "acknowledge")
    assert rc == 1 and out == ""
    lines = listed.splitlines()
    void = next(i for i, line in enumerate(lines) if line.startswith(VOIDS))
    assert lines[void + 1] == WOULD  # under the changes, before the code and what to type
    assert lines[-2].startswith("Mã danh sách: ")
    assert void < len(lines) - 2
    # nothing recorded by the listing: still approved
    code = lines[-2].removeprefix("Mã danh sách: ")
    rc, out, _ = _chitieu(data_dir, "audit", "acknowledge", "--yes", code)
    assert rc == 0
    assert "Bản duyệt kỳ 6 tháng đầu năm 2026 bị hủy" in out and DONE in out  # and after it, as before


def test_verify_names_no_void(office, data_dir, monkeypatch):  # noqa: F811
    """`audit verify` asks nothing: it lists the changes, not what an acknowledgement would do."""
    _6m_approved_next_6m_complete_then_edited(office)
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    rc, _, listed = _chitieu(data_dir, "audit", "verify")
    assert rc == 1 and WOULD not in listed and VOIDS not in listed


def test_the_window_question_says_the_same_line(make_window, office):  # noqa: F811
    from ui.app import check_at_start

    _6m_approved_next_6m_complete_then_edited(office)
    window = make_window(office)
    check_at_start(window, office)
    for box in list(window.notice_boxes):
        box.done(0)
    asked = []

    def read_then_cancel(box):
        asked.append(box.text())
        shot(box, "s83_acknowledge_question")
        click_button(box, "Hủy")

    script = Script((QMessageBox, read_then_cancel))
    assert window.acknowledge_changes() is None
    script.check()
    assert VOIDS in asked[0] and WOULD in asked[0]
    assert office.period_state("2026-6M") == State.APPROVED
