"""The question before revoking a key names its state, its first and latest file, and says what the
revocation really changes (walk 29b): a unit with its confirmed key counted and a waiting key (a
reinstalled laptop's) whose only file was refused. The waiting key's question said 'các báo cáo đã
nhận … không còn được tính', untrue: nothing of it is counted; the confirmed one's reports stop counting."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.intake import FileClass
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import make_submissions


def test_the_waiting_key_changes_nothing_counted_the_confirmed_one_does(office, tmp_path):
    (a,) = pick_units(1, 0)
    for laptop in ("may-a", "may-cai-lai"):
        ws, _ = make_submissions(tmp_path / laptop, [a], PERIOD, data_dir=tmp_path / f"{laptop}-db")
        ws.close()
    [kept] = office.intake(tmp_path / "may-a", PERIOD, received=dt.date(2026, 6, 18)).results
    first = office.keys(a)[0]
    office.confirm_key(a, first.key_code)
    [refused] = office.intake(tmp_path / "may-cai-lai", PERIOD, received=dt.date(2026, 6, 19)).results
    assert refused.class_ == FileClass.CHU_KY_KHONG_KHOP
    new = next(k for k in office.keys(a) if k.key_code != first.key_code)

    waiting = office.revoke_question(a, new.key_code)
    assert waiting.startswith(f"Thu hồi khóa {new.key_code} của ")
    assert "Trạng thái khóa: chờ xác nhận" in waiting and refused.file_name in waiting and "bị từ chối" in waiting
    assert "tổng hợp không thay đổi" in waiting and "không còn được tính" not in waiting
    assert "awaiting confirmation" in waiting.en and "no longer count" not in waiting.en

    confirmed = office.revoke_question(a, first.key_code)
    assert "Trạng thái khóa: đã xác nhận" in confirmed and kept.file_name in confirmed
    assert "không còn được tính vào tổng hợp (6 tháng đầu năm 2026)" in confirmed
    assert "tổng hợp không thay đổi" not in confirmed

    # the command's words after revoking the waiting key say the same
    assert "tổng hợp không thay đổi" in office.revoke_key(a, new.key_code).effect
    assert set(office.submissions(PERIOD)) >= {a}  # the confirmed key's report still counts
