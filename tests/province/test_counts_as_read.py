"""What a reader of the province's paper, workbook and DHIS2 files notices: section I of the report
accounts for every one of the 92 units in the words the workbook and the command line use, a
refused file is said among the units not sent, times read as every other document prints them,
and an approved format-1 file is complete in DHIS2."""
from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.intake import when_text
from desktop_app.core.submission import running_name
from desktop_app.province import ProvinceOffice
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_COMPLETENESS, write_consolidated
from exports.intake_results_sheet import SHEET_INTAKE
from exports.dhis2 import ADX_NS, adx_document, data_value_sets
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, REPORT_DATE
from tests.province.helpers import ON_TIME, delivered, make_submissions

PAPER_DAY = dt.date(2026, 6, 17)  # the date printed on the format-1 reports below
TIME = re.compile(r"\d\d:\d\d \d\d/\d\d/\d{4}")  # "09:00 24/06/2026"


def _format_1(tmp_path, folder, code: str, *, approve: bool) -> object:
    """A report of unit `code` as an installation older than signing writes it: format 1, no
    signature, no approval time; dated PAPER_DAY. Saved into `folder` on ON_TIME."""
    ws, subs = make_submissions(tmp_path / f"xa-{code}", [code], PERIOD, approve=approve, sign=False,
                                data_dir=tmp_path / f"db-{code}")
    ws.close()
    sub = replace(subs[code], format_version=1, public_key="", signature="", approved_by="", approved_at="",
                  chain_head="", report_date=PAPER_DAY)
    delivered(write_submission(sub, folder / f"{PERIOD}_{code}_dinh-dang-1.xlsx"), ON_TIME)
    return sub


def _unused_units(office, inbox, n: int) -> list[str]:
    """Units the shared inbox holds no file of."""
    used = set(inbox["kept"]) | {inbox["tampered"]}
    return [c.code for c in reversed(office.catalog.communes) if c.code not in used][:n]


@pytest.fixture(scope="module")
def month(inbox, tmp_path_factory):
    """The shared inbox (valid reports, each signed by a key the province has not confirmed yet,
    one late, one draft, one file refused as altered) and a format-1 report waiting for the
    province's acceptance, read by a new province office."""
    root = tmp_path_factory.mktemp("thang")
    folder = root / "hop-thu"
    shutil.copytree(inbox["folder"], folder)  # copy2: each file keeps the day it arrived
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    [waiting] = _unused_units(office, inbox, 1)
    sub = _format_1(root, folder, waiting, approve=True)
    office.intake(folder, PERIOD)
    con = office.consolidation(PERIOD)
    yield {"office": office, "con": con, "waiting": sub.unit_code}
    office.close()


def _flat(text: str) -> str:
    return " ".join(text.split())


def _section_one(con) -> str:
    pdf = render_pdf(con, report_date=REPORT_DATE)
    text = _flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    return text.split("I. TÌNH HÌNH GỬI BÁO CÁO")[1].split("II. KẾT QUẢ THỰC HIỆN")[0]


def _workbook_line(con, tmp_path) -> str:
    """The completeness line under each sheet's title (row 3)."""
    ws = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))[SHEET_COMPLETENESS]
    return ws["A3"].value


def _lines(section: str) -> dict[str, str]:
    """Section I's lines "- Đã nhận …", "- Chưa ký …", "- Chưa gửi …", by their first words."""
    found = {}
    for line in re.split(r"(?:^| )- (?=[A-ZĐ])", section)[1:]:
        found[" ".join(line.split()[:2])] = line
    return found


def test_section_one_of_the_paper_accounts_for_every_unit(month, tmp_path):
    """Received, unsigned waiting for acceptance and not sent add up to the 92 units; the unit
    whose unsigned file waits is named; the units whose key awaits confirmation are counted."""
    con, c = month["con"], month["con"].completeness.counts
    assert c["unsigned"] == 1 and c["pending"] and c["refused"] == 1 and c["draft"] and c["late"]
    lines = _lines(_section_one(con))
    assert set(lines) == {"Đã nhận", "Chưa ký", "Chưa gửi"}
    received = int(re.match(r"Đã nhận (\d+)/92", lines["Đã nhận"])[1])
    unsigned = int(re.match(r"Chưa ký chờ chấp nhận (\d+)", lines["Chưa ký"])[1])
    missing = int(re.match(r"Chưa gửi (\d+)", lines["Chưa gửi"])[1])
    assert received + unsigned + missing == 92
    assert (received, unsigned, missing) == (c["received"], c["unsigned"], c["missing"])
    names = {u.code: running_name(u.name) for u in con.completeness.units}  # in running text: "xã …"
    assert names[month["waiting"]] in lines["Chưa ký"] and names[month["waiting"]] not in lines["Chưa gửi"]
    assert "chưa tính vào tổng hợp" in lines["Chưa ký"] and "được tính vào tổng hợp" in lines["Đã nhận"]
    # the units whose key awaits confirmation are counted: the office's own list is the workbook's
    assert con.completeness.words("pending") in lines["Đã nhận"]
    assert not any(running_name(u.name) in lines["Đã nhận"] for u in con.completeness.units_in("pending")
                   if u.code not in {v.code for v in con.completeness.units_in("late") + con.completeness.units_in("draft")})
    for u in con.completeness.units_in("missing"):
        assert running_name(u.name) in lines["Chưa gửi"]


def test_the_paper_says_each_figure_as_the_workbook_and_the_command_line_do(month, tmp_path):
    """"3 đơn vị có khóa chờ xác nhận", "chưa ký chờ chấp nhận 1"…: one wording, the core's,
    in section I, in the workbook's line and in what the command line prints (`text`)."""
    con = month["con"]
    cm = con.completeness
    section, line = _section_one(con).lower(), _workbook_line(con, tmp_path)
    assert line == f"Tình hình gửi báo cáo: {cm.text}."
    said = cm.text[:1].lower() + cm.text[1:]
    for figure in ("received", "late", "draft", "pending", "unsigned", "missing", "refused"):
        words = cm.words(figure)  # "đã nhận 14/92", "15 đơn vị có khóa chờ xác nhận"…
        assert words in said, figure
        assert words in section, figure


def test_a_refused_file_is_said_among_the_units_not_sent(month, tmp_path):
    """The unit whose file was refused (altered) is one of those not sent: the line says so right
    after that figure, never after the units with a key awaiting confirmation."""
    con = month["con"]
    c = con.completeness.counts
    text = con.completeness.text
    assert f"chưa gửi {c['missing']} (trong đó 1 đơn vị có tệp bị từ chối)," in text
    assert text.index("trong đó") < text.index("đơn vị có khóa chờ xác nhận")
    assert not text.endswith(")")
    assert f"Tình hình gửi báo cáo: {text}." == _workbook_line(con, tmp_path)
    lines = _lines(_section_one(con))
    assert lines["Chưa gửi"].startswith(f"Chưa gửi {c['missing']} (trong đó 1 đơn vị có tệp bị từ chối):")
    [refused] = con.completeness.units_in("refused")
    assert f"{running_name(refused.name)} (bị từ chối)" in lines["Chưa gửi"]


def test_workbook_times_read_as_every_other_document_prints_them(month, tmp_path):
    """"Thời điểm lập tệp", "Thời điểm đọc tệp" and the intake log's "Thời điểm" read "09:00
    24/06/2026", never "2026-06-24T09:00:00+07:00"."""
    con = month["con"]
    wb = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))
    ws = wb[SHEET_COMPLETENESS]
    assert [ws.cell(5, col).value for col in (8, 9)] == ["Thời điểm lập tệp", "Thời điểm đọc tệp"]
    by_code = {ws.cell(r, 2).value: r for r in range(6, 6 + len(con.completeness.units))}
    kept = [u for u in con.completeness.units if u.generated_at]
    assert kept
    for u in kept:
        made, read = (ws.cell(by_code[u.code], col).value for col in (8, 9))
        assert TIME.fullmatch(made) and TIME.fullmatch(read), (made, read)
        assert (made, read) == (when_text(u.generated_at), when_text(u.received_at))
    sent = ON_TIME.strftime("%d/%m/%Y")  # the inbox's reports were made on the day they were sent
    assert any(ws.cell(by_code[u.code], 8).value.endswith(sent) for u in kept)
    [refused] = con.completeness.units_in("refused")  # its file was read, though not kept
    assert ws.cell(by_code[refused.code], 9).value == when_text(refused.received_at)
    silent = [u for u in con.completeness.units_in("missing") if not u.received_at]
    assert silent and all(ws.cell(by_code[u.code], col).value is None for u in silent for col in (8, 9))
    log = wb[SHEET_INTAKE]
    assert log.cell(5, 2).value == "Thời điểm"
    times = [log.cell(r, 2).value for r in range(6, 6 + len(con.intake_log))]
    assert times and all(TIME.fullmatch(t) for t in times), times
    assert times == [when_text(row.at) for row in con.intake_log]


def test_an_approved_format_1_file_is_complete_in_dhis2_on_its_report_date(office, inbox, tmp_path):
    """A format-1 file states no approval time: once accepted, an approved one is complete in
    DHIS2 and ADX on the date printed on its report; a draft stays open (no completeDate)."""
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    approved_code, draft_code = _unused_units(office, inbox, 2)
    _format_1(tmp_path, folder, approved_code, approve=True)
    _format_1(tmp_path, folder, draft_code, approve=False)
    office.intake(folder, PERIOD)
    for code in (approved_code, draft_code):
        office.accept_unsigned(code, PERIOD)
    con = office.consolidation(PERIOD)
    sets = {s["orgUnit"]: s for s in data_value_sets(con)}
    assert sets[approved_code]["completeDate"] == PAPER_DAY.isoformat() == "2026-06-17"
    assert "completeDate" not in sets[draft_code]
    groups = {g.get("orgUnit"): g for g in ET.fromstring(adx_document(con)).iter(f"{{{ADX_NS}}}group")}
    assert groups[approved_code].get("completeDate") == "2026-06-17"
    assert groups[draft_code].get("completeDate") is None


def test_a_set_of_units_larger_than_the_paper_can_name_is_counted_beyond_its_first_names(month, monkeypatch):
    """The province's 92 are all named; a far larger set (a national benchmark's 3.321, each
    late) is named up to NAMED_AT_MOST, the rest counted and left to the workbook's list."""
    import exports.consolidated_pdf as consolidated_pdf

    con = month["con"]
    missing = con.completeness.units_in("missing")
    assert len(missing) <= consolidated_pdf.NAMED_AT_MOST  # 92 units: every one named
    monkeypatch.setattr(consolidated_pdf, "NAMED_AT_MOST", 3)
    line = _lines(_section_one(con))["Chưa gửi"]
    assert all(running_name(u.name) in line for u in missing[:3]) and running_name(missing[3].name) not in line
    assert f"và {len(missing) - 3} đơn vị khác (xem biểu Tình hình gửi báo cáo)" in line
