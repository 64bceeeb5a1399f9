"""The refusal of a task to the account logged in for its role, and who may do it instead and how
to come to them, so that both windows and the command line give one advice (`Workspace.require`).

A refusal said only the role ("việc này dành cho: Lãnh đạo"), and the province's window added "ask
the administrator to create a Leader account for you", to an officer whose office had its leader's
account already (walk h8). The office's accounts of that role that can log in are named now, and
the person is told to log in with one of them; only where none can is one to be made (by the
administrator; anybody else asks for it), or unlocked where an administrator locked them all.

The login of an account an administrator locked says likewise who unlocks it and how, and the
office's other accounts of its role that can log in (`locked_by_administrator`): it said "hãy hỏi
quản trị viên" alone, to an officer whose office had no other officer's account to log in with.
"""
from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.errors import NotPermitted
from desktop_app.core.users import (
    PERMISSION_EN,
    ROLE_EN,
    Account,
    Permission,
    Role,
    roles_for,
)
from desktop_app.core.validation import one_line
from desktop_app.core.words import Words

# Accounts named at most; the others are counted (an office has a few of each role).
NAMED = 3
THIS = Words("Việc này", "This")
UNLOCK = Words("Mở khóa tài khoản", "Unlock the account")  # the accounts dialog's button (ui/accounts_dialog.py)


def denied(account: Account | None, permission: Permission, accounts: Sequence[tuple[Account, bool]],
           province: bool, doing: tuple[str, str] | None = None) -> NotPermitted:
    """The refusal of `permission` to `account`, then who may do it (`who_may`: `accounts` and
    `province` as it takes them); `doing` (Vietnamese, English) names the task where the
    permission's own name would mislead (the province's "xác nhận khóa ký" needs the leader's
    right to approve, but is no period's approval)."""
    doing_vi, doing_en = doing or (permission.value, PERMISSION_EN[permission])
    if account is None:
        return NotPermitted(f"Cần đăng nhập để {doing_vi}.", field="Tài khoản",
                            en=f"Log in to {doing_en}.")
    who, name = who_may(permission, account, accounts, province), one_line(account.username)
    return NotPermitted(
        f"Tài khoản {name} ({account.role.value}) không được {doing_vi}. {who}",
        field="Tài khoản",
        en=f"The account {name} ({ROLE_EN[account.role]}) may not {doing_en}. {who.en}",
    )


def locked_by_administrator(account: Account, accounts: Sequence[tuple[Account, bool]],
                            province: bool) -> NotPermitted:
    """The refusal of a login to `account`, which an administrator locked (said only once its
    password was right): the administrators who unlock it and how, then the office's other
    accounts of its role that can log in, if any (`accounts`, `province` as `who_may` takes them)."""
    name, role = one_line(account.username), account.role
    where = _accounts_menu(province)
    how = Words(f"vào {where}, chọn {name} rồi bấm {UNLOCK}", f"open {where.en}, choose {name} and press {UNLOCK.en}")
    admins = _able(accounts, [Role.ADMIN])
    if admins:
        unlock = _log_in_with(admins, Words(Role.ADMIN.value, ROLE_EN[Role.ADMIN]), Words("Việc mở khóa", "Unlocking it"),
                              after=how)
    else:  # none can log in: the one who can come back to it is an administrator all the same
        unlock = Words(f"Quản trị viên mở khóa: {how}.", f"The administrator unlocks it: {how.en}.")
    said = Words(f"Tài khoản {name} ({role.value}) đã bị quản trị viên khóa. {unlock}",
                 f"The account {name} ({ROLE_EN[role]}) was locked by the administrator. {unlock.en}")
    others = [a for a in _able(accounts, [role]) if a.username != account.username]
    if others:
        named = _names(others)
        said = Words(f"{said} Hoặc đăng nhập bằng tài khoản {role.value} khác: {named}.",
                     f"{said.en} Or log in with another {ROLE_EN[role]} account: {named.en}.")
    return NotPermitted(said, field="Tài khoản", en=said.en)


def views_only(account: Account, accounts: Sequence[tuple[Account, bool]], province: bool) -> Words:
    """Over a commune's table, to an account that may not enter figures: it only views them, and who
    enters them (`who_may`)."""
    who = who_may(Permission.ENTER, account, accounts, province, Words("Việc nhập số liệu", "Entering figures"))
    name = one_line(account.full_name)
    return Words(f"Tài khoản {name} ({account.role.value}) chỉ xem số liệu. {who}",
                 f"Account {name} ({ROLE_EN[account.role]}) can only view the figures. {who.en}")


def who_may(permission: Permission, asker: Account, accounts: Sequence[tuple[Account, bool]],
            province: bool, task: Words = THIS) -> Words:
    """What `asker`, refused `permission`, is to do: the accounts that may, or how to get one.
    `accounts`: the office's, each with whether it can log in (False: locked by an administrator;
    one locked for a while after wrong passwords is named, the login says until when);
    `province`: said with the province window's menus (Tệp), else the commune's (Quản trị); `task`,
    what is done, as the sentence's subject."""
    roles = roles_for(permission)
    doer = Words(" hoặc ".join(r.value for r in roles), " or ".join(ROLE_EN[r] for r in roles))
    able = _able(accounts, roles)
    if able:
        return _log_in_with(able, doer, task, province)
    # none can log in: made by the administrator, whose own role does not do the work of the others
    made = [r for r in roles if r != Role.ADMIN] or roles
    role = Words(" hoặc ".join(r.value for r in made), " or ".join(ROLE_EN[r] for r in made))
    locked = any(not can_log_in and a.role in made for a, can_log_in in accounts)
    where = _accounts_menu(province)
    if locked:
        why = Words(f"mà tài khoản {role} nào cũng đang bị khóa", f"and every {role.en} account is locked")
        if asker.can(Permission.MANAGE_USERS):
            what = Words(f"mở khóa một tài khoản hoặc tạo tài khoản mới ở {where}",
                         f"unlock one or make a new one in {where.en}")
        else:
            what = Words(f"đề nghị quản trị viên mở khóa một tài khoản hoặc tạo tài khoản mới cho bạn (ở {where})",
                         f"ask the administrator to unlock one or make you a new one (in {where.en})")
    else:
        why = Words(f"mà chưa có tài khoản {role} nào", f"and there is no {role.en} account yet")
        if asker.can(Permission.MANAGE_USERS):
            what = Words(f"tạo một tài khoản vai trò {role} ở {where} (cho chính mình cũng được, với tên đăng "
                         "nhập khác)", f"make an account with the role {role.en} in {where.en} (for yourself "
                                       "too, under another user name)")
        else:
            what = Words(f"đề nghị quản trị viên tạo một tài khoản vai trò {role} cho bạn (ở {where})",
                         f"ask the administrator to make you an account with the role {role.en} (in {where.en})")
    then = _log_in(Words("tài khoản đó", "it"), province)
    return Words(f"{task} do {doer} làm, {why}: {what}, rồi {then}.",
                 f"{task.en} is for the role {doer.en}, {why.en}: {what.en}, then {then.en}.")


def _able(accounts: Sequence[tuple[Account, bool]], roles: list[Role]) -> list[Account]:
    """The accounts of `roles` that can log in, by role then user name."""
    return sorted((a for a, can_log_in in accounts if can_log_in and a.role in roles),
                  key=lambda a: (roles.index(a.role), a.username))


def _names(able: list[Account]) -> Words:
    """A few of `able` named, the others counted."""
    # names as stored, cleaned: a direction mark, a line break or a terminal's escape edited in (h12 #3)
    names = ", ".join(f"{one_line(a.full_name)} ({one_line(a.username)})" for a in able[:NAMED])
    more = len(able) - NAMED
    return Words(names + f" và {more} tài khoản khác" * (more > 0),
                 names + f" and {more} other account{'s' * (more > 1)}" * (more > 0))


def _log_in_with(able: list[Account], doer: Words, task: Words, province: bool = False,
                 after: Words | None = None) -> Words:
    """Log in with one of `able` (`_names`): how, from the window (`province` as `who_may`
    takes it); or, at the login itself, what to do `after` logging in."""
    that = Words("tài khoản đó", "that account") if len(able) == 1 else Words(
        "một trong các tài khoản đó", "one of these accounts")
    then = (_log_in(that, province) if after is None
            else Words(f"đăng nhập bằng {that}, {after}", f"log in with {that.en}, {after.en}"))
    named = _names(able)
    return Words(f"{task} do {doer} làm: {named} — {then}.",
                 f"{task.en} is for the role {doer.en}: {named.en} — {then.en}.")


def _accounts_menu(province: bool) -> Words:
    """Where the window has the accounts: the province's Tệp menu, the commune's Quản trị menu."""
    if province:
        return Words("Tệp › Tài khoản…", "File › Accounts…")
    return Words("Quản trị › Tài khoản…", "Administration › Accounts…")


def _log_in(that: Words, province: bool) -> Words:
    """How the next person logs in with `that` account: the commune's Tệp menu has "Đăng nhập
    tài khoản khác…", the province's "Đăng xuất" (the login then asks who comes next). The
    command line prints the same words."""
    if province:
        return Words(f"đăng xuất (Tệp › Đăng xuất) và đăng nhập bằng {that}",
                     f"log out (File › Log out) and log in with {that.en}")
    return Words(f"đăng nhập bằng {that} (Tệp › Đăng nhập tài khoản khác…)",
                 f"log in with {that.en} (File › Log in as another account…)")
