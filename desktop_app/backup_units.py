"""Which unit a backup is of, for a restore: a backup of another unit (or the province's database
on a commune's computer, or the reverse) is refused naming both; over a database with no unit
chosen yet, the warning says which unit the backup is of. And how the periods of a backup and of
a database that does not carry on its history differ (desktop_app/backups.py asks)."""
from __future__ import annotations

from pathlib import Path

from db import backup as sqlite_backup
from desktop_app.core.errors import NotFound
from desktop_app.core.periods import in_sentence, parse_period
from desktop_app.core.submission import SHORT_FINGERPRINT
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
            "đó trong Tệp › Cài đặt… (chitieu setup --commune …) rồi khôi phục lại.",
            f"Choose a backup of {ours.en}. If this computer now works for {theirs.en}: an administrator chooses "
            "that unit in File › Settings… (chitieu setup --commune …), then restores again.")
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


def backup_unit_line(db_path: Path, source: Path, own: bool = False) -> Words | None:
    """When the database has no unit chosen yet: which unit the backup is of, which the database
    works for once restored. Also when the database cannot be read (damaged, at start), unless the
    backup is `own`, one of the program's own backups of it (its backup folder): no question then."""
    then = unit_of(source)
    if unit_of(db_path) is not None or then is None:
        return None
    if own and sqlite_backup.unit(db_path) is None:
        return None
    if then[0] == MODE_PROVINCE:
        return Words("Bản sao lưu là của cấp tỉnh (nhận và tổng hợp báo cáo): sau khi khôi phục, máy này làm "
                     "việc của cấp tỉnh.",
                     "The backup is the province's (receiving and consolidating reports): after the restore, "
                     "this computer does the province's work.")
    unit = unit_words(then)
    return Words(
        f"Bản sao lưu là của {unit}: sau khi khôi phục, máy này làm việc cho đơn vị đó, báo cáo xuất mang tên "
        "đơn vị đó và ký bằng khóa trong bản sao lưu.",
        f"The backup is of {unit.en}: after the restore, this computer works for that unit, its reports exported "
        "in its name and signed with the key in the backup.")


def states_apart(now: dict, then: dict) -> list[Words]:
    """The periods whose state differs between a database (`now`) and a backup (`then`) whose
    history it does not carry on (`db.backup.continues`: the computer set up again, or the database
    restored meanwhile from another backup), said with no claim of what was done before or after
    the backup: the two files' rows cannot be compared. `now`, `then`: backups._periods_now."""
    def state(row):
        if row is None:
            return Words(State.ENTERING.value, State.ENTERING.en)
        st = State(row["state"])
        code = row["fingerprint"][:SHORT_FINGERPRINT]
        return (Words(f"{st.value} (mã xác thực {code})", f"{st.en} (code {code})") if st.frozen and code
                else Words(st.value, st.en))

    lines = []
    for key in sorted(now.keys() | then.keys(), key=lambda k: (parse_period(k[1]).year, parse_period(k[1]).last_month)):
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
