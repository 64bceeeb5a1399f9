"""The consolidated workbook's "Tổng hợp", the report's charts and its section III as a provincial
reviewer reads them beside the tables: a unit that sent a counted draft without the insurance figure
is "Chưa nhập", not "Chưa báo cáo" (the sheet's row counted both, the chart listed both as not
reported, where the PDF's table and the chart's caption already told them apart); a chart's bars
are the counted reports' only, a draft's said to be one; section III's heading never stands alone
at the foot of a page with its table on the next (three supplementary indicators with names as
long as the catalogue allows printed the heading alone on its page)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.catalog_names import MAX_NAME
from desktop_app.core.charts import unit_results
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.submission import running_name
from desktop_app.province import ProvinceOffice
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_MAIN, UNIT_COLUMNS, write_consolidated
from exports.submission_xlsx import write_submission
from tests.province.helpers import ON_TIME, as_unit, delivered, fill_unit, sign_with, unit_key

PERIOD = "2026-6M"
REPORT_DATE = dt.date(2026, 7, 2)
BHYT = "bhyt"  # assigned to every unit, due at 6 months


@pytest.fixture(scope="module")
def units():
    """Four communes of the 92, by what each sent."""
    xa = [c for c in default_catalog().communes if c.kind == "xã"]
    return {"approved": xa[0], "draft_empty": xa[1], "draft": xa[2], "unsigned": xa[3]}


@pytest.fixture(scope="module")
def con(tmp_path_factory, units):
    """An approved report; a signed draft leaving the insurance figure empty, and another entering it
    (both counted, "Dự thảo"); an unsigned report the province has not accepted (not counted); the
    other 88 units have sent nothing."""
    root = tmp_path_factory.mktemp("sent-without")
    folder = root / "inbox"
    folder.mkdir()
    ws = Workspace.open(root / "communes", user="can-bo")
    key = ws.signing_key()
    for n, (kind, unit) in enumerate(units.items()):
        as_unit(ws, unit.code)
        fill_unit(ws, PERIOD, seed=n)
        if kind == "draft_empty":
            ws.set_entry(PERIOD, BHYT, numerator="", denominator="")
        if kind == "approved":
            ws.complete(PERIOD)
            ws.approve(PERIOD)
        sub = ws.submission(PERIOD, approved=kind == "approved", generated_at=ON_TIME + dt.timedelta(minutes=n))
        if kind != "unsigned":
            sub = sign_with(sub, key if n == 0 else unit_key(key, unit.code))
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    ws.close()
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(folder, PERIOD)
    yield office.consolidation(PERIOD)
    office.close()


def test_the_fixture_is_what_it_says(con, units):
    status = {u.code: u.status for u in con.completeness.units}
    assert [status[u.code] for u in units.values()] == [
        ReportStatus.DA_NHAN, ReportStatus.DU_THAO, ReportStatus.DU_THAO, ReportStatus.CHUA_KY]
    bhyt = con.summaries[BHYT]
    assert (bhyt.applicable, bhyt.not_reported, bhyt.not_entered) == (92, 89, 1)


def test_the_main_sheet_counts_the_draft_without_the_figure_apart(con, units, tmp_path):
    """Under the units of "Tổng hợp", the rows others read keep their places and labels, "Số đơn vị
    chưa báo cáo" counting only the units without a counted report (89: 88 not sent, one unsigned
    file not accepted; it read 90), and a last row, after the share, the unit that sent its draft
    without the figure, whose cell reads "Chưa nhập"; the rows add up to the 92 units."""
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_MAIN]
    labels = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1)]
    first = labels.index("Toàn tỉnh") + 1
    assert labels[first - 1:] == [
        "Toàn tỉnh", "Số đơn vị vượt", "Số đơn vị đạt", "Số đơn vị không đạt", "Số đơn vị đang thực hiện",
        "Số đơn vị khác", "Số đơn vị chưa báo cáo", "Số đơn vị chưa đến kỳ đánh giá",
        "Tỷ lệ đơn vị đạt, vượt chỉ tiêu (%)", "Số đơn vị có báo cáo, chưa nhập số liệu",
        "Ghi chú về các ô để trống (cột AL)"]  # the party indicator's empty counts at 6 months
    col = len(UNIT_COLUMNS) + 4 * [i.code for i in con.assigned].index(BHYT) + 1
    counts = {labels[r - 1]: ws.cell(r, col).value for r in range(first + 1, ws.max_row + 1)}
    assert counts["Số đơn vị chưa báo cáo"] == 89
    assert counts["Số đơn vị có báo cáo, chưa nhập số liệu"] == 1
    assert sum(v for k, v in counts.items() if k.startswith("Số đơn vị")) == 92
    row = {ws.cell(r, 3).value: r for r in range(1, first)}
    verdicts = {kind: ws.cell(row[u.code], col + 2).value for kind, u in units.items()}
    assert verdicts["draft_empty"] == "Chưa nhập"
    assert verdicts["unsigned"] == "Chưa báo cáo"


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_chart_shows_the_counted_reports_and_lists_the_others_as_the_table_counts_them(con, units):
    """The insurance chart's bars are the approved report's and the draft's that states the figure,
    the draft said to be one in the caption; the unsigned file, not counted, has no bar. Beside the
    bars, as the caption and section II's table count them: "Chưa báo cáo (89 đơn vị)" and "Chưa
    nhập (1 đơn vị)" naming the draft without the figure (one list "Chưa báo cáo (90 đơn vị)" before)."""
    chart = unit_results(con, BHYT)
    assert {p.code for p in chart.points} == {units["approved"].code, units["draft"].code}
    no = [i.code for i in con.assigned].index(BHYT) + 1
    page = next(t for t in _pages(render_pdf(con, report_date=REPORT_DATE)) if f"Biểu đồ {no}. " in t)
    assert "Chưa báo cáo (89 đơn vị):" in page
    assert f"Chưa nhập (1 đơn vị): {running_name(units['draft_empty'].name)}." in page
    assert "chưa báo cáo 89, chưa nhập 1." in page
    draft = running_name(units["draft"].name)
    assert f"2 đơn vị có kết quả (trong đó 1 đơn vị gửi báo cáo dự thảo: {draft}), xếp từ" in page


@pytest.mark.parametrize("length", [210, 230, MAX_NAME])
def test_section_three_keeps_its_heading_with_its_first_rows(con, length):
    """Three supplementary indicators whose names are up to `length` characters (a catalogue allows
    MAX_NAME): their rows tall, the table and the lines under it do not fit under the heading; its
    first rows stay with it, the rest on the next page with the lines (the heading stood alone on
    its page at 230 and 240 characters, and at 250 the report could not be made)."""
    more = " gắn với phát triển kinh tế - xã hội bền vững và nâng cao đời sống vật chất, tinh thần của nhân dân"
    long = [dataclasses.replace(i, name=(i.name + more * 5)[:length].rstrip()) for i in con.supplementary[:3]]
    pages = _pages(render_pdf(dataclasses.replace(con, supplementary=long), report_date=REPORT_DATE))
    at = next(k for k, t in enumerate(pages) if "III. KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG" in t)
    first_row = " ".join(long[0].name.split()[:3])
    assert first_row in pages[at], pages[at][:300]
    assert "STT theo bộ chỉ tiêu" in pages[at] + pages[at + 1]
