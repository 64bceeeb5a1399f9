"""A unit corrects an earlier year after approving a later one (walk U11 F6): the province holds the
corrected earlier report and a later file still adding up the old figure. The reviewer is told to
ask for the later report approved again, not for the earlier one it already holds."""
from __future__ import annotations

import datetime as dt

import pytest

from db import period_records
from desktop_app import approval
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with

START = dt.datetime.now().astimezone()
CLOCK = [0]


@pytest.fixture
def unit(tmp_path, monkeypatch):
    def clock():  # the time of the step being taken: `CLOCK` minutes after the start, as by hand
        return (START + dt.timedelta(minutes=CLOCK[0])).isoformat(timespec="seconds")

    monkeypatch.setattr(approval, "now", clock)
    monkeypatch.setattr(period_records, "now", clock)  # the approval's own time
    CLOCK[0] = 0
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup([c.code for c in ws.catalog.communes if c.kind == "xã"][0],
             "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    for period in ("2026", "2027"):
        fill_unit(ws, period, seed=3)
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    yield ws, ws.signing_key(), office, inbox
    office.close()
    ws.close()


def _approve_and_send(ws, key, period, when, inbox, office):
    CLOCK[0] += 1  # each approval a minute after the one before
    ws.complete(period)
    ws.approve(period)
    sub = sign_with(ws.submission(period, approved=True, generated_at=when), key)
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), when)
    office.intake(inbox, period)


def test_an_earlier_year_approved_again_after_the_later_file_asks_for_the_later_file(unit):
    ws, key, office, inbox = unit
    ws.set_entry("2026", "thu_ngan_sach", value="1000")
    _approve_and_send(ws, key, "2026", dt.datetime(2027, 1, 10, 9, tzinfo=VN), inbox, office)
    ws.set_entry("2027", "thu_ngan_sach", value="1200")
    _approve_and_send(ws, key, "2027", dt.datetime(2028, 1, 10, 9, tzinfo=VN), inbox, office)
    # 2026 corrected after 2027 was approved, approved and sent again; 2027 left as approved
    CLOCK[0] += 1
    ws.reopen("2026", "Kho bạc điều chỉnh số thu năm 2026")
    ws.set_entry("2026", "thu_ngan_sach", value="1.500")
    _approve_and_send(ws, key, "2026", dt.datetime(2028, 1, 20, 9, tzinfo=VN), inbox, office)
    unit_code = ws.commune.code

    con = office.consolidation("2027")
    assert con.items[(unit_code, "thu_ngan_sach")].earlier_total == "1500"  # counted as the province holds it
    said = " ".join(con.differences[unit_code])
    assert ('tệp ghi tổng các năm trước "1.000", các báo cáo năm 2026 tỉnh đã nhận của đơn vị cộng lại "1.500"; '
            "tỉnh tính theo các báo cáo đã nhận (báo cáo năm 2026 tỉnh đã nhận được duyệt sau khi đơn vị duyệt tệp "
            "này: nếu đơn vị đã sửa số liệu năm 2026 sau đó, hãy xin đơn vị mở lại, duyệt lại và gửi lại năm "
            "2027)") in said
    assert "nếu đơn vị đã sửa báo cáo đó sau khi gửi" not in said
