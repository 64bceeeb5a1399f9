"""Red-team 16, F1: an officer gives himself another role with sqlite3 for one command run through
the program (add a leader account, reopen, approve), then puts the role back. Every protected record
was then as the chain recorded it, and `audit verify` said intact. Now the action is refused while
the account is not as the chain recorded it (`AccountActions.require`, db/acting_roles.py), and a
flip-and-revert made by an earlier version is named by `verify` (the chain still held the officer's
role); a role given through the program stays believed."""
from __future__ import annotations

import pytest

from db.store import Store
from desktop_app.__main__ import main
from desktop_app.core.errors import ChangedOutside
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.edited_outside import edit_with_sqlite3

PW = "Hoasen#2026"
P = "2026-6M"
OFFICER, LEADER, ADMIN = "Cán bộ nhập liệu", "Lãnh đạo", "Quản trị"


@pytest.fixture
def commune(data_dir):
    """Xã Tân Cương with quantri (Quản trị), canbo (Cán bộ nhập liệu) and lanhdao (Lãnh đạo); 2026-6M
    filled and marked complete (rt16's mk.py)."""
    ws = Workspace.open(data_dir)
    ws.add_user("quantri", "Quản Trị", "admin", PW)
    ws.login("quantri", PW)
    ws.add_user("canbo", "Nguyễn Văn An", "officer", PW)
    ws.add_user("lanhdao", "Trần Thị Bình", "leader", PW)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.login("canbo", PW)
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_baseline("ket_nap_dang_vien", "250")
    ws.set_entry(P, "thu_ngan_sach", value="50.000")
    ws.set_entry(P, "bhyt", numerator="9.500", denominator="10.000")
    ws.set_entry(P, "giam_ngheo", numerator="40", denominator="1.000")
    ws.set_entry(P, "truong_chuan", numerator="5", denominator="5")
    ws.set_entry(P, "lao_dong_dao_tao", numerator="780", denominator="1.000")
    ws.set_entry(P, "nuoc_sach_nong_thon", numerator="2.100", denominator="2.500")
    ws.set_entry(P, "ket_nap_dang_vien", value="6", comment="Thiếu nguồn kết nạp ở thôn xa")
    ws.set_entry(P, "to_chuc_dang_htt", numerator="19", denominator="20")
    ws.complete(P)
    ws.close()
    return data_dir


def _role(folder, username: str, role: str) -> None:
    edit_with_sqlite3(folder, f"UPDATE users SET role = '{role}' WHERE username = '{username}'")


def _as(folder, username: str, password: str = PW) -> Workspace:
    ws = Workspace.open(folder)
    ws.login(username, password)
    return ws


def _found(folder) -> list:
    ws = Workspace.open(folder)
    try:
        return ws.store.verify_integrity()
    finally:
        ws.close()


def _as_before_the_fix(monkeypatch) -> None:
    """`require` as it was: the account's row not compared with the chain."""
    monkeypatch.setattr(Store, "account_unrecorded", lambda self, row: None, raising=False)


def test_an_officer_made_administrator_with_sqlite3_adds_no_leader_account(commune, monkeypatch, capsys):
    """rt16's role_flip.sh: `chitieu --user canbo user add ld2 --role "Lãnh đạo"` while canbo's role
    reads Quản trị is refused (it ran, rc 0), naming the account and the administrator's check."""
    _role(commune, "canbo", ADMIN)
    monkeypatch.setenv("CHITIEU_PASSWORD", PW)
    monkeypatch.setenv("CHITIEU_NEW_PASSWORD", "Hoasen#2027")
    rc = main(["--data-dir", str(commune), "--user", "canbo", "user", "add", "ld2", "--full-name", "Trần Thị Bình",
               "--role", LEADER])
    err = capsys.readouterr().err
    assert rc == 2
    assert "Tài khoản canbo đã bị sửa ngoài chương trình (bằng công cụ khác, không qua chương trình)" in err
    assert "nên tài khoản này chưa được quản lý tài khoản" in err
    assert "Xác nhận đã kiểm tra thay đổi ngoài chương trình" in err
    _role(commune, "canbo", OFFICER)
    ws = _as(commune, "quantri")
    assert "ld2" not in [a.username for a in ws.users()]
    ws.close()
    assert _found(commune) == []  # nothing was done: intact, and canbo works as before
    ws = _as(commune, "canbo")
    ws.set_entry("2026-9M", "thu_ngan_sach", value="60.000")
    ws.close()


def test_an_officer_made_leader_with_sqlite3_neither_reopens_nor_approves(commune, data_dir):
    """rt16's reopen route: the role edited to Lãnh đạo, `reopen` (it reopened the approved period
    "by canbo") and `approve` are refused; the period stays as it was."""
    ws = _as(commune, "lanhdao")
    ws.approve(P)
    ws.close()
    _role(commune, "canbo", LEADER)
    ws = _as(commune, "canbo")
    with pytest.raises(ChangedOutside, match="^Tài khoản canbo đã bị sửa ngoài chương trình") as refused:
        ws.reopen(P, "Sửa số liệu")
    assert "chưa được mở lại kỳ báo cáo đã duyệt" in refused.value.message
    assert refused.value.en.startswith("The account canbo was changed outside the program")
    assert ws.period_state(P) == State.APPROVED
    ws.close()


def test_a_flip_and_revert_made_before_is_named_by_verify(commune, monkeypatch):
    """What an earlier version let through: canbo, Quản trị for one command, adds ld2 (Lãnh đạo),
    puts his role back. Every record is as the chain recorded it, but the chain still gives canbo
    the officer's role when the account was added: `verify` names it, and until an administrator
    acknowledges it no period is approved."""
    _role(commune, "canbo", ADMIN)
    with monkeypatch.context() as m:
        _as_before_the_fix(m)
        ws = _as(commune, "canbo")
        ws.add_user("ld2", "Phạm Thị Dung", "leader", "Hoasen#2027")
        ws.close()
    _role(commune, "canbo", OFFICER)
    (found,) = _found(commune)
    assert found.message.startswith("Tài khoản canbo (Cán bộ nhập liệu) đã thêm tài khoản ld2 (Lãnh đạo) lúc ")
    assert ("của nhật ký thay đổi): vai trò Cán bộ nhập liệu không được quản lý tài khoản, việc này dành cho Quản trị. "
            "Nhật ký không ghi chương trình đổi vai trò của tài khoản này: vai trò có thể đã bị sửa ngoài chương trình "
            "trong lúc làm việc đó.") in found.message
    assert found.en.startswith("The account canbo (Data-entry officer) added the account ld2 (Leader) at ")
    ws = _as(commune, "ld2", "Hoasen#2027")
    with pytest.raises(ChangedOutside, match="Tài khoản canbo \\(Cán bộ nhập liệu\\) đã thêm tài khoản ld2"):
        ws.approve(P)
    ws.close()
    ws = _as(commune, "quantri")
    assert ws.acknowledge_changes(_found(commune)) == [found.message]
    ws.close()
    assert _found(commune) == []


def test_an_approval_under_a_flipped_role_is_named_by_verify(commune, monkeypatch):
    """The officer, Lãnh đạo for one command, approves his own figures (however it got through: here
    with the checks of the account and of the period's changes left out): named as an approval by
    an account the chain holds as an officer."""
    _role(commune, "canbo", LEADER)
    with monkeypatch.context() as m:
        _as_before_the_fix(m)
        m.setattr(Workspace, "refuse_if_changed_outside", lambda self, period, doing: None)
        ws = _as(commune, "canbo")
        ws.approve(P)
        ws.close()
    _role(commune, "canbo", OFFICER)
    (found,) = _found(commune)
    assert found.message.startswith("Tài khoản canbo (Cán bộ nhập liệu) đã duyệt kỳ 6 tháng đầu năm 2026 lúc ")
    assert "vai trò Cán bộ nhập liệu không được duyệt kỳ báo cáo, việc này dành cho Lãnh đạo." in found.message


def test_roles_given_through_the_program_are_believed(commune):
    """An account added by the administrator acts in its role; a password the administrator resets
    (the program's own write of the account) changes nothing of that: intact all along."""
    ws = _as(commune, "quantri")
    ws.add_user("ld2", "Lê Văn Cường", "leader", "Hoasen#2027")
    ws.set_password("canbo", "Hoasen#2028")
    ws.close()
    ws = _as(commune, "ld2", "Hoasen#2027")
    ws.approve(P)
    ws.reopen(P, "Sửa số liệu BHYT")
    ws.close()
    ws = _as(commune, "canbo", "Hoasen#2028")
    ws.set_password("canbo", "Hoasen#2029", old_password="Hoasen#2028")  # the reset one is temporary
    ws.set_entry(P, "bhyt", numerator="9.600", denominator="10.000")
    ws.complete(P)
    ws.close()
    assert _found(commune) == []


def test_an_account_written_over_by_the_program_stays_refused_until_acknowledged(commune):
    """canbo's role edited to Lãnh đạo, then the administrator resets his password through the
    program: that write found the account changed and recorded it as it was. The flipped role is
    still not believed (it reopened, before) until the administrator acknowledges the change."""
    ws = _as(commune, "lanhdao")
    ws.approve(P)
    ws.close()
    _role(commune, "canbo", LEADER)
    ws = _as(commune, "quantri")
    ws.set_password("canbo", "Hoasen#2028")
    ws.close()
    ws = _as(commune, "canbo", "Hoasen#2028")
    ws.set_password("canbo", "Hoasen#2029", old_password="Hoasen#2028")  # the reset one is temporary
    with pytest.raises(ChangedOutside, match="^Tài khoản canbo đã bị sửa ngoài chương trình"):
        ws.reopen(P, "Sửa số liệu")
    ws.close()
    ws = _as(commune, "quantri")
    ws.acknowledge_changes(_found(commune))
    ws.close()
    ws = _as(commune, "canbo", "Hoasen#2029")  # the administrator looked, and let the role stand
    ws.reopen(P, "Sửa số liệu")
    ws.close()
    assert _found(commune) == []
