"""Red-team 29, LOW: one sender could flood another unit's Ghi chú. 150 copies renamed with B's code
gave B 151 sentences (50.763 characters); 40 files in B's name signed by fresh keys gave 40
invitations to confirm a key; the workbook's cell was then cut by Excel at 32.767 characters
mid-name. A note names at most 3 files, or 3 waiting keys, and counts the rest; the workbook cuts a
longer note with '…'."""
from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace

from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from exports.cell_limit import CUT_AT
from exports.consolidated_xlsx import _note
from exports.submission_xlsx import write_submission
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions


def _note_of(office, code):
    return next(u.reason for u in office.checked_completeness(PERIOD).units if u.code == code)


def test_files_renamed_for_another_unit_are_named_three_then_counted(office, tmp_path):
    a, b = pick_units(2, 0)
    folder = tmp_path / "in"
    ws, written = make_submissions(folder, [a], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    for i in range(5):
        shutil.copy2(folder / f"{written[a].file_stem}.xlsx", folder / f"{b}_{i:02d}.xlsx")
    office.intake(folder, PERIOD)
    note = _note_of(office, b)
    assert note.count("Một tệp mang mã đơn vị này") == 3
    assert note.endswith("… và 2 tệp khác (xem Kết quả nhận tệp).")


def test_files_signed_by_fresh_keys_name_three_keys_then_count(office, tmp_path):
    (b,) = pick_units(1, 0)
    ws, subs = make_submissions(tmp_path / "real", [b], PERIOD, data_dir=tmp_path / "db")
    ws.close()
    office.intake(tmp_path / "real", PERIOD, received=dt.date(2026, 6, 18))
    office.confirm_key(b, office.keys(b)[0].key_code)
    evil = tmp_path / "evil"
    evil.mkdir()
    made = dt.datetime.fromisoformat(subs[b].generated_at)
    for i in range(5):
        forged = signed(replace(subs[b], generated_at=(made + dt.timedelta(minutes=i + 1)).isoformat()), new_private_key())
        write_submission(forged, evil / f"{b}_{i:02d}.xlsx")
    office.intake(evil, PERIOD, received=dt.date(2026, 6, 19))
    note = _note_of(office, b)
    assert note.count("Khóa khác của đơn vị chờ xác nhận") == 3 and note.count("rồi xác nhận khóa") == 3
    assert note.endswith("… và 2 khóa khác chờ xác nhận (xem Kết quả nhận tệp).")


def test_the_workbook_cuts_a_note_over_a_cell_with_a_mark():
    assert _note("ngắn (chitieu keys confirm 05503 ABCD)") == "ngắn"
    cut = _note("x" * 40_000)
    assert len(cut) <= 32_767 and cut == "x" * CUT_AT + f"… (còn {40_000 - CUT_AT} ký tự)"
