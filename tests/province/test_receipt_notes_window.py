"""The province window after a walk-through (walk 4): a draft arriving after the unit's
approved report reads "Đã nhận (không giữ)", not "Trùng", and is counted apart in the
summary, as an older version arriving after a newer one is; a unit whose typed date of
receipt is before the day its file was made has a note saying so, and the date's tooltip
says where the date came from (the folder's date, the modification date, the day made); in
English the notes, reasons and differences the program writes in Vietnamese say so, and a
unit's whole note is under the status table."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.keys import in_window
from desktop_app.core.reasons_english import in_english
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import (
    LATE,
    ON_TIME,
    delivered,
    later,
    make_submissions,
    shown_window,
)
from tests.province.test_approved_kept import _draft
from ui import i18n

TODAY = dt.date(2026, 7, 1)
CHECK = ("Ngày nhận 19/06/2026 (ngày nhập khi đọc thư mục) sớm hơn ngày lập tệp 25/06/2026: "
         "kiểm tra lại ngày nhận đã nhập (hoặc đồng hồ máy tính của đơn vị); trễ hạn tính theo ngày nhận đã nhập.")

CHECK_EN = ("The date of receipt 19/06/2026 (typed when the folder was read) is before the day the file was made, "
            "25/06/2026: check the date typed (or the unit's computer clock); lateness is judged by the date typed.")


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("walk4")
    ws, subs = make_submissions(root, pick_units(3, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return list(subs.values())


def _folder(path, files, when=ON_TIME):
    path.mkdir(parents=True, exist_ok=True)
    for name, sub in files.items():
        delivered(write_submission(sub, path / name), when)
    return path


@pytest.fixture
def window(qtbot, office, units, tmp_path):
    w = shown_window(qtbot, office, PERIOD, TODAY)
    yield w
    i18n.switch_language(i18n.VIETNAMESE)


def _read(qtbot, w, folder, received=None):
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(folder, received)


def _cell(model, row, col, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, col), role)


def _unit_row(w, code):
    return next(n for n, u in enumerate(w.model.rows) if u.code == code)


def test_a_version_not_kept_says_so_not_duplicate(qtbot, window, units, tmp_path):
    """Approved A and older B2 read with newer B... then a draft of A made after its approval,
    an older B and A's approved file again: the draft and the older B read "Đã nhận (không
    giữ)" in grey, A's file read again "Trùng"; the line above counts them apart."""
    w = window
    a, b = units[0], units[1]
    newer_b = later(b, 60)
    _read(qtbot, w, _folder(tmp_path / "1", {"a.xlsx": a, "b-moi.xlsx": newer_b}))
    _read(qtbot, w, _folder(tmp_path / "2", {"a.xlsx": a, "a-du-thao.xlsx": _draft(a, 90), "b-cu.xlsx": b}))
    rows = {r.file_name: n for n, r in enumerate(w.intake_model.rows)}
    got = {name: _cell(w.intake_model, n, 1) for name, n in rows.items()}
    assert got == {"a.xlsx": "Trùng", "a-du-thao.xlsx": "Đã nhận (không giữ)", "b-cu.xlsx": "Đã nhận (không giữ)"}
    colour = _cell(w.intake_model, rows["a-du-thao.xlsx"], 1, Qt.ItemDataRole.BackgroundRole)
    assert colour.name() == "#eceff1"
    assert "Đã nhận (không giữ) 2, Trùng 1." in w.intake_summary.text()
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: w.tabs.tabText(0) == "Reports &sent", timeout=10000)
    QApplication.processEvents()
    assert _cell(w.intake_model, rows["b-cu.xlsx"], 1) == "Received (not kept)"
    assert "Received (not kept) 2, Duplicate 1." in w.intake_summary.text()


def test_a_typed_date_before_the_file_was_made_is_noted_and_said_where_it_came_from(qtbot, window, units, tmp_path):
    """A folder read with 19/06 typed, one file made 25/06: its unit's note says to check the
    date (the note's column and the panel under the table); the date's tooltip says it was
    the date given for the folder; a file read by its modification date, earlier than the day
    it was made, says it was judged by the day made."""
    w = window
    a, b, c = units
    made_late = later(b, int((LATE - ON_TIME).total_seconds() // 60))
    _read(qtbot, w, _folder(tmp_path / "1", {"a.xlsx": a, "b.xlsx": made_late}, when=LATE), dt.date(2026, 6, 19))
    _read(qtbot, w, _folder(tmp_path / "2", {"c.xlsx": later(c, int((LATE - ON_TIME).total_seconds() // 60))}))
    from ui.province_intake_rows import NOTE

    rb, ra, rc = (_unit_row(w, u.unit_code) for u in (b, a, c))
    assert _cell(w.model, rb, NOTE) == CHECK and _cell(w.model, ra, NOTE) == ""
    received_on = w.model.RECEIVED_ON
    assert ("Ngày nhận 19/06/2026: ngày dùng để tính trễ hạn (ngày nhập khi đọc thư mục)."
            in _cell(w.model, rb, received_on, Qt.ItemDataRole.ToolTipRole))
    assert ("Ngày nhận 25/06/2026, trễ hạn: ngày dùng để tính trễ hạn (ngày lập tệp, vì ngày sửa đổi của tệp sớm "
            "hơn)." in _cell(w.model, rc, received_on, Qt.ItemDataRole.ToolTipRole))
    w.tabs.setCurrentIndex(0)
    w.table.setCurrentIndex(w.proxy.mapFromSource(w.model.index(rb, 0)))
    assert w.unit_note.text() == f"{b.unit_name}: {CHECK}"
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: w.tabs.tabText(0) == "Reports &sent", timeout=10000)
    QApplication.processEvents()
    assert w.unit_note.text() == f"{b.unit_name}: {CHECK_EN}"  # in English since S101
    assert ("(the day the file was made, its modification date being earlier)"
            in _cell(w.model, rc, received_on, Qt.ItemDataRole.ToolTipRole))
    assert _cell(w.model, rb, NOTE, Qt.ItemDataRole.ToolTipRole) == CHECK_EN
    assert w.model.headerData(NOTE, Qt.Orientation.Horizontal) == "Note"  # most notes in English (walk U15)
    assert "in Vietnamese" in w.model.headerData(NOTE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    from ui.province_intake_rows import REASON

    # the window's action for the command (walk 8, finding 6), as the English window names it (walk 17, L4)
    reason = in_window(w.intake_model.rows[0].reason, english=True)
    said = _cell(w.intake_model, 0, REASON, Qt.ItemDataRole.ToolTipRole)  # in English since S101
    assert said == in_english(reason) and "; late against the deadline 20/06/2026." in said
    assert w.intake_model.headerData(REASON, Qt.Orientation.Horizontal) == "Reason"
    assert w.differences_model.headerData(2, Qt.Orientation.Horizontal).endswith("(in Vietnamese)")
    w.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    i18n.switch_language(i18n.VIETNAMESE)
    qtbot.waitUntil(lambda: w.tabs.tabText(0) == "Tình &hình gửi báo cáo", timeout=10000)
    QApplication.processEvents()
    assert w.unit_note.text() == f"{b.unit_name}: {CHECK}"
    assert w.model.headerData(NOTE, Qt.Orientation.Horizontal) == "Ghi chú"
    assert _cell(w.model, rb, NOTE, Qt.ItemDataRole.ToolTipRole) == CHECK
