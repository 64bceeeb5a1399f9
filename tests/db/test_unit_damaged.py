"""The unit a database was set up for (`commune_code`), changed with sqlite3 into what is no unit's code,
is named as the damage it is, with the setting and what it holds: it read as no unit chosen yet ("Chưa
chọn xã, phường" on the command line, the first-run setup in the window), and an officer set the unit
up again as if the database were new (desktop_app/stored_unit.py)."""
from __future__ import annotations

import pytest

from desktop_app import backups
from desktop_app.core.errors import DatabaseDamaged, InvalidInput
from desktop_app.services import Workspace
from tests.core.test_changed_outside import _as, _cli, _sql, office  # noqa: F401 (the fixture)

DAMAGED = "Xã, phường của cơ sở dữ liệu này bị hỏng: cài đặt commune_code giữ «{}», không phải mã của xã, phường nào"


@pytest.mark.parametrize("stored, held", [("'\"99999\"'", "99999"), ("'5503'", "5503"), ("'[1]'", "[1]"),
                                          ("'null'", "null"), (f"'\"{'9' * 300}\"'", f"'{'9' * 40}'… (300 ký tự)")],
                         ids=["unknown-code", "number", "list", "null", "long"])
def test_a_damaged_unit_is_named_not_taken_as_never_chosen(office, monkeypatch, capsys, stored, held):  # noqa: F811
    _sql(office, f"UPDATE settings SET value = {stored} WHERE key = 'commune_code'")
    assert _cli(office, "admin", monkeypatch, "status") == 2
    said = capsys.readouterr().err
    assert DAMAGED.format(held) in said and "đừng cài đặt lại như máy mới" in said
    assert "Chưa chọn xã, phường" not in said and len(said) < 1_000
    ws = _as(office, "admin")
    assert ws.is_set_up  # the window offers no first-run setup
    with pytest.raises(DatabaseDamaged) as refused:
        ws.commune
    assert refused.value.en.startswith(f"The commune or ward of this database is damaged: the setting commune_code "
                                       f"holds «{held}»")
    ws.close()
    # the window's check at start: the good backups are offered, as for other damage
    problem = backups.check_database(office / "chitieu.db")
    assert isinstance(problem, DatabaseDamaged) and problem.message.startswith(DAMAGED.format(held))


def test_a_unit_that_is_no_json_is_named_not_taken_as_never_chosen(office, monkeypatch, capsys):  # noqa: F811
    _sql(office, "UPDATE settings SET value = x'00ff' WHERE key = 'commune_code'")
    assert _cli(office, "admin", monkeypatch, "status") == 2
    said = capsys.readouterr().err
    assert "Cài đặt commune_code trong cơ sở dữ liệu không đọc được (đã bị sửa ngoài chương trình): nó giữ x'00ff'" \
        in said and "Chưa chọn xã, phường" not in said
    assert isinstance(backups.check_database(office / "chitieu.db"), DatabaseDamaged)


def test_over_a_damaged_unit_only_the_approved_unit_can_be_chosen_again(office, monkeypatch, capsys):  # noqa: F811
    """Read as none, a damaged unit let another unit be chosen over the approved reports."""
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _sql(office, "UPDATE settings SET value = '5503' WHERE key = 'commune_code'")
    admin = _as(office, "admin")
    with pytest.raises(InvalidInput, match="^Cơ sở dữ liệu này là của Xã Tân Cương, đã duyệt báo cáo năm 2026: không "
                                           "đổi sang"):
        admin.setup("linh son", "Nguyễn Văn An", "Trần Thị Bình")
    admin.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")  # the unit's own: chosen again
    assert admin.commune.code == "05503"
    admin.close()
    assert _cli(office, "admin", monkeypatch, "status") == 0


def test_a_database_never_set_up_still_says_so(data_dir):
    ws = Workspace.open(data_dir)
    assert not ws.is_set_up
    with pytest.raises(Exception, match="^Chưa chọn xã, phường"):
        ws.commune
    ws.close()
    assert backups.check_database(data_dir / "chitieu.db") is None


def test_a_unit_setting_deleted_under_the_history_is_named_and_chosen_again(office, monkeypatch, capsys):  # noqa: F811
    """Red-team 25, F6: the setting's row deleted read as a database never set up ("Chưa chọn xã, phường",
    the window's first-run setup) while the periods' history holds the unit's reports."""
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _sql(office, "DELETE FROM settings WHERE key = 'commune_code'")
    assert _cli(office, "admin", monkeypatch, "status") == 2
    said = capsys.readouterr().err
    assert ("Xã, phường của cơ sở dữ liệu này bị hỏng: cài đặt commune_code không còn, trong khi lịch sử các kỳ ghi "
            "báo cáo của Xã Tân Cương (mã 05503)") in said and "Chưa chọn xã, phường" not in said
    assert isinstance(backups.check_database(office / "chitieu.db"), DatabaseDamaged)
    admin = _as(office, "admin")
    assert admin.is_set_up  # no first-run setup
    with pytest.raises(InvalidInput, match="không đổi sang"):
        admin.setup("linh son", "Nguyễn Văn An", "Trần Thị Bình")
    admin.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")  # chosen again: repaired
    assert admin.commune.code == "05503"
    admin.close()
