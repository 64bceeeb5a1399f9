"""The command line obeys accounts, roles and frozen periods exactly as the window does."""
import json

import pytest

from tests.core.test_cli import chitieu, digest

PASSWORDS = {"admin": "cay-tre-2026", "canbo": "nhaplieu-2026", "lanhdao": "duyet-so-2026"}
TEMPORARY = "tam-thoi-2026"  # what the administrator gives each person, changed at once


@pytest.fixture
def run_as(chitieu):
    """run_as(data_dir, who, *args): one command as `who`, with that account's password."""
    def run(d, who, *args, new_password=None):
        env = {"CHITIEU_USER": who, "CHITIEU_PASSWORD": PASSWORDS.get(who, "")}
        if new_password:
            env["CHITIEU_NEW_PASSWORD"] = new_password
        return chitieu(d, *args, env=env)

    return run


@pytest.fixture
def office_dir(tmp_path, run_as, chitieu):
    d = tmp_path / "office"
    r = run_as(d, "", "user", "add", "admin", "--full-name", "Hoàng Văn Quản", "--role", "Quản trị",
               new_password=PASSWORDS["admin"])
    assert r.returncode == 0, r.stderr
    assert run_as(d, "admin", "setup", "--commune", "Đại Phúc", "--preparer", "A", "--signer", "B").returncode == 0
    for who, role in (("canbo", "Cán bộ nhập liệu"), ("lanhdao", "Lãnh đạo")):
        r = run_as(d, "admin", "user", "add", who, "--full-name", who.title(), "--role", role,
                   new_password=TEMPORARY)
        assert r.returncode == 0, r.stderr
        # the administrator's password is temporary: each person chooses their own, as they must
        r = chitieu(d, "user", "passwd", who, env={"CHITIEU_USER": who, "CHITIEU_PASSWORD": TEMPORARY,
                                                   "CHITIEU_NEW_PASSWORD": PASSWORDS[who]})
        assert r.returncode == 0, r.stderr
    return d


def test_cli_needs_a_login_once_accounts_exist(office_dir, chitieu):
    """Without CHITIEU_USER the command refuses and says how to log in."""
    r = chitieu(office_dir, "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "1")
    assert r.returncode == 2 and "--user" in r.stderr


def test_cli_refuses_a_role_that_may_not(office_dir, run_as):
    """A leader cannot enter values from the command line either."""
    r = run_as(office_dir, "lanhdao", "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "1")
    assert r.returncode == 2 and "Lãnh đạo" in r.stderr


def test_cli_full_cycle_and_frozen_period(office_dir, run_as):
    """Officer fills and completes, leader approves; then every write is refused; reopen allows it again."""
    d = office_dir
    steps = [
        ("baseline", "--indicator", "giam_ngheo", "--value", "6%"),
        ("baseline", "--indicator", "ket_nap_dang_vien", "--value", "300"),
        ("set", "--period", "2026", "--indicator", "thu_ngan_sach", "--value", "150.000"),
        ("set", "--period", "2026", "--indicator", "bhyt", "--numerator", "19.900", "--denominator", "20.000"),
        ("set", "--period", "2026", "--indicator", "giam_ngheo", "--numerator", "50", "--denominator", "1.000"),
        ("set", "--period", "2026", "--indicator", "truong_chuan", "--numerator", "21", "--denominator", "22"),
        ("set", "--period", "2026", "--indicator", "lao_dong_dao_tao", "--numerator", "850", "--denominator", "1.000"),
        ("set", "--period", "2026", "--indicator", "nuoc_sach_nong_thon", "--numerator", "830", "--denominator", "1.000"),
        ("set", "--period", "2026", "--indicator", "ket_nap_dang_vien", "--value", "12"),
        ("set", "--period", "2026", "--indicator", "to_chuc_dang_htt", "--numerator", "30", "--denominator", "31"),
        ("complete", "--period", "2026"),
    ]
    for step in steps:
        r = run_as(d, "canbo", *step)
        assert r.returncode == 0, (step, r.stderr)
    r = run_as(d, "lanhdao", "approve", "--period", "2026")
    assert r.returncode == 0 and "Mã xác thực" in r.stdout, r.stderr
    status = json.loads(run_as(d, "lanhdao", "status", "--json").stdout)
    assert next(s for s in status if s["period"] == "2026")["state"] == "Đã duyệt"
    # show says the state with the figures, not only status (walk U20 F9)
    assert "\nTrạng thái: Đã duyệt\n" in run_as(d, "canbo", "show", "--period", "2026").stdout
    assert json.loads(run_as(d, "canbo", "show", "--period", "2026", "--json").stdout)["state"] == "Đã duyệt"

    before = digest(d / "chitieu.db")
    for who, write in [
        ("canbo", ("set", "--period", "2026", "--indicator", "bhyt", "--numerator", "19.000")),
        ("canbo", ("set", "--period", "2026", "--indicator", "bhyt", "--comment", "sửa")),
        ("lanhdao", ("target", "--year", "2026", "--indicator", "bhyt", "--op", ">=", "--value", "99")),
        ("canbo", ("baseline", "--indicator", "ket_nap_dang_vien", "--value", "290")),
    ]:
        r = run_as(d, who, *write)
        assert r.returncode == 2 and "mở lại" in r.stderr, (write, r.stderr)
    assert digest(d / "chitieu.db") == before

    assert run_as(d, "lanhdao", "reopen", "--period", "2026", "--reason", "Điều chỉnh số liệu BHYT").returncode == 0
    r = run_as(d, "canbo", "set", "--period", "2026", "--indicator", "bhyt", "--numerator", "19.950")
    assert r.returncode == 0, r.stderr


def test_cli_user_list_and_password_reset(office_dir, run_as, chitieu):
    """The administrator lists accounts and resets a password; the new one logs in, to choose the person's own."""
    listing = run_as(office_dir, "admin", "user", "list").stdout
    assert "canbo" in listing and "Lãnh đạo" in listing
    r = run_as(office_dir, "admin", "user", "passwd", "canbo", new_password="mat-khau-moi-9")
    assert r.returncode == 0, r.stderr
    assert "Đây là mật khẩu tạm" in r.stdout
    r = chitieu(office_dir, "status", env={"CHITIEU_USER": "canbo", "CHITIEU_PASSWORD": "mat-khau-moi-9"})
    assert r.returncode == 2 and "chitieu user passwd canbo" in r.stderr  # nothing before choosing one's own
    r = chitieu(office_dir, "user", "passwd", "canbo", env={"CHITIEU_USER": "canbo", "CHITIEU_PASSWORD": "mat-khau-moi-9",
                                                           "CHITIEU_NEW_PASSWORD": "mat-khau-rieng-9"})
    assert r.returncode == 0, r.stderr
    r = chitieu(office_dir, "status", env={"CHITIEU_USER": "canbo", "CHITIEU_PASSWORD": "mat-khau-rieng-9"})
    assert r.returncode == 0, r.stderr
