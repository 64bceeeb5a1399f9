"""What a unit's file states otherwise than the province computes, in the consolidated outputs as a
reader of paper meets them (walk U5): the report PDF says it under section II's table (F4; only the
window and the workbook's last sheet did, while the unit's own paper said "Đạt"), the workbook's
title rows are as tall as their wrapped lines (F7: the completeness line printed over the row under
it on "Khác biệt"), and "Tình hình gửi báo cáo" calls the time the program read a file "Thời điểm đọc
tệp" beside "Ngày nhận (tính hạn)" (F9: two columns called "nhận")."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.submission import running_name
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_COMPLETENESS, SHEET_DIFFERENCES, write_consolidated
from exports.sheet_layout import LINE
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, REPORT_DATE, pick_units
from tests.province.helpers import KEYS, ON_TIME, delivered, make_submissions, sign_with

SAID = "đơn vị có tệp ghi kết quả, chỉ tiêu hoặc đánh giá khác với kết quả tỉnh tính lại"
WHERE = 'chi tiết ở trang “Khác biệt” của tệp Excel tổng hợp.'


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    """Seven units' signed reports, and each also stating BHYT's target 95 and "Đạt" (U5's Tích Lương),
    signed by the unit's key."""
    root = tmp_path_factory.mktemp("differences")
    ws, subs = make_submissions(root / "made", pick_units(5, 2), PERIOD, data_dir=root / "db")
    ws.close()
    wrong = {code: sign_with(replace(s, items=tuple(
        replace(i, target_value="95", target_text="≥ 95", verdict="Đạt") if i.code == "bhyt" else i
        for i in s.items)), KEYS[s.public_key]) for code, s in subs.items()}
    return subs, wrong


def _consolidation(office, tmp_path, subs) -> object:
    folder = tmp_path / "in"
    folder.mkdir()
    for sub in subs:
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    return office.consolidation(PERIOD)


def _text(con) -> str:
    pdf = PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE)))
    return " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)


def test_report_names_the_units_whose_file_states_other_verdicts(office, units, tmp_path):
    """One unit of three states BHYT "Đạt" against 95, the province computes against 100: the report says
    so under section II's table, naming it, and that the report uses the province's results; nothing
    when no file differs."""
    subs, wrong = units
    codes = list(subs)
    con = _consolidation(office, tmp_path, [wrong[codes[0]], subs[codes[1]], subs[codes[2]]])
    assert list(con.differences) == [codes[0]]
    name = running_name(next(u.name for u in con.completeness.units if u.code == codes[0]))
    text = _text(con)
    said = f"Có 1 {SAID}: {name} (mã {codes[0]}); báo cáo này dùng kết quả tỉnh tính lại; {WHERE}"
    assert said in text
    assert text.index("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TỈNH GIAO") < text.index(said)
    assert "Khác biệt" not in _text(replace(con, differences={}))


def test_report_counts_them_when_more_than_five(office, units, tmp_path):
    """Six units differ: counted, not named; a unit whose file could not be recomputed (not counted) is
    said apart."""
    subs, wrong = units
    codes = list(subs)
    con = _consolidation(office, tmp_path, [wrong[c] for c in codes[:6]] + [subs[codes[6]]])
    assert len(con.differences) == 6
    text = _text(con)
    assert f"Có 6 {SAID}; báo cáo này dùng kết quả tỉnh tính lại; {WHERE}" in text
    lost = replace(con, units=[replace(u, submission=None) if u.commune.code == codes[6] else u for u in con.units],
                   differences={**con.differences, codes[6]: ("Không tính lại được số liệu của tệp.",)})
    name = running_name(next(u.name for u in con.completeness.units if u.code == codes[6]))
    assert (f"Có 6 {SAID}; báo cáo này dùng kết quả tỉnh tính lại; 1 đơn vị có tệp không tính lại được số liệu, "
            f"không tính vào tổng hợp: {name} (mã {codes[6]}); {WHERE}") in _text(lost)


def test_title_rows_are_as_tall_as_their_lines_and_the_read_time_is_named_so(office, units, tmp_path):
    """U5's completeness line (received, late, refused for a revoked key, keys awaiting confirmation,
    unsigned) wraps to two lines on "Khác biệt", the narrowest sheet: its row is two lines tall (15 pt
    before, its end printed over the italic line under it); a line of one stays the default."""
    subs, wrong = units
    con = _consolidation(office, tmp_path, [wrong[c] for c in list(subs)[:3]])
    states = [ReportStatus.TRE_HAN, ReportStatus.BI_TU_CHOI, ReportStatus.CHUA_KY, ReportStatus.CHO_DOI_CHIEU]
    cm = con.completeness
    units_ = [replace(u, status=states[k % 4], late=states[k % 4] == ReportStatus.TRE_HAN) if k < 8 and not u.received
              else u for k, u in enumerate(cm.units)]
    long = replace(con, completeness=replace(cm, units=units_))
    assert len(long.completeness.text) > 150
    wb = load_workbook(write_consolidated(long, tmp_path / "tong-hop.xlsx"))
    ws = wb[SHEET_DIFFERENCES]
    assert ws["A3"].value.startswith("Tình hình gửi báo cáo:")
    assert ws.row_dimensions[3].height >= 2 * LINE
    assert ws.row_dimensions[2].height is None  # the period's line: one line, as before
    status = wb[SHEET_COMPLETENESS]
    assert [status.cell(5, col).value for col in (9, 13)] == ["Thời điểm đọc tệp", "Ngày nhận (tính hạn)"]
