"""Every line of the intake log the consolidated workbook prints ("Kết quả nhận tệp", built from
`IntakeLine`) carries the date of receipt of the version its file was stored as, a version since
replaced or received and not kept too: only the unit's listed version had one (the sheet looked
it up among "Tình hình gửi báo cáo"'s units), so a replaced version showed no date. A refused
file, never stored, has none: the log keeps no date of receipt for it."""
from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace

from desktop_app.core.intake import FileClass
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import later, make_submissions


def _folder(path, files: dict):
    path.mkdir()
    for name, src in files.items():
        if isinstance(src, bytes):
            (path / name).write_bytes(src)
        elif hasattr(src, "file_stem"):
            write_submission(src, path / name)
        else:
            shutil.copy2(src, path / name)
    return path


def test_every_stored_line_has_its_date_of_receipt(office, tmp_path):
    a, b = pick_units(2, 0)
    ws, subs = make_submissions(tmp_path / "out", [a, b], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    first = tmp_path / "out" / f"{subs[a].file_stem}.xlsx"
    corrected = later(subs[a], 60, items=tuple(replace(i, value="12345", input_value="12345", value_text="12.345")
                                               if i.code == "thu_ngan_sach" else i for i in subs[a].items))
    office.intake(_folder(tmp_path / "d1", {"a-lan-1.xlsx": first, "b.xlsx": subs[b]}), PERIOD,
                  received=dt.date(2026, 6, 18))
    office.intake(_folder(tmp_path / "d2", {"a-lan-2.xlsx": corrected,
                                            "hong.xlsx": b"PK\x03\x04 not a workbook " * 20}), PERIOD,
                  received=dt.date(2026, 6, 19))
    office.intake(_folder(tmp_path / "d3", {"a-lan-1-ban-sao.xlsx": first}), PERIOD, received=dt.date(2026, 6, 22))
    lines = {line.file_name: line for line in office.consolidation(PERIOD).intake_log}
    said = {name: (line.class_, line.received_on) for name, line in lines.items()}
    assert lines["a-lan-1.xlsx"].fingerprint != lines["a-lan-2.xlsx"].fingerprint  # figures corrected
    assert said == {
        "a-lan-1.xlsx": (FileClass.HOP_LE, "2026-06-18"),  # replaced the next day: its own date
        "b.xlsx": (FileClass.HOP_LE, "2026-06-18"),
        "a-lan-2.xlsx": (FileClass.HOP_LE, "2026-06-19"),
        "hong.xlsx": (FileClass.TEP_HONG, None),  # refused: not stored, no date kept
        "a-lan-1-ban-sao.xlsx": (FileClass.TRUNG, "2026-06-18"),  # the version it was found as
    }


def test_the_workbook_dates_a_replaced_version_and_its_copy(office, tmp_path):
    """"Kết quả nhận tệp", column "Ngày nhận (tính hạn)": the version replaced the next day keeps the
    date it was received, and so does its copy found again later (both were empty); the corrected
    version its own; the broken file the day it arrived (it was empty)."""
    from openpyxl import load_workbook

    from exports.intake_results_sheet import SHEET_INTAKE

    a, = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path / "out", [a], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    first = tmp_path / "out" / f"{subs[a].file_stem}.xlsx"
    corrected = later(subs[a], 60, items=tuple(replace(i, value="12345", input_value="12345", value_text="12.345")
                                               if i.code == "thu_ngan_sach" else i for i in subs[a].items))
    office.intake(_folder(tmp_path / "d1", {"a-lan-1.xlsx": first}), PERIOD, received=dt.date(2026, 6, 18))
    office.intake(_folder(tmp_path / "d2", {"a-lan-2.xlsx": corrected,
                                            "hong.xlsx": b"PK\x03\x04 not a workbook " * 20}), PERIOD,
                  received=dt.date(2026, 6, 19))
    office.intake(_folder(tmp_path / "d3", {"a-lan-1-ban-sao.xlsx": first}), PERIOD, received=dt.date(2026, 6, 22))
    sheet = load_workbook(office.export_xlsx(PERIOD, tmp_path / "tong-hop.xlsx"))[SHEET_INTAKE]
    header = [c.value for c in sheet[5]]
    dates = {r[2].value: r[header.index("Ngày nhận (tính hạn)")].value for r in sheet.iter_rows(min_row=6)}
    assert {name: day and day.strftime("%d/%m/%Y") for name, day in dates.items()} == {
        "a-lan-1.xlsx": "18/06/2026", "a-lan-2.xlsx": "19/06/2026", "hong.xlsx": "19/06/2026",
        "a-lan-1-ban-sao.xlsx": "18/06/2026"}
