"""R17: what an administrator did as the leader through a reset password must reach the leader, however many
resets and changes follow. A password is the person's own only when the first run made it so or they changed it
FROM their own; the list with a reset covers everything since they last had one of their own (here: since the
administrator made the account), in the audit chain's order, and a wrong password names the reset it descends
from and the changes since. F1: reset twice; F2: the approval made with the clock set back; F3: an officer's
figures, completion and own targets. Through the service and the command line (`chitieu`, run in-process)."""
import datetime as dt
from pathlib import Path

import pytest

import db.period_records
from desktop_app.core.errors import NotPermitted
from tests.core.test_cli import chitieu  # noqa: F401 (the fixture)
from tests.core.test_reset_then_changed import refused
from tests.core.test_temporary_password import PW, filled, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.temporary_passwords

ADMIN = {"CHITIEU_USER": "admin", "CHITIEU_PASSWORD": PW["admin"]}
SINCE_MADE = "Kể từ khi admin (Hoàng Văn Quản) tạo tài khoản này (lúc "


def reset_and_change(ws, name, temporary, chosen, *more):
    """The administrator resets `name`'s password to `temporary`, logs in with it, changes it to `chosen` (then
    to each of `more`), and stays logged in as `name`."""
    ws.login("admin", PW["admin"])
    ws.set_password(name, temporary)
    ws.login(name, temporary)
    ws.set_password(name, chosen, old_password=temporary)
    for old, new in zip((chosen, *more), more):
        ws.set_password(name, new, old_password=old)


def approval_code(ws) -> str:
    return ws.store.period_state(ws.commune.code, "2026").fingerprint


def the_leaders_next_reset(ws) -> str:
    """The leader, whose own password is refused, asks for a reset and logs in with it: what they are told."""
    ws.logout()
    ws.login("admin", PW["admin"])
    ws.set_password("lanhdao", "xin-dat-lai-2026")
    ws.login("lanhdao", "xin-dat-lai-2026")
    return str(ws.password_to_change())


def test_reset_twice_the_approval_between_still_reaches_the_leader(office):  # noqa: F811
    """F1: R1, C1, approve, R2, C2, C2b: the leader's own password names the latest reset and the two changes;
    the leader's reset lists the approval (the administrator who typed R2's password saw it: not used up)."""
    filled(office)
    reset_and_change(office, "lanhdao", "tam-1-aaaa-2026", "admin-biet-1-2026")
    office.approve("2026")
    code = approval_code(office)
    reset_and_change(office, "lanhdao", "tam-2-bbbb-2026", "admin-biet-2-2026", "admin-biet-3-2026")
    office.logout()
    message = refused(office, "lanhdao", PW["lanhdao"])
    assert "Mật khẩu của tài khoản lanhdao do admin (Hoàng Văn Quản) đặt lại lúc " in message
    assert ", rồi được đổi 2 lần, lần cuối lúc " in message and "Nếu không phải bạn đổi" in message
    notice = the_leaders_next_reset(office)
    assert SINCE_MADE in notice and "– duyệt kỳ năm 2026 lúc " in notice and f"(mã {code[:16]})" in notice
    assert notice.count("– đổi mật khẩu lúc ") == 4  # the leader's first, C1, C2, C2b
    # each reset by another named in its place (R18 F4: two changes, neither reset named, read as the leader's own)
    assert notice.count("– admin đặt lại mật khẩu lúc ") == 3, notice  # R1, R2 and the one she asked for
    assert notice.index("– admin đặt lại mật khẩu") < notice.index("– duyệt kỳ năm 2026")


def test_reset_twice_on_the_command_line(office, chitieu):  # noqa: F811
    """F1 with R17's exact commands (double_reset.sh)."""
    filled(office)
    d = Path(office.store.path).parent
    office.close()

    def as_leader(password, *args, new=None):
        env = {"CHITIEU_USER": "lanhdao", "CHITIEU_PASSWORD": password}
        return chitieu(d, *args, env={**env, "CHITIEU_NEW_PASSWORD": new} if new else env)

    def reset(temporary):
        assert chitieu(d, "user", "passwd", "lanhdao", env={**ADMIN, "CHITIEU_NEW_PASSWORD": temporary}).returncode == 0

    reset("tam-1-aaaa-2026")
    assert as_leader("tam-1-aaaa-2026", "user", "passwd", "lanhdao", new="admin-biet-1-2026").returncode == 0
    assert as_leader("admin-biet-1-2026", "approve", "--period", "2026").returncode == 0
    reset("tam-2-bbbb-2026")
    assert as_leader("tam-2-bbbb-2026", "user", "passwd", "lanhdao", new="admin-biet-2-2026").returncode == 0
    assert as_leader("admin-biet-2-2026", "user", "passwd", "lanhdao", new="admin-biet-3-2026").returncode == 0
    r = as_leader(PW["lanhdao"], "status")
    assert r.returncode == 2 and "đặt lại lúc " in r.stderr and ", rồi được đổi 2 lần, lần cuối lúc " in r.stderr
    reset("tam-3-cccc-2026")
    r = as_leader("tam-3-cccc-2026", "status")
    assert r.returncode == 2 and "là mật khẩu tạm" in r.stderr and SINCE_MADE in r.stderr
    assert "– duyệt kỳ năm 2026 lúc " in r.stderr and "(mã " in r.stderr
    r = as_leader("tam-3-cccc-2026", "user", "passwd", "lanhdao", new="duyet-moi-2026")
    assert r.returncode == 0 and "– duyệt kỳ năm 2026 lúc " in r.stdout


def thirty_minutes_back(monkeypatch):
    earlier = (dt.datetime.now().astimezone() - dt.timedelta(minutes=30)).isoformat(timespec="seconds")
    monkeypatch.setattr(db.period_records, "now", lambda: earlier)


def test_an_approval_with_the_clock_set_back_is_listed(office, monkeypatch):  # noqa: F811
    """F2: the history's time of the approval is 30 minutes before the account was even made; listed all the
    same, in the chain's order (after the change that preceded it)."""
    filled(office)
    reset_and_change(office, "lanhdao", "tam-1-aaaa-2026", "admin-biet-1-2026")
    with monkeypatch.context() as m:
        thirty_minutes_back(m)
        office.approve("2026")
    code = approval_code(office)
    notice = the_leaders_next_reset(office)
    assert f"(mã {code[:16]})" in notice
    assert notice.index("– đổi mật khẩu lúc ", notice.index("– đổi mật khẩu lúc ") + 1) < notice.index("– duyệt kỳ")


def test_the_clock_set_back_on_the_command_line(office, chitieu, monkeypatch):  # noqa: F811
    filled(office)
    d = Path(office.store.path).parent
    office.close()
    leader = {"CHITIEU_USER": "lanhdao"}
    assert chitieu(d, "user", "passwd", "lanhdao", env={**ADMIN, "CHITIEU_NEW_PASSWORD": "tam-1-aaaa-2026"}).returncode == 0
    assert chitieu(d, "user", "passwd", "lanhdao", env={**leader, "CHITIEU_PASSWORD": "tam-1-aaaa-2026",
                                                         "CHITIEU_NEW_PASSWORD": "admin-biet-1-2026"}).returncode == 0
    with monkeypatch.context() as m:
        thirty_minutes_back(m)
        r = chitieu(d, "approve", "--period", "2026", env={**leader, "CHITIEU_PASSWORD": "admin-biet-1-2026"})
    assert r.returncode == 0, r.stderr
    assert chitieu(d, "user", "passwd", "lanhdao", env={**ADMIN, "CHITIEU_NEW_PASSWORD": "tam-2-bbbb-2026"}).returncode == 0
    r = chitieu(d, "user", "passwd", "lanhdao", env={**leader, "CHITIEU_PASSWORD": "tam-2-bbbb-2026",
                                                      "CHITIEU_NEW_PASSWORD": "duyet-moi-2026"})
    assert r.returncode == 0 and "– duyệt kỳ năm 2026 lúc " in r.stdout


def test_an_officers_figures_and_completion_and_a_leaders_own_targets_are_counted(office):  # noqa: F811
    """F3: as the officer through a reset password: a figure set again, the period completed again; the
    officer's next reset counts them for the period (with the officer's own filling before: since the account
    was made). As the leader: an own target, counted at the leader's next reset."""
    filled(office)
    reset_and_change(office, "canbo", "tam-1-aaaa-2026", "admin-biet-1-2026")
    office.set_entry("2026", "thu_ngan_sach", value="999.000")
    office.complete("2026")
    office.logout()
    office.login("admin", PW["admin"])
    office.set_password("canbo", "tam-2-bbbb-2026")
    office.login("canbo", "tam-2-bbbb-2026")
    notice = str(office.password_to_change())
    assert "– kỳ năm 2026: nhập số liệu 8 chỉ tiêu, đánh dấu hoàn thành 2 lần." in notice, notice
    with pytest.raises(NotPermitted) as refusal:
        office.complete("2026")
    assert "đánh dấu hoàn thành 2 lần" in refusal.value.message
    reset_and_change(office, "lanhdao", "tam-1-aaaa-2026", "admin-biet-1-2026")
    office.set_own_target(2026, "thu_ngan_sach", "≥", "45.000")
    assert "– kỳ năm 2026: đặt chỉ tiêu tự đặt cho 1 chỉ tiêu." in the_leaders_next_reset(office)


def test_the_officers_completion_on_the_command_line(office, chitieu):  # noqa: F811
    filled(office)  # the officer's own: 8 indicators, completed once
    d = Path(office.store.path).parent
    office.close()
    officer = {"CHITIEU_USER": "canbo"}
    assert chitieu(d, "user", "passwd", "canbo", env={**ADMIN, "CHITIEU_NEW_PASSWORD": "tam-1-aaaa-2026"}).returncode == 0
    assert chitieu(d, "user", "passwd", "canbo", env={**officer, "CHITIEU_PASSWORD": "tam-1-aaaa-2026",
                                                       "CHITIEU_NEW_PASSWORD": "admin-biet-1-2026"}).returncode == 0
    as_admin_officer = {**officer, "CHITIEU_PASSWORD": "admin-biet-1-2026"}
    assert chitieu(d, "set", "--period", "2026", "--indicator", "thu_ngan_sach", "--value", "999.000",
                   env=as_admin_officer).returncode == 0
    assert chitieu(d, "complete", "--period", "2026", env=as_admin_officer).returncode == 0
    assert chitieu(d, "user", "passwd", "canbo", env={**ADMIN, "CHITIEU_NEW_PASSWORD": "tam-2-bbbb-2026"}).returncode == 0
    r = chitieu(d, "status", env={**officer, "CHITIEU_PASSWORD": "tam-2-bbbb-2026"})
    assert r.returncode == 2 and "– kỳ năm 2026: nhập số liệu 8 chỉ tiêu, đánh dấu hoàn thành 2 lần" in r.stderr


def test_the_honest_flow_one_forgotten_password(office):  # noqa: F811
    """The leader approves, forgets the password, is reset, chooses their own: the list is the leader's own work
    since the account was made, said as such ("if it was all you, nothing to do"); a later mistyped password
    names that reset and the one change."""
    filled(office)
    office.login("lanhdao", PW["lanhdao"])
    office.approve("2026")
    notice = the_leaders_next_reset(office)
    assert notice.count("– duyệt kỳ năm 2026 lúc ") == 1 and "Nếu đều do bạn làm, không cần làm gì." in notice
    office.set_password("lanhdao", "cua-rieng-toi-2026", old_password="xin-dat-lai-2026")
    office.logout()
    message = refused(office, "lanhdao", "cua-rieng-toi-2062")
    assert ", rồi được đổi lúc " in message and "2 lần" not in message
