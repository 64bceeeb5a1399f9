"""A password someone else chose is temporary (walk U7 F2): the administrator's reset and a new account's first
password allow nothing but choosing a new one, in the service and on the command line; the login says who set
it and when, and so does a wrong password while it is pending. The first run's own accounts are not temporary.
Also the typing hint of a wrong password (F6) and the old password's guesses counted (F7)."""
import re
import shutil
from pathlib import Path

import pytest

from desktop_app.core.errors import InvalidInput, NotPermitted
from desktop_app.core.users import MAX_FAILURES, Role
from desktop_app.services import Workspace
from tests.core.test_cli import chitieu  # noqa: F401 (the fixture)

pytestmark = pytest.mark.temporary_passwords  # add_user as the window and the command line do it

PW = {"admin": "cay-tre-2026", "canbo": "nhaplieu-2026", "lanhdao": "duyet-so-2026"}
WHEN = re.compile(r"\d\d:\d\d \d\d/\d\d/\d{4}")
OLD = Path(__file__).parents[1] / "db" / "data"


@pytest.fixture
def office(data_dir):
    """Xã Tân Cương: the administrator (the first account, their own password), then an officer and a leader
    added by the administrator, each having chosen their own password since."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    for name, full, role in (("canbo", "Nguyễn Văn An", Role.OFFICER), ("lanhdao", "Trần Thị Bình", Role.LEADER)):
        ws.login("admin", PW["admin"])
        ws.add_user(name, full, role, "tam-thoi-2026")
        ws.login(name, "tam-thoi-2026")
        ws.set_password(name, PW[name], old_password="tam-thoi-2026")
    ws.logout()
    yield ws
    ws.close()


def filled(ws):
    from tests.core.test_workflow import fill_year

    ws.login("canbo", PW["canbo"])
    fill_year(ws)
    ws.complete("2026")
    ws.logout()


def test_a_reset_password_allows_only_choosing_a_new_one(office):
    """The administrator resets the leader's password and logs in with it: nothing but the change; the approval
    is refused saying whose reset it was; once the leader chose their own, the leader approves."""
    filled(office)
    office.login("admin", PW["admin"])
    said = office.set_password("lanhdao", "chiem-quyen-2026")
    assert "Đây là mật khẩu tạm" in said
    office.logout()
    account = office.login("lanhdao", "chiem-quyen-2026")  # the login itself is let in: to change the password
    assert account.username == "lanhdao"
    notice = office.password_to_change()
    assert notice.startswith("Mật khẩu của tài khoản lanhdao do admin (Hoàng Văn Quản) đặt lại lúc ")
    assert WHEN.search(notice) and "mật khẩu tạm" in notice
    assert notice.en.startswith("The password of the account lanhdao was reset by admin (Hoàng Văn Quản) at ")
    with pytest.raises(NotPermitted, match="^Mật khẩu của tài khoản lanhdao do admin .* là mật khẩu tạm") as refused:
        office.approve("2026")
    assert "chitieu user passwd lanhdao" in refused.value.message
    with pytest.raises(InvalidInput, match="khác mật khẩu tạm"):
        office.set_password("lanhdao", "chiem-quyen-2026", old_password="chiem-quyen-2026")
    office.set_password("lanhdao", "cua-rieng-toi-2026", old_password="chiem-quyen-2026")
    assert office.password_to_change() is None
    office.approve("2026")


def test_the_administrator_cannot_act_as_the_leader_from_a_reset(office):
    """No role's action gets through with a reset password, the administrator's own menu's neither."""
    office.login("admin", PW["admin"])
    office.set_password("canbo", "chiem-quyen-2026")
    office.login("canbo", "chiem-quyen-2026")
    for action in (lambda: office.set_entry("2026", "bhyt", numerator="1", denominator="2"),
                   lambda: office.complete("2026")):
        with pytest.raises(NotPermitted, match="là mật khẩu tạm"):
            action()


def test_a_wrong_password_after_a_reset_says_who_reset_it(office):
    """The leader types their old password after the reset: told it was reset, by whom and when."""
    office.login("admin", PW["admin"])
    office.set_password("lanhdao", "chiem-quyen-2026")
    office.logout()
    with pytest.raises(NotPermitted) as wrong:
        office.login("lanhdao", PW["lanhdao"])
    message = wrong.value.message
    assert message.startswith("Sai tên đăng nhập hoặc mật khẩu. Mật khẩu của tài khoản này do admin (Hoàng Văn Quản) "
                              "đặt lại lúc ")
    assert WHEN.search(message) and f"Còn {MAX_FAILURES - 1} lần thử" in message
    assert message.endswith("Kiểm tra bộ gõ (Unikey) và phím Caps Lock.")
    assert "reset by admin (Hoàng Văn Quản) at" in wrong.value.en


def test_a_wrong_password_hints_at_the_typing_not_at_the_name(office):
    """F6: the same hint whether the user name exists or not."""
    hints = []
    for name in ("canbo", "khong-co-ai"):
        with pytest.raises(NotPermitted) as wrong:
            office.login(name, "sai-mat-khau-1")
        hints.append(wrong.value.message)
        assert "Kiểm tra bộ gõ (Unikey) và phím Caps Lock." in wrong.value.message
        assert "do admin" not in wrong.value.message


def test_a_new_accounts_first_password_is_temporary_the_first_runs_are_not(data_dir):
    ws = Workspace.open(data_dir)
    ws.add_first_accounts("quantri", "Hoàng Văn Quản", PW["admin"], officer_username="quantri.nl")
    ws.login("quantri.nl", PW["admin"])
    assert ws.password_to_change() is None  # the administrator's own, for their own officer account
    ws.login("quantri", PW["admin"])
    assert ws.password_to_change() is None
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("lanhdao", "Trần Thị Bình", Role.LEADER, "tam-thoi-2026")  # the first leader, made at setup
    ws.login("lanhdao", "tam-thoi-2026")
    notice = ws.password_to_change()
    assert notice.startswith("Mật khẩu của tài khoản lanhdao do quantri (Hoàng Văn Quản) đặt khi tạo tài khoản lúc ")
    with pytest.raises(NotPermitted, match="là mật khẩu tạm"):
        ws.approve("2026")
    ws.close()


def test_the_command_line_allows_only_the_password_change(office, chitieu):  # noqa: F811
    """U7's check: the administrator resets the leader's password on the command line, then approves as the
    leader with it: refused, saying to run the password change; the change, then the approval, go."""
    filled(office)
    d = Path(office.store.path).parent
    office.close()
    admin = {"CHITIEU_USER": "admin", "CHITIEU_PASSWORD": PW["admin"]}
    r = chitieu(d, "user", "passwd", "lanhdao", env={**admin, "CHITIEU_NEW_PASSWORD": "chiem-quyen-2026"})
    assert r.returncode == 0, r.stderr
    leader = {"CHITIEU_USER": "lanhdao", "CHITIEU_PASSWORD": "chiem-quyen-2026"}
    for command in (("approve", "--period", "2026"), ("status",), ("user", "passwd", "canbo")):
        r = chitieu(d, *command, env={**leader, "CHITIEU_NEW_PASSWORD": "x-chiem-quyen-2026"})
        assert r.returncode == 2
        assert r.stderr.startswith("Lỗi: Mật khẩu của tài khoản lanhdao do admin (Hoàng Văn Quản) đặt lại lúc ")
        assert "chitieu user passwd lanhdao" in r.stderr and "CHITIEU_NEW_PASSWORD" in r.stderr
    r = chitieu(d, "user", "passwd", "lanhdao", env={**leader, "CHITIEU_NEW_PASSWORD": "cua-rieng-toi-2026"})
    assert r.returncode == 0, r.stderr
    r = chitieu(d, "approve", "--period", "2026", env={"CHITIEU_USER": "lanhdao",
                                                      "CHITIEU_PASSWORD": "cua-rieng-toi-2026"})
    assert r.returncode == 0, r.stderr


def test_wrong_old_passwords_count_toward_the_lock_out(office):
    """F7: Đổi mật khẩu's wrong old password is counted as a wrong login; the last locks the account."""
    office.login("canbo", PW["canbo"])
    for left in range(MAX_FAILURES - 1, 0, -1):
        with pytest.raises(NotPermitted, match=f"^Mật khẩu cũ không đúng. Còn {left} lần thử"):
            office.set_password("canbo", "moi-cua-toi-2026", old_password="doan-mo-2026")
    with pytest.raises(NotPermitted, match="^Tài khoản tạm khóa vì nhập sai mật khẩu"):
        office.set_password("canbo", "moi-cua-toi-2026", old_password="doan-mo-2026")
    with pytest.raises(NotPermitted, match="^Tài khoản tạm khóa"):  # even the right one, now
        office.set_password("canbo", "moi-cua-toi-2026", old_password=PW["canbo"])
    office.logout()
    with pytest.raises(NotPermitted, match="^Tài khoản tạm khóa"):
        office.login("canbo", PW["canbo"])
    assert office.store.user("canbo").locked_until is not None


def test_an_older_database_keeps_its_passwords(tmp_path):
    """Schema 13 → now: the accounts' passwords stay the people's own (nothing to change at the next login), and the
    upgrade leaves the change log intact."""
    data = tmp_path / "xa"
    data.mkdir()
    shutil.copy(OLD / "schema13_commune.db", data / "chitieu.db")
    ws = Workspace.open(data)
    try:
        assert ws.store.verify_integrity() == []
        ws.login("lanhdao", "Lanh!2026pw")
        assert ws.password_to_change() is None
        ws.login("quantri", "Admin!2026pw")
        ws.set_password("lanhdao", "tam-thoi-2026")
        ws.login("lanhdao", "tam-thoi-2026")
        assert ws.password_to_change().startswith("Mật khẩu của tài khoản lanhdao do quantri")
        assert ws.store.verify_integrity() == []
    finally:
        ws.close()
