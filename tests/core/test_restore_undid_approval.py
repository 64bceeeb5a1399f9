"""A restore undoes a leader's approval and the figures entered since the backup, and the people affected are told
(walk U7, F3): the restore's chained row records what it undid (core/restore_undid.py), and a period whose approval
a restore undid, not approved again since, says so in `chitieu status` (the window's line over the table says the
same: tests/ui/test_restore_undid_banner.py). Before, the period read "Hoàn thành" with no word of the approval
undone, nor by whom; `audit verify` said "nguyên vẹn"."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core import restore_record
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def _approved_then_restored(ws) -> tuple[Workspace, str, Path]:
    """canbo fills the year and marks it complete; a backup; lanhdao approves; canbo enters figures of 9 tháng; the
    administrator restores the backup (the question answered Có)."""
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
    as_(ws, "admin")
    backups.restore(ws, backup, confirmed=backups.restore_warning(Path(ws.store.path), backup))
    again = Workspace.open(Path(ws.store.path).parent)
    return as_(again, "lanhdao"), code, backup


def _status(ws, *extra) -> str:
    env = {"CHITIEU_USER": "lanhdao", "CHITIEU_PASSWORD": PW["lanhdao"]}
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(Path(ws.store.path).parent),
                          "status", *extra], check=False, capture_output=True, text=True, env={**os.environ, **env})
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_the_restore_row_records_what_it_undid_and_status_says_the_approval_was_undone(office):  # noqa: F811
    ws, code, backup = _approved_then_restored(office)
    try:
        assert ws.period_state("2026") == State.COMPLETE
        row = ws.store.chained_audit_rows("restore")[-1]
        undone = restore_record.read(row.old).undone
        (approval,) = undone.approvals
        assert (approval.period, approval.fingerprint, approval.approver, approval.approver_name) == (
            "2026", code, "lanhdao", "Trần Thị Bình")
        assert approval.approved_at.startswith("2026-12-04")
        (figures,) = undone.figures
        assert (figures.period, figures.figures, figures.people) == ("2026-9M", 2, (("canbo", "Nguyễn Văn An"),))
        assert json.loads(row.old)["undone"]["approvals"][0]["approver_name"] == "Trần Thị Bình"

        said = ws.undid_approval("2026").words()
        assert said.startswith(f"Kỳ này đã được Trần Thị Bình duyệt ngày 04/12/2026 (mã {code[:16]}); lúc "), said
        assert said.endswith(f", quản trị viên Hoàng Văn Quản khôi phục bản sao lưu {backup.name} nên việc duyệt bị "
                             "hủy. Cần duyệt lại."), said
        assert said.en.startswith(f"This period was approved by Trần Thị Bình on 04/12/2026 (code {code[:16]}); at ")
        assert ws.undid_approval("2026-9M") is None  # its figures went, no approval

        out = _status(ws)
        line = next(i for i, text in enumerate(out.splitlines()) if text.startswith("2026 "))
        assert out.splitlines()[line + 1] == f"         ! {said}", out
        listed = {p["period"]: p for p in json.loads(_status(ws, "--json"))}
        assert listed["2026"]["approval_undone_by_restore"]["said"] == said
        assert "approval_undone_by_restore" not in listed["2026-9M"]

        ws.approve("2026")  # approved again: nothing more to say
        assert ws.undid_approval("2026") is None
        assert "khôi phục" not in _status(ws)
    finally:
        ws.close()


def test_a_restore_that_undid_nothing_says_nothing(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    backup = backups.take_backup(office, "cung-luc")
    as_(office, "admin")
    backups.restore(office, backup)
    ws = as_(Workspace.open(Path(office.store.path).parent), "lanhdao")
    try:
        row = ws.store.chained_audit_rows("restore")[-1]
        assert "undone" not in json.loads(row.old)
        assert not restore_record.read(row.old).undone
        assert all(ws.undid_approval(s.period) is None for s in ws.overview())
        assert "khôi phục" not in _status(ws)
    finally:
        ws.close()


def test_an_old_restore_row_without_the_key_reads_as_before():
    old = json.dumps({"copy": "chitieu-000003-20261201-090000-truoc-khoi-phuc.db", "history": 4, "issued": [],
                      "explained": [[7, "ab" * 32]], "anchor": [7, "ab" * 32],
                      "restored": {"name": "chitieu-000002.db", "sha256": "cd" * 32}}, ensure_ascii=False,
                     sort_keys=True)
    record = restore_record.read(old)
    assert record is not None and not record.undone and record.history == 4
    assert restore_record.written(record) == old  # written again, the same text: no key added
    assert restore_record.in_log(old) == "chitieu-000003-20261201-090000-truoc-khoi-phuc.db"
