"""Restoring a backup taken while a period was approved, after an administrator's acknowledgement
of a change made outside the program voided that approval: the warning says the approval was
voided by that acknowledgement and that the restore brings it back, with its code; it does not
speak of a leader reopening the period, or of a reason, which nobody gave."""
from __future__ import annotations

import shutil

from desktop_app.backups import restore_warning
from tests.core.test_changed_outside import _as, _edit_bhyt, office  # noqa: F401 (the fixture)


def test_restoring_after_an_acknowledgement_voided_the_approval_says_so(office):
    ws = _as(office, "lanhdao")
    ws.approve("2026")
    code = ws.store.period_state(ws.commune.code, "2026").fingerprint[:16]
    ws.close()
    backup = office.parent / "backup.db"
    shutil.copy(office / "chitieu.db", backup)  # a backup taken while approved
    _edit_bhyt(office)  # a figure edited with sqlite3
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    assert admin.approvals_voided  # what this test is about
    admin.close()

    said = restore_warning(office / "chitieu.db", backup)
    assert f"Bản duyệt kỳ năm 2026 (mã xác thực {code}) đã bị hủy lúc " in said
    assert ("sau khi sao lưu, khi Quản trị viên xác nhận thay đổi ngoài chương trình (dữ liệu của kỳ đã bị sửa "
            f"ngoài chương trình): sau khi khôi phục, bản duyệt đó trở lại, mã xác thực {code}, kỳ ở trạng thái "
            "Đã duyệt với số liệu như trong bản sao lưu") in said
    assert "mở lại lúc" not in said and "lý do" not in said and "việc mở lại" not in said
    assert f"The approval of year 2026 (code {code}) was voided at " in said.en
    assert ("when the administrator acknowledged a change made outside the program (the period's data had been "
            f"changed outside the program): after the restore that approval is back, code {code}, the period in "
            "the state Approved") in said.en
    assert "reopened by a leader" not in said.en and "reason" not in said.en


def test_restoring_after_a_reopening_still_names_the_leader_and_the_reason(office):
    ws = _as(office, "lanhdao")
    ws.approve("2026")
    ws.close()
    backup = office.parent / "backup.db"
    shutil.copy(office / "chitieu.db", backup)
    ws = _as(office, "lanhdao")
    ws.reopen("2026", "Sửa số BHYT theo BHXH")
    ws.close()
    said = restore_warning(office / "chitieu.db", backup)
    assert "Kỳ năm 2026 đã được Lãnh đạo mở lại lúc " in said and "(lý do: Sửa số BHYT theo BHXH)" in said
    assert "bị hủy" not in said
