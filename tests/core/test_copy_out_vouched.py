"""The copy-out reminder believes only the program's own record (red-team R24): a record put in with sqlite3 is no
copy out, acknowledged or not (F1); a copy restored from a stick is recorded as what happened, dated when the copy
was taken (F5); a figure saved after the copy counts by the history's order, not the clock (F7)."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from desktop_app import backups, copied_out, restored_copy_out
from desktop_app.core.audit import describe
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.edited_outside import edit_with_sqlite3
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

NOT_WRITTEN = "được ghi ngoài chương trình, không phải chương trình ghi khi sao lưu"


def _approve(ws, period: str) -> None:
    as_(ws, "canbo")
    fill_year(ws, period, baselines=period == "2026")
    ws.complete(period)
    as_(ws, "lanhdao")
    ws.approve(period)


def _forged(office) -> str:
    step = max(h.id for h in office.store.history(office.commune.code))
    return json.dumps({"at": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "folder": "E:\\SaoLuu",
                       "last_step": step, "last_audit": 10**6})


def test_a_record_put_in_with_sqlite3_is_no_copy_out_even_acknowledged(office):  # noqa: F811
    _approve(office, "2026")
    edit_with_sqlite3(office.store.path, f"INSERT OR REPLACE INTO settings(key, value) VALUES ('last_copy_out', "
                                         f"'{_forged(office)}')")
    due = copied_out.due(office)
    assert due.untrusted and NOT_WRITTEN in due.why and "(ghi ngày " in due.why and "vào E:\\SaoLuu" in due.why
    assert due.short == "Cần sao lưu lại ra ngoài máy (USB)"
    as_(office, "admin")
    found = office.verify_history()
    assert [t.message for t in found] == ["Bản ghi lần sao lưu ra ngoài máy gần nhất đã được thêm ngoài chương trình."]
    assert found[0].en == "The record of the last backup outside this computer was added outside the program."
    office.acknowledge_changes(found)
    assert not office.verify_history()
    assert copied_out.due(office).untrusted  # "I saw it" is not "a copy was made"


def test_a_forged_audit_row_with_it_vouches_for_nothing(office):  # noqa: F811
    """The audit row a program would write, added too (unhashed, then with a made-up hash), and acknowledged."""
    _approve(office, "2026")
    value = _forged(office)
    said = str(json.loads(value)).replace("'", "''")
    edit_with_sqlite3(office.store.path,
                      f"INSERT OR REPLACE INTO settings(key, value) VALUES ('last_copy_out', '{value}')",
                      "INSERT INTO audit (at, user, action, field, new) VALUES ('2026-12-06T10:00:00', 'admin', "
                      f"'setting', 'last_copy_out', '{said}')")
    as_(office, "admin")
    office.acknowledge_changes(office.verify_history())
    assert copied_out.due(office).untrusted
    edit_with_sqlite3(office.store.path, "UPDATE audit SET hash = 'ab' || hash WHERE id = (SELECT max(id) FROM audit "
                                         "WHERE action = 'setting' AND field = 'last_copy_out')")
    assert copied_out.due(office).untrusted


def test_the_programs_copy_out_is_believed_again(office, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(copied_out, "same_disk", lambda folder, database: False)
    _approve(office, "2026")
    edit_with_sqlite3(office.store.path, f"INSERT OR REPLACE INTO settings(key, value) VALUES ('last_copy_out', "
                                         f"'{_forged(office)}')")
    as_(office, "admin")
    office.acknowledge_changes(office.verify_history())
    (tmp_path / "usb").mkdir()
    assert copied_out.copy_out(office, tmp_path / "usb").out
    assert copied_out.due(office) is None and not office.verify_history()


def test_a_figure_saved_in_the_second_of_the_copy_makes_the_month_count(office, tmp_path):  # noqa: F811
    """R24 F7: compared by the clock, a figure saved in the same second as the record (here: the record's clock a
    second ahead) never made the 30-day reminder due."""
    as_(office, "canbo")
    fill_year(office, "2026")
    copied_out.record(office, tmp_path / "usb", now=dt.datetime.now() + dt.timedelta(seconds=2))
    month = dt.datetime.now() + dt.timedelta(days=31)
    assert copied_out.due(office, now=month) is None  # nothing saved since
    office.set_entry("2026", "thu_ngan_sach", value="44.200")
    due = copied_out.due(office, now=month)
    assert due is not None and due.why.endswith("ngày chưa sao lưu ra ngoài máy, số liệu đã được lưu sau lần sao lưu đó.")


def test_a_copy_restored_from_a_stick_keeps_its_own_date(office, tmp_path, monkeypatch,  # noqa: F811
                                                         laptop_in_vietnam):
    """R24 F5: the change log said "Sao lưu ra ngoài máy <folder>, <restore time>" beside the restore, and the month
    counted from the restore: a copy months old read as one made today."""
    for module in (copied_out, restored_copy_out):
        monkeypatch.setattr(module, "same_disk", lambda folder, database: False)
    _approve(office, "2026")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = copied_out.copy_out(office, usb).path
    old = usb / "chitieu-20260901-083000-thu-cong.db"  # a copy taken on 01/09/2026
    shutil.move(made, old)
    as_(office, "admin")
    backups.restore(office, old)
    again = as_(Workspace.open(Path(office.store.path).parent), "admin")
    try:
        last = copied_out.last_copy_out(again)
        assert (last.at.date(), last.folder) == (dt.date(2026, 9, 1), str(usb))
        [line] = [ln for ln in describe(again.store.audit_rows(), again.catalog) if ln.action_code == "setting"
                  and ln.field_code.endswith("copy_out")]
        assert (line.action, line.field, line.new) == (
            "Khôi phục từ bản sao ngoài máy (tính là đã sao lưu ra ngoài)", "Thư mục, thời điểm sao lưu",
            f"{usb}, 01/09/2026 08:30")
        assert not again.verify_history()
        now = dt.datetime(2026, 12, 1, 9, 0)  # three months after the copy
        assert copied_out.due(again, now=now) is None  # the data are the copy's: nothing it lacks
        as_(again, "canbo")
        again.set_entry("2027", "thu_ngan_sach", value="44.200")
        due = copied_out.due(again, now=now)
        assert due is not None and due.why.startswith("Đã 91 ngày chưa sao lưu ra ngoài máy")
        assert due.last == "Lần sao lưu ra ngoài máy gần nhất: ngày 01/09/2026, vào " + str(usb) + "."
    finally:
        again.close()


def test_a_record_an_older_version_wrote_is_still_believed(office, tmp_path):  # noqa: F811
    """A record of e772411 (no "last_audit"), written with its audit row: believed, the figures saved after it read
    by the order of its own audit row."""
    as_(office, "canbo")
    fill_year(office, "2026")
    value = {"at": dt.datetime.now().astimezone().isoformat(timespec="seconds"), "folder": str(tmp_path / "usb"),
             "last_step": max((h.id for h in office.store.history(office.commune.code)), default=0)}
    with office.store.transaction():
        office.store.put_setting(copied_out.LAST_COPY_OUT, value)
        office.store.audit(office.user, "setting", field=copied_out.LAST_COPY_OUT, old=None, new=value)
    month = dt.datetime.now() + dt.timedelta(days=32)
    assert copied_out.due(office) is None and copied_out.due(office, now=month) is None
    office.set_entry("2026", "thu_ngan_sach", value="44.200")
    assert copied_out.due(office, now=month) is not None
