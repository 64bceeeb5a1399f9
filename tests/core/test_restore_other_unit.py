"""Restoring another unit's backup (red-team 12, finding 2): over a database that works for a unit,
a backup of another unit, or the province's database over a commune's or the reverse, is refused
naming both units and what to do, nothing replaced; the database would have gone on as that unit,
its reports exported in that unit's name and signed with its key. A computer set up again from
scratch still restores its unit's backup, told which unit it is of; and where the database does not
carry on the backup's history, the warning no longer compares the two files' row ids (it spoke of a
period "mở lại sau khi sao lưu" that nobody reopened)."""
from __future__ import annotations

import pytest

from desktop_app import backups
from desktop_app.__main__ import main
from desktop_app.core.users import Role
from desktop_app.restore_approvals import reapproved_by_restore, undone_since
from desktop_app.services import Workspace
from tests.province.helpers import fill_unit

PW = "hoasen-2026"


def _unit(folder, unit: str | None, approve: bool = True):
    """A unit's database (admin, canbo, lanhdao; 2026-6M approved), or with `unit` None a new one
    with its administrator only, no unit chosen yet."""
    ws = Workspace.open(folder)
    ws.add_user("quantri", "Hoàng Văn Quản", Role.ADMIN, PW)
    ws.login("quantri", PW)
    if unit is None:
        return ws
    ws.setup(unit, "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("canbo", "Nguyễn Văn An", Role.OFFICER, PW)
    ws.add_user("lanhdao", "Trần Thị Bình", Role.LEADER, PW)
    if approve:
        ws.login("canbo", PW)
        fill_unit(ws, "2026-6M", seed=0)
        ws.complete("2026-6M")
        ws.login("lanhdao", PW)
        ws.approve("2026-6M")
        ws.login("quantri", PW)
    return ws


def _unit_and_key(folder):
    ws = Workspace.open(folder)
    try:
        return ws.commune.name, ws.key_code
    finally:
        ws.close()


@pytest.fixture
def two_units(tmp_path):
    """Xã Tân Cương's database (the laptop's) and Xã Văn Lăng's (the file restored by mistake)."""
    _unit(tmp_path / "tancuong", "05503").close()
    _unit(tmp_path / "vanlang", "05665").close()
    return tmp_path / "tancuong", tmp_path / "vanlang" / "chitieu.db"


def test_another_units_backup_is_refused_naming_both_units(two_units):
    here, other = two_units
    before = _unit_and_key(here)
    ws = Workspace.open(here)
    ws.login("quantri", PW)
    with pytest.raises(backups.BackupError) as refused:
        backups.restore(ws, other)
    said = refused.value.message
    assert said.startswith("Bản sao lưu chitieu.db là của Xã Văn Lăng (mã 05665), không phải của Xã Tân Cương "
                           "(mã 05503), đơn vị của cơ sở dữ liệu đang dùng: không khôi phục, chưa có gì bị thay.")
    assert "Hãy chọn bản sao lưu của Xã Tân Cương (mã 05503)." in said and "Tệp › Cài đặt…" in said
    assert "is of Xã Văn Lăng (code 05665), not of Xã Tân Cương (code 05503)" in refused.value.en
    ws.close()
    assert _unit_and_key(here) == before
    assert not [b for b in backups.list_backups(here / "chitieu.db") if b.reason == "truoc-khoi-phuc"]
    # the start-up's restore (a database damaged elsewhere than its settings) refuses it too
    with pytest.raises(backups.BackupError, match="là của Xã Văn Lăng"):
        backups.restore(here / "chitieu.db", other, administrator=("quantri", PW))
    assert _unit_and_key(here) == before


def test_the_provinces_database_and_a_communes_are_not_restored_over_each_other(two_units, tmp_path):
    here, _other = two_units
    province = tmp_path / "tinh"
    assert main(["--data-dir", str(province), "province-setup", "--signer", "Hoàng Thị Ký",
                 "--signer-title", "Phó Chủ tịch"]) in (0, None)
    with pytest.raises(backups.BackupError) as refused:
        backups.restore(here / "chitieu.db", province / "chitieu.db", administrator=("quantri", PW))
    assert refused.value.message.startswith("Bản sao lưu chitieu.db là của cấp tỉnh, không phải của Xã Tân Cương "
                                            "(mã 05503)")
    with pytest.raises(backups.BackupError) as refused:
        backups.restore(province / "chitieu.db", here / "chitieu.db")
    assert refused.value.message.startswith("Bản sao lưu chitieu.db là của Xã Tân Cương (mã 05503), không phải "
                                            "của cấp tỉnh")
    assert "chitieu --data-dir" in refused.value.message
    assert _unit_and_key(here)[0] == "Xã Tân Cương"


def test_a_new_database_restores_its_units_backup_told_which_unit(two_units, tmp_path):
    """The laptop set up again, its new database with no unit chosen yet: Tân Cương's backup is
    restored, the warning first saying whose it is; the unit and its key are back."""
    here, _other = two_units
    before = _unit_and_key(here)
    ws = _unit(tmp_path / "new", None)
    said = backups.restore_warning(tmp_path / "new" / "chitieu.db", here / "chitieu.db")
    assert said.startswith("Bản sao lưu là của Xã Tân Cương (mã 05503): sau khi khôi phục, máy này làm việc cho "
                           "đơn vị đó, báo cáo xuất mang tên đơn vị đó và ký bằng khóa trong bản sao lưu.")
    assert said.en.startswith("The backup is of Xã Tân Cương (code 05503)")
    assert "Khác với bản sao lưu" not in said and "Từ lúc sao lưu" not in said  # nothing here to lose
    backups.restore(ws, here / "chitieu.db")
    assert _unit_and_key(tmp_path / "new") == before


def test_a_backup_of_another_history_claims_nothing_done_after_it(two_units, tmp_path):
    """The laptop set up again as Tân Cương (its unit chosen, nothing approved), then the old
    laptop's backup: the two histories are unrelated, so no period was "reopened after the backup"
    (the backup's period_history ids were looked up in the new database); what differs is said as
    such."""
    here, _other = two_units
    ws = Workspace.open(here)
    code = ws.store.period_state("05503", "2026-6M").fingerprint[:16]
    ws.close()
    again = _unit(tmp_path / "again", "05503", approve=False)
    again.login("canbo", PW)
    again.set_baseline("ket_nap_dang_vien", "250")  # begun on the new laptop before restoring
    again.close()
    db = tmp_path / "again" / "chitieu.db"
    said = backups.restore_warning(db, here / "chitieu.db")
    for claim in ("mở lại", "sau khi sao lưu:", "Từ lúc sao lưu", "duyệt sau khi sao lưu"):
        assert claim not in said, claim
    assert "Bản sao lưu không phải bản sao trước đây của cơ sở dữ liệu đang dùng" in said
    assert ("Kỳ 6 tháng đầu năm 2026: trong cơ sở dữ liệu đang dùng ở trạng thái Đang nhập, trong bản sao lưu ở "
            f"trạng thái Đã duyệt (mã xác thực {code}); sau khi khôi phục, kỳ đó như trong bản sao lưu.") in said
    assert reapproved_by_restore(db, here / "chitieu.db") == []
    assert undone_since(db, here / "chitieu.db") == []


def test_a_backup_of_this_database_still_says_what_was_done_since(two_units, tmp_path):
    """The unit's own earlier backup: a reopening after it is told, with its reason, as before."""
    here, _other = two_units
    ws = Workspace.open(here)
    ws.login("quantri", PW)
    backups.take_backup(ws, "thu-cong", target_dir=tmp_path)
    backup = next(tmp_path.glob("chitieu-*-thu-cong.db"))
    ws.login("lanhdao", PW)
    ws.reopen("2026-6M", "Sửa số BHYT")
    ws.close()
    said = backups.restore_warning(here / "chitieu.db", backup)
    assert "Kỳ 6 tháng đầu năm 2026 đã được Lãnh đạo mở lại lúc " in said and "(lý do: Sửa số BHYT)" in said
    assert "không phải bản sao trước đây" not in said
