"""One e-mailed file with U+FFFE in a text the intake quotes stopped the consolidated workbook of
its period for good (red-team 17, F1): the quote was stored in the intake log, the workbook's
"Kết quả nhận tệp" writes every run's reasons, and lxml refuses U+FFFE. The quote is stored
without it; a reason stored so by an older version is written without it."""
from __future__ import annotations

from openpyxl import load_workbook

from desktop_app.province import ProvinceOffice
from exports.consolidated_sheet import without_commands
from exports.intake_results_sheet import SHEET_INTAKE
from tests.province.conftest import PERIOD
from tests.province.helpers import make_submissions, with_part

INFO_PART = "xl/worksheets/sheet3.xml"  # "Thông tin"


def _reasons(path) -> list[str]:
    ws = load_workbook(path)[SHEET_INTAKE]
    header = [c.value for c in ws[5]]
    return [row[header.index("Lý do")] or "" for row in ws.iter_rows(min_row=6, values_only=True)]


def _office(root) -> ProvinceOffice:
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    return office


def test_a_file_stating_its_code_with_u_fffe_leaves_the_workbook_written(tmp_path):
    """The file's "Mã xác thực (SHA-256)" on "Thông tin" holds U+FFFE and U+FFFF (red-team 17's
    file): refused as changed, its quote without them; the workbook is written, then and after."""
    ws, subs = make_submissions(tmp_path / "xa", ["05503"], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    sub = subs["05503"]
    code = sub.fingerprint
    changed = with_part(tmp_path / "xa" / f"{sub.file_stem}.xlsx", INFO_PART,
                        lambda xml: xml.replace(f"<t>{code}</t>".encode(),
                                                f"<t>{code[:4]}\ufffe\uffff{code[4:-1]}</t>".encode()))
    assert changed != (tmp_path / "xa" / f"{sub.file_stem}.xlsx").read_bytes()
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    (inbox / f"{sub.file_stem}.xlsx").write_bytes(changed)
    empty = tmp_path / "trong"
    empty.mkdir()
    office = _office(tmp_path)
    try:
        office.intake(inbox, PERIOD)
        [log] = office.store.intake_log(period=PERIOD)
        path = office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx")
        office.intake(empty, PERIOD)  # read again later, the file gone: the workbook still written
        again = office.export_xlsx(PERIOD, tmp_path / "tong-hop-2.xlsx")
    finally:
        office.close()
    assert log.class_ == "Đã bị sửa"
    assert "\ufffe" not in log.reason and "\uffff" not in log.reason
    assert _reasons(path) == _reasons(again) == [without_commands(log.reason)]


def test_a_reason_stored_with_u_fffe_by_an_older_version_is_written_without_it(tmp_path):
    ws, _ = make_submissions(tmp_path / "xa", ["05503"], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    office = _office(tmp_path)
    try:
        office.intake(tmp_path / "xa", PERIOD)
        [log] = office.store.intake_log(period=PERIOD)
        with office.store.transaction():  # as an older version stored a quote of the file
            office.store.set_intake_reason(log.id, log.reason + ' Tệp ghi "d1d2\ufffe\uffff0e18".')
        path = office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx")
    finally:
        office.close()
    assert _reasons(path) == [without_commands(log.reason) + ' Tệp ghi "d1d20e18".']
