"""Walk 10, finding 1: a draft and the approved report of the same figures have the same fingerprint
(it covers the figures only), and "Nhận tệp chưa ký…" named the file, unit, period and fingerprint
but not whether the version is a draft or approved, nor when it was made: the reviewer holding the
approved paper accepted the draft. Now the box says "Đây là BẢN DỰ THẢO, chưa được lãnh đạo duyệt"
first for a draft, "Đã duyệt ngày dd/mm/yyyy, người duyệt …" for an approved version, the time made,
and the other waiting version with the same fingerprint, naming the approved one; No stays the
default. The unsigned table has "Duyệt" and "Lập lúc" columns and room for 4 rows at 1366×768."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.intake import parse_time
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import VN, delivered, make_submissions
from tests.ui.conftest import Script, press

TODAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def approved_and_draft(tmp_path_factory):
    """A unit's approved unsigned report, and a draft of the same figures (same fingerprint) made later."""
    root = tmp_path_factory.mktemp("draft-twin")
    (unit,) = pick_units(1, 0)
    ws, subs = make_submissions(root / "mail1", [unit], PERIOD, data_dir=root / "commune", sign=False)
    ws.close()
    approved = subs[unit]
    draft = replace(approved, approved=False, approved_by="", approved_at="",
                    generated_at="2026-06-18T15:30:00+07:00")
    assert draft.fingerprint == approved.fingerprint
    (root / "mail2").mkdir()
    delivered(write_submission(draft, root / "mail2" / f"{approved.file_stem}_du-thao.xlsx"),
              dt.datetime(2026, 6, 18, 16, 0, tzinfo=VN))
    return root, approved, draft


@pytest.fixture
def tab(qtbot, office, approved_and_draft):
    from ui.province_window import ProvinceWindow

    root, approved, draft = approved_and_draft
    office.intake(root / "mail1", PERIOD)
    office.intake(root / "mail2", PERIOD)
    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 768 - 71)  # the laptop's screen less the taskbar and the title bar
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.keys_tab)
    qtbot.wait(50)
    return w.keys_tab


def _read_box_for(qtbot, tab, draft_row: bool) -> dict:
    """The keyboard on the unsigned table, Down to the draft's (or the approved version's) row,
    Enter: the box read, then Esc (nothing accepted)."""
    tab.unsigned_table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.unsigned_table, timeout=10000)
    target = next(n for n, r in enumerate(tab.unsigned_model.rows) if bool(r.approved) != draft_row)
    while tab.unsigned_table.currentIndex().row() < target:
        press(Qt.Key.Key_Down)
    assert tab.selected_unsigned() is tab.unsigned_model.rows[target]
    shown = {}

    def read(box):
        shown["text"] = box.text()
        shown["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        press(Qt.Key.Key_Escape)

    script = Script((QMessageBox, read))
    press(Qt.Key.Key_Return)
    script.check()
    return shown


def test_the_box_for_a_draft_says_draft_and_names_the_approved_twin(qtbot, tab, office, approved_and_draft):
    _, approved, draft = approved_and_draft
    shown = _read_box_for(qtbot, tab, draft_row=True)
    text = shown["text"]
    assert "Đây là BẢN DỰ THẢO, chưa được lãnh đạo duyệt." in text
    assert text.index("BẢN DỰ THẢO") < text.index("Tính tệp chưa ký")  # said first, before the question
    assert "Lập lúc" in text and "15:30 18/06/2026" in text
    assert approved.fingerprint[:16] in text
    # the approved version of the same figures, also waiting, named as the approved one
    assert "cùng mã xác thực cũng đang chờ" in text
    assert f"Bản đã duyệt là {approved.file_stem}.xlsx" in text
    assert shown["default"]
    assert not any(r.accepted_at for r in office.unsigned(PERIOD))


def test_the_box_for_the_approved_version_says_approved_with_date(qtbot, tab, office, approved_and_draft):
    _, approved, _draft = approved_and_draft
    shown = _read_box_for(qtbot, tab, draft_row=False)
    text = shown["text"]
    day = parse_time(approved.approved_at).strftime("%d/%m/%Y")
    assert f"Đã duyệt ngày {day}, người duyệt {approved.approved_by}" in text
    assert "Đây là BẢN DỰ THẢO" not in text.split("cùng mã xác thực cũng đang chờ")[0]
    assert parse_time(approved.generated_at).strftime("%H:%M %d/%m/%Y") in text
    assert shown["default"]


def test_the_unsigned_table_shows_approval_and_time_made(tab, approved_and_draft):
    _, approved, _draft = approved_and_draft
    model = tab.unsigned_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Duyệt" in headers and "Lập lúc" in headers
    approval, made = headers.index("Duyệt"), headers.index("Lập lúc")
    cells = {bool(r.approved): (model.index(n, approval).data(), model.index(n, made).data())
             for n, r in enumerate(model.rows)}
    day = parse_time(approved.approved_at).strftime("%d/%m/%Y")
    assert cells[True] == (f"Đã duyệt ngày {day}, người duyệt {approved.approved_by}",
                           parse_time(approved.generated_at).strftime("%H:%M %d/%m/%Y"))
    assert cells[False] == ("BẢN DỰ THẢO, chưa duyệt", "15:30 18/06/2026")
    # both whole in sight at 1366×768: no column cut
    table = tab.unsigned_table
    for col in (approval, made):
        assert table.columnWidth(col) >= table.sizeHintForColumn(col)


def test_the_unsigned_table_has_room_for_four_rows_at_1366x768(tab):
    table = tab.unsigned_table
    room = table.viewport().height() - table.horizontalScrollBar().height() * table.horizontalScrollBar().isVisible()
    assert room // table.verticalHeader().defaultSectionSize() >= 4


def test_unsigned_list_says_what_the_window_says(tab, office, approved_and_draft, capsys):
    """`chitieu unsigned list` said only 'đã duyệt'/'dự thảo': not who approved it nor when, nor
    when it was made, which the window's Duyệt and Lập lúc columns show. Each version's line now
    says what its row in the window says, read from the same `office.unsigned`."""
    from pathlib import Path

    from desktop_app.cli import run

    _, approved, draft = approved_and_draft
    model = tab.unsigned_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    approval, made = headers.index("Duyệt"), headers.index("Lập lúc")
    window = {r.file_name: (model.index(n, approval).data(), model.index(n, made).data())
              for n, r in enumerate(model.rows)}
    assert run(["--data-dir", str(Path(office.store.path).parent), "unsigned", "list", "--period", PERIOD]) == 0
    lines = {line.split(": ", 1)[0].split()[-1]: line for line in capsys.readouterr().out.splitlines()}
    day = parse_time(approved.approved_at).strftime("%d/%m/%Y")
    assert window[f"{approved.file_stem}.xlsx"][0] == f"Đã duyệt ngày {day}, người duyệt {approved.approved_by}"
    assert window[f"{approved.file_stem}_du-thao.xlsx"] == ("BẢN DỰ THẢO, chưa duyệt", "15:30 18/06/2026")
    assert set(lines) == set(window)
    for file, (approval_cell, made_cell) in window.items():
        assert f"Duyệt: {approval_cell}; Lập lúc: {made_cell};" in lines[file], lines[file]
