"""A province database of schema 14 (tests/db/data/schema14_province.db: its intake log recorded no
date of receipt) opens in this version: upgraded to the log with `arrived_on` (schema 15), its audit
chain intact (the old lines' states are as recorded: nothing taken in again), its old lines dated as
they were, "đọc …", the day read, the only thing known of them; lines written from then on carry
their date of receipt, in the chain: a date put on an old line, or taken off a new one, with sqlite3
is named by `audit verify` and not shown. A backup of that schema is still read for its changes."""
from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

from db import backup
from db.schema import SCHEMA_VERSION
from desktop_app.cli import run
from desktop_app.core.intake import FileClass, vietnam_day
from desktop_app.core.periods import format_date
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed, submission_from_json
from desktop_app.province import ProvinceOffice
from exports.submission_xlsx import write_submission
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD
from tests.province.helpers import ON_TIME, delivered
from ui.i18n import translate
from ui.province_key_lists import KeysModel

OLD = Path(__file__).parents[1] / "db" / "data" / "schema14_province.db"
UNIT = "05503"  # Xã Tân Cương: its key pending (19/06/2026), the reinstalled laptop's refused (22/06/2026)


def _old(tmp_path) -> Path:
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(OLD, folder / "chitieu.db")
    return folder


def _open(folder) -> ProvinceOffice:
    return ProvinceOffice.open(folder, user="van-thu")


def _another_laptop(office, tmp_path) -> str:
    """A's report from a third laptop (another key), received on 23/06/2026: refused, dated."""
    _row, canonical, document = office.store.received_document(office.store.received(PERIOD)[0].id)
    first = submission_from_json(canonical, document)
    folder = tmp_path / "may-thu-ba"
    folder.mkdir()
    made = dt.datetime.fromisoformat(first.generated_at) + dt.timedelta(hours=2)
    third = signed(replace(first, generated_at=made.isoformat(timespec="seconds")), new_private_key())
    delivered(write_submission(third, folder / "may-thu-ba.xlsx"), ON_TIME)
    [refused] = office.intake(folder, PERIOD, received=dt.date(2026, 6, 23)).results
    assert refused.class_ == FileClass.CHU_KY_KHONG_KHOP
    return refused.file_name


def test_a_schema_14_database_upgrades_its_old_lines_shown_as_read(tmp_path, qapp, capsys):
    folder = _old(tmp_path)
    assert backup.tampering(folder / "chitieu.db") == []  # an older backup is still read for its changes
    office = _open(folder)
    try:
        assert office.store.schema_version == SCHEMA_VERSION >= 17
        assert office.store.verify_integrity() == []  # the old lines' states as the chain recorded them
        log = office.store.intake_log()
        assert [(r.file_name, r.arrived_on) for r in log] == [
            (f"{PERIOD}_{UNIT}_xa-tan-cuong.xlsx", None), ("may-cai-lai.xlsx", None), ("rac.xlsx", None)]
        stored, old = office.keys(UNIT)
        assert (stored.first_received, old.first_received, old.none_stored) == ("2026-06-19", None, True)
        read_day = format_date(vietnam_day(old.first_seen))

        model = KeysModel()
        model.set_rows([stored, old])
        assert model.index(0, KeysModel.FIRST_SEEN).data() == "19/06/2026"
        # the honest reading day, for a line written before the date was recorded
        assert model.index(1, KeysModel.FIRST_SEEN).data() == translate("KeysTab", "read {date}").format(
            date=read_day)
        assert "đọc lúc" in _note(office)

        third = _another_laptop(office, tmp_path)
        assert [(r.file_name, r.arrived_on) for r in office.store.intake_log()][-1] == (third, "2026-06-23")
        newest = office.keys(UNIT)[-1]
        assert (newest.first_file, newest.first_received, newest.none_stored) == (third, "2026-06-23", True)
        note = _note(office)
        assert "tệp may-cai-lai.xlsx (đọc lúc " in note and f"tệp {third} (nhận 23/06/2026)" in note
        assert office.store.verify_integrity() == []
    finally:
        office.close()

    assert run(["--data-dir", str(folder), "keys", "list", UNIT]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "nhận lần đầu 19/06/2026 (" in lines[0]
    assert "đọc tệp đầu tiên lúc " in lines[1] and "(may-cai-lai.xlsx, chưa lưu tệp nào ký bằng khóa này, nên không " \
                                                 "có ngày nhận)" in lines[1]
    assert f"nhận lần đầu 23/06/2026 ({third}, đọc lúc " in lines[2]


def _note(office) -> str:
    return next(u for u in office.checked_completeness(PERIOD).units if u.code == UNIT).reason


def test_a_date_put_on_an_old_line_or_taken_off_a_new_one_is_found(tmp_path):
    folder = _old(tmp_path)
    office = _open(folder)
    try:
        third = _another_laptop(office, tmp_path)
    finally:
        office.close()
    edit_with_sqlite3(folder, "UPDATE intake_log SET arrived_on = '2026-06-10' WHERE file_name = 'may-cai-lai.xlsx'",
                      f"UPDATE intake_log SET arrived_on = NULL WHERE file_name = '{third}'")
    office = _open(folder)
    try:
        found = [t.message for t in office.store.verify_integrity()]
        assert found == ["Dòng số 2 của nhật ký nhận tệp (tệp may-cai-lai.xlsx) đã bị sửa ngoài chương trình.",
                         f"Dòng số 4 của nhật ký nhận tệp (tệp {third}) đã bị sửa ngoài chương trình."], found
        # neither shown: the lines are not as the program wrote them
        assert [k.first_received for k in office.keys(UNIT)] == ["2026-06-19", None, None]
    finally:
        office.close()
