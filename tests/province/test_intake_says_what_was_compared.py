"""What a reviewer reads of the files received, said exactly (province walk h8):

1. a file whose printed "Báo cáo" sheet was edited (E10 51.494 -> 999.999) is "Hợp lệ": intake
   checks the signed "Dữ liệu" sheet only, by design. "Khác biệt" said "…, chữ in khớp số liệu tệp
   ghi." (the printed sheet agreeing) and nothing said the printed sheet was not compared: now the
   workbook's "Khác biệt" and "Kết quả nhận tệp" and the window's files tab say so once, and how to
   check a file (`chitieu verify TỆP`);
2. a unit's file saved under another unit's name read "…xa-na-phac.xlsx · Hợp lệ · Xã Đồng Phúc ·
   Đã nhận Xã Đồng Phúc…": the file's own line now says what its name carries first;
3. a refused copy of a unit whose genuine file is counted (an edited copy, a broken file in its
   name) left "Không có ghi chú" on its unit's row: the note names them and why, in a word.

The module's folder: A's file, an edited copy of it and a broken file in A's name; B's file saved
under C's name (C sent nothing); D's file with its printed sheet edited; read on 19/06/2026."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.province import ProvinceOffice
from exports.consolidated_xlsx import SHEET_COMPLETENESS, SHEET_DIFFERENCES
from exports.intake_results_sheet import SHEET_INTAKE
from exports.submission_format import SHEET_REPORT
from exports.submission_reader import verify_file
from tests.province.conftest import PERIOD, pick_units, tamper
from tests.province.test_intake_tab_read_elsewhere import files_tab, fresh  # noqa: F401 - a fixture
from tests.province.test_opens_on_last_period import open_window
from tests.province.helpers import make_submissions

RECEIVED = dt.date(2026, 6, 19)
NOTE = ('Trang "Báo cáo" (bảng in) của từng tệp không được đối chiếu khi nhận: số liệu tổng hợp lấy từ trang '
        '"Dữ liệu" đã ký.')


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    root = tmp_path_factory.mktemp("compared")
    a, b, c, d = pick_units(4, 0)
    folder = root / "in"
    ws, subs = make_submissions(folder, [a, b, d], PERIOD, data_dir=root / "db")
    ws.close()
    own = {code: f"{sub.file_stem}.xlsx" for code, sub in subs.items()}
    edited, broken, renamed = f"{subs[a].file_stem} - ban sua.xlsx", f"{PERIOD}_{a}_hong.xlsx", f"{PERIOD}_{c}_x.xlsx"
    tamper(folder / own[a], folder / edited)
    (folder / broken).write_bytes(b"PK\x03\x04 not a workbook " * 20)
    shutil.move(folder / own[b], folder / renamed)  # B's report under C's code; C's own is not there
    book = load_workbook(folder / own[d])
    report = book[SHEET_REPORT]
    cell = next(c for row in report.iter_rows(min_row=9) for c in row[4:5] if c.value)  # E: the first result
    cell.value = "999.999"
    book.save(folder / own[d])
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(folder, PERIOD, received=RECEIVED)
    path = office.export_xlsx(PERIOD, root / "tong-hop.xlsx")
    yield {"office": office, "folder": folder, "book": load_workbook(path), "units": (a, b, c, d), "own": own,
           "edited": edited,
           "broken": broken, "renamed": renamed,
           "names": {u.code: u.name for u in office.checked_completeness(PERIOD).units}}
    office.close()


def _rows(ws, key_col: int) -> dict:
    header = [x.value for x in ws[5]]
    return {r[key_col].value: dict(zip(header, (x.value for x in r))) for r in ws.iter_rows(min_row=6)}


def test_the_workbook_says_the_printed_sheet_is_not_compared(read):
    book, (_, _, _, d) = read["book"], read["units"]
    files = _rows(book[SHEET_INTAKE], 2)
    assert files[read["own"][d]]["Kết quả"] == "Hợp lệ"  # by design: the signed "Dữ liệu" is what is counted
    assert "KHÔNG nguyên vẹn" in verify_file(read["folder"] / read["own"][d]).message  # what the note points to
    differences = book[SHEET_DIFFERENCES]
    # no longer "…, chữ in khớp số liệu tệp ghi.": what is compared is the texts "Dữ liệu" records
    assert differences["B6"].value == ('Không có: mọi tệp ghi đúng kết quả tỉnh tính lại, chữ ghi ở trang "Dữ '
                                       'liệu" khớp số liệu tệp ghi (trang "Báo cáo" không được đối chiếu).')
    for ws in (differences, book[SHEET_INTAKE]):
        # the title's last row, above the header others read by place (row 5, as before)
        assert ws["A4"].value == NOTE, ws.title
        assert ws["A5"].value in ("Mã ĐVHC", "Lượt nhận")


def test_the_files_tab_says_the_printed_sheet_is_not_compared(qtbot, read, fresh):  # noqa: F811
    window = open_window(qtbot, read["office"])
    assert window.period.code == PERIOD  # the period of the folder read last
    files_tab(window)
    note = window.report_sheet_note
    assert note.isVisible() and "chitieu verify" in note.text()
    # beside "Chỉ các tệp không được nhận", in sight at 1366 px (English until the lead translates it)
    assert '"Báo cáo"' in note.text() and '"Dữ liệu"' in note.text()
    assert note.geometry().right() <= window.width() and note.height() < 3 * note.fontMetrics().height()
    assert note.y() == pytest.approx(window.refused_only.y(), abs=note.height())


def named_as(read) -> str:
    _, b, c, _ = read["units"]
    names = read["names"]
    return (f"Tên tệp ghi mã {c} ({names[c]}), nội dung là báo cáo của {names[b]} (mã {b}): tỉnh xét tệp theo "
            "nội dung.")


def test_a_file_named_for_another_unit_says_so_on_its_own_line(qtbot, read, fresh):  # noqa: F811
    _, b, _, _ = read["units"]
    row = _rows(read["book"][SHEET_INTAKE], 2)[read["renamed"]]
    assert row["Kết quả"] == "Hợp lệ" and row["Mã ĐVHC"] == b  # its contents decide, as before
    assert row["Lý do"].startswith(named_as(read) + f" Đã nhận {read['names'][b]}")
    # the other files' lines as before
    assert not any(r["Lý do"].startswith("Tên tệp") for n, r in _rows(read["book"][SHEET_INTAKE], 2).items()
                   if n != read["renamed"])

    window = open_window(qtbot, read["office"])
    assert window.period.code == PERIOD  # the period of the folder read last
    files_tab(window)
    model = window.intake_model
    [n] = [n for n, r in enumerate(model.rows) if r.file_name == read["renamed"]]
    assert model.index(n, 2).data() == read["names"][b]
    assert model.index(n, 5).data().startswith(named_as(read))  # the reason's column, its start in sight
    window.intake_table.setCurrentIndex(window.intake_proxy.mapFromSource(model.index(n, 0)))
    assert window.file_reason.text().startswith(named_as(read))


def test_a_refused_copy_is_noted_beside_the_counted_file(read):
    a, _, c, _ = read["units"]
    units = {u.code: u for u in read["office"].checked_completeness(PERIOD).units}
    assert units[a].status == ReportStatus.DA_NHAN and units[a].file_name == read["own"][a]
    assert units[a].reason == (
        f"Tệp khác ghi là báo cáo của đơn vị (không chứng minh được đơn vị đã gửi) bị từ chối, không tính: "
        f"{read['edited']} (Đã bị sửa, nhận 19/06/2026). Lý do ở Kết quả nhận tệp. Một tệp mang mã đơn vị này trong tên tệp bị từ chối (Tệp hỏng): {read['broken']}, nhận "
        "19/06/2026.")
    assert _rows(read["book"][SHEET_COMPLETENESS], 1)[a]["Ghi chú"] == units[a].reason
    # C, whose name only B's file carries, as before
    assert units[c].status == ReportStatus.CHUA_GUI and read["renamed"] in units[c].reason
    # a unit with nothing refused keeps an empty note
    assert units[read["units"][3]].reason == ""


def test_a_copy_refused_and_read_again_is_named_once(read, office):
    """Read twice, each refused file is named once; two edited copies (each stating the fingerprint of
    the figures it was copied from) both, by their contents."""
    a = read["units"][0]
    for _ in range(2):
        office.intake(read["folder"], PERIOD, received=RECEIVED)
    note = {u.code: u for u in office.checked_completeness(PERIOD).units}[a].reason
    assert note.count(read["edited"]) == 1 and note.count(read["broken"]) == 1
    more = read["folder"].parent / "them"
    more.mkdir()
    tamper(read["folder"] / read["own"][a], more / "ban-sua-2.xlsx", new="4242")
    office.intake(more, PERIOD, received=RECEIVED)
    note = {u.code: u for u in office.checked_completeness(PERIOD).units}[a].reason
    assert note.startswith(f"2 tệp khác ghi là báo cáo của đơn vị (không chứng minh được đơn vị đã gửi) bị từ chối, "
                           f"không tính: {read['edited']} (Đã bị sửa, nhận 19/06/2026), ban-sua-2.xlsx (Đã bị sửa, nhận 19/06/2026). Lý do ở Kết quả nhận tệp.")


def test_many_refused_copies_name_three_then_count(read, office):
    """Six edited copies beside the counted file: three named, the others counted (a note is one cell)."""
    a = read["units"][0]
    many = read["folder"].parent / "nhieu"
    many.mkdir()
    for n in range(5):
        tamper(read["folder"] / read["own"][a], many / f"ban-sua-{n}.xlsx", new=str(1000 + n))
    office.intake(read["folder"], PERIOD, received=RECEIVED)
    office.intake(many, PERIOD, received=RECEIVED)
    note = {u.code: u for u in office.checked_completeness(PERIOD).units}[a].reason
    assert note.startswith("6 tệp khác ghi là báo cáo của đơn vị (không chứng minh được đơn vị đã gửi) bị từ chối, không tính: ")
    assert " và 3 tệp khác. Lý do ở Kết quả nhận tệp." in note and note.count("(Đã bị sửa, nhận 19/06/2026)") == 3


def test_the_command_line_says_it_on_the_files_line_too(read, tmp_path, capsys):
    assert run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(read["folder"]), "--period", PERIOD]) == 0
    out = capsys.readouterr().out
    assert f"Hợp lệ: {read['renamed']}: {named_as(read)} Đã nhận {read['names'][read['units'][1]]}" in out


def test_a_refused_copy_named_for_another_unit_is_not_said_to_be_the_units_own(read, office):
    """Red-team h12 #2: an edited copy of A's file sent by another unit under its own code
    ("2026-6M_<B>_from-x.xlsx") was listed as A's own refused file, a reviewer asking A about a file it
    never sent. The note says the files only state they are A's, and which code a name carries."""
    a, b = read["units"][0], read["units"][1]
    other = read["folder"].parent / "tu-don-vi-khac"
    other.mkdir()
    tamper(read["folder"] / read["own"][a], other / f"2026-6M_{b}_from-x.xlsx", new="777")
    office.intake(read["folder"], PERIOD, received=RECEIVED)
    office.intake(other, PERIOD, received=RECEIVED)
    note = {u.code: u for u in office.checked_completeness(PERIOD).units}[a].reason
    assert "ghi là báo cáo của đơn vị (không chứng minh được đơn vị đã gửi)" in note
    assert f"2026-6M_{b}_from-x.xlsx (Đã bị sửa, nhận 19/06/2026, tên tệp ghi mã {b})" in note
