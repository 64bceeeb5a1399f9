"""The province holds some of a unit's earlier reports, not all: what a file states it took from
a report the province never received (a year of the budget's term total, the same period a year
before for road accidents) is counted as the file states it, and said so, on the row and among
the differences; no target is judged met on it. (The province holding no earlier report at all,
and holding every one, are in test_earlier_reports.py.)"""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.consolidated_xlsx import SHEET_DIFFERENCES, SHEET_MAIN, write_consolidated
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with

BUDGET = "Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết"
NOT_CHECKED_2027 = "Tổng các năm trước theo tệp; tỉnh chưa nhận báo cáo năm 2027: chưa kiểm tra được"


@pytest.fixture
def unit(tmp_path):
    """One xã's installation filling every year of the term, a province office and an inbox."""
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup([c.code for c in ws.catalog.communes if c.kind == "xã"][0],
             "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    for period in ("2026-6M", "2026", "2027-6M", "2027", "2028", "2029", "2030"):
        fill_unit(ws, period, seed=3)
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    yield ws, office, inbox
    office.close()
    ws.close()


def _send(ws, office, inbox, period, approve=True):
    """`period` approved (unless it is already), signed, sent and received, dated early in the
    next period."""
    if approve:
        _approve(ws, period)
    year = int(period[:4])
    when = dt.datetime(year + 1, 1, 10, 9, tzinfo=VN) if len(period) == 4 else dt.datetime(year, 7, 10, 9, tzinfo=VN)
    sub = sign_with(ws.submission(period, approved=True, generated_at=when), ws.signing_key())
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), when)
    office.intake(inbox, period)


def _approve(ws, period):
    ws.complete(period)
    ws.approve(period)


def _budget(ws, **years):
    for year, value in years.items():
        ws.set_entry(year[1:], "thu_ngan_sach", value=value)


def test_a_year_never_sent_is_counted_as_the_file_states_it_and_said_unchecked(unit, tmp_path):
    """rt19 F2: the 2026 report received (1.000), 2027 typed as 900.000 and never sent, the 2028
    report received: its earlier total 901.000 counts, but the row and the differences say that
    2027's part is the file's word only, in the window's data and in the consolidated workbook."""
    ws, office, inbox = unit
    _budget(ws, y2026="1000", y2027="900000", y2028="1200")
    _send(ws, office, inbox, "2026")
    _approve(ws, "2027")  # approved, never sent
    _send(ws, office, inbox, "2028")
    code = ws.commune.code

    con = office.consolidation("2028")
    item = con.items[(code, "thu_ngan_sach")]
    assert (item.value, item.earlier_total, item.earlier_missing) == ("1200", "901000", "")
    assert item.verdict == "Đang thực hiện"  # before 2030: progress, not a verdict
    assert NOT_CHECKED_2027 in item.notes
    assert con.differences[code] == (
        f'{BUDGET}: tổng các năm trước theo tệp "901.000", các báo cáo năm 2026 tỉnh đã nhận của đơn vị cộng lại '
        '"1.000"; tỉnh chưa nhận báo cáo năm 2027: "900.000" tệp tính cho năm 2027 chưa kiểm tra được '
        '(hãy xin đơn vị gửi báo cáo năm 2027).',)
    book = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))
    rows = [r for r in book[SHEET_DIFFERENCES].iter_rows(values_only=True) if code in r]
    assert [r[2] for r in rows] == list(con.differences[code])

    # the 2027 report arrives, as the unit approved it: every year checked, nothing left to say
    _send(ws, office, inbox, "2027", approve=False)
    con = office.consolidation("2028")
    assert con.items[(code, "thu_ngan_sach")].earlier_total == "901000"
    assert code not in con.differences


def test_the_term_target_is_not_judged_met_on_a_year_the_province_never_received(unit, tmp_path):
    """The 2030 report: the term target (217.373) reached only with 2027's 900.000, which the
    province never received, is "Chưa đủ số liệu" (counted under "Khác", so the PDF says why
    under its table), not Vượt; once the 2027 report is received, it is Vượt."""
    ws, office, inbox = unit
    _budget(ws, y2026="1000", y2027="900000", y2028="1200", y2029="1000", y2030="1000")
    for year in ("2026", "2028", "2029"):
        _send(ws, office, inbox, year)
    _approve(ws, "2027")
    _send(ws, office, inbox, "2030")
    code = ws.commune.code

    con = office.consolidation("2030")
    item = con.items[(code, "thu_ngan_sach")]
    assert item.earlier_total == "903200"
    assert item.verdict == "Chưa đủ số liệu"
    assert item.notes == (NOT_CHECKED_2027,)
    assert con.summaries["thu_ngan_sach"].met == 0
    assert con.summaries["thu_ngan_sach"].others == (("Chưa đủ số liệu", 1),)
    said = " ".join(con.differences[code])
    assert ('tỉnh chưa nhận báo cáo năm 2027: "900.000" tệp tính cho năm 2027 chưa kiểm tra được; tỉnh không đánh '
            'giá Đạt, Vượt theo số liệu chưa kiểm tra được (hãy xin đơn vị gửi báo cáo năm 2027).') in said
    assert "tệp ghi đánh giá" not in said  # the withheld verdict is said once, as this rule
    main = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    assert any("Chưa đủ số liệu" in r for r in main.iter_rows(values_only=True) if code in r)

    _send(ws, office, inbox, "2027", approve=False)
    con = office.consolidation("2030")
    assert con.items[(code, "thu_ngan_sach")].verdict == "Vượt"
    assert code not in con.differences


def test_a_term_target_missed_even_with_the_unsent_year_stays_not_met(unit):
    ws, office, inbox = unit
    _budget(ws, y2026="1000", y2027="500", y2028="1000", y2029="1000", y2030="1000")
    for year in ("2026", "2028", "2029"):
        _send(ws, office, inbox, year)
    _approve(ws, "2027")
    _send(ws, office, inbox, "2030")
    code = ws.commune.code
    item = office.consolidation("2030").items[(code, "thu_ngan_sach")]
    assert (item.earlier_total, item.verdict) == ("3500", "Không đạt")
    assert NOT_CHECKED_2027 in item.notes


def test_a_total_below_the_received_years_cannot_be_told_apart(unit):
    """The 2026 report received at 1.000, then corrected to 500 and not sent again; 2027 (100)
    never sent: the 2028 file's 600 is less than the province's 2026 figure, so what it counts
    for 2027 cannot be known. The province counts 2026 as received and 2027 as without a figure."""
    ws, office, inbox = unit
    _budget(ws, y2026="1000")
    _send(ws, office, inbox, "2026")
    ws.reopen("2026", "Số thu năm 2026 được Kho bạc điều chỉnh")
    _budget(ws, y2026="500", y2027="100", y2028="1200")
    _approve(ws, "2026")
    _approve(ws, "2027")
    _send(ws, office, inbox, "2028")
    code = ws.commune.code

    con = office.consolidation("2028")
    item = con.items[(code, "thu_ngan_sach")]
    assert (item.earlier_total, item.earlier_missing) == ("1000", "2027")
    assert con.differences[code][0] == (
        f'{BUDGET}: tệp ghi tổng các năm trước "600", các báo cáo năm 2026 tỉnh đã nhận của đơn vị cộng lại '
        '"1.000"; tỉnh chưa nhận báo cáo năm 2027, không tách được phần tệp tính cho năm 2027: tỉnh tính là chưa '
        'có số liệu; tỉnh tính theo các báo cáo đã nhận (nếu đơn vị đã sửa báo cáo đó sau khi gửi, hãy xin đơn vị '
        'gửi lại).')
    assert con.differences[code][1].startswith(f"{BUDGET}: tệp ghi tỷ lệ so với chỉ tiêu")  # what follows from it


def test_a_same_period_figure_of_a_report_never_sent_is_said_unchecked(unit):
    """Road accidents: the province holds the unit's 2026 year report, not its 2026 half-year one;
    the 2027 half-year file types 20 for it (8 now: a 60 % fall). Counted as typed, said
    unchecked, and not judged Đạt on it."""
    ws, office, inbox = unit
    ws.set_entry("2026-6M", "tngt_so_vu", value="10")
    ws.set_entry("2027-6M", "tngt_so_vu", value="8", previous="20")
    _approve(ws, "2026-6M")  # approved, never sent
    _send(ws, office, inbox, "2026")
    _send(ws, office, inbox, "2027-6M")
    code = ws.commune.code

    con = office.consolidation("2027-6M")
    item = con.items[(code, "tngt_so_vu")]
    assert (item.value, item.previous, item.compared_text) == ("8", "20", "Giảm 60% so với cùng kỳ")
    assert item.verdict == "Chưa đủ số liệu"
    assert ("Cùng kỳ năm trước theo tệp; tỉnh chưa nhận báo cáo 6 tháng đầu năm 2026: chưa kiểm tra được"
            in item.notes)
    assert con.differences[code] == (
        'Số vụ tai nạn giao thông: cùng kỳ năm trước theo tệp "20"; tỉnh chưa nhận báo cáo 6 tháng đầu năm 2026: '
        'chưa kiểm tra được; tỉnh không đánh giá Đạt, Vượt theo số liệu chưa kiểm tra được (hãy xin đơn vị gửi '
        'báo cáo 6 tháng đầu năm 2026).',)

    # the 2026 half-year report arrives: the province computes with its 10 (a 20 % fall)
    _send(ws, office, inbox, "2026-6M", approve=False)
    con = office.consolidation("2027-6M")
    item = con.items[(code, "tngt_so_vu")]
    assert (item.previous, item.compared_text) == ("10", "Giảm 20% so với cùng kỳ")
    assert not any("chưa kiểm tra được" in n for n in item.notes)
