"""The changes made outside the program, as the window names them (walk 10, findings 2 and 3): in the
interface's language, each period by its name ("6 tháng đầu năm 2026", not "kỳ 2026-6M"), and for a
figure what the database holds now against what the history last recorded, by whom and when, so that
the administrator has figures to compare with the unit's records before confirming the check."""
from __future__ import annotations

import re
from pathlib import Path
import sqlite3

from PySide6.QtWidgets import QMessageBox

from desktop_app.__main__ import main
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button
from ui.app import check_at_start

BUDGET = "Tổng thu ngân sách địa phương"
WHEN = r"\(canbo, \d\d:\d\d \d\d/\d\d/\d{4}\)"


def _edited(ws) -> None:
    """The officer's 6-month budget (71.200) and 2026 report entered, then two figures changed with sqlite3."""
    as_(ws, "canbo")
    fill_year(ws)
    ws.set_entry("2026-6M", "thu_ngan_sach", value="71.200")
    conn = sqlite3.connect(ws.store.path)
    conn.execute("UPDATE entries SET value = '81200' WHERE indicator = 'thu_ngan_sach' AND period = '2026-6M'")
    conn.execute("UPDATE entries SET numerator = '9900' WHERE indicator = 'bhyt' AND period = '2026'")
    conn.commit()
    conn.close()


def _listed(window) -> str:
    asked = []
    script = Script((QMessageBox, lambda box: (asked.append(box.text()), box.reject())))
    assert window.acknowledge_changes() is None  # cancelled: nothing recorded
    script.check()
    return asked[0]


def test_the_acknowledgement_names_the_period_and_the_figures_to_compare(make_window, office):  # noqa: F811
    _edited(office)
    as_(office, "admin")
    window = make_window(office)
    text = _listed(window)
    assert re.search(rf"{BUDGET}[^\n]* \(6 tháng đầu năm 2026\) đã bị sửa ngoài chương trình: trong cơ sở dữ liệu "
                     rf"nay là 81\.200, nhật ký ghi 71\.200 {WHEN}\.", text), text
    assert re.search(r"bảo hiểm y tế \(năm 2026\) đã bị sửa ngoài chương trình: tử số trong cơ sở dữ liệu nay là "
                     rf"9\.900, nhật ký ghi 9\.500 {WHEN}\.", text), text
    assert "kỳ 2026" not in text
    # the same list is acknowledged: the words shown do not stand in the way of the check of what was listed
    script = Script((QMessageBox, lambda box: click_button(box, "Xác nhận đã kiểm tra")))
    assert len(window.acknowledge_changes()) == 2
    script.check()
    assert office.verify_history() == []


def test_the_english_window_names_the_changes_in_english(make_window, office, english):  # noqa: F811
    _edited(office)
    as_(office, "admin")
    window = make_window(office)
    english()
    check_at_start(window, office)
    start = [box.text() for box in window.notice_boxes if "outside the program" in box.text()]
    for box in list(window.notice_boxes):
        box.done(0)
    assert start and "The figure of indicator" in start[0] and "đã bị sửa" not in start[0], start
    text = _listed(window)
    assert re.search(r"\(first 6 months of 2026\) was changed outside the program: 81\.200 in the database now, the "
                     rf"history records 71\.200 {WHEN}\.", text), text
    assert re.search(rf"\(year 2026\) was changed outside the program: numerator 9\.900 in the database now, the "
                     rf"history records 9\.500 {WHEN}\.", text), text
    assert "đã bị sửa" not in text and "kỳ" not in text
    assert "Local budget revenue (excl. land-use fees and lottery) (first 6 months of 2026)" in text  # its English name
    assert BUDGET not in text


def test_audit_verify_prints_the_figures_to_compare(office, capsys, monkeypatch):  # noqa: F811
    _edited(office)
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
    capsys.readouterr()
    main(["--data-dir", str(Path(office.store.path).parent), "--user", "admin", "audit", "verify"])
    err = capsys.readouterr().err
    assert re.search(r"\(6 tháng đầu năm 2026\) đã bị sửa ngoài chương trình: trong cơ sở dữ liệu nay là 81\.200, "
                     rf"nhật ký ghi 71\.200 {WHEN}\.", err), err


def test_the_recorded_time_is_this_computer_s_time(office, capsys, monkeypatch):  # noqa: F811
    """The history stores UTC: "(canbo, 02:24 …)" was printed for a figure a laptop in Vietnam saved at 09:24."""
    import datetime as dt
    import time

    _edited(office)
    saved = next(r.at for r in office.store.audit_rows(period="2026-6M", indicator="thu_ngan_sach")
                 if r.action == "entry" and r.new == "71200")
    office.close()
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        monkeypatch.setenv("CHITIEU_PASSWORD", PW["admin"])
        capsys.readouterr()
        main(["--data-dir", str(Path(office.store.path).parent), "--user", "admin", "audit", "verify"])
        err = capsys.readouterr().err
        local = dt.datetime.fromisoformat(saved).astimezone(dt.timezone(dt.timedelta(hours=7)))
        assert f"nhật ký ghi 71.200 (canbo, {local:%H:%M %d/%m/%Y})." in err, err
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
