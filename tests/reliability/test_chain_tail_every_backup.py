"""Red-team r1 F2 on 7138e5b: the history's check compared the live audit chain with the NEWEST AUTOMATIC backup
only, so an officer who cut the chain's tail with sqlite3 (an approval, its sent step and their rows) went unseen
if they also, cheaply, (a) put a copy of the cut database among the backups, named as the program names its
automatic ones, (b) emptied or cut short the newest automatic backup (no database of ours: skipped), or (c) renamed
it to a name not automatic. The check now compares the history with every backup kept in the backup folder,
automatic or by hand, and says what they hold that it lost in ONE finding, whose acknowledgement silences it at
every later start while a new cut makes a new one (db/backup_chain.py). What an honest office does says nothing:
restores through the program (each explaining every backup before it), an upgrade, another database's backups,
damaged or half-written files, the clock set back."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import audit_log, store
from desktop_app import backups
from desktop_app.backup_files import backup_dir, list_backups
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture
from tests.reliability.test_chain_tail_cut import (
    DAY,
    SAID,
    _approved_and_sent,
    _cut_the_tail,
)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
LATER = dt.datetime.now() + dt.timedelta(days=2)


def _folder(ws) -> Path:
    return backup_dir(Path(ws.store.path))


def _sqlite3_backup(ws, name: str) -> Path:
    """`sqlite3 chitieu.db ".backup backups/NAME"`: a copy of the database as it is, made outside the program."""
    target = _folder(ws) / name
    source, copy = sqlite3.connect(ws.store.path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def _one_finding(ws, backup: Path, automatic: bool = True) -> str:
    found = as_(ws, "admin").verify_history()
    assert len(found) == 1, [t.message for t in found]
    kind = "Bản sao lưu tự động" if automatic else "Bản sao lưu"
    assert f"{kind} {backup.name} (lấy lúc " in found[0].message and SAID in found[0].message
    return found[0].message


def test_a_copy_of_the_cut_database_put_as_the_newest_automatic_backup_hides_nothing(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong")
    _cut_the_tail(office)
    fake = _sqlite3_backup(office, f"chitieu-000002-{LATER:%Y%m%d-%H%M%S}-tudong-mo.db")
    assert [b.path for b in list_backups(Path(office.store.path))] == [fake, kept]  # the newest automatic one

    _one_finding(office, kept)  # was []: the fake was the one compared
    with pytest.raises(backups.BackupError, match=f"Chưa sao lưu tự động: .*{kept.name}"):
        backups.auto_backup(office, "ngay", now=LATER + dt.timedelta(days=2))


@pytest.mark.parametrize("how", ["emptied", "cut short"])
def test_the_newest_automatic_backup_emptied_or_cut_short_hides_nothing(office, tmp_path, how):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    held = backups.auto_backup(office, "dong")
    newest = backups.auto_backup(office, "mo", now=LATER)  # the same rows, taken later
    _cut_the_tail(office)
    newest.write_bytes(b"" if how == "emptied" else newest.read_bytes()[:4096])  # no database of ours: skipped

    _one_finding(office, held)  # was []: only the newest was compared


def test_the_newest_automatic_backup_renamed_by_hand_hides_nothing(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong")
    _cut_the_tail(office)
    renamed = kept.rename(kept.with_name(kept.name.replace("tudong-dong", "thu-cong")))
    assert not any(b.automatic for b in list_backups(Path(office.store.path)))

    said = _one_finding(office, renamed, automatic=False)  # was []: no automatic backup left to compare with
    assert "Bản sao lưu tự động" not in said


def test_the_backups_holding_rows_lost_make_one_finding_acknowledged_once_and_a_new_cut_another(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    sent = backups.auto_backup(office, "dong")
    export_period(office, "2026", tmp_path / "gui-2", doc_number="07", report_date=DAY)  # one more row: sent again
    again = backups.auto_backup(office, "mo", now=LATER)
    _cut_the_tail(office)

    said = _one_finding(office, again)  # the one holding the furthest row, and the other counted, not one each
    assert "; 1 bản sao lưu khác cũng có dòng nhật ký mà dữ liệu đang dùng không còn giữ nguyên:" in said
    office.acknowledge_changes(office.verify_history())
    assert office.verify_history() == []

    # every later start: the same backups, one rotated out, a new automatic one taken
    folder = Path(office.store.path).parent
    office.close()
    ws = as_(Workspace.open(folder), "admin")
    try:
        assert ws.verify_history() == []
        sent.unlink()
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=2)) is not None
        assert ws.verify_history() == []

        # a new cut: approved and sent again (the ids of the rows cut before, used again), backed up, cut
        as_(ws, "lanhdao")
        ws.approve("2026")
        export_period(ws, "2026", tmp_path / "gui-3", doc_number="08", report_date=DAY)
        newer = backups.auto_backup(ws, "dong", now=LATER + dt.timedelta(days=4))
        _cut_the_tail(ws)
        said = _one_finding(ws, newer)
        assert "bản sao lưu khác" not in said  # the rows acknowledged before are not said again
        with pytest.raises(backups.BackupError, match=f"Chưa sao lưu tự động: .*{newer.name}"):
            backups.auto_backup(ws, "ngay", now=LATER + dt.timedelta(days=6))
    finally:
        ws.close()


def test_restores_through_the_program_explain_every_backup_taken_before_them(office, tmp_path):  # noqa: F811
    oldest = backups.auto_backup(office, "mo")
    _approved_and_sent(office, tmp_path / "gui")
    approved = backups.auto_backup(office, "dong")
    export_period(office, "2026", tmp_path / "gui-2", doc_number="07", report_date=DAY)
    backups.auto_backup(office, "mo", now=LATER)  # holds rows after `approved`, as the copy the restore keeps
    folder = Path(office.store.path).parent
    as_(office, "admin")
    backups.restore(office, approved)  # not the newest: two backups hold rows it takes back
    ws = as_(Workspace.open(folder), "admin")
    try:
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=2)) is not None
        backups.restore(ws, oldest)  # and another restore, after a new automatic backup
    finally:
        ws.close()
    ws = as_(Workspace.open(folder), "admin")
    try:
        # 4 automatic, and each restore's truoc-khoi-phuc and sau-khoi-phuc copies
        assert len(list_backups(Path(ws.store.path))) == 8 and ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=4)) is not None
    finally:
        ws.close()


@pytest.mark.parametrize("old", ["schema2_commune.db", "schema13_commune.db"])
def test_backups_an_older_version_took_then_upgraded_and_restored_say_nothing(tmp_path, old):
    folder = tmp_path / "data"
    kept = backup_dir(folder / "chitieu.db")
    kept.mkdir(parents=True)
    source = Path(__file__).parents[1] / "db" / "data" / old
    shutil.copy(source, folder / "chitieu.db")
    shutil.copy(source, kept / "chitieu-000003-20261130-170000-tudong-dong.db")
    shutil.copy(source, kept / "chitieu-000004-20261201-080000-truoc-khoi-phuc.db")
    ws = Workspace.open(folder)
    try:
        ws.login("quantri", "Admin!2026pw")
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER) is not None
        backups.restore(ws, kept / "chitieu-000003-20261130-170000-tudong-dong.db")  # upgraded again in the restore
    finally:
        ws.close()
    ws = Workspace.open(folder)
    try:
        ws.login("quantri", "Admin!2026pw")
        assert ws.verify_history() == []
    finally:
        ws.close()


def test_another_database_s_backups_and_damaged_files_among_ours_say_nothing(office, tmp_path, monkeypatch):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    ours = backups.auto_backup(office, "dong")
    for module in (audit_log, store):  # set up on another day: no row in common (test_chain_tail_cut)
        monkeypatch.setattr(module, "now", lambda: "2026-03-02T08:00:00+07:00")
    other = Workspace.open(tmp_path / "may-cu")
    other.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    other.close()
    monkeypatch.undo()
    folder = _folder(office)
    for name in ("chitieu-000007-20260302-080000-tudong-mo.db", "chitieu-20260302-090000-thu-cong.db"):
        shutil.copy(tmp_path / "may-cu" / "chitieu.db", folder / name)
    data = ours.read_bytes()
    (folder / "chitieu-000008-20261201-080000-tudong-ngay.db").write_bytes(data[:len(data) * 99 // 100])
    (folder / "chitieu-20261201-090000-thu-cong.db").write_text("không phải cơ sở dữ liệu\n", encoding="utf-8")
    (folder / f"{ours.name}.part").write_bytes(data[:5000])  # a backup cut off half written
    as_(office, "admin")

    assert office.verify_history() == []
    assert backups.auto_backup(office, "mo", now=LATER) is not None


def test_the_clock_set_back_says_nothing(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    approved = backups.auto_backup(office, "dong")
    back = dt.datetime.now() - dt.timedelta(days=400)  # the backups' names say a year ago, their numbers the order
    export_period(office, "2026", tmp_path / "gui-2", doc_number="07", report_date=DAY)
    assert backups.auto_backup(office, "mo", now=back) is not None
    folder = Path(office.store.path).parent
    as_(office, "admin")
    assert office.verify_history() == []
    backups.restore(office, approved)
    ws = as_(Workspace.open(folder), "admin")
    try:
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=back + dt.timedelta(days=1)) is not None
        assert ws.verify_history() == []
    finally:
        ws.close()


def test_an_acknowledgement_7138e5b_recorded_still_clears_the_rows_it_named(office, tmp_path):  # noqa: F811
    """That version named the newest automatic backup compared, by file name, then its newest row's id and hash."""
    from dataclasses import replace

    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong")
    _cut_the_tail(office)
    found = as_(office, "admin").verify_history()
    _mark, row_id, row_hash = found[0].mark
    with office.store.transaction():
        office.store.acknowledge_changes("admin", [replace(found[0], mark=("backup", kept.name, row_id, row_hash))],
                                         found[0].message)

    assert office.verify_history() == []


def test_the_old_laptop_s_backups_brought_to_the_new_one_name_that_case_too(office, tmp_path):  # noqa: F811
    """Red-team R2 F5: the data folder copied to a new laptop, the old one used once more by habit, its backups then
    put in the new folder. The finding is true (those rows exist only on the old laptop), and it names that case
    beside a change made outside the program, so an honest office is not only told of tampering."""
    fill_year(as_(office, "canbo"))
    new_laptop = tmp_path / "may-moi"
    shutil.copytree(Path(office.store.path).parent, new_laptop)
    as_(office, "canbo").set_entry("2026-Q1", "thu_ngan_sach", value="10.000")  # the old laptop, by habit
    old = backups.auto_backup(as_(office, "admin"), "dong", now=LATER)
    ws = as_(Workspace.open(new_laptop), "canbo")
    try:
        ws.set_entry("2026-Q1", "thu_ngan_sach", value="12.000")
        _folder(ws).mkdir(exist_ok=True)
        shutil.copy(old, _folder(ws) / old.name)
        said = _one_finding(as_(ws, "admin"), _folder(ws) / old.name)
        assert ("hoặc thư mục dữ liệu đã được chép sang máy khác rồi máy cũ còn được dùng tiếp và bản sao lưu của "
                "máy cũ được đem sang đây") in said
    finally:
        ws.close()
