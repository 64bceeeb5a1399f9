"""A refused file is dated by the day it was received, not the day the program read it (F2, walk 29
M2): the intake log records every file's date of receipt (schema 15), so a key whose only file was
refused (a reinstalled laptop's, "Chữ ký không khớp") reads "Nhận lần đầu 22/06/2026" in the key
register and `chitieu keys list` for a batch received on 22/06 and read today, as do the unit's note
and the confirmation that names the file (it said "đọc 05/12/2026", "đọc lúc …")."""
from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt

from desktop_app.cli import run
from desktop_app.core.intake import FileClass
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions
from ui.i18n import translate
from ui.province_key_lists import KeysModel

RECEIVED = dt.date(2026, 6, 19)  # A's laptop's batch
REINSTALLED = dt.date(2026, 6, 22)  # the reinstalled laptop's, read months later


def _two_laptops(tmp_path) -> str:
    """A's report from its laptop, then from a reinstalled one (another key), each in its folder."""
    (a,) = pick_units(1, 0)
    for laptop in ("may-a", "may-cai-lai"):
        ws, _ = make_submissions(tmp_path / laptop, [a], PERIOD, data_dir=tmp_path / f"{laptop}-db")
        ws.close()
    return a


def _row(office, code):
    return next(u for u in office.checked_completeness(PERIOD).units if u.code == code)


def test_the_register_and_the_note_give_the_refused_file_s_date_of_receipt(office, tmp_path, qapp):
    a = _two_laptops(tmp_path)
    office.intake(tmp_path / "may-a", PERIOD, received=RECEIVED)
    [refused] = office.intake(tmp_path / "may-cai-lai", PERIOD, received=REINSTALLED).results
    assert refused.class_ == FileClass.CHU_KY_KHONG_KHOP and refused.received_on == "2026-06-22"
    first, new = office.keys(a)
    assert (first.first_received, first.none_stored) == ("2026-06-19", False)
    assert (new.first_received, new.none_stored) == ("2026-06-22", True)

    model = KeysModel()
    model.set_rows([first, new])
    cell = model.index(1, KeysModel.FIRST_SEEN)
    assert cell.data() == "22/06/2026"  # it was "đọc 05/12/2026", the day read
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{refused.file_name}: tệp đầu tiên ký bằng khóa này, đọc lúc ")
    assert tip.endswith(translate("KeysTab", ". No file signed by this key is stored (its files were refused): "
                                             "the date shown is the day this file was received."))
    assert model.index(0, KeysModel.FIRST_SEEN).data() == "19/06/2026"

    # the unit's note in "Tình hình gửi" (and the consolidated workbook's Ghi chú) dates the file so too
    note = _row(office, a).reason
    assert f"tệp {refused.file_name} (nhận 22/06/2026) ký bằng khóa này đã bị từ chối" in note, note
    assert "đọc lúc" not in note

    # and so does the confirmation naming the file refused before, in both languages
    confirmed = office.confirm_key(a, new.key_code)
    assert f"{refused.file_name} (6 tháng đầu năm 2026, nhận 22/06/2026)" in confirmed.refused
    assert f"{refused.file_name} (first 6 months of 2026, received on 22/06/2026)" in confirmed.refused.en


def test_the_command_line_reads_the_batch_and_lists_the_key_with_its_date(office, tmp_path, capsys):
    a = _two_laptops(tmp_path)
    office.close()
    data = str(tmp_path / "tinh")
    assert run(["--data-dir", data, "consolidate", str(tmp_path / "may-a"), "--period", PERIOD,
                "--received", "19/06/2026"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", data, "consolidate", str(tmp_path / "may-cai-lai"), "--period", PERIOD,
                "--received", "22/06/2026", "--json"]) == 0
    [refused] = json.loads(capsys.readouterr().out)["files"]
    assert refused["class"] == "Chữ ký không khớp" and refused["received_on"] == "2026-06-22"

    assert run(["--data-dir", data, "keys", "list", a]) == 0
    first, new = capsys.readouterr().out.splitlines()
    assert "nhận lần đầu 19/06/2026 (" in first and "từ chối" not in first
    assert f"nhận lần đầu 22/06/2026 ({refused['file']}, đọc lúc " in new
    assert new.split(")")[0].endswith("; tệp bị từ chối, chưa lưu tệp nào ký bằng khóa này")
    assert "đọc tệp đầu tiên" not in new

    # the log line itself, as the program wrote it
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    try:
        assert [(r.file_name, r.arrived_on) for r in office.store.intake_log()] == [
            (f"{PERIOD}_{a}_xa-tan-cuong.xlsx", "2026-06-19"), (refused["file"], "2026-06-22")]
    finally:
        office.close()
