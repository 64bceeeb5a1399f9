"""Red-team 18, F3: `users.locked_until` (outside the audit chain: it changes at each login) was believed
as it was. Set to 'x' with sqlite3, the leader's login ended in a Python traceback; set to 9999, the
leader was told "Thử lại sau 00:00" (false, no date), `user list` showed "(tạm khóa đến 00:00)" and
`user unlock` said the account was not locked. Now a value the program never writes is ignored, an
administrator's unlock also ends a lock-out, and the message gives the date when it is not today."""
import datetime as dt

import pytest

from desktop_app.core.errors import NotPermitted
from tests.core.test_cli import chitieu  # noqa: F401 (fixtures)
from tests.core.test_cli_workflow import office_dir, run_as  # noqa: F401
from tests.edited_outside import edit_with_sqlite3


def _locked_until(folder, value: str) -> None:
    edit_with_sqlite3(folder, f"UPDATE users SET locked_until = '{value}', failed_logins = 0 WHERE username = 'lanhdao'")


@pytest.mark.parametrize("value", ["x", "9999-12-31T00:00:00+00:00", "2026-02-30T10:00:00"])
def test_a_lock_written_outside_is_ignored(office_dir, run_as, value):  # noqa: F811
    _locked_until(office_dir, value)
    r = run_as(office_dir, "admin", "user", "list")
    assert r.returncode == 0, r.stderr
    assert "tạm khóa" not in r.stdout
    r = run_as(office_dir, "lanhdao", "status")
    assert r.returncode == 0, r.stderr  # logged in: no traceback, no false lock-out


def test_the_administrator_unlock_ends_a_lock_out(office_dir, run_as):  # noqa: F811
    soon = (dt.datetime.now().astimezone() + dt.timedelta(minutes=4)).isoformat(timespec="seconds")
    _locked_until(office_dir, soon)
    r = run_as(office_dir, "lanhdao", "status")
    assert r.returncode == 2 and "Tài khoản tạm khóa vì nhập sai mật khẩu 5 lần. Thử lại sau " in r.stderr
    assert "(tạm khóa đến " in run_as(office_dir, "admin", "user", "list").stdout
    r = run_as(office_dir, "admin", "user", "unlock", "lanhdao")
    assert r.returncode == 0, r.stderr
    assert "Đã mở khóa tài khoản lanhdao" in r.stdout and "hết tạm khóa vì nhập sai mật khẩu" in r.stdout
    assert "tạm khóa" not in run_as(office_dir, "admin", "user", "list").stdout
    assert run_as(office_dir, "lanhdao", "status").returncode == 0


def test_a_lock_out_ending_tomorrow_names_the_date(data_dir):
    from desktop_app.services import Workspace

    ws = Workspace.open(data_dir)
    ws.add_user("quantri", "Quản Trị", "admin", "Hoasen#2026")
    late = dt.datetime(2026, 12, 4, 23, 58, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    for _ in range(4):
        with pytest.raises(NotPermitted, match="Sai tên đăng nhập"):
            ws.login("quantri", "sai-mat-khau", now=late)
    with pytest.raises(NotPermitted) as refused:
        ws.login("quantri", "sai-mat-khau", now=late)
    assert "Thử lại sau 00:03 ngày 05/12/2026 hoặc nhờ quản trị viên" in refused.value.message
    assert "Try again after 00:03 on 05/12/2026" in refused.value.en
    with pytest.raises(NotPermitted) as refused:
        ws.login("quantri", "Hoasen#2026", now=late + dt.timedelta(minutes=1))
    assert "Thử lại sau 00:03 ngày 05/12/2026" in refused.value.message
    ws.close()
