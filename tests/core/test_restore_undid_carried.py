"""What a restore undid stays said through the restores after it (red-team R16 F2): the second of two restores of the
same backup replaced the first one's row, the only record of the approval it undid, and the leader was told nothing
(no box, no line over the table, nothing in `chitieu status`), nor the officer of the figures. A restore carries the
record of the restore rows the data it replaces held and the backup does not, while the approval is not given again;
each person is told once. And a user name given again to another person after a restore took the account away does
not make the new person told of the old one's approval (R16 F3)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core import restore_record
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def _restore(ws, backup: Path) -> Workspace:
    as_(ws, "admin")
    backups.restore(ws, backup, confirmed=backups.restore_warning(Path(ws.store.path), backup))
    return Workspace.open(Path(ws.store.path).parent)


def _approved_backup(ws) -> tuple[Path, str]:
    """canbo fills the year and completes it; a backup; lanhdao approves; canbo enters two figures of 9 tháng."""
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    backup = backups.take_backup(ws, "truoc-duyet")
    as_(ws, "lanhdao")
    ws.approve("2026")
    code = ws.approval("2026").fingerprint
    as_(ws, "canbo")
    ws.set_entry("2026-9M", "thu_ngan_sach", value="31.000")
    ws.set_entry("2026-9M", "ket_nap_dang_vien", value="4")
    return backup, code


def _status(ws) -> str:
    env = {"CHITIEU_USER": "lanhdao", "CHITIEU_PASSWORD": PW["lanhdao"]}
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(Path(ws.store.path).parent),
                          "status"], check=False, capture_output=True, text=True, env={**os.environ, **env})
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_two_restores_in_a_row_still_tell_the_leader_and_the_officer(office):  # noqa: F811
    backup, code = _approved_backup(office)
    ws = _restore(office, backup)
    first = ws.store.chained_audit_rows("restore")[-1]
    ws = _restore(ws, backup)  # the same backup again, before anybody logged in
    try:
        rows = ws.store.chained_audit_rows("restore")
        assert len(rows) == 1  # the first restore's row is gone with the data it was in
        record = restore_record.read(rows[-1].old)
        (approval,) = record.undone.approvals
        assert (approval.fingerprint, approval.approver, approval.approver_name) == (code, "lanhdao", "Trần Thị Bình")
        assert approval.undone_by[0] == first.at and not approval.told

        as_(ws, "lanhdao")
        said = ws.undid_approval("2026").words()  # the line over the table
        assert said.startswith(f"Kỳ này đã được Trần Thị Bình duyệt ngày 04/12/2026 (mã {code[:16]}); lúc "), said
        assert f"khôi phục bản sao lưu {backup.name} nên việc duyệt bị hủy. Cần duyệt lại." in said
        assert f"! {said}" in _status(ws)
        row, lines = ws.restore_undid_mine()  # the box
        (line,) = lines
        assert f"việc bạn duyệt kỳ năm 2026 ngày 04/12/2026 (mã {code[:16]}) bị hủy" in line, line
        ws.restore_undid_seen(row)
        assert ws.restore_undid_mine() == (0, [])

        as_(ws, "canbo")
        row, lines = ws.restore_undid_mine()
        (line,) = lines
        assert "2 số liệu kỳ 9 tháng năm 2026 nhập sau lúc sao lưu trở lại như trong bản sao lưu" in line, line
        ws.restore_undid_seen(row)
        assert ws.verify_history() == []
    finally:
        ws.close()


def test_told_once_the_approval_stays_said_until_approved_again(office):  # noqa: F811
    backup, code = _approved_backup(office)
    ws = _restore(office, backup)
    for who in ("lanhdao", "canbo"):  # both shown the box after the first restore
        as_(ws, who)
        row, lines = ws.restore_undid_mine()
        assert lines
        ws.restore_undid_seen(row)
    ws = _restore(ws, backup)
    ws = _restore(ws, backup)  # and a third time
    try:
        for who in ("lanhdao", "canbo"):
            as_(ws, who)
            assert ws.restore_undid_mine() == (0, [])  # told once
        as_(ws, "lanhdao")
        assert ws.undid_approval("2026") is not None  # still said where the leader looks
        (approval,) = restore_record.read(ws.store.chained_audit_rows("restore")[-1].old).undone.approvals
        assert approval.told and approval.fingerprint == code

        ws.approve("2026")  # approved again: nothing more to say, nor to carry
        assert ws.undid_approval("2026") is None
        again = ws.approval("2026").fingerprint
        approved = backups.take_backup(ws, "sau-duyet-lai")
        ws = _restore(ws, backup)  # this restore undoes the new approval, itself
        as_(ws, "lanhdao")
        (approval,) = restore_record.read(ws.store.chained_audit_rows("restore")[-1].old).undone.approvals
        assert approval.undone_by is None and not approval.told  # the new approval, told anew
        assert len(ws.restore_undid_mine()[1]) == 1

        ws = _restore(ws, approved)  # the approval comes back: nothing carried, nothing said
        as_(ws, "lanhdao")
        assert ws.approval("2026").fingerprint == again
        assert ws.undid_approval("2026") is None
        assert not restore_record.read(ws.store.chained_audit_rows("restore")[-1].old).undone.approvals
    finally:
        ws.close()


def test_a_user_name_given_again_to_another_person_is_not_told_of_the_old_ones_approval(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    backup = backups.take_backup(office, "truoc-tk")
    as_(office, "admin")
    office.add_user("lanhdao2", "Phạm Văn Cũ", "Lãnh đạo", "mat-khau-cu-2026")
    office.logout()
    office.login("lanhdao2", "mat-khau-cu-2026")
    office.approve("2026")
    ws = _restore(office, backup)  # the account goes too
    try:
        as_(ws, "admin")
        ws.add_user("lanhdao2", "Đỗ Thị Mới", "Lãnh đạo", "mat-khau-moi-2026")
        ws.logout()
        ws.login("lanhdao2", "mat-khau-moi-2026")
        assert ws.restore_undid_mine() == (0, [])  # not her approval
        assert "Phạm Văn Cũ duyệt" in ws.undid_approval("2026").words()  # the line names him
        record = json.loads(ws.store.chained_audit_rows("restore")[-1].old)
        assert record["undone"]["approvals"][0]["approver_name"] == "Phạm Văn Cũ"
    finally:
        ws.close()
