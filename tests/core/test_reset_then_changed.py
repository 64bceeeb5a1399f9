"""R16 F1: whoever knows a temporary password can complete the change, the administrator who set it too: reset
the leader's password, log in with it, choose a new one, approve as the leader. The program cannot stop that; it
makes it SEEN by the account's owner: their own password refused says who reset it and when it was changed, and
the next password someone else sets them lists what was done under their name since the previous one (the
approval they never made, with its code). Read from the audit chain's rows, so a database written before reads
the same."""
import shutil
from pathlib import Path

import pytest

from desktop_app.core.errors import NotPermitted
from desktop_app.core.temporary_password import TYPING_HINT
from desktop_app.core.users import MAX_FAILURES
from tests.core.test_cli import chitieu  # noqa: F401 (the fixture)
from tests.core.test_temporary_password import OLD, PW, WHEN, filled, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.temporary_passwords

RESET_THEN_CHANGED = ("Mật khẩu của tài khoản lanhdao do admin (Hoàng Văn Quản) đặt lại lúc ", ", rồi được đổi lúc ",
                      "Nếu không phải bạn đổi, báo ngay lãnh đạo đơn vị và nhờ quản trị viên đặt lại mật khẩu.")


def taken_over(ws) -> str:
    """R16's sequence through the service: the administrator resets the leader's password, logs in with it,
    chooses one only the administrator knows, and approves 2026 as the leader. The approval's code."""
    ws.login("admin", PW["admin"])
    ws.set_password("lanhdao", "admin-temp-2026")
    ws.login("lanhdao", "admin-temp-2026")
    ws.set_password("lanhdao", "admin-knows-2026", old_password="admin-temp-2026")
    ws.approve("2026")
    code = ws.store.period_state(ws.commune.code, "2026").fingerprint
    ws.logout()
    return code


def refused(ws, name, password) -> str:
    with pytest.raises(NotPermitted) as wrong:
        ws.login(name, password)
    return wrong.value.message


def test_the_leaders_own_password_refused_names_the_reset_and_the_change(office):
    filled(office)
    taken_over(office)
    message = refused(office, "lanhdao", PW["lanhdao"])
    assert message.startswith("Sai tên đăng nhập hoặc mật khẩu. " + RESET_THEN_CHANGED[0])
    assert all(words in message for words in RESET_THEN_CHANGED) and len(WHEN.findall(message)) == 2
    assert f"Còn {MAX_FAILURES - 1} lần thử" in message and message.endswith(str(TYPING_HINT))
    assert "do admin" not in refused(office, "canbo", "sai-mat-khau-1")  # nobody else's refusal says it


def test_the_next_reset_lists_the_approval_made_under_the_leaders_name(office):
    filled(office)
    code = taken_over(office)
    office.login("admin", PW["admin"])
    office.set_password("lanhdao", "lai-tam-thoi-2026")  # the leader asks the administrator again
    office.login("lanhdao", "lai-tam-thoi-2026")
    notice = office.password_to_change()
    # R17: since the leader last had a password of their own: never, the administrator made the account
    assert "Kể từ khi admin (Hoàng Văn Quản) tạo tài khoản này (lúc " in notice
    assert "dưới tên lanhdao đã có:\n– đổi mật khẩu lúc " in notice
    assert ";\n– duyệt kỳ năm 2026 lúc " in notice and f"(mã {code[:16]})" in notice
    assert "kỳ bị duyệt thay thì mở lại kèm lý do" in notice
    with pytest.raises(NotPermitted) as first:  # every refusal while it is temporary says it too
        office.reopen("2026", "Không phải tôi duyệt")
    assert "duyệt kỳ năm 2026 lúc " in first.value.message and f"(mã {code[:16]})" in first.value.message
    said = office.set_password("lanhdao", "cua-rieng-toi-2026", old_password="lai-tam-thoi-2026")
    assert said.startswith("Đã đổi mật khẩu của lanhdao.\nKể từ khi admin") and code[:16] in said
    office.reopen("2026", "Không phải tôi duyệt: quản trị viên đã đặt lại mật khẩu của tôi")


def test_the_honest_flow_reads_sensibly(office):
    """Reset, the leader chooses their own, later mistypes it: told of the reset and of their own change; once
    they change it again themselves, a wrong password says the reset and both changes (R17: a password descending
    from one someone else set is never the person's own again). A first reset lists only what the
    leader did since the account was made (their own first change)."""
    office.login("admin", PW["admin"])
    office.set_password("lanhdao", "tam-thoi-moi-2026")
    office.login("lanhdao", "tam-thoi-moi-2026")
    notice = office.password_to_change()
    assert "Kể từ khi admin (Hoàng Văn Quản) tạo tài khoản này (lúc " in notice and "duyệt kỳ" not in notice
    office.set_password("lanhdao", "cua-toi-2026", old_password="tam-thoi-moi-2026")
    office.logout()
    message = refused(office, "lanhdao", "cua-toi-2062")
    assert all(words in message for words in RESET_THEN_CHANGED)
    office.login("lanhdao", "cua-toi-2026")
    office.set_password("lanhdao", "lai-cua-toi-2026", old_password="cua-toi-2026")
    office.logout()
    message = refused(office, "lanhdao", "cua-toi-2026")  # R17: still descends from the reset, changed twice
    assert ", rồi được đổi 2 lần, lần cuối lúc " in message and "đặt lại lúc " in message


def test_the_command_line(office, chitieu):  # noqa: F811
    """R16's exact commands: `user passwd lanhdao` as the administrator, then as lanhdao with the temporary
    password and CHITIEU_NEW_PASSWORD, `approve` as lanhdao; the leader's own password then names the reset and
    the change; a second reset's refusal lists the approval."""
    filled(office)
    d = Path(office.store.path).parent
    office.close()
    admin = {"CHITIEU_USER": "admin", "CHITIEU_PASSWORD": PW["admin"]}
    as_leader = {"CHITIEU_USER": "lanhdao", "CHITIEU_PASSWORD": "admin-temp-2026"}
    assert chitieu(d, "user", "passwd", "lanhdao", env={**admin, "CHITIEU_NEW_PASSWORD": "admin-temp-2026"}).returncode == 0
    r = chitieu(d, "user", "passwd", "lanhdao", env={**as_leader, "CHITIEU_NEW_PASSWORD": "admin-knows-2026"})
    assert r.returncode == 0 and r.stdout.startswith("Đã đổi mật khẩu của lanhdao."), r.stderr
    r = chitieu(d, "approve", "--period", "2026", env={**as_leader, "CHITIEU_PASSWORD": "admin-knows-2026"})
    assert r.returncode == 0, r.stderr
    r = chitieu(d, "status", env={"CHITIEU_USER": "lanhdao", "CHITIEU_PASSWORD": PW["lanhdao"]})
    assert r.returncode == 2 and r.stderr.startswith("Lỗi: Sai tên đăng nhập hoặc mật khẩu. " + RESET_THEN_CHANGED[0])
    assert all(words in r.stderr for words in RESET_THEN_CHANGED) and "Kiểm tra bộ gõ" in r.stderr
    assert chitieu(d, "user", "passwd", "lanhdao", env={**admin, "CHITIEU_NEW_PASSWORD": "lai-tam-2026"}).returncode == 0
    r = chitieu(d, "status", env={"CHITIEU_USER": "lanhdao", "CHITIEU_PASSWORD": "lai-tam-2026"})
    assert r.returncode == 2 and "là mật khẩu tạm" in r.stderr
    assert "dưới tên lanhdao đã có:\n– đổi mật khẩu lúc " in r.stderr and ";\n– duyệt kỳ năm 2026 lúc " in r.stderr


def test_an_older_database_reads_the_same(tmp_path):
    """Schema 13 → now: its accounts' history is the chain's rows of then; the sequence after the upgrade is
    told as on a new database, and the change log stays intact."""
    from desktop_app.services import Workspace

    data = tmp_path / "xa"
    data.mkdir()
    shutil.copy(OLD / "schema13_commune.db", data / "chitieu.db")
    ws = Workspace.open(data)
    try:
        assert "đặt" not in refused(ws, "lanhdao", "sai-mat-khau-1")  # as made, never changed: nothing to say
        ws.login("quantri", "Admin!2026pw")
        ws.set_password("lanhdao", "tam-thoi-2026")
        ws.login("lanhdao", "tam-thoi-2026")
        assert "Kể từ khi quantri" in ws.password_to_change()
        ws.set_password("lanhdao", "quan-tri-biet-2026", old_password="tam-thoi-2026")
        ws.logout()
        message = refused(ws, "lanhdao", "Lanh!2026pw")
        assert "Mật khẩu của tài khoản lanhdao do quantri" in message and ", rồi được đổi lúc " in message
        assert ws.store.verify_integrity() == []
    finally:
        ws.close()
