"""Walk 20, finding 1: a unit whose counted version is an unsigned file the province accepted
("Chưa ký, đã chấp nhận") read "Đã nhận" in the consolidated workbook exactly as a unit whose
file a confirmed key signed, and the report PDF said nothing of it. The workbook's "Tình hình
gửi báo cáo" now has a last column "Khóa ký" (the columns before it in their places), and the
PDF's section I names the accepted unsigned units as it names those whose key awaits
confirmation."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.keys import UNSIGNED_ACCEPTED, KeyState
from desktop_app.core.submission import running_name
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import COMPLETENESS_HEADERS, SHEET_COMPLETENESS, SHEET_MAIN, write_consolidated
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, REPORT_DATE, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions

# The columns other installations read by place, as they were before "Khóa ký" was added.
BEFORE = ("STT", "Mã ĐVHC", "Tên xã, phường", "Loại", "Tình trạng", "Trễ hạn", "Dự thảo", "Thời điểm lập tệp",
          "Thời điểm đọc tệp", "Mã xác thực", "Tệp", "Ghi chú", "Ngày nhận (tính hạn)")


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    """Three units' reports: two signed (each with its own key), one unsigned."""
    root = tmp_path_factory.mktemp("consolidated-unsigned")
    codes = pick_units(3, 0)
    ws, signed = make_submissions(root / "signed", codes[:2], PERIOD, data_dir=root / "db")
    ws.close()
    ws, unsigned = make_submissions(root / "unsigned", codes[2:], PERIOD, data_dir=root / "db2", sign=False)
    ws.close()
    return codes, [*signed.values(), *unsigned.values()]


@pytest.fixture
def con(office, units, tmp_path):
    """The first unit's key confirmed, the second's still pending, the third's unsigned file
    accepted: all three counted."""
    codes, subs = units
    folder = tmp_path / "in"
    folder.mkdir()
    for sub in subs:
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    office.confirm_key(codes[0], office.store.unit_keys(codes[0])[0].key_code)
    office.accept_unsigned(codes[2], PERIOD)
    return office.consolidation(PERIOD)


def test_workbook_tells_accepted_unsigned_from_confirmed_and_pending(con, units, tmp_path):
    codes, _ = units
    wb = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))
    ws = wb[SHEET_COMPLETENESS]
    headers = [c.value for c in ws[5]]
    assert tuple(headers[:len(BEFORE)]) == BEFORE == COMPLETENESS_HEADERS[:-1]  # added last, nothing moved
    assert headers[-1] == "Khóa ký"
    rows = {r[1]: r for r in ws.iter_rows(min_row=6, values_only=True)}
    confirmed, pending, accepted = (rows[c] for c in codes)
    # "Tình trạng": all three counted; the pending key marked there, and from walk U12 (F10) the
    # accepted unsigned file too ("Đã nhận" before, only "Khóa ký" said it)
    assert (confirmed[4], pending[4], accepted[4]) == ("Đã nhận", "Đã nhận, khóa chờ xác nhận",
                                                       "Đã nhận (chưa ký, đã chấp nhận)")
    assert (confirmed[13], pending[13], accepted[13]) == (KeyState.XAC_NHAN, KeyState.CHO, UNSIGNED_ACCEPTED)
    assert {r[13] for code, r in rows.items() if code not in codes} == {None}  # nothing kept: empty
    assert ws.auto_filter.ref == f"A5:N{5 + len(con.units)}"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1  # still one page wide
    main = wb[SHEET_MAIN]  # "Tổng hợp" keeps its columns; its status in the same words
    assert [r[4] for r in main.iter_rows(min_row=8, values_only=True) if r[2] == codes[2]] == [
        "Đã nhận (chưa ký, đã chấp nhận)"]


def test_report_names_accepted_unsigned_units(con, units):
    codes, _ = units
    names = {u.code: running_name(u.name) for u in con.completeness.units}  # in running text: "xã …"
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE))).pages[:1])
    assert (f"trong đó 1 đơn vị gửi tệp chưa ký, tỉnh đã đối chiếu (với báo cáo giấy có chữ ký hoặc với đơn vị) "
            f"và chấp nhận: {names[codes[2]]} (mã {codes[2]})") in text
    assert f"{names[codes[1]]} (mã {codes[1]})" in text  # the pending key's unit, named as before
    assert f"(mã {codes[0]})" not in text  # the confirmed one: nothing to say
