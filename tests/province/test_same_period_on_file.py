"""Road accidents judged on the file's own "same period last year" (walk U21): a province that holds no
earlier report of the unit has only the file's figure, counted and judged as before; the window, the
workbook and the paper now say so, counting the same units, as they do of a term total's earlier years
(`stated_earlier`). A province holding the same period's report computes with it, and says nothing of it."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import write_consolidated
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with

SAID = ("1 đơn vị (tất cả) có cùng kỳ năm trước theo số đơn vị ghi trong tệp, tỉnh chưa nhận báo cáo 6 tháng đầu "
        "năm 2026 của đơn vị: chưa kiểm tra được, vẫn được tính và đánh giá")


@pytest.fixture
def sent(tmp_path):
    """A xã's 2026-6M and 2027-6M reports in an inbox, 2027-6M stating 20 accidents the same period before."""
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup(next(c.code for c in ws.catalog.communes if c.kind == "xã"),
             "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    for period, value, previous in (("2026-6M", "20", "25"), ("2027-6M", "8", "20")):
        fill_unit(ws, period, seed=3)
        ws.set_entry(period, "tngt_so_vu", value=value, previous=previous)
    for period in ("2026-6M", "2027-6M"):
        ws.complete(period)
        ws.approve(period)
        when = dt.datetime(int(period[:4]), 6, 18, 9, tzinfo=VN)
        sub = sign_with(ws.submission(period, approved=True, generated_at=when), ws.signing_key())
        delivered(write_submission(sub, inbox / period / f"{sub.file_stem}.xlsx"), when)
    yield ws, inbox
    ws.close()


def _office(tmp_path, name):
    office = ProvinceOffice.open(tmp_path / name, user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    return office


def _said_everywhere(con, tmp_path) -> dict[str, bool]:
    from ui.province_consolidation import SummaryModel

    model = SummaryModel(None)
    model.period = con.period
    window = "\n".join(model.total_lines(con.summaries["tngt_so_vu"]))
    paper = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(con))).pages).split())
    sheet = load_workbook(write_consolidated(con, tmp_path / f"{con.period.code}.xlsx"))["Chỉ tiêu bổ sung"]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    return {"window": SAID in window, "paper": f"Chỉ tiêu 18: {SAID}." in paper,
            "workbook": f"{SAID}." in cells and any(c.startswith("Ghi chú về cùng kỳ năm trước theo tệp (cột ")
                                                   for c in cells)}


def test_the_files_own_same_period_is_marked_and_still_counted(sent, tmp_path, qtbot):
    ws, inbox = sent
    office = _office(tmp_path, "tinh")
    office.intake(inbox / "2027-6M", "2027-6M")  # the province holds no earlier report of the unit
    con = office.consolidation("2027-6M")
    item = con.items[(ws.commune.code, "tngt_so_vu")]
    assert (item.previous, item.compared_text, item.verdict) == ("20", "Giảm 60% so với cùng kỳ", "Vượt")  # counted
    assert con.summaries["tngt_so_vu"].same_period_on_file == (ws.commune.name[:1].lower() + ws.commune.name[1:],)
    assert _said_everywhere(con, tmp_path) == {"window": True, "paper": True, "workbook": True}
    office.close()


def test_a_same_period_the_province_holds_is_not_marked(sent, tmp_path, qtbot):
    _, inbox = sent
    office = _office(tmp_path, "tinh")
    office.intake(inbox / "2026-6M", "2026-6M")
    office.intake(inbox / "2027-6M", "2027-6M")
    con = office.consolidation("2027-6M")
    assert con.summaries["tngt_so_vu"].same_period_on_file == ()
    assert _said_everywhere(con, tmp_path) == {"window": False, "paper": False, "workbook": False}
    first = office.consolidation("2026-6M")  # the term's first year: no earlier report exists to hold
    assert first.summaries["tngt_so_vu"].same_period_on_file == ()
    office.close()
