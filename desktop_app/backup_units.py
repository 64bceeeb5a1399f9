"""Which unit a backup is of, for a restore: a backup of another unit (or the province's database
on a commune's computer, or the reverse) is refused naming both; over a database with no unit
chosen yet, the warning says which unit the backup is of. And how the periods of a backup and of
a database that does not carry on its history differ, and who may restore at start (the
administrator's login against the database's accounts, or the backup's when it cannot be read):
desktop_app/backups.py asks."""
from __future__ import annotations

from pathlib import Path

from db import backup as sqlite_backup
from desktop_app.core.errors import NotFound, NotPermitted
from desktop_app.core.periods import in_sentence, in_time, parse_period
from desktop_app.core.submission import SHORT_FINGERPRINT
from desktop_app.core.users import Role, verify_password
from desktop_app.core.words import Words
from desktop_app.core.workflow import State
from desktop_app.database_mode import MODE_COMMUNE, MODE_PROVINCE
from desktop_app.resources import default_catalog


def unit_of(path: Path) -> tuple[str, str | None] | None:
    """The unit a database file works for: ("province", None), ("commune", its code), or None when
    none is chosen yet (a new database, one made before the first set-up) or the file cannot be read."""
    mode, code = sqlite_backup.unit(path) or (None, None)
    if mode == MODE_PROVINCE:
        return MODE_PROVINCE, None
    return (MODE_COMMUNE, code) if code and mode in (None, MODE_COMMUNE) else None


def unit_words(unit: tuple[str, str | None]) -> Words:
    """"Xã Tân Cương (mã 05503)", or "cấp tỉnh", as a sentence names it."""
    mode, code = unit
    if mode == MODE_PROVINCE:
        return Words("cấp tỉnh", "the province")
    try:
        name = default_catalog().commune_by_code(code).name
    except NotFound:
        return Words(f"đơn vị mã {code}", f"the unit with the code {code}")
    return Words(f"{name} (mã {code})", f"{name} (code {code})")


def other_unit(db_path: Path, source: Path) -> Words | None:
    """Why a backup of another unit (or of the province's database on a commune's computer, or the
    reverse) is not restored over a database that works for a unit: almost always a mistake (a file
    taken from the wrong folder or USB stick), and the restored database would go on as that unit,
    its reports exported in that unit's name and signed with that unit's key. None when the backup
    is of the same unit, or when the database has none chosen yet (a computer set up again from
    scratch restores its own backup: `backup_unit_line` says which unit it is of)."""
    now, then = unit_of(db_path), unit_of(source)
    if now is None or then is None or now == then:
        return None
    ours, theirs = unit_words(now), unit_words(then)
    if now[0] == MODE_COMMUNE and then[0] == MODE_COMMUNE:
        todo = Words(
            f"Hãy chọn bản sao lưu của {ours}. Nếu từ nay máy này làm việc cho {theirs}: Quản trị chọn đơn vị "
            "đó trong Tệp › Cài đặt… (trên dòng lệnh: chitieu setup) rồi khôi phục lại.",
            f"Choose a backup of {ours.en}. If this computer now works for {theirs.en}: an administrator chooses "
            "that unit in File › Settings… (on the command line: chitieu setup), then restores again.")
    else:
        todo = Words(
            f"Hãy chọn bản sao lưu của {ours}. Mỗi xã, phường và tỉnh dùng cơ sở dữ liệu riêng: bản sao lưu "
            f"của {theirs} khôi phục vào một thư mục dữ liệu riêng (chitieu --data-dir THƯ_MỤC).",
            f"Choose a backup of {ours.en}. Each commune, ward and the province has a database of its own: a "
            f"backup of {theirs.en} is restored into a data folder of its own (chitieu --data-dir FOLDER).")
    return Words(
        f"Bản sao lưu {Path(source).name} là của {theirs}, không phải của {ours}, đơn vị của cơ sở dữ liệu "
        f"đang dùng: không khôi phục, chưa có gì bị thay. {todo}",
        f"The backup {Path(source).name} is of {theirs.en}, not of {ours.en}, the unit of the database in use: "
        f"it was not restored, nothing was replaced. {todo.en}")


def backup_unit_line(db_path: Path, source: Path, own: bool = False, usual: frozenset = frozenset()) -> Words | None:
    """When the database has no unit chosen yet: which unit the backup is of, which the database
    works for once restored. When the database cannot be read (damaged, at start) its unit is known
    only from its own backups (`usual`: the units of the files in its backup folder): nothing when
    the backup is `own` (one of them) or of that unit; the warning when it is of another; a check
    ("đúng đơn vị của máy này?") when the folder says nothing."""
    then = unit_of(source)
    if unit_of(db_path) is not None or then is None:
        return None
    unreadable = sqlite_backup.unit(db_path) is None
    if unreadable and (own or usual == {then}):
        return None
    unit = unit_words(then)
    if unreadable and usual:
        ours = Words.joined([unit_words(u) for u in sorted(usual, key=str)], ", ")
        return Words(
            f"Bản sao lưu là của {unit}, nhưng các bản sao lưu của máy này (trong thư mục sao lưu) là của {ours}: "
            "sau khi khôi phục, máy này làm việc cho đơn vị của bản sao lưu, báo cáo xuất mang tên đơn vị đó và ký "
            "bằng khóa trong bản sao lưu.",
            f"The backup is of {unit.en}, but this computer's backups (in the backup folder) are of {ours.en}: after "
            "the restore, this computer works for the backup's unit, its reports exported in its name and signed "
            "with the key in the backup.")
    if then[0] == MODE_PROVINCE:
        return Words("Bản sao lưu là của cấp tỉnh (nhận và tổng hợp báo cáo): sau khi khôi phục, máy này làm "
                     "việc của cấp tỉnh.",
                     "The backup is the province's (receiving and consolidating reports): after the restore, "
                     "this computer does the province's work.")
    if unreadable:
        return Words(
            f"Bản sao lưu là của {unit}: đúng đơn vị của máy này? Cơ sở dữ liệu bị hỏng nên không biết của đơn vị "
            "nào; sau khi khôi phục, máy này làm việc cho đơn vị của bản sao lưu, báo cáo xuất mang tên đơn vị đó và "
            "ký bằng khóa trong bản sao lưu.",
            f"The backup is of {unit.en}: is that this computer's unit? The database is damaged, so its unit is not "
            "known; after the restore, this computer works for the backup's unit, its reports exported in its name "
            "and signed with the key in the backup.")
    return Words(
        f"Bản sao lưu là của {unit}: sau khi khôi phục, máy này làm việc cho đơn vị đó, báo cáo xuất mang tên "
        "đơn vị đó và ký bằng khóa trong bản sao lưu.",
        f"The backup is of {unit.en}: after the restore, this computer works for that unit, its reports exported "
        "in its name and signed with the key in the backup.")


def states_apart(now: dict, then: dict) -> list[Words]:
    """The periods whose state differs between a database (`now`) and a backup (`then`) whose
    history it does not carry on (`db.backup.continues`: the computer set up again, or the database
    restored meanwhile from another backup), said with no claim of what was done before or after
    the backup: the two files' rows cannot be compared. `now`, `then`: db.backup.approval_states."""
    def state(row):
        if row is None:
            return Words(State.ENTERING.value, State.ENTERING.en)
        st = State(row["state"])
        code = row["fingerprint"][:SHORT_FINGERPRINT]
        return (Words(f"{st.value} (mã xác thực {code})", f"{st.en} (code {code})") if st.frozen and code
                else Words(st.value, st.en))

    lines = []
    for key in sorted(now.keys() | then.keys(), key=lambda k: in_time(parse_period(k[1]))):
        ours, theirs = state(now.get(key)), state(then.get(key))
        if str(ours) == str(theirs):
            continue
        p = parse_period(key[1])
        lines.append(Words(
            f"Kỳ {in_sentence(p.name)}: trong cơ sở dữ liệu đang dùng ở trạng thái {ours}, trong bản sao lưu ở trạng "
            f"thái {theirs}; sau khi khôi phục, kỳ đó như trong bản sao lưu.",
            f"{p.name_en}: {ours.en} in the database in use, {theirs.en} in the backup; after the restore, the period "
            "is as in the backup."))
    return lines


def start_restore_needs_login(db_path: Path, source: Path) -> bool:
    """Whether restoring at start-up needs an administrator's login: when the database (or,
    if it cannot be read, the backup) has accounts."""
    return bool(_accounts_to_check(db_path, source))


def _accounts_to_check(db_path: Path, source: Path) -> list[tuple]:
    current = sqlite_backup.accounts(db_path)
    return current if current is not None else (sqlite_backup.accounts(source) or [])


def administrators_in_backup(db_path: Path) -> bool:
    """Whether a restore at start checks the administrator against the backup's accounts: the
    database's own cannot be read."""
    return sqlite_backup.accounts(db_path) is None


def check_administrator(db_path: Path, source: Path, username: str, password: str) -> None:
    """Refuse unless `username` is an active administrator of the database (or of the backup,
    when the database cannot be read) and `password` is theirs: a wrong name or password is said
    to be wrong, an account that is no active administrator is named."""
    name = (username or "").strip().lower()
    where = (Words("trong bản sao lưu", "in the backup") if administrators_in_backup(db_path)
             else Words("của cơ sở dữ liệu đang dùng", "of the database in use"))
    for user, role, password_hash, active in _accounts_to_check(db_path, source):
        if user == name and verify_password(password, password_hash):
            if active and role == Role.ADMIN.value:
                return
            raise NotPermitted(
                f"Tài khoản {name} {where} không phải tài khoản Quản trị đang dùng được: khôi phục cơ sở dữ liệu "
                "cần tên đăng nhập và mật khẩu của một tài khoản Quản trị.",
                field="Tài khoản",
                en=f"The account {name} {where.en} is not an active Administrator account: restoring the database "
                   "needs the user name and password of an Administrator account.")
    raise NotPermitted(f"Tên đăng nhập hoặc mật khẩu không đúng (tài khoản Quản trị {where}).",
                       field="Mật khẩu",
                       en=f"Wrong user name or password (an Administrator account {where.en}).")
