"""Wrong passwords tried at the same time (several windows or `chitieu --user` commands, each its
own connection) are each counted: the fifth locks the account, whichever process tries it. The
count was read before the write transaction and written back, so parallel guesses overwrote each
other's (red-team 12: 40 guesses before the lock instead of 5); and a right password whose check
began before a parallel guess locked the account got in."""
from __future__ import annotations

import threading

import pytest

from desktop_app import accounts
from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import MAX_FAILURES, Role
from desktop_app.services import Workspace

ADMIN = ("quantri", "cay-tre-2026")
LEADER = ("lanhdao", "duyet-so-2026")


def _commune(data_dir):
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", Role.ADMIN, ADMIN[1])
    ws.login(*ADMIN)
    ws.add_user(LEADER[0], "Trần Thị Bình", Role.LEADER, LEADER[1])
    ws.close()


def test_parallel_wrong_passwords_each_count(data_dir):
    """8 wrong passwords at once, each from its own workspace: 4 are told how many tries are left
    (4, 3, 2, 1, each once), the rest that the account is locked, and it is."""
    _commune(data_dir)
    n = 8
    workspaces = [Workspace.open(data_dir) for _ in range(n)]
    start = threading.Barrier(n)
    answers: list[str] = []

    def guess(i):
        start.wait()
        try:
            workspaces[i].login(LEADER[0], f"sai-mat-khau-{i}")
        except NotPermitted as err:
            answers.append(err.message)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for ws in workspaces:
        ws.close()
    left = sorted(int(a.split("Còn ")[1].split()[0]) for a in answers if "Còn " in a)
    assert left == list(range(1, MAX_FAILURES)), answers
    assert sum("Tài khoản tạm khóa" in a for a in answers) == n - (MAX_FAILURES - 1), answers
    ws = Workspace.open(data_dir)
    with pytest.raises(NotPermitted, match="Tài khoản tạm khóa"):
        ws.login(*LEADER)  # the right password too, until the lock ends
    ws.close()


def test_right_password_checked_while_a_parallel_guess_locks_gets_nothing(data_dir, monkeypatch):
    """The leader's right password is being checked (scrypt) while another process makes the fifth
    wrong guess: the login that ends after the lock is refused as locked, not let in."""
    _commune(data_dir)
    other = Workspace.open(data_dir)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(NotPermitted, match="Còn"):
            other.login(LEADER[0], "sai-mat-khau")
    check = accounts.verify_password

    def slow_check(password, hashed):
        if password == LEADER[1]:  # meanwhile, in the other process: the fifth wrong guess
            with pytest.raises(NotPermitted, match="Tài khoản tạm khóa"):
                other.login(LEADER[0], "sai-mat-khau")
        return check(password, hashed)

    monkeypatch.setattr(accounts, "verify_password", slow_check)
    ws = Workspace.open(data_dir)
    with pytest.raises(NotPermitted, match="Tài khoản tạm khóa"):
        ws.login(*LEADER)
    assert ws.account is None
    ws.close()
    other.close()
