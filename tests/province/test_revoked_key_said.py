"""A unit's file after the province revoked its key (walk h8: Xã Đại Phúc's report, received on time
on 18/06/2026, its paper printing another code than the key that signed it; the key revoked, the
folder read again with the date 22/06/2026 typed).

#1: the file was classed "Chữ ký không khớp", the class of a file signed by another key than the
unit's (a possible forgery), in the table, the tab's heading and the status bar, only its reason
saying the key was revoked: it is "Khóa đã thu hồi" now, stored so (schema 16), everywhere the
class is read. #2: the completeness line and the report's page 1 said "chưa gửi 2 (trong đó 1 đơn
vị có tệp bị từ chối) … xã Đại Phúc (bị từ chối)": they say why. #3: the refused file read again
said "22/06/2026, trễ hạn"; it is dated by the day the same file first arrived, 18/06/2026."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.intake import FileClass
from desktop_app.core.reconfirm import RevokedAgain
from exports.intake_results_sheet import SHEET_INTAKE
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units, tamper
from tests.province.helpers import ON_TIME, delivered, later, make_submissions

DAI_PHUC = "05488"
FIRST, AGAIN = dt.date(2026, 6, 18), dt.date(2026, 6, 22)
TODAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """A folder of Xã Đại Phúc's report and two other units', each signed by its unit's key, and Đại
    Phúc's submission; beside the folder, a fourth unit's report (`_tampered`)."""
    root = tmp_path_factory.mktemp("revoked-said")
    units = [DAI_PHUC, *(code for code in pick_units(4, 0) if code != DAI_PHUC)][:4]
    ws, subs = make_submissions(root / "thu-muc", units[:3], PERIOD, data_dir=root / "db")
    ws.close()
    ws, _ = make_submissions(root / "khac", units[3:], PERIOD, data_dir=root / "db2")
    ws.close()
    for path in (root / "thu-muc").glob("*.xlsx"):
        delivered(path, ON_TIME)
    return {"folder": root / "thu-muc", "dai_phuc": subs[DAI_PHUC]}


@pytest.fixture
def folder(reports):
    return reports["folder"]


def _tampered(folder, to, new="99999"):
    """A folder holding the fourth unit's report with a figure changed (refused), its only file."""
    to.mkdir()
    [report] = (folder.parent / "khac").glob("*.xlsx")
    tamper(report, to / "da-sua.xlsx", new=new)
    return to


def _name(folder) -> str:
    return next(p.name for p in folder.glob(f"*_{DAI_PHUC}_*.xlsx"))


def _read_after_revoking(office, folder):
    """Received on 18/06, Đại Phúc's key revoked, the folder read again with 22/06 typed."""
    office.intake(folder, PERIOD, received=FIRST)
    office.revoke_key(DAI_PHUC)
    return office.intake(folder, PERIOD, received=AGAIN)


def test_the_file_is_said_signed_by_a_revoked_key(office, folder, tmp_path):
    run = _read_after_revoking(office, folder)
    [line] = [r for r in run.results if r.unit_code == DAI_PHUC]
    assert line.class_ == FileClass.KHOA_THU_HOI and not line.accepted
    assert "khóa này đã bị tỉnh thu hồi" in line.reason
    assert run.summary_text == "Đã đọc 3 tệp: Trùng 2, Khóa đã thu hồi 1."
    # as the log keeps it, and a window that did not read the folder shows it
    assert [log.class_ for log in office.store.intake_log() if log.unit_code == DAI_PHUC] == ["Hợp lệ", "Khóa đã thu hồi"]
    recorded = [r for r in office.recorded_run(PERIOD).run.results if r.unit_code == DAI_PHUC]
    assert [r.class_ for r in recorded] == [FileClass.KHOA_THU_HOI]
    # the consolidated workbook's "Kết quả nhận tệp"
    sheet = load_workbook(office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx"))[SHEET_INTAKE]
    header = [c.value for c in sheet[5]]
    rows = [dict(zip(header, r)) for r in sheet.iter_rows(min_row=6, values_only=True)]
    assert [r["Kết quả"] for r in rows if r["Tệp"] == _name(folder)] == [
        "Hợp lệ, không tính (khóa đã thu hồi)", "Khóa đã thu hồi"]
    assert "Chữ ký không khớp" not in [r["Kết quả"] for r in rows]


def test_a_key_confirmed_again_names_the_files_refused_while_it_was_revoked(office, reports, tmp_path):
    """The revocation a mistake: confirming the key again says which file to read again (a correction
    the unit sent meanwhile, refused), as it says of the files refused for another key
    (core/refused_before.py); the report received before it counts again by itself."""
    _read_after_revoking(office, reports["folder"])
    correction = tmp_path / "sua-lai"
    correction.mkdir()
    sub = reports["dai_phuc"]
    items = tuple(replace(i, value="12345", input_value="12345", value_text="12.345") if i.code == "thu_ngan_sach"
                  else i for i in sub.items)
    delivered(write_submission(later(sub, 60, items=items), correction / "sua-lai.xlsx"), ON_TIME)
    [refused] = office.intake(correction, PERIOD, received=AGAIN).results
    assert refused.class_ == FileClass.KHOA_THU_HOI
    code = reports["dai_phuc"].key_code
    with pytest.raises(RevokedAgain):  # never silently (walk U10, F1)
        office.confirm_key(DAI_PHUC, code)
    said = office.confirm_key(DAI_PHUC, code, again=True).refused
    assert f"Tệp ký bằng khóa mã {code} đã bị từ chối (Khóa đã thu hồi) trước khi xác nhận" in said
    assert "sua-lai.xlsx (6 tháng đầu năm 2026, nhận 22/06/2026)" in said
    assert _name(reports["folder"]) not in said


def test_the_completeness_says_why_the_unit_is_among_those_not_counted(office, folder, tmp_path):
    _read_after_revoking(office, folder)
    c = office.checked_completeness(PERIOD)
    assert (c.counts["missing"], c.counts["refused"], c.counts["revoked"]) == (90, 1, 1)  # what each counts, as before
    assert "chưa gửi 90 (trong đó 1 đơn vị có tệp bị từ chối vì khóa ký tệp đã bị tỉnh thu hồi)" in c.text
    pdf = office.export_pdf(PERIOD, tmp_path / "bao-cao.pdf", report_date=TODAY)
    page = " ".join(PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text().split())
    assert "Chưa gửi 90 (trong đó 1 đơn vị có tệp bị từ chối vì khóa ký tệp đã bị tỉnh thu hồi):" in page
    assert "xã Đại Phúc (bị từ chối, khóa ký đã bị tỉnh thu hồi)" in page


def test_other_refusals_are_said_as_before_and_apart(office, folder, tmp_path):
    """A unit refused for another reason (a tampered file, its only one) beside Đại Phúc: the refused
    are counted as before, the revoked among them said apart."""
    office.intake(_tampered(folder, tmp_path / "khac"), PERIOD, received=FIRST)
    _read_after_revoking(office, folder)
    c = office.checked_completeness(PERIOD)
    assert (c.counts["missing"], c.counts["refused"], c.counts["revoked"]) == (90, 2, 1)
    assert "chưa gửi 90 (trong đó 2 đơn vị có tệp bị từ chối, 1 đơn vị vì khóa ký tệp đã bị tỉnh thu hồi)" in c.text


def test_a_refused_file_read_again_is_dated_by_its_first_arrival(office, folder):
    run = _read_after_revoking(office, folder)
    [line] = [r for r in run.results if r.unit_code == DAI_PHUC]
    assert (line.received_on, line.late) == ("2026-06-18", False)
    assert "Cùng tệp này đã đến lần đầu ngày 18/06/2026: ngày nhận tính theo ngày đó." in line.reason
    assert [log.arrived_on for log in office.store.intake_log() if log.unit_code == DAI_PHUC] == ["2026-06-18"] * 2
    [shown] = [r for r in office.recorded_run(PERIOD).run.results if r.unit_code == DAI_PHUC]
    assert shown.received_on == "2026-06-18"


def test_a_file_refused_twice_keeps_its_first_date_another_its_own(office, folder, tmp_path):
    """A tampered file read with 18/06 typed, then again with 22/06: 18/06. Another file, refused the
    first time it is read, keeps the date typed."""
    once = _tampered(folder, tmp_path / "a")
    office.intake(once, PERIOD, received=FIRST)
    [again] = office.intake(once, PERIOD, received=AGAIN).results
    assert again.class_ == FileClass.DA_BI_SUA and again.received_on == "2026-06-18"
    [new] = office.intake(_tampered(folder, tmp_path / "b", new="88888"), PERIOD, received=AGAIN).results
    assert new.class_ == FileClass.DA_BI_SUA and new.received_on == "2026-06-22"


def test_the_window_says_the_key_was_revoked_and_the_first_arrival(qtbot, office, folder):
    """The folder read again in the window with 22/06 typed (walk h8, h8_58.png): the file's row, the
    tab's line over the table, the status bar and the counts over the tabs."""
    from PySide6.QtCore import Qt

    from ui.province_window import ProvinceWindow

    office.intake(folder, PERIOD, received=FIRST)
    office.revoke_key(DAI_PHUC)
    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=30000):
        w.start_intake(folder, AGAIN)
    model = w.intake_model
    row = next(r for r, f in enumerate(model.rows) if f.unit_code == DAI_PHUC)
    cells = {model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
             for c in range(model.columnCount())}
    assert cells["Kết quả"] == "Khóa đã thu hồi" and cells["Ngày nhận"] == "18/06/2026"
    for line in (w.intake_summary.text(), w.statusBar().currentMessage()):
        assert "Chữ ký không khớp" not in line and "Khóa đã thu hồi 1" in line, line
    assert "(trong đó 1 đơn vị có tệp bị từ chối)" not in w.counts.text()
    assert "(trong đó 1 đơn vị có tệp bị từ chối vì khóa ký tệp đã bị tỉnh thu hồi)" in w.counts.text()
