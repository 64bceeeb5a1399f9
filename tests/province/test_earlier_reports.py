"""What a file says it used from the unit's earlier reports is checked against the reports the
province holds: the same period a year before (road accidents) and the earlier years of the
term (the budget's term total). Where the province holds them, it computes with them and says
where the file differs; where it does not, the file's statement is all there is."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with


def _send(ws, key, period, when, inbox):
    sub = sign_with(ws.submission(period, approved=True, generated_at=when), key)
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), when)


@pytest.fixture
def two_years(tmp_path):
    """One xã's installation filling the half-year and the year of 2026 and 2027, and a
    province office and an inbox to receive what it sends."""
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup([c.code for c in ws.catalog.communes if c.kind == "xã"][0],
             "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    for period in ("2026-6M", "2026", "2027-6M", "2027"):
        fill_unit(ws, period, seed=3)
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    yield ws, ws.signing_key(), office, inbox
    office.close()
    ws.close()


def _approve(ws, period):
    ws.complete(period)
    ws.approve(period)


def test_a_same_period_figure_typed_otherwise_than_last_year_report_is_computed_from_the_report(two_years):
    ws, key, office, inbox = two_years
    ws.set_entry("2026-6M", "tngt_so_vu", value="10")
    ws.set_entry("2027-6M", "tngt_so_vu", value="8", previous="20")  # typed: 60 % fewer instead of 20 %
    for period, when in (("2026-6M", dt.datetime(2026, 6, 18, 9, tzinfo=VN)),
                         ("2027-6M", dt.datetime(2027, 6, 18, 9, tzinfo=VN))):
        _approve(ws, period)
        _send(ws, key, period, when, inbox)
        office.intake(inbox, period)
    unit = ws.commune.code

    con = office.consolidation("2027-6M")
    item = con.items[(unit, "tngt_so_vu")]
    assert (item.value, item.previous) == ("8", "10")
    assert item.compared_text == "Giảm 20% so với cùng kỳ"  # (10 - 8) / 10, not (20 - 8) / 20
    said = " ".join(con.differences[unit])
    assert ('Số vụ tai nạn giao thông: tệp ghi cùng kỳ năm trước "20", báo cáo 6 tháng đầu năm 2026 tỉnh '
            'đã nhận của đơn vị ghi "10"; tỉnh tính theo báo cáo đã nhận') in said

    # a province that never received the 2026 report has only the file's word
    alone = ProvinceOffice.open(inbox.parent / "tinh-khac", user="van-thu")
    alone.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    alone.intake(inbox, "2027-6M")
    con = alone.consolidation("2027-6M")
    assert con.items[(unit, "tngt_so_vu")].previous == "20"
    assert unit not in con.differences
    alone.close()


def test_a_year_corrected_but_not_sent_again_does_not_change_the_term_total(two_years):
    """The commune corrects its 2026 budget revenue after sending the 2026 report, and does
    not send it again: its 2027 report adds the corrected figure, the province the one it
    received, and tells the reviewer to ask for the corrected report."""
    ws, key, office, inbox = two_years
    ws.set_entry("2026", "thu_ngan_sach", value="1000")
    _approve(ws, "2026")
    _send(ws, key, "2026", dt.datetime(2027, 1, 10, 9, tzinfo=VN), inbox)
    office.intake(inbox, "2026")
    ws.reopen("2026", "Số thu năm 2026 được Kho bạc điều chỉnh")
    ws.set_entry("2026", "thu_ngan_sach", value="1.500")
    _approve(ws, "2026")
    ws.set_entry("2027", "thu_ngan_sach", value="1200")
    _approve(ws, "2027")
    _send(ws, key, "2027", dt.datetime(2028, 1, 10, 9, tzinfo=VN), inbox)
    office.intake(inbox, "2027")
    unit = ws.commune.code

    con = office.consolidation("2027")
    item = con.items[(unit, "thu_ngan_sach")]
    assert item.earlier_total == "1000"
    assert item.value == "1200"
    said = " ".join(con.differences[unit])
    assert ('Tổng thu ngân sách') in said
    assert ('tệp ghi tổng các năm trước "1.500", các báo cáo năm 2026 tỉnh đã nhận của đơn vị cộng lại '
            '"1.000"; tỉnh tính theo các báo cáo đã nhận (nếu đơn vị đã sửa báo cáo đó sau khi gửi, '
            'hãy xin đơn vị gửi lại)') in said

    # the corrected 2026 report arrives: the same 2027 file now agrees with what the province holds
    _send(ws, key, "2026", dt.datetime(2028, 1, 12, 9, tzinfo=VN), inbox)
    office.intake(inbox, "2026")
    con = office.consolidation("2027")
    assert con.items[(unit, "thu_ngan_sach")].earlier_total == "1500"
    assert unit not in con.differences


def test_reports_that_agree_show_no_difference(two_years):
    ws, key, office, inbox = two_years
    ws.set_entry("2026-6M", "tngt_so_vu", value="10")
    ws.set_entry("2027-6M", "tngt_so_vu", value="8")  # last year's from the commune's own database
    for period, when in (("2026-6M", dt.datetime(2026, 6, 18, 9, tzinfo=VN)),
                         ("2027-6M", dt.datetime(2027, 6, 18, 9, tzinfo=VN))):
        _approve(ws, period)
        _send(ws, key, period, when, inbox)
        office.intake(inbox, period)
    con = office.consolidation("2027-6M")
    assert con.items[(ws.commune.code, "tngt_so_vu")].last_year == "10"
    assert ws.commune.code not in con.differences
