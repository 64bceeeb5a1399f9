"""An administrator's lock of an account (walk 15, M1): asked first, naming the person and role;
kept in the list, marked, and undone by unlocking; the last Leader only when warned, the last
Administrator never; the locked person, with the right password, is told who locked them; and
the word for it differs from the lock-out after wrong passwords ("tạm khóa")."""
import datetime as dt

import pytest

from desktop_app.accounts import LastLeader
from desktop_app.core.errors import InvalidInput, NotPermitted
from desktop_app.core.users import Role
from tests.core.test_cli import chitieu  # noqa: F401 (fixtures)
from tests.core.test_cli_workflow import office_dir, run_as  # noqa: F401
from tests.core.test_workflow import PW, as_, office  # noqa: F401 (the fixture)

LOCKED = ("Tài khoản canbo (Cán bộ nhập liệu) đã bị quản trị viên khóa. Việc mở khóa do Quản trị làm: Hoàng Văn "
          "Quản (admin) — đăng nhập bằng tài khoản đó, vào Quản trị › Tài khoản…, chọn canbo rồi bấm Mở khóa tài "
          "khoản.")


def test_the_question_names_the_person_and_role_and_a_locked_account_stays_listed(office):  # noqa: F811
    as_(office, "admin")
    question = office.lock_question("canbo")
    assert question.text.startswith("Khóa tài khoản canbo — Nguyễn Văn An, Cán bộ nhập liệu?")
    assert question.text.en.startswith("Lock the account canbo — Nguyễn Văn An, Data-entry officer?")
    assert not question.last_leader and "⚠" not in question.text
    assert office.store.user("canbo").active  # asking changes nothing

    said = office.lock_account("canbo")
    assert said == "Đã khóa tài khoản canbo (Nguyễn Văn An)."
    listed = {a.account.username: a.locked for a in office.accounts()}
    assert listed == {"admin": False, "lanhdao": False, "canbo": True}
    assert [a.account.username for a in office.accounts()][-1] == "canbo"  # the locked ones last
    assert "canbo" not in [a.username for a in office.users()]  # nobody to give a task to
    with pytest.raises(InvalidInput, match="đã bị khóa rồi"):
        office.lock_question("canbo")


def test_the_locked_person_with_the_right_password_is_told_who_locked_them_and_a_wrong_one_is_not(office):  # noqa: F811
    as_(office, "admin")
    office.lock_account("canbo")
    office.logout()
    with pytest.raises(NotPermitted) as right:
        office.login("canbo", PW["canbo"])
    assert right.value.message == LOCKED
    assert right.value.en == (
        "The account canbo (Data-entry officer) was locked by the administrator. Unlocking it is for the role "
        "Administrator: Hoàng Văn Quản (admin) — log in with that account, open Administration › Accounts…, choose "
        "canbo and press Unlock the account.")
    for _ in range(6):  # a guess learns nothing, and is not counted towards a lock-out
        with pytest.raises(NotPermitted) as wrong:
            office.login("canbo", "doan-mo-mat-khau")
        assert wrong.value.message == "Sai tên đăng nhập hoặc mật khẩu. Kiểm tra bộ gõ (Unikey) và phím Caps Lock."
    assert office.store.user("canbo").failed_logins == 0


def test_unlocking_lets_the_person_in_again_and_both_are_in_the_audit_trail(office):  # noqa: F811
    as_(office, "admin")
    office.lock_account("canbo")
    assert office.unlock_account("canbo").startswith("Đã mở khóa tài khoản canbo (Nguyễn Văn An)")
    with pytest.raises(InvalidInput, match="không bị khóa"):
        office.unlock_account("canbo")
    rows = [(r.action, r.new) for r in office.store.audit_rows() if r.action == "user_active"]
    assert rows == [("user_active", "canbo: False"), ("user_active", "canbo: True")]
    assert office.login("canbo", PW["canbo"]).role == Role.OFFICER


def test_only_an_administrator_unlocks(office):  # noqa: F811
    as_(office, "admin")
    office.lock_account("canbo")
    as_(office, "lanhdao")
    with pytest.raises(NotPermitted, match="quản lý tài khoản"):
        office.unlock_account("canbo")
    assert not office.store.user("canbo").active


def test_the_last_leader_is_locked_only_when_warned_of_it(office):  # noqa: F811
    as_(office, "admin")
    question = office.lock_question("lanhdao")
    assert question.last_leader
    assert ("⚠ lanhdao là tài khoản Lãnh đạo cuối cùng còn đăng nhập được: khóa nó thì không ai duyệt, mở lại kỳ "
            "báo cáo hay ký số báo cáo được nữa") in question.text
    with pytest.raises(LastLeader, match="^Chưa khóa. lanhdao là tài khoản Lãnh đạo cuối cùng"):
        office.lock_account("lanhdao")
    assert office.store.user("lanhdao").active
    office.lock_account("lanhdao", last_leader=True)
    assert not office.store.user("lanhdao").active


def test_with_another_leader_no_warning(office):  # noqa: F811
    as_(office, "admin")
    office.add_user("lanhdao2", "Lê Văn Cường", Role.LEADER, "duyet-so-2027")
    question = office.lock_question("lanhdao")
    assert not question.last_leader and "⚠" not in question.text
    office.lock_account("lanhdao")
    assert office.lock_question("lanhdao2").last_leader  # now the last one


def test_the_administrator_cannot_lock_their_own_account(office):  # noqa: F811
    """Nor, therefore, the last administrator: someone must be left to unlock."""
    as_(office, "admin")
    with pytest.raises(InvalidInput, match="Không tự khóa được tài khoản đang đăng nhập"):
        office.lock_question("admin")
    with pytest.raises(InvalidInput, match="Không tự khóa được tài khoản đang đăng nhập"):
        office.lock_account("admin")
    office.add_user("admin2", "Phạm Thị Dung", Role.ADMIN, "cay-tre-2027")
    office.login("admin2", "cay-tre-2027")
    office.lock_account("admin")  # another administrator may
    assert not office.store.user("admin").active


def test_the_two_locks_have_different_words(office):  # noqa: F811
    """The lock-out after wrong passwords is "tạm khóa"; a password reset says it ended, and says an
    administrator's lock is still there (it said "tài khoản được mở khóa" of both)."""
    t0 = dt.datetime.now().astimezone()
    with pytest.raises(NotPermitted, match="trước khi tài khoản bị tạm khóa 5 phút"):
        office.login("canbo", "sai-mat-khau", now=t0)
    for _ in range(4):
        with pytest.raises(NotPermitted):
            office.login("canbo", "sai-mat-khau", now=t0)
    as_(office, "admin")
    assert {a.account.username: a.locked_until is not None for a in office.accounts(now=t0)} == {
        "admin": False, "canbo": True, "lanhdao": False}
    said = office.set_password("canbo", "mat-khau-moi-1")
    temporary = " Đây là mật khẩu tạm: đăng nhập bằng nó, canbo phải đặt ngay mật khẩu mới của riêng mình, và được cho biết ai đã đặt lại, lúc nào."
    assert said == "Đã đặt mật khẩu mới cho canbo. Tài khoản hết bị tạm khóa vì nhập sai mật khẩu." + temporary
    assert said.en == ("canbo has a new password. The account is no longer locked for the wrong passwords typed."
                       " It is a temporary password: logging in with it, canbo must at once choose a new password of their own, and is told who reset it and when.")
    assert office.set_password("canbo", "mat-khau-moi-2") == "Đã đặt mật khẩu mới cho canbo." + temporary
    office.lock_account("canbo")
    assert office.set_password("canbo", "mat-khau-moi-3") == (
        "Đã đặt mật khẩu mới cho canbo. Tài khoản vẫn đang bị quản trị viên khóa: mở khóa thì người này mới "
        "đăng nhập được." + temporary)


def test_the_command_line_locks_lists_and_unlocks(office_dir, run_as):  # noqa: F811
    r = run_as(office_dir, "admin", "user", "lock", "canbo")
    assert r.returncode == 0 and r.stdout.strip() == "Đã khóa tài khoản canbo (Canbo).", r.stderr
    listing = run_as(office_dir, "admin", "user", "list").stdout
    assert next(line for line in listing.splitlines() if line.startswith("canbo")).endswith("Canbo  (đã khóa)")
    r = run_as(office_dir, "canbo", "status")
    assert r.returncode == 2 and LOCKED in " ".join(r.stderr.split())
    r = run_as(office_dir, "admin", "user", "lock", "lanhdao")
    assert r.returncode == 2 and "Lãnh đạo cuối cùng" in r.stderr and "thêm --last-leader" in r.stderr
    assert run_as(office_dir, "admin", "user", "unlock", "canbo").returncode == 0
    assert run_as(office_dir, "canbo", "status").returncode == 0
    r = run_as(office_dir, "lanhdao", "user", "unlock", "canbo")
    assert r.returncode == 2 and "Quản trị" in r.stderr
