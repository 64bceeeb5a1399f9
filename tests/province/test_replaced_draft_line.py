"""A unit's draft read in one run ("Hợp lệ (dự thảo)"), then its approved report with the same figures (the same
fingerprint) read in a later run: each line says what its file was when read, from the approval of the version the
line names (`IntakeLine.approved`), not from what the unit's kept version is now. The consolidated workbook's "Kết quả
nhận tệp" printed the draft's line plain "Hợp lệ" once the approved report was kept (R22 F3); the window's tab, opened
on the records (`recorded_run`), said "Hợp lệ (dự thảo)" of every valid file, approved or not."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from desktop_app.core.intake_results import COUNTED_DRAFT, file_result_word
from desktop_app.province import ProvinceOffice
from exports.consolidated_xlsx import write_consolidated
from exports.intake_results_sheet import INTAKE_HEADERS, SHEET_INTAKE
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD
from tests.province.helpers import ON_TIME, as_unit, delivered, make_submissions, sign_with


def _lines(path) -> list[tuple]:
    """(run, file, result) of each line of the workbook's "Kết quả nhận tệp"."""
    rows = list(load_workbook(path)[SHEET_INTAKE].iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[:len(INTAKE_HEADERS)] == INTAKE_HEADERS)
    return [(r[0], r[2], r[3]) for r in rows[head + 1:] if r[0] is not None]


def test_a_draft_replaced_by_its_approved_report_keeps_its_word(tmp_path, qapp):
    from ui import i18n
    from ui.province_labels import result_label

    i18n.install_language(i18n.VIETNAMESE)
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    unit = office.catalog.communes[0].code
    ws, _ = make_submissions(tmp_path / "in1", [unit], PERIOD, approve=False, data_dir=tmp_path / "db")
    first = office.intake(tmp_path / "in1", PERIOD)
    assert [file_result_word(r) for r in first.results] == [COUNTED_DRAFT]
    recorded = office.recorded_run(PERIOD).run.results  # the window opened again on the records
    assert [(file_result_word(r), result_label(r)) for r in recorded] == [(COUNTED_DRAFT, COUNTED_DRAFT)]

    as_unit(ws, unit)
    ws.complete(PERIOD)
    ws.approve(PERIOD)
    sub = sign_with(ws.submission(PERIOD, approved=True, generated_at=ON_TIME + dt.timedelta(hours=3)),
                    ws.signing_key())
    (tmp_path / "in2").mkdir()
    delivered(write_submission(sub, tmp_path / "in2" / f"{sub.file_stem}.xlsx"), ON_TIME + dt.timedelta(hours=3))
    second = office.intake(tmp_path / "in2", PERIOD)
    assert [file_result_word(r) for r in second.results] == ["Hợp lệ"]
    assert second.results[0].fingerprint == first.results[0].fingerprint  # the same figures
    recorded = office.recorded_run(PERIOD).run.results
    assert [(file_result_word(r), result_label(r)) for r in recorded] == [("Hợp lệ", "Hợp lệ")]

    lines = _lines(write_consolidated(office.consolidation(PERIOD), tmp_path / "tong-hop.xlsx"))
    name = first.results[0].file_name
    assert lines == [(1, name, COUNTED_DRAFT), (2, second.results[0].file_name, "Hợp lệ")]
    ws.close()
    office.close()
